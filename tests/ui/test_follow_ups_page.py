"""Wiedervorlagen: the list with overdue ones marked in words, done/undo, opening the case, and
the notice on the start page."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from kim_desktop.services import cases, clients, consultations
from kim_desktop.services.consultations import ConsultationInput
from kim_desktop.storage.consultation_tables import Consultation
from kim_desktop.ui.pages.follow_ups_page import OVERDUE_BACKGROUND, STATE, FollowUpsPage
from kim_desktop.ui.pages.start_page import StartPage
from kim_desktop.ui.qt import Qt
from kim_desktop.ui.session import AppSession

TODAY = dt.date.today()
HOME = "05382024"


def follow_up(vault, first: str, due_in_days: int, *, done: bool = False) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """A client, a case and a consultation with a follow-up due in `due_in_days`: (case, consultation)."""
    client = clients.create_client(vault, clients.ClientInput(first_name=first, last_name="Test"))
    case_id = cases.open_case(vault, client.id, municipality_ags=HOME,
                              opened_on=TODAY - dt.timedelta(days=90))
    held_on = min(TODAY, TODAY + dt.timedelta(days=due_in_days)) - dt.timedelta(days=1)
    consultation_id = consultations.save_consultation(vault, ConsultationInput(
        case_id=case_id, held_on=held_on, municipality_ags=HOME, topics=("housing",),
        next_steps=f"Nachfassen bei {first}", follow_up_on=TODAY + dt.timedelta(days=due_in_days)))
    if done:
        consultations.set_follow_up_done(vault, consultation_id)
    return case_id, consultation_id


@pytest.fixture
def session(vault, deployment, settings) -> AppSession:  # type: ignore[no-untyped-def]
    return AppSession(vault, deployment, settings)


@pytest.fixture
def records(vault) -> dict[str, tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {"overdue": follow_up(vault, "Olena", -3), "today": follow_up(vault, "Mohammad", 0),
            "soon": follow_up(vault, "Ayse", 5), "later": follow_up(vault, "Tesfaye", 20),
            "done": follow_up(vault, "Erledigt", -1, done=True)}


def shown_page(qtbot, session) -> FollowUpsPage:  # type: ignore[no-untyped-def]
    page = FollowUpsPage(session)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def names(page: FollowUpsPage) -> list[str]:
    return [row.client_name for row in page.model.rows]


def test_overdue_follow_ups_come_first_and_say_so(qtbot, session, records):  # type: ignore[no-untyped-def]
    page = shown_page(qtbot, session)
    assert names(page) == ["Olena Test", "Mohammad Test", "Ayse Test"], "next 7 days, overdue included"
    overdue = page.model.index(0, STATE)
    assert page.model.data(overdue) == "überfällig seit 3 Tagen", "in words, not by colour alone"
    assert page.model.data(overdue, Qt.ItemDataRole.BackgroundRole) == OVERDUE_BACKGROUND
    assert page.model.data(page.model.index(1, STATE)) == "heute fällig"
    assert page.model.data(page.model.index(1, STATE), Qt.ItemDataRole.BackgroundRole) is None
    assert page.summary.text() == "1 überfällig, 3 insgesamt"

    expected = {"heute": ["Olena Test", "Mohammad Test"],
                "nächste 30 Tage": ["Olena Test", "Mohammad Test", "Ayse Test", "Tesfaye Test"],
                "alle offenen": ["Olena Test", "Mohammad Test", "Ayse Test", "Tesfaye Test"]}
    for label, wanted in expected.items():
        page.range.setCurrentIndex(page.range.findText(label))
        assert names(page) == wanted, label


def test_space_marks_done_and_undo_brings_it_back(qtbot, session, records, vault):  # type: ignore[no-untyped-def]
    page = shown_page(qtbot, session)
    page.table.setFocus()
    assert page.current_row().client_name == "Olena Test"
    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    assert names(page) == ["Mohammad Test", "Ayse Test"]
    assert page.current_row().client_name == "Mohammad Test", "the next one is ready for the next key"
    with vault.reader() as s:
        assert s.get(Consultation, uuid.UUID(records["overdue"][1])).follow_up_done
    page.undo_button.click()
    assert names(page) == ["Olena Test", "Mohammad Test", "Ayse Test"]
    page.table.selectRow(1)
    page.table.setFocus()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert names(page) == ["Olena Test", "Ayse Test"]


def test_enter_and_double_click_ask_for_the_case(qtbot, session, records):  # type: ignore[no-untyped-def]
    page = shown_page(qtbot, session)
    page.table.selectRow(2)
    with qtbot.waitSignal(page.openCaseRequested) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [records["soon"][0]]
    cell = page.table.visualRect(page.model.index(1, 2)).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)  # a press comes first
    with qtbot.waitSignal(page.openCaseRequested) as opened:
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert opened.args == [records["today"][0]]


def test_empty_list_says_so(qtbot, session):  # type: ignore[no-untyped-def]
    page = shown_page(qtbot, session)
    assert page.model.rowCount() == 0 and page.empty.isVisible() and not page.done_button.isEnabled()


def test_start_page_counts_and_leads_to_the_list(qtbot, session, records, vault):  # type: ignore[no-untyped-def]
    start = StartPage(session)
    qtbot.addWidget(start)
    assert start.follow_ups.text() == "", "not counted while hidden"
    start.show()
    qtbot.waitExposed(start)
    qtbot.waitUntil(lambda: start.follow_ups.text() == "Wiedervorlagen: 1 überfällig, 1 heute fällig")
    consultations.set_follow_up_done(vault, records["today"][1])
    start.hide()
    start.show()
    qtbot.waitUntil(lambda: start.follow_ups.text() == "Wiedervorlagen: 1 überfällig, 0 heute fällig")

    from kim_desktop.ui.main_window import MainWindow

    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    window.select_section("start")
    window.pages["start"].follow_ups_button.click()
    assert window.navigation.currentItem().data(Qt.ItemDataRole.UserRole) == "follow-ups"
    assert names(window.pages["follow-ups"]) == ["Olena Test", "Ayse Test"]


def test_follow_up_counts_match_the_list(vault, records):  # type: ignore[no-untyped-def]
    with vault.reader() as s:
        counts = consultations.follow_up_counts(s, TODAY, device_id=vault.profile.device_id)
        rows = consultations.follow_ups(s, TODAY, days_ahead=0, device_id=vault.profile.device_id)
        other = consultations.follow_up_counts(s, TODAY, device_id="ein-anderes-geraet")
    assert (counts.overdue, counts.due_today) == (1, 1)
    assert counts.overdue + counts.due_today == len(rows)
    assert (other.overdue, other.due_today) == (0, 0)
