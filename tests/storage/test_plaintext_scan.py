"""Nothing personal in plaintext on disk: a marker written into the vault shows up in no file."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from kim_desktop import paths
from kim_desktop.domain.roles import Role
from kim_desktop.logging_setup import LOG_FILE, setup_logging
from kim_desktop.services.backups import backup_now
from kim_desktop.storage.kdf import INSECURE_TEST_KDF_ENV
from kim_desktop.storage.vault import Vault

PASSWORD = "richtig-geheim-42"


def encodings(marker: str) -> list[bytes]:
    return [marker.encode("utf-8"), marker.encode("utf-16-le"), marker.encode("utf-16-be")]


def files_containing(roots: Iterable[Path], marker: str) -> tuple[list[Path], list[Path]]:
    """(files with the marker, all files scanned)."""
    needles = encodings(marker)
    hits: list[Path] = []
    scanned: list[Path] = []
    for root in roots:
        if not root.exists():
            continue
        for path in sorted(root.rglob("*")):
            if path.is_file() and not path.is_symlink():
                scanned.append(path)
                data = path.read_bytes()
                if any(needle in data for needle in needles):
                    hits.append(path)
    return hits, scanned


@pytest.fixture
def program_log() -> Iterator[Path]:
    """The program's own log file, as the GUI and CLI set it up; root logger restored afterwards."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    path = setup_logging(paths.log_dir())
    yield path
    for handler in root.handlers:
        if handler not in handlers:
            handler.close()
    root.handlers = handlers
    root.setLevel(level)


@pytest.fixture
def marker() -> str:
    # Distinctive and with non-ASCII letters, as client names are.
    return f"Ünal-Łukasz-{uuid.uuid4().hex[:12]}"


def test_scanner_finds_plaintext(tmp_path: Path, marker: str) -> None:
    """The scan below is only worth something if it would see the marker."""
    for i, needle in enumerate(encodings(marker)):
        (tmp_path / f"control{i}.bin").write_bytes(b"\0prefix" + needle + b"suffix\0")
    hits, scanned = files_containing([tmp_path], marker)
    assert len(hits) == len(encodings(marker)) == len(scanned)


def roots(tmp_path: Path) -> list[Path]:
    # tmp_path holds the vaults, backups and the isolated XDG data/state/config/cache folders.
    return [tmp_path, paths.data_dir(), paths.log_dir(), paths.config_dir()]


def test_marker_not_on_disk_after_close(tmp_path: Path, program_log: Path, marker: str) -> None:
    vault_path = tmp_path / "vaults" / "scan.kimvault"
    backups = paths.default_backup_dir()
    vault = Vault.create(vault_path, PASSWORD, role=Role.CASE_MANAGER, display_name="Scan Test",
                         team=1, municipalities=("05382024",))
    vault.update_profile(display_name=marker)
    backup_now(vault, backups, keep=3)
    vault.set_password("zweites-Passwort-2")                 # re-wrap
    vault.set_password("drittes-Passwort-3", new_key=True)  # re-encrypt
    backup_now(vault, backups, keep=3)
    vault.update_profile(display_name=marker + "-2")
    vault.close()
    logging.getLogger("kim_desktop.test").info("scan test finished")
    for handler in logging.getLogger().handlers:
        handler.flush()

    hits, scanned = files_containing(roots(tmp_path), marker)
    names = {p.name for p in scanned}
    assert vault_path.name in names and vault_path.name + ".keys" in names
    assert len([n for n in names if n.startswith("kim-") and n.endswith(".kimvault")]) == 2
    assert program_log in scanned and program_log.stat().st_size > 0
    assert "created" in program_log.read_text(encoding="utf-8")  # the program did log
    assert hits == []


def test_marker_not_on_disk_while_open(vault: Vault, tmp_path: Path, program_log: Path, marker: str) -> None:
    vault.update_profile(display_name=marker)
    for _ in range(20):
        vault.audit("case.viewed", record_type="case", record_id=str(uuid.uuid4()))
    backup_now(vault, tmp_path / "bk")
    wal = Path(str(vault.path) + "-wal")
    assert wal.is_file() and wal.stat().st_size > 0
    hits, scanned = files_containing(roots(tmp_path), marker)
    assert wal in scanned
    assert hits == []
    # An old value overwritten in place is gone too (secure_delete), after a checkpoint.
    vault.update_profile(display_name="Ersetzt")
    conn = vault.raw_connection()
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    hits, _ = files_containing(roots(tmp_path), marker)
    assert hits == []


def test_marker_not_on_disk_after_cli_use(tmp_path: Path, marker: str) -> None:
    """The command line writes its own log; a failed and a successful run leave no name there."""
    vault_path = tmp_path / "cli.kimvault"
    env = dict(os.environ)
    env[INSECURE_TEST_KDF_ENV] = "1"

    def run(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "kim_desktop", *args], input=stdin, capture_output=True,
                              text=True, env=env, timeout=60)

    made = run("init", "--vault", str(vault_path), "--role", "case-manager", "--name", marker, "--team", "2",
               "--password-stdin", stdin=PASSWORD + "\n")
    assert made.returncode == 0, made.stderr
    wrong = run("info", "--vault", str(vault_path), "--password-stdin", stdin="falsch-falsch-1\n")
    assert wrong.returncode == 3
    backup = run("backup", "--vault", str(vault_path), "--password-stdin", stdin=PASSWORD + "\n")
    assert backup.returncode == 0
    assert run("check", "--vault", str(vault_path), "--password-stdin", stdin=PASSWORD + "\n").returncode == 0
    log_file = paths.log_dir() / LOG_FILE
    assert log_file.is_file() and log_file.stat().st_size > 0
    hits, scanned = files_containing(roots(tmp_path), marker)
    assert log_file in scanned
    assert any(p.parent == paths.default_backup_dir() for p in scanned)
    assert hits == []
