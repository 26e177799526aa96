"""The weekly pattern dialog: rows show the pattern in force on "gültig ab", only touched weekdays
are saved (in one go), bad office hours are refused at the field and nothing is saved."""

from __future__ import annotations

import datetime as dt

import pytest

from kim_desktop.services import schedules
from kim_desktop.services.schedules import PatternDay
from kim_desktop.ui.qt import Qt, QtWidgets
from kim_desktop.ui.schedule.pattern_dialog import PatternDialog, next_monday
from kim_desktop.ui.session import AppSession
from tests.ui.dialog_stubs import choose, show_active

D = dt.date
KOENIGSWINTER, HENNEF, BAD_HONNEF = "05382024", "05382020", "05382008"
THURSDAY = D(2026, 11, 26)
START = D(2026, 9, 1)
PLANNED = D(2027, 1, 4)


@pytest.fixture
def app_session(vault, deployment, settings) -> AppSession:  # type: ignore[no-untyped-def]
    schedules.save_week_pattern(vault, {
        0: PatternDay(KOENIGSWINTER, "09:00-12:00;13:00-15:30", "Rathaus Königswinter, Raum 2.14"),
        1: PatternDay(HENNEF, "09:00-12:00", "Rathaus Hennef, Raum 0.12")}, START)
    schedules.save_week_pattern(vault, {1: PatternDay(HENNEF, "08:00-11:00", "Rathaus Hennef, Raum 3.01")},
                                PLANNED)
    return AppSession(vault, deployment, settings)


def history(app_session: AppSession) -> list[tuple[int, str, str, dt.date, dt.date | None]]:
    vault = app_session.vault
    with vault.reader() as session:
        return [(r.weekday, r.municipality_ags, r.office_hours, r.valid_from, r.valid_to)
                for r in schedules.pattern_history(session, vault.profile.device_id)]


def open_dialog(qtbot, app_session: AppSession) -> PatternDialog:  # type: ignore[no-untyped-def]
    return show_active(qtbot, PatternDialog(app_session, today=lambda: THURSDAY))  # type: ignore[return-value]


def type_into(qtbot, edit: QtWidgets.QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def save_button(dialog: PatternDialog) -> QtWidgets.QPushButton:
    return dialog.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok)


def test_next_monday_is_the_default_start() -> None:
    assert next_monday(THURSDAY) == D(2026, 11, 30)
    assert next_monday(D(2026, 11, 30)) == D(2026, 11, 30)


def test_shows_the_pattern_and_its_history(qtbot, app_session) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, app_session)
    assert dialog.valid_from.text() == "30.11.2026"
    monday, tuesday, wednesday = dialog.rows[0], dialog.rows[1], dialog.rows[2]
    assert (monday.municipality.currentData(), monday.place.text(), monday.hours.text()) == (
        KOENIGSWINTER, "Rathaus Königswinter, Raum 2.14", "09:00-12:00;13:00-15:30")
    assert (tuesday.hours.text(), wednesday.municipality.currentData(), wednesday.hours.isEnabled()) == (
        "09:00-12:00", None, False)
    assert not dialog.saturday.isChecked() and dialog.rows[5].municipality.isHidden()
    shown = [[dialog.history.topLevelItem(i).text(c) for c in (0, 4)]
             for i in range(dialog.history.topLevelItemCount())]
    assert shown == [["Montag", "ab 01.09.2026"], ["Dienstag", "01.09.2026 – 03.01.2027"],
                     ["Dienstag", "ab 04.01.2027"]]


def test_saving_changes_only_the_touched_weekdays(qtbot, app_session) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, app_session)
    wednesday, monday = dialog.rows[2], dialog.rows[0]
    choose(wednesday.municipality, BAD_HONNEF)
    assert wednesday.hours.isEnabled()
    type_into(qtbot, wednesday.place, "Rathaus Bad Honnef, Raum 1")
    type_into(qtbot, wednesday.hours, "9:00-12:30")
    choose(monday.municipality, None)
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QtWidgets.QDialog.DialogCode.Accepted
    change = D(2026, 11, 30)
    assert history(app_session) == [
        (0, KOENIGSWINTER, "09:00-12:00;13:00-15:30", START, D(2026, 11, 29)),
        (1, HENNEF, "09:00-12:00", START, PLANNED - dt.timedelta(days=1)),
        (1, HENNEF, "08:00-11:00", PLANNED, None),
        (2, BAD_HONNEF, "09:00-12:30", change, None)]


def test_bad_hours_are_refused_at_the_field_and_nothing_is_saved(qtbot, app_session) -> None:  # type: ignore[no-untyped-def]
    before = history(app_session)
    dialog = open_dialog(qtbot, app_session)
    choose(dialog.rows[3].municipality, HENNEF)  # Thursday, hours left empty
    type_into(qtbot, dialog.rows[4].hours, "x")  # Friday is no office day: hours not asked for
    choose(dialog.rows[0].municipality, BAD_HONNEF)
    type_into(qtbot, dialog.rows[0].hours, "9 bis 12 Uhr")
    qtbot.keyClick(dialog.rows[0].hours, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and dialog.result() != QtWidgets.QDialog.DialogCode.Accepted
    for row in (dialog.rows[0], dialog.rows[3]):
        assert row.error.isVisible()
        assert row.error.text() == "Sprechzeiten bitte als 09:00-12:00;13:00-15:30 angeben."
    assert not dialog.rows[4].error.isVisible()
    assert dialog.focusWidget() is dialog.rows[0].hours
    assert history(app_session) == before
    type_into(qtbot, dialog.rows[0].hours, "10:00-13:00")
    type_into(qtbot, dialog.rows[3].hours, "14:00-16:00")
    qtbot.keyClick(dialog.rows[0].hours, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QtWidgets.QDialog.DialogCode.Accepted
    assert len(history(app_session)) == len(before) + 2


def test_rows_follow_the_start_day_unless_touched(qtbot, app_session) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, app_session)
    type_into(qtbot, dialog.rows[0].place, "Rathaus Oberpleis, Saal 3")
    type_into(qtbot, dialog.valid_from, "4.1.2027")
    dialog.valid_from.check()
    assert dialog.rows[1].hours.text() == "08:00-11:00"  # the planned Tuesday
    assert dialog.rows[0].place.text() == "Rathaus Oberpleis, Saal 3"  # typed, kept
    type_into(qtbot, dialog.valid_from, "31.02.2027")
    dialog.accept()
    assert dialog.errors.fields["valid_from"][1].isVisible()
    assert dialog.result() != QtWidgets.QDialog.DialogCode.Accepted
    dialog.valid_from.setText("04.01.2027")
    dialog.accept()
    assert [h for h in history(app_session) if h[0] == 0][-1][3] == PLANNED
    with app_session.vault.reader() as session:
        place = schedules.pattern_on(session, app_session.vault.profile.device_id, PLANNED)[0].place
    assert place == "Rathaus Oberpleis, Saal 3"
