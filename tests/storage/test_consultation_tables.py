from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from kim_desktop.storage.consultation_tables import Case, Client, Consultation, join_codes, split_codes


def test_codes_are_delimited_at_both_ends_and_sorted() -> None:
    assert join_codes(["SGB3", "SGB2", " ", "SGB2"]) == ";SGB2;SGB3;"
    assert join_codes([]) == ""
    assert split_codes(";SGB2;SGB3;") == ["SGB2", "SGB3"]
    assert split_codes(None) == []


def _client_case_consultation(vault):  # type: ignore[no-untyped-def]
    with vault.transaction() as session:
        client = Client(pseudonym="K-7F3Q-2M", first_name="Amina", last_name="Haddad",
                        birth_date=dt.date(1990, 5, 17), notes="Notiz")
        session.add(client)
        session.flush()
        case = Case(client_id=client.id, owner_device_id=vault.profile.device_id, municipality_ags="05382024",
                    focus="general", phase="clearing", opened_on=dt.date(2026, 11, 2))
        session.add(case)
        session.flush()
        session.add(Consultation(case_id=case.id, held_on=dt.date(2026, 11, 3), start_time="09:30",
                                 municipality_ags="05382024", contact_type="in_person",
                                 legal_domains=join_codes(["SGB2", "AufenthG"]), notes="vertraulich"))
    return client.id


def test_records_carry_sync_columns(vault) -> None:  # type: ignore[no-untyped-def]
    client_id = _client_case_consultation(vault)
    with vault.reader() as session:
        consultation = session.scalars(select(Consultation)).one()
        client = session.get(Client, client_id)
    assert consultation.revision == 1 and consultation.device_id == vault.profile.device_id
    assert consultation.updated_at.tzinfo is dt.UTC
    assert split_codes(consultation.legal_domains) == ["AufenthG", "SGB2"]
    assert client is not None and client.deleted is False


def test_tombstoned_client_keeps_only_the_pseudonym(vault) -> None:  # type: ignore[no-untyped-def]
    client_id = _client_case_consultation(vault)
    with vault.transaction() as session:
        client = session.get(Client, client_id)
        assert client is not None
        client.tombstone()
    with vault.reader() as session:
        client = session.get(Client, client_id)
    assert client is not None and client.deleted and client.revision == 2
    assert (client.first_name, client.last_name, client.birth_date, client.notes) == (None, None, None, None)
    assert client.pseudonym == "K-7F3Q-2M"


def test_consultation_needs_an_existing_case(vault) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(IntegrityError), vault.transaction() as session:
        session.add(Consultation(case_id=uuid.uuid4(), held_on=dt.date(2026, 11, 3), municipality_ags="05382024",
                                 contact_type="phone"))
    with vault.reader() as session:
        assert session.scalars(select(Consultation)).first() is None
