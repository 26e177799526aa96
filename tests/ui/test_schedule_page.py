"""The Terminplan page driven by the keyboard: days, weeks and months, appointments, deleting,
and recording a consultation from an appointment."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import func, select

from kim_desktop.services import cases, clients, schedules
from kim_desktop.services.schedules import AppointmentInput
from kim_desktop.storage.schedule_tables import Appointment
from kim_desktop.ui.qt import Qt, QtWidgets, is_alive
from kim_desktop.ui.schedule.page import DAY, MONTH, WEEK, SchedulePage
from kim_desktop.ui.session import AppSession
from tests.ui.dialog_stubs import questions_by_title

D = dt.date
MONDAY = D(2026, 11, 23)
KOENIGSWINTER, BAD_HONNEF = "05382024", "05382008"
YES, NO = QtWidgets.QMessageBox.StandardButton.Yes, QtWidgets.QMessageBox.StandardButton.No
CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


@pytest.fixture
def session(vault, deployment, settings) -> AppSession:  # type: ignore[no-untyped-def]
    return AppSession(vault, deployment, settings)


@pytest.fixture
def case_id(vault) -> str:  # type: ignore[no-untyped-def]
    client = clients.create_client(vault, clients.ClientInput(first_name="Zeynepschedule", last_name="Kaya",
                                                              birth_date=D(1988, 5, 6)))
    return cases.open_case(vault, client.id, municipality_ags=KOENIGSWINTER, opened_on=D(2026, 9, 1))


@pytest.fixture
def planned(vault, case_id):  # type: ignore[no-untyped-def]
    """Mondays in Bad Honnef 09:00-12:00; on MONDAY an appointment with the case at 10:00 and one
    without at 09:00."""
    schedules.save_pattern(vault, weekday=0, municipality_ags=BAD_HONNEF, office_hours="09:00-12:00",
                           valid_from=D(2026, 1, 1), place="Rathaus Bad Honnef, Raum 2.14")
    with_case = schedules.save_appointment(vault, AppointmentInput(
        MONDAY, "10:00", 45, case_id=case_id, interpreter_language="Farsi")).appointment_id
    without = schedules.save_appointment(vault, AppointmentInput(MONDAY, "09:00", 30, kind="intern",
                                                                 note="Teambesprechung")).appointment_id
    return with_case, without


@pytest.fixture
def answers(monkeypatch):  # type: ignore[no-untyped-def]
    return questions_by_title(monkeypatch)


@pytest.fixture
def page(qtbot, session, planned) -> SchedulePage:  # type: ignore[no-untyped-def]
    shown = SchedulePage(session)
    qtbot.addWidget(shown)
    shown.go_to(MONDAY)
    shown.resize(1200, 800)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    qtbot.waitUntil(lambda: QtWidgets.QApplication.activeWindow() is shown)
    yield shown
    for dialog in (shown.appointment_dialog, shown.consultation_dialog):
        if dialog is not None and is_alive(dialog):
            dialog.done(0)


def rows(page: SchedulePage) -> list[list[str]]:
    table = page.day_view.table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def live_appointments(vault) -> int:  # type: ignore[no-untyped-def]
    with vault.reader() as s:
        return s.scalar(select(func.count()).select_from(Appointment).where(Appointment.deleted.is_(False)))


def select_row_starting(page: SchedulePage, start: str) -> None:
    for row, cells in enumerate(rows(page)):
        if cells[0].startswith(start):
            page.day_view.table.setCurrentCell(row, 0)
            return
    raise AssertionError(f"no row at {start}")


def test_day_view_shows_place_hours_appointments_and_free_slots(page) -> None:  # type: ignore[no-untyped-def]
    assert page.tabs.currentIndex() == DAY
    assert "Bad Honnef" in page.day_view.heading.text() and "Raum 2.14" in page.day_view.heading.text()
    assert "23.11.2026" in page.day_view.heading.text()
    assert page.day_view.hours.text() == "Sprechzeiten: 09:00–12:00"
    shown = rows(page)
    assert [r[0] for r in shown] == ["09:00–09:30", "09:30–10:00", "10:00–10:45", "10:45–11:15",
                                     "11:15–11:45"]
    assert shown[0][2:] == ["intern", "", "", "Teambesprechung"]
    assert shown[1][2] == "frei"
    assert shown[2][2:5] == ["Beratung", "Zeynepschedule Kaya (" + shown[2][3].split("(")[1], "Farsi"]
    assert page.navigation.picker.date().toString("dd.MM.yyyy") == "23.11.2026"


def test_keys_step_days_weeks_and_back_to_today(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    table = page.day_view.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_PageDown)
    assert page.current == MONDAY + dt.timedelta(days=1)
    assert "kein Sprechtag" in page.day_view.heading.text()
    qtbot.keyClick(table, Qt.Key.Key_Left, ALT)
    qtbot.keyClick(table, Qt.Key.Key_Left, ALT)
    assert page.current == MONDAY - dt.timedelta(days=1)
    qtbot.keyClick(page, Qt.Key.Key_2, ALT)
    assert page.tabs.currentIndex() == WEEK
    assert page.navigation.range_label.text() == "KW 48: 23.11.2026 – 29.11.2026" or \
        page.navigation.range_label.text().startswith("KW 47")
    qtbot.keyClick(page.week_view.grid, Qt.Key.Key_PageDown)
    assert page.current == MONDAY + dt.timedelta(days=6)
    qtbot.keyClick(page.week_view.grid, Qt.Key.Key_T, CTRL)
    assert page.current == dt.date.today()


def test_week_view_marks_days_and_enter_opens_the_day(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.show_view(WEEK)
    grid = page.week_view.grid
    monday = grid.item(0, 0).text()
    assert "Bad Honnef" in monday and "09:00–12:00" in monday and "10:00 Beratung" in monday
    assert "kein Sprechtag" in grid.item(0, 1).text()
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert page.current == MONDAY + dt.timedelta(days=1)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert page.tabs.currentIndex() == DAY
    assert page.current == MONDAY + dt.timedelta(days=1)


def test_month_view_enter_jumps_to_the_day(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(page, Qt.Key.Key_3, ALT)
    assert page.tabs.currentIndex() == MONTH
    assert page.navigation.range_label.text() == "November 2026"
    grid = page.month_view.grid
    row, column = grid.currentRow(), grid.currentColumn()
    assert grid.day_at(row, column) == MONDAY
    assert "Bad Honnef" in grid.item(row, column).text() and "2 Termine" in grid.item(row, column).text()
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    qtbot.keyClick(grid, Qt.Key.Key_Enter)
    assert page.tabs.currentIndex() == DAY
    assert page.current == D(2026, 11, 30)
    assert "Bad Honnef" in page.day_view.heading.text()


def test_month_view_shows_holidays(page) -> None:  # type: ignore[no-untyped-def]
    page.go_to(D(2026, 12, 1))
    page.show_view(MONTH)
    grid = page.month_view.grid
    texts = [grid.item(r, c).text() for r in range(grid.rowCount()) for c in range(7) if grid.item(r, c)]
    assert any(t.startswith("25.") and "Weihnachtstag" in t for t in texts)


def test_enter_on_a_free_slot_makes_an_appointment_there(page, qtbot, vault, case_id) -> None:  # type: ignore[no-untyped-def]
    select_row_starting(page, "11:15")
    page.day_view.table.setFocus()
    qtbot.keyClick(page.day_view.table, Qt.Key.Key_Return)
    dialog = page.appointment_dialog
    assert dialog is not None and dialog.start.text() == "11:15" and dialog.on.text() == "23.11.2026"
    dialog.case.setCurrentIndex(dialog.case.findData(case_id))
    dialog.kind.setCurrentIndex(dialog.kind.findData("erstgespraech"))
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QtWidgets.QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog.start, Qt.Key.Key_Return, CTRL)
    assert not dialog.isVisible()
    assert live_appointments(vault) == 3
    assert [r[0] for r in rows(page)][-1] == "11:15–11:45"
    assert rows(page)[-1][2] == "Erstgespräch"
    assert page.day_view.selected_appointment().start == "11:15"


def test_overlap_warning_no_keeps_the_vault_yes_saves(page, qtbot, vault, answers) -> None:  # type: ignore[no-untyped-def]
    asked, replies = answers
    dialog = page.new_appointment()
    dialog.start.setText("10:15")
    dialog.save_button.click()
    assert asked and asked[0][0] == "Trotzdem speichern?"
    assert "Überschneidet sich mit dem Termin um 10:00." in asked[0][1]
    assert dialog.isVisible() and live_appointments(vault) == 2
    replies["Trotzdem speichern?"] = YES
    dialog.save_button.click()
    assert not dialog.isVisible() and live_appointments(vault) == 3
    assert "Überschneidet sich" in page.day_view.warnings.text()


def test_bad_start_time_is_shown_at_the_field(page, vault) -> None:  # type: ignore[no-untyped-def]
    dialog = page.new_appointment()
    dialog.start.setText("25:00")
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.errors["start"].isVisibleTo(dialog)
    assert "25" in dialog.errors["start"].text()
    dialog.start.setText("23:45")
    dialog.duration.setValue(30)
    dialog.save_button.click()
    assert "Mitternacht" in dialog.errors["duration_minutes"].text()
    assert live_appointments(vault) == 2


def test_delete_key_asks_and_deletes(page, qtbot, vault, answers, planned) -> None:  # type: ignore[no-untyped-def]
    asked, replies = answers
    select_row_starting(page, "09:00")
    page.day_view.table.setFocus()
    qtbot.keyClick(page.day_view.table, Qt.Key.Key_Delete)
    assert asked[-1][0] == "Termin löschen?" and live_appointments(vault) == 2
    replies["Termin löschen?"] = YES
    qtbot.keyClick(page.day_view.table, Qt.Key.Key_Delete)
    assert live_appointments(vault) == 1
    assert rows(page)[0][2] == "frei"


def test_edit_an_appointment_by_double_click_keeps_its_id(page, qtbot, vault, planned) -> None:  # type: ignore[no-untyped-def]
    with_case, _ = planned
    select_row_starting(page, "10:00")
    page.day_view.edit_button.click()
    dialog = page.appointment_dialog
    assert dialog.start.text() == "10:00" and dialog.duration.value() == 45
    dialog.duration.setValue(60)
    dialog.save_button.click()
    with vault.reader() as s:
        assert s.get(Appointment, uuid.UUID(with_case)).duration_minutes == 60


def test_record_consultation_opens_the_prefilled_form(page, qtbot, planned) -> None:  # type: ignore[no-untyped-def]
    select_row_starting(page, "09:00")
    assert not page.day_view.consult_button.isEnabled()
    assert "keinen Fall" in page.day_view.consult_button.toolTip()
    select_row_starting(page, "10:00")
    assert page.day_view.consult_button.isEnabled()
    page.day_view.table.setFocus()
    qtbot.keyClick(page.day_view.table, Qt.Key.Key_B, CTRL)
    dialog = page.consultation_dialog
    assert dialog is not None and dialog.isVisible()
    form = dialog.form
    assert (form.held_on.text(), form.start_time.text(), form.duration.text()) == (
        "23.11.2026", "10:00", "45")
    assert form.municipality.currentData() == BAD_HONNEF
    assert form.place.text() == "Rathaus Bad Honnef, Raum 2.14"
    assert form.interpreter.text() == "Farsi"


def test_absence_is_the_heading(page, vault) -> None:  # type: ignore[no-untyped-def]
    schedules.add_exception(vault, MONDAY + dt.timedelta(weeks=1), "sickness")
    page.go_to(MONDAY + dt.timedelta(weeks=1))
    assert page.day_view.heading.text() == "Mo, 30.11.2026 – Krankheit (sonst Bad Honnef)"
    assert page.day_view.hours.text() == "" and page.day_view.empty.text() == "Keine Termine."
    schedules.add_exception(vault, MONDAY + dt.timedelta(weeks=2), "leave",
                            substitute_device_id=str(uuid.UUID(int=99)))
    page.step(1)
    page.step(1)
    assert page.current == MONDAY + dt.timedelta(weeks=1, days=2)
    page.go_to(MONDAY + dt.timedelta(weeks=2))
    assert "Urlaub · Vertretung: benannt" in page.day_view.heading.text()


def test_unsaved_consultation_survives_a_lock(page, qtbot, session) -> None:  # type: ignore[no-untyped-def]
    select_row_starting(page, "10:00")
    dialog = page.record_consultation(page.day_view.selected_appointment().id)
    dialog.form.notes.setPlainText("Nachweise besprochenlockmarker")
    draft = page.draft()
    assert draft is not None
    dialog.done(0)
    again = SchedulePage(session)
    qtbot.addWidget(again)
    again.restore_draft(draft)
    assert again.current == MONDAY
    qtbot.waitUntil(lambda: again.consultation_dialog is not None and again.consultation_dialog.isVisible())
    restored = again.consultation_dialog
    assert restored.form.notes.toPlainText() == "Nachweise besprochenlockmarker"
    assert restored.form.start_time.text() == "10:00"
    restored.done(0)


@pytest.mark.parametrize("existing", [False, True])
def test_unsaved_appointment_survives_a_lock(page, qtbot, session, existing: bool) -> None:  # type: ignore[no-untyped-def]
    if existing:
        select_row_starting(page, "10:00")
        dialog = page.edit_appointment(page.day_view.selected_appointment().id)
    else:
        dialog = page.new_appointment("14:15")
    assert page.draft() is None, "nothing typed: nothing to keep, no question when quitting"
    dialog.note.setPlainText("Unterlagen mitbringenlockmarker")
    dialog.duration.setValue(3)
    draft = page.draft()
    assert draft is not None and draft.appointment is not None
    dialog.done(0)
    again = SchedulePage(session)
    qtbot.addWidget(again)
    again.restore_draft(draft)
    qtbot.waitUntil(lambda: again.appointment_dialog is not None and again.appointment_dialog.isVisible())
    restored = again.appointment_dialog
    assert restored.note.toPlainText() == "Unterlagen mitbringenlockmarker"
    assert restored.duration.value() == 3
    assert restored.start.text() == ("10:00" if existing else "14:15")
    assert (restored.appointment is not None) == existing
    restored.done(0)


def test_coordinator_sees_the_district(qtbot, tmp_path, deployment, settings) -> None:  # type: ignore[no-untyped-def]
    from kim_desktop.domain.roles import Role
    from kim_desktop.storage.vault import Vault
    from tests.conftest import PASSWORD

    vault = Vault.create(tmp_path / "coord.kimvault", PASSWORD, role=Role.COORDINATOR,
                         display_name="Koordination")
    try:
        shown = SchedulePage(AppSession(vault, deployment, settings))
        qtbot.addWidget(shown)
        shown.show()
        qtbot.waitExposed(shown)
        assert shown.district.isVisible() and not hasattr(shown, "tabs")
        before = shown.current
        shown.step(1)
        assert shown.current == before + dt.timedelta(weeks=1)
        shown.close()
    finally:
        vault.close()


def test_start_page_says_where_today_is(qtbot, session, vault) -> None:  # type: ignore[no-untyped-def]
    from kim_desktop.domain.schedule_rules import holiday_name
    from kim_desktop.ui.pages.start_page import StartPage

    today = dt.date.today()
    schedules.save_pattern(vault, weekday=today.weekday(), municipality_ags=BAD_HONNEF,
                           office_hours="09:00-12:00", valid_from=today - dt.timedelta(days=30),
                           place="Rathaus Bad Honnef")
    schedules.save_appointment(vault, AppointmentInput(today, "09:00", 30), force=True)
    start = StartPage(session)
    qtbot.addWidget(start)
    start.show()
    qtbot.waitExposed(start)
    holiday = holiday_name(today)
    expected = (f"Heute: Feiertag ({holiday}) · 1 Termin" if holiday else
                "Heute: Bad Honnef, Rathaus Bad Honnef, Sprechzeiten 09:00–12:00 · 1 Termin")
    assert start.today.text() == expected


def test_a_page_without_unsaved_input_has_no_draft(page) -> None:  # type: ignore[no-untyped-def]
    page.show_view(MONTH)
    assert page.draft() is None, "the main window would ask before quitting"


def test_tab_goes_from_the_actions_to_the_views(page) -> None:  # type: ignore[no-untyped-def]
    assert page.calendar_button.nextInFocusChain() is page.tabs.tabBar()
    assert page.navigation.picker.nextInFocusChain() is not page.day_view.table
