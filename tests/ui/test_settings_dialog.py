"""Settings: OK stores only what the user changed; a demo session keeps its vault path to itself."""

from __future__ import annotations

import json

import pytest

from kim_desktop.settings import Settings
from kim_desktop.ui.main_window import MainWindow
from kim_desktop.ui.session import AppSession
from kim_desktop.ui.settings_dialog import SettingsDialog


def _stored(settings: Settings) -> dict:  # type: ignore[type-arg]
    return json.loads(settings.path.read_text(encoding="utf-8"))


def _dialog(qtbot, settings, **kwargs) -> SettingsDialog:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(settings, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_ok_without_changes_stores_nothing(qtbot, settings, vault):  # type: ignore[no-untyped-def]
    _dialog(qtbot, settings, vault=vault).accept()
    assert _stored(settings) == {}, "unchanged values keep following the defaults and IT's policy"


def test_only_the_changed_setting_is_stored(qtbot, settings, vault):  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, settings, vault=vault)
    dialog.backup_keep.setValue(dialog.backup_keep.value() + 1)
    dialog.autolock.setValue(dialog.autolock.value() + 1)
    dialog.autolock.setValue(dialog.autolock.value() - 1)  # changed and changed back: not a choice
    dialog.accept()
    assert _stored(settings) == {"backup_keep": settings.deployment.policy.backup_keep + 1}


def test_demo_session_does_not_offer_or_store_the_vault_location(qtbot, settings, vault, tmp_path,  # type: ignore[no-untyped-def]
                                                                  monkeypatch):
    monkeypatch.setattr(vault, "move_to", lambda target: (_ for _ in ()).throw(AssertionError("moved")))
    dialog = _dialog(qtbot, settings, vault=vault, demo=True)
    assert not dialog.vault_path.isVisible()
    assert "Demo" in dialog.note.text()
    dialog.vault_path.setText(str(tmp_path / "woanders.kimvault"))  # even if it were changed somehow
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()
    assert _stored(settings) == {"language": "en"}
    assert Settings(settings.deployment, settings.path).get("vault_path") == ""


def test_main_window_tells_the_settings_dialog_about_demo_mode(qtbot, vault, deployment, settings,  # type: ignore[no-untyped-def]
                                                               monkeypatch):
    opened: list[SettingsDialog] = []
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: opened.append(self) or 0)
    for demo in (True, False):
        window = MainWindow(AppSession(vault, deployment, settings, demo=demo))
        qtbot.addWidget(window)
        window.open_settings()
        assert opened[-1].demo is demo


def test_moving_the_vault_runs_in_the_background_to_a_new_file_name(qtbot, settings, vault, tmp_path,  # type: ignore[no-untyped-def]
                                                                    monkeypatch):
    import threading

    from kim_desktop.ui.qt import QtWidgets
    from kim_desktop.ui.session import JobGate
    from kim_desktop.ui.widgets.path_field import PathKind

    target = tmp_path / "woanders" / "neu"
    target.parent.mkdir()
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    monkeypatch.setattr(QtWidgets.QFileDialog, "getOpenFileName",
                        lambda *args: pytest.fail("an existing file was asked for"))
    yes = QtWidgets.QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QtWidgets.QMessageBox, "question", lambda *args: yes)
    release, real_move = threading.Event(), vault.move_to

    def slow_move(where):  # type: ignore[no-untyped-def]
        release.wait(10)
        real_move(where)

    monkeypatch.setattr(vault, "move_to", slow_move)
    gate = JobGate()
    dialog = _dialog(qtbot, settings, vault=vault, gate=gate)
    assert dialog.vault_path.kind is PathKind.NEW_VAULT
    dialog.vault_path.browse.click()
    dialog.accept()
    assert dialog.moving and gate.busy and dialog.isVisible()
    assert dialog.status.text() == "Die Datendatei wird verschoben …"
    dialog.reject()
    assert dialog.isVisible(), "the move cannot be cut off"
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        release.set()
    moved = target.with_name("neu.kimvault")
    assert vault.path == moved and moved.exists()
    assert _stored(settings) == {"vault_path": str(moved)}
    assert not gate.busy


def test_no_move_while_another_vault_job_runs(qtbot, settings, vault):  # type: ignore[no-untyped-def]
    from kim_desktop.ui.session import JobGate

    gate = JobGate()
    gate.job = "backup"
    dialog = _dialog(qtbot, settings, vault=vault, gate=gate)
    assert not dialog.vault_path.isEnabled()
    gate._end()
    assert dialog.vault_path.isEnabled()
