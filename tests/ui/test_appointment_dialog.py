"""The appointment dialog on its own, and the consultation form's defaults from the schedule."""

from __future__ import annotations

import datetime as dt

import pytest

from kim_desktop.services import cases, clients, schedules
from kim_desktop.services.schedule_views import ConsultationPrefill
from kim_desktop.ui import consultation_dialog
from kim_desktop.ui.consultation_dialog import ConsultationDialog
from kim_desktop.ui.qt import Qt, QtWidgets, is_alive
from kim_desktop.ui.schedule.appointment_dialog import AppointmentDialog
from kim_desktop.ui.session import AppSession

D = dt.date
MONDAY = D(2026, 11, 23)
KOENIGSWINTER, BAD_HONNEF, HENNEF = "05382024", "05382008", "05382020"
YES, NO = QtWidgets.QMessageBox.StandardButton.Yes, QtWidgets.QMessageBox.StandardButton.No


@pytest.fixture
def session(vault, deployment, settings) -> AppSession:  # type: ignore[no-untyped-def]
    return AppSession(vault, deployment, settings)


@pytest.fixture
def case_id(vault) -> str:  # type: ignore[no-untyped-def]
    person = clients.ClientInput(first_name="Olenadialog", last_name="Shevchenko", birth_date=D(1985, 1, 2))
    client = clients.create_client(vault, person)
    return cases.open_case(vault, client.id, municipality_ags=KOENIGSWINTER, opened_on=D(2026, 9, 1))


@pytest.fixture
def asked(monkeypatch):  # type: ignore[no-untyped-def]
    questions: list[str] = []

    def question(_parent, title, text, *args):  # type: ignore[no-untyped-def]
        questions.append(title)
        return NO

    monkeypatch.setattr(QtWidgets.QMessageBox, "question", question)
    return questions


@pytest.fixture
def shown(qtbot):  # type: ignore[no-untyped-def]
    made: list[QtWidgets.QDialog] = []

    def show(dialog: QtWidgets.QDialog) -> QtWidgets.QDialog:
        made.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QtWidgets.QApplication.activeWindow() is dialog)
        return dialog

    yield show
    for dialog in made:
        if is_alive(dialog):
            dialog.done(0)
            dialog.deleteLater()


def test_case_combo_lists_own_cases_and_saves_the_choice(session, vault, case_id, shown, asked) -> None:  # type: ignore[no-untyped-def]
    dialog = shown(AppointmentDialog(session, day=MONDAY, start="14:00"))
    labels = [dialog.case.itemText(i) for i in range(dialog.case.count())]
    assert labels[0] == "– ohne Fall –" and labels[1].startswith("Olenadialog Shevchenko (")
    assert [dialog.kind.itemText(i) for i in range(dialog.kind.count())] == [
        "Beratung", "Erstgespräch", "Begleitung", "Hausbesuch", "intern"]
    dialog.case.setEditText("Unbekanntefrau")
    assert dialog.save() is None and "aus der Liste" in dialog.errors["case_id"].text()
    dialog.case.setCurrentIndex(1)
    dialog.interpreter.setText("Ukrainisch")
    assert dialog.save() is None  # no office hours that day: asked, and No keeps the dialog
    assert asked == ["Trotzdem speichern?"] and dialog.isVisible()
    assert not dialog.errors["case_id"].isVisibleTo(dialog)
    schedules.save_pattern(vault, weekday=0, municipality_ags=BAD_HONNEF, office_hours="13:00-16:00",
                           valid_from=D(2026, 1, 1))
    saved = dialog.save()
    assert saved is not None and not dialog.isVisible()
    with vault.reader() as s:
        stored = schedules.day_plan(s, vault.profile.device_id, MONDAY).appointments
    assert [(a.id, a.start, a.case_id, a.interpreter_language) for a in stored] == [
        (saved, "14:00", case_id, "Ukrainisch")]


def test_escape_asks_only_when_dirty(session, vault, shown, qtbot, asked) -> None:  # type: ignore[no-untyped-def]
    dialog = shown(AppointmentDialog(session, day=MONDAY, start="14:00"))
    dialog.note.setPlainText("Unterlagen mitbringen")
    qtbot.keyClick(dialog.start, Qt.Key.Key_Escape)
    assert asked == ["Eingaben verwerfen?"] and dialog.isVisible()
    dialog.note.setPlainText("")
    qtbot.keyClick(dialog.start, Qt.Key.Key_Escape)
    assert asked == ["Eingaben verwerfen?"] and not dialog.isVisible()


def test_consultation_defaults_to_todays_scheduled_municipality(session, vault, case_id, shown,  # type: ignore[no-untyped-def]
                                                                monkeypatch) -> None:
    monkeypatch.setattr(consultation_dialog, "today", lambda: MONDAY)
    dialog = shown(ConsultationDialog(session, case_id))
    assert dialog.form.municipality.currentData() == KOENIGSWINTER  # no schedule yet: the case's
    dialog.done(0)
    schedules.save_pattern(vault, weekday=0, municipality_ags=BAD_HONNEF, office_hours="09:00-12:00",
                           valid_from=D(2026, 1, 1))
    dialog = shown(ConsultationDialog(session, case_id))
    assert dialog.form.municipality.currentData() == BAD_HONNEF
    assert dialog.form.held_on.text() == "23.11.2026" and dialog.form.start_time.text() == ""


def test_consultation_prefill_wins_over_the_defaults(session, vault, case_id, shown, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(consultation_dialog, "today", lambda: MONDAY)
    prefill = ConsultationPrefill(D(2026, 11, 19), "09:30", 40, HENNEF, "Rathaus Hennef", "Arabisch")
    dialog = shown(ConsultationDialog(session, case_id, prefill=prefill))
    form = dialog.form
    assert (form.held_on.text(), form.start_time.text(), form.duration.text()) == (
        "19.11.2026", "09:30", "40")
    assert (form.municipality.currentData(), form.place.text(), form.interpreter.text()) == (
        HENNEF, "Rathaus Hennef", "Arabisch")
    assert not dialog.is_dirty()


def test_typing_part_of_a_name_finds_the_case(session, vault, case_id, shown, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = shown(AppointmentDialog(session, day=MONDAY, start="14:00"))
    completer = dialog.case.completer()
    completer.setCompletionPrefix("shevch")
    assert completer.completionCount() == 1
    assert completer.currentCompletion().startswith("Olenadialog Shevchenko")
