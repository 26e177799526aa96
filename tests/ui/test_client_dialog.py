"""The client form: messages at the field, the duplicate warning and its two ways out, drafts."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from kim_desktop.services import clients
from kim_desktop.storage.consultation_tables import Client
from kim_desktop.ui.client_dialog import ClientDialog
from kim_desktop.ui.qt import QtWidgets
from tests.ui.cases_helpers import BORN, answer_questions, app_session

Button = QtWidgets.QMessageBox.StandardButton


def count_clients(vault) -> int:  # type: ignore[no-untyped-def]
    with vault.reader() as db:
        return db.scalar(select(func.count()).select_from(Client))


@pytest.fixture(autouse=True)
def asked(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    return answer_questions(monkeypatch)


@pytest.fixture
def session(vault, deployment, settings):  # type: ignore[no-untyped-def]
    return app_session(vault, deployment, settings)


@pytest.fixture
def mohammad(vault) -> clients.ClientView:  # type: ignore[no-untyped-def]
    return clients.create_client(vault, clients.ClientInput(first_name="Mohammad", last_name="Haddad",
                                                            birth_date=BORN, municipality_ags="05382024"))


def new_dialog(qtbot, session, **fields: str) -> ClientDialog:  # type: ignore[no-untyped-def]
    dialog = ClientDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    for name, text in fields.items():
        getattr(dialog, name).setText(text)
    return dialog


def test_a_similar_person_is_shown_before_saving_and_can_be_created_anyway(qtbot, session, vault,  # type: ignore[no-untyped-def]
                                                                            mohammad):
    dialog = new_dialog(qtbot, session, first_name="Muhammad", last_name="Haddad", birth_date="04.03.1990")
    dialog.accept()
    assert not dialog.duplicates.isHidden()
    assert count_clients(vault) == 1  # nothing stored before the decision
    row = dialog.matches_table.topLevelItem(0)
    assert [row.text(c) for c in range(3)] == ["Mohammad Haddad", "04.03.1990", mohammad.pseudonym]
    assert "gleiches Geburtsdatum" in row.text(3) and "Muhammad/Mohammad" in row.text(3)
    assert dialog.save_button.isHidden() and dialog.save_anyway.isHidden()
    with qtbot.waitSignal(dialog.clientSaved) as saved:
        dialog.create_anyway.click()
    assert dialog.created and saved.args == [dialog.client_id] and dialog.client_id != mohammad.id
    assert count_clients(vault) == 2


def test_the_existing_person_can_be_used_instead(qtbot, session, vault, mohammad):  # type: ignore[no-untyped-def]
    dialog = new_dialog(qtbot, session, first_name="Muhammad", last_name="Haddad", birth_date="4.3.1990")
    dialog.accept()
    with qtbot.waitSignal(dialog.existingChosen) as chosen:
        dialog.use_existing.click()
    assert chosen.args == [mohammad.id]
    assert not dialog.created and dialog.result() == QtWidgets.QDialog.DialogCode.Accepted
    assert count_clients(vault) == 1


def test_changing_the_name_after_the_warning_checks_again(qtbot, session, vault, mohammad):  # type: ignore[no-untyped-def]
    dialog = new_dialog(qtbot, session, first_name="Muhammad", last_name="Haddad", birth_date="04.03.1990")
    dialog.accept()
    dialog.last_name.setText("Yılmaz")
    assert dialog.duplicates.isHidden() and not dialog.save_button.isHidden()
    with qtbot.waitSignal(dialog.clientSaved):
        dialog.accept()  # nobody similar any more: saved at once
    assert count_clients(vault) == 2


def test_an_impossible_birth_date_is_refused_at_the_field_and_nothing_is_saved(qtbot, session, vault):  # type: ignore[no-untyped-def]
    dialog = new_dialog(qtbot, session, first_name="Lina", last_name="Saleh", birth_date="31.02.2000")
    dialog.accept()
    widget, error = dialog.errors.fields["birth_date"]
    assert not error.isHidden()
    assert error.text() == "Den 31.02.2000 gibt es nicht: der Monat hat nur 29 Tage."
    assert widget is dialog.birth_date
    assert dialog.result() != QtWidgets.QDialog.DialogCode.Accepted and dialog.isVisible()
    assert count_clients(vault) == 0
    dialog.birth_date.setText("29.02.2000")
    with qtbot.waitSignal(dialog.clientSaved):
        dialog.accept()
    assert error.isHidden()
    with vault.reader() as db:
        assert clients.get_client(db, dialog.client_id).birth_date == dt.date(2000, 2, 29)


def test_service_rules_are_shown_at_their_field(qtbot, session, vault):  # type: ignore[no-untyped-def]
    dialog = new_dialog(qtbot, session, first_name="Lina", email="lina(at)example")
    dialog.accept()
    assert dialog.errors.fields["email"][1].text() == "Das ist keine E-Mail-Adresse."
    dialog.email.clear()
    dialog.first_name.clear()
    dialog.accept()
    assert dialog.errors.fields["last_name"][1].text() == "Bitte Vor- oder Nachnamen eingeben."
    assert dialog.errors.fields["email"][1].isHidden()
    assert count_clients(vault) == 0


def test_every_field_is_stored(qtbot, session, vault):  # type: ignore[no-untyped-def]
    dialog = new_dialog(qtbot, session, first_name="Lina", last_name="Saleh", birth_date="01.01.85",
                        nationality="syrisch", languages="Arabisch, Deutsch (B1)", phone="0171 234567",
                        email="lina@example.org")
    dialog.gender.setCurrentIndex(dialog.gender.findData("female"))
    dialog.interpreter_needed.setChecked(True)
    dialog.interpreter_language.setText("Arabisch")
    dialog.residence_status.setCurrentIndex(dialog.residence_status.findData("settlement-permit"))
    dialog.municipality.setCurrentIndex(dialog.municipality.findData("05382024"))
    dialog.address.setPlainText("Hauptstraße 1\n53639 Königswinter")
    dialog.household.setPlainText("zwei Kinder")
    dialog.notes.setPlainText("kommt montags")
    with qtbot.waitSignal(dialog.clientSaved):
        dialog.accept()
    with vault.reader() as db:
        stored = clients.get_client(db, dialog.client_id)
    assert (stored.birth_date, stored.gender, stored.interpreter_language, stored.residence_status,
            stored.municipality_ags, stored.address, stored.household, stored.notes) == (
        dt.date(1985, 1, 1), "female", "Arabisch", "settlement-permit", "05382024",
        "Hauptstraße 1\n53639 Königswinter", "zwei Kinder", "kommt montags")


def test_editing_checks_duplicates_only_when_name_or_birth_date_change(qtbot, session, vault, mohammad):  # type: ignore[no-untyped-def]
    other = clients.create_client(vault, clients.ClientInput(first_name="Muhamad", last_name="Hadad"))
    dialog = ClientDialog(session, other.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.first_name.text() == "Muhamad" and dialog.windowTitle() == "Person bearbeiten"
    dialog.phone.setText("0228 1234")
    with qtbot.waitSignal(dialog.clientSaved):
        dialog.accept()  # a missing birth date resembles Mohammad, but the name did not change

    dialog = ClientDialog(session, other.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.birth_date.setText("04.03.1990")
    dialog.accept()
    assert not dialog.duplicates.isHidden()
    assert not dialog.save_anyway.isHidden() and dialog.use_existing.isHidden()
    with qtbot.waitSignal(dialog.clientSaved):
        dialog.save_anyway.click()
    with vault.reader() as db:
        assert clients.get_client(db, other.id).birth_date == BORN
        assert clients.get_client(db, other.id).phone == "0228 1234"


def test_cancel_asks_before_dropping_input_and_a_lock_keeps_it_as_a_draft(qtbot, session, monkeypatch):  # type: ignore[no-untyped-def]
    asked = answer_questions(monkeypatch, Button.Cancel, Button.Discard)
    dialog = new_dialog(qtbot, session, first_name="Lina", birth_date="31.02.")
    dialog.reject()
    assert dialog.isVisible() and len(asked) == 1
    dialog.done(QtWidgets.QDialog.DialogCode.Rejected)  # what a lock does: no question
    draft = dialog.draft()
    assert draft is not None and draft.values["birth_date"] == "31.02."

    restored = ClientDialog(session)
    qtbot.addWidget(restored)
    restored.restore_draft(draft)
    assert (restored.first_name.text(), restored.birth_date.text()) == ("Lina", "31.02.")
    assert "wiederhergestellt" in restored.general.text()
    restored.show()
    restored.reject()
    assert not restored.isVisible() and len(asked) == 2
    assert restored.draft() is None  # the user dropped it

    untouched = new_dialog(qtbot, session)
    untouched.reject()  # nothing typed: no question
    assert len(asked) == 2 and untouched.draft() is None
