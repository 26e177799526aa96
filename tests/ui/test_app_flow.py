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


# --- 3: lock clears at once, then waits for a running job; quit waits too ----------------------------

def _job_seeing_the_vault(ctl):  # type: ignore[no-untyped-def]
    """A job that runs until release is set, and notes whether the vault was usable at its end."""
    vault, started, release, seen = ctl.vault, threading.Event(), threading.Event(), []

    def op() -> None:
        started.set()
        release.wait(10)
        seen.append(vault.locked)

    results: list[object] = []
    run_in_background(op, results.append, results.append)
    assert started.wait(5)
    return release, seen, results


def test_lock_clears_the_window_at_once_and_locks_the_vault_after_the_job(qtbot, make_controller,  # type: ignore[no-untyped-def]
                                                                           closed_vault):
    from kim_desktop.ui import background

    ctl = make_controller(closed_vault)
    ctl.start()
    _unlock(qtbot, ctl)
    pages = list(ctl.window.pages.values())
    release, seen, results = _job_seeing_the_vault(ctl)
    ctl.lock()
    assert not ctl.window.isVisible() and ctl.window.pages == {}, "the data leaves the screen at once"
    assert not ctl.autolock.active
    relock = ctl.dialog
    assert isinstance(relock, UnlockDialog) and relock.isVisible()
    assert not relock.unlock_button.isEnabled()
    assert relock.error.text() == "Eine laufende Aufgabe wird noch beendet …"
    assert not ctl.vault.locked, "the job still uses the vault"
    qtbot.waitUntil(lambda: not any(is_alive(page) for page in pages))
    with qtbot.waitSignal(ctl.locked, timeout=10000):
        release.set()
    assert seen == [False], "the job finished before the vault was locked"
    assert ctl.vault.locked
    assert relock.unlock_button.isEnabled() and relock.error.text() == ""
    assert not background.background_running()
    assert results == [], "the cleared page is not updated any more"
    _unlock(qtbot, ctl)
    assert ctl.window.isVisible()


def test_quit_waits_for_a_running_job(qtbot, make_controller, closed_vault):  # type: ignore[no-untyped-def]
    ctl = make_controller(closed_vault)
    ctl.start()
    _unlock(qtbot, ctl)
    release, seen, _results = _job_seeing_the_vault(ctl)
    ctl.quit()
    assert not ctl.finished and ctl.vault is not None
    assert ctl._quit_notice is not None and ctl._quit_notice.isVisible()
    release.set()
    qtbot.waitUntil(lambda: ctl.finished, timeout=10000)
    assert seen == [False]
    assert ctl.vault is None


def test_lock_closes_a_busy_password_dialog_and_waits_for_the_rekey(qtbot, make_controller, closed_vault,  # type: ignore[no-untyped-def]
                                                                    monkeypatch):
    from kim_desktop.ui.change_password_dialog import ChangePasswordDialog

    ctl = make_controller(closed_vault)
    ctl.start()
    _unlock(qtbot, ctl)
    dialog = ChangePasswordDialog(ctl.session, ctl.window)
    dialog.show()
    release, rekeyed = threading.Event(), []
    vault = ctl.vault

    def slow_change(*_args, **_kwargs) -> None:  # type: ignore[no-untyped-def]
        release.wait(10)
        rekeyed.append(vault.locked)

    monkeypatch.setattr(ctl.vault, "change_password", slow_change)
    dialog.current.setText(PASSWORD)
    dialog.fields.first.setText("ein-ganz-neues-passwort")
    dialog.fields.second.setText("ein-ganz-neues-passwort")
    dialog.apply()
    ctl.lock()
    assert not dialog.isVisible()
    assert not ctl.vault.locked
    with qtbot.waitSignal(ctl.locked, timeout=10000):
        release.set()
    assert rekeyed == [False], "the re-key ran to its end on an unlocked vault"
    assert ctl.vault.locked, "and nothing unlocked it again behind the relock dialog"


def test_autolock_does_not_fire_during_a_password_change(qtbot, make_controller, closed_vault,  # type: ignore[no-untyped-def]
                                                         monkeypatch):
    from kim_desktop.ui.change_password_dialog import ChangePasswordDialog

    ctl = make_controller(closed_vault)
    now = [1_000_000.0]
    ctl.autolock.clock = lambda: now[0]
    ctl.start()
    _unlock(qtbot, ctl)
    release = threading.Event()
    monkeypatch.setattr(ctl.vault, "change_password", lambda *a, **k: release.wait(10))
    ok = QtWidgets.QMessageBox.StandardButton.Ok
    monkeypatch.setattr(QtWidgets.QMessageBox, "information", lambda *args: ok)
    dialog = ChangePasswordDialog(ctl.session, ctl.window)
    dialog.show()
    dialog.current.setText(PASSWORD)
    dialog.fields.first.setText("ein-ganz-neues-passwort")
    dialog.fields.second.setText("ein-ganz-neues-passwort")
    dialog.apply()
    now[0] += 24 * 3600
    ctl.autolock.check()
    assert not ctl.lock_pending and not ctl.vault.locked
    assert dialog.isVisible() and ctl.autolock.active
    with qtbot.waitSignal(dialog.finished, timeout=10000):
        release.set()
    now[0] += 24 * 3600
    with qtbot.waitSignal(ctl.locked, timeout=5000):
        ctl.autolock.check()


def test_one_vault_job_at_a_time(qtbot, make_controller, closed_vault, monkeypatch):  # type: ignore[no-untyped-def]
    from kim_desktop.services import backups
    from kim_desktop.ui import background

    ctl = make_controller(closed_vault)
    ctl.start()
    _unlock(qtbot, ctl)
    qtbot.waitUntil(lambda: not background.background_running())  # the automatic backup at unlock
    release, started, calls = threading.Event(), threading.Event(), []

    def slow_backup(*_args):  # type: ignore[no-untyped-def]
        calls.append("now")
        started.set()
        release.wait(10)
        return closed_vault

    monkeypatch.setattr(backups, "backup_now", slow_backup)
    monkeypatch.setattr(backups, "backup_if_due", lambda *args: calls.append("due"))
    start = ctl.window.pages["start"]
    start.backup_button.click()
    assert started.wait(5)
    assert ctl.session.gate.busy
    assert not start.backup_button.isEnabled() and not start.check_button.isEnabled()
    assert not ctl.window.password_action.isEnabled()
    ctl.backup_if_due()  # the hourly check meets the running backup: it tries later
    assert background.jobs.count == 1
    with qtbot.waitSignal(ctl.session.gate.busyChanged, timeout=10000):
        release.set()
    assert calls == ["now"]
    assert start.backup_button.isEnabled() and start.check_button.isEnabled()
    assert ctl.window.password_action.isEnabled()


# --- 4: quitting or cancelling while a vault is being opened or created ---------------------------

def _slow_open(monkeypatch):  # type: ignore[no-untyped-def]
    from kim_desktop.storage.vault import Vault

    real_open, started, release, opened = Vault.open, threading.Event(), threading.Event(), []

    def slow_open(*args, **kwargs):  # type: ignore[no-untyped-def]
        started.set()
        release.wait(10)
        opened.append(real_open(*args, **kwargs))
        return opened[-1]

    monkeypatch.setattr(Vault, "open", slow_open)
    return real_open, started, release, opened


def test_quit_while_a_vault_opens_waits_and_closes_it(qtbot, make_controller, closed_vault, monkeypatch):  # type: ignore[no-untyped-def]
    real_open, started, release, opened = _slow_open(monkeypatch)
    ctl = make_controller(closed_vault)
    dialog = ctl.start()
    dialog.password.setText(PASSWORD)
    dialog.try_unlock()
    assert started.wait(5)
    assert not dialog.quit_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.close()
    assert dialog.isVisible() and ctl.quit_calls == 0, "the open cannot be cut off, so nothing pretends to"
    ctl.quit()
    assert not ctl.finished
    release.set()
    qtbot.waitUntil(lambda: ctl.finished, timeout=10000)
    assert len(opened) == 1 and ctl.vault is None and ctl.window is None
    real_open(closed_vault, PASSWORD).close()  # the file was closed: not "in use" any more


def test_the_wizard_cannot_be_cancelled_while_it_creates(qtbot, make_controller, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    from kim_desktop.services import vault_setup

    started, release, made = threading.Event(), threading.Event(), []
    real_create = vault_setup.create_vault

    def slow_create(*args, **kwargs):  # type: ignore[no-untyped-def]
        started.set()
        release.wait(10)
        made.append(real_create(*args, **kwargs))
        return made[-1]

    monkeypatch.setattr(vault_setup, "create_vault", slow_create)
    ctl = make_controller(tmp_path / "neu.kimvault")
    wizard = ctl.start()
    assert isinstance(wizard, FirstStartWizard)
    wizard.person_page.name.setText("Erika Muster")
    wizard.person_page.municipalities.set_checked(("05382024",))
    wizard.password_page.fields.first.setText("ein-ganz-neues-passwort")
    wizard.password_page.fields.second.setText("ein-ganz-neues-passwort")
    if wizard.password_page.acknowledge is not None:
        wizard.password_page.acknowledge.setChecked(True)
    for _ in range(3):
        wizard.next()
    assert wizard.currentPage() is wizard.location_page
    wizard.next()
    assert started.wait(5)
    assert not wizard.button(QtWidgets.QWizard.WizardButton.CancelButton).isEnabled()
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    wizard.reject()
    assert wizard.isVisible() and ctl.quit_calls == 0
    ctl.quit()
    release.set()
    qtbot.waitUntil(lambda: ctl.finished, timeout=10000)
    assert len(made) == 1 and ctl.vault is None
    from kim_desktop.storage.vault import Vault

    Vault.open(tmp_path / "neu.kimvault", "ein-ganz-neues-passwort").close()


def test_an_error_after_opening_keeps_the_dialog_and_closes_the_vault(qtbot, make_controller, closed_vault,  # type: ignore[no-untyped-def]
                                                                      monkeypatch):
    from kim_desktop.errors import KimError
    from kim_desktop.storage.vault import Vault

    def broken_audit(*_args, **_kwargs) -> None:  # type: ignore[no-untyped-def]
        raise KimError()

    monkeypatch.setattr(Vault, "audit", broken_audit)
    ctl = make_controller(closed_vault)
    dialog = ctl.start()
    dialog.password.setText(PASSWORD)
    dialog.try_unlock()
    qtbot.waitUntil(lambda: dialog.error.text() == "Unbekannter Fehler.", timeout=10000)
    assert dialog.isVisible() and ctl.dialog is dialog
    assert ctl.vault is None and ctl.window is None and ctl.quit_calls == 0
    assert dialog.unlock_button.isEnabled()
    monkeypatch.undo()
    monkeypatch.setattr(QtWidgets.QApplication, "quit", lambda: None)
    _unlock(qtbot, ctl)  # the file was closed again: opening it once more works
    assert ctl.window.isVisible()


def test_last_window_closed_is_connected_once_over_lock_cycles(qtbot, make_controller, closed_vault):  # type: ignore[no-untyped-def]
    ctl = make_controller(closed_vault)
    ctl.start()
    _unlock(qtbot, ctl)
    for _ in range(2):
        ctl.lock()
        _unlock(qtbot, ctl)
    # The automatic backup after unlocking runs in the background; with a job running, quitting
    # waits for it (another test covers that), so let it end first.
    from kim_desktop.ui.background import jobs

    qtbot.waitUntil(lambda: jobs.count == 0, timeout=10000)
    QtWidgets.QApplication.instance().lastWindowClosed.emit()
    assert ctl.quit_calls == 1
    assert ctl.finished


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
