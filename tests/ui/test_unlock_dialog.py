from __future__ import annotations

from kim_desktop.ui.qt import Qt, QtWidgets
from kim_desktop.ui.unlock_dialog import UnlockDialog
from tests.conftest import PASSWORD


def _dialog(qtbot, path, **kwargs):  # type: ignore[no-untyped-def]
    dialog = UnlockDialog(path, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_wrong_password_says_so_and_keeps_the_dialog(qtbot, closed_vault):  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, closed_vault)
    qtbot.keyClicks(dialog.password.edit, "falsches-passwort")
    qtbot.keyClick(dialog.password.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error.text() == "Passwort falsch.", timeout=10000)
    assert dialog.isVisible()
    assert dialog.vault is None
    assert dialog.unlock_button.isEnabled()


def test_right_password_opens_the_vault(qtbot, closed_vault):  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, closed_vault)
    qtbot.keyClicks(dialog.password.edit, PASSWORD)
    with qtbot.waitSignal(dialog.opened, timeout=10000) as blocker:
        qtbot.keyClick(dialog.password.edit, Qt.Key.Key_Return)
    vault = blocker.args[0]
    try:
        assert vault.path == closed_vault
        assert dialog.password.text() == "", "the password does not stay in the widget"
    finally:
        vault.close()


def test_missing_file_is_named(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    missing = tmp_path / "gibtsnicht.kimvault"
    dialog = _dialog(qtbot, missing)
    dialog.password.setText(PASSWORD)
    dialog.try_unlock()
    qtbot.waitUntil(lambda: str(missing) in dialog.error.text(), timeout=10000)
    assert not missing.exists()


def test_show_hide_and_caps_lock_hint(qtbot, closed_vault):  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, closed_vault)
    field = dialog.password
    assert field.edit.echoMode() == QtWidgets.QLineEdit.EchoMode.Password
    field.toggle.click()
    assert field.edit.echoMode() == QtWidgets.QLineEdit.EchoMode.Normal
    qtbot.keyClick(field.edit, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert field.edit.echoMode() == QtWidgets.QLineEdit.EchoMode.Password
    assert not field.caps_hint.isVisible()
    qtbot.keyClick(field.edit, "A")  # upper case without Shift: Caps Lock is on
    assert field.caps_hint.isVisible()
    qtbot.keyClick(field.edit, "a")
    assert not field.caps_hint.isVisible()


def test_relock_mode_keeps_the_path(qtbot, vault):  # type: ignore[no-untyped-def]
    vault.lock()
    dialog = _dialog(qtbot, vault.path, locked_vault=vault)
    assert dialog.path_edit.isReadOnly()
    assert not dialog.browse.isVisible()
    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(dialog.opened, timeout=10000):
        dialog.try_unlock()
    assert not vault.locked


def test_demo_title(qtbot, closed_vault):  # type: ignore[no-untyped-def]
    assert "DEMO" in _dialog(qtbot, closed_vault, demo=True).windowTitle()
    assert "DEMO" not in _dialog(qtbot, closed_vault).windowTitle()
