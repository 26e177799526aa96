"""The schedule's files from the GUI: the front-desk notice without names, the day sheet only
after a warning, the .ics with names only when ticked; file errors as a message, never a file."""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from kim_desktop.reports.front_desk_notice import front_desk_notice_pdf
from kim_desktop.services import schedules
from kim_desktop.services.schedules import AppointmentInput
from kim_desktop.storage.schema import AuditEntry
from kim_desktop.ui.qt import QtWidgets
from kim_desktop.ui.schedule import outputs
from kim_desktop.ui.schedule.calendar_export_dialog import CalendarExportDialog
from kim_desktop.ui.session import AppSession
from tests.services.casework import make_case
from tests.ui.dialog_stubs import Boxes, save_dialog

Box = QtWidgets.QMessageBox
THURSDAY = dt.date(2026, 12, 3)
KOENIGSWINTER = "05382024"
PLACE = "Rathaus Königswinter, Raum 2.14"
FIRST, LAST = "Zebulonia", "Quappendorfer"  # markers that must not reach a file without names
NOTE = "Notiz Pfingstrosenbeet"

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext missing")


def pdf_text(path: Path) -> str:
    result = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return " ".join(result.stdout.decode("utf-8").split())


def audit_actions(vault) -> list[str]:  # type: ignore[no-untyped-def]
    with vault.reader() as db:
        return [e.action for e in db.scalars(select(AuditEntry).order_by(AuditEntry.seq))]


@pytest.fixture
def session(vault, deployment, settings) -> AppSession:  # type: ignore[no-untyped-def]
    """Thursdays in Königswinter; on 03.12.2026 an appointment with a client's case and a note."""
    schedules.save_pattern(vault, weekday=3, municipality_ags=KOENIGSWINTER, office_hours="09:00-12:00",
                           valid_from=dt.date(2026, 1, 1), place=PLACE)
    _client, case_id = make_case(vault, FIRST, LAST)
    saved = schedules.save_appointment(vault, AppointmentInput(THURSDAY, "09:30", 45, case_id=case_id,
                                                               note=NOTE))
    assert saved.appointment_id
    return AppSession(vault, deployment, settings)


@pytest.fixture
def parent(qtbot) -> QtWidgets.QWidget:  # type: ignore[no-untyped-def]
    widget = QtWidgets.QWidget()
    qtbot.addWidget(widget)
    return widget


# --- front-desk notice ---------------------------------------------------------------------------

@needs_pdftotext
def test_notice_is_written_where_chosen_without_names(session, parent, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    boxes = Boxes(monkeypatch)
    target = tmp_path / "out" / "aushang"  # no suffix: .pdf is added
    target.parent.mkdir()
    asked = save_dialog(monkeypatch, target)
    written = outputs.save_front_desk_notice(parent, session, THURSDAY)
    assert written == target.with_name("aushang.pdf") and written.is_file()
    assert asked[0].endswith("Aushang_Königswinter_2026-12-03.pdf")
    assert boxes.texts("warning") == [] and str(written) in boxes.texts("information")[0]
    text = pdf_text(written)
    assert "Königswinter" in text and PLACE in text and "Test Nutzerin" in text
    for marker in (FIRST, LAST, "Pfingstrosenbeet"):
        assert marker not in text
    assert os.listdir(target.parent) == ["aushang.pdf"]


def test_notice_cancelled_writes_nothing(session, parent, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    boxes = Boxes(monkeypatch)
    save_dialog(monkeypatch, None)
    assert outputs.save_front_desk_notice(parent, session, THURSDAY) is None
    assert boxes.said == []


@needs_pdftotext
def test_notice_on_leave_names_the_regular_place_and_no_client(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A plan with `regular_place` (the weekly pattern's place): the notice on an absence day says
    where the office normally is, and still nothing about clients."""
    from tests.reports.test_schedule_pdfs import CLIENT_MARKERS, make_plan

    plan = make_plan(absence="leave")
    assert plan.place is None
    with_regular = dataclasses.replace(plan, regular_place=PLACE)
    target = tmp_path / "Aushang.pdf"
    front_desk_notice_pdf(with_regular, target, case_manager_name="Maria Schäfer",
                          district_name="Rhein-Sieg-Kreis", substitute_name="Jonas Becker",
                          municipality_names={KOENIGSWINTER: "Königswinter"})
    text = pdf_text(target)
    assert PLACE in text and "Königswinter" in text and "Jonas Becker" in text
    for marker in CLIENT_MARKERS:
        assert marker not in text
    front_desk_notice_pdf(plan, target, case_manager_name="Maria Schäfer", district_name="Rhein-Sieg-Kreis",
                          municipality_names={KOENIGSWINTER: "Königswinter"})
    assert PLACE not in pdf_text(target)  # without it, as before
    elsewhere = dataclasses.replace(make_plan(), municipality_ags="05382020", place=None, regular_place=PLACE)
    front_desk_notice_pdf(elsewhere, target, case_manager_name="Maria Schäfer", district_name="Rhein-Sieg-Kreis",
                          municipality_names={KOENIGSWINTER: "Königswinter", "05382020": "Hennef (Sieg)"})
    assert "Hennef (Sieg)" in pdf_text(target) and PLACE not in pdf_text(target), "an extra day elsewhere"


@needs_pdftotext
def test_notice_on_sickness_from_the_vault_says_where_the_office_is(session, parent, monkeypatch,  # type: ignore[no-untyped-def]
                                                                    tmp_path) -> None:
    schedules.add_exception(session.vault, THURSDAY, "sickness")
    Boxes(monkeypatch)
    target = tmp_path / "Aushang.pdf"
    save_dialog(monkeypatch, target)
    assert outputs.save_front_desk_notice(parent, session, THURSDAY) == target
    text = pdf_text(target)
    assert "Königswinter" in text and PLACE in text and "keine Sprechstunde" in text
    for marker in (FIRST, LAST, "Pfingstrosenbeet"):
        assert marker not in text


# --- day sheet -----------------------------------------------------------------------------------

def test_day_sheet_declined_warning_writes_nothing(session, parent, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    boxes = Boxes(monkeypatch, answer=Box.StandardButton.Cancel)
    asked = save_dialog(monkeypatch, tmp_path / "Tagesplan.pdf")
    assert outputs.save_day_sheet(parent, session, THURSDAY) is None
    assert asked == [] and not (tmp_path / "Tagesplan.pdf").exists()
    assert "Namen" in boxes.texts("warning")[0] and "03.12.2026" in boxes.texts("warning")[0]
    assert "schedule.day-sheet-exported" not in audit_actions(session.vault)


@needs_pdftotext
def test_day_sheet_after_warning_has_the_names_and_is_audited(session, parent, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    boxes = Boxes(monkeypatch)
    target = tmp_path / "sicher" / "Tagesplan.pdf"
    target.parent.mkdir()
    asked = save_dialog(monkeypatch, target)
    assert outputs.save_day_sheet(parent, session, THURSDAY) == target
    assert asked[0].endswith("Tagesplan_2026-12-03.pdf")
    text = pdf_text(target)
    assert FIRST in text and LAST in text and "Pfingstrosenbeet" in text
    assert os.listdir(target.parent) == ["Tagesplan.pdf"]  # no temporary copy left
    assert audit_actions(session.vault).count("schedule.day-sheet-exported") == 1
    assert [kind for kind, _ in boxes.said] == ["warning", "information"]


def test_disk_full_gives_a_message_and_no_file(session, parent, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    boxes = Boxes(monkeypatch)
    target = tmp_path / "voll" / "Tagesplan.pdf"
    target.parent.mkdir()
    save_dialog(monkeypatch, target)

    def full(_fd, _data):  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("kim_desktop.storage.atomic.os.write", full)
    assert outputs.save_day_sheet(parent, session, THURSDAY) is None
    assert os.listdir(target.parent) == []
    message = boxes.texts("warning")[-1]
    assert "nicht gespeichert" in message and "Traceback" not in message
    assert "schedule.day-sheet-exported" not in audit_actions(session.vault)  # rolled back with the file


def test_missing_folder_gives_a_message(session, parent, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    boxes = Boxes(monkeypatch)
    save_dialog(monkeypatch, tmp_path / "gibt-es-nicht" / "Aushang.pdf")
    assert outputs.save_front_desk_notice(parent, session, THURSDAY) is None
    assert not (tmp_path / "gibt-es-nicht").exists()
    message = boxes.texts("warning")[0]
    assert "nicht gespeichert" in message and "nicht gefunden" in message and "Aushang.pdf:" in message


# --- calendar ------------------------------------------------------------------------------------

def run_dialog(monkeypatch: pytest.MonkeyPatch, *, names: bool, first: str = "", last: str = "") -> None:
    """exec() of the next CalendarExportDialog: optionally retype the period, tick names, press save."""

    def exec_(dialog: CalendarExportDialog) -> int:
        if first:
            dialog.start_field.setText(first)
        if last:
            dialog.end_field.setText(last)
        dialog.names_box.setChecked(names)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(CalendarExportDialog, "exec", exec_)


def test_calendar_without_names(session, parent, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    boxes = Boxes(monkeypatch)
    run_dialog(monkeypatch, names=False)
    target = tmp_path / "kalender.ics"
    asked = save_dialog(monkeypatch, target)
    assert outputs.save_calendar(parent, session, dt.date(2026, 12, 1), dt.date(2026, 12, 31)) == target
    assert asked[0].endswith("KIM-Kalender_2026-12-01_bis_2026-12-31.ics")
    content = target.read_text("utf-8")
    assert "Sprechstunde" in content and "Termin: Beratung" in content
    assert FIRST not in content and LAST not in content and "Pfingstrosenbeet" not in content
    assert boxes.texts("warning") == []
    assert "calendar.exported" in audit_actions(session.vault)


def test_calendar_with_names_after_confirmation(session, parent, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    boxes = Boxes(monkeypatch, answer=Box.StandardButton.Yes)
    run_dialog(monkeypatch, names=True)
    target = tmp_path / "kalender.ics"
    save_dialog(monkeypatch, target)
    assert outputs.save_calendar(parent, session, dt.date(2026, 12, 1), dt.date(2026, 12, 31)) == target
    content = target.read_text("utf-8")
    assert f"{FIRST} {LAST}" in content and "Pfingstrosenbeet" not in content
    assert "Klartext" in boxes.texts("warning")[0]
    assert "calendar.exported-with-names" in audit_actions(session.vault)


def test_calendar_with_names_declined_stays_in_the_dialog(session, parent, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    Boxes(monkeypatch, answer=Box.StandardButton.No)
    run_dialog(monkeypatch, names=True)
    asked = save_dialog(monkeypatch, tmp_path / "kalender.ics")
    assert outputs.save_calendar(parent, session, dt.date(2026, 12, 1), dt.date(2026, 12, 31)) is None
    assert asked == [] and not (tmp_path / "kalender.ics").exists()


@pytest.mark.parametrize(("first", "last", "message"), [
    ("31.12.2026", "01.12.2026", "vor dem Anfang"),
    ("01.01.2026", "31.12.2027", "höchstens 400 Tage"),
    ("31.02.2026", "01.03.2026", "Von:"),
])
def test_calendar_bad_period_is_refused_in_the_dialog(session, parent, monkeypatch, tmp_path,  # type: ignore[no-untyped-def]
                                                      first, last, message) -> None:
    Boxes(monkeypatch)
    shown: list[str] = []

    def exec_(dialog: CalendarExportDialog) -> int:
        dialog.start_field.setText(first)
        dialog.end_field.setText(last)
        dialog.accept()
        shown.append(dialog.range_error.text())
        return dialog.result()

    monkeypatch.setattr(CalendarExportDialog, "exec", exec_)
    asked = save_dialog(monkeypatch, tmp_path / "kalender.ics")
    assert outputs.save_calendar(parent, session, THURSDAY, THURSDAY) is None
    assert asked == [] and message in shown[0]


def test_dialog_quick_choices_and_names_warning(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = CalendarExportDialog(THURSDAY, THURSDAY)
    qtbot.addWidget(dialog)
    assert not dialog.names_box.isChecked() and dialog.names_warning.isHidden()
    dialog.quick_buttons["week"].click()
    assert (dialog.start_field.text(), dialog.end_field.text()) == ("30.11.2026", "06.12.2026")
    dialog.quick_buttons["month"].click()
    assert (dialog.start_field.text(), dialog.end_field.text()) == ("01.12.2026", "31.12.2026")
    dialog.quick_buttons["day"].click()
    assert (dialog.start_field.text(), dialog.end_field.text()) == ("03.12.2026", "03.12.2026")
    dialog.names_box.setChecked(True)
    assert not dialog.names_warning.isHidden() and "unverschlüsselt" in dialog.names_warning.text()
    dialog.names_box.setChecked(False)
    assert dialog.names_warning.isHidden()
