"""Public keys as text: the age recipient and the Ed25519 signing key ("ed25519:" + Base64).

Kept free of SQLAlchemy so that the deployment check (config/rules.py), which runs before the
unlock dialog, can use the same rules as sync without paying for the database layer.
"""

from __future__ import annotations

import base64

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

SIGNING_PREFIX = "ed25519:"


class BadKey(ValueError):
    pass


def signing_key_text(public: Ed25519PublicKey) -> str:
    return SIGNING_PREFIX + base64.b64encode(public.public_bytes_raw()).decode("ascii")


def parse_signing_key(text: str) -> Ed25519PublicKey:
    if not isinstance(text, str) or not text.startswith(SIGNING_PREFIX):
        raise BadKey("kein Signaturschlüssel (ed25519:…)")
    try:
        raw = base64.b64decode(text[len(SIGNING_PREFIX):], validate=True)
        return Ed25519PublicKey.from_public_bytes(raw)
    except ValueError:
        raise BadKey("Signaturschlüssel unlesbar") from None


def parse_recipient(text: str) -> pyrage.x25519.Recipient:
    try:
        return pyrage.x25519.Recipient.from_str(text.strip())
    except (pyrage.RecipientError, ValueError):
        raise BadKey("kein age-Empfänger (age1…)") from None
