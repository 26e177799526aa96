"""The Datenschutz page: the retention list and deleting, the Art. 15 PDF, the statistics export."""

from __future__ import annotations

import datetime as dt
import shutil
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from kim_desktop.services import cases, clients
from kim_desktop.storage.consultation_tables import Client
from kim_desktop.storage.schema import AuditEntry
from kim_desktop.ui import access_request_action
from kim_desktop.ui.main_window import MainWindow
from kim_desktop.ui.pages.privacy_page import ClientPicker, PrivacyPage, StatisticsPeriodDialog
from kim_desktop.ui.qt import Qt, QtWidgets
from kim_desktop.ui.session import AppSession
from tests.services.test_retention import CREATED, KÖNIGSWINTER, make_client, make_markers
from tests.ui.dialog_stubs import Boxes, save_dialog

Box = QtWidgets.QMessageBox
YES, CANCEL, OK = Box.StandardButton.Yes, Box.StandardButton.Cancel, Box.StandardButton.Ok


@pytest.fixture
def session(vault, deployment, settings) -> AppSession:  # type: ignore[no-untyped-def]
    return AppSession(vault, deployment, settings)


@pytest.fixture
def people(vault):  # type: ignore[no-untyped-def]
    """One client due for deletion (closed in 2021), one with an open case."""
    due_markers, open_markers = make_markers(), make_markers()
    due = make_client(vault, due_markers, closed_on=dt.date(2021, 3, 1))
    open_one = make_client(vault, open_markers, closed_on=None)
    return {"due": due, "open": open_one, "due_markers": due_markers, "open_markers": open_markers}


def audit_actions(vault) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    with vault.reader() as db:
        return [(e.action, e.record_id) for e in db.scalars(select(AuditEntry).order_by(AuditEntry.seq))]


def test_the_main_window_has_the_page(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(session)
    qtbot.addWidget(window)
    assert isinstance(window.pages["privacy"], PrivacyPage)
    titles = [window.navigation.item(r).text() for r in range(window.navigation.count())]
    assert "Datenschutz" in titles


def test_retention_list_and_deleting(qtbot, session, people, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = PrivacyPage(session)
    qtbot.addWidget(page)
    page.refresh()  # a shown page reads its list; these tests do not show it
    assert page.model.rowCount() == 1, "only the client whose cases are all closed long enough"
    name_cell = page.proxy.index(0, 1).data()
    assert people["due_markers"]["last_name"] in name_cell
    assert page.proxy.index(0, 3).data() == "01.03.2021"
    assert not page.delete_button.isEnabled(), "nothing selected yet"
    page.table.selectRow(0)
    assert page.delete_button.isEnabled() and page.selected_ids() == [people["due"]]

    boxes = Boxes(monkeypatch, answer=CANCEL)
    page.delete_button.click()
    assert len(boxes.texts("warning")) == 1 and "nicht rückgängig" in boxes.texts("warning")[0]
    assert page.model.rowCount() == 1 and not session.gate.busy, "cancelled: nothing runs"

    boxes.answer = YES
    page.delete_button.click()
    qtbot.waitUntil(lambda: not session.gate.busy and page.model.rowCount() == 0, timeout=10000)
    assert "endgültig gelöscht" in page.message.text()
    with session.vault.reader() as db:
        deleted = db.get(Client, uuid.UUID(people["due"]))
        assert deleted is not None and deleted.deleted and deleted.last_name is None
        assert clients.get_client(db, people["open"]).last_name == people["open_markers"]["last_name"]
    assert ("client.deleted-retention", people["due"]) in audit_actions(session.vault)


def test_delete_key_asks_too(qtbot, session, people, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = PrivacyPage(session)
    qtbot.addWidget(page)
    page.refresh()  # a shown page reads its list; these tests do not show it
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.waitUntil(page.table.hasFocus)
    boxes = Boxes(monkeypatch, answer=CANCEL)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert len(boxes.texts("warning")) == 1


def test_a_failed_deletion_says_why_and_changes_nothing(qtbot, session, people, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = PrivacyPage(session)
    qtbot.addWidget(page)
    page.refresh()  # a shown page reads its list; these tests do not show it
    page.table.selectRow(0)
    # Meanwhile the client came back: a new case, so the retention period starts again.
    cases.open_case(session.vault, people["due"], municipality_ags=KÖNIGSWINTER, opened_on=CREATED,
                    today=CREATED)
    boxes = Boxes(monkeypatch, answer=YES)
    page.delete_button.click()
    qtbot.waitUntil(lambda: not session.gate.busy and len(boxes.texts("warning")) == 2, timeout=10000)
    assert "Es wurde nichts gelöscht" in boxes.texts("warning")[1]
    assert "Aufbewahrungsfrist ist noch nicht abgelaufen" in page.message.text()
    assert page.model.rowCount() == 0, "the list is refreshed"
    with session.vault.reader() as db:
        assert clients.get_client(db, people["due"]).last_name == people["due_markers"]["last_name"]


def test_statistics_period_is_checked(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = StatisticsPeriodDialog(today=dt.date(2026, 5, 17))
    qtbot.addWidget(dialog)
    assert (dialog.start.text(), dialog.end.text()) == ("01.01.2026", "17.05.2026")
    assert dialog.ok.isDefault()
    dialog.start.setText("31.02.2026")
    dialog.accept()
    assert dialog.result() != QtWidgets.QDialog.DialogCode.Accepted
    assert "Den 31.02.2026 gibt es nicht" in dialog.errors[dialog.start].text()
    dialog.start.setText("01.06.2026")
    dialog.accept()
    assert "vor seinem Anfang" in dialog.errors[dialog.end].text()
    dialog.start.setText("1.1.26")
    dialog.accept()
    assert dialog.result() == QtWidgets.QDialog.DialogCode.Accepted
    assert dialog.period() == (dt.date(2026, 1, 1), dt.date(2026, 5, 17))


def test_statistics_export(qtbot, session, people, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    def fill_and_accept(dialog: StatisticsPeriodDialog) -> int:
        dialog.start.setText("01.01.2020")
        dialog.end.setText("31.12.2020")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(StatisticsPeriodDialog, "exec", fill_and_accept)
    asked = save_dialog(monkeypatch, tmp_path / "statistik")
    page = PrivacyPage(session)
    qtbot.addWidget(page)
    page.refresh()  # a shown page reads its list; these tests do not show it
    page.statistics_button.click()
    qtbot.waitUntil(lambda: not session.gate.busy and "gespeichert" in page.message.text(), timeout=10000)
    target = tmp_path / "statistik.xlsx"
    assert target.is_file() and asked[0].endswith("KIM-Statistik-2020-01-01-bis-2020-12-31.xlsx")
    assert "Beratungen: 2" in page.message.text() and str(target) in page.message.text()
    assert ("statistics.exported", None) in audit_actions(session.vault)


def test_access_request_from_the_page(qtbot, session, people, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    def choose(picker: ClientPicker) -> int:
        picker.search.setText(people["open_markers"]["last_name"])
        assert picker.results.count() == 1
        picker.accept()
        return picker.result()

    monkeypatch.setattr(ClientPicker, "exec", choose)
    boxes = Boxes(monkeypatch, answer=OK)
    asked = save_dialog(monkeypatch, tmp_path / "auskunft")
    page = PrivacyPage(session)
    qtbot.addWidget(page)
    page.refresh()  # a shown page reads its list; these tests do not show it
    page.access_button.click()
    qtbot.waitUntil(lambda: not session.gate.busy and bool(boxes.texts("information")), timeout=10000)
    target = tmp_path / "auskunft.pdf"
    assert target.read_bytes().startswith(b"%PDF")
    assert "unverschlüsselte PDF-Datei" in boxes.texts("warning")[0]
    with session.vault.reader() as db:
        pseudonym = clients.get_client(db, people["open"]).pseudonym
    assert pseudonym in boxes.texts("warning")[0] and asked[0].endswith(f"Auskunft-Art15-{pseudonym}.pdf")
    assert people["open_markers"]["last_name"] not in asked[0], "no name in the suggested file name"
    assert str(target) in page.message.text()
    assert ("client.access-request", people["open"]) in audit_actions(session.vault)
    if shutil.which("pdftotext"):
        import subprocess

        done = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, check=True)
        text = done.stdout.decode()
        assert people["open_markers"]["last_name"] in text


def test_access_request_cancelled_or_failing(qtbot, session, people, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    parent = QtWidgets.QWidget()
    qtbot.addWidget(parent)
    boxes = Boxes(monkeypatch, answer=CANCEL)
    asked = save_dialog(monkeypatch, tmp_path / "x.pdf")
    assert not access_request_action.ask_and_write_access_request(parent, session, people["due"])
    assert asked == [], "cancelled at the warning: no file dialog"

    boxes.answer = OK
    save_dialog(monkeypatch, None)
    assert not access_request_action.ask_and_write_access_request(parent, session, people["due"])

    results: list[Path | None] = []
    save_dialog(monkeypatch, tmp_path / "fehlt" / "auskunft.pdf")  # a folder that does not exist
    assert access_request_action.ask_and_write_access_request(parent, session, people["due"],
                                                              on_written=results.append)
    qtbot.waitUntil(lambda: results == [None], timeout=10000)
    assert "nicht gespeichert" in boxes.texts("warning")[-1]
    assert not any(action == "client.access-request" for action, _ in audit_actions(session.vault))

    assert not access_request_action.ask_and_write_access_request(parent, session, str(uuid.uuid4()))
    assert "nicht (mehr) gespeichert" in boxes.texts("warning")[-1]


def test_client_picker_with_the_keyboard(qtbot, session, people) -> None:  # type: ignore[no-untyped-def]
    picker = ClientPicker(session)
    qtbot.addWidget(picker)
    picker.show()  # Return reaches a default button only when it is visible
    qtbot.waitExposed(picker)
    assert picker.results.count() == 2 and picker.ok.isDefault()
    qtbot.keyClicks(picker.search, people["due_markers"]["last_name"])
    assert picker.results.count() == 1
    picker.search.clear()
    assert picker.results.currentRow() == 0
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    assert picker.results.currentRow() == 1
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.result() == QtWidgets.QDialog.DialogCode.Accepted
    assert picker.chosen is not None and picker.chosen.id == picker.hits[1].id
