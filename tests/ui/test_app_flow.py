"""The controller's flow: remembering the vault's place, background jobs at lock and quit,
drafts at the relock dialog, wizard <-> unlock dialog, and the notice after a hard crash."""

from __future__ import annotations

import threading

from kim_desktop.settings import Settings
from kim_desktop.ui.background import run_in_background
from kim_desktop.ui.qt import Qt, QtWidgets, is_alive
from kim_desktop.ui.unlock_dialog import UnlockDialog
from kim_desktop.ui.wizard import FirstStartWizard
from tests.conftest import PASSWORD

YES, NO = QtWidgets.QMessageBox.StandardButton.Yes, QtWidgets.QMessageBox.StandardButton.No


def _unlock(qtbot, ctl, password: str = PASSWORD) -> None:  # type: ignore[no-untyped-def]
    dialog = ctl.dialog
    assert isinstance(dialog, UnlockDialog)
    dialog.password.setText(password)
    with qtbot.waitSignal(ctl.unlocked, timeout=10000):
        dialog.try_unlock()


def _answer(monkeypatch, answer) -> list[str]:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def question(_parent, _title, text, *args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answer

    monkeypatch.setattr(QtWidgets.QMessageBox, "question", question)
    return asked


# --- 2: the vault's place is remembered ------------------------------------------------------------

def test_a_vault_opened_elsewhere_is_remembered_for_the_next_start(qtbot, make_controller, settings,  # type: ignore[no-untyped-def]
                                                                    closed_vault):
    ctl = make_controller(closed_vault, remember_path=True)
    ctl.start()
    _unlock(qtbot, ctl)
    assert Settings(settings.deployment, settings.path).get("vault_path") == str(closed_vault)


def test_no_remembering_for_demo_or_a_path_given_from_outside(qtbot, make_controller, settings,  # type: ignore[no-untyped-def]
                                                              closed_vault):
    for kwargs in ({"remember_path": True, "demo": True}, {"remember_path": False}):
        ctl = make_controller(closed_vault, **kwargs)
        ctl.start()
        _unlock(qtbot, ctl)
        assert settings.get("vault_path") == ""
        assert not settings.path.exists()
        ctl.quit()


def test_the_default_place_needs_no_setting(qtbot, make_controller, settings, closed_vault, monkeypatch):  # type: ignore[no-untyped-def]
    from kim_desktop.ui import app

    monkeypatch.setattr(app, "resolve_vault_path", lambda _cli, _setting: closed_vault)
    ctl = make_controller(closed_vault, remember_path=True)
    ctl.start()
    _unlock(qtbot, ctl)
    assert not settings.path.exists()


# --- 3: lock and quit wait for background jobs --------------------------------------------------

def _job_seeing_the_vault(ctl):  # type: ignore[no-untyped-def]
    """A job that is still running when lock/quit is asked for, and notes whether the vault was usable."""
    vault, started, release, seen = ctl.vault, threading.Event(), threading.Event(), []

    def op() -> None:
        started.set()
        release.wait(10)
        seen.append(vault.locked)

    results: list[object] = []
    run_in_background(op, results.append, results.append)
    assert started.wait(5)
    threading.Timer(0.2, release.set).start()
    return seen, results


def test_lock_waits_for_a_running_job_and_drops_its_result(qtbot, make_controller, closed_vault):  # type: ignore[no-untyped-def]
    from kim_desktop.ui import background

    ctl = make_controller(closed_vault)
    ctl.start()
    _unlock(qtbot, ctl)
    seen, results = _job_seeing_the_vault(ctl)
    ctl.lock()
    assert seen == [False], "the job finished before the vault was locked"
    assert ctl.vault.locked
    qtbot.waitUntil(lambda: not background._running)
    assert results == [], "the cleared page is not updated any more"


def test_quit_waits_for_a_running_job(qtbot, make_controller, closed_vault):  # type: ignore[no-untyped-def]
    ctl = make_controller(closed_vault)
    ctl.start()
    _unlock(qtbot, ctl)
    seen, _results = _job_seeing_the_vault(ctl)
    ctl.quit()
    assert seen == [False]
    assert ctl.vault is None


def test_lock_closes_a_busy_password_dialog(qtbot, make_controller, closed_vault, monkeypatch):  # type: ignore[no-untyped-def]
    from kim_desktop.ui.change_password_dialog import ChangePasswordDialog

    ctl = make_controller(closed_vault)
    ctl.start()
    _unlock(qtbot, ctl)
    dialog = ChangePasswordDialog(ctl.session, ctl.window)
    dialog.show()
    release = threading.Event()
    monkeypatch.setattr(ctl.vault, "change_password", lambda *a, **k: release.wait(10))
    dialog.current.setText(PASSWORD)
    dialog.fields.first.setText("ein-ganz-neues-passwort")
    dialog.fields.second.setText("ein-ganz-neues-passwort")
    dialog.apply()
    threading.Timer(0.2, release.set).start()
    ctl.lock()
    assert not dialog.isVisible()
    assert ctl.vault.locked


# --- 5: the relock dialog and the wizard opened from the unlock dialog --------------------------

def _locked_with_draft(qtbot, ctl) -> UnlockDialog:  # type: ignore[no-untyped-def]
    ctl.start()
    _unlock(qtbot, ctl)
    ctl.window.pages["profile"].name.setText("Noch nicht gespeichert")
    ctl.lock()
    relock = ctl.dialog
    assert isinstance(relock, UnlockDialog) and relock.locked_vault is not None
    return relock


def test_quitting_at_the_relock_dialog_asks_when_drafts_would_be_lost(qtbot, make_controller, closed_vault,  # type: ignore[no-untyped-def]
                                                                      monkeypatch):
    ctl = make_controller(closed_vault)
    relock = _locked_with_draft(qtbot, ctl)
    asked = _answer(monkeypatch, NO)
    qtbot.keyClick(relock, Qt.Key.Key_Escape)
    relock.quit_button.click()
    assert asked == ["Nicht gespeicherte Eingaben gehen verloren. Trotzdem beenden?"] * 2
    assert relock.isVisible()
    assert ctl.quit_calls == 0
    _answer(monkeypatch, YES)
    relock.quit_button.click()
    assert ctl.quit_calls == 1


def test_quitting_at_the_relock_dialog_without_drafts_does_not_ask(qtbot, make_controller, closed_vault,  # type: ignore[no-untyped-def]
                                                                   monkeypatch):
    ctl = make_controller(closed_vault)
    ctl.start()
    _unlock(qtbot, ctl)
    ctl.lock()
    asked = _answer(monkeypatch, NO)
    qtbot.keyClick(ctl.dialog, Qt.Key.Key_Escape)
    assert asked == []
    assert ctl.quit_calls == 1


def test_cancelling_a_wizard_opened_from_the_unlock_dialog_returns_there(qtbot, make_controller,  # type: ignore[no-untyped-def]
                                                                           closed_vault):
    ctl = make_controller(closed_vault)
    unlock = ctl.start()
    unlock.create_button.click()
    qtbot.waitUntil(lambda: isinstance(ctl.dialog, FirstStartWizard))
    ctl.dialog.reject()
    qtbot.waitUntil(lambda: isinstance(ctl.dialog, UnlockDialog))
    assert ctl.dialog.isVisible()
    assert ctl.dialog.path() == closed_vault
    assert ctl.quit_calls == 0


def test_cancelling_the_wizard_at_the_very_first_start_quits(qtbot, make_controller, tmp_path):  # type: ignore[no-untyped-def]
    ctl = make_controller(tmp_path / "noch-keine.kimvault")
    wizard = ctl.start()
    assert isinstance(wizard, FirstStartWizard)
    wizard.reject()
    assert ctl.quit_calls == 1


# --- 6: an existing vault instead of a new one ----------------------------------------------------

def test_the_wizard_can_open_an_existing_vault(qtbot, make_controller, settings, closed_vault, tmp_path,  # type: ignore[no-untyped-def]
                                               monkeypatch):
    offered: list[str] = []

    def get_open_file_name(_parent, _title, _start, file_filter):  # type: ignore[no-untyped-def]
        offered.append(file_filter)
        return str(closed_vault), file_filter

    monkeypatch.setattr(QtWidgets.QFileDialog, "getOpenFileName", get_open_file_name)
    ctl = make_controller(tmp_path / "noch-keine.kimvault", remember_path=True)
    wizard = ctl.start()
    assert isinstance(wizard, FirstStartWizard)
    assert wizard.role_page.open_existing.isVisible()
    wizard.role_page.open_existing.click()
    assert offered == ["KIM-Datendateien (*.kimvault)"]
    qtbot.waitUntil(lambda: isinstance(ctl.dialog, UnlockDialog))
    assert not is_alive(wizard) or not wizard.isVisible()
    assert ctl.quit_calls == 0
    assert ctl.dialog.path() == closed_vault
    _unlock(qtbot, ctl)
    assert Settings(settings.deployment, settings.path).get("vault_path") == str(closed_vault)


def test_cancelled_file_choice_keeps_the_wizard(qtbot, make_controller, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QtWidgets.QFileDialog, "getOpenFileName", lambda *args: ("", ""))
    ctl = make_controller(tmp_path / "noch-keine.kimvault")
    wizard = ctl.start()
    wizard.role_page.open_existing.click()
    assert wizard.isVisible() and ctl.dialog is wizard


# --- 8: the notice after a hard crash ---------------------------------------------------------------

def test_previous_crash_notice(qtbot, make_controller, closed_vault):  # type: ignore[no-untyped-def]
    ctl = make_controller(closed_vault)
    dialog = ctl.start()
    box = ctl.tell_previous_crash()
    assert box.isVisible()
    assert box.parent() is dialog
    assert "unerwartet beendet" in box.text() and "Protokoll" in box.text()
    box.accept()
