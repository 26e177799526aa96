"""Clients through the service: validation, pseudonyms, duplicates before saving, search."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from kim_desktop.domain.pseudonym import is_valid_pseudonym
from kim_desktop.errors import InputRejected, RecordNotFound
from kim_desktop.services import clients
from kim_desktop.storage.schema import AuditEntry
from tests.services.casework import TODAY, make_case


def test_created_client_gets_a_valid_unique_pseudonym_and_an_audit_entry(vault) -> None:
    first = clients.create_client(vault, clients.ClientInput(first_name="Amina", last_name="Haddad"), today=TODAY)
    second = clients.create_client(vault, clients.ClientInput(first_name="Olena", last_name="Koval"), today=TODAY)
    assert is_valid_pseudonym(first.pseudonym) and is_valid_pseudonym(second.pseudonym)
    assert first.pseudonym != second.pseudonym
    with vault.reader() as session:
        actions = [(e.action, e.record_id) for e in session.scalars(select(AuditEntry))]
    assert ("client.created", first.id) in actions


@pytest.mark.parametrize(("data", "field"), [
    (clients.ClientInput(), "last_name"),
    (clients.ClientInput(last_name="X", birth_date=dt.date(2027, 1, 1)), "birth_date"),
    (clients.ClientInput(last_name="X", birth_date=dt.date(1899, 12, 31)), "birth_date"),
    (clients.ClientInput(last_name="X", email="kein-at-zeichen"), "email"),
    (clients.ClientInput(last_name="X", gender="robot"), "gender"),
    (clients.ClientInput(last_name="X" * 101), "last_name"),
])
def test_invalid_clients_are_rejected_at_their_field_and_not_saved(vault, data, field) -> None:
    with pytest.raises(InputRejected) as caught:
        clients.create_client(vault, data, today=TODAY)
    assert caught.value.field == field
    assert caught.value.message()  # a German sentence, not empty
    with vault.reader() as session:
        assert clients.search_clients(session, "") == []


def test_duplicates_are_found_for_transliterations_and_swapped_names(vault) -> None:
    born = dt.date(1985, 6, 1)
    existing = clients.create_client(
        vault, clients.ClientInput(first_name="Mohammad", last_name="Al-Hassan", birth_date=born), today=TODAY)
    with vault.reader() as session:
        variant = clients.find_duplicates(session, clients.ClientInput(first_name="Muhammad", last_name="Alhassan",
                                                                        birth_date=born))
        swapped = clients.find_duplicates(session, clients.ClientInput(first_name="Al-Hassan", last_name="Mohammad",
                                                                        birth_date=born))
        other_day = clients.find_duplicates(session, clients.ClientInput(first_name="Muhammad",
                                                                          last_name="Alhassan",
                                                                          birth_date=dt.date(1985, 6, 2)))
        stranger = clients.find_duplicates(session, clients.ClientInput(first_name="Olena", last_name="Koval",
                                                                         birth_date=born))
    assert [m.id for m in variant] == [existing.id]
    assert [m.id for m in swapped] == [existing.id] and swapped[0].swapped
    assert other_day == [] or other_day[0].score < variant[0].score
    assert stranger == []


def test_editing_a_client_does_not_report_the_client_as_its_own_duplicate(vault) -> None:
    client = clients.create_client(vault, clients.ClientInput(first_name="Amina", last_name="Haddad",
                                                              birth_date=dt.date(1990, 1, 1)), today=TODAY)
    with vault.reader() as session:
        assert clients.find_duplicates(session, clients.ClientInput(first_name="Amina", last_name="Haddad",
                                                                     birth_date=dt.date(1990, 1, 1)),
                                       ignore_id=client.id) == []


def test_update_bumps_the_revision_and_keeps_the_pseudonym(vault) -> None:
    client = clients.create_client(vault, clients.ClientInput(first_name="Amina", last_name="Haddad"), today=TODAY)
    changed = clients.update_client(vault, client.id, clients.ClientInput(first_name="Amina", last_name="Haddad-Nour",
                                                                          phone="0228 123"), today=TODAY)
    assert changed.pseudonym == client.pseudonym
    assert changed.revision == client.revision + 1
    with vault.reader() as session:
        assert clients.get_client(session, client.id).phone == "0228 123"


def test_update_of_an_unknown_client_is_a_clear_error(vault) -> None:
    with pytest.raises(RecordNotFound):
        clients.update_client(vault, "00000000-0000-4000-8000-000000000000", clients.ClientInput(last_name="X"))


def test_search_by_words_in_any_order_and_by_pseudonym(vault) -> None:
    amina_id, _ = make_case(vault, "Amina", "Haddad")
    make_case(vault, "Olena", "Koval")
    with vault.reader() as session:
        by_words = clients.search_clients(session, "hadd ami")
        pseudonym = by_words[0].pseudonym
        by_pseudonym = clients.search_clients(session, pseudonym.lower().replace("-", ""))
        nothing = clients.search_clients(session, "100%_")
    assert [hit.id for hit in by_words] == [amina_id]
    assert [hit.id for hit in by_pseudonym] == [amina_id]
    assert nothing == []


def test_a_pasted_page_of_text_is_searched_without_error(vault) -> None:
    make_case(vault, "Amina", "Haddad")
    from kim_desktop.services import cases
    from kim_desktop.services import consultation_query as q

    pasted = "Amina " + " ".join(f"wort{n}" for n in range(1200))
    with vault.reader() as session:
        assert clients.search_clients(session, pasted) == []  # words past the eighth are not searched
        assert clients.search_clients(session, "Amina Haddad " * 600)[0].last_name == "Haddad"
        assert cases.case_rows(session, text=pasted) == []
        assert q.count(session, q.ConsultationFilter(text=pasted)) == 0
