"""The Meldungen page: a case manager's list (empty state, new via Ctrl+N, submit, withdraw with a
comment, delete a draft, the coordinator's feedback in the history) and a coordinator's inbox."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import select

from kim_desktop.domain.escalation_status import Status
from kim_desktop.domain.roles import Role
from kim_desktop.services import clients, escalations
from kim_desktop.services.escalations import EscalationInput
from kim_desktop.storage.escalation_tables import EscalationReview
from kim_desktop.storage.schema import AuditEntry
from kim_desktop.storage.vault import Vault
from kim_desktop.ui.escalations.page import EscalationsPage
from kim_desktop.ui.qt import Qt, QtWidgets, is_alive
from kim_desktop.ui.session import AppSession
from tests.conftest import PASSWORD
from tests.ui.dialog_stubs import questions_by_title

YES, NO = QtWidgets.QMessageBox.StandardButton.Yes, QtWidgets.QMessageBox.StandardButton.No
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def session(vault, deployment, settings) -> AppSession:  # type: ignore[no-untyped-def]
    return AppSession(vault, deployment, settings)


@pytest.fixture
def answers(monkeypatch):  # type: ignore[no-untyped-def]
    return questions_by_title(monkeypatch)


def show(qtbot, app_session: AppSession) -> EscalationsPage:  # type: ignore[no-untyped-def]
    page = EscalationsPage(app_session)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QtWidgets.QApplication.activeWindow() is page)
    return page


@pytest.fixture
def page(qtbot, session):  # type: ignore[no-untyped-def]
    shown = show(qtbot, session)
    yield shown
    own = shown.own
    for dialog in (own.form_dialog, own.withdraw_dialog, own.withdraw_confirm_dialog):
        if dialog is not None and is_alive(dialog):
            dialog.done(0)
    flow = own.submit_flow
    if flow is not None and flow.confirm_dialog is not None and is_alive(flow.confirm_dialog):
        flow.confirm_dialog.done(0)


def table_titles(page: EscalationsPage) -> list[str]:
    table = page.own.table
    return [table.item(r, 0).text() for r in range(table.rowCount())]


def draft(vault, title: str = "Keine Sprachkurse Marker-Qz1", text: str = "Es fehlen Kurse.") -> str:  # type: ignore[no-untyped-def]
    return escalations.save_draft(vault, EscalationInput(title=title, description=text, case_count=3))


def status_of(vault, escalation_id: str) -> Status:  # type: ignore[no-untyped-def]
    with vault.reader() as s:
        return escalations.current_status(s, escalation_id)


def test_empty_state_then_new_escalation_by_keyboard(qtbot, page, vault) -> None:  # type: ignore[no-untyped-def]
    own = page.own
    assert own.stack.currentWidget() is own.empty
    assert "keine personenbezogenen Daten" in own.empty.text()
    assert not own.edit_button.isEnabled() and not own.withdraw_button.isEnabled()
    qtbot.keyClick(own.new_button, Qt.Key.Key_N, CTRL)
    dialog = own.form_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.watcher.is_ready, timeout=10000)
    qtbot.keyClicks(dialog.title, "Kitaplaetze fehlen Marker-Qz2")
    dialog.description.setPlainText("In drei Kommunen gibt es seit dem Sommer keine freien Plätze.")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: table_titles(page) == ["Kitaplaetze fehlen Marker-Qz2"])
    assert own.stack.currentIndex() == 1
    assert own.table.item(0, 1).text() == "Entwurf"
    assert own.detail_view.values["title"].text() == "Kitaplaetze fehlen Marker-Qz2"
    assert own.edit_button.isEnabled() and own.submit_button.isEnabled() and own.delete_button.isEnabled()
    assert not own.withdraw_button.isEnabled()


def test_delete_draft_asks_first(qtbot, page, vault, answers) -> None:  # type: ignore[no-untyped-def]
    asked, replies = answers
    draft(vault)
    page.refresh()
    page.own.table.setFocus()
    qtbot.keyClick(page.own.table, Qt.Key.Key_Delete)
    assert [title for title, _text in asked] == ["Entwurf löschen?"]
    assert table_titles(page) == ["Keine Sprachkurse Marker-Qz1"], "No keeps it"
    replies["Entwurf löschen?"] = YES
    page.own.delete_button.click()
    assert table_titles(page) == []
    assert page.own.stack.currentWidget() is page.own.empty


def test_submit_from_list_with_findings_then_withdraw_with_comment(qtbot, page, vault, answers) -> None:  # type: ignore[no-untyped-def]
    _asked, replies = answers
    replies["Meldung übermitteln?"] = YES
    escalation_id = draft(vault, text="Rückruf erbeten unter 0176 1234567, bisher ohne Antwort.")
    page.refresh()
    own = page.own
    flow = own.submit_selected()
    assert flow is not None and flow.confirm_dialog is not None
    qtbot.waitUntil(flow.confirm_dialog.isVisible)
    flow.confirm_dialog.reject()
    assert status_of(vault, escalation_id) is Status.DRAFT
    flow = own.submit_selected()
    flow.confirm_dialog.confirm.setChecked(True)
    flow.confirm_dialog.send_button.click()
    qtbot.waitUntil(lambda: own.table.item(0, 1).text() == "übermittelt")
    assert not own.edit_button.isEnabled() and not own.delete_button.isEnabled()
    assert own.withdraw_button.isEnabled()

    dialog = own.withdraw_selected()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.watcher.is_ready, timeout=10000)
    dialog.comment.setPlainText("Bitte anrufen: 0176 1234567")
    qtbot.waitUntil(lambda: len(dialog.findings.items) == 1, timeout=3000)  # the guard as a hint
    dialog.comment.clear()
    qtbot.keyClicks(dialog.comment, "Hat sich erledigt Marker-Qz3")
    dialog.withdraw_button.click()
    qtbot.waitUntil(lambda: own.table.item(0, 1).text() == "zurückgezogen")
    assert status_of(vault, escalation_id) is Status.WITHDRAWN
    history = own.detail_view.history
    comments = [history.item(r, 3).text() for r in range(history.rowCount())]
    assert "Hat sich erledigt Marker-Qz3" in comments
    assert not own.withdraw_button.isEnabled()


def test_personal_data_in_the_withdrawal_comment_needs_a_confirmation(qtbot, page, vault, answers) -> None:  # type: ignore[no-untyped-def]
    escalation_id = draft(vault)
    escalations.submit(vault, escalation_id)
    page.refresh()
    own = page.own
    comment = "Bitte anrufen: 0176 1234567 Marker-Qz7"
    dialog = own.withdraw_selected()
    assert dialog is not None
    dialog.comment.setPlainText(comment)
    dialog.withdraw_button.click()
    confirm = own.withdraw_confirm_dialog
    assert confirm is not None
    qtbot.waitUntil(confirm.isVisible)
    assert status_of(vault, escalation_id) is Status.SUBMITTED  # nothing happened yet
    assert confirm.tree.topLevelItemCount() == 1 and "0176 1234567" in confirm.tree.topLevelItem(0).text(1)
    assert "zurückziehen" in confirm.send_button.text() and not confirm.send_button.isEnabled()

    confirm.reject()  # back to editing: the comment is still there
    qtbot.waitUntil(lambda: own.withdraw_dialog is not dialog and is_alive(own.withdraw_dialog)
                    and own.withdraw_dialog.isVisible())
    assert own.withdraw_dialog.comment.toPlainText() == comment
    assert status_of(vault, escalation_id) is Status.SUBMITTED
    own.withdraw_dialog.withdraw_button.click()
    confirm = own.withdraw_confirm_dialog
    qtbot.waitUntil(confirm.isVisible)
    confirm.confirm.setChecked(True)
    confirm.send_button.click()
    qtbot.waitUntil(lambda: own.table.item(0, 1).text() == "zurückgezogen")
    assert status_of(vault, escalation_id) is Status.WITHDRAWN
    with vault.reader() as s:
        confirmations = s.scalars(select(AuditEntry).where(AuditEntry.action == "escalation.pii-confirmed",
                                                           AuditEntry.record_id == escalation_id)).all()
    assert len(confirmations) == 1


def test_coordinators_feedback_appears_in_the_history(qtbot, page, vault, answers) -> None:  # type: ignore[no-untyped-def]
    escalation_id = draft(vault)
    escalations.submit(vault, escalation_id)
    # What an imported feedback package leaves in the author's vault.
    with vault.transaction() as s:
        s.add(EscalationReview(id=uuid.uuid4(), escalation_id=uuid.UUID(escalation_id),
                               author_device_id=vault.profile.device_id, status=str(Status.IN_REVIEW),
                               feedback="Wird mit dem Jobcenter besprochen Marker-Qz4",
                               at=dt.datetime.now(dt.UTC), coordinator_name="Koordination"))
    page.refresh()
    own = page.own
    assert own.table.item(0, 1).text() == "in Prüfung (Geschäftsstelle)"
    history = own.detail_view.history
    rows = [[history.item(r, c).text() for c in range(4)] for r in range(history.rowCount())]
    feedback = "Wird mit dem Jobcenter besprochen Marker-Qz4"
    assert any(row[2] == "in Prüfung (Geschäftsstelle)" and row[3] == feedback for row in rows), rows
    assert own.withdraw_button.isEnabled(), "still withdrawable while in review"


def test_client_name_in_the_form_is_highlighted_on_the_page(qtbot, page, vault) -> None:  # type: ignore[no-untyped-def]
    clients.create_client(vault, clients.ClientInput(first_name="Youssef", last_name="Benali"))
    dialog = page.own.new_escalation()
    qtbot.waitUntil(lambda: dialog.watcher.is_ready, timeout=10000)
    dialog.description.setPlainText("Herr Youssef Benali bekommt keinen Termin.")
    qtbot.waitUntil(lambda: len(dialog.findings.items) == 1, timeout=3000)  # the debounced check
    assert dialog.description.extraSelections()[0].cursor.selectedText() == "Youssef Benali"


def test_coordinator_vault_shows_the_inbox(qtbot, tmp_path, deployment, settings) -> None:  # type: ignore[no-untyped-def]
    vault = Vault.create(tmp_path / "koordination.kimvault", PASSWORD, role=Role.COORDINATOR,
                         display_name="Koordination")
    try:
        page = show(qtbot, AppSession(vault, deployment, settings))
        from kim_desktop.ui.escalations.inbox import CoordinatorInbox

        assert page.own is None
        assert isinstance(page.inbox, CoordinatorInbox)
        page.hide()
    finally:
        vault.close()


def test_unsaved_form_survives_a_lock(qtbot, page, session) -> None:  # type: ignore[no-untyped-def]
    dialog = page.own.new_escalation()
    dialog.title.setText("Noch nicht gespeichert Marker-Qz5")
    unsaved = page.draft()
    assert unsaved is not None and unsaved.data.title == "Noch nicht gespeichert Marker-Qz5"
    dialog.done(0)
    assert page.draft() is None
    again = show(qtbot, session)
    again.restore_draft(unsaved)
    qtbot.waitUntil(lambda: again.own.form_dialog is not None and again.own.form_dialog.isVisible())
    restored = again.own.form_dialog
    assert restored.title.text() == "Noch nicht gespeichert Marker-Qz5" and restored.is_dirty()
    restored.done(0)
