"""The "Fälle" section: list and search, new client → new case, opening a case from anywhere, lock."""

from __future__ import annotations

import datetime as dt

import pytest

from kim_desktop.domain.case_cycle import Phase
from kim_desktop.domain.catalogues import ClosingReason
from kim_desktop.services import cases
from kim_desktop.ui.case_detail.open_case_dialog import OpenCaseDialog
from kim_desktop.ui.client_dialog import ClientDialog
from kim_desktop.ui.main_window import MainWindow
from kim_desktop.ui.pages.cases_page import BORN as BORN_COLUMN
from kim_desktop.ui.pages.cases_page import COUNT, NAME, PHASE, CasesPage
from kim_desktop.ui.qt import Qt, QtGui, QtWidgets
from tests.ui.cases_helpers import BORN, TODAY, answer_questions, app_session, dialogs, make_case, record


@pytest.fixture(autouse=True)
def asked(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    return answer_questions(monkeypatch)


@pytest.fixture
def session(vault, deployment, settings):  # type: ignore[no-untyped-def]
    return app_session(vault, deployment, settings)


@pytest.fixture
def page(qtbot, session) -> CasesPage:  # type: ignore[no-untyped-def]
    widget = CasesPage(session)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    return widget


def read(qtbot, page: CasesPage, action=None) -> None:  # type: ignore[no-untyped-def]
    """Runs action (default: reload) and waits until the list, read in the background, shows."""
    with qtbot.waitSignal(page.listLoaded, timeout=10000):
        (action or page.reload)()


def listed(page: CasesPage, column: int = NAME) -> list[str]:
    return [page.proxy.index(row, column).data() for row in range(page.proxy.rowCount())]


def test_the_list_loads_when_shown_and_the_search_narrows_it(qtbot, page, vault):  # type: ignore[no-untyped-def]
    _, amina = make_case(vault)
    make_case(vault, "Ömer", "Özdemir", born=None)
    record(vault, amina)
    assert page.model.rowCount() == 0  # nothing read before the section is opened
    read(qtbot, page, page.show)
    assert listed(page) == ["Amina Haddad", "Ömer Özdemir"]  # newest activity first
    row = page.model.row_of(amina)
    values = [page.model.index(row, column).data() for column in range(7)]
    assert values[1:] == ["Amina Haddad", "04.03.1990", "Königswinter", "Erstkontakt/Clearing",
                          f"{TODAY - dt.timedelta(days=3):%d.%m.%Y}", "1"]
    assert page.count.text() == "2 Fälle"
    assert page.detail.case_id is None  # nobody's case shows by itself

    page.search.setText("özdemir")
    qtbot.waitUntil(lambda: listed(page) == ["Ömer Özdemir"])  # after the typing pause
    assert page.count.text() == "1 Fall"
    pseudonym = page.model.rows[0].pseudonym
    page.search.setText(pseudonym.lower().replace("-", ""))
    read(qtbot, page, page.search.returnPressed.emit)
    assert listed(page) == ["Ömer Özdemir"]


def test_sorting_uses_values_not_texts(qtbot, page, vault):  # type: ignore[no-untyped-def]
    _, first = make_case(vault, "Bea", "Alt", born=dt.date(2001, 1, 2))
    make_case(vault, "Cem", "Jung", born=dt.date(1999, 12, 31))
    for _ in range(10):
        record(vault, first)
    read(qtbot, page)
    page.table.sortByColumn(BORN_COLUMN, Qt.SortOrder.AscendingOrder)
    assert listed(page) == ["Cem Jung", "Bea Alt"]
    page.table.sortByColumn(COUNT, Qt.SortOrder.DescendingOrder)
    assert listed(page, COUNT) == ["10", "0"]


def test_selecting_a_row_shows_the_case(qtbot, page, vault):  # type: ignore[no-untyped-def]
    _, case_id = make_case(vault)
    read(qtbot, page, page.show)
    page.table.selectRow(0)
    assert page.detail.case_id == case_id
    assert page.detail.title.text().startswith("Amina Haddad · K-")


def test_a_new_client_gets_a_case_right_away(qtbot, page, vault):  # type: ignore[no-untyped-def]
    page.show()
    dialog = page.new_client()
    dialog.first_name.setText("Lina")
    dialog.last_name.setText("Saleh")
    dialog.municipality.setCurrentIndex(dialog.municipality.findData("05382008"))
    dialog.accept()
    qtbot.waitUntil(lambda: len(dialogs(page, OpenCaseDialog)) == 1)
    opener = dialogs(page, OpenCaseDialog)[0]
    assert opener.person.text().startswith("Lina Saleh · K-")
    assert opener.municipality.currentData() == "05382008"  # where she lives
    assert opener.focus_box.currentData() == "general"
    opener.focus_box.setCurrentIndex(opener.focus_box.findData("early-language"))
    with qtbot.waitSignal(opener.opened) as opened, qtbot.waitSignal(page.listLoaded):
        opener.accept()
    case_id = opened.args[0]
    assert page.detail.case_id == case_id
    assert page.table.currentIndex().data(Qt.ItemDataRole.UserRole) == case_id
    assert page.detail.overview.focus.text() == "frühkindliche Sprachförderung"
    assert listed(page) == ["Lina Saleh"]


def test_choosing_the_existing_person_shows_their_open_case(qtbot, page, vault):  # type: ignore[no-untyped-def]
    _, case_id = make_case(vault, "Mohammad", "Haddad")
    make_case(vault, "Other", "Person", born=None)
    read(qtbot, page, page.show)
    dialog = page.new_client()
    dialog.first_name.setText("Muhammad")
    dialog.last_name.setText("Haddad")
    dialog.birth_date.setText(f"{BORN:%d.%m.%Y}")
    dialog.accept()
    dialog.use_existing.click()  # the case is listed: selected at once
    assert page.detail.case_id == case_id
    assert page.table.currentIndex().data(Qt.ItemDataRole.UserRole) == case_id
    assert not dialogs(page, OpenCaseDialog)


def test_opening_a_further_case_for_an_existing_client(qtbot, page, vault):  # type: ignore[no-untyped-def]
    client_id, first = make_case(vault)
    cases.change_phase(vault, first, Phase.CLOSED, on=TODAY, closing_reason=ClosingReason.MOVED_AWAY)
    page.show()
    dialog = page.open_case_for_existing()
    dialog.accept()
    assert dialog.errors.fields["client"][1].text() == "Bitte eine Person auswählen."
    dialog.search.setText("haddad")
    assert dialog.hits.count() == 1
    assert dialog.hits.currentItem().text().startswith("Amina Haddad (04.03.1990)")
    assert dialog.existing.isHidden()  # the only case is closed
    assert dialog.municipality.currentData() == "05382024"  # the user's first municipality
    dialog.opened_on.setText("31.02.2026")
    dialog.accept()
    assert "gibt es nicht" in dialog.errors.fields["opened_on"][1].text()
    dialog.opened_on.setText(f"{TODAY:%d.%m.%Y}")
    with qtbot.waitSignal(dialog.opened) as opened, qtbot.waitSignal(page.listLoaded):
        dialog.accept()
    assert opened.args[0] != first and page.detail.case_id == opened.args[0]
    with vault.reader() as db:
        assert len(cases.case_rows(db, client_id=client_id, include_closed=True)) == 2


def test_show_case_finds_a_closed_case_outside_the_filter(qtbot, page, vault):  # type: ignore[no-untyped-def]
    _, closed = make_case(vault, "Zlatan", "Marković")
    cases.change_phase(vault, closed, Phase.CLOSED, on=TODAY, closing_reason=ClosingReason.GOALS_ACHIEVED)
    make_case(vault)
    page.show()
    page.search.setText("Amina")
    read(qtbot, page)
    assert listed(page) == ["Amina Haddad"]
    with qtbot.waitSignal(page.listLoaded):
        assert page.show_case(closed)
    assert page.include_closed.isChecked()
    assert listed(page) == ["Zlatan Marković"] and page.search.text().startswith("K-")
    assert page.table.currentIndex().data(Qt.ItemDataRole.UserRole) == closed
    assert page.detail.case_id == closed and page.detail.overview.phase.text() == "Abschluss"
    assert listed(page, PHASE) == ["Abschluss"]
    assert not page.show_case("00000000-0000-0000-0000-000000000000")


def test_open_case_from_another_page_switches_to_the_cases_section(qtbot, vault, session):  # type: ignore[no-untyped-def]
    _, case_id = make_case(vault)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    assert window.navigation.currentItem().data(Qt.ItemDataRole.UserRole) == "start"
    page = window.pages["cases"]
    with qtbot.waitSignal(page.listLoaded):
        window.pages["profile"].openCaseRequested.emit(case_id)  # what the consultation list will do
    assert window.navigation.currentItem().data(Qt.ItemDataRole.UserRole) == "cases"
    assert window.stack.currentWidget() is page
    assert page.detail.case_id == case_id
    assert page.table.currentIndex().data(Qt.ItemDataRole.UserRole) == case_id
    assert page.search.text() == ""  # listed anyway: the search is left as it was


def test_shortcuts_work_when_the_section_is_shown(qtbot, vault, session, monkeypatch):  # type: ignore[no-untyped-def]
    from tests.ui.cases_helpers import FakeConsultationDialog, install_fakes

    install_fakes(monkeypatch)
    _, case_id = make_case(vault)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()  # shortcuts of the window work only while it is the active one
    qtbot.waitUntil(lambda: QtWidgets.QApplication.activeWindow() is window)
    window.select_section("cases")
    page = window.pages["cases"]
    page.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.search.hasFocus)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(dialogs(page, ClientDialog)) == 1)
    dialogs(page, ClientDialog)[0].reject()
    with qtbot.waitSignal(page.listLoaded):
        window.open_case(case_id)
    window.activateWindow()  # back from the closed dialog
    qtbot.waitUntil(lambda: QtWidgets.QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: FakeConsultationDialog.opened == [(case_id, None)])


def test_a_lock_keeps_unsaved_client_input_and_no_data_in_the_page(qtbot, page, vault, session):  # type: ignore[no-untyped-def]
    _, case_id = make_case(vault)
    read(qtbot, page, page.show)
    page.show_case(case_id)
    dialog = page.new_client()
    dialog.first_name.setText("Lina")
    dialog.birth_date.setText("31.02.")
    dialog.done(0)  # the lock closes dialogs with done(), then asks every page for its draft
    # (Before the fix this test crashed afterwards: the dialog's slot was a lambda holding the page,
    # and freeing the page while the closed dialog was being deleted deleted that dialog twice.)
    draft = page.draft()
    assert draft is not None and draft.case_id == case_id
    assert draft.client.values["first_name"] == "Lina"

    fresh = CasesPage(session)  # after unlock: a new page
    qtbot.addWidget(fresh)
    fresh.show()
    with qtbot.waitSignal(fresh.listLoaded):
        fresh.restore_draft(draft)
    qtbot.waitUntil(lambda: len(dialogs(fresh, ClientDialog)) == 1)
    restored = dialogs(fresh, ClientDialog)[0]
    assert (restored.first_name.text(), restored.birth_date.text()) == ("Lina", "31.02.")
    assert fresh.detail.case_id == case_id
    restored.reject()
    assert fresh.draft() is None


def test_the_detail_follows_changes_in_the_list(qtbot, page, vault):  # type: ignore[no-untyped-def]
    _, case_id = make_case(vault)
    read(qtbot, page, page.show)
    page.show_case(case_id)
    dialog = page.detail.overview.change_phase()
    dialog.phase.setCurrentIndex(dialog.phase.findData("closed"))
    dialog.reason.setCurrentIndex(dialog.reason.findData("no-contact"))
    dialog.accept()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)  # closed cases are hidden ...
    assert page.detail.case_id == case_id  # ... but the one just closed stays in view
    read(qtbot, page, lambda: page.include_closed.setChecked(True))
    assert listed(page, PHASE) == ["Abschluss"]
    assert page.table.currentIndex().data(Qt.ItemDataRole.UserRole) == case_id


def test_key_sequence_texts() -> None:
    assert QtGui.QKeySequence("Ctrl+B").toString() == "Ctrl+B"


def test_locking_with_open_case_dialogs_frees_everything_and_brings_the_client_form_back(  # type: ignore[no-untyped-def]
        qtbot, make_controller, closed_vault):
    from kim_desktop.ui.unlock_dialog import UnlockDialog
    from tests.conftest import PASSWORD

    ctl = make_controller(closed_vault)
    ctl.start()
    ctl.dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(ctl.unlocked, timeout=10000):
        ctl.dialog.try_unlock()
    _, case_id = make_case(ctl.vault)
    page = ctl.window.pages["cases"]
    with qtbot.waitSignal(page.listLoaded):
        ctl.window.open_case(case_id)
    goal = page.detail.goals.add_goal()
    goal.description.setPlainText("Wohnung finden")
    client = page.new_client()
    client.first_name.setText("Lina")
    gone: list[str] = []
    for widget in (page, goal, client):
        widget.destroyed.connect(lambda *_: gone.append("x"))
    del page, goal, client  # as in the program: nothing but the window holds the page
    with qtbot.waitSignal(ctl.locked, timeout=5000):
        ctl.lock()
    qtbot.waitUntil(lambda: len(gone) == 3)  # the page, its detail and both dialogs are gone
    assert isinstance(ctl.dialog, UnlockDialog)
    ctl.dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(ctl.unlocked, timeout=10000):
        ctl.dialog.try_unlock()
    fresh = ctl.window.pages["cases"]
    qtbot.waitUntil(lambda: len(dialogs(fresh, ClientDialog)) == 1)
    assert dialogs(fresh, ClientDialog)[0].first_name.text() == "Lina"
    assert fresh.detail.case_id == case_id
    assert ctl.window.stack.currentWidget() is fresh


def test_a_lock_keeps_an_unsaved_consultation_of_the_shown_case(qtbot, page, vault, session, monkeypatch):  # type: ignore[no-untyped-def]
    from tests.ui.cases_helpers import FakeConsultationDialog, install_fakes

    install_fakes(monkeypatch)
    _, case_id = make_case(vault)
    consultation_id = record(vault, case_id)
    read(qtbot, page, page.show)
    page.show_case(case_id)
    entry = page.detail.edit_consultation(consultation_id)
    entry.notes = "Noch nicht gespeichert"
    entry.done(0)  # the lock
    draft = page.draft()
    assert draft is not None and draft.client is None
    assert (draft.consultation_case_id, draft.consultation.consultation_id) == (case_id, consultation_id)

    fresh = CasesPage(session)
    qtbot.addWidget(fresh)
    fresh.show()
    with qtbot.waitSignal(fresh.listLoaded):
        fresh.restore_draft(draft)
    qtbot.waitUntil(lambda: len(dialogs(fresh, FakeConsultationDialog)) == 1)
    restored = dialogs(fresh, FakeConsultationDialog)[0]
    assert (restored.case_id, restored.consultation_id, restored.notes) == (
        case_id, consultation_id, "Noch nicht gespeichert")
    assert fresh.detail.case_id == case_id
