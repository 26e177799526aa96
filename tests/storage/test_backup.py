"""Encrypted backups: on demand, daily with a limit, and refused cleanly when the disk is full."""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import event, select

from kim_desktop.errors import BackupFailed, StorageFull, WrongPassword
from kim_desktop.paths import envelope_path
from kim_desktop.services.backups import backup_if_due, backup_now, last_backup
from kim_desktop.storage import atomic, cipher
from kim_desktop.storage.backup import backup_file, list_backups, prune_backups, snapshot
from kim_desktop.storage.check import check_vault
from kim_desktop.storage.schema import AuditEntry
from kim_desktop.storage.vault import Vault

PASSWORD = "richtig-geheim-42"  # the password of conftest's `vault` fixture


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def actions(vault: Vault) -> list[str]:
    with vault.reader() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))


def test_backup_opens_with_password_and_has_same_profile(vault: Vault, tmp_path: Path) -> None:
    vault.update_profile(display_name="Geänderter Name", municipalities=("05382068",))
    target = backup_now(vault, tmp_path / "backups")
    assert target.parent == tmp_path / "backups"
    assert envelope_path(target).is_file()
    assert not target.read_bytes().startswith(b"SQLite format 3")
    profile = vault.profile
    vault.close()
    with Vault.open(target, PASSWORD) as copy:
        assert copy.profile == profile
        assert copy.profile.display_name == "Geänderter Name"
        assert check_vault(copy).ok
    with pytest.raises(WrongPassword):
        Vault.open(target, "ein-anderes-Passwort")


def test_backup_of_open_vault_includes_committed_wal_content(vault: Vault, tmp_path: Path) -> None:
    vault.update_profile(display_name="Nur im WAL")
    assert Path(str(vault.path) + "-wal").exists()
    target = backup_file(vault.path, vault.data_key, vault.envelope, tmp_path / "bk")
    assert not Path(str(target) + "-wal").exists()  # the copy is a single self-contained file
    with Vault.open(target, PASSWORD) as copy:
        assert copy.profile.display_name == "Nur im WAL"


def test_backup_now_records_time_and_audit(vault: Vault, tmp_path: Path) -> None:
    assert last_backup(vault) is None
    before = dt.datetime.now(dt.UTC)
    backup_now(vault, tmp_path / "bk")
    stamp = last_backup(vault)
    assert stamp is not None and stamp.tzinfo is not None
    assert before <= stamp <= dt.datetime.now(dt.UTC)
    assert actions(vault)[-1] == "backup.created"


def test_backup_now_keeps_newest(vault: Vault, tmp_path: Path) -> None:
    dest = tmp_path / "bk"
    made = []
    for i in range(4):
        vault.update_profile(display_name=f"Stand {i}")
        made.append(backup_now(vault, dest, keep=2))
    remaining = list_backups(dest, vault.profile.vault_id)
    assert remaining == made[-2:]
    assert sorted(p.name for p in dest.iterdir()) == sorted(
        [p.name for p in made[-2:]] + [envelope_path(p).name for p in made[-2:]])
    with Vault.open(remaining[-1], PASSWORD) as newest:
        assert newest.profile.display_name == "Stand 3"


def test_prune_keeps_migration_backups_and_other_vaults(vault: Vault, tmp_path: Path) -> None:
    dest = tmp_path / "bk"
    pre_update = backup_file(vault.path, vault.data_key, vault.envelope, dest, reason="vor-update")
    foreign = dest / "kim-ffffffff-20200101-000000-000000.kimvault"
    foreign.write_bytes(b"another vault's backup")
    for _ in range(3):
        backup_now(vault, dest)
    removed = prune_backups(dest, vault.profile.vault_id, keep=1)
    assert len(removed) == 2
    assert pre_update.exists() and foreign.exists()
    assert len([p for p in list_backups(dest, vault.profile.vault_id) if "vor-update" not in p.name]) == 1


def test_backup_if_due_once_a_day(vault: Vault, tmp_path: Path) -> None:
    dest = tmp_path / "bk"
    first = backup_if_due(vault, dest, keep=5)
    assert first is not None  # never backed up: due now
    made_at = last_backup(vault)
    assert made_at is not None
    assert backup_if_due(vault, dest, keep=5, now=made_at + dt.timedelta(hours=1)) is None
    assert backup_if_due(vault, dest, keep=5, now=made_at + dt.timedelta(hours=23, minutes=59)) is None
    assert len(list_backups(dest, vault.profile.vault_id)) == 1
    second = backup_if_due(vault, dest, keep=5, now=made_at + dt.timedelta(hours=24, minutes=1))
    assert second is not None and second != first
    assert len(list_backups(dest, vault.profile.vault_id)) == 2


def test_snapshot_includes_what_is_still_in_the_wal(vault: Vault, tmp_path: Path) -> None:
    reader = vault.raw_connection()  # an open reader keeps the WAL from being checkpointed
    try:
        vault.update_profile(display_name="nur im WAL")
        copy = tmp_path / "copy.kimvault"
        snapshot(vault.path, vault.data_key, copy)
    finally:
        reader.close()
    conn = cipher.connect(copy, vault.data_key)
    try:
        assert conn.execute("SELECT display_name FROM vault_profile").fetchone()[0] == "nur im WAL"
    finally:
        conn.close()


class _FullDisk(SimpleNamespace):
    """Stands in for the `os` module of kim_desktop.storage.atomic: every write hits a full disk."""

    def __getattr__(self, name: str) -> Any:
        return getattr(os, name)

    @staticmethod
    def write(fd: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_disk_full_during_backup(vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dest = tmp_path / "bk"
    profile = vault.profile
    vault_bytes_key = vault.data_key
    with monkeypatch.context() as patch, pytest.raises(StorageFull):
        patch.setattr(atomic, "os", _FullDisk())
        backup_now(vault, dest, keep=2)
    assert [p.name for p in dest.iterdir()] == []  # no half-written backup or envelope left behind
    # The vault itself is untouched and still usable.
    assert vault.data_key == vault_bytes_key
    vault.close()
    with Vault.open(vault.path, PASSWORD) as reopened:
        assert reopened.profile == profile
        assert check_vault(reopened).ok
        assert "backup.created" not in actions(reopened)


def test_disk_full_during_envelope_write_keeps_old_password(vault: Vault,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    keys = envelope_path(vault.path)
    before = digest(keys)
    with monkeypatch.context() as patch, pytest.raises(StorageFull):
        patch.setattr(atomic, "os", _FullDisk())
        vault.set_password("ein-neues-Passwort-1")
    assert digest(keys) == before
    assert not keys.with_name(keys.name + ".tmp").exists()
    vault.close()
    Vault.open(vault.path, PASSWORD).close()


def test_full_database_is_storage_full_and_changes_nothing(vault: Vault) -> None:
    vault.engine.dispose()
    conn = vault.raw_connection()
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    conn.close()

    @event.listens_for(vault.engine, "connect")
    def _cap(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    entries = len(actions(vault))
    with pytest.raises(StorageFull):
        vault.update_profile(display_name="x" * 200_000)
    event.remove(vault.engine, "connect", _cap)
    vault.engine.dispose()
    assert vault.profile.display_name == "Test Nutzerin"
    with vault.reader() as session:
        assert len(list(session.scalars(select(AuditEntry)))) == entries
    assert check_vault(vault).ok


def test_unwritable_backup_folder_is_backup_failed(vault: Vault, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the backup folder should be", encoding="utf-8")
    with pytest.raises(BackupFailed):
        backup_now(vault, blocker / "bk")
    vault.update_profile(display_name="geht noch")  # the vault is not affected


def test_backup_is_encrypted_with_the_vault_key(vault: Vault, tmp_path: Path) -> None:
    target = backup_file(vault.path, vault.data_key, vault.envelope, tmp_path / "bk")
    cipher.connect(target, vault.data_key).close()
    with pytest.raises(cipher.WrongKey):
        cipher.connect(target, os.urandom(32))
