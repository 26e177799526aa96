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


def test_change_password_dialog(qtbot, vault, deployment, settings, monkeypatch):  # type: ignore[no-untyped-def]
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

    told: list[str] = []
    ok = QtWidgets.QMessageBox.StandardButton.Ok
    monkeypatch.setattr(QtWidgets.QMessageBox, "information",
                        lambda _parent, _title, text, *args: told.append(text) or ok)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.apply()
    assert len(told) == 1 and "Passwort wurde geändert" in told[0]
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


def test_profile_save_updates_the_start_page_and_keeps_its_shortcuts(qtbot, vault, deployment, settings):  # type: ignore[no-untyped-def]
    from kim_desktop.ui.qt import QtGui

    window = MainWindow(AppSession(vault, deployment, settings))
    qtbot.addWidget(window)
    start, page = window.pages["start"], window.pages["profile"]
    assert "Test Nutzerin" in start.heading.text()
    page.name.setText("Erika Neu")
    with qtbot.waitSignal(page.profileChanged):
        page.save_button.click()
    assert "Erika Neu" in start.heading.text(), "the start page is not stale"
    assert page.save_button.shortcut() == QtGui.QKeySequence("Alt+S"), "the mnemonic stays"
    assert page.save_shortcut.key() == QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.Save)
    page.name.setText("Mit Strg+S")
    page.save_shortcut.activated.emit()
    assert vault.profile.display_name == "Mit Strg+S"


def test_a_case_manager_keeps_at_least_one_municipality(qtbot, vault, deployment, settings):  # type: ignore[no-untyped-def]
    window = MainWindow(AppSession(vault, deployment, settings))
    qtbot.addWidget(window)
    page = window.pages["profile"]
    before = vault.profile.municipalities
    assert before
    page.municipalities.set_checked(())
    page.save()
    assert vault.profile.municipalities == before
    assert page.municipalities_error.text() == "Bitte mindestens eine Kommune auswählen."
    page.municipalities.set_checked(before)
    assert page.municipalities_error.text() == ""
    page.save()
    assert page.message.text() == "Gespeichert."


def test_password_field_keeps_its_input_method_hints_when_shown(qtbot):  # type: ignore[no-untyped-def]
    from kim_desktop.ui.widgets.password_field import SECRET_HINTS, PasswordField

    field = PasswordField()
    qtbot.addWidget(field)
    for _ in range(2):
        field.toggle.click()
        assert field.edit.inputMethodHints() == SECRET_HINTS


def test_about_names_the_version_and_the_configuration_in_use(qtbot, vault, deployment, settings,  # type: ignore[no-untyped-def]
                                                              monkeypatch):
    import dataclasses

    from kim_desktop import __version__
    from kim_desktop.ui.qt import QtWidgets

    preset = dataclasses.replace(deployment, source="/etc/xdg/kim-desktop/<IT>.toml")
    window = MainWindow(AppSession(vault, preset, settings))
    qtbot.addWidget(window)
    shown: list[str] = []
    monkeypatch.setattr(QtWidgets.QMessageBox, "about", lambda _parent, _title, text: shown.append(text))
    window.about()
    assert len(shown) == 1
    assert f"KIM Desktop {__version__}" in shown[0] and "self-check" in shown[0]
    assert "/etc/xdg/kim-desktop/&lt;IT&gt;.toml" in shown[0], "the path is shown as text, not as markup"
