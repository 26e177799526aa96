"""The key envelope and the key derivation behind it."""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

import pyrage
import pytest

from kim_desktop.errors import KeyFileMissing, RecoveryUnavailable, VaultDamaged, WeakCipher
from kim_desktop.storage import kdf
from kim_desktop.storage.envelope import (
    Envelope,
    read_envelope,
    recover_data_key,
    recovery_copy,
    unwrap,
    wrap,
    write_envelope,
)
from kim_desktop.storage.kdf import INSECURE_TEST_KDF_ENV, KdfParams, derive, ensure_strong, new_params

PASSWORD = "richtig-geheim-42"
VAULT_ID = "4f1c2a9e-0000-4000-8000-000000000001"


@pytest.fixture
def data_key() -> bytes:
    return os.urandom(kdf.KEY_BYTES)


def test_wrap_unwrap_round_trip(data_key: bytes) -> None:
    wrapped = wrap(data_key, PASSWORD, VAULT_ID)
    assert data_key not in wrapped.ciphertext
    assert unwrap(wrapped, PASSWORD, VAULT_ID) == data_key


def test_unwrap_with_wrong_password_gives_none(data_key: bytes) -> None:
    wrapped = wrap(data_key, PASSWORD, VAULT_ID)
    assert unwrap(wrapped, PASSWORD + "x", VAULT_ID) is None
    assert unwrap(wrapped, PASSWORD.upper(), VAULT_ID) is None


def test_wrapping_is_bound_to_vault_id_and_kdf_settings(data_key: bytes) -> None:
    wrapped = wrap(data_key, PASSWORD, VAULT_ID)
    assert unwrap(wrapped, PASSWORD, VAULT_ID.replace("1", "2")) is None
    more_lanes = dataclasses.replace(wrapped.kdf, lanes=wrapped.kdf.lanes + 1)
    tampered_kdf = dataclasses.replace(wrapped, kdf=more_lanes)
    assert unwrap(tampered_kdf, PASSWORD, VAULT_ID) is None
    flipped = bytearray(wrapped.ciphertext)
    flipped[0] ^= 1
    assert unwrap(dataclasses.replace(wrapped, ciphertext=bytes(flipped)), PASSWORD, VAULT_ID) is None


def test_each_wrap_uses_fresh_salt_and_nonce(data_key: bytes) -> None:
    one, two = wrap(data_key, PASSWORD, VAULT_ID), wrap(data_key, PASSWORD, VAULT_ID)
    assert one.kdf.salt != two.kdf.salt
    assert one.nonce != two.nonce
    assert one.ciphertext != two.ciphertext


def test_envelope_json_round_trip(tmp_path: Path, data_key: bytes) -> None:
    identity = pyrage.x25519.Identity.generate()
    envelope = Envelope(VAULT_ID, wrap(data_key, PASSWORD, VAULT_ID),
                        recovery_copy(data_key, str(identity.to_public())))
    path = tmp_path / "v.kimvault.keys"
    write_envelope(path, envelope)
    assert read_envelope(path) == envelope
    if os.name != "nt":
        assert path.stat().st_mode & 0o077 == 0  # only the user may read it
    assert not path.with_name(path.name + ".tmp").exists()
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert set(raw) == {"format", "version", "vault_id", "current", "recovery", "pending", "pending_recovery"}
    assert data_key.hex() not in path.read_text(encoding="utf-8")


def test_pending_commit_and_drop(data_key: bytes) -> None:
    envelope = Envelope(VAULT_ID, wrap(data_key, PASSWORD, VAULT_ID))
    new_key = os.urandom(kdf.KEY_BYTES)
    staged = envelope.with_pending(new_key, "neues-Passwort-1", None)
    assert staged.pending is not None
    committed = staged.pending_committed()
    assert committed.pending is None
    assert unwrap(committed.current, "neues-Passwort-1", VAULT_ID) == new_key
    dropped = staged.pending_dropped()
    assert dropped.pending is None
    assert unwrap(dropped.current, PASSWORD, VAULT_ID) == data_key


def test_missing_envelope_is_key_file_missing(tmp_path: Path) -> None:
    path = tmp_path / "v.kimvault.keys"
    with pytest.raises(KeyFileMissing) as info:
        read_envelope(path)
    assert str(path) in info.value.message()


@pytest.mark.parametrize("content", [
    b"",
    b"{ not json",
    b"\xff\xfe\x00binary",
    json.dumps({"format": "something-else", "version": 1}).encode(),
    json.dumps({"format": "kim-desktop-key-envelope", "version": 99}).encode(),
    json.dumps({"format": "kim-desktop-key-envelope", "version": 1, "vault_id": "x"}).encode(),
    b"[1, 2, 3]",
])
def test_broken_envelope_is_damaged(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "v.kimvault.keys"
    path.write_bytes(content)
    with pytest.raises(VaultDamaged) as info:
        read_envelope(path)
    assert str(path) in info.value.message()


# --- recovery copy ------------------------------------------------------------------------------------------


def test_recovery_copy_opens_with_identity_only(data_key: bytes) -> None:
    identity = pyrage.x25519.Identity.generate()
    envelope = Envelope(VAULT_ID, wrap(data_key, PASSWORD, VAULT_ID),
                        recovery_copy(data_key, str(identity.to_public())))
    assert recover_data_key(envelope.recovery, str(identity)) == data_key
    with pytest.raises(RecoveryUnavailable):
        recover_data_key(envelope.recovery, str(pyrage.x25519.Identity.generate()))
    with pytest.raises(RecoveryUnavailable):
        recover_data_key(envelope.recovery, "")
    with pytest.raises(RecoveryUnavailable):
        recover_data_key(envelope.recovery, "AGE-SECRET-KEY-1BROKEN")
    # An age file with comments, as age-keygen writes it.
    assert recover_data_key(envelope.recovery, f"# created: 2026-01-01\n# public key: x\n{identity}\n") == data_key


def test_no_recipient_means_no_recovery(data_key: bytes) -> None:
    assert recovery_copy(data_key, None) is None
    assert recovery_copy(data_key, "") is None
    envelope = Envelope(VAULT_ID, wrap(data_key, PASSWORD, VAULT_ID))
    with pytest.raises(RecoveryUnavailable):
        recover_data_key(envelope.recovery, str(pyrage.x25519.Identity.generate()))


def test_bad_recipient_is_refused(data_key: bytes) -> None:
    with pytest.raises(RecoveryUnavailable):
        recovery_copy(data_key, "age1notarecipient")


# --- key derivation ------------------------------------------------------------------------------------


def test_derive_depends_on_password_and_salt() -> None:
    params = new_params()
    assert derive(PASSWORD, params) == derive(PASSWORD, params)
    assert derive(PASSWORD, params) != derive(PASSWORD + "!", params)
    other_salt = dataclasses.replace(params, salt=os.urandom(kdf.SALT_BYTES))
    assert derive(PASSWORD, params) != derive(PASSWORD, other_salt)
    assert len(derive(PASSWORD, params)) == kdf.KEY_BYTES


def test_production_params_without_test_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(INSECURE_TEST_KDF_ENV)
    params = new_params()
    assert (params.memory_kib, params.iterations, params.lanes) == (
        kdf.PRODUCTION_MEMORY_KIB, kdf.PRODUCTION_ITERATIONS, kdf.PRODUCTION_LANES)
    assert params.memory_kib >= 64 * 1024  # BSI TR-02102-1 / RFC 9106 second recommendation: ≥ 64 MiB
    assert params.algorithm == "argon2id"
    ensure_strong(params)  # does not raise


def test_test_params_only_with_test_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    fast = new_params()
    assert fast.memory_kib < kdf.PRODUCTION_MEMORY_KIB
    ensure_strong(fast)  # allowed inside the test suite
    monkeypatch.setenv(INSECURE_TEST_KDF_ENV, "yes")  # only exactly "1" counts
    with pytest.raises(WeakCipher):
        ensure_strong(fast)
    monkeypatch.delenv(INSECURE_TEST_KDF_ENV)
    with pytest.raises(WeakCipher):
        ensure_strong(fast)
    with pytest.raises(WeakCipher):
        ensure_strong(KdfParams(os.urandom(8), kdf.PRODUCTION_MEMORY_KIB, kdf.PRODUCTION_ITERATIONS, 4))
    with pytest.raises(WeakCipher):
        ensure_strong(KdfParams(os.urandom(16), kdf.PRODUCTION_MEMORY_KIB, 1, 4))


def test_unknown_kdf_algorithm_is_refused(data_key: bytes) -> None:
    wrapped = wrap(data_key, PASSWORD, VAULT_ID)
    pbkdf = dataclasses.replace(wrapped, kdf=dataclasses.replace(wrapped.kdf, algorithm="pbkdf2"))
    with pytest.raises(WeakCipher):
        unwrap(pbkdf, PASSWORD, VAULT_ID)


def test_kdf_params_serialise(data_key: bytes) -> None:
    params = new_params()
    assert KdfParams.from_dict(json.loads(json.dumps(params.as_dict()))) == params
