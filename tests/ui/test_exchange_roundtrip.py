"""The "Austausch" page end to end: a case manager exports from the GUI, a coordinator previews,
confirms the new device and imports, revokes it, writes feedback, and the case manager reads it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kim_desktop.domain.roles import Role
from kim_desktop.services.demo_data import fill_demo_data
from kim_desktop.storage.consultation_tables import Consultation
from kim_desktop.storage.vault import Vault
from kim_desktop.sync import recipients
from kim_desktop.sync.export import preview_export
from kim_desktop.sync.keys import load_keys
from kim_desktop.ui.exchange import outcome_model
from kim_desktop.ui.exchange.page import ExchangePage
from kim_desktop.ui.exchange.trust_dialog import TrustDeviceDialog
from kim_desktop.ui.main_window import MainWindow
from kim_desktop.ui.qt import Qt, QtWidgets
from kim_desktop.ui.session import AppSession
from tests.conftest import PASSWORD

Box = QtWidgets.QMessageBox
ACCEPTED, REJECTED = QtWidgets.QDialog.DialogCode.Accepted, QtWidgets.QDialog.DialogCode.Rejected


@pytest.fixture
def coordinator_vault(tmp_path: Path):  # type: ignore[no-untyped-def]
    v = Vault.create(tmp_path / "kreis" / "koordination.kimvault", PASSWORD, role=Role.COORDINATOR,
                     display_name="Koordination Kreis")
    yield v
    v.close()


def public_keys(vault: Vault) -> str:
    with vault.transaction() as session:
        keys = load_keys(session)
    profile = vault.profile
    return recipients.public_key_text(profile.display_name, str(profile.role), profile.device_id, keys)


@pytest.fixture
def case_manager(vault: Vault, coordinator_vault: Vault, deployment):  # type: ignore[no-untyped-def]
    """The test vault with demo data, encrypting to the coordinator (as `recipients add` does)."""
    with vault.transaction() as session:
        for coordinator in recipients.parse_public_key_text(public_keys(coordinator_vault)):
            recipients.add_coordinator(session, coordinator)
    fill_demo_data(vault, 200, seed=3, deployment=deployment)
    return vault


def open_page(qtbot, vault: Vault, deployment, settings) -> ExchangePage:  # type: ignore[no-untyped-def]
    page = ExchangePage(AppSession(vault, deployment, settings))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def idle(page: ExchangePage) -> bool:
    return not page.session.gate.busy


def cells(table: QtWidgets.QTableView) -> list[list[str]]:
    model = table.model()
    return [[model.index(row, column).data() or "" for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def outcome_rows(page: ExchangePage) -> dict[str, list[str]]:
    return {row[outcome_model.FILE]: row for row in cells(page.import_tab.table)}


def as_int(text: str) -> int:
    return int(text.replace(".", "").replace(",", "") or 0)


def export_from_page(qtbot, page: ExchangePage, out_dir: Path) -> Path:  # type: ignore[no-untyped-def]
    tab = page.export_tab
    page.show_tab(tab)
    tab.folder.setText(str(out_dir))
    qtbot.waitUntil(lambda: tab.export_button.isEnabled(), timeout=10000)
    before = set(out_dir.glob("*.kimsync")) if out_dir.exists() else set()
    tab.export_button.click()
    qtbot.waitUntil(lambda: idle(page) and "gespeichert" in tab.result.text(), timeout=20000)
    written = set(out_dir.glob("*.kimsync")) - before
    assert len(written) == 1
    return written.pop()


class TrustAnswers:
    """Answers the unknown-device dialog and records what it showed."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch,
                 answer: QtWidgets.QDialog.DialogCode = ACCEPTED) -> None:
        self.answer = answer
        self.shown: list[str] = []

        def answer(dialog: TrustDeviceDialog) -> QtWidgets.QDialog.DialogCode:
            self.shown.append(dialog.fingerprint.text())
            return self.answer

        monkeypatch.setattr(TrustDeviceDialog, "exec", answer)


def choose_folder(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    monkeypatch.setattr(QtWidgets.QFileDialog, "getExistingDirectory", lambda *_args: str(folder))


def choose_files(monkeypatch: pytest.MonkeyPatch, files: list[Path]) -> None:
    names = [str(f) for f in files]
    monkeypatch.setattr(QtWidgets.QFileDialog, "getOpenFileNames", lambda *_args: (names, ""))


def preview_folder(qtbot, page: ExchangePage, monkeypatch, folder: Path) -> None:  # type: ignore[no-untyped-def]
    choose_folder(monkeypatch, folder)
    with qtbot.waitSignal(page.import_tab.previewed, timeout=20000):
        page.import_tab.folder_button.click()
    qtbot.waitUntil(lambda: idle(page))


def import_previewed(qtbot, page: ExchangePage) -> None:  # type: ignore[no-untyped-def]
    assert page.import_tab.import_button.isEnabled()
    with qtbot.waitSignal(page.import_tab.imported, timeout=20000):
        page.import_tab.import_button.click()
    qtbot.waitUntil(lambda: idle(page))
    assert "Import abgeschlossen" in page.import_tab.message.text()


def consultations_in(vault: Vault) -> int:
    with vault.reader() as session:
        live = select(func.count()).select_from(Consultation).where(Consultation.deleted.is_(False))
        return session.scalar(live)


def test_ctrl_8_opens_the_exchange_page(qtbot, vault, deployment, settings) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(AppSession(vault, deployment, settings))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()  # shortcuts of the window work only while it is the active one
    qtbot.waitUntil(lambda: QtWidgets.QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.pages["exchange"]
    assert window.navigation.currentItem().text() == "Austausch"
    page = window.pages["exchange"]
    qtbot.waitUntil(lambda: "Wird gezählt" not in page.export_tab.summary.text(), timeout=10000)


def test_round_trip(qtbot, case_manager, coordinator_vault, deployment, settings, tmp_path,  # type: ignore[no-untyped-def]
                    monkeypatch) -> None:
    stick = tmp_path / "stick"
    manager_page = open_page(qtbot, case_manager, deployment, settings)
    summary = manager_page.export_tab.summary
    qtbot.waitUntil(lambda: "Beratungen: 200" in summary.text(), timeout=10000)
    assert "Personen:" in summary.text() and "Koordination Kreis" in summary.text()
    assert "vollständig" in summary.text()
    package = export_from_page(qtbot, manager_page, stick)
    result = manager_page.export_tab.result.text()
    assert "Paket 1 gespeichert" in result and package.name in result
    assert "Zuletzt geschrieben: Paket 1." in manager_page.export_tab.status.text()
    assert "Noch keine Bestätigung" in manager_page.export_tab.status.text()
    expected = sum(preview_export(case_manager, deployment, "all").counts.values())

    # The coordinator: preview, the new device confirmed, then the import.
    answers = TrustAnswers(monkeypatch)
    coordinator_page = open_page(qtbot, coordinator_vault, deployment, settings)
    preview_folder(qtbot, coordinator_page, monkeypatch, stick)
    assert len(answers.shown) == 1, "one dialog for the one unknown device"
    fingerprint = case_manager_fingerprint(case_manager)
    assert answers.shown[0].split() == fingerprint.split()
    row = outcome_rows(coordinator_page)[package.name]
    assert row[outcome_model.RESULT] == "bereit zum Import"
    assert as_int(row[outcome_model.NEW]) == expected
    assert consultations_in(coordinator_vault) == 0, "a preview changes nothing"

    import_previewed(qtbot, coordinator_page)
    row = outcome_rows(coordinator_page)[package.name]
    assert row[outcome_model.RESULT] == "neu importiert"
    assert as_int(row[outcome_model.NEW]) == expected
    assert as_int(row[outcome_model.CONFLICTS]) == 0
    assert consultations_in(coordinator_vault) == 200
    assert not coordinator_page.import_tab.import_button.isEnabled(), "a second import needs a new preview"

    # The import log and the device registry know the package.
    coordinator_page.show_tab(coordinator_page.log_tab)
    log = cells(coordinator_page.log_tab.table)
    assert [(r[1], r[2], r[4]) for r in log] == [(package.name, "Test Nutzerin", "neu importiert")]
    coordinator_page.show_tab(coordinator_page.devices_tab)
    devices = cells(coordinator_page.devices_tab.table)
    assert [(r[0], r[3], r[5]) for r in devices] == [("Test Nutzerin", "vertraut", "1")]

    # Feedback back to the case manager: "angekommen bis Paket 1".
    feedback_tab = coordinator_page.feedback_tab
    coordinator_page.show_tab(feedback_tab)
    feedback_tab.folder.setText(str(tmp_path / "zurück"))
    feedback_tab.write_button.click()
    qtbot.waitUntil(lambda: idle(coordinator_page) and feedback_tab.model.rowCount() == 1, timeout=20000)
    written = cells(feedback_tab.table)[0]
    assert written[1] == "Test Nutzerin"
    feedback_file = tmp_path / "zurück" / written[0]
    assert feedback_file.exists()

    page_import = manager_page.import_tab
    manager_page.show_tab(page_import)
    choose_files(monkeypatch, [feedback_file])
    with qtbot.waitSignal(page_import.imported, timeout=20000):
        page_import.files_button.click()
    qtbot.waitUntil(lambda: idle(manager_page))
    assert "Import abgeschlossen" in page_import.message.text()
    assert "Beim Kreis angekommen bis Paket 1." in page_import.message.text()
    assert outcome_rows(manager_page)[feedback_file.name][outcome_model.RESULT] == "neu importiert"
    manager_page.show_tab(manager_page.export_tab)
    assert "Beim Kreis angekommen bis Paket 1." in manager_page.export_tab.status.text()
    assert "Alle Pakete sind angekommen." in manager_page.export_tab.status.text()
    qtbot.waitUntil(lambda: "Lebenszeichen" in summary.text(), timeout=10000)


def case_manager_fingerprint(vault: Vault) -> str:
    with vault.transaction() as session:
        return load_keys(session).fingerprint


def test_a_broken_file_is_refused_and_the_good_one_imports(  # type: ignore[no-untyped-def]
        qtbot, case_manager, coordinator_vault, deployment, settings, tmp_path, monkeypatch) -> None:
    stick = tmp_path / "stick"
    package = export_from_page(qtbot, open_page(qtbot, case_manager, deployment, settings), stick)
    (stick / "x.kimsync").write_bytes(os.urandom(3000))
    TrustAnswers(monkeypatch)
    page = open_page(qtbot, coordinator_vault, deployment, settings)
    preview_folder(qtbot, page, monkeypatch, stick)
    assert outcome_rows(page)[package.name][outcome_model.RESULT] == "bereit zum Import"
    assert outcome_rows(page)["x.kimsync"][outcome_model.RESULT] == "abgelehnt"
    import_previewed(qtbot, page)
    rows = outcome_rows(page)
    assert rows[package.name][outcome_model.RESULT] == "neu importiert"
    assert rows["x.kimsync"][outcome_model.RESULT] == "abgelehnt"
    assert "keine KIM-Austauschdatei" in rows["x.kimsync"][outcome_model.REASON]
    assert consultations_in(coordinator_vault) == 200
    assert "abgelehnt: 1" in page.import_tab.message.text()


def test_an_untrusted_device_is_not_imported(qtbot, case_manager, coordinator_vault, deployment, settings,  # type: ignore[no-untyped-def]
                                             tmp_path, monkeypatch) -> None:
    stick = tmp_path / "stick"
    package = export_from_page(qtbot, open_page(qtbot, case_manager, deployment, settings), stick)
    answers = TrustAnswers(monkeypatch, answer=REJECTED)
    page = open_page(qtbot, coordinator_vault, deployment, settings)
    preview_folder(qtbot, page, monkeypatch, stick)
    assert len(answers.shown) == 1
    row = outcome_rows(page)[package.name]
    assert row[outcome_model.RESULT] == "unbekanntes Gerät"
    assert "Test Nutzerin" in row[outcome_model.REASON] and "Geräte" in row[outcome_model.REASON]
    assert not page.import_tab.import_button.isEnabled(), "nothing that could be imported"
    assert consultations_in(coordinator_vault) == 0


def test_a_revoked_device_is_refused_from_then_on(qtbot, case_manager, coordinator_vault, deployment,  # type: ignore[no-untyped-def]
                                                  settings, tmp_path, monkeypatch) -> None:
    manager_page = open_page(qtbot, case_manager, deployment, settings)
    first = export_from_page(qtbot, manager_page, tmp_path / "eins")
    TrustAnswers(monkeypatch)
    page = open_page(qtbot, coordinator_vault, deployment, settings)
    preview_folder(qtbot, page, monkeypatch, first.parent)
    import_previewed(qtbot, page)

    tab = page.devices_tab
    page.show_tab(tab)
    assert not tab.revoke_button.isEnabled(), "nothing selected yet"
    tab.table.selectRow(0)
    assert tab.revoke_button.isEnabled() and not tab.trust_button.isEnabled()
    warned: list[str] = []

    def warning(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        warned.append(text)
        return Box.StandardButton.Yes

    monkeypatch.setattr(Box, "warning", warning)
    tab.revoke_button.click()
    assert "seine bisherigen Daten bleiben" in warned[0]
    assert cells(tab.table)[0][3] == "gesperrt"
    assert tab.trust_button.isEnabled() and not tab.revoke_button.isEnabled()

    second = export_from_page(qtbot, manager_page, tmp_path / "zwei")
    page.show_tab(page.import_tab)
    preview_folder(qtbot, page, monkeypatch, second.parent)
    row = outcome_rows(page)[second.name]
    assert row[outcome_model.RESULT] == "abgelehnt" and "gesperrt" in row[outcome_model.REASON]
    assert consultations_in(coordinator_vault) == 200, "earlier records stay"


def test_cancel_stops_between_files_and_keeps_what_was_imported(  # type: ignore[no-untyped-def]
        qtbot, case_manager, coordinator_vault, deployment, settings, tmp_path, monkeypatch) -> None:
    from kim_desktop.ui.exchange.progress import ProgressRelay

    manager_page = open_page(qtbot, case_manager, deployment, settings)
    stick = tmp_path / "stick"
    packages = [export_from_page(qtbot, manager_page, stick) for _ in range(3)]
    TrustAnswers(monkeypatch)
    page = open_page(qtbot, coordinator_vault, deployment, settings)
    preview_folder(qtbot, page, monkeypatch, stick)
    assert [r[outcome_model.RESULT] for r in outcome_rows(page).values()] == ["bereit zum Import"] * 3

    # The user presses Cancel while the first file is being imported.
    real_report = ProgressRelay.report

    def report_then_cancel(relay: ProgressRelay, step: int, steps: int) -> None:
        relay.cancel()
        real_report(relay, step, steps)

    monkeypatch.setattr(ProgressRelay, "report", report_then_cancel)
    with qtbot.waitSignal(page.import_tab.imported, timeout=20000):
        page.import_tab.import_button.click()
    qtbot.waitUntil(lambda: idle(page))
    assert "Import abgebrochen" in page.import_tab.message.text()
    rows = outcome_rows(page)
    assert rows[packages[0].name][outcome_model.RESULT] == "neu importiert"
    assert [rows[p.name][outcome_model.RESULT] for p in packages[1:]] == ["abgebrochen, nicht bearbeitet"] * 2
    assert consultations_in(coordinator_vault) == 200, "the first file stays imported"


def test_the_cancel_button_sets_the_flag(qtbot) -> None:  # type: ignore[no-untyped-def]
    from kim_desktop.ui.exchange.progress import ProgressPanel

    panel = ProgressPanel()
    qtbot.addWidget(panel)
    relay = panel.start("Import …", cancellable=True)
    assert panel.cancel_button.isVisibleTo(panel) and not relay.cancelled()
    panel.cancel_button.click()
    assert relay.cancelled() and panel.was_cancelled and not panel.cancel_button.isEnabled()
    relay.report(2, 5)
    qtbot.waitUntil(lambda: panel.bar.value() == 2)
    assert panel.bar.maximum() == 5
    panel.finish()
    assert panel.isHidden()
