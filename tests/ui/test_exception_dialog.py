"""The exceptions dialog: leave over several days with a substitute, an extra day with its own
office hours, bad input refused at the field, deleting after a question, holidays named."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import select

from kim_desktop.domain.roles import Role
from kim_desktop.services import schedules
from kim_desktop.services.schedules import PatternDay
from kim_desktop.storage.schedule_tables import ScheduleException
from kim_desktop.storage.schema import DEVICE_KEY, VaultProfile
from kim_desktop.ui.qt import Qt, QtWidgets
from kim_desktop.ui.schedule.exception_dialog import ExceptionDialog
from kim_desktop.ui.session import AppSession
from tests.ui.dialog_stubs import choose, show_active

D = dt.date
KOENIGSWINTER, HENNEF = "05382024", "05382020"
COLLEAGUE = str(uuid.uuid4())
COLLEAGUE_NAME = "Xaver Quendelmann"
TUESDAY = D(2026, 12, 22)
NOTE_MARKER = "Notizmarker Zitronenfalter"


@pytest.fixture
def app_session(vault, deployment, settings) -> AppSession:  # type: ignore[no-untyped-def]
    schedules.save_week_pattern(vault, {d: PatternDay(KOENIGSWINTER, "09:00-12:00") for d in range(5)},
                                D(2026, 9, 1))
    with vault.transaction() as session:  # a colleague's profile, as an import stores it
        session.info[DEVICE_KEY] = COLLEAGUE
        session.add(VaultProfile(vault_id=str(uuid.uuid4()), role=str(Role.CASE_MANAGER),
                                 display_name=COLLEAGUE_NAME, team=1, municipalities=""))
    return AppSession(vault, deployment, settings)


def live_exceptions(app_session: AppSession) -> list[tuple[dt.date, str, str | None, str | None]]:
    with app_session.vault.reader() as session:
        rows = session.scalars(select(ScheduleException).where(ScheduleException.deleted.is_(False))
                               .order_by(ScheduleException.on))
        return [(r.on, r.kind, r.substitute_device_id, r.office_hours) for r in rows]


def open_dialog(qtbot, app_session: AppSession, day: dt.date = TUESDAY) -> ExceptionDialog:  # type: ignore[no-untyped-def]
    return show_active(qtbot, ExceptionDialog(app_session, day))  # type: ignore[return-value]


def retype(qtbot, edit: QtWidgets.QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def list_texts(dialog: ExceptionDialog) -> list[str]:
    return [dialog.list.item(i).text() for i in range(dialog.list.count())]


def test_leave_over_christmas_with_a_substitute(qtbot, app_session) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, app_session)
    assert dialog.windowTitle() == "Ausnahmen am Dienstag, 22.12.2026"
    assert list_texts(dialog) == ["Keine Ausnahmen an diesem Tag."] and not dialog.delete_button.isEnabled()
    choose(dialog.kind, "leave")
    assert dialog.substitute.isEnabled() and not dialog.hours.isEnabled()
    assert [dialog.substitute.itemText(i) for i in range(dialog.substitute.count())] == [
        "keine Vertretung", COLLEAGUE_NAME]
    retype(qtbot, dialog.first, "21.12.2026")
    retype(qtbot, dialog.last, "1.1.2027")
    choose(dialog.substitute, COLLEAGUE)
    qtbot.keyClicks(dialog.note, NOTE_MARKER)
    with qtbot.waitSignal(dialog.changed, timeout=5000):
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    expected = [D(2026, 12, d) for d in (21, 22, 23, 24, 28, 29, 30, 31)]
    assert live_exceptions(app_session) == [(d, "leave", COLLEAGUE, None) for d in expected]
    assert dialog.done_label.text() == "Eingetragen für 8 Arbeitstag(e) vom 21.12.2026 bis 01.01.2027."
    assert list_texts(dialog) == [f"Urlaub – Vertretung: {COLLEAGUE_NAME} – {NOTE_MARKER}"]
    assert dialog.delete_button.isEnabled() and dialog.note.toPlainText() == ""


def test_extra_day_needs_good_hours_and_is_one_day(qtbot, app_session) -> None:  # type: ignore[no-untyped-def]
    saturday = D(2026, 12, 19)
    dialog = open_dialog(qtbot, app_session, saturday)
    choose(dialog.kind, "extra-day")
    assert not dialog.last.isEnabled() and not dialog.substitute.isEnabled()
    assert dialog.municipality.currentData() is not None  # not "as in the pattern"
    choose(dialog.municipality, HENNEF)
    qtbot.keyClicks(dialog.place, "Rathaus Hennef, Raum 0.12")
    qtbot.keyClicks(dialog.hours, "10 bis 12")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    hours_error = dialog.errors.fields["office_hours"][1]
    assert hours_error.isVisible()
    assert hours_error.text() == "Sprechzeiten bitte als 09:00-12:00;13:00-15:30 angeben."
    assert live_exceptions(app_session) == []
    retype(qtbot, dialog.hours, "10:00-12:00")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert not hours_error.isVisible()
    assert live_exceptions(app_session) == [(saturday, "extra-day", None, "10:00-12:00")]
    assert list_texts(dialog) == [
        "zusätzlicher Tag in einer Kommune – Hennef (Sieg) – Rathaus Hennef, Raum 0.12 – 10:00-12:00"]


def test_a_range_without_working_day_is_refused(qtbot, app_session) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, app_session, D(2026, 12, 26))
    assert dialog.holiday.isVisibleTo(dialog)
    assert dialog.holiday.text() == "Feiertag: Zweiter Weihnachtstag – keine Sprechzeiten."
    choose(dialog.kind, "sickness")
    retype(qtbot, dialog.last, "27.12.2026")
    dialog.add()
    assert dialog.errors.fields["first"][1].text().startswith("Im Zeitraum liegt kein Arbeitstag")
    retype(qtbot, dialog.last, "31.02.2027")
    dialog.add()
    assert dialog.errors.fields["last"][1].isVisible()
    assert live_exceptions(app_session) == []


def test_delete_asks_first(qtbot, app_session, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    schedules.add_exception(app_session.vault, TUESDAY, "sickness")
    schedules.add_exception(app_session.vault, TUESDAY, "moved-hours", office_hours="13:00-16:00")
    dialog = open_dialog(qtbot, app_session)
    assert list_texts(dialog) == ["Krankheit", "verlegte Sprechzeit – 13:00-16:00"]
    buttons = QtWidgets.QMessageBox.StandardButton
    asked: list[str] = []
    answer = [buttons.No]
    monkeypatch.setattr(QtWidgets.QMessageBox, "question",
                        lambda _parent, _title, text, *args: asked.append(text) or answer[0])
    dialog.list.setCurrentRow(1)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert asked == ["„verlegte Sprechzeit – 13:00-16:00“ löschen?"]
    assert len(live_exceptions(app_session)) == 2
    answer[0] = buttons.Yes
    with qtbot.waitSignal(dialog.changed, timeout=5000):
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert live_exceptions(app_session) == [(TUESDAY, "sickness", None, None)]
    assert list_texts(dialog) == ["Krankheit"]


def test_escape_closes(qtbot, app_session) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, app_session)
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QtWidgets.QDialog.DialogCode.Rejected
