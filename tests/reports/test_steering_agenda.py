"""The Lenkungsgruppe agenda PDF: numbered items, DD.MM.YYYY dates, one summary per item with the
decision, and no author's device id or name anywhere (authors appear as "Case Management <town>")."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

from kim_desktop.domain.escalation_status import Status
from kim_desktop.domain.roles import Role
from kim_desktop.errors import RecordNotFound
from kim_desktop.reports.steering_agenda import write_agenda_pdf
from kim_desktop.services import escalations, steering_group
from kim_desktop.storage.escalation_tables import Escalation, EscalationStep
from kim_desktop.storage.schema import DEVICE_KEY, VaultProfile
from kim_desktop.storage.vault import Vault
from tests.coordinator_helpers import new_coordinator_vault

HENNEF, KOENIGSWINTER, SIEGBURG = "05382020", "05382024", "05382060"
DEVICE_A, DEVICE_B = str(uuid.uuid4()), str(uuid.uuid4())
AUTHOR_A = "Maria Schäferling"
MEETING_DAY = dt.date(2026, 12, 9)
DISTRICT = "Rhein-Sieg-Kreis"


def pdf_text(path: Path) -> str:
    result = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                            check=True)
    return " ".join(result.stdout.decode("utf-8").split())  # words, whatever the layout


def add_profile(vault: Vault, device: str, name: str) -> None:
    """A case manager's profile as the importer stores it: written by (stamped with) that device."""
    with vault.transaction() as session:
        session.info[DEVICE_KEY] = device
        session.add(VaultProfile(vault_id=str(uuid.uuid4()), role=str(Role.CASE_MANAGER), display_name=name,
                                 team=1, municipalities=""))


def add_imported(vault: Vault, device: str, title: str, *, municipalities: tuple[str, ...] = (HENNEF,),
                 legal_domains: tuple[str, ...] = ("sgb-ii",), case_count: int = 3, urgency: str = "high",
                 description: str = "Beschreibung des strukturellen Problems.", proposed_measure: str = "",
                 submitted_at: dt.datetime | None = None) -> str:
    """A submitted escalation as an import from `device` leaves it in a coordinator's vault."""
    at = submitted_at or dt.datetime(2026, 11, 20, 9, 30, tzinfo=dt.UTC)
    escalation_id = uuid.uuid4()
    with vault.transaction() as session:
        session.info[DEVICE_KEY] = device
        session.add(Escalation(
            id=escalation_id, owner_device_id=device, title=title, description=description,
            legal_domains=";" + ";".join(legal_domains) + ";" if legal_domains else "",
            agencies=";jobcenter;",
            municipalities=";" + ";".join(municipalities) + ";", case_count=case_count,
            first_seen=dt.date(2026, 9, 1), urgency=urgency, proposed_measure=proposed_measure or None,
            attachments=None, author_status=str(Status.SUBMITTED), submitted_at=at))
        session.add(EscalationStep(id=uuid.uuid4(), escalation_id=escalation_id, status=str(Status.SUBMITTED),
                                   comment=None, at=at))
    return str(escalation_id)


@pytest.fixture
def coordinator(tmp_path: Path):  # type: ignore[no-untyped-def]
    with new_coordinator_vault(tmp_path) as vault:
        yield vault


needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                     reason="pdftotext (poppler-utils) missing")


@needs_pdftotext
def test_agenda_pdf_numbers_items_and_summarises_them(coordinator: Vault, tmp_path: Path) -> None:
    add_profile(coordinator, DEVICE_A, AUTHOR_A)
    first = add_imported(coordinator, DEVICE_A, "Wartezeiten Ausländerbehörde Quirlmarker",
                         proposed_measure="Feste Sprechzeiten für das Case Management")
    second = add_imported(coordinator, DEVICE_B, "Kita-Plätze für Neuzugewanderte Zwirbelmarker",
                          municipalities=(KOENIGSWINTER,), legal_domains=("sgb-viii",), urgency="acute")
    duplicate = add_imported(coordinator, DEVICE_B, "Ausländerbehörde: lange Wartezeiten",
                             municipalities=(SIEGBURG,), case_count=2)
    for escalation_id in (first, second):
        escalations.review(coordinator, escalation_id, status=Status.IN_REVIEW, feedback="Wird geprüft.")
    escalations.merge(coordinator, first, [duplicate])
    meeting = steering_group.create_meeting(coordinator, MEETING_DAY, "Sitzung Dezember", "Kreishaus, Raum 3")
    steering_group.set_agenda(coordinator, meeting, [second, first])
    with coordinator.reader() as session:
        items = steering_group.agenda(session, meeting)
    steering_group.record_decision(coordinator, items[1].item_id,
                                   "Gespräch mit der Ausländerbehörde Knotenmarker", status=Status.RESOLVED)

    target = tmp_path / "ausgabe" / "Tagesordnung.pdf"
    target.parent.mkdir()
    with coordinator.reader() as session:
        written = write_agenda_pdf(session, meeting, target, district_name=DISTRICT)
    assert written == target and target.read_bytes().startswith(b"%PDF")
    assert os.listdir(target.parent) == ["Tagesordnung.pdf"], "no temporary file left beside it"
    if os.name != "nt":
        assert target.stat().st_mode & 0o777 == 0o600

    text = pdf_text(target)
    for expected in (DISTRICT, "Lenkungsgruppe KIM", "Sitzung Dezember", "09.12.2026", "Kreishaus, Raum 3",
                     "TOP 1: Kita-Plätze für Neuzugewanderte Zwirbelmarker",
                     "TOP 2: Wartezeiten Ausländerbehörde Quirlmarker",
                     "Gespräch mit der Ausländerbehörde Knotenmarker",
                     "Feste Sprechzeiten für das Case Management",
                     "Case Management Hennef", "Case Management Siegburg", "akut", "20.11.2026", "01.09.2026",
                     "Ausländerbehörde: lange Wartezeiten", "noch nicht gefasst"):
        assert expected in text, expected
    agenda_part = text.split("TOP 1")[0]
    assert agenda_part.index("1. Kita-Plätze") < agenda_part.index("2. Wartezeiten"), "in agenda order"
    assert " 5 " in agenda_part.split("2. Wartezeiten")[1][:200], "the primary counts its duplicate's cases"
    for device in (DEVICE_A, DEVICE_B):
        assert device not in text and device[:8] not in text, "no author's device id"
    assert AUTHOR_A not in text, "authors appear by municipality, not by name"


@needs_pdftotext
def test_agenda_pdf_of_a_meeting_without_items(coordinator: Vault, tmp_path: Path) -> None:
    meeting = steering_group.create_meeting(coordinator, MEETING_DAY, "Sondersitzung")
    target = tmp_path / "leer.pdf"
    with coordinator.reader() as session:
        write_agenda_pdf(session, meeting, target, district_name=DISTRICT)
    text = pdf_text(target)
    assert "Sondersitzung" in text and "noch keine Punkte" in text


def test_unknown_meeting_is_refused(coordinator: Vault, tmp_path: Path) -> None:
    with coordinator.reader() as session, pytest.raises(RecordNotFound):
        write_agenda_pdf(session, str(uuid.uuid4()), tmp_path / "x.pdf", district_name=DISTRICT)
    assert not (tmp_path / "x.pdf").exists()
