"""The escalation form: saving a draft, the personal-data guard while typing (highlights, the
findings list, UTF-16 offsets) and submitting with findings (back to editing, or confirmed)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from kim_desktop.domain.escalation_status import Status
from kim_desktop.domain.pii_guard import Kind
from kim_desktop.domain.roles import Role
from kim_desktop.services import cases, clients, escalations
from kim_desktop.services.escalations import EscalationInput
from kim_desktop.storage.schema import AuditEntry
from kim_desktop.ui.escalations.form_dialog import EscalationFormDialog
from kim_desktop.ui.escalations.pii_highlight import utf16_offset
from kim_desktop.ui.qt import Qt, QtWidgets, is_alive
from kim_desktop.ui.session import AppSession
from tests.ui.dialog_stubs import questions_by_title

KOENIGSWINTER = "05382024"
YES, NO = QtWidgets.QMessageBox.StandardButton.Yes, QtWidgets.QMessageBox.StandardButton.No
PHONE = "0176 1234567"
CLIENT_FIRST, CLIENT_LAST = "Amina", "Haddadizadeh"


@pytest.fixture
def session(vault, deployment, settings) -> AppSession:  # type: ignore[no-untyped-def]
    return AppSession(vault, deployment, settings)


@pytest.fixture
def case_id(vault) -> str:  # type: ignore[no-untyped-def]
    client = clients.create_client(vault, clients.ClientInput(first_name=CLIENT_FIRST, last_name=CLIENT_LAST,
                                                              birth_date=dt.date(1988, 5, 6)))
    return cases.open_case(vault, client.id, municipality_ags=KOENIGSWINTER, opened_on=dt.date(2026, 9, 1))


@pytest.fixture
def answers(monkeypatch):  # type: ignore[no-untyped-def]
    return questions_by_title(monkeypatch)


def open_form(qtbot, session, **kwargs) -> EscalationFormDialog:  # type: ignore[no-untyped-def]
    dialog = EscalationFormDialog(session, **kwargs)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))  # no "discard input?" question
    dialog.show()
    qtbot.waitUntil(lambda: dialog.watcher.is_ready, timeout=10000)
    return dialog


def fill(dialog: EscalationFormDialog, description: str) -> None:
    dialog.title.setText("Wartezeiten Ausländerbehörde Marker-Qx7")
    dialog.description.setPlainText(description)
    dialog.watcher.check_now()  # the debounce timer is not what these tests are about


def own_rows(vault):  # type: ignore[no-untyped-def]
    with vault.reader() as s:
        return escalations.escalation_rows(s)


def test_draft_saved_with_choices_and_case_link(qtbot, session, vault, case_id) -> None:  # type: ignore[no-untyped-def]
    dialog = open_form(qtbot, session)
    fill(dialog, "Seit 01.03.2022 warten Familien vier Monate auf einen Termin.")
    dialog.legal_domains.set_checked([dialog.legal_domains.codes()[0]])
    dialog.case_links.set_checked([case_id])
    assert dialog.case_count.value() == 1
    dialog.urgency.setCurrentIndex(dialog.urgency.findData("high"))
    dialog.first_seen.setText("01.03.2022")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QtWidgets.QDialog.DialogCode.Accepted
    rows = own_rows(vault)
    assert [r.title for r in rows] == ["Wartezeiten Ausländerbehörde Marker-Qx7"]
    assert rows[0].status is Status.DRAFT and rows[0].urgency == "high"
    with vault.reader() as s:
        detail = escalations.escalation_detail(s, rows[0].id, Role.CASE_MANAGER)
    assert detail.data.case_ids == (case_id,)
    assert detail.data.first_seen == dt.date(2022, 3, 1)
    assert set(detail.data.municipalities) == set(vault.profile.municipalities)


def test_missing_title_is_shown_under_the_field(qtbot, session, vault) -> None:  # type: ignore[no-untyped-def]
    dialog = open_form(qtbot, session)
    dialog.description.setPlainText("Etwas Strukturelles")
    assert dialog.save() is None
    assert dialog.errors["title"].text() == "Bitte einen Titel angeben."
    assert own_rows(vault) == []


def test_phone_number_and_client_name_are_highlighted_and_listed(qtbot, session, case_id) -> None:  # type: ignore[no-untyped-def]
    dialog = open_form(qtbot, session)
    text = f"😀 Frau {CLIENT_FIRST} {CLIENT_LAST} erreicht das Amt unter {PHONE} nicht."
    fill(dialog, text)
    kinds = {item.finding.kind for item in dialog.findings.items}
    assert kinds == {Kind.CLIENT_NAME, Kind.PHONE}
    assert dialog.findings.tree.topLevelItemCount() == 2
    assert "personenbezogene Daten (2)" in dialog.findings.status.text()
    selections = dialog.description.extraSelections()
    marked = sorted(s.cursor.selectedText() for s in selections)
    assert marked == sorted([f"{CLIENT_FIRST} {CLIENT_LAST}", PHONE]), "UTF-16 offsets after the emoji"
    assert all(s.format.toolTip() for s in selections)
    # Enter on a finding selects it in its field, ready to be typed over.
    phone_row = next(i for i, item in enumerate(dialog.findings.items) if item.finding.kind is Kind.PHONE)
    dialog.findings._activated(dialog.findings.tree.topLevelItem(phone_row))
    assert dialog.description.hasFocus() or QtWidgets.QApplication.focusWidget() is dialog.description
    assert dialog.description.textCursor().selectedText() == PHONE
    # Typed away: after the pause the list is empty again.
    dialog.description.setPlainText("Familien erreichen das Amt telefonisch nicht.")
    qtbot.waitUntil(lambda: not dialog.findings.items, timeout=3000)
    assert dialog.description.extraSelections() == []
    assert dialog.findings.status.text() == "Keine Hinweise auf personenbezogene Daten."


def test_title_with_phone_number_is_tinted(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    dialog = open_form(qtbot, session)
    dialog.title.setText(f"Hotline {PHONE} überlastet")
    dialog.watcher.check_now()
    assert dialog.title.styleSheet() and PHONE in dialog.title.toolTip()
    item = dialog.findings.items[0]
    dialog.watcher.select(item)
    assert dialog.title.selectedText() == PHONE


def test_utf16_offset_counts_surrogate_pairs() -> None:
    assert utf16_offset("😀ab", 1) == 2
    assert utf16_offset("äb", 1) == 1


def submit_with_findings(qtbot, session, answers, case_id) -> EscalationFormDialog:  # type: ignore[no-untyped-def]
    _asked, replies = answers
    replies["Meldung übermitteln?"] = YES
    dialog = open_form(qtbot, session)
    fill(dialog, f"Herr {CLIENT_LAST} wartet seit Monaten, Telefon {PHONE}.")
    dialog.submit_button.click()
    qtbot.waitUntil(lambda: dialog.submit_flow is not None and dialog.submit_flow.confirm_dialog is not None
                    and dialog.submit_flow.confirm_dialog.isVisible())
    return dialog


def test_submit_with_findings_back_to_editing_leaves_a_draft(qtbot, session, vault, answers, case_id) -> None:  # type: ignore[no-untyped-def]
    dialog = submit_with_findings(qtbot, session, answers, case_id)
    confirm = dialog.submit_flow.confirm_dialog
    assert confirm.tree.topLevelItemCount() == 2
    assert not confirm.send_button.isEnabled(), "only after the explicit confirmation"
    qtbot.keyClick(confirm, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not is_alive(confirm) or not confirm.isVisible())
    assert dialog.isVisible(), "the form stays open for editing"
    rows = own_rows(vault)
    assert len(rows) == 1 and rows[0].status is Status.DRAFT
    assert dialog.escalation_id == rows[0].id, "saved as a draft before the check"


def test_submit_with_confirmed_findings_is_audited(qtbot, session, vault, answers, case_id) -> None:  # type: ignore[no-untyped-def]
    dialog = submit_with_findings(qtbot, session, answers, case_id)
    confirm = dialog.submit_flow.confirm_dialog
    confirm.confirm.setChecked(True)
    assert confirm.send_button.isEnabled()
    confirm.send_button.click()
    assert dialog.submitted and dialog.result() == QtWidgets.QDialog.DialogCode.Accepted
    rows = own_rows(vault)
    assert rows[0].status is Status.SUBMITTED
    with vault.reader() as s:
        actions = list(s.scalars(select(AuditEntry.action)))
    assert "escalation.pii-confirmed" in actions


def test_clean_text_is_submitted_after_one_question(qtbot, session, vault, answers) -> None:  # type: ignore[no-untyped-def]
    asked, replies = answers
    replies["Meldung übermitteln?"] = YES
    dialog = open_form(qtbot, session)
    fill(dialog, "Die Ausländerbehörde vergibt seit dem Frühjahr keine Termine mehr online.")
    dialog.submit_button.click()
    assert [title for title, _text in asked] == ["Meldung übermitteln?"]
    assert dialog.submitted
    assert own_rows(vault)[0].status is Status.SUBMITTED


def test_editing_a_draft_shows_its_input(qtbot, session, vault) -> None:  # type: ignore[no-untyped-def]
    draft_id = escalations.save_draft(vault, EscalationInput(
        title="Kitaplätze fehlen Marker-Qx8", description="Kein Platz", case_count=7, urgency="acute"))
    with vault.reader() as s:
        data = escalations.escalation_detail(s, draft_id, Role.CASE_MANAGER).data
    dialog = open_form(qtbot, session, escalation_id=draft_id, data=data)
    assert dialog.title.text() == "Kitaplätze fehlen Marker-Qx8"
    assert dialog.case_count.value() == 7 and dialog.urgency.currentData() == "acute"
    dialog.description.setPlainText("Kein Kitaplatz in drei Kommunen")
    assert dialog.save() == draft_id
    assert len(own_rows(vault)) == 1
