"""This vault's own sync keys: an Ed25519 signing key and an age (X25519) identity.

Both live inside the encrypted vault (local_state, never synced) and are made on first use.
After a rotation the retired age identities stay, so that packages still encrypted to the old
recipient open, and the new keys carry an endorsement signed with the old signing key, which
is how the case managers learn of the change (DESIGN §4, issue 5).
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy.orm import Session

from kim_desktop.storage.local_state import get_state, set_state
from kim_desktop.sync.key_text import (  # noqa: F401 (re-exported for the callers of sync.keys)
    SIGNING_PREFIX,
    BadKey,
    parse_recipient,
    parse_signing_key,
    signing_key_text,
)

SIGNING_STATE = "sync.signing_key"
IDENTITY_STATE = "sync.age_identity"
RETIRED_STATE = "sync.retired_identities"
ENDORSEMENT_STATE = "sync.endorsement"


def fingerprint(signing_key: str) -> str:
    """What people compare on the phone: 32 hex digits of the key's SHA-256, in groups of four."""
    digest = hashlib.sha256(signing_key.encode("ascii")).hexdigest()[:32].upper()
    return " ".join(digest[i:i + 4] for i in range(0, 32, 4))


def recipient_fingerprint(age_recipient: str) -> str:
    return hashlib.sha256(age_recipient.strip().encode("ascii")).hexdigest()


def verify(signing_key: str, signature: bytes, data: bytes) -> bool:
    try:
        parse_signing_key(signing_key).verify(signature, data)
    except (InvalidSignature, BadKey):
        return False
    return True


def _endorsed_text(signing_key: str, age_recipient: str) -> bytes:
    return f"kimsync key change\n{signing_key}\n{age_recipient}\n".encode("ascii")


@dataclass(frozen=True)
class Endorsement:
    """The new keys, signed with the previous signing key."""

    previous_signing_key: str
    signature: str  # base64

    def valid_for(self, signing_key: str, age_recipient: str) -> bool:
        try:
            raw = base64.b64decode(self.signature, validate=True)
        except ValueError:
            return False
        return verify(self.previous_signing_key, raw, _endorsed_text(signing_key, age_recipient))

    def as_json(self) -> dict[str, str]:
        return {"previous_signing_key": self.previous_signing_key, "signature": self.signature}

    @classmethod
    def from_json(cls, data: object) -> Endorsement | None:
        if not isinstance(data, dict):
            return None
        previous, signature = data.get("previous_signing_key"), data.get("signature")
        if not isinstance(previous, str) or not isinstance(signature, str):
            return None
        return cls(previous, signature)


@dataclass(frozen=True)
class VaultKeys:
    signing: Ed25519PrivateKey
    identity: pyrage.x25519.Identity
    retired: tuple[pyrage.x25519.Identity, ...] = ()
    endorsement: Endorsement | None = None

    @property
    def signing_key(self) -> str:
        return signing_key_text(self.signing.public_key())

    @property
    def age_recipient(self) -> str:
        return str(self.identity.to_public())

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.signing_key)

    @property
    def identities(self) -> list[pyrage.x25519.Identity]:
        return [self.identity, *self.retired]

    def sign(self, data: bytes) -> bytes:
        return self.signing.sign(data)


def _new_signing() -> tuple[Ed25519PrivateKey, str]:
    private = Ed25519PrivateKey.generate()
    return private, base64.b64encode(private.private_bytes_raw()).decode("ascii")


def load_keys(session: Session) -> VaultKeys:
    """The vault's keys; made (in the caller's transaction) when the vault has none yet."""
    stored = get_state(session, SIGNING_STATE)
    if stored is None:
        private, text = _new_signing()
        identity = pyrage.x25519.Identity.generate()
        set_state(session, SIGNING_STATE, text)
        set_state(session, IDENTITY_STATE, str(identity))
        return VaultKeys(private, identity)
    private = Ed25519PrivateKey.from_private_bytes(base64.b64decode(stored))
    identity = pyrage.x25519.Identity.from_str(get_state(session, IDENTITY_STATE) or "")
    retired = tuple(pyrage.x25519.Identity.from_str(text)
                    for text in json.loads(get_state(session, RETIRED_STATE) or "[]"))
    endorsement = Endorsement.from_json(json.loads(get_state(session, ENDORSEMENT_STATE) or "null"))
    return VaultKeys(private, identity, retired, endorsement)


def rotate_keys(session: Session) -> VaultKeys:
    """New signing key and identity; the old identity stays for packages still on their way."""
    old = load_keys(session)
    private, text = _new_signing()
    identity = pyrage.x25519.Identity.generate()
    new_signing_key = signing_key_text(private.public_key())
    signature = old.sign(_endorsed_text(new_signing_key, str(identity.to_public())))
    endorsement = Endorsement(old.signing_key, base64.b64encode(signature).decode("ascii"))
    set_state(session, SIGNING_STATE, text)
    set_state(session, IDENTITY_STATE, str(identity))
    set_state(session, RETIRED_STATE, json.dumps([str(i) for i in old.identities]))
    set_state(session, ENDORSEMENT_STATE, json.dumps(endorsement.as_json()))
    return VaultKeys(private, identity, tuple(old.identities), endorsement)
