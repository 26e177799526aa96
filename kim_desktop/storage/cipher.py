"""SQLCipher connections: the raw key goes in before any other statement, then the cipher
settings are switched on and checked. Nothing here derives keys: that happens once per unlock.
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3

from kim_desktop.errors import VaultLocked, VaultNotWritable, WeakCipher

# Expected values of the SQLCipher 4 defaults and the hardening we switch on; a build or
# file that reports anything weaker is refused.
REQUIRED = {
    "cipher_use_hmac": "1",
    "cipher_hmac_algorithm": "HMAC_SHA512",
    "cipher_kdf_algorithm": "PBKDF2_HMAC_SHA512",
    "cipher_memory_security": "1",
    "cipher_plaintext_header_size": "0",
    "temp_store": "2",
    "secure_delete": "1",
}
MIN_KDF_ITER = 256000
MIN_PAGE_SIZE = 4096


class WrongKey(Exception):
    """The key does not open the file (or the file is not a SQLCipher database)."""


def key_pragma(data_key: bytes) -> str:
    return f"PRAGMA key = \"x'{data_key.hex()}'\""


def connect(path: Path, data_key: bytes, *, foreign_keys: bool = True) -> sqlcipher3.Connection:
    """An open, keyed and hardened connection; raises WrongKey when the key does not fit and
    VaultNotWritable when the file or its folder cannot be written (WAL needs both)."""
    if not data_key:
        raise VaultLocked()
    try:
        conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    except sqlcipher3.OperationalError as exc:
        raise VaultNotWritable(path=path, reason=str(exc)) from None
    try:
        # Before the key, so that a wrong key does not write ERROR lines to the terminal.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key_pragma(data_key))
        conn.execute("PRAGMA cipher_memory_security = ON")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            if "not a database" in str(exc):
                raise WrongKey(str(exc)) from None
            raise VaultNotWritable(path=path, reason=str(exc)) from None
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA secure_delete = ON")
        # A vault picked by "Durchsuchen" may be crafted: no functions from its schema, checked cells.
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA cell_size_check = ON")
        # Off only for migrations: table rebuilds must not cascade into child rows.
        conn.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA synchronous = FULL")
        verify_cipher_settings(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def opens(path: Path, data_key: bytes) -> bool:
    try:
        connect(path, data_key).close()
    except WrongKey:
        return False
    return True


def enable_wal(path: Path, data_key: bytes) -> None:
    """WAL lets the GUI read while a background job writes; SQLCipher encrypts the WAL too."""
    conn = connect(path, data_key)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()


def pragma(conn: sqlcipher3.Connection, name: str) -> str:
    row = conn.execute(f"PRAGMA {name}").fetchone()
    return "" if row is None else str(row[0])


def verify_cipher_settings(conn: sqlcipher3.Connection) -> None:
    for name, expected in REQUIRED.items():
        actual = pragma(conn, name)
        if actual != expected:
            raise WeakCipher(setting=f"{name}={actual or '?'}")
    if int(pragma(conn, "kdf_iter") or 0) < MIN_KDF_ITER:
        raise WeakCipher(setting="kdf_iter")
    if int(pragma(conn, "cipher_page_size") or 0) < MIN_PAGE_SIZE:
        raise WeakCipher(setting="cipher_page_size")


def cipher_report(conn: sqlcipher3.Connection) -> dict[str, str]:
    names = ["cipher_version", "cipher_provider", "cipher_provider_version", *REQUIRED, "kdf_iter",
             "cipher_page_size", "journal_mode"]
    return {name: pragma(conn, name) for name in names}
