from __future__ import annotations

from pathlib import Path

from kim_desktop.domain.roles import Role
from kim_desktop.ui.qt import Qt, QtWidgets
from kim_desktop.ui.wizard import FirstStartWizard
from tests.conftest import PASSWORD


def _wizard(qtbot, deployment, path: Path) -> FirstStartWizard:  # type: ignore[no-untyped-def]
    wizard = FirstStartWizard(deployment, path)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _fill_password(wizard: FirstStartWizard, first: str, second: str) -> None:
    wizard.password_page.fields.first.setText(first)
    wizard.password_page.fields.second.setText(second)


def test_case_manager_vault_is_created_with_the_team_municipalities(qtbot, deployment, tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "neu.kimvault"
    wizard = _wizard(qtbot, deployment, path)
    wizard.next()
    person = wizard.person_page
    assert not person.isComplete()
    qtbot.keyClicks(person.name, "Erika Muster")
    person.team.setCurrentIndex(person.team.findData(1))
    assert set(person.chosen_municipalities()) == set(deployment.team(1).municipalities)
    assert person.isComplete()
    wizard.next()
    page = wizard.password_page
    _fill_password(wizard, "kurz", "kurz")
    assert not page.isComplete()
    _fill_password(wizard, PASSWORD, PASSWORD + "x")
    assert not page.isComplete()
    assert "stimmen nicht" in page.fields.problem.text()
    _fill_password(wizard, PASSWORD, PASSWORD)
    assert page.acknowledge is not None, "default deployment has no recovery key: the user must acknowledge"
    assert not page.isComplete()
    page.acknowledge.setChecked(True)
    assert page.isComplete()
    wizard.next()
    assert wizard.currentPage() is wizard.location_page
    assert wizard.location_page.chosen() == path
    with qtbot.waitSignal(wizard.created, timeout=10000) as blocker:
        wizard.button(QtWidgets.QWizard.WizardButton.FinishButton).click()
    vault = blocker.args[0]
    try:
        assert path.is_file()
        assert vault.profile.role is Role.CASE_MANAGER
        assert vault.profile.display_name == "Erika Muster"
        assert set(vault.profile.municipalities) == set(deployment.team(1).municipalities)
        assert vault.verify_password(PASSWORD)
    finally:
        vault.close()


def test_coordinator_needs_no_municipalities(qtbot, deployment, tmp_path):  # type: ignore[no-untyped-def]
    wizard = _wizard(qtbot, deployment, tmp_path / "k.kimvault")
    wizard.role_page.coordinator.setChecked(True)
    wizard.next()
    assert not wizard.person_page.team.isVisibleTo(wizard)
    wizard.person_page.name.setText("Kim Koordination")
    assert wizard.person_page.isComplete()
    assert wizard.person_page.chosen_municipalities() == ()


def test_existing_file_is_never_overwritten(qtbot, deployment, tmp_path):  # type: ignore[no-untyped-def]
    existing = tmp_path / "da.kimvault"
    existing.write_bytes(b"something")
    wizard = _wizard(qtbot, deployment, existing)
    assert not wizard.location_page.isComplete()
    assert wizard.location_page.status.text()
    wizard.location_page.path.setText(str(tmp_path / "frei.kimvault"))
    assert wizard.location_page.isComplete()
    assert existing.read_bytes() == b"something"


def test_municipality_list_is_keyboard_operable(qtbot, deployment, tmp_path):  # type: ignore[no-untyped-def]
    wizard = _wizard(qtbot, deployment, tmp_path / "x.kimvault")
    wizard.next()
    items = wizard.person_page.municipalities
    items.setFocus()
    items.setCurrentRow(0)
    qtbot.keyClick(items, Qt.Key.Key_Space)
    assert items.item(0).checkState() == Qt.CheckState.Checked
