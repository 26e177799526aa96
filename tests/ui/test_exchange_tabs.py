"""The tabs of the "Austausch" page one by one: refusals of the export, keys, conflicts, the
unknown-device dialog, the models, and keyboard access (mnemonics without clashes)."""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from collections import Counter
from pathlib import Path

import pytest

from kim_desktop.errors import StorageFull
from kim_desktop.storage.sync_tables import SyncConflict
from kim_desktop.sync import devices, export, recipients
from kim_desktop.sync.devices import DeviceInfo
from kim_desktop.sync.importer import IMPORTED, REFUSED, UNKNOWN_DEVICE, FileOutcome, TableCounts
from kim_desktop.sync.keys import load_keys
from kim_desktop.ui.exchange import outcome_model, texts
from kim_desktop.ui.exchange.conflicts_tab import ConflictDetailsDialog
from kim_desktop.ui.exchange.outcome_model import OutcomeModel
from kim_desktop.ui.exchange.trust_dialog import TrustDeviceDialog
from kim_desktop.ui.main_window import MainWindow
from kim_desktop.ui.qt import Qt, QtGui, QtWidgets
from kim_desktop.ui.session import AppSession
from tests.ui.test_exchange_roundtrip import (  # noqa: F401 - fixtures
    case_manager,
    cells,
    coordinator_vault,
    export_from_page,
    idle,
    open_page,
    public_keys,
)

Box = QtWidgets.QMessageBox


class Boxes:
    def __init__(self, monkeypatch: pytest.MonkeyPatch,
                 answer: Box.StandardButton = Box.StandardButton.Yes) -> None:
        self.answer = answer
        self.said: list[tuple[str, str]] = []
        for kind in ("warning", "information", "question"):
            monkeypatch.setattr(Box, kind, self._box(kind))

    def _box(self, kind: str):  # type: ignore[no-untyped-def]
        def show(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
            self.said.append((kind, text))
            return self.answer
        return show


# --- export refusals ----------------------------------------------------------------------------

def test_without_a_coordinator_the_export_cannot_start(qtbot, vault, deployment, settings) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, vault, deployment, settings)
    summary = page.export_tab.summary
    qtbot.waitUntil(lambda: "Wird gezählt" not in summary.text(), timeout=10000)
    assert "keine Koordination als Empfänger" in summary.text()
    assert "Inhalt: Profil: 1<" in summary.text(), "an empty vault has only its profile"
    assert not page.export_tab.export_button.isEnabled()


def fill_the_stick(monkeypatch: pytest.MonkeyPatch, stick: Path) -> Path:
    def full(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise StorageFull(reason="Datenträger voll")

    monkeypatch.setattr(export, "write_atomic", full)
    return stick


def block_the_folder(_monkeypatch: pytest.MonkeyPatch, stick: Path) -> Path:
    stick.parent.mkdir(parents=True, exist_ok=True)
    stick.write_text("eine Datei, wo ein Ordner sein sollte")
    return stick / "kim"


@pytest.mark.parametrize("trouble, said", [(fill_the_stick, "Datenträger voll"),
                                           (block_the_folder, "kann nicht geschrieben werden")])
def test_a_failed_export_leaves_no_file_and_uses_no_number(qtbot, case_manager, deployment, settings,  # type: ignore[no-untyped-def] # noqa: F811
                                                           tmp_path, monkeypatch, trouble, said) -> None:
    page = open_page(qtbot, case_manager, deployment, settings)
    tab = page.export_tab
    with monkeypatch.context() as patch:  # only the trouble is undone afterwards, not the test's folders
        tab.folder.setText(str(trouble(patch, tmp_path / "stick")))
        qtbot.waitUntil(tab.export_button.isEnabled, timeout=10000)
        tab.export_button.click()
        qtbot.waitUntil(lambda: idle(page) and "nichts exportiert" in tab.result.text(), timeout=10000)
    assert said in tab.result.text()
    assert [p for p in tmp_path.rglob("*") if p.suffix.startswith(".kimsync")] == []
    assert tab.status.text() == "Noch kein Paket für den Kreis geschrieben."
    package = export_from_page(qtbot, page, tmp_path / "anderer-stick")
    assert package.name.endswith("-00001.kimsync"), "the failed export used no number"


def test_the_export_folder_is_remembered(qtbot, case_manager, deployment, settings, tmp_path) -> None:  # type: ignore[no-untyped-def] # noqa: F811
    export_from_page(qtbot, open_page(qtbot, case_manager, deployment, settings), tmp_path / "stick")
    again = open_page(qtbot, case_manager, deployment, settings)
    assert again.export_tab.folder.text() == str(tmp_path / "stick")
    qtbot.waitUntil(lambda: "Wird gezählt" not in again.export_tab.summary.text(), timeout=10000)


def test_a_pseudonymised_team_is_told_what_stays(qtbot, vault, deployment, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(export, "team_policy", lambda *_args: "pseudonymised")
    page = open_page(qtbot, vault, deployment, settings)
    qtbot.waitUntil(lambda: "Wird gezählt" not in page.export_tab.summary.text(), timeout=10000)
    summary = page.export_tab.summary.text()
    assert "Namen, Geburtsdaten, Kontaktdaten und Notizen bleiben auf diesem Gerät" in summary


# --- keys ---------------------------------------------------------------------------------------

def test_adding_and_removing_a_coordinator(qtbot, vault, coordinator_vault, deployment, settings,  # type: ignore[no-untyped-def] # noqa: F811
                                           tmp_path, monkeypatch) -> None:
    key_file = tmp_path / "koordination.toml"
    key_file.write_text(public_keys(coordinator_vault), encoding="utf-8")
    page = open_page(qtbot, vault, deployment, settings)
    tab = page.keys_tab
    page.show_tab(tab)
    assert tab.model.rowCount() == 0 and tab.empty.isVisible()
    monkeypatch.setattr(QtWidgets.QFileDialog, "getOpenFileName", lambda *_args: (str(key_file), ""))
    boxes = Boxes(monkeypatch)
    tab.add_button.click()
    with coordinator_vault.transaction() as session:
        fingerprint = load_keys(session).fingerprint
    assert fingerprint in boxes.said[0][1], "the fingerprint is shown for comparing"
    assert cells(tab.table) == [["Koordination Kreis", "hier hinzugefügt", fingerprint]]
    with vault.reader() as session:
        assert [c.name for c in recipients.known_coordinators(session, deployment)] == ["Koordination Kreis"]

    page.show_tab(page.export_tab)
    qtbot.waitUntil(page.export_tab.export_button.isEnabled, timeout=10000)
    page.show_tab(tab)
    assert not tab.remove_button.isEnabled()
    tab.table.selectRow(0)
    tab.remove_button.click()
    assert "nicht mehr für sie verschlüsselt" in boxes.said[-1][1]
    assert tab.model.rowCount() == 0
    with vault.reader() as session:
        assert recipients.known_coordinators(session, deployment) == []


@pytest.mark.parametrize("content, reason", [
    (b"\xff\xfe kein Text", "keine Textdatei"),
    (b"[[coordinators]]\nname = \"X\"\n", "fehlt"),
])
def test_a_wrong_key_file_is_refused_with_a_reason(qtbot, vault, deployment, settings, tmp_path, monkeypatch,  # type: ignore[no-untyped-def]
                                                   content: bytes, reason: str) -> None:
    key_file = tmp_path / "falsch.toml"
    key_file.write_bytes(content)
    page = open_page(qtbot, vault, deployment, settings)
    page.show_tab(page.keys_tab)
    monkeypatch.setattr(QtWidgets.QFileDialog, "getOpenFileName", lambda *_args: (str(key_file), ""))
    boxes = Boxes(monkeypatch)
    page.keys_tab.add_button.click()
    assert [kind for kind, _text in boxes.said] == ["warning"]
    assert reason in boxes.said[0][1]
    assert page.keys_tab.model.rowCount() == 0


def test_own_public_keys_are_shown_and_saved(qtbot, coordinator_vault, deployment, settings, tmp_path,  # type: ignore[no-untyped-def] # noqa: F811
                                             monkeypatch) -> None:
    page = open_page(qtbot, coordinator_vault, deployment, settings)
    tab = page.keys_tab
    page.show_tab(tab)
    with coordinator_vault.transaction() as session:
        keys = load_keys(session)
    assert tab.fingerprint.text().split() == keys.fingerprint.split()
    target = tmp_path / "schluessel.toml"
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", lambda *_args: (str(target), ""))
    tab.save_button.click()
    saved = recipients.parse_public_key_text(target.read_text(encoding="utf-8"))
    assert [(c.name, c.age_recipient, c.signing_key) for c in saved] == [
        ("Koordination Kreis", keys.age_recipient, keys.signing_key)]
    assert str(target) in tab.message.text()


# --- devices, conflicts, log --------------------------------------------------------------------

def test_empty_tabs_explain_themselves(qtbot, coordinator_vault, deployment, settings) -> None:  # type: ignore[no-untyped-def] # noqa: F811
    page = open_page(qtbot, coordinator_vault, deployment, settings)
    for tab in (page.devices_tab, page.conflicts_tab, page.log_tab):
        page.show_tab(tab)
        assert tab.model.rowCount() == 0 and tab.empty.isVisible() and tab.empty.text()


def test_conflicts_name_ids_only_and_the_details_hide_personal_columns(qtbot, coordinator_vault,  # type: ignore[no-untyped-def] # noqa: F811
                                                                       deployment, settings) -> None:
    record = uuid.uuid4()
    moment = dt.datetime(2026, 3, 4, 12, 30, tzinfo=dt.UTC)
    losing = {"id": str(record), "device_id": "a" * 36, "revision": 2, "notes": "GEHEIME NOTIZ",
              "consultation_date": "2026-03-01", "deleted": False}
    with coordinator_vault.transaction() as session:
        session.add(SyncConflict(table_name="consultation", record_id=record, device_id="a" * 36, revision=2,
                                 updated_at=moment, winner_device_id="b" * 36, winner_revision=3,
                                 data=json.dumps(losing), logged_at=moment))
    page = open_page(qtbot, coordinator_vault, deployment, settings)
    tab = page.conflicts_tab
    page.show_tab(tab)
    [row] = cells(tab.table)
    assert row[:5] == ["Beratungen", str(record), "aaaaaaaa", "2", texts.moment(moment)]
    assert row[5] == "bbbbbbbb (Revision 3)"
    assert not any("GEHEIM" in cell for cell in row)
    tab.table.selectRow(0)
    assert tab.details_button.isEnabled()
    dialog = ConflictDetailsDialog(tab.model.rows[0], "aaaaaaaa")
    qtbot.addWidget(dialog)
    shown = dialog.fields.toPlainText()
    assert "GEHEIM" not in shown and "notes: (personenbezogen, hier nicht angezeigt)" in shown
    assert "consultation_date: 01.03.2026" in shown and "deleted: nein" in shown


# --- dialogs and models -------------------------------------------------------------------------

def test_the_trust_dialog_shows_the_fingerprint_in_big_groups_and_defaults_to_no(qtbot) -> None:  # type: ignore[no-untyped-def]
    fingerprint = "246B ED8C CDCC 96C7 FAF3 21C9 C2CE 3B23"
    dialog = TrustDeviceDialog("Erika Muster", 3, fingerprint)
    qtbot.addWidget(dialog)
    assert dialog.fingerprint.text() == "246B ED8C CDCC 96C7\nFAF3 21C9 C2CE 3B23"
    fixed = QtGui.QFontDatabase.systemFont(QtGui.QFontDatabase.SystemFont.FixedFont)
    assert dialog.fingerprint.font().family() == fixed.family()
    texts_shown = [label.text() for label in dialog.findChildren(QtWidgets.QLabel)]
    assert "Erika Muster" in texts_shown and "3" in texts_shown
    assert any("am Telefon" in text for text in texts_shown)
    assert dialog.reject_button.isDefault() and not dialog.trust_button.isDefault()
    assert dialog.trust_button.text() == "Gerät &vertrauen"


def outcome(name: str, status: str, **tables: TableCounts) -> FileOutcome:
    return FileOutcome(name=name, status=status, tables=dict(tables))


def test_outcome_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = OutcomeModel()
    info = DeviceInfo("d" * 36, "ed25519:x", "age1x", "Erika Muster", "case-manager", 3)
    rows = [
        outcome("a.kimsync", IMPORTED, client=TableCounts(new=2, updated=1),
                consultation=TableCounts(new=5, deleted=1)),
        FileOutcome(name="b.kimsync", status=REFUSED, reason="Signatur ungültig (Paket verändert)"),
        FileOutcome(name="c.kimsync", status=UNKNOWN_DEVICE, device=info, missing=[2, 4, 5, 6]),
        FileOutcome(name="d.kimsync", status=texts.NOT_DONE),
    ]
    model.set_rows(rows)
    qtmodeltester.check(model)
    table = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert table[0][:7] == ["a.kimsync", "neu importiert", "7", "1", "0", "1", "0"]
    assert model.index(0, outcome_model.NEW).data(3) == "Personen: 2, Beratungen: 5"  # tooltip
    assert table[1][1:3] == ["abgelehnt", ""] and table[1][outcome_model.REASON] == rows[1].reason
    reason = table[2][outcome_model.REASON]
    assert "Erika Muster" in reason and info.fingerprint in reason
    assert table[2][outcome_model.MISSING] == "2, 4–6"
    assert table[3][1] == "abgebrochen, nicht bearbeitet"


@pytest.mark.parametrize("numbers, text", [
    ([], ""), ([3], "3"), ([3, 4], "3, 4"), ([7, 1, 2, 3, 9, 10], "1–3, 7, 9, 10"), ([5, 5, 6], "5, 6")])
def test_number_ranges(numbers: list[int], text: str) -> None:
    assert texts.number_ranges(numbers) == text


# --- keyboard -----------------------------------------------------------------------------------

def mnemonic(text: str) -> str | None:
    found = re.search(r"&(\w)", text.replace("&&", ""))
    return found.group(1).lower() if found else None


@pytest.mark.parametrize("role_vault", ["vault", "coordinator_vault"])
def test_mnemonics_do_not_clash(qtbot, request, deployment, settings, role_vault: str) -> None:  # type: ignore[no-untyped-def]
    vault = request.getfixturevalue(role_vault)
    window = MainWindow(AppSession(vault, deployment, settings))
    qtbot.addWidget(window)
    window.show()
    window.select_section("exchange")
    page = window.pages["exchange"]
    menus = [action.text() for action in window.menuBar().actions()]
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        widgets = [w for w in page.tabs.currentWidget().findChildren(QtWidgets.QWidget) if w.isVisible()]
        shown = [w.text() for w in widgets if isinstance(w, QtWidgets.QAbstractButton)]
        shown += [w.text() for w in widgets if isinstance(w, QtWidgets.QLabel) and w.buddy() is not None]
        letters = [m for m in map(mnemonic, menus + tabs + shown) if m]
        assert not [letter for letter, n in Counter(letters).items() if n > 1], (tabs[index], letters)
        buttons = [w for w in widgets if isinstance(w, QtWidgets.QPushButton)]
        assert all(mnemonic(b.text()) for b in buttons), [b.text() for b in buttons]
        assert all(w.focusPolicy() & Qt.FocusPolicy.TabFocus for w in buttons)
    qtbot.waitUntil(lambda: not window.session.gate.busy)


def test_table_columns_fit_their_contents(qtbot, coordinator_vault, deployment, settings) -> None:  # type: ignore[no-untyped-def] # noqa: F811
    page = open_page(qtbot, coordinator_vault, deployment, settings)
    header = page.import_tab.table.horizontalHeader()
    assert header.sectionResizeMode(outcome_model.REASON) == header.ResizeMode.Stretch
    assert header.sectionResizeMode(outcome_model.NEW) == header.ResizeMode.ResizeToContents
    assert page.import_tab.table.tabKeyNavigation() is False



def test_clearing_the_window_at_lock_starts_no_work_on_the_page(qtbot, vault, deployment, settings,  # type: ignore[no-untyped-def]
                                                                monkeypatch) -> None:
    """Removing the current page makes a stack show the next one: the export tab would count its
    preview in the background and the lock would have to wait for it."""
    from kim_desktop.ui.exchange.export_tab import ExportTab

    refreshed: list[str] = []
    monkeypatch.setattr(ExportTab, "refresh", lambda tab: refreshed.append("export"))
    window = MainWindow(AppSession(vault, deployment, settings))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.stack.currentWidget() is window.pages["start"]
    window.clear_pages()
    assert refreshed == []
    assert window.stack.count() == 0


def test_a_folder_without_packages_says_so(qtbot, coordinator_vault, deployment, settings, tmp_path,  # type: ignore[no-untyped-def] # noqa: F811
                                           monkeypatch) -> None:
    page = open_page(qtbot, coordinator_vault, deployment, settings)
    (tmp_path / "leer").mkdir()
    monkeypatch.setattr(QtWidgets.QFileDialog, "getExistingDirectory", lambda *_args: str(tmp_path / "leer"))
    with qtbot.waitSignal(page.import_tab.previewed, timeout=10000):
        page.import_tab.folder_button.click()
    assert "keine Austauschdateien" in page.import_tab.message.text()
    assert page.import_tab.model.rowCount() == 0 and not page.import_tab.import_button.isEnabled()


def test_an_unconfirmed_device_is_trusted_from_the_devices_tab(qtbot, vault, coordinator_vault, deployment,  # type: ignore[no-untyped-def] # noqa: F811
                                                               settings, monkeypatch) -> None:
    with vault.transaction() as session:
        keys = load_keys(session)
    info = DeviceInfo(vault.profile.device_id, keys.signing_key, keys.age_recipient, "Test Nutzerin",
                      "case-manager", 1)
    with coordinator_vault.transaction() as session:
        devices.register(session, info, devices.PENDING)
    page = open_page(qtbot, coordinator_vault, deployment, settings)
    tab = page.devices_tab
    page.show_tab(tab)
    assert cells(tab.table)[0][3] == "unbestätigt"
    tab.table.selectRow(0)
    shown: list[str] = []

    def answer(dialog: TrustDeviceDialog) -> QtWidgets.QDialog.DialogCode:
        shown.append(dialog.fingerprint.text())
        return QtWidgets.QDialog.DialogCode.Accepted

    monkeypatch.setattr(TrustDeviceDialog, "exec", answer)
    tab.trust_button.click()
    assert shown[0].split() == keys.fingerprint.split()
    assert cells(tab.table)[0][3] == "vertraut"
    with coordinator_vault.reader() as session:
        assert devices.find(session, info.device_id).status == devices.TRUSTED
