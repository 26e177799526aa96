from __future__ import annotations

from pathlib import Path

import pytest

from kim_desktop.config.deployment import Deployment, load_deployment
from kim_desktop.settings import Settings
from tests.conftest import PASSWORD


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
