"""Backups as the user sees them: now, or once a day automatically, keeping the newest N."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kim_desktop.storage.backup import STATE_LAST_BACKUP, backup_file, prune_backups
from kim_desktop.storage.local_state import get_state, set_state
from kim_desktop.storage.vault import Vault

AUTOMATIC_INTERVAL = dt.timedelta(days=1)


def backup_now(vault: Vault, dest_dir: Path, keep: int | None = None) -> Path:
    target = backup_file(vault.path, vault.data_key, vault.envelope, dest_dir)
    with vault.transaction() as session:
        set_state(session, STATE_LAST_BACKUP, dt.datetime.now(dt.UTC).isoformat())
        from kim_desktop.storage import audit

        audit.record(session, "backup.created", record_type="vault", record_id=vault.profile.vault_id)
    if keep:
        prune_backups(dest_dir, vault.profile.vault_id, keep)
    return target


def last_backup(vault: Vault) -> dt.datetime | None:
    with vault.reader() as session:
        value = get_state(session, STATE_LAST_BACKUP)
    return dt.datetime.fromisoformat(value) if value else None


def backup_if_due(vault: Vault, dest_dir: Path, keep: int, now: dt.datetime | None = None) -> Path | None:
    now = now or dt.datetime.now(dt.UTC)
    last = last_backup(vault)
    if last is not None and now - last < AUTOMATIC_INTERVAL:
        return None
    return backup_now(vault, dest_dir, keep)
