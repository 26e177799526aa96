"""The front-desk notice shows times as "belegt"/"frei" and nothing about clients; the day sheet
shows the same appointments with names, pseudonyms and notes."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

from kim_desktop.domain.schedule_rules import TimeRange, free_slots, holiday_name, parse_ranges
from kim_desktop.reports.day_sheet import day_sheet_pdf
from kim_desktop.reports.front_desk_notice import front_desk_notice_pdf
from kim_desktop.services import cases, clients, schedules
from kim_desktop.services.schedules import AppointmentInput, AppointmentView, DayPlan
from kim_desktop.storage.vault import Vault

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) missing")

KÖNIGSWINTER = "05382024"
THURSDAY = dt.date(2026, 11, 26)
PLACE = "Rathaus Königswinter, Raum 2.14"
MUNICIPALITIES = {KÖNIGSWINTER: "Königswinter"}
CASE_A, CASE_B = str(uuid.uuid4()), str(uuid.uuid4())
# Distinctive markers that must never reach the front desk.
NAMES = {CASE_A: ("Zoë Ümmühan Quorzel", "K-QZ7Q-2M"), CASE_B: ("Bartholomäus Wiggenstedt", "K-WG4X-9P")}
NOTES = ("Vermieterstreit Quappenweg", "Jobcenter-Bescheid Xylofon", "Zebrastreifen Pfingstrosenbeet")
# Single words: table cells wrap, and pdftotext -layout interleaves the lines of neighbouring cells.
CLIENT_MARKERS = tuple(word for text in (*[f"{n} {p}" for n, p in NAMES.values()], *NOTES)
                       for word in text.split())


def pdf_text(path: Path) -> str:
    result = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                            check=True)
    return " ".join(result.stdout.decode("utf-8").split())


def words(text: str, word: str) -> int:
    return len(re.findall(rf"\b{word}\b", text))


def appointment(start: str, minutes: int, kind: str, case_id: str | None, language: str,
                note: str) -> AppointmentView:
    return AppointmentView(str(uuid.uuid4()), THURSDAY, TimeRange.of(start, minutes), kind, case_id, language,
                           note)


def make_plan(*, holiday: str | None = None, absence: str | None = None,
              substitute: str | None = None) -> DayPlan:
    in_office = not holiday and not absence
    hours = parse_ranges("09:00-12:00;13:00-14:00") if in_office else ()
    apps = (appointment("09:00", 30, "beratung", CASE_A, "Arabisch", NOTES[0]),
            appointment("10:00", 45, "erstgespraech", CASE_B, "", NOTES[1]),
            appointment("16:00", 60, "hausbesuch", CASE_A, "Türkisch", NOTES[2]))  # outside office hours
    free = tuple(free_slots(hours, [a.span for a in apps], 30))
    return DayPlan(THURSDAY, KÖNIGSWINTER if in_office else None, PLACE if in_office else None, hours,
                   holiday, absence, substitute, KÖNIGSWINTER, apps, free, ())


def notice(plan: DayPlan, tmp_path: Path, substitute_name: str = "") -> str:
    target = tmp_path / "notice" / "Aushang.pdf"
    target.parent.mkdir()
    written = front_desk_notice_pdf(plan, target, case_manager_name="Maria Schäfer",
                                    district_name="Rhein-Sieg-Kreis", substitute_name=substitute_name,
                                    municipality_names=MUNICIPALITIES)
    assert written == target and target.read_bytes().startswith(b"%PDF")
    assert os.listdir(target.parent) == ["Aushang.pdf"], "no temporary file left beside it"
    return pdf_text(target)


def sheet(plan: DayPlan, tmp_path: Path) -> str:
    target = tmp_path / "sheet" / "Tagesplan.pdf"
    target.parent.mkdir()
    assert day_sheet_pdf(plan, target, names=NAMES, municipality_names=MUNICIPALITIES) == target
    assert os.listdir(target.parent) == ["Tagesplan.pdf"]
    if os.name != "nt":
        assert target.stat().st_mode & 0o777 == 0o600
    return pdf_text(target)


def test_notice_shows_the_day_and_slots_without_client_data(tmp_path: Path) -> None:
    plan = make_plan()
    text = notice(plan, tmp_path)
    for expected in ("Königswinter", "Donnerstag, 26.11.2026", PLACE, "09:00 – 12:00, 13:00 – 14:00",
                     "Maria Schäfer", "Rhein-Sieg-Kreis"):
        assert expected in text
    taken = [a for a in plan.appointments if any(a.span.overlaps(r) for r in plan.office_hours)]
    assert words(text, "belegt") == len(taken) == 2
    assert words(text, "frei") == len(plan.free_slots) == 5  # 09:30, 10:45, 11:15, 13:00, 13:30
    assert "09:00 – 09:30 belegt" in text and "10:00 – 10:45 belegt" in text and "09:30 – 10:00 frei" in text
    assert "16:00" not in text, "an appointment outside the office hours is not the front desk's business"
    for marker in (*CLIENT_MARKERS, CASE_A, CASE_B, "Arabisch", "Erstgespräch", "Beratung"):
        assert marker not in text


def test_day_sheet_shows_the_same_markers(tmp_path: Path) -> None:
    plan = make_plan()
    text = sheet(plan, tmp_path)
    for expected in ("Tagesplan Donnerstag, 26.11.2026", "Königswinter, Rathaus Königswinter, Raum 2.14",
                     "09:00 – 12:00, 13:00 – 14:00", "Termine (3)", "Erstgespräch", "Hausbesuch", "Beratung",
                     "45 Min.", "Arabisch", "Türkisch", "16:00–17:00", "09:30 – 10:00, 10:45 – 11:15",
                     *CLIENT_MARKERS):
        assert expected in text
    assert CASE_A not in text, "the case id is no use on paper"


def test_day_sheet_without_case_or_known_name(tmp_path: Path) -> None:
    plan = make_plan()
    apps = (appointment("09:00", 30, "intern", None, "", "Teamrunde"),
            appointment("10:00", 30, "beratung", str(uuid.uuid4()), "", ""))
    text = sheet(DayPlan(**{**plan.__dict__, "appointments": apps}), tmp_path)
    assert "ohne Fall" in text and "intern" in text and "Teamrunde" in text
    for marker in CLIENT_MARKERS:
        assert marker not in text


def test_notice_on_a_holiday_names_it(tmp_path: Path) -> None:
    christmas = dt.date(2026, 12, 25)
    name = holiday_name(christmas)
    assert name
    plan = make_plan(holiday=name)
    plan = DayPlan(**{**plan.__dict__, "day": christmas})
    text = notice(plan, tmp_path)
    assert name in text and "Freitag, 25.12.2026" in text and "heute keine Sprechstunde" in text
    assert "Königswinter" in text, "the notice hangs in the regular municipality"
    assert words(text, "frei") == words(text, "belegt") == 0
    for marker in CLIENT_MARKERS:
        assert marker not in text
    assert f"Feiertag: {name}" in sheet(plan, tmp_path)


def test_notice_on_leave_names_the_substitute(tmp_path: Path) -> None:
    plan = make_plan(absence="leave", substitute=str(uuid.uuid4()))
    text = notice(plan, tmp_path, substitute_name="Jürgen Weiß")
    assert "heute keine Sprechstunde" in text and "Vertretung: Jürgen Weiß" in text
    assert "Königswinter" in text and "Donnerstag, 26.11.2026" in text
    assert words(text, "frei") == words(text, "belegt") == 0
    for marker in CLIENT_MARKERS:
        assert marker not in text
    assert "Abwesend: Urlaub" in sheet(plan, tmp_path)


def test_notice_on_sickness_has_no_substitute_line(tmp_path: Path) -> None:
    text = notice(make_plan(absence="sickness"), tmp_path, substitute_name="")
    assert "heute keine Sprechstunde" in text and "Vertretung" not in text


def test_writing_replaces_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "Aushang.pdf"
    target.write_bytes(b"old")
    front_desk_notice_pdf(make_plan(), target, case_manager_name="", district_name="Rhein-Sieg-Kreis",
                          municipality_names=MUNICIPALITIES)
    assert target.read_bytes().startswith(b"%PDF")
    assert sorted(os.listdir(tmp_path)) == ["Aushang.pdf"]


def test_pdfs_from_a_plan_of_the_vault(vault: Vault, tmp_path: Path) -> None:
    """The real chain: weekly pattern and an appointment saved, day_plan read, both PDFs written."""
    schedules.save_pattern(vault, weekday=THURSDAY.weekday(), municipality_ags=KÖNIGSWINTER,
                           office_hours="09:00-11:00", valid_from=dt.date(2026, 11, 2), place=PLACE)
    client = clients.create_client(vault, clients.ClientInput(first_name="Ḥasan", last_name="Quorzel-Müller"),
                                   today=THURSDAY)
    case_id = cases.open_case(vault, client.id, municipality_ags=KÖNIGSWINTER, opened_on=THURSDAY,
                              today=THURSDAY)
    saved = schedules.save_appointment(vault, AppointmentInput(THURSDAY, "09:30", 60, case_id=case_id,
                                                               note="Notiz Quappenweg"))
    assert saved.appointment_id and not saved.warnings
    with vault.reader() as session:
        plan = schedules.day_plan(session, vault.profile.device_id, THURSDAY)
    text = notice(plan, tmp_path)  # municipality names from the deployment configuration
    assert "Königswinter" in text and PLACE in text and "09:00 – 11:00" in text
    assert words(text, "belegt") == 1 and words(text, "frei") == 2  # 09:00 and 10:30
    for marker in ("Ḥasan", "Quorzel", client.pseudonym, "Quappenweg"):
        assert marker not in text
    target = tmp_path / "Tagesplan.pdf"
    day_sheet_pdf(plan, target, names={case_id: ("Ḥasan Quorzel-Müller", client.pseudonym)})
    text = pdf_text(target)
    for marker in ("Ḥasan", "Quorzel-Müller", client.pseudonym, "Quappenweg", "Königswinter"):
        assert marker in text
