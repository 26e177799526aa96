"""Creating, opening and refusing vaults; passwords, re-keying and recovery."""

from __future__ import annotations

import hashlib
import json
import unicodedata
import os
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pyrage
import pytest
import sqlcipher3

from kim_desktop.domain.roles import Role
from kim_desktop.errors import (
    KimError,
    KeyFileMissing,
    PasswordRejected,
    RecoveryUnavailable,
    VaultDamaged,
    VaultExists,
    VaultBusy,
    VaultInUse,
    VaultNotFound,
    WeakCipher,
    WrongPassword,
)
from kim_desktop.paths import envelope_path, lock_path
from kim_desktop.storage import cipher
from kim_desktop.storage.backup import backup_file
from kim_desktop.storage.check import check_vault
from kim_desktop.storage.kdf import INSECURE_TEST_KDF_ENV
from kim_desktop.storage.vault import Vault

PASSWORD = "richtig-geheim-42"  # the password of conftest's `vault` fixture
NEW_PASSWORD = "ganz-neues-Passwort-7"
PAGE = 4096


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_vault(path: Path, name: str = "Erika Mustermann", password: str = PASSWORD, **kwargs: object) -> Vault:
    return Vault.create(path, password, role=Role.COORDINATOR, display_name=name,
                        **kwargs)  # type: ignore[arg-type]


def run_cli(*args: str, stdin: str = "",
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = dict(os.environ)
    full_env[INSECURE_TEST_KDF_ENV] = "1"
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "kim_desktop", *args], input=stdin, capture_output=True,
                          text=True, env=full_env, timeout=60)


# --- create and open --------------------------------------------------------------------------


def test_create_then_open_round_trips_profile(vault_path: Path) -> None:
    created = Vault.create(vault_path, PASSWORD, role=Role.CASE_MANAGER, display_name="Aylin Demir",
                           team=4, municipalities=("05382056", "05382072"))
    first = created.profile
    created.close()

    with Vault.open(vault_path, PASSWORD) as reopened:
        profile = reopened.profile
    assert profile == first
    assert profile.role is Role.CASE_MANAGER
    assert profile.display_name == "Aylin Demir"
    assert profile.team == 4
    assert profile.municipalities == ("05382056", "05382072")
    assert uuid.UUID(profile.device_id) and uuid.UUID(profile.vault_id)
    assert profile.device_id != profile.vault_id


def test_every_vault_gets_its_own_ids(tmp_path: Path) -> None:
    one = make_vault(tmp_path / "a.kimvault")
    two = make_vault(tmp_path / "b.kimvault")
    try:
        assert one.profile.vault_id != two.profile.vault_id
        assert one.profile.device_id != two.profile.device_id
    finally:
        one.close()
        two.close()


def test_create_writes_vault_and_envelope_without_personal_data(vault_path: Path) -> None:
    name = "Zofia Wiśniewska-Öztürk"
    make_vault(vault_path, name=name).close()
    keys = envelope_path(vault_path)
    assert vault_path.is_file() and keys.is_file()
    assert keys.name == vault_path.name + ".keys"
    raw = keys.read_bytes()
    for encoded in (name.encode("utf-8"), name.encode("utf-16-le"), b"Wi\\u015bniewska", b"Zofia"):
        assert encoded not in raw
    assert b"Zofia" not in vault_path.read_bytes()
    envelope = json.loads(raw)
    assert envelope["format"] == "kim-desktop-key-envelope"
    assert envelope["pending"] is None
    # The file starts with random bytes, not "SQLite format 3".
    assert not vault_path.read_bytes().startswith(b"SQLite format 3")


def test_create_refuses_existing_path(vault_path: Path) -> None:
    make_vault(vault_path).close()
    before = digest(vault_path), digest(envelope_path(vault_path))
    with pytest.raises(VaultExists):
        make_vault(vault_path, name="Someone Else")
    assert (digest(vault_path), digest(envelope_path(vault_path))) == before


def test_create_refuses_short_password_and_creates_nothing(vault_path: Path) -> None:
    with pytest.raises(PasswordRejected):
        Vault.create(vault_path, "kurz-9chr", role=Role.CASE_MANAGER, display_name="X")
    assert not vault_path.parent.exists()


def test_create_leaves_no_staging_files(vault_path: Path) -> None:
    make_vault(vault_path).close()
    names = sorted(p.name for p in vault_path.parent.iterdir())
    assert names == sorted([vault_path.name, envelope_path(vault_path).name, lock_path(vault_path).name])


# --- refusing to open --------------------------------------------------------------------------


def test_wrong_password_is_refused_and_changes_nothing(vault_path: Path,
                                                        capfd: pytest.CaptureFixture[str]) -> None:
    make_vault(vault_path).close()
    before = digest(vault_path), digest(envelope_path(vault_path))
    with pytest.raises(WrongPassword) as info:
        Vault.open(vault_path, "falsches-Passwort-1")
    assert "Passwort falsch" in info.value.message()
    assert (digest(vault_path), digest(envelope_path(vault_path))) == before
    assert "ERROR" not in capfd.readouterr().err
    # The failed attempt released the lock.
    Vault.open(vault_path, PASSWORD).close()


def test_missing_path_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "deeper" / "vault.kimvault"
    with pytest.raises(VaultNotFound) as info:
        Vault.open(missing, PASSWORD)
    assert str(missing) in info.value.message()
    with pytest.raises(VaultNotFound):
        Vault.open_with_recovery(missing, "AGE-SECRET-KEY-1XYZ")
    assert not (tmp_path / "nowhere").exists()
    assert not missing.exists() and not lock_path(missing).exists()


def test_missing_file_in_existing_folder_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "vault.kimvault"
    before = sorted(tmp_path.iterdir())
    with pytest.raises(VaultNotFound):
        Vault.open(missing, PASSWORD)
    assert sorted(tmp_path.iterdir()) == before


def test_random_bytes_with_foreign_envelope_is_damaged(tmp_path: Path,
                                                       capfd: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.kimvault"
    make_vault(other).close()
    fake = tmp_path / "fake.kimvault"
    fake.write_bytes(os.urandom(8 * PAGE))
    envelope_path(fake).write_bytes(envelope_path(other).read_bytes())
    before = digest(fake)
    with pytest.raises(VaultDamaged) as info:
        Vault.open(fake, PASSWORD)
    assert str(fake) in info.value.message()
    assert digest(fake) == before
    assert "ERROR" not in capfd.readouterr().err


def test_other_vaults_file_with_this_envelope_is_damaged(tmp_path: Path) -> None:
    first, second = tmp_path / "first.kimvault", tmp_path / "second.kimvault"
    make_vault(first).close()
    make_vault(second).close()
    envelope_path(first).write_bytes(envelope_path(second).read_bytes())
    with pytest.raises(VaultDamaged) as info:
        Vault.open(first, PASSWORD)
    assert str(first) in info.value.message()


def test_overwritten_middle_pages_are_detected(vault: Vault, vault_path: Path) -> None:
    for _ in range(40):
        vault.audit("test.action", record_type="test", record_id=str(uuid.uuid4()))
    vault.close()
    data = bytearray(vault_path.read_bytes())
    pages = len(data) // PAGE
    assert pages >= 6
    middle = pages // 2
    data[middle * PAGE:(middle + 2) * PAGE] = os.urandom(2 * PAGE)
    vault_path.write_bytes(bytes(data))
    try:
        reopened = Vault.open(vault_path, PASSWORD)
    except VaultDamaged as exc:
        assert str(vault_path) in exc.message()
        return
    with reopened:
        report = check_vault(reopened)
    assert not report.ok
    assert any("Verschlüsselung" in p.text() or "SQLite" in p.text() for p in report.problems)


def test_damaged_first_page_is_refused_at_open(vault: Vault, vault_path: Path) -> None:
    vault.close()
    data = bytearray(vault_path.read_bytes())
    data[PAGE:2 * PAGE] = os.urandom(PAGE)  # page 2 holds part of the schema
    data[100:200] = os.urandom(100)         # and page 1 the rest
    vault_path.write_bytes(bytes(data))
    with pytest.raises(VaultDamaged) as info:
        Vault.open(vault_path, PASSWORD)
    assert str(vault_path) in info.value.message()


def test_plain_sqlite_file_without_envelope_names_key_file(tmp_path: Path) -> None:
    plain = tmp_path / "plain.kimvault"
    conn = sqlite3.connect(plain)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    conn.close()
    with pytest.raises(KeyFileMissing) as info:
        Vault.open(plain, PASSWORD)
    assert str(envelope_path(plain)) in info.value.message()


def test_plain_sqlite_file_with_envelope_is_damaged(tmp_path: Path) -> None:
    other = tmp_path / "other.kimvault"
    make_vault(other).close()
    plain = tmp_path / "plain.kimvault"
    conn = sqlite3.connect(plain)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    envelope_path(plain).write_bytes(envelope_path(other).read_bytes())
    with pytest.raises(VaultDamaged):
        Vault.open(plain, PASSWORD)


def test_garbage_envelope_is_damaged_and_named(vault: Vault, vault_path: Path) -> None:
    vault.close()
    envelope_path(vault_path).write_text("{ not json", encoding="utf-8")
    with pytest.raises(VaultDamaged) as info:
        Vault.open(vault_path, PASSWORD)
    assert str(envelope_path(vault_path)) in info.value.message()


def test_empty_vault_file_is_damaged(tmp_path: Path) -> None:
    other = tmp_path / "other.kimvault"
    make_vault(other).close()
    empty = tmp_path / "empty.kimvault"
    empty.write_bytes(b"")
    envelope_path(empty).write_bytes(envelope_path(other).read_bytes())
    with pytest.raises(VaultDamaged):
        Vault.open(empty, PASSWORD)


# --- one process at a time ------------------------------------------------------------------------


def test_second_open_in_same_process_is_refused(vault: Vault, vault_path: Path) -> None:
    with pytest.raises(VaultInUse) as info:
        Vault.open(vault_path, PASSWORD)
    assert str(vault_path) in info.value.message()
    # The first handle is unharmed.
    vault.update_profile(display_name="Noch da")
    assert vault.profile.display_name == "Noch da"


def test_second_process_is_refused_clearly(vault: Vault, vault_path: Path) -> None:
    result = run_cli("check", "--vault", str(vault_path), "--password-stdin", stdin=PASSWORD + "\n")
    assert result.returncode == 5, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "bereits" in lines[0] and "geöffnet" in lines[0]
    assert "Traceback" not in result.stderr
    vault.update_profile(display_name="Weiter geht's")
    report = check_vault(vault)
    assert report.ok, report.problems


def test_lock_is_released_on_close(vault: Vault, vault_path: Path) -> None:
    vault.close()
    result = run_cli("check", "--vault", str(vault_path), "--password-stdin", stdin=PASSWORD + "\n")
    assert result.returncode == 0, result.stderr


# --- cipher settings --------------------------------------------------------------------------------


def test_connections_are_hardened(vault: Vault) -> None:
    conn = vault.raw_connection()
    try:
        report = cipher.cipher_report(conn)
    finally:
        conn.close()
    assert report["cipher_memory_security"] == "1"
    assert report["temp_store"] == "2"
    assert report["secure_delete"] == "1"
    assert report["cipher_use_hmac"] == "1"
    assert report["cipher_hmac_algorithm"] == "HMAC_SHA512"
    assert report["cipher_plaintext_header_size"] == "0"
    assert report["journal_mode"] == "wal"


def test_pooled_connections_are_hardened_too(vault: Vault) -> None:
    with vault.engine.connect() as conn:
        values = {name: str(conn.exec_driver_sql(f"PRAGMA {name}").scalar())
                  for name in ("cipher_memory_security", "temp_store", "secure_delete")}
    assert values == {"cipher_memory_security": "1", "temp_store": "2", "secure_delete": "1"}


def test_weaker_connection_settings_are_refused(vault: Vault, vault_path: Path) -> None:
    conn = sqlcipher3.connect(str(vault_path), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(cipher.key_pragma(vault.data_key))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        with pytest.raises(WeakCipher):  # memory security and the others are off here
            cipher.verify_cipher_settings(conn)
        conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA secure_delete = OFF")
        with pytest.raises(WeakCipher) as info:
            cipher.verify_cipher_settings(conn)
        assert "secure_delete" in info.value.message()
    finally:
        conn.close()


def test_wrong_raw_key_is_wrong_key(vault: Vault, vault_path: Path,
                                   capfd: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(cipher.WrongKey):
        cipher.connect(vault_path, os.urandom(32))
    assert "ERROR" not in capfd.readouterr().err


def test_test_kdf_vault_is_refused_without_test_setting(vault: Vault, vault_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    vault.close()
    monkeypatch.delenv(INSECURE_TEST_KDF_ENV)
    with pytest.raises(WeakCipher):
        Vault.open(vault_path, PASSWORD)
    monkeypatch.setenv(INSECURE_TEST_KDF_ENV, "1")
    Vault.open(vault_path, PASSWORD).close()


# --- changing the password -----------------------------------------------------------------------------


def test_change_password_rewraps(vault: Vault, vault_path: Path, tmp_path: Path) -> None:
    old_backup = backup_file(vault.path, vault.data_key, vault.envelope, tmp_path / "bk-before")
    key_before = vault.data_key
    vault.change_password(PASSWORD, NEW_PASSWORD, new_key=False)
    assert vault.data_key == key_before  # re-wrap: same data key, the file is not re-encrypted
    cipher.connect(vault_path, key_before).close()
    new_backup = backup_file(vault.path, vault.data_key, vault.envelope, tmp_path / "bk-after")
    vault.close()
    with pytest.raises(WrongPassword):
        Vault.open(vault_path, PASSWORD)
    with Vault.open(vault_path, NEW_PASSWORD) as reopened:
        assert reopened.profile.display_name == "Test Nutzerin"
    Vault.open(old_backup, PASSWORD).close()
    with pytest.raises(WrongPassword):
        Vault.open(old_backup, NEW_PASSWORD)
    Vault.open(new_backup, NEW_PASSWORD).close()
    with pytest.raises(WrongPassword):
        Vault.open(new_backup, PASSWORD)


def test_default_password_change_locks_out_old_key_file_copies(vault: Vault, vault_path: Path,
                                                                 tmp_path: Path) -> None:
    """Someone who knew the old password and copied the key file must not open the vault afterwards."""
    stolen_keys = tmp_path / "stolen.keys"
    stolen_keys.write_bytes(envelope_path(vault_path).read_bytes())
    vault.change_password(PASSWORD, NEW_PASSWORD)
    vault.close()
    envelope_path(vault_path).write_bytes(stolen_keys.read_bytes())
    with pytest.raises(KimError):
        Vault.open(vault_path, PASSWORD)


def test_change_password_needs_the_old_one(vault: Vault, vault_path: Path) -> None:
    before = digest(envelope_path(vault_path))
    with pytest.raises(WrongPassword):
        vault.change_password("nicht-das-alte-1", NEW_PASSWORD)
    with pytest.raises(PasswordRejected):
        vault.change_password(PASSWORD, "zu-kurz")
    assert digest(envelope_path(vault_path)) == before
    vault.close()
    Vault.open(vault_path, PASSWORD).close()


def test_rekey_reencrypts_file(vault: Vault, vault_path: Path) -> None:
    vault.update_profile(display_name="Vor dem Schlüsselwechsel")
    old_key = vault.data_key
    entries_before = _audit_count(vault)
    vault.set_password(NEW_PASSWORD, new_key=True)
    assert vault.data_key != old_key
    with pytest.raises(cipher.WrongKey):
        cipher.connect(vault_path, old_key)
    # Still usable while open, and in WAL mode again.
    vault.update_profile(display_name="Nach dem Schlüsselwechsel")
    conn = vault.raw_connection()
    try:
        assert cipher.pragma(conn, "journal_mode") == "wal"
    finally:
        conn.close()
    assert _audit_count(vault) == entries_before + 2
    vault.close()
    envelope = json.loads(envelope_path(vault_path).read_text(encoding="utf-8"))
    assert envelope["pending"] is None and envelope["pending_recovery"] is None
    with pytest.raises(WrongPassword):
        Vault.open(vault_path, PASSWORD)
    with Vault.open(vault_path, NEW_PASSWORD) as reopened:
        assert reopened.profile.display_name == "Nach dem Schlüsselwechsel"
        assert reopened.profile.municipalities == ("05382024", "05382008")
        assert check_vault(reopened).ok


def test_backups_follow_rekey(vault: Vault, tmp_path: Path) -> None:
    before = backup_file(vault.path, vault.data_key, vault.envelope, tmp_path / "bk")
    vault.set_password(NEW_PASSWORD, new_key=True)
    after = backup_file(vault.path, vault.data_key, vault.envelope, tmp_path / "bk")
    Vault.open(before, PASSWORD).close()
    Vault.open(after, NEW_PASSWORD).close()
    with pytest.raises(WrongPassword):
        Vault.open(after, PASSWORD)


def _audit_count(vault: Vault) -> int:
    conn = vault.raw_connection()
    try:
        return int(conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])
    finally:
        conn.close()


# --- recovery by IT --------------------------------------------------------------------------------------


@pytest.fixture
def identity() -> pyrage.x25519.Identity:
    return pyrage.x25519.Identity.generate()


def test_recovery_sets_new_password(vault_path: Path, identity: pyrage.x25519.Identity) -> None:
    make_vault(vault_path, recovery_recipient=str(identity.to_public())).close()
    recovered, data_key = Vault.open_with_recovery(vault_path, str(identity))
    with recovered:
        assert len(data_key) == 32
        assert recovered.profile.display_name == "Erika Mustermann"
        recovered.set_password(NEW_PASSWORD)
    with pytest.raises(WrongPassword):
        Vault.open(vault_path, PASSWORD)
    Vault.open(vault_path, NEW_PASSWORD).close()


def test_recovery_survives_password_changes(vault_path: Path, identity: pyrage.x25519.Identity) -> None:
    with make_vault(vault_path, recovery_recipient=str(identity.to_public())) as v:
        v.change_password(PASSWORD, NEW_PASSWORD)
    recovered, _ = Vault.open_with_recovery(vault_path, str(identity))
    with recovered:
        recovered.set_password("drittes-Passwort-3", new_key=True)
    recovered, _ = Vault.open_with_recovery(vault_path, "# created: today\n" + str(identity) + "\n")
    with recovered:
        recovered.set_password("viertes-Passwort-4")
    Vault.open(vault_path, "viertes-Passwort-4").close()


def test_recovery_without_recipient_is_unavailable(vault: Vault, vault_path: Path,
                                                   identity: pyrage.x25519.Identity) -> None:
    vault.close()
    with pytest.raises(RecoveryUnavailable):
        Vault.open_with_recovery(vault_path, str(identity))
    Vault.open(vault_path, PASSWORD).close()  # and the lock was released


def test_recovery_with_wrong_identity_is_unavailable(vault_path: Path,
                                                     identity: pyrage.x25519.Identity) -> None:
    make_vault(vault_path, recovery_recipient=str(identity.to_public())).close()
    before = digest(vault_path), digest(envelope_path(vault_path))
    with pytest.raises(RecoveryUnavailable):
        Vault.open_with_recovery(vault_path, str(pyrage.x25519.Identity.generate()))
    with pytest.raises(RecoveryUnavailable):
        Vault.open_with_recovery(vault_path, "not a key file")
    assert (digest(vault_path), digest(envelope_path(vault_path))) == before


def test_invalid_recovery_recipient_is_refused(vault_path: Path) -> None:
    with pytest.raises(RecoveryUnavailable):
        make_vault(vault_path, recovery_recipient="age1notakey")
    assert not vault_path.exists()


def test_cli_recover(vault_path: Path, identity: pyrage.x25519.Identity, tmp_path: Path) -> None:
    make_vault(vault_path, recovery_recipient=str(identity.to_public())).close()
    key_file = tmp_path / "it-key.txt"
    key_file.write_text(f"# KIM recovery\n{identity}\n", encoding="utf-8")
    result = run_cli("recover", "--vault", str(vault_path), "--identity", str(key_file), "--password-stdin",
                     stdin=NEW_PASSWORD + "\n")
    assert result.returncode == 0, result.stderr
    with pytest.raises(WrongPassword):
        Vault.open(vault_path, PASSWORD)
    with Vault.open(vault_path, NEW_PASSWORD) as reopened:
        with reopened.reader() as session:
            from sqlalchemy import select

            from kim_desktop.storage.schema import AuditEntry

            actions = session.scalars(select(AuditEntry.action)).all()
    assert "password.recovered" in actions

    wrong = tmp_path / "wrong-key.txt"
    wrong.write_text(str(pyrage.x25519.Identity.generate()) + "\n", encoding="utf-8")
    refused = run_cli("recover", "--vault", str(vault_path), "--identity", str(wrong), "--password-stdin",
                      stdin="noch-ein-Passwort-5\n")
    assert refused.returncode == 9
    assert len(refused.stderr.strip().splitlines()) == 1 and "Traceback" not in refused.stderr
    Vault.open(vault_path, NEW_PASSWORD).close()


def test_rekey_refused_while_a_reader_is_open(vault: Vault, vault_path: Path) -> None:
    from sqlalchemy import text

    old_key = vault.data_key
    with vault.reader() as session:
        session.execute(text("SELECT count(*) FROM audit_log")).scalar()
        with pytest.raises(VaultBusy):
            vault.set_password(NEW_PASSWORD, new_key=True)
    assert vault.data_key == old_key
    envelope = json.loads(envelope_path(vault_path).read_text(encoding="utf-8"))
    assert envelope["pending"] is None
    vault.update_profile(display_name="Weiter mit dem alten Schlüssel")
    vault.close()
    cipher.connect(vault_path, old_key).close()
    with Vault.open(vault_path, PASSWORD) as reopened:
        assert reopened.profile.display_name == "Weiter mit dem alten Schlüssel"
        assert check_vault(reopened).ok


# --- locking while open (auto-lock) ------------------------------------------------------------------------


def test_lock_forgets_key_and_keeps_file_lock(vault: Vault, vault_path: Path) -> None:
    from kim_desktop.errors import VaultLocked

    vault.lock()
    assert vault.locked
    with pytest.raises(VaultLocked):
        vault.update_profile(display_name="gesperrt")
    with pytest.raises(VaultInUse):  # nobody else may open it meanwhile
        Vault.open(vault_path, PASSWORD)
    with pytest.raises(WrongPassword):
        vault.unlock("falsches-Passwort-1")
    assert vault.locked
    vault.unlock(PASSWORD)
    assert not vault.locked
    vault.update_profile(display_name="entsperrt")
    assert vault.profile.display_name == "entsperrt"


def test_vault_opened_in_worker_thread(vault_path: Path) -> None:
    """The GUI opens vaults in a worker thread and closes them in the main thread."""
    import threading

    make_vault(vault_path).close()
    opened: list[Vault] = []
    worker = threading.Thread(target=lambda: opened.append(Vault.open(vault_path, PASSWORD)))
    worker.start()
    worker.join(timeout=30)
    assert len(opened) == 1
    with pytest.raises(VaultInUse):
        Vault.open(vault_path, PASSWORD)
    opened[0].update_profile(display_name="im Hauptthread")
    opened[0].close()
    with Vault.open(vault_path, PASSWORD) as again:
        assert again.profile.display_name == "im Hauptthread"


def test_create_on_full_disk_leaves_no_vault(vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno
    from types import SimpleNamespace

    from kim_desktop.errors import StorageFull
    from kim_desktop.storage import atomic

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    # Only the envelope writer's view of `os` has a full disk.
    full_disk = SimpleNamespace(**{name: getattr(os, name) for name in dir(os) if not name.startswith("__")})
    full_disk.write = full
    with monkeypatch.context() as patch, pytest.raises(StorageFull):
        patch.setattr(atomic, "os", full_disk)
        make_vault(vault_path)
    assert not vault_path.exists() and not envelope_path(vault_path).exists()
    make_vault(vault_path).close()  # a retry after freeing space works
    Vault.open(vault_path, PASSWORD).close()


def test_move_keeps_the_vault_open_and_takes_the_key_file_along(vault: Vault, vault_path: Path,
                                                                tmp_path: Path) -> None:
    target = tmp_path / "elsewhere" / "moved.kimvault"
    vault.update_profile(display_name="Nach dem Umzug")
    vault.move_to(target)
    assert vault.path == target
    assert not vault_path.exists() and not envelope_path(vault_path).exists()
    assert envelope_path(target).is_file()
    vault.update_profile(display_name="Am neuen Ort")
    with pytest.raises(VaultInUse):
        Vault.open(target, PASSWORD)
    vault.close()
    with Vault.open(target, PASSWORD) as reopened:
        assert reopened.profile.display_name == "Am neuen Ort"


def test_move_never_overwrites(vault: Vault, tmp_path: Path) -> None:
    occupied = tmp_path / "occupied.kimvault"
    occupied.write_bytes(b"someone else's file")
    with pytest.raises(VaultExists):
        vault.move_to(occupied)
    assert occupied.read_bytes() == b"someone else's file"
    vault.update_profile(display_name="still works")


@pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")
def test_vault_files_are_owner_only(vault: Vault, vault_path: Path, tmp_path: Path) -> None:
    from kim_desktop.services.backups import backup_now

    backup = backup_now(vault, tmp_path / "bk")
    for path in (vault_path, envelope_path(vault_path), lock_path(vault_path), backup, envelope_path(backup)):
        assert path.stat().st_mode & 0o077 == 0, path


def test_move_keeps_what_is_still_in_the_wal(vault: Vault, tmp_path: Path) -> None:
    for number in range(5):
        vault.audit("test.entry", record_type="test", record_id=str(number))
    vault.move_to(tmp_path / "neu" / "moved.kimvault")
    with vault.reader() as session:
        from kim_desktop.storage import audit

        report = audit.verify_chain(session)
    assert report.ok and report.entries >= 6


def test_move_is_refused_while_a_reader_is_open(vault: Vault, vault_path: Path, tmp_path: Path) -> None:
    from sqlalchemy import text

    with vault.reader() as session:
        session.execute(text("SELECT 1")).scalar()
        with pytest.raises(VaultBusy):
            vault.move_to(tmp_path / "x.kimvault")
    assert vault_path.is_file() and not (tmp_path / "x.kimvault").exists()


def test_composed_and_decomposed_umlauts_are_the_same_password(vault_path: Path) -> None:
    composed = "Grüße-aus-Köln-1"
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    make_vault(vault_path, password=composed).close()
    Vault.open(vault_path, decomposed).close()


@pytest.mark.parametrize("field, value", [("iterations", 100000), ("lanes", 0), ("memory_kib", 2**40)])
def test_absurd_kdf_settings_in_the_key_file_are_refused_at_once(vault: Vault, vault_path: Path,
                                                                 field: str, value: int) -> None:
    vault.close()
    keys = envelope_path(vault_path)
    raw = json.loads(keys.read_text())
    raw["current"]["kdf"][field] = value
    keys.write_text(json.dumps(raw))
    with pytest.raises(VaultDamaged):
        Vault.open(vault_path, PASSWORD)


def test_recovery_recipient_comes_from_the_vault_not_the_key_file(vault_path: Path) -> None:
    it_identity, attacker = pyrage.x25519.Identity.generate(), pyrage.x25519.Identity.generate()
    make_vault(vault_path, recovery_recipient=str(it_identity.to_public())).close()
    keys = envelope_path(vault_path)
    raw = json.loads(keys.read_text())
    raw["recovery"]["recipient"] = str(attacker.to_public())  # swapped by someone with write access
    keys.write_text(json.dumps(raw))
    with Vault.open(vault_path, PASSWORD) as vault:
        vault.set_password(NEW_PASSWORD)
    with pytest.raises(RecoveryUnavailable):
        Vault.open_with_recovery(vault_path, str(attacker))
    recovered, _ = Vault.open_with_recovery(vault_path, str(it_identity))
    recovered.close()


def test_profiles_of_other_laptops_do_not_confuse_opening_or_profile_changes(vault_path: Path) -> None:
    """A coordinator's vault receives the profiles of the laptops it imports from (issue 5)."""
    from sqlalchemy import insert

    from kim_desktop.storage.schema import VaultProfile, utcnow

    created = Vault.create(vault_path, PASSWORD, role=Role.COORDINATOR, display_name="Koordination", team=None)
    own = created.profile
    with created.transaction() as session:
        session.execute(insert(VaultProfile), [{
            "id": uuid.uuid4(), "device_id": str(uuid.uuid4()), "revision": 1, "updated_at": utcnow(),
            "deleted": False, "vault_id": str(uuid.uuid4()), "role": "case-manager",
            "display_name": "Andere Person", "municipalities": "", "created_at": utcnow()}])
    created.update_profile(display_name="Koordination Siegburg")
    created.close()
    with Vault.open(vault_path, PASSWORD) as reopened:
        assert reopened.profile.vault_id == own.vault_id
        assert reopened.profile.display_name == "Koordination Siegburg"
