from __future__ import annotations

from kim_desktop.ui.change_password_dialog import ChangePasswordDialog
from kim_desktop.ui.main_window import MainWindow
from kim_desktop.ui.session import AppSession
from kim_desktop.ui.settings_dialog import SettingsDialog
from tests.conftest import PASSWORD


def test_settings_dialog_respects_policy_and_saves(qtbot, settings):  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    policy = settings.deployment.policy
    assert (dialog.autolock.minimum(), dialog.autolock.maximum()) == (policy.autolock_minutes_min,
                                                                       policy.autolock_minutes_max)
    dialog.autolock.setValue(5)
    dialog.backup_keep.setValue(3)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()
    assert settings.path.is_file()
    from kim_desktop.settings import Settings

    reloaded = Settings(settings.deployment, settings.path)
    assert (reloaded.get("autolock_minutes"), reloaded.get("backup_keep"), reloaded.get("language")) == (5, 3, "en")


def test_change_password_dialog(qtbot, vault, deployment, settings):  # type: ignore[no-untyped-def]
    session = AppSession(vault, deployment, settings)
    dialog = ChangePasswordDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok.isEnabled()
    dialog.current.setText("falsches-passwort")
    dialog.fields.first.setText("ein-ganz-neues-passwort")
    dialog.fields.second.setText("ein-ganz-neues-passwort")
    assert dialog.ok.isEnabled()
    dialog.apply()
    qtbot.waitUntil(lambda: dialog.message.text() == "Passwort falsch.", timeout=10000)
    assert vault.verify_password(PASSWORD)
    dialog.current.setText(PASSWORD)
    qtbot.waitUntil(dialog.ok.isEnabled)
    from kim_desktop.ui.qt import QtWidgets

    qtbot.waitUntil(lambda: True)
    closer = lambda: [w.accept() for w in QtWidgets.QApplication.topLevelWidgets()  # noqa: E731
                      if isinstance(w, QtWidgets.QMessageBox) and w.isVisible()]
    from kim_desktop.ui.qt import QTimer

    timer = QTimer()
    timer.timeout.connect(closer)
    timer.start(50)
    with qtbot.waitSignal(dialog.finished, timeout=10000):
        dialog.apply()
    timer.stop()
    assert vault.verify_password("ein-ganz-neues-passwort")
    assert not vault.verify_password(PASSWORD)


def test_demo_window_title_and_profile_save(qtbot, vault, deployment, settings):  # type: ignore[no-untyped-def]
    window = MainWindow(AppSession(vault, deployment, settings, demo=True))
    qtbot.addWidget(window)
    assert "DEMO" in window.windowTitle()
    page = window.pages["profile"]
    page.name.setText("Neuer Name")
    assert page.draft() is not None
    page.save_button.click()
    assert vault.profile.display_name == "Neuer Name"
    assert page.draft() is None
    page.name.setText("")
    page.save()
    assert vault.profile.display_name == "Neuer Name", "an empty name is refused"
    page.revert_button.click()
    assert page.name.text() == "Neuer Name"
    assert page.draft() is None


def test_password_change_cannot_be_cancelled_while_it_runs(qtbot, vault, deployment, settings,  # type: ignore[no-untyped-def]
                                                           monkeypatch):
    import threading

    from kim_desktop.ui.qt import Qt, QtWidgets

    release = threading.Event()
    real_change = vault.change_password

    def slow_change(*args, **kwargs):  # type: ignore[no-untyped-def]
        release.wait(10)
        real_change(*args, **kwargs)

    monkeypatch.setattr(vault, "change_password", slow_change)
    ok = QtWidgets.QMessageBox.StandardButton.Ok
    monkeypatch.setattr(QtWidgets.QMessageBox, "information", lambda *args: ok)
    dialog = ChangePasswordDialog(AppSession(vault, deployment, settings))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.current.setText(PASSWORD)
    dialog.fields.first.setText("ein-ganz-neues-passwort")
    dialog.fields.second.setText("ein-ganz-neues-passwort")
    dialog.apply()
    cancel = dialog.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
    assert not cancel.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.close()
    assert dialog.isVisible(), "Esc and the close button do not pretend to stop the re-key"
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        release.set()
    assert vault.verify_password("ein-ganz-neues-passwort")
