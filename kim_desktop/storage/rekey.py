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

from kim_desktop.errors import VaultBusy, VaultDamaged
from kim_desktop.paths import envelope_path
from kim_desktop.storage import cipher
from kim_desktop.storage.envelope import write_envelope
from kim_desktop.storage.kdf import KEY_BYTES

if TYPE_CHECKING:
    from kim_desktop.storage.vault import Vault


def rekey(vault: Vault, new_password: str, recovery_recipient: str | None) -> None:
    vault.ensure_idle()
    new_key = os.urandom(KEY_BYTES)
    keys_file = envelope_path(vault.path)
    old_key, old_envelope = vault.data_key, vault.envelope
    staged = old_envelope.with_pending(new_key, new_password, recovery_recipient)
    write_envelope(keys_file, staged)
    vault.engine.dispose()
    try:
        _reencrypt(vault.path, old_key, new_key)
    except BaseException as exc:
        if not cipher.opens(vault.path, new_key) and cipher.opens(vault.path, old_key):
            # Nothing was re-encrypted: forget the new key, keep working with the old one.
            write_envelope(keys_file, old_envelope)
            cipher.enable_wal(vault.path, old_key)
        if isinstance(exc, sqlcipher3.Error):
            raise VaultBusy() if "locked" in str(exc) or "busy" in str(exc) else VaultDamaged(
                path=vault.path, reason=f"Neuverschlüsselung fehlgeschlagen ({exc})") from None
        raise
    # The file is under the new key from here on: the program follows it first, so that a
    # failure to write the final key file (disk full) leaves a vault that still works —
    # the "pending" entry already holds the new key for the next start.
    vault._replace_key(new_key, staged)
    cipher.enable_wal(vault.path, new_key)
    committed = staged.pending_committed()
    write_envelope(keys_file, committed)
    vault.envelope = committed


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
            raise VaultBusy()
        conn.execute(cipher.key_pragma(new_key).replace("PRAGMA key", "PRAGMA rekey", 1))
    finally:
        conn.close()
    # PRAGMA rekey can fail without raising: only a file that opens with the new key counts.
    if not cipher.opens(path, new_key):
        raise VaultDamaged(path=path, reason="die Neuverschlüsselung hat nicht gegriffen")
