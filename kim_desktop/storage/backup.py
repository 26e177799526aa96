"""Encrypted backups: a consistent copy through SQLite's backup API plus the key envelope.

A backup opens with the password that was valid when it was made (its envelope is a copy).
"""

from __future__ import annotations

import datetime as dt
import errno
import logging
import os
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from kim_desktop.errors import BackupFailed, StorageFull
from kim_desktop.paths import VAULT_SUFFIX, envelope_path
from kim_desktop.storage import cipher
from kim_desktop.storage.atomic import fsync_dir, restrict_to_owner
from kim_desktop.storage.envelope import Envelope, write_envelope

log = logging.getLogger(__name__)
STATE_LAST_BACKUP = "last_backup_at"
# Set in every backup copy, never in the live vault: a vault restored from a backup starts a new
# epoch of its sync packages (sync.streams), so that no sequence number is used twice.
COPY_FLAG = "copy.from_backup"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime


def backup_name(vault_id: str, reason: str = "") -> str:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    tag = f"-{reason}" if reason else ""
    return f"kim-{vault_id[:8]}-{stamp}{tag}{VAULT_SUFFIX}"


def snapshot(path: Path, data_key: bytes, target: Path, *, as_backup: bool = False) -> None:
    """A consistent, encrypted, owner-only copy of the vault (WAL content included) at target.
    as_backup marks the copy (COPY_FLAG); a vault that is moved is not a backup."""
    source = cipher.connect(path, data_key)
    try:
        copy = sqlcipher3.connect(str(target), isolation_level=None)
        try:
            copy.execute("PRAGMA cipher_log_level = NONE")
            copy.execute(cipher.key_pragma(data_key))
            source.backup(copy)
            if as_backup:
                copy.execute("INSERT OR REPLACE INTO local_state (key, value) VALUES (?, '1')", (COPY_FLAG,))
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
    finally:
        source.close()
    restrict_to_owner(target)
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())


def backup_file(path: Path, data_key: bytes, envelope: Envelope, dest_dir: Path, reason: str = "") -> Path:
    """Copy the vault at `path` (open or not) into dest_dir; returns the new vault file."""
    dest_dir = Path(dest_dir)
    target = dest_dir / backup_name(envelope.vault_id, reason)
    partial = target.with_name(target.name + ".part")
    try:
        dest_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        snapshot(path, data_key, partial, as_backup=True)
        write_envelope(envelope_path(target), envelope)
        partial.replace(target)
        fsync_dir(dest_dir)
    except StorageFull:  # from write_envelope: the partial copy must not stay behind
        _cleanup(partial, target)
        raise
    except OSError as exc:
        _cleanup(partial, target)
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise StorageFull(reason="Sicherungsziel voll") from None
        raise BackupFailed(reason=f"{dest_dir}: {exc.strerror or exc}") from None
    except sqlcipher3.Error as exc:
        _cleanup(partial, target)
        if "full" in str(exc).lower():
            raise StorageFull(reason="Sicherungsziel voll") from None
        raise BackupFailed(reason=str(exc)) from None
    log.info("backup written: %s", target.name)
    return target


def _cleanup(partial: Path, target: Path) -> None:
    for leftover in (partial, envelope_path(target)):
        try:
            leftover.unlink(missing_ok=True)
        except OSError:  # e.g. the folder itself could not be made: nothing to clean up there
            pass


def list_backups(dest_dir: Path, vault_id: str) -> list[Path]:
    """Newest last."""
    if not Path(dest_dir).is_dir():
        return []
    return sorted(Path(dest_dir).glob(f"kim-{vault_id[:8]}-*{VAULT_SUFFIX}"))


def prune_backups(dest_dir: Path, vault_id: str, keep: int) -> list[Path]:
    """Delete all but the newest `keep` automatic backups of this vault (migration backups stay)."""
    automatic = [p for p in list_backups(dest_dir, vault_id) if "-vor-update" not in p.name]
    removed = automatic[:-keep] if keep > 0 else automatic
    for old in removed:
        old.unlink(missing_ok=True)
        envelope_path(old).unlink(missing_ok=True)
    return removed
