"""The consultation entry dialog, driven by the keyboard as a case manager would."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

import pytest
from sqlalchemy import func, select

from kim_desktop.domain.consent import Consent
from kim_desktop.services import cases, clients, consultations
from kim_desktop.services.consultations import ConsultationInput
from kim_desktop.storage.consultation_tables import Consultation
from kim_desktop.storage.schema import AuditEntry
from kim_desktop.ui.consultation_dialog import ConsultationDialog
from kim_desktop.ui.qt import Qt, QtWidgets, is_alive
from kim_desktop.ui.session import AppSession
from tests.ui.dialog_stubs import questions_by_title

TODAY = dt.date.today()
KOENIGSWINTER, BAD_HONNEF = "05382024", "05382008"
YES, NO = QtWidgets.QMessageBox.StandardButton.Yes, QtWidgets.QMessageBox.StandardButton.No
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def session(vault, deployment, settings) -> AppSession:  # type: ignore[no-untyped-def]
    return AppSession(vault, deployment, settings)


@pytest.fixture
def case_id(vault) -> str:  # type: ignore[no-untyped-def]
    client = clients.create_client(vault, clients.ClientInput(first_name="Amina", last_name="Haddad",
                                                              birth_date=dt.date(1990, 3, 4)))
    return cases.open_case(vault, client.id, municipality_ags=KOENIGSWINTER,
                           opened_on=TODAY - dt.timedelta(days=60))


@pytest.fixture
def answers(monkeypatch):  # type: ignore[no-untyped-def]
    return questions_by_title(monkeypatch)


@pytest.fixture
def open_dialog(qtbot, vault):  # type: ignore[no-untyped-def]
    """Shown and active (shortcuts need that). Not given to qtbot.addWidget: its close() at the
    end would ask about unsaved input in a real message box; done() ends the dialog instead."""
    made: list[ConsultationDialog] = []

    def open_(session, case_id, **kwargs) -> ConsultationDialog:  # type: ignore[no-untyped-def]
        dialog = ConsultationDialog(session, case_id, **kwargs)
        made.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QtWidgets.QApplication.activeWindow() is dialog)
        return dialog

    yield open_
    for dialog in made:
        if is_alive(dialog):
            dialog.done(0)
            dialog.deleteLater()


def count(vault) -> int:  # type: ignore[no-untyped-def]
    with vault.reader() as s:
        return s.scalar(select(func.count()).select_from(Consultation).where(Consultation.deleted.is_(False)))


def stored(vault, consultation_id: str) -> ConsultationInput:  # type: ignore[no-untyped-def]
    with vault.reader() as s:
        return consultations.consultation_input(s, consultation_id)


def focused(dialog: ConsultationDialog) -> QtWidgets.QWidget:
    widget = QtWidgets.QApplication.focusWidget()
    assert widget is not None and dialog.isAncestorOf(widget)
    return widget


def tab(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(focused(dialog), Qt.Key.Key_Tab)


def test_a_whole_consultation_by_keyboard_only(qtbot, open_dialog, session, case_id, vault):  # type: ignore[no-untyped-def]
    cases.add_consent(vault, case_id, Consent("jobcenter", TODAY - dt.timedelta(days=30), "Leistungen"))
    dialog = open_dialog(session, case_id)
    form = dialog.form
    assert "Amina Haddad" in form.client_label.text() and "Erstkontakt/Clearing" in form.case_label.text()

    steps: list[tuple[QtWidgets.QWidget, str]] = [
        (form.held_on, "gestern"), (form.start_time, "9:30"), (form.duration, "45"),
        (form.municipality, "Bad"), (form.place, "Rathaus"), (form.contact_type, "t"),
        (form.interpreter, "Arab")]
    for widget, keys in steps:
        assert focused(dialog) is widget
        qtbot.keyClicks(widget, keys)
        tab(qtbot, dialog)
    assert focused(dialog) is form.topics.view
    qtbot.keyClicks(form.topics.view, "wohn")
    assert form.topics.filter_text() == "wohn"
    qtbot.keyClick(form.topics.view, Qt.Key.Key_Return)  # ticks the match, clears the filter
    assert form.topics.filter_text() == ""
    qtbot.keyClicks(form.topics.view, "gesund")
    qtbot.keyClick(form.topics.view, Qt.Key.Key_Space)
    qtbot.keyClick(form.topics.view, Qt.Key.Key_Escape)  # clears the filter, keeps the dialog
    assert dialog.isVisible() and form.topics.filter_text() == ""
    tab(qtbot, dialog)
    assert focused(dialog) is form.legal_domains.view
    qtbot.keyClicks(form.legal_domains.view, "sgbii")
    qtbot.keyClick(form.legal_domains.view, Qt.Key.Key_Space)
    qtbot.keyClick(form.legal_domains.view, Qt.Key.Key_Escape)
    tab(qtbot, dialog)
    assert focused(dialog) is form.referrals.view
    qtbot.keyClicks(form.referrals.view, "jobc")
    qtbot.keyClick(form.referrals.view, Qt.Key.Key_Return)
    assert form.consent_warning.text() == "", "the Jobcenter has a valid consent"
    tab(qtbot, dialog)
    assert focused(dialog) is form.notes
    qtbot.keyClicks(form.notes, "Antrag auf Wohngeld besprochen")
    tab(qtbot, dialog)
    assert focused(dialog) is form.next_steps, "Tab leaves the notes instead of typing a tab"
    qtbot.keyClicks(form.next_steps, "Unterlagen mitbringen")
    tab(qtbot, dialog)
    assert focused(dialog) is form.follow_up
    qtbot.keyClicks(form.follow_up, "+7")
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.keyClick(form.follow_up, Qt.Key.Key_Return, CTRL)
    assert not dialog.isVisible()

    yesterday = TODAY - dt.timedelta(days=1)
    assert stored(vault, saved.args[0]) == ConsultationInput(
        case_id=case_id, held_on=yesterday, municipality_ags=BAD_HONNEF, contact_type="phone",
        start_time="09:30", duration_minutes=45, place="Rathaus", interpreter_language="Arabisch",
        topics=("health", "housing"), legal_domains=("sgb-ii",), referrals=("jobcenter",),
        notes="Antrag auf Wohngeld besprochen", next_steps="Unterlagen mitbringen",
        follow_up_on=yesterday + dt.timedelta(days=7))


def test_an_impossible_date_is_refused_at_the_field_and_nothing_is_saved(qtbot, open_dialog, session, case_id,  # type: ignore[no-untyped-def]
                                                                          vault):
    dialog = open_dialog(session, case_id)
    form = dialog.form
    form.topics.set_checked(["housing"])
    qtbot.keyClicks(form.held_on, "31.02.2026")
    tab(qtbot, dialog)
    message = "Den 31.02.2026 gibt es nicht: der Monat hat nur 28 Tage."
    assert form.errors["held_on"].text() == message and form.errors["held_on"].isVisible()
    assert form.held_on.text() == "31.02.2026", "not rolled over into March"
    qtbot.keyClicks(form.start_time, "24:00")
    qtbot.keyClick(form.start_time, Qt.Key.Key_S, CTRL)
    assert form.errors["held_on"].text() == message
    assert form.errors["start_time"].text() == "Eine Stunde 24 gibt es nicht (0 bis 23)."
    assert focused(dialog) is form.held_on, "the first bad field gets the focus"
    assert dialog.isVisible() and count(vault) == 0


def test_the_service_refusal_is_shown_at_its_field(qtbot, open_dialog, session, case_id, vault):  # type: ignore[no-untyped-def]
    dialog = open_dialog(session, case_id)
    form = dialog.form
    form.duration.setText("800")
    assert dialog.save() is None
    assert form.errors["duration_minutes"].text() == "Die Dauer muss zwischen 1 und 720 Minuten liegen."
    assert focused(dialog) is form.duration
    form.duration.setText("30")
    assert dialog.save() is None
    assert form.errors["duration_minutes"].text() == ""
    assert form.errors["topics"].text() == "Bitte mindestens ein Thema wählen."
    assert focused(dialog) is form.topics.view
    assert count(vault) == 0


def test_a_referral_without_consent_warns_at_once_and_asks_before_saving(  # type: ignore[no-untyped-def]
        qtbot, open_dialog, session, case_id, vault, answers):
    asked, replies = answers
    dialog = open_dialog(session, case_id)
    form = dialog.form
    form.topics.set_checked(["work-training"])
    form.referrals.view.setFocus()
    qtbot.keyClicks(form.referrals.view, "jobc")
    qtbot.keyClick(form.referrals.view, Qt.Key.Key_Space)
    today_text = TODAY.strftime("%d.%m.%Y")
    assert form.consent_warning.text() == (
        f"Für Jobcenter liegt am {today_text} keine gültige Einwilligung oder Schweigepflichtentbindung vor.")
    assert form.suggestion.isVisible() and "SGB II" in form.suggestion.text()
    assert form.legal_domains.checked() == (), "a suggestion only"

    replies["Trotzdem vermitteln?"] = NO
    qtbot.keyClick(form.referrals.view, Qt.Key.Key_Return, CTRL)
    assert [title for title, _ in asked] == ["Trotzdem vermitteln?"]
    assert "• Jobcenter" in asked[0][1]
    assert dialog.isVisible() and count(vault) == 0
    assert focused(dialog) is form.referrals.view

    replies["Trotzdem vermitteln?"] = YES
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.keyClick(form.referrals.view, Qt.Key.Key_Return, CTRL)
    assert not dialog.isVisible()
    with vault.reader() as s:
        row = s.get(Consultation, uuid.UUID(saved.args[0]))
        assert row.referrals_without_consent == ";jobcenter;"
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.record_id == saved.args[0])).all()
    assert "consultation.referral-without-consent" in actions


def test_taking_the_suggested_legal_domains(qtbot, open_dialog, session, case_id):  # type: ignore[no-untyped-def]
    dialog = open_dialog(session, case_id)
    form = dialog.form
    form.referrals.set_checked(["foreigners-authority"])
    qtbot.keyClick(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # Vorschl&ag übernehmen
    qtbot.waitUntil(lambda: form.legal_domains.checked() == ("asylg", "aufenthg", "freizuegg-eu"))
    assert not form.suggestion.isVisible()


def test_defaults_last_contact_type_and_case_municipality(qtbot, open_dialog, session, case_id, vault):  # type: ignore[no-untyped-def]
    consultations.save_consultation(vault, ConsultationInput(  # older than the month looked at first
        case_id=case_id, held_on=TODAY - dt.timedelta(days=40), municipality_ags=BAD_HONNEF,
        contact_type="video", duration_minutes=30, topics=("housing",), interpreter_language="Dari"))
    dialog = open_dialog(session, case_id)
    form = dialog.form
    assert form.held_on.text() == TODAY.strftime("%d.%m.%Y")
    assert form.held_on.selectedText() == form.held_on.text(), "typing replaces the default date"
    assert form.contact_type.currentData() == "video"
    assert form.municipality.currentData() == KOENIGSWINTER, "the case's municipality"
    assert form.duration.text() == "30" and form.interpreter.text() == "Dari"
    assert form.topics.checked() == () and form.referrals.checked() == ()
    assert dialog.draft() is None, "defaults are no unsaved input"


def test_save_and_next_keeps_the_dialog_with_fresh_defaults(qtbot, open_dialog, session, case_id, vault):  # type: ignore[no-untyped-def]
    dialog = open_dialog(session, case_id)
    form = dialog.form
    form.contact_type.setCurrentIndex(form.contact_type.findData("home-visit"))
    form.topics.set_checked(["housing"])
    form.notes.setPlainText("erste")
    form.notes.setFocus()
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(form.notes, Qt.Key.Key_Return, CTRL | SHIFT)
    assert dialog.isVisible()
    assert form.topics.checked() == () and form.notes.toPlainText() == ""
    assert form.contact_type.currentData() == "home-visit", "the contact type just used"
    assert "gespeichert" in form.status.text()
    assert focused(dialog) is form.held_on
    form.topics.set_checked(["health"])
    with qtbot.waitSignal(dialog.saved):
        form.save_button.click()
    assert not dialog.isVisible() and count(vault) == 2


def test_escape_asks_only_when_input_would_be_lost(qtbot, open_dialog, session, case_id, answers):  # type: ignore[no-untyped-def]
    asked, replies = answers
    dialog = open_dialog(session, case_id)
    qtbot.keyClicks(dialog.form.held_on, "gestern")
    qtbot.keyClick(dialog.form.held_on, Qt.Key.Key_Escape)
    assert [title for title, _ in asked] == ["Eingaben verwerfen?"] and dialog.isVisible()
    replies["Eingaben verwerfen?"] = YES
    qtbot.keyClick(dialog.form.held_on, Qt.Key.Key_Escape)
    assert not dialog.isVisible()

    untouched = open_dialog(dialog.session, case_id)
    qtbot.keyClick(untouched.form.held_on, Qt.Key.Key_Escape)
    assert not untouched.isVisible() and len(asked) == 2


def test_editing_loads_and_changes_the_consultation(qtbot, open_dialog, session, case_id, vault):  # type: ignore[no-untyped-def]
    original = ConsultationInput(case_id=case_id, held_on=TODAY - dt.timedelta(days=3),
                                 municipality_ags=BAD_HONNEF, contact_type="phone", start_time="14:00",
                                 duration_minutes=20,
                                 topics=("housing",), legal_domains=("wogg",), notes="alt",
                                 follow_up_on=TODAY + dt.timedelta(days=4))
    consultation_id = consultations.save_consultation(vault, original)
    dialog = open_dialog(session, case_id, consultation_id=consultation_id)
    assert dialog.windowTitle() == "Beratung bearbeiten"
    assert dialog.read() == original
    dialog.form.notes.setPlainText("neu")
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save()
    assert saved.args[0] == consultation_id
    assert stored(vault, consultation_id) == dataclasses.replace(original, notes="neu")
    assert count(vault) == 1


def test_draft_survives_a_new_dialog(qtbot, open_dialog, session, case_id):  # type: ignore[no-untyped-def]
    dialog = open_dialog(session, case_id)
    dialog.form.notes.setPlainText("halb fertig")
    dialog.form.topics.set_checked(["debts"])
    draft = dialog.draft()
    assert draft is not None
    dialog.done(0)
    again = open_dialog(session, case_id)
    again.restore_draft(draft)
    assert again.form.notes.toPlainText() == "halb fertig" and again.form.topics.checked() == ("debts",)


def test_labels_lead_to_their_fields(qtbot, open_dialog, session, case_id):  # type: ignore[no-untyped-def]
    dialog = open_dialog(session, case_id)
    buddies = {label.buddy() for label in dialog.findChildren(QtWidgets.QLabel) if label.buddy() is not None}
    form = dialog.form
    for name in ("held_on", "start_time", "duration_minutes", "municipality_ags", "place", "contact_type",
                 "interpreter_language", "topics", "legal_domains", "referrals", "notes", "next_steps",
                 "follow_up_on"):
        assert form.widget_for(name) in buddies, name
    qtbot.keyClick(dialog, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # +&2 Wochen (an animated click)
    qtbot.waitUntil(lambda: form.follow_up.text() == (TODAY + dt.timedelta(days=14)).strftime("%d.%m.%Y"))


def test_a_closed_case_says_so_and_saves_nothing(qtbot, open_dialog, session, case_id, vault):  # type: ignore[no-untyped-def]
    cases.change_phase(vault, case_id, "closed", on=TODAY, closing_reason="goals-achieved")
    dialog = open_dialog(session, case_id)
    message = "Der Fall ist abgeschlossen; für eine neue Beratung den Fall bitte erst wieder aufnehmen."
    assert dialog.form.banner.text() == message and "Abschluss" in dialog.form.case_label.text()
    dialog.form.topics.set_checked(["housing"])
    assert dialog.save() is None
    assert dialog.form.banner.text() == message and count(vault) == 0
