"""The Art. 15 PDF holds everything about the one client, and nothing about anybody else."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from kim_desktop.config.deployment import Deployment, load_deployment
from kim_desktop.domain.case_cycle import Phase
from kim_desktop.domain.consent import Consent
from kim_desktop.errors import RecordNotFound
from kim_desktop.reports.access_request import render_access_request, write_access_request
from kim_desktop.services import cases, clients, consultations, schedules
from kim_desktop.storage.vault import Vault

CREATED = dt.date(2026, 11, 25)
KÖNIGSWINTER = "05382024"

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) missing")


@pytest.fixture
def deployment() -> Deployment:
    return load_deployment()


def pdf_text(path: Path) -> str:
    result = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                            check=True)
    return " ".join(result.stdout.decode("utf-8").split())  # words, whatever the layout


def make_client(vault: Vault, first: str, last: str, note: str, scope: str) -> str:
    client = clients.create_client(vault, clients.ClientInput(
        first_name=first, last_name=last, birth_date=dt.date(1988, 2, 29), nationality="syrisch",
        languages="Arabisch, Deutsch", address="Hauptstraße 5, 53639 Königswinter"), today=CREATED)
    case_id = cases.open_case(vault, client.id, municipality_ags=KÖNIGSWINTER, opened_on=dt.date(2026, 1, 12),
                              today=CREATED)
    cases.save_goal(vault, case_id, "Wohnung finden", today=CREATED)
    consent = cases.add_consent(vault, case_id, Consent("jobcenter", dt.date(2026, 1, 12), scope),
                                today=CREATED)
    cases.revoke_consent(vault, consent, dt.date(2026, 6, 30), today=CREATED)
    consultations.save_consultation(vault, consultations.ConsultationInput(
        case_id=case_id, held_on=dt.date(2026, 2, 3), municipality_ags=KÖNIGSWINTER, start_time="09:30",
        duration_minutes=45, place="Rathaus, Raum 12", contact_type="phone", interpreter_language="Arabisch",
        topics=("housing", "work-training"), legal_domains=("sgb-ii", "aufenthg"), referrals=("jobcenter",),
        notes=note, next_steps="Unterlagen mitbringen", follow_up_on=dt.date(2026, 2, 17)), today=CREATED)
    schedules.save_appointment(vault, schedules.AppointmentInput(
        on=dt.date(2026, 3, 10), start="11:15", duration_minutes=50, kind="hausbesuch", case_id=case_id,
        interpreter_language="Kurmandschi", note=f"Termin: {note}"), force=True)
    cases.change_phase(vault, case_id, Phase.CLOSED, on=dt.date(2026, 7, 1), closing_reason="goals-achieved",
                       today=CREATED)
    return client.id


def test_access_request_contains_the_clients_data_only(vault: Vault, deployment: Deployment,
                                                       tmp_path: Path) -> None:
    client_id = make_client(vault, "Ḥasan", "Al-Ṣāliḥ Müller", "Gesprächsnotiz über die Wohnungssuche",
                            "Austausch zu Leistungen nach dem SGB II")
    make_client(vault, "Olga", "Kowalczyk", "Geheimnis der anderen Klientin", "Umfang der anderen")
    target = tmp_path / "ausgabe" / "Auskunft.pdf"
    target.parent.mkdir()
    with vault.reader() as session:
        written = write_access_request(session, client_id, target, deployment=deployment,
                                       produced_by="Test Nutzerin")
    assert written == target and target.read_bytes().startswith(b"%PDF")
    assert os.listdir(target.parent) == ["Auskunft.pdf"], "no temporary file left beside it"
    if os.name != "nt":
        assert target.stat().st_mode & 0o777 == 0o600

    text = pdf_text(target)
    for expected in (
        "Auskunft nach Art. 15 DSGVO", deployment.district_name, "Test Nutzerin",
        "Ḥasan", "Al-Ṣāliḥ Müller", "29.02.1988", "Hauptstraße 5, 53639 Königswinter",
        "Gesprächsnotiz über die Wohnungssuche", "Unterlagen mitbringen", "Rathaus, Raum 12",
        "Austausch zu Leistungen nach dem SGB II", "widerrufen am", "30.06.2026",  # consent and revocation
        "Wohnung finden", "Erstkontakt/Clearing", "Abschluss", "01.07.2026", "Ziele erreicht",  # goal, phases
        "03.02.2026", "09:30", "45 Minuten", "telefonisch", "Wohnen", "Arbeit / Ausbildung",
        "SGB II – Grundsicherung für Arbeitsuchende", "Jobcenter", "17.02.2026", "Königswinter",
        "Person angelegt", "Einwilligung widerrufen", "Beratung erfasst", "Fall abgeschlossen", "Case Management",
        "Termine (1)", "10.03.2026", "11:15", "50 Minuten", "Hausbesuch", "Kurmandschi",  # the appointment
        "Termin: Gesprächsnotiz über die Wohnungssuche", "Termin angelegt",
        "Seite 1 von",
    ):
        assert expected in text, expected
    for foreign in ("Olga", "Kowalczyk", "Geheimnis der anderen Klientin", "Umfang der anderen",
                    "Termin: Geheimnis"):
        assert foreign not in text, foreign


def test_earlier_requests_appear_in_the_audit_section(vault: Vault, deployment: Deployment,
                                                      tmp_path: Path) -> None:
    client_id = make_client(vault, "Amina", "Haddad", "Notiz", "Umfang")
    vault.audit("client.access-request", record_type="client", record_id=client_id)
    with vault.reader() as session:
        data = render_access_request(session, client_id, deployment=deployment, produced_by="X")
    (tmp_path / "a.pdf").write_bytes(data)
    assert "Auskunft nach Art. 15 DSGVO erstellt" in pdf_text(tmp_path / "a.pdf")


def test_translate_is_applied(vault: Vault, deployment: Deployment, tmp_path: Path) -> None:
    client_id = make_client(vault, "Amina", "Haddad", "Notiz", "Umfang")
    english = {"Auskunft nach Art. 15 DSGVO": "Access request (Art. 15 GDPR)", "telefonisch": "by phone"}
    target = tmp_path / "access.pdf"
    with vault.reader() as session:
        write_access_request(session, client_id, target, deployment=deployment, produced_by="X",
                             translate=lambda _context, text: english.get(text, text))
    text = pdf_text(target)
    assert "Access request (Art. 15 GDPR)" in text and "by phone" in text


def test_unknown_or_deleted_client_is_refused(vault: Vault, deployment: Deployment, tmp_path: Path) -> None:
    import uuid

    with vault.reader() as session, pytest.raises(RecordNotFound):
        write_access_request(session, uuid.uuid4(), tmp_path / "x.pdf", deployment=deployment,
                             produced_by="X")
    assert not (tmp_path / "x.pdf").exists()


def test_a_note_longer_than_a_page_is_split_not_refused(vault: Vault, deployment: Deployment,
                                                         tmp_path: Path) -> None:
    long_note = " ".join(f"Absatz{n} über Wohnungssuche und Behördenpost." for n in range(1500))
    client_id = make_client(vault, "Amina", "Haddad", long_note, "Leistungen")
    target = tmp_path / "lang.pdf"
    with vault.reader() as session:
        write_access_request(session, client_id, target, deployment=deployment, produced_by="Test")
    text = pdf_text(target)
    assert "Absatz0" in text and "Absatz1499" in text
