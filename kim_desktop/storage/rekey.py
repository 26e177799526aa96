"""Re-encrypting the whole vault under a new data key, safe against a crash at any point.

Order: (1) the envelope gets the new key as "pending", (2) SQLCipher re-keys the file in one
transaction (WAL checkpointed and switched off first: rekey does not work in WAL mode), (3) the
envelope makes the new key current. Opening after a crash tries whichever key fits the file.
A re-key that fails without a crash leaves the envelope naming the key that opens the file.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from kim_desktop.errors import VaultInUse
from kim_desktop.paths import envelope_path
from kim_desktop.storage import cipher
from kim_desktop.storage.envelope import write_envelope
from kim_desktop.storage.kdf import KEY_BYTES

if TYPE_CHECKING:
    from kim_desktop.storage.vault import Vault


def rekey(vault: Vault, new_password: str, recovery_recipient: str | None = None) -> None:
    recipient = recovery_recipient or (vault.envelope.recovery.recipient if vault.envelope.recovery else None)
    new_key = os.urandom(KEY_BYTES)
    keys_file = envelope_path(vault.path)
    old_key, old_envelope = vault.data_key, vault.envelope
    staged = old_envelope.with_pending(new_key, new_password, recipient)
    write_envelope(keys_file, staged)
    vault.engine.dispose()
    try:
        _reencrypt(vault.path, old_key, new_key)
    except BaseException:
        if not _opens(vault.path, new_key) and _opens(vault.path, old_key):
            # Nothing was re-encrypted: forget the new key, keep working with the old one.
            write_envelope(keys_file, old_envelope)
            vault._set_wal()
        raise
    committed = staged.pending_committed()
    write_envelope(keys_file, committed)
    vault._replace_key(new_key, committed)
    vault._set_wal()


def _reencrypt(path: Path, old_key: bytes, new_key: bytes) -> None:
    conn = cipher.connect(path, old_key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        # Leaving WAL mode needs the only connection to the file; any other one (a reader
        # still open in this process) makes it fail, and a re-key in WAL mode is not safe.
        try:
            mode = str(conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]).lower()
        except sqlcipher3.OperationalError:
            mode = "busy"
        if mode != "delete":
            raise VaultInUse(path=path)
        conn.execute(cipher.key_pragma(new_key).replace("PRAGMA key", "PRAGMA rekey", 1))
    finally:
        conn.close()
    # PRAGMA rekey can fail without raising: only a file that opens with the new key counts.
    if not _opens(path, new_key):
        raise RuntimeError("SQLCipher re-key did not take effect")


def _opens(path: Path, data_key: bytes) -> bool:
    try:
        cipher.connect(path, data_key).close()
    except cipher.WrongKey:
        return False
    return True
