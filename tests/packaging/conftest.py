"""The packaging tests run against what IT's build command made: `dist/kim-desktop/` and the `.deb`.

They are not part of the quick suite: `pytest --packaging tests/packaging` runs them (the separate
step `sh scripts/setup.sh package-test`, after `build_scripts/build.py --deb`).
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.packaging.scripts import load

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
BUNDLE = DIST / "kim-desktop"
PASSWORD = "Paket-Test-Passwort-2026"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    wanted = bool(config.getoption("--packaging"))
    keep = [item for item in items if (item.get_closest_marker("packaging") is not None) == wanted]
    dropped = [item for item in items if item not in keep]
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = keep


def project_version() -> str:
    """pyproject's version, as build.py reads it: what `kim-desktop --version` prints."""
    return str(load("build").read_version(ROOT))


def package_version() -> str:
    """The .deb's version: the same, spelt for Debian ('1.0rc1' → '1.0~rc1')."""
    return str(load("debian").debian_version(project_version()))


@dataclass(frozen=True)
class Ran:
    code: int
    out: str
    err: str

    def ok(self) -> Ran:
        assert self.code == 0, f"exit {self.code}\n{self.out}\n{self.err}"
        assert "Traceback" not in self.err, self.err
        return self


Runner = Callable[..., Ran]


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """A user with a home of their own, the real key derivation and no source checkout on the path."""
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("KIM_DESKTOP_", "PYTHON", "XDG_", "VIRTUAL_ENV"))}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
    env.update(extra)
    return env


def runner(executable: Path | str, home: Path) -> Runner:
    def run(*args: object, stdin: str | None = None, env: dict[str, str] | None = None,
            timeout: float = 300) -> Ran:
        done = subprocess.run([str(executable), *map(str, args)], input=stdin, capture_output=True, text=True,
                              env=clean_env(home, **(env or {})), timeout=timeout, cwd=home)
        return Ran(done.returncode, done.stdout, done.stderr)
    return run


@pytest.fixture(scope="session")
def bundle() -> Path:
    binary = BUNDLE / "kim-desktop"
    if not binary.is_file():
        pytest.fail(f"{binary} is missing: build it first with `python build_scripts/build.py --deb`")
    return BUNDLE


@pytest.fixture(scope="session")
def deb() -> Path:
    found = sorted(DIST.glob(f"kim-desktop_{package_version()}_*.deb"))
    if len(found) != 1:
        pytest.fail(f"expected one kim-desktop_{package_version()}_*.deb in {DIST}, found {found}")
    return found[0]


@pytest.fixture
def home(tmp_path: Path) -> Path:
    path = tmp_path / "home"
    path.mkdir()
    return path


@pytest.fixture
def kim(bundle: Path, home: Path) -> Runner:
    return runner(bundle / "kim-desktop", home)
