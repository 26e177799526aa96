"""A plain (non-editable) build carries everything the program needs: resources, migrations, entry point.

Builds a wheel from a copy of the source tree (so the checkout gets no build/ or egg-info
litter), then imports the program from the unpacked wheel in a fresh interpreter.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import kim_desktop

ROOT = Path(__file__).resolve().parents[1]
IGNORE = shutil.ignore_patterns(".git", ".venv", "venv", "tests", "benchmarks", "build", "dist", "*.egg-info",
                                "__pycache__", "*.pyc", ".pytest_cache", ".hypothesis", ".ci")


def _can_build_without_isolation() -> bool:
    """setuptools ≥ 70.1 builds wheels on its own; older ones need the `wheel` package."""
    import setuptools

    major, minor = (int(x) for x in setuptools.__version__.split(".")[:2])
    return (major, minor) >= (70, 1) or importlib.util.find_spec("wheel") is not None


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A snapshot of the checkout: the wheel is built from it and compared with it."""
    snapshot = tmp_path_factory.mktemp("packaging") / "src"
    shutil.copytree(ROOT, snapshot, ignore=IGNORE)
    return snapshot


@pytest.fixture(scope="module")
def wheel(source: Path) -> Path:
    work = source.parent
    out = work / "dist"
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--disable-pip-version-check",
               "-w", str(out), str(source)]
    if _can_build_without_isolation():
        command[4:4] = ["--no-build-isolation", "--no-index"]
    # else: pip fetches the build-system requirements (as a plain `pip install .` does).
    result = subprocess.run(command, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    built = list(out.glob("kim_desktop-*.whl"))
    assert len(built) == 1
    return built[0]


@pytest.fixture(scope="module")
def names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def _read(wheel: Path, name: str) -> str:
    with zipfile.ZipFile(wheel) as archive:
        return archive.read(name).decode("utf-8")


def test_wheel_version(wheel: Path) -> None:
    assert wheel.name.startswith(f"kim_desktop-{kim_desktop.__version__}-")


def test_deployment_default_is_packaged(wheel: Path, names: set[str], source: Path) -> None:
    name = "kim_desktop/resources/deployment/default.toml"
    assert name in names
    shipped = source / "resources" / "deployment" / "default.toml"
    assert _read(wheel, name) == shipped.read_text(encoding="utf-8")


def test_migrations_are_packaged(names: set[str], source: Path) -> None:
    folder = source / "kim_desktop" / "storage" / "migrations" / "versions"
    versions = sorted(p.name for p in folder.glob("*.py"))
    assert "0001_initial.py" in versions
    for version in versions:
        assert f"kim_desktop/storage/migrations/versions/{version}" in names
    assert "kim_desktop/storage/migrations/env.py" in names
    assert "kim_desktop/storage/migrations/script.py.mako" in names


def test_every_module_is_packaged(names: set[str], source: Path) -> None:
    """A new subpackage missing from [tool.setuptools] packages would vanish from installs."""
    modules = {
        "kim_desktop/" + p.relative_to(source / "kim_desktop").as_posix()
        for p in (source / "kim_desktop").rglob("*.py")
    }
    assert "kim_desktop/cli.py" in modules
    assert modules - names == set()


def test_other_resources_are_packaged(names: set[str], source: Path) -> None:
    resources = source / "resources"
    shipped = [p for pattern in ("translations/*.qm", "icons/*")
               for p in resources.glob(pattern) if p.is_file()]
    for path in shipped:  # translations may not be built yet; whatever exists must ship
        assert "kim_desktop/resources/" + path.relative_to(resources).as_posix() in names


def test_entry_point(wheel: Path, names: set[str]) -> None:
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    text = _read(wheel, entry_points)
    assert "[console_scripts]" in text
    lines = [line.replace(" ", "") for line in text.splitlines()]
    assert "kim-desktop=kim_desktop.cli:main" in lines
    metadata = _read(wheel, next(n for n in names if n.endswith(".dist-info/METADATA")))
    assert "Name: kim-desktop" in metadata
    assert "Requires-Python: >=3.11" in metadata


def test_unpacked_wheel_runs(wheel: Path, tmp_path: Path) -> None:
    """Imported from the wheel (not the checkout), the program finds its resources and migrations."""
    target = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(target)
    probe = (
        "import kim_desktop, pathlib\n"
        "from kim_desktop.resources_path import resources_dir\n"
        "from kim_desktop.config.deployment import load_deployment\n"
        "from kim_desktop.storage import migrate\n"
        "print(pathlib.Path(kim_desktop.__file__).resolve().parent)\n"
        "print(resources_dir().resolve())\n"
        "print(len(load_deployment().municipalities))\n"
        "print(migrate.head_revision())\n"
    )
    env = dict(os.environ)
    env["PYTHONPATH"] = str(target)
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env,
                            cwd=tmp_path, timeout=60)
    assert result.returncode == 0, result.stderr
    package, resources, municipalities, head = result.stdout.splitlines()
    assert Path(package).is_relative_to(target.resolve())
    assert Path(resources).is_relative_to(target.resolve())
    assert municipalities == "19"
    from kim_desktop.storage import migrate

    assert head == migrate.head_revision()
    version = subprocess.run([sys.executable, "-m", "kim_desktop", "--version"], capture_output=True,
                             text=True, env=env, cwd=tmp_path, timeout=60)
    assert version.returncode == 0 and kim_desktop.__version__ in version.stdout
