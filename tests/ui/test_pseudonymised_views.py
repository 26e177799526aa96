"""A coordinator's views are pseudonymised (DESIGN.md §4): no name, birth date, contact detail or
free text in the case list, case detail, consultation list and follow-ups; the search finds
pseudonyms, not names; "Personendaten anzeigen …" shows them after a reason, audited once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from kim_desktop.domain.consent import Consent
from kim_desktop.domain.personal_data import RevealReason
from kim_desktop.services import cases, clients, consultations
from kim_desktop.services.consultations import ConsultationInput
from kim_desktop.storage.vault import Vault
from kim_desktop.ui.access_request_action import reason_given
from kim_desktop.ui.case_detail import CaseDetailView
from kim_desktop.ui.case_detail.tab import ID_ROLE
from kim_desktop.ui.pages.cases_page import CasesPage
from kim_desktop.ui.pages.consultation_list_page import ConsultationListPage
from kim_desktop.ui.pages.follow_ups_page import FollowUpsPage
from kim_desktop.ui.qt import Qt, QtCore, QtWidgets
from kim_desktop.ui.reveal_dialog import RevealDialog
from tests.coordinator_helpers import new_coordinator_vault, shown_actions
from tests.ui.cases_helpers import (
    HOME,
    TODAY,
    answer_questions,
    app_session,
    dialogs,
    install_fakes,
    make_case,
)

NOTES = "Mietvertrag mit Vermieter Krause besprochen"
ART_15 = "client.personal-data-shown.access-request"
PERSONAL = ("Amina", "Haddad", "04.03.1990", "Hauptstraße", "0171 234567", "amina@", "zwei Kinder", "Arabisch",
            "Wohnung in Siegburg", "Bürgergeld", "Mietvertrag", "Krause", "Vermieter anrufen")


@pytest.fixture(autouse=True)
def asked(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    return answer_questions(monkeypatch)




@pytest.fixture
def coordinator_vault(tmp_path: Path) -> Iterator[Vault]:
    with new_coordinator_vault(tmp_path) as vault:
        yield vault


def fill(vault: Vault) -> tuple[str, str, str]:
    """Through the services, with the vault's own device: (client id, case id, pseudonym)."""
    client_id, case_id = make_case(vault)
    client = clients.update_client(vault, client_id, clients.ClientInput(
        first_name="Amina", last_name="Haddad", birth_date=dt.date(1990, 3, 4), address="Hauptstraße 1",
        phone="0171 234567", email="amina@example.org", household="zwei Kinder", notes="spricht Arabisch"))
    cases.save_goal(vault, case_id, "Wohnung in Siegburg finden")
    cases.add_consent(vault, case_id, Consent("jobcenter", TODAY, "Antrag Bürgergeld"))
    consultations.save_consultation(vault, ConsultationInput(
        case_id=case_id, held_on=TODAY - dt.timedelta(days=3), municipality_ags=HOME, topics=("housing",),
        notes=NOTES, next_steps="Vermieter anrufen", follow_up_on=TODAY + dt.timedelta(days=7)))
    return client_id, case_id, client.pseudonym


@pytest.fixture
def coordinator(coordinator_vault: Vault, deployment, settings):  # type: ignore[no-untyped-def]
    return app_session(coordinator_vault, deployment, settings)


@pytest.fixture
def case_manager(vault: Vault, deployment, settings):  # type: ignore[no-untyped-def]
    return app_session(vault, deployment, settings)


def shown_texts(widget: QtWidgets.QWidget) -> str:
    """Everything the widget and its children show: labels, buttons, lists, trees, tables, text."""
    texts = [widget.windowTitle()]
    for child in [widget, *widget.findChildren(QtWidgets.QWidget)]:
        if isinstance(child, QtWidgets.QLabel | QtWidgets.QAbstractButton | QtWidgets.QLineEdit):
            texts.append(child.text())
        if isinstance(child, QtWidgets.QPlainTextEdit):
            texts.append(child.toPlainText())
        if isinstance(child, QtWidgets.QTreeWidget):
            for row in range(child.topLevelItemCount()):
                item = child.topLevelItem(row)
                texts += [item.text(c) for c in range(item.columnCount())]
                texts += [item.toolTip(c) for c in range(item.columnCount())]
        if isinstance(child, QtWidgets.QAbstractItemView) and not isinstance(child, QtWidgets.QTreeWidget):
            texts += model_texts(child.model())
    return "\n".join(t for t in texts if t)


def model_texts(model: QtCore.QAbstractItemModel) -> list[str]:
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    return [str(model.index(row, column).data(role) or "") for row in range(model.rowCount())
            for column in range(model.columnCount()) for role in roles]


def leaked(text: str) -> list[str]:
    return [word for word in PERSONAL if word in text]



def shown(qtbot, widget):  # type: ignore[no-untyped-def]
    """On screen (pages read their data when shown), closed by pytest-qt after the test."""
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    return widget


def cases_page(qtbot, session) -> CasesPage:  # type: ignore[no-untyped-def]
    page = CasesPage(session)
    with qtbot.waitSignal(page.listLoaded, timeout=10000):
        shown(qtbot, page)
    return page


def search(qtbot, page: CasesPage, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.listLoaded, timeout=10000):
        page.search.setText(text)
    return [page.model.rows[row].id for row in range(page.model.rowCount())]


def detail(qtbot, session) -> CaseDetailView:  # type: ignore[no-untyped-def]
    return shown(qtbot, CaseDetailView(session))


# --- the case list and its search -------------------------------------------------------------------

def test_the_case_list_shows_pseudonyms_and_finds_by_pseudonym_only(qtbot, coordinator, coordinator_vault):  # type: ignore[no-untyped-def]
    _, case_id, pseudonym = fill(coordinator_vault)
    page = cases_page(qtbot, coordinator)
    assert [row.id for row in page.model.rows] == [case_id]
    assert pseudonym in shown_texts(page) and leaked(shown_texts(page)) == []
    assert page.new_client_button.isHidden() and page.new_client() is None  # its duplicate check lists names
    assert search(qtbot, page, "Haddad") == [] and search(qtbot, page, "amina") == []
    assert search(qtbot, page, pseudonym) == [case_id]
    assert search(qtbot, page, pseudonym.replace("-", "").lower()) == [case_id]
    page.table.selectRow(0)  # the detail below the list: pseudonymised too
    qtbot.waitUntil(lambda: page.detail.case_id == case_id)
    assert leaked(shown_texts(page)) == []


def test_a_case_manager_still_sees_names(qtbot, case_manager, vault):  # type: ignore[no-untyped-def]
    client_id, case_id, pseudonym = fill(vault)
    page = cases_page(qtbot, case_manager)
    assert "Amina Haddad" in shown_texts(page) and not page.new_client_button.isHidden()
    assert search(qtbot, page, "Haddad") == [case_id]
    view = detail(qtbot, case_manager)
    assert view.load(case_id)
    assert view.title.text() == f"Amina Haddad · {pseudonym}"
    assert view.reveal_button.isHidden() and view.overview.edit_client_button.isEnabled()
    assert leaked(shown_texts(view)) == list(PERSONAL)
    follow_ups = shown(qtbot, FollowUpsPage(case_manager))
    assert "Amina Haddad" in model_texts(follow_ups.model)


# --- the case detail and "Personendaten anzeigen …" -------------------------------------------------

def test_the_case_detail_hides_the_person(qtbot, coordinator, coordinator_vault):  # type: ignore[no-untyped-def]
    _, case_id, pseudonym = fill(coordinator_vault)
    view = detail(qtbot, coordinator)
    assert view.load(case_id)
    shown = shown_texts(view)
    assert leaked(shown) == []
    assert view.title.text() == f"{pseudonym} · (pseudonymisiert)"
    assert view.overview.name.text() == view.overview.birth_date.text() == "(pseudonymisiert)"
    assert view.overview.nationality.text() == "–"  # statistical fields stay
    assert view.timeline.tree.topLevelItemCount() == 1
    assert "(pseudonymisiert)" in view.timeline.details.toPlainText()
    # Forms that would show what the detail hides stay closed.
    assert not view.overview.edit_client_button.isEnabled() and view.overview.edit_client() is None
    assert not view.consultation_button.isEnabled() and view.new_consultation() is None
    consultation_id = view.timeline.tree.topLevelItem(0).data(0, ID_ROLE)
    assert not view.timeline.open_button.isEnabled() and view.edit_consultation(consultation_id) is None
    view.goals.tree.setCurrentItem(view.goals.tree.topLevelItem(0))
    assert not view.goals.edit_button.isEnabled() and view.goals.edit_goal() is None
    view.consents.tree.setCurrentItem(view.consents.tree.topLevelItem(0))
    assert not view.consents.revoke_button.isEnabled() and view.consents.revoke_consent() is None
    assert view.reveal_button.isVisible() and view.reveal_button.text() == "Personendaten anze&igen …"


def test_a_reason_shows_the_person_and_is_audited_once(qtbot, coordinator, coordinator_vault):  # type: ignore[no-untyped-def]
    client_id, case_id, pseudonym = fill(coordinator_vault)
    other_id, other_case = make_case(coordinator_vault, "Ömer", "Özdemir")
    view = detail(qtbot, coordinator)
    view.load(case_id)
    qtbot.mouseClick(view.reveal_button, Qt.MouseButton.LeftButton)
    [dialog] = dialogs(view, RevealDialog)
    assert pseudonym in shown_texts(dialog) and dialog.chosen() is None
    dialog.accept()  # no reason chosen: nothing happens
    assert dialog.error.text() == "Bitte einen Grund wählen." and dialog.isVisible()
    assert shown_actions(coordinator_vault) == []
    supervision = dialog.buttons_by_reason[RevealReason.SUPERVISION]
    supervision.setFocus()
    qtbot.keyClick(supervision, Qt.Key.Key_Space)  # by keyboard: the reason, then Enter
    assert dialog.chosen() is RevealReason.SUPERVISION
    with qtbot.waitSignal(dialog.revealed):
        qtbot.keyClick(supervision, Qt.Key.Key_Return)
    assert view.title.text() == f"Amina Haddad · {pseudonym}"
    assert view.overview.address.text() == "Hauptstraße 1" and NOTES in view.timeline.details.toPlainText()
    assert view.overview.edit_client_button.isEnabled() and view.consultation_button.isEnabled()
    assert view.reveal_button.text() == "Personendaten a&usblenden"
    assert shown_actions(coordinator_vault) == [(RevealReason.SUPERVISION.audit_action, "client", client_id)]
    tree = view.audit.tree
    action_texts = [tree.topLevelItem(i).text(3) for i in range(tree.topLevelItemCount())]
    assert "Personendaten angezeigt: Fachaufsicht oder Beschwerde" in action_texts
    view.reload()  # the same case read again (after a change): still shown
    assert view.overview.name.text() == "Amina Haddad"

    view.load(other_case)  # another case: hidden again, and the first one too when it comes back
    assert view.overview.name.text() == "(pseudonymisiert)" and not view.personal.may_see(other_id)
    view.load(case_id)
    assert leaked(shown_texts(view)) == []
    assert len(shown_actions(coordinator_vault)) == 1


def test_hiding_again_and_leaving_the_section(qtbot, coordinator, coordinator_vault):  # type: ignore[no-untyped-def]
    client_id, case_id, _ = fill(coordinator_vault)
    view = detail(qtbot, coordinator)
    view.load(case_id)
    view.personal.reveal(coordinator_vault, client_id, RevealReason.DEPUTY)
    view.reload()
    assert view.overview.name.text() == "Amina Haddad"
    qtbot.mouseClick(view.reveal_button, Qt.MouseButton.LeftButton)  # "ausblenden": no dialog, no entry
    assert dialogs(view, RevealDialog) == [] and leaked(shown_texts(view)) == []
    view.personal.reveal(coordinator_vault, client_id, RevealReason.DEPUTY)
    view.reload()
    view.hide()  # the section is left
    assert leaked(shown_texts(view)) == [] and not view.personal.may_see(client_id)


def test_cancel_shows_nothing_and_writes_nothing(qtbot, coordinator, coordinator_vault):  # type: ignore[no-untyped-def]
    _, case_id, _ = fill(coordinator_vault)
    view = detail(qtbot, coordinator)
    view.load(case_id)
    dialog = view.reveal_personal_data()
    dialog.buttons_by_reason[RevealReason.OTHER].setChecked(True)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert shown_actions(coordinator_vault) == [] and leaked(shown_texts(view)) == []


def test_the_access_request_asks_for_the_reason_first(qtbot, coordinator, coordinator_vault, monkeypatch):  # type: ignore[no-untyped-def]
    requests = install_fakes(monkeypatch)
    client_id, case_id, _ = fill(coordinator_vault)
    view = detail(qtbot, coordinator)
    view.load(case_id)
    view.access_request()
    [dialog] = dialogs(view, RevealDialog)
    assert dialog.chosen() is RevealReason.ACCESS_REQUEST and requests == []
    dialog.accept()
    qtbot.waitUntil(lambda: len(requests) == 1)
    assert requests[0][2] == client_id
    assert shown_actions(coordinator_vault) == [(ART_15, "client", client_id)]
    view.access_request()  # shown already: no second question, no second entry
    assert len(requests) == 2 and len(shown_actions(coordinator_vault)) == 1


def test_the_access_request_action_itself_asks_a_coordinator(qtbot, coordinator, case_manager,  # type: ignore[no-untyped-def]
                                                             coordinator_vault, vault, monkeypatch):
    client_id, _, pseudonym = fill(coordinator_vault)
    parent = QtWidgets.QWidget()
    qtbot.addWidget(parent)
    answers = [QtWidgets.QDialog.DialogCode.Rejected, QtWidgets.QDialog.DialogCode.Accepted]

    def exec_(dialog: RevealDialog) -> int:  # the user cancels once, then confirms the preselected reason
        if answers.pop(0) == QtWidgets.QDialog.DialogCode.Accepted:
            dialog.accept()
        else:
            dialog.reject()
        return dialog.result()

    monkeypatch.setattr(RevealDialog, "exec", exec_)
    assert not reason_given(parent, coordinator, client_id, pseudonym, None)
    assert shown_actions(coordinator_vault) == []
    assert reason_given(parent, coordinator, client_id, pseudonym, None)
    assert shown_actions(coordinator_vault) == [(ART_15, "client", client_id)]
    manager_client, _ = make_case(vault)
    assert reason_given(parent, case_manager, manager_client, "K-0000-00", None)  # never asked
    assert answers == [] and shown_actions(vault) == []


# --- the lists ----------------------------------------------------------------------------------------

def test_the_consultation_list_is_pseudonymised_and_its_search_too(qtbot, coordinator, coordinator_vault):  # type: ignore[no-untyped-def]
    _, case_id, pseudonym = fill(coordinator_vault)
    page = shown(qtbot, ConsultationListPage(coordinator))
    assert page.model.rowCount() == 1 and page.model.case_id(0) == case_id
    assert pseudonym in model_texts(page.model) and leaked(shown_texts(page)) == []
    for text in ("Haddad", "amina", "Mietvertrag", "Krause"):  # names and notes find nothing
        page.search.setText(text)
        page.apply_filter()
        assert page.model.rowCount() == 0, text
    page.search.setText(pseudonym)
    page.apply_filter()
    assert page.model.rowCount() == 1
    qtbot.waitUntil(lambda: page.count_label.text() == "1 Beratung")


def test_the_follow_ups_are_pseudonymised(qtbot, coordinator, coordinator_vault):  # type: ignore[no-untyped-def]
    _, case_id, pseudonym = fill(coordinator_vault)
    page = shown(qtbot, FollowUpsPage(coordinator))
    assert [row.case_id for row in page.model.rows] == [case_id]
    assert pseudonym in model_texts(page.model) and leaked(shown_texts(page)) == []
    page.table.selectRow(0)
    page.mark_done()
    assert page.status.text().startswith(f"Erledigt: {pseudonym},")


def test_a_form_kept_over_a_lock_comes_back_only_with_a_reason(qtbot, coordinator, coordinator_vault,  # type: ignore[no-untyped-def]
                                                               monkeypatch):
    from tests.ui.cases_helpers import FakeConsultationDialog

    install_fakes(monkeypatch)
    client_id, case_id, _ = fill(coordinator_vault)
    page = cases_page(qtbot, coordinator)
    page.show_case(case_id)
    page.detail.personal.reveal(coordinator_vault, client_id, RevealReason.CORRECTION)
    page.detail.reload()
    entry = page.detail.new_consultation()
    entry.notes = "Noch nicht gespeichert"
    entry.done(0)  # the lock
    draft = page.draft()

    for answer in ("cancel", "confirm"):
        fresh = shown(qtbot, CasesPage(coordinator))
        with qtbot.waitSignal(fresh.listLoaded):
            fresh.restore_draft(draft)
        qtbot.waitUntil(lambda: len(dialogs(fresh.detail, RevealDialog)) == 1)  # noqa: B023
        assert dialogs(fresh, FakeConsultationDialog) == [] and leaked(shown_texts(fresh.detail)) == []
        reveal = dialogs(fresh.detail, RevealDialog)[0]
        if answer == "cancel":
            reveal.reject()
            assert dialogs(fresh, FakeConsultationDialog) == [] and len(shown_actions(coordinator_vault)) == 1
            continue
        reveal.buttons_by_reason[RevealReason.CORRECTION].setChecked(True)
        reveal.accept()
        [restored] = dialogs(fresh, FakeConsultationDialog)
        assert restored.notes == "Noch nicht gespeichert"
        assert fresh.detail.overview.name.text() == "Amina Haddad"
        assert len(shown_actions(coordinator_vault)) == 2
