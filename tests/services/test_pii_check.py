"""The personal-data guard over a vault: the clients' names and birth dates, built once, and the audit."""

from __future__ import annotations

import datetime as dt
import time
import uuid

from sqlalchemy import select

from kim_desktop.domain.pii_guard import Kind
from kim_desktop.domain.pseudonym import new_pseudonym
from kim_desktop.services import clients
from kim_desktop.services.pii_check import CONFIRMED_ACTION, PiiChecker, check_text, record_confirmation
from kim_desktop.storage.consultation_tables import Client
from kim_desktop.storage.schema import AuditEntry
from tests.services.casework import TODAY

CHECK_DAY = dt.date(2026, 11, 25)


def add(vault, first: str, last: str, born: dt.date | None = None) -> str:  # type: ignore[no-untyped-def]
    data = clients.ClientInput(first_name=first, last_name=last, birth_date=born)
    return clients.create_client(vault, data, today=TODAY).id


def found(findings) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(f.kind.value, f.text) for f in findings]


def test_the_vaults_clients_are_found_in_other_spellings(vault) -> None:  # type: ignore[no-untyped-def]
    add(vault, "Mehmet", "Özdemir", dt.date(1978, 8, 17))
    add(vault, "Mohammed", "Al-Hassan")
    checker = PiiChecker.of_vault(vault)
    assert len(checker.people) == 2
    text = "Herr Oezdemir und Muhammad Alhassan warten seit 01.03.2022; Herr Schmidt auch."
    assert found(checker.check(text, today=CHECK_DAY)) == [("client-name", "Oezdemir"),
                                                            ("client-name", "Muhammad Alhassan")]


def test_a_clients_birth_date_is_found_even_as_an_event_date(vault) -> None:  # type: ignore[no-untyped-def]
    add(vault, "Amina", "Haddad", dt.date(2022, 3, 1))
    text = "Seit 01.03.2022 warten Familien in Hennef 4 Monate auf einen Termin."
    assert found(check_text(vault, text, today=CHECK_DAY)) == [("birth-date", "01.03.2022")]
    assert found(check_text(vault, "Seit 02.03.2022 warten Familien.", today=CHECK_DAY)) == []


def test_deleted_and_pseudonymised_clients_add_nothing(vault) -> None:  # type: ignore[no-untyped-def]
    gone = add(vault, "Olena", "Kovalenko")
    with vault.transaction() as session:
        session.get(Client, uuid.UUID(gone)).deleted = True  # names still there: the filter must hold
        session.add(Client(id=uuid.uuid4(), pseudonym=new_pseudonym(set()), first_name=None, last_name=None))
    checker = PiiChecker.of_vault(vault)
    assert len(checker.people) == 0
    assert checker.check("Frau Kovalenko", today=CHECK_DAY) == []


def test_a_clean_escalation_has_no_findings(vault) -> None:  # type: ignore[no-untyped-def]
    add(vault, "Yusuf", "Kaya", dt.date(2001, 11, 23))
    text = ("Seit 01.03.2022 warten Familien in Hennef 4 Monate auf einen Termin bei der Ausländerbehörde; "
            "das Jobcenter verlangt Nachweise nach § 7 SGB II. Betroffen sind 23 Haushalte in 53773 Hennef.")
    assert check_text(vault, text, today=CHECK_DAY) == []


def test_the_index_of_ten_thousand_clients_is_built_once_and_checks_fast(vault) -> None:  # type: ignore[no-untyped-def]
    with vault.transaction() as session:
        taken: set[str] = set()
        for i in range(10_000):
            pseudonym = new_pseudonym(taken)
            taken.add(pseudonym)
            session.add(Client(id=uuid.uuid4(), pseudonym=pseudonym, first_name=f"Vorname{i % 97}",
                               last_name=f"Zzyx{i}", birth_date=dt.date(1940, 1, 1) + dt.timedelta(days=i)))
        session.add(Client(id=uuid.uuid4(), pseudonym=new_pseudonym(taken), first_name="Dawit",
                           last_name="Tesfay"))
    checker = PiiChecker.of_vault(vault)
    assert len(checker.people) == 10_001
    sentence = "Seit 01.03.2022 warten Familien in Hennef 4 Monate auf einen Termin; Herr Tesfay auch. "
    text = (sentence * 70)[:6000]
    started = time.perf_counter()
    findings = checker.check(text, today=CHECK_DAY)
    assert time.perf_counter() - started < 0.5
    assert {f.kind for f in findings} == {Kind.CLIENT_NAME}


def test_a_confirmation_is_audited_with_the_record_id_only(vault) -> None:  # type: ignore[no-untyped-def]
    escalation_id = str(uuid.uuid4())
    with vault.transaction() as session:
        record_confirmation(session, record_id=escalation_id)
    with vault.reader() as session:
        entries = [(e.action, e.record_type, e.record_id) for e in session.scalars(select(AuditEntry))]
    assert (CONFIRMED_ACTION, "escalation", escalation_id) in entries
