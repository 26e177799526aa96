"""The coordinator's escalation inbox: imported escalations listed and filtered, review with
feedback, merging duplicates, and the Lenkungsgruppe tab (meeting, agenda, decision, PDF).

Escalations arrive in a coordinator's vault by import; here they are written as the importer
leaves them (rows owned by another device, see tests/reports/test_steering_agenda.add_imported).
Modal dialogs are driven by replacing their exec() with what a user would do in them.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kim_desktop.domain.escalation_status import Status
from kim_desktop.domain.roles import Role
from kim_desktop.services import escalations, steering_group
from kim_desktop.storage.vault import Vault
from kim_desktop.ui.escalations import agenda_view
from kim_desktop.ui.escalations import inbox as inbox_module
from kim_desktop.ui.escalations.agenda_dialogs import AddItemsDialog, DecisionDialog, MeetingDialog
from kim_desktop.ui.escalations.inbox import CoordinatorInbox
from kim_desktop.ui.escalations.merge_dialog import MergeDialog
from kim_desktop.ui.escalations.review_dialog import ReviewDialog
from kim_desktop.ui.models.escalation_table_model import (
    CASES,
    ID_ROLE,
    SORT_ROLE,
    SOURCES,
    TITLE,
    EscalationTableModel,
    Labels,
)
from kim_desktop.ui.qt import Qt, QtWidgets
from kim_desktop.ui.session import AppSession
from tests.coordinator_helpers import new_coordinator_vault
from tests.reports.test_steering_agenda import (
    AUTHOR_A,
    DEVICE_A,
    DEVICE_B,
    KOENIGSWINTER,
    SIEGBURG,
    add_imported,
    add_profile,
    pdf_text,
)

WAITING = "Wartezeiten Ausländerbehörde Quirlmarker"
KITA = "Kita-Plätze Zwirbelmarker"
WAITING_TOO = "Lange Wartezeiten Schnurrmarker"


@pytest.fixture
def coordinator(tmp_path: Path):  # type: ignore[no-untyped-def]
    with new_coordinator_vault(tmp_path) as vault:
        yield vault


@pytest.fixture
def imported(coordinator: Vault) -> dict[str, str]:
    add_profile(coordinator, DEVICE_A, AUTHOR_A)
    return {
        WAITING: add_imported(coordinator, DEVICE_A, WAITING, case_count=4),
        KITA: add_imported(coordinator, DEVICE_B, KITA, municipalities=(KOENIGSWINTER,),
                           legal_domains=("sgb-viii",), urgency="acute"),
        WAITING_TOO: add_imported(coordinator, DEVICE_B, WAITING_TOO, municipalities=(SIEGBURG,),
                                  case_count=2, urgency="medium"),
    }


@pytest.fixture
def inbox(coordinator, deployment, settings, qtbot) -> CoordinatorInbox:  # type: ignore[no-untyped-def]
    widget = CoordinatorInbox(AppSession(coordinator, deployment, settings))
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def titles(inbox: CoordinatorInbox) -> list[str]:
    proxy = inbox.proxy
    return sorted(proxy.index(row, TITLE).data() for row in range(proxy.rowCount()))


def cell(inbox: CoordinatorInbox, title: str, column: int) -> str:
    proxy = inbox.proxy
    for row in range(proxy.rowCount()):
        if proxy.index(row, TITLE).data() == title:
            return str(proxy.index(row, column).data())
    raise AssertionError(f"{title} not listed")


def drive(monkeypatch: pytest.MonkeyPatch, dialog_class: type[QtWidgets.QDialog],
          act: Callable[[Any], None]) -> list[Any]:
    """dialog_class.exec() does `act(dialog)` instead of waiting for a user; returns the dialogs."""
    seen: list[Any] = []

    def exec_(self: Any) -> int:
        seen.append(self)
        act(self)
        return int(self.result())

    monkeypatch.setattr(dialog_class, "exec", exec_)
    return seen


def test_lists_imported_escalations_and_filters_them(coordinator: Vault, imported: dict[str, str],
                                                     inbox: CoordinatorInbox) -> None:
    escalations.review(coordinator, imported[WAITING_TOO], status=Status.RESOLVED, feedback="Erledigt.")
    inbox.refresh()
    assert titles(inbox) == sorted([WAITING, KITA]), "'alle offenen' leaves ended ones out"
    assert cell(inbox, WAITING, 7) == AUTHOR_A
    assert cell(inbox, KITA, 2) == "akut" and cell(inbox, KITA, 3) == "Königswinter"
    assert cell(inbox, KITA, 4) == "SGB VIII"

    inbox.status_filter.setCurrentIndex(inbox.status_filter.findData(str(Status.RESOLVED)))
    assert titles(inbox) == [WAITING_TOO]
    inbox.status_filter.setCurrentIndex(inbox.status_filter.findData("all"))
    assert len(titles(inbox)) == 3
    inbox.municipality_filter.setCurrentIndex(inbox.municipality_filter.findData(KOENIGSWINTER))
    assert titles(inbox) == [KITA]
    inbox.municipality_filter.setCurrentIndex(0)
    inbox.domain_filter.setCurrentIndex(inbox.domain_filter.findData("sgb-ii"))
    assert titles(inbox) == sorted([WAITING, WAITING_TOO])
    inbox.domain_filter.setCurrentIndex(0)
    inbox.urgency_filter.setCurrentIndex(inbox.urgency_filter.findData("acute"))
    assert titles(inbox) == [KITA]
    inbox.urgency_filter.setCurrentIndex(0)
    inbox.title_filter.setText("wartezeiten")
    assert titles(inbox) == sorted([WAITING, WAITING_TOO])
    inbox.title_filter.setText("gibt es nicht")
    assert titles(inbox) == [] and inbox.empty.isVisible()


def test_detail_shows_fields_and_history(imported: dict[str, str], inbox: CoordinatorInbox) -> None:
    inbox.select([imported[WAITING]])
    html = inbox.detail.toPlainText()
    assert WAITING in html and "Hennef" in html and "Jobcenter" in html and "01.09.2026" in html
    assert "übermittelt" in html and AUTHOR_A in html
    assert inbox.review_button.isEnabled() and not inbox.merge_button.isEnabled()


def test_review_moves_submitted_to_in_review_with_feedback(  # type: ignore[no-untyped-def]
        coordinator: Vault, imported: dict[str, str], inbox: CoordinatorInbox,
        monkeypatch: pytest.MonkeyPatch, qtbot) -> None:
    def answer(dialog: ReviewDialog) -> None:
        assert set(dialog.status_buttons) == {Status.IN_REVIEW, Status.RESOLVED, Status.UNSOLVABLE}
        dialog.choose(Status.IN_REVIEW)
        dialog.feedback.setPlainText("Wir nehmen das auf Knotenmarker")
        dialog.accept()

    seen = drive(monkeypatch, ReviewDialog, answer)
    inbox.select([imported[WAITING]])
    inbox.table.setFocus()
    qtbot.keyClick(inbox.table, Qt.Key.Key_Return)  # Enter on a row opens the review
    assert len(seen) == 1
    with coordinator.reader() as session:
        detail = escalations.escalation_detail(session, imported[WAITING], Role.COORDINATOR)
    assert detail.row.status is Status.IN_REVIEW
    assert detail.history[-1].comment == "Wir nehmen das auf Knotenmarker"
    assert cell(inbox, WAITING, 1) == "in Prüfung (Geschäftsstelle)"
    assert "Knotenmarker" in inbox.detail.toPlainText(), "the detail pane shows the new history entry"
    assert "Rückmeldungspaket" in inbox.message.text()


def test_review_without_status_needs_feedback(  # type: ignore[no-untyped-def]
        coordinator, deployment, settings, imported: dict[str, str], qtbot) -> None:
    with coordinator.reader() as session:
        detail = escalations.escalation_detail(session, imported[KITA], Role.COORDINATOR)
    dialog = ReviewDialog(AppSession(coordinator, deployment, settings), detail)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    error = dialog.errors.fields["feedback"][1]
    assert error.isVisible() and "Rückmeldung" in error.text()
    assert dialog.result() != QtWidgets.QDialog.DialogCode.Accepted
    dialog.feedback.setPlainText("Bitte Zahlen aus Königswinter nachreichen.")
    dialog.accept()
    assert dialog.result() == QtWidgets.QDialog.DialogCode.Accepted
    with coordinator.reader() as session:
        after = escalations.escalation_detail(session, imported[KITA], Role.COORDINATOR)
    assert after.row.status is Status.SUBMITTED and after.history[-1].status is None


def test_merge_two_keeps_both_sources(coordinator: Vault, imported: dict[str, str], inbox: CoordinatorInbox,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    def answer(dialog: MergeDialog) -> None:
        dialog.choose(imported[WAITING])
        dialog.accept()

    drive(monkeypatch, MergeDialog, answer)
    inbox.select([imported[WAITING], imported[WAITING_TOO]])
    assert inbox.merge_button.isEnabled() and not inbox.review_button.isEnabled()
    inbox.merge_button.click()
    assert titles(inbox) == sorted([WAITING, KITA]), "the duplicate is folded into its primary"
    assert cell(inbox, WAITING, SOURCES) == "+1 zusammengeführt"
    assert cell(inbox, WAITING, CASES) == "6"
    assert inbox.selected_ids() == [imported[WAITING]]
    assert WAITING_TOO in inbox.detail.toPlainText(), "the detail lists the merged source"


def test_meeting_agenda_decision_and_pdf(  # type: ignore[no-untyped-def]
        coordinator: Vault, imported: dict[str, str], inbox: CoordinatorInbox,
        monkeypatch: pytest.MonkeyPatch, qtbot, tmp_path: Path) -> None:
    for key in (WAITING, KITA):
        escalations.review(coordinator, imported[key], status=Status.IN_REVIEW, feedback="In Prüfung.")
    view = inbox.steering
    inbox.tabs.setCurrentWidget(view)
    assert not view.add_button.isEnabled(), "no meeting yet"

    def fill_meeting(dialog: MeetingDialog) -> None:
        dialog.held_on.setText("9.12.26")
        dialog.title.setText("Sitzung Dezember")
        dialog.place.setText("Kreishaus, Raum 3")
        dialog.accept()

    drive(monkeypatch, MeetingDialog, fill_meeting)
    view.new_meeting_button.click()
    assert view.meetings.count() == 1 and "09.12.2026 – Sitzung Dezember" in view.meetings.item(0).text()

    def pick(dialog: AddItemsDialog) -> None:
        assert dialog.list.count() == 2, "the two escalations in review"
        dialog.check(imported[WAITING])
        dialog.check(imported[KITA])
        dialog.accept()

    drive(monkeypatch, AddItemsDialog, pick)
    view.add_button.click()
    order = [item.escalation.title for item in view.items]
    assert sorted(order) == sorted([WAITING, KITA])
    with coordinator.reader() as session:
        assert escalations.current_status(session, imported[KITA]) is Status.STEERING_GROUP

    view.agenda.setFocus()
    view.agenda.setCurrentRow(order.index(KITA))
    if order[0] == KITA:
        qtbot.keyClick(view.agenda, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
        assert [item.escalation.title for item in view.items] == [WAITING, KITA], "Ctrl+Down moves it down"
    qtbot.keyClick(view.agenda, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [item.escalation.title for item in view.items] == [KITA, WAITING], "Ctrl+Up moves it up"
    assert view.agenda.currentRow() == 0, "the moved item stays current"

    def decide(dialog: DecisionDialog) -> None:
        dialog.decision.setPlainText("Die Kita-Bedarfsplanung wird angepasst Knotenmarker")
        dialog.status.setCurrentIndex(dialog.status.findData(str(Status.RESOLVED)))
        dialog.accept()

    drive(monkeypatch, DecisionDialog, decide)
    view.decision_button.click()
    assert view.items[0].decision == "Die Kita-Bedarfsplanung wird angepasst Knotenmarker"
    with coordinator.reader() as session:
        assert escalations.current_status(session, imported[KITA]) is Status.RESOLVED
    inbox.tabs.setCurrentIndex(0)
    inbox.status_filter.setCurrentIndex(inbox.status_filter.findData("all"))
    assert cell(inbox, KITA, 1) == "gelöst", "the inbox reads the decision's status"

    if shutil.which("pdftotext") is None:
        return
    inbox.tabs.setCurrentWidget(view)
    target = tmp_path / "gewählt" / "Tagesordnung"
    target.parent.mkdir()
    asked: list[str] = []

    def save_name(parent: Any, title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(target), _filter

    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", save_name)
    view.pdf_button.click()
    written = target.with_name("Tagesordnung.pdf")
    assert asked and asked[0].endswith("Tagesordnung_2026-12-09_Sitzung_Dezember.pdf")
    assert written.is_file() and list(target.parent.iterdir()) == [written], "only where chosen"
    text = pdf_text(written)
    assert "TOP 1: Kita-Plätze Zwirbelmarker" in text
    assert "TOP 2: Wartezeiten Ausländerbehörde Quirlmarker" in text
    assert "Knotenmarker" in text and "09.12.2026" in text
    assert str(written) in view.message.text()


def test_pdf_write_failure_is_a_message(coordinator: Vault, inbox: CoordinatorInbox, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    steering_group.create_meeting(coordinator, dt.date(2026, 12, 9), "Sitzung")
    inbox.steering.refresh()
    missing = tmp_path / "gibt-es-nicht" / "x.pdf"
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", lambda *args: (str(missing), ""))
    assert inbox.steering.save_pdf() is None
    assert "nicht gespeichert" in inbox.steering.message.text()
    assert str(missing) in inbox.steering.message.text()


def test_empty_inbox_says_where_escalations_come_from(inbox: CoordinatorInbox) -> None:
    assert inbox.model.rowCount() == 0
    assert inbox.empty.isVisible() and "Austausch" in inbox.empty.text()
    assert agenda_view.SteeringGroupView is type(inbox.steering)
    assert inbox_module.OPEN == inbox.status_filter.currentData()


def test_table_model_passes_the_model_tester(  # type: ignore[no-untyped-def]
        coordinator: Vault, imported: dict[str, str], qtmodeltester) -> None:
    with coordinator.reader() as session:
        rows = escalations.escalation_rows(session)
    model = EscalationTableModel(Labels(municipalities={KOENIGSWINTER: "Königswinter"}))
    model.set_rows(rows)
    qtmodeltester.check(model)
    kita = model.row_of(imported[KITA])
    assert kita is not None
    assert model.index(kita, TITLE).data(ID_ROLE) == imported[KITA]
    assert model.index(kita, 2).data(SORT_ROLE) == 3, "akut sorts as the most urgent"
