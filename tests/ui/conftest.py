from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from kim_desktop.config.deployment import Deployment, load_deployment
from kim_desktop.settings import Settings
from tests.conftest import PASSWORD

if TYPE_CHECKING:
    from kim_desktop.storage.vault import Vault
    from kim_desktop.ui.reports.page import ReportsPage


@pytest.fixture
def deployment() -> Deployment:
    return load_deployment()


@pytest.fixture
def settings(deployment: Deployment, tmp_path: Path) -> Settings:
    return Settings(deployment, tmp_path / "settings.json")


@pytest.fixture
def closed_vault(vault_path: Path) -> Path:
    """A vault on disk, not open: what the program meets at a later start."""
    from kim_desktop.domain.roles import Role
    from kim_desktop.storage.vault import Vault

    Vault.create(vault_path, PASSWORD, role=Role.CASE_MANAGER, display_name="Test Nutzerin", team=1,
                 municipalities=("05382024",)).close()
    return vault_path


@pytest.fixture
def make_controller(qtbot, deployment: Deployment, settings: Settings, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """AppControllers whose quit() only counts (the test's QApplication keeps running)."""
    from kim_desktop.ui.app import AppController
    from kim_desktop.ui.qt import QtWidgets, is_alive

    made: list[AppController] = []
    monkeypatch.setattr(QtWidgets.QApplication, "quit", lambda: None)

    def make(path: Path, **kwargs):  # type: ignore[no-untyped-def]
        ctl = AppController(deployment, settings, path, **kwargs)
        ctl.quit_calls = 0  # type: ignore[attr-defined]
        real_quit = ctl.quit

        def counting_quit() -> None:
            ctl.quit_calls += 1  # type: ignore[attr-defined]
            real_quit()

        ctl.quit = counting_quit  # type: ignore[method-assign]
        made.append(ctl)
        return ctl

    yield make
    for ctl in made:
        ctl.autolock.stop()
        ctl.backup_timer.stop()
        if ctl.dialog is not None and is_alive(ctl.dialog):
            ctl.dialog.done(0)
        if ctl._last_window_hooked:
            QtWidgets.QApplication.instance().lastWindowClosed.disconnect(ctl.quit)
        if ctl.window is not None:
            ctl.window.hide()
            ctl.window.deleteLater()
        if ctl.vault is not None:
            ctl.vault.close()


@pytest.fixture(autouse=True)
def background_jobs_end_inside_their_test(qtbot):  # type: ignore[no-untyped-def]
    """A job still running after its test would deliver its callbacks to widgets that pytest-qt
    has already deleted, and crash a later test. Requesting qtbot makes this teardown run first,
    while the test's widgets still exist."""
    yield
    from kim_desktop.ui import background

    assert background.wait_for_background(20000), "a background job outlived its test"


REPORT_DEMO_SEED = 3


@pytest.fixture(scope="module")
def report_vault_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A coordinator vault with demo data for the report tests; filling it is the slow part, hence
    once per module."""
    from kim_desktop.services.demo_data import fill_demo_data
    from tests.coordinator_helpers import new_coordinator_vault

    folder = tmp_path_factory.mktemp("reports")
    with new_coordinator_vault(folder) as vault:
        fill_demo_data(vault, 300, seed=REPORT_DEMO_SEED)
    return folder / "koordination.kimvault"


@pytest.fixture
def report_vault(report_vault_file: Path) -> Iterator[Vault]:
    from kim_desktop.storage.vault import Vault

    with Vault.open(report_vault_file, PASSWORD) as vault:
        yield vault


@pytest.fixture
def fresh_report_page(report_vault, deployment, settings, qtbot) -> ReportsPage:  # type: ignore[no-untyped-def]
    from kim_desktop.ui.reports.page import ReportsPage
    from kim_desktop.ui.session import AppSession

    shown = ReportsPage(AppSession(report_vault, deployment, settings))
    qtbot.addWidget(shown)
    shown.resize(1200, 700)
    return shown
