"""The shared widgets: municipality checklist and path field (with their labels' buddies)."""

from __future__ import annotations

from kim_desktop.ui.qt import QtWidgets
from kim_desktop.ui.settings_dialog import SettingsDialog
from kim_desktop.ui.unlock_dialog import UnlockDialog
from kim_desktop.ui.widgets.municipality_list import MunicipalityList
from kim_desktop.ui.widgets.path_field import PathField, PathKind
from kim_desktop.ui.wizard import FirstStartWizard


def test_municipality_list_sets_and_gives_ags_keys(qtbot, deployment):  # type: ignore[no-untyped-def]
    widget = MunicipalityList(deployment.municipalities)
    qtbot.addWidget(widget)
    keys = [m.ags for m in deployment.municipalities]
    assert widget.count() == len(keys) and widget.checked() == ()
    with qtbot.waitSignal(widget.checkedChanged):
        widget.set_checked([keys[2], keys[0], "unbekannt"])
    assert widget.checked() == (keys[0], keys[2]), "in the deployment's order, unknown keys ignored"
    widget.set_checked([])
    assert widget.checked() == ()


def test_wizard_and_profile_page_share_the_list(qtbot, deployment, vault, settings, tmp_path):  # type: ignore[no-untyped-def]
    from kim_desktop.ui.pages.profile_page import ProfilePage
    from kim_desktop.ui.session import AppSession

    wizard = FirstStartWizard(deployment, tmp_path / "neu.kimvault")
    page = ProfilePage(AppSession(vault, deployment, settings))
    for widget in (wizard, page):
        qtbot.addWidget(widget)
    assert isinstance(wizard.person_page.municipalities, MunicipalityList)
    assert isinstance(page.municipalities, MunicipalityList)
    assert set(page.municipalities.checked()) == set(vault.profile.municipalities)


def test_path_field_browse(qtbot, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName",
                        lambda *args: (str(tmp_path / "ohne-endung"), ""))
    monkeypatch.setattr(QtWidgets.QFileDialog, "getExistingDirectory", lambda *args: str(tmp_path / "ordner"))
    new_vault = PathField(str(tmp_path / "a.kimvault"), PathKind.NEW_VAULT)
    folder = PathField("", PathKind.FOLDER)
    for widget in (new_vault, folder):
        qtbot.addWidget(widget)
    with qtbot.waitSignal(new_vault.browsed):
        new_vault.browse.click()
    assert new_vault.path() == tmp_path / "ohne-endung.kimvault"
    folder.browse.click()
    assert folder.text() == str(tmp_path / "ordner")
    new_vault.set_read_only(True)
    assert new_vault.edit.isReadOnly() and not new_vault.browse.isVisibleTo(new_vault)


def _buddies(window: QtWidgets.QWidget) -> set[QtWidgets.QWidget]:
    return {label.buddy() for label in window.findChildren(QtWidgets.QLabel) if label.buddy() is not None}


def test_path_labels_lead_to_the_line_edit(qtbot, settings, tmp_path):  # type: ignore[no-untyped-def]
    unlock = UnlockDialog(tmp_path / "a.kimvault")
    dialog = SettingsDialog(settings)
    wizard = FirstStartWizard(settings.deployment, tmp_path / "neu.kimvault")
    for widget in (unlock, dialog, wizard):
        qtbot.addWidget(widget)
    assert unlock.path_field.edit in _buddies(unlock)
    assert {dialog.backup_dir.edit, dialog.vault_path.edit} <= _buddies(dialog)
    assert wizard.location_page.path_field.edit in _buddies(wizard)
