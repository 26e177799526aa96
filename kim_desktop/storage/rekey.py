"""Re-encrypting the whole vault under a new data key, safe against a crash at any point.

Order: (1) the envelope gets the new key as "pending", (2) SQLCipher re-keys the file in one
transaction (WAL checkpointed and switched off first: rekey does not work in WAL mode), (3) the
envelope makes the new key current. Opening after a crash tries whichever key fits the file.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from kim_desktop.paths import envelope_path
from kim_desktop.storage import cipher
from kim_desktop.storage.envelope import write_envelope
from kim_desktop.storage.kdf import KEY_BYTES

if TYPE_CHECKING:
    from kim_desktop.storage.vault import Vault


def rekey(vault: Vault, new_password: str, recovery_recipient: str | None = None) -> None:
    recipient = recovery_recipient or (vault.envelope.recovery.recipient if vault.envelope.recovery else None)
    new_key = os.urandom(KEY_BYTES)
    staged = vault.envelope.with_pending(new_key, new_password, recipient)
    write_envelope(envelope_path(vault.path), staged)
    vault.engine.dispose()
    conn = vault.raw_connection()
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute(cipher.key_pragma(new_key).replace("PRAGMA key", "PRAGMA rekey", 1))
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()
    committed = staged.pending_committed()
    write_envelope(envelope_path(vault.path), committed)
    vault._replace_key(new_key, committed)
