"""The Debian package: its contents, and installing, upgrading and removing it on this machine.

The upgrade test plays IT rolling out a newer version: the same package with one more schema
migration (written by the test) and a higher version number is installed over the old one; the
next start migrates the vault after an automatic backup, and removing the package leaves every
vault where it was.
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.packaging.conftest import PASSWORD, Runner, package_version, project_version, runner

pytestmark = pytest.mark.packaging

PACKAGE = "kim-desktop"
INSTALLED = Path("/usr/bin/kim-desktop")
PROBE_REVISION = "9001"
PROBE_MIGRATION = '''"""Added by the packaging test: the newer version's schema change.

Revision ID: {revision}
Revises: {down}
"""
import sqlalchemy as sa
from alembic import op

revision = "{revision}"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("upgrade_probe", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade() -> None:
    op.drop_table("upgrade_probe")
'''

needs_dpkg_as_root = pytest.mark.skipif(
    shutil.which("dpkg") is None or os.geteuid() != 0, reason="installing a .deb needs dpkg and root")


def _run(*args: object) -> str:
    done = subprocess.run([str(a) for a in args], capture_output=True, text=True)
    assert done.returncode == 0, f"{args}: {done.stdout}{done.stderr}"
    return done.stdout


def test_the_package_carries_the_program_a_desktop_entry_and_the_icon(deb: Path, tmp_path: Path) -> None:
    listing = _run("dpkg-deb", "-c", deb)
    for path in ("./opt/kim-desktop/kim-desktop", "./usr/bin/kim-desktop",
                 "./usr/share/applications/kim-desktop.desktop",
                 "./usr/share/icons/hicolor/scalable/apps/kim-desktop.svg"):
        assert f" {path}" in listing, path
    assert _run("dpkg-deb", "-f", deb, "Package").strip() == PACKAGE
    assert _run("dpkg-deb", "-f", deb, "Version").strip() == package_version()
    depends = _run("dpkg-deb", "-f", deb, "Depends")
    assert "libxcb-cursor0" in depends and "libegl1" in depends

    _run("dpkg-deb", "-x", deb, tmp_path)
    desktop_file = tmp_path / "usr/share/applications/kim-desktop.desktop"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(desktop_file, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Icon"] == "kim-desktop"
    assert section["Exec"].split()[0] in ("kim-desktop", "/usr/bin/kim-desktop")
    assert section["Name"] and section.get("Name[en]")
    if shutil.which("desktop-file-validate"):
        _run("desktop-file-validate", desktop_file)


@pytest.fixture
def clean_install(deb: Path):  # type: ignore[no-untyped-def]
    subprocess.run(["dpkg", "--purge", PACKAGE], capture_output=True)
    yield deb
    subprocess.run(["dpkg", "--purge", PACKAGE], capture_output=True)
    assert not INSTALLED.exists()


@needs_dpkg_as_root
def test_install_upgrade_with_a_migration_and_remove_keep_the_vault(clean_install: Path, home: Path,
                                                                   tmp_path: Path) -> None:
    deb = clean_install
    _run("dpkg", "-i", deb)
    kim: Runner = runner(INSTALLED, home)
    assert kim("--version").ok().out.strip() == f"kim-desktop {project_version()}"
    assert "FEHLER" not in kim("self-check").ok().out

    env = {"KIM_DESKTOP_PASSWORD": PASSWORD}
    vault = home / "Dokumente" / "kim.kimvault"
    kim("init", "--role", "case-manager", "--name", "CM", "--team", "2", "--vault", vault, env=env).ok()
    kim("demo-data", "--consultations", "25", "--vault", vault, env=env).ok()
    info = kim("info", "--vault", vault, env=env).ok().out
    old_schema = next(line.split(": ", 1)[1] for line in info.splitlines() if line.startswith("Schemaversion"))
    before = home / "vorher.csv"
    kim("report", "--period", "2000..2030", "--format", "csv", "--out", before, "--vault", vault, env=env).ok()

    newer = _newer_package(deb, tmp_path, down_revision=old_schema)
    _run("dpkg", "-i", newer)
    assert _run("dpkg-query", "-W", "-f", "${Version}", PACKAGE) == f"{package_version()}+upgrade1"
    backups = home / ".local" / "share" / "kim-desktop" / "backups"
    existing = set(backups.glob("**/*")) if backups.exists() else set()

    migrated = kim("info", "--vault", vault, env=env).ok().out
    assert f"Schemaversion: {PROBE_REVISION}" in migrated
    made = set(backups.glob("**/*")) - existing
    assert made, "the migration made no backup"
    after = home / "nachher.csv"
    kim("report", "--period", "2000..2030", "--format", "csv", "--out", after, "--vault", vault, env=env).ok()
    assert after.read_bytes() == before.read_bytes()
    assert "Ergebnis: in Ordnung" in kim("check", "--vault", vault, env=env).ok().out

    _run("dpkg", "--purge", PACKAGE)
    assert not INSTALLED.exists() and not Path("/opt/kim-desktop").exists()
    assert vault.is_file() and vault.with_name(vault.name + ".keys").is_file()
    assert all(path.exists() for path in made)


def _newer_package(deb: Path, tmp_path: Path, down_revision: str) -> Path:
    """The same package as the next version: one more migration, a higher version number."""
    tree = tmp_path / "newer"
    _run("dpkg-deb", "-R", deb, tree)
    versions = next((tree / "opt" / "kim-desktop").rglob("migrations/versions"))
    (versions / f"{PROBE_REVISION}_upgrade_probe.py").write_text(
        PROBE_MIGRATION.format(revision=PROBE_REVISION, down=down_revision), encoding="utf-8")
    for version_file in (tree / "opt" / "kim-desktop").rglob("VERSION"):
        version_file.write_text(f"{project_version()}+upgrade1\n", encoding="utf-8")
    control = tree / "DEBIAN" / "control"
    old = control.read_text(encoding="utf-8")
    new = old.replace(f"Version: {package_version()}\n", f"Version: {package_version()}+upgrade1\n")
    assert new != old, "no Version field to raise"
    control.write_text(new, encoding="utf-8")
    out = tmp_path / "kim-desktop_newer.deb"
    _run("dpkg-deb", "--root-owner-group", "--build", tree, out)
    return out
