"""The key envelope: a small file beside the vault that wraps the vault's random data key.

It holds no personal data: the data key wrapped with AES-256-GCM under a key derived from
the password, optionally the data key encrypted with age to IT's recovery recipient, and,
only while a re-key is in flight, the new data key wrapped the same way ("pending").
Changing the password re-wraps the data key, which takes the same time for any vault size.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, replace
from pathlib import Path

import pyrage
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kim_desktop.errors import KeyFileMissing, RecoveryUnavailable, VaultDamaged
from kim_desktop.storage.atomic import write_atomic
from kim_desktop.storage.kdf import KdfParams, derive, ensure_strong, new_params

FORMAT = "kim-desktop-key-envelope"
VERSION = 1
NONCE_BYTES = 12


@dataclass(frozen=True)
class WrappedKey:
    kdf: KdfParams
    nonce: bytes
    ciphertext: bytes

    def as_dict(self) -> dict[str, object]:
        return {"kdf": self.kdf.as_dict(), "cipher": "aes-256-gcm", "nonce": self.nonce.hex(),
                "ciphertext": self.ciphertext.hex()}

    @classmethod
    def from_dict(cls, raw: dict[str, object]) -> WrappedKey:
        return cls(KdfParams.from_dict(raw["kdf"]),  # type: ignore[arg-type]
                   bytes.fromhex(str(raw["nonce"])), bytes.fromhex(str(raw["ciphertext"])))


@dataclass(frozen=True)
class RecoveryCopy:
    recipient: str
    age_ciphertext: bytes

    def as_dict(self) -> dict[str, object]:
        return {"recipient": self.recipient, "age": self.age_ciphertext.hex()}

    @classmethod
    def from_dict(cls, raw: dict[str, object]) -> RecoveryCopy:
        return cls(str(raw["recipient"]), bytes.fromhex(str(raw["age"])))


@dataclass(frozen=True)
class Envelope:
    vault_id: str
    current: WrappedKey
    recovery: RecoveryCopy | None = None
    pending: WrappedKey | None = None
    pending_recovery: RecoveryCopy | None = None

    def to_json(self) -> str:
        def opt(x: WrappedKey | RecoveryCopy | None) -> object:
            return x.as_dict() if x else None

        return json.dumps({
            "format": FORMAT, "version": VERSION, "vault_id": self.vault_id,
            "current": self.current.as_dict(), "recovery": opt(self.recovery),
            "pending": opt(self.pending), "pending_recovery": opt(self.pending_recovery),
        }, indent=2)

    @classmethod
    def from_json(cls, text: str) -> Envelope:
        raw = json.loads(text)
        if raw.get("format") != FORMAT or raw.get("version") != VERSION:
            raise ValueError("unknown envelope format")
        return cls(
            vault_id=str(raw["vault_id"]),
            current=WrappedKey.from_dict(raw["current"]),
            recovery=RecoveryCopy.from_dict(raw["recovery"]) if raw.get("recovery") else None,
            pending=WrappedKey.from_dict(raw["pending"]) if raw.get("pending") else None,
            pending_recovery=(RecoveryCopy.from_dict(raw["pending_recovery"])
                              if raw.get("pending_recovery") else None),
        )

    def with_pending(self, data_key: bytes, password: str, recovery_recipient: str | None) -> Envelope:
        return replace(self, pending=wrap(data_key, password, self.vault_id),
                       pending_recovery=recovery_copy(data_key, recovery_recipient))

    def pending_committed(self) -> Envelope:
        assert self.pending is not None
        return Envelope(self.vault_id, self.pending, self.pending_recovery)

    def pending_dropped(self) -> Envelope:
        return Envelope(self.vault_id, self.current, self.recovery)


def _aad(vault_id: str, kdf: KdfParams) -> bytes:
    # Binding the KDF settings and the vault id means a tampered or swapped envelope fails to unwrap.
    return json.dumps([FORMAT, VERSION, vault_id, kdf.as_dict()], sort_keys=True).encode()


def wrap(data_key: bytes, password: str, vault_id: str) -> WrappedKey:
    kdf = new_params()
    nonce = os.urandom(NONCE_BYTES)
    kek = derive(password, kdf)
    return WrappedKey(kdf, nonce, AESGCM(kek).encrypt(nonce, data_key, _aad(vault_id, kdf)))


def unwrap(wrapped: WrappedKey, password: str, vault_id: str) -> bytes | None:
    """The data key, or None when the password does not fit."""
    ensure_strong(wrapped.kdf)
    kek = derive(password, wrapped.kdf)
    try:
        return AESGCM(kek).decrypt(wrapped.nonce, wrapped.ciphertext, _aad(vault_id, wrapped.kdf))
    except InvalidTag:
        return None


def recovery_copy(data_key: bytes, recipient: str | None) -> RecoveryCopy | None:
    if not recipient:
        return None
    try:
        parsed = pyrage.x25519.Recipient.from_str(recipient)
    except Exception as exc:  # pyrage raises its own error types for malformed keys
        raise RecoveryUnavailable(reason=f"Empfänger ungültig ({exc})") from None
    return RecoveryCopy(recipient, pyrage.encrypt(data_key, [parsed]))


def recover_data_key(copy: RecoveryCopy | None, identity_text: str) -> bytes:
    if copy is None:
        raise RecoveryUnavailable(reason="für diese Datendatei ist kein Wiederherstellungsschlüssel hinterlegt")
    identities = []
    for line in identity_text.splitlines():
        line = line.strip()
        if line.startswith("AGE-SECRET-KEY-"):
            try:
                identities.append(pyrage.x25519.Identity.from_str(line))
            except Exception:
                raise RecoveryUnavailable(reason="die Schlüsseldatei enthält keinen gültigen age-Schlüssel") from None
    if not identities:
        raise RecoveryUnavailable(reason="die Schlüsseldatei enthält keinen age-Schlüssel (AGE-SECRET-KEY-…)")
    try:
        return pyrage.decrypt(copy.age_ciphertext, identities)
    except Exception:
        raise RecoveryUnavailable(reason="der Schlüssel passt nicht zu dieser Datendatei") from None


def read_envelope(path: Path) -> Envelope:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KeyFileMissing(path=path) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise VaultDamaged(path=path, reason=f"Schlüsseldatei unlesbar: {exc.__class__.__name__}") from None
    try:
        return Envelope.from_json(text)
    except (ValueError, KeyError, TypeError, AttributeError):
        raise VaultDamaged(path=path, reason="Schlüsseldatei beschädigt") from None


def write_envelope(path: Path, envelope: Envelope) -> None:
    write_atomic(path, envelope.to_json().encode("utf-8"))
