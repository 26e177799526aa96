"""Every test gets its own data, config and log folders, and the fast test-only KDF."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# pytest-qt calls processEvents() around every test and qWait() while waiting: with PySide6
# 6.12.0 on Python 3.11 each call drops a reference to None (see kim_desktop/ui/refcount_guard.py).
from kim_desktop.ui import refcount_guard  # noqa: E402

refcount_guard.hold(1_000_000)
os.environ["KIM_DESKTOP_INSECURE_TEST_KDF"] = "1"

PASSWORD = "richtig-geheim-42"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--packaging", action="store_true",
                     help="run only the packaging tests (tests/packaging) against dist/, which build.py made")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "packaging: runs the built bundle and .deb (pytest --packaging)")


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                     ("XDG_STATE_HOME", "state"), ("XDG_CACHE_HOME", "cache")):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("HOME", str(home))
    for var in ("KIM_DESKTOP_VAULT", "KIM_DESKTOP_PASSWORD", "KIM_DESKTOP_NEW_PASSWORD", "KIM_DESKTOP_DEPLOYMENT"):
        monkeypatch.delenv(var, raising=False)
    return home


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "vaults" / "test.kimvault"


@pytest.fixture
def vault(vault_path: Path):  # type: ignore[no-untyped-def]
    from kim_desktop.domain.roles import Role
    from kim_desktop.storage.vault import Vault

    v = Vault.create(vault_path, PASSWORD, role=Role.CASE_MANAGER, display_name="Test Nutzerin",
                     team=1, municipalities=("05382024", "05382008"))
    yield v
    v.close()
