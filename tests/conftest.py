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


SITE_SEAM = Path(__file__).resolve().parent / "site_seam"


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> Path:
    home = tmp_path / "home"
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                     ("XDG_STATE_HOME", "state"), ("XDG_CACHE_HOME", "cache")):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("HOME", str(home))
    # A preset IT installed on this machine (/etc/xdg/kim-desktop) must not reach the tests.
    from kim_desktop import paths

    site = tmp_path / "site-config"
    monkeypatch.setattr(paths, "site_config_dir", lambda: site)
    monkeypatch.delenv("XDG_CONFIG_DIRS", raising=False)
    if request.node.get_closest_marker("packaging") is None:  # those test the installed preset itself
        # ... and in the `python -m kim_desktop` the tests start (see site_seam/sitecustomize.py).
        monkeypatch.setenv("KIM_DESKTOP_TEST_SITE_CONFIG_DIR", str(site))
        monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, (str(SITE_SEAM),
                                                                      os.environ.get("PYTHONPATH")))))
    for var in ("KIM_DESKTOP_VAULT", "KIM_DESKTOP_PASSWORD", "KIM_DESKTOP_NEW_PASSWORD",
                "KIM_DESKTOP_DEPLOYMENT"):
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
