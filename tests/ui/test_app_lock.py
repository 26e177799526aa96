"""The whole flow through the controller: unlock, main window, lock by Ctrl+L and by inactivity."""

from __future__ import annotations

import pytest

from kim_desktop.ui.app import AppController
from kim_desktop.ui.qt import Qt, QtWidgets, is_alive
from kim_desktop.ui.unlock_dialog import UnlockDialog
from tests.conftest import PASSWORD


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def controller(qtbot, deployment, settings, closed_vault):  # type: ignore[no-untyped-def]
    ctl = AppController(deployment, settings, closed_vault)
    yield ctl
    ctl.autolock.stop()
    ctl.backup_timer.stop()
    if ctl._last_window_hooked:
        QtWidgets.QApplication.instance().lastWindowClosed.disconnect(ctl.quit)
    if ctl.window is not None:
        ctl.window.hide()
        ctl.window.deleteLater()
    if ctl.vault is not None:
        ctl.vault.close()


def _unlock(qtbot, ctl: AppController, password: str = PASSWORD) -> None:  # type: ignore[no-untyped-def]
    dialog = ctl.dialog
    assert isinstance(dialog, UnlockDialog)
    dialog.password.setText(password)
    with qtbot.waitSignal(ctl.unlocked, timeout=10000):
        dialog.try_unlock()


def test_start_shows_unlock_then_main_window_with_role_sections(qtbot, controller):  # type: ignore[no-untyped-def]
    dialog = controller.start()
    assert isinstance(dialog, UnlockDialog)
    _unlock(qtbot, controller)
    window = controller.window
    assert window.isVisible()
    titles = [window.navigation.item(r).text() for r in range(window.navigation.count())]
    assert titles == ["Start", "Fälle", "Beratungen", "Wiedervorlagen", "Stammdaten", "Datenschutz", "Profil",
                      "Austausch", "Terminplan", "Meldungen", "Berichte"]
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)  # the tenth section
    assert window.navigation.currentItem().text() == "Meldungen"
    assert window.navigation.currentItem().toolTip() == "Ctrl+0"
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_B, ctrl_shift)
    assert window.navigation.currentItem().text() == "Berichte"  # the eleventh: its own shortcut
    assert window.navigation.currentItem().toolTip() == "Ctrl+Shift+B"
    assert "Test Nutzerin" in window.pages["start"].heading.text()
    assert "DEMO" not in window.windowTitle()


def test_ctrl_l_locks_clears_pages_and_restores_unsaved_input(qtbot, controller):  # type: ignore[no-untyped-def]
    controller.start()
    _unlock(qtbot, controller)
    window = controller.window
    window.select_section("profile")
    profile_page = window.pages["profile"]
    profile_page.name.setText("Noch nicht gespeichert")
    with qtbot.waitSignal(controller.locked, timeout=5000):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.vault.locked
    assert not window.isVisible()
    assert window.pages == {}, "no page (and no data) survives the lock"
    assert window.stack.count() == 0
    relock = controller.dialog
    assert isinstance(relock, UnlockDialog) and relock.locked_vault is controller.vault
    relock.password.setText("falsches-passwort")
    relock.try_unlock()
    qtbot.waitUntil(lambda: relock.error.text() == "Passwort falsch.", timeout=10000)
    assert controller.vault.locked
    _unlock(qtbot, controller)
    assert window.isVisible()
    restored = window.pages["profile"]
    assert restored is not profile_page
    assert restored.name.text() == "Noch nicht gespeichert"
    assert window.stack.currentWidget() is restored
    assert controller.vault.profile.display_name == "Test Nutzerin", "a draft is not saved by locking"


def test_input_in_a_dialog_a_page_opened_survives_a_real_lock(qtbot, controller):  # type: ignore[no-untyped-def]
    """The lock closes dialogs before it clears the pages: their input must be asked for first."""
    controller.start()
    _unlock(qtbot, controller)
    window = controller.window
    window.select_section("schedule")
    dialog = window.pages["schedule"].new_appointment("10:00")
    qtbot.waitUntil(dialog.isVisible)
    dialog.note.setPlainText("Termin vor dem Sperrenlockmarker")
    controller.lock()
    qtbot.waitUntil(lambda: controller.vault.locked)
    assert not dialog.isVisible() if is_alive(dialog) else True
    _unlock(qtbot, controller)
    page = window.pages["schedule"]
    qtbot.waitUntil(lambda: page.appointment_dialog is not None and is_alive(page.appointment_dialog)
                    and page.appointment_dialog.isVisible())
    assert page.appointment_dialog.note.toPlainText() == "Termin vor dem Sperrenlockmarker"
    page.appointment_dialog.done(0)


def test_inactivity_locks_by_wall_clock(qtbot, controller):  # type: ignore[no-untyped-def]
    clock = FakeClock()
    controller.autolock.clock = clock
    controller.start()
    _unlock(qtbot, controller)
    minutes = controller.settings.get("autolock_minutes")
    assert minutes == 10
    clock.now += minutes * 60 - 1
    controller.autolock.check()
    assert not controller.vault.locked
    qtbot.mouseMove(controller.window, controller.window.rect().center())
    qtbot.keyClick(controller.window, Qt.Key.Key_Shift)  # activity resets the idle time
    assert controller.autolock.idle_seconds() == 0
    clock.now += minutes * 60  # e.g. the laptop slept with the lid closed
    with qtbot.waitSignal(controller.locked, timeout=5000):
        controller.autolock.check()
    assert controller.vault.locked
    assert isinstance(controller.dialog, UnlockDialog)


def test_lock_closes_open_dialogs(qtbot, controller):  # type: ignore[no-untyped-def]
    from kim_desktop.ui.settings_dialog import SettingsDialog

    controller.start()
    _unlock(qtbot, controller)
    dialog = SettingsDialog(controller.settings, controller.window)
    dialog.show()
    controller.lock()
    assert not dialog.isVisible()
    assert dialog.result() == QtWidgets.QDialog.DialogCode.Rejected


def test_pages_are_destroyed_by_the_lock(qtbot, controller):  # type: ignore[no-untyped-def]
    from kim_desktop.ui.qt import is_alive

    controller.start()
    _unlock(qtbot, controller)
    pages = list(controller.window.pages.values())
    controller.lock()
    assert all(page.parent() is None and not page.isVisible() for page in pages if is_alive(page))
    qtbot.waitUntil(lambda: not any(is_alive(page) for page in pages))


def test_autolock_is_inactive_while_locked(qtbot, controller):  # type: ignore[no-untyped-def]
    clock = FakeClock()
    controller.autolock.clock = clock
    controller.start()
    _unlock(qtbot, controller)
    assert controller.autolock.active
    controller.lock()
    assert not controller.autolock.active
    relock = controller.dialog
    seen = clock.now
    clock.now += 3600
    qtbot.keyClick(relock.password.edit, Qt.Key.Key_A)  # no activity is recorded: the filter is gone
    assert controller.autolock.last_activity == seen
    requests: list[object] = []
    controller.autolock.lockRequested.connect(lambda: requests.append(1))
    controller.autolock.timedOut.connect(lambda: requests.append(2))
    qtbot.keyClick(relock.password.edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    controller.autolock.check()
    assert requests == []
    _unlock(qtbot, controller)
    assert controller.autolock.active


def test_ctrl_l_locks_while_a_modal_dialog_is_open(qtbot, controller):  # type: ignore[no-untyped-def]
    from kim_desktop.ui.settings_dialog import SettingsDialog

    controller.start()
    _unlock(qtbot, controller)
    dialog = SettingsDialog(controller.settings, controller.window)
    dialog.setModal(True)
    dialog.show()
    with qtbot.waitSignal(controller.locked, timeout=5000):
        qtbot.keyClick(dialog.autolock, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    assert controller.vault.locked


def test_geometry_is_saved_when_locking(qtbot, controller):  # type: ignore[no-untyped-def]
    from kim_desktop.ui.main_window import GEOMETRY_KEY
    from kim_desktop.ui.qt import QtCore

    QtCore.QSettings().remove(GEOMETRY_KEY)
    controller.start()
    _unlock(qtbot, controller)
    controller.window.resize(900, 650)
    controller.lock()
    saved = QtCore.QSettings().value(GEOMETRY_KEY)
    QtCore.QSettings().remove(GEOMETRY_KEY)
    assert isinstance(saved, QtCore.QByteArray) and not saved.isEmpty()
