"""A case page still open while its client is erased (retention, services.retention) or one of its
consultations is deleted: opening what is gone says so in German and reads the case again, which
then shows that it is gone; no traceback, and the erased person is no longer on screen."""

from __future__ import annotations

import datetime as dt

import pytest

from kim_desktop.services import cases, consultations
from kim_desktop.services.retention import delete_client_data
from kim_desktop.ui.case_detail import CaseDetailView
from kim_desktop.ui.case_detail.tab import ID_ROLE
from kim_desktop.ui.consultation_dialog import ConsultationDialog
from kim_desktop.ui.qt import Qt
from kim_desktop.ui.reveal_dialog import RevealDialog
from tests.coordinator_helpers import new_coordinator_vault, shown_actions
from tests.services.test_retention import make_client, make_markers
from tests.ui.cases_helpers import answer_questions, app_session, dialogs, install_fakes, make_case, record
from tests.ui.test_pseudonymised_views import shown_texts

CLOSED_ON = dt.date(2021, 3, 1)  # long past any retention period
GONE = "Dieser Fall ist nicht mehr gespeichert"


@pytest.fixture(autouse=True)
def asked(monkeypatch):  # type: ignore[no-untyped-def]
    return answer_questions(monkeypatch)


@pytest.fixture
def session(vault, deployment, settings):  # type: ignore[no-untyped-def]
    return app_session(vault, deployment, settings)


def erase(session, client_id: str) -> None:  # type: ignore[no-untyped-def]
    delete_client_data(session.vault, client_id, dt.date.today(), session.deployment.policy.retention_years)


def case_of(vault, client_id: str) -> str:  # type: ignore[no-untyped-def]
    with vault.reader() as db:
        [row] = cases.case_rows(db, client_id=client_id, include_closed=True)
    return row.id


def open_view(qtbot, session, case_id: str) -> CaseDetailView:  # type: ignore[no-untyped-def]
    view = CaseDetailView(session)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    assert view.load(case_id)
    return view


def is_gone(view: CaseDetailView) -> bool:
    placeholder = view.placeholder
    return view.data is None and view.stack.currentWidget() is placeholder and GONE in placeholder.text()


def test_opening_a_consultation_of_an_erased_case(qtbot, session, vault):  # type: ignore[no-untyped-def]
    markers = make_markers()
    client_id = make_client(vault, markers, closed_on=CLOSED_ON)
    view = open_view(qtbot, session, case_of(vault, client_id))
    assert markers["last_name"] in view.title.text()
    view.timeline.tree.setCurrentItem(view.timeline.tree.topLevelItem(0))
    erase(session, client_id)
    assert markers["last_name"] in view.title.text(), "nothing tells the open page"
    changed: list[str] = []
    view.changed.connect(changed.append)
    qtbot.mouseClick(view.timeline.open_button, Qt.MouseButton.LeftButton)  # was: RecordNotFound, traceback
    assert dialogs(view, ConsultationDialog) == []
    assert is_gone(view), view.placeholder.text()
    assert not any(marker in shown_texts(view) for marker in markers.values())
    assert len(changed) == 1, "the case list reads its rows again"
    assert view.edit_consultation("c0ffee00-0000-4000-8000-000000000000") is None  # no case: nothing opens


def test_a_deleted_consultation_of_a_case_still_there(qtbot, session, vault):  # type: ignore[no-untyped-def]
    _, case_id = make_case(vault)
    consultation_id = record(vault, case_id, notes="Gelöschte Beratung")
    kept = record(vault, case_id, days_ago=5, notes="Bleibt")
    view = open_view(qtbot, session, case_id)
    assert view.timeline.tree.topLevelItemCount() == 2
    consultations.tombstone_consultation(vault, consultation_id)
    view.timeline.tree.setCurrentItem(view.timeline.tree.topLevelItem(0))
    assert view.timeline.tree.currentItem().data(0, ID_ROLE) == consultation_id
    qtbot.keyClick(view.timeline.tree, Qt.Key.Key_Return)  # Enter opens the selected consultation
    assert dialogs(view, ConsultationDialog) == []
    assert view.case_id == case_id and view.timeline.tree.topLevelItemCount() == 1
    assert view.timeline.tree.topLevelItem(0).data(0, ID_ROLE) == kept
    assert view.message.isVisibleTo(view)
    assert view.message.text() == "Diese Beratung ist nicht mehr gespeichert: sie wurde inzwischen gelöscht."
    assert "Gelöschte Beratung" not in shown_texts(view)
    dialog = view.edit_consultation(kept)  # the one still there opens as before
    assert isinstance(dialog, ConsultationDialog) and dialog.isVisible()
    dialog.reject()


def test_a_new_consultation_for_a_case_erased_meanwhile(qtbot, session, vault):  # type: ignore[no-untyped-def]
    markers = make_markers()
    client_id = make_client(vault, markers, closed_on=None)  # open: a new consultation may be entered
    case_id = case_of(vault, client_id)
    view = open_view(qtbot, session, case_id)
    cases.change_phase(vault, case_id, "closed", on=CLOSED_ON, closing_reason="goals-achieved")
    erase(session, client_id)  # closed and erased on another page; this one still shows it open
    assert view.consultation_button.isEnabled()
    qtbot.mouseClick(view.consultation_button, Qt.MouseButton.LeftButton)
    assert dialogs(view, ConsultationDialog) == [] and is_gone(view)


def test_the_case_is_checked_again_when_the_section_is_shown(qtbot, session, vault):  # type: ignore[no-untyped-def]
    markers = make_markers()
    client_id = make_client(vault, markers, closed_on=CLOSED_ON)
    view = open_view(qtbot, session, case_of(vault, client_id))
    view.hide()  # another section: Datenschutz, where the client is erased
    erase(session, client_id)
    view.show()
    qtbot.waitUntil(lambda: is_gone(view))
    assert not any(marker in shown_texts(view) for marker in markers.values())


def test_a_case_still_there_is_not_read_again_when_shown(qtbot, session, vault, monkeypatch):  # type: ignore[no-untyped-def]
    from kim_desktop.ui.case_detail import widget

    _, case_id = make_case(vault)
    record(vault, case_id)
    record(vault, case_id, days_ago=5)
    view = open_view(qtbot, session, case_id)
    oldest = view.timeline.tree.topLevelItem(1)
    view.timeline.tree.setCurrentItem(oldest)
    checked, read = [], []
    real_check, real_read = widget.entry_case, widget.read_case
    monkeypatch.setattr(widget, "entry_case", lambda db, case: checked.append(case) or real_check(db, case))
    monkeypatch.setattr(widget, "read_case", lambda *args: read.append(args) or real_read(*args))
    view.hide()
    view.show()
    qtbot.waitUntil(lambda: checked == [case_id])
    assert read == [] and view.timeline.tree.currentItem() is oldest, "the selection stays"


def test_the_access_request_for_an_erased_client(qtbot, session, vault, monkeypatch):  # type: ignore[no-untyped-def]
    requests = install_fakes(monkeypatch)
    client_id = make_client(vault, make_markers(), closed_on=CLOSED_ON)
    view = open_view(qtbot, session, case_of(vault, client_id))
    erase(session, client_id)
    qtbot.mouseClick(view.access_button, Qt.MouseButton.LeftButton)
    assert requests == [] and is_gone(view)


def test_a_coordinator_asks_no_reason_for_an_erased_client(qtbot, deployment, settings, tmp_path):  # type: ignore[no-untyped-def]
    with new_coordinator_vault(tmp_path) as vault:
        session = app_session(vault, deployment, settings)
        client_id = make_client(vault, make_markers(), closed_on=CLOSED_ON)
        view = open_view(qtbot, session, case_of(vault, client_id))
        erase(session, client_id)
        qtbot.mouseClick(view.reveal_button, Qt.MouseButton.LeftButton)
        assert dialogs(view, RevealDialog) == [] and is_gone(view)
        assert shown_actions(vault) == [], "no 'personal data shown' for a person who is gone"
        view.close()
