"""The coordinators this vault encrypts to and accepts feedback from: IT's preset in the
deployment configuration, plus those added by hand or announced in a feedback package, minus
those removed. The public-key file `keys export-public` prints is a `[[coordinators]]` table
that IT can paste into the deployment configuration unchanged.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kim_desktop.config.deployment import Deployment
from kim_desktop.domain.roles import Role
from kim_desktop.storage.schema import utcnow
from kim_desktop.storage.sync_tables import SyncRecipient
from kim_desktop.sync.keys import BadKey, VaultKeys, parse_recipient, parse_signing_key

PRESET, ADDED, ANNOUNCED = "preset", "added", "announced"


@dataclass(frozen=True)
class KnownCoordinator:
    name: str
    age_recipient: str
    signing_key: str
    source: str


def known_coordinators(session: Session, deployment: Deployment) -> list[KnownCoordinator]:
    rows = {row.age_recipient: row for row in session.scalars(select(SyncRecipient))}
    found: dict[str, KnownCoordinator] = {}
    for preset in deployment.coordinators:
        row = rows.get(preset.age_recipient)
        if row is None or not row.removed:
            found[preset.age_recipient] = KnownCoordinator(preset.name, preset.age_recipient,
                                                           preset.signing_key, PRESET)
    for row in rows.values():
        if not row.removed:
            found.setdefault(row.age_recipient, KnownCoordinator(row.name, row.age_recipient, row.signing_key,
                                                                 row.source))
    return list(found.values())


def add_coordinator(session: Session, coordinator: KnownCoordinator) -> None:
    row = session.get(SyncRecipient, coordinator.age_recipient)
    if row is None:
        session.add(SyncRecipient(age_recipient=coordinator.age_recipient, signing_key=coordinator.signing_key,
                                  name=coordinator.name, source=coordinator.source, removed=False,
                                  added_at=utcnow()))
    elif coordinator.source != ANNOUNCED or not row.removed:
        # Only the user (recipients add) brings a removed coordinator back: a feedback package
        # written before a key rotation still announces the retired key.
        row.signing_key, row.name, row.removed = coordinator.signing_key, coordinator.name, False


def remove_coordinator(session: Session, age_recipient: str) -> bool:
    """Hides the coordinator (a preset by a removed row). False when it was removed before; the
    caller checks against known_coordinators() that it is known at all."""
    row = session.get(SyncRecipient, age_recipient)
    if row is not None:
        if row.removed:
            return False
        row.removed = True
        return True
    session.add(SyncRecipient(age_recipient=age_recipient, signing_key="", name="", source=PRESET, removed=True,
                              added_at=utcnow()))
    return True


def public_key_text(name: str, role: str, device_id: str, keys: VaultKeys) -> str:
    """The vault's public keys: nothing secret, safe to mail or print. A coordinator's is a
    `[[coordinators]]` table; a case manager's says `[[devices]]`, so that nobody adds a laptop
    as a coordinator by mistake (`parse_public_key_text` refuses it)."""
    table = "coordinators" if role in (str(Role.COORDINATOR), Role.COORDINATOR.label) else "devices"
    return (
        f"# KIM Desktop – öffentliche Schlüssel ({role}, Gerät {device_id})\n"
        f"# Fingerabdruck: {keys.fingerprint}\n"
        f"[[{table}]]\n"
        f"name = {_toml_string(name)}\n"
        f"age_recipient = \"{keys.age_recipient}\"\n"
        f"signing_key = \"{keys.signing_key}\"\n"
    )


def _toml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def parse_public_key_text(text: str) -> list[KnownCoordinator]:
    """Raises BadKey with a German reason."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None)  # Python 3.11: only inside the (English) message
        where = f"Zeile {line}" if line else str(exc).rsplit("(", 1)[-1].rstrip(")").replace("at line", "Zeile").replace("column", "Spalte")
        raise BadKey(f"keine Schlüsseldatei (Syntaxfehler, {where})") from None
    entries = raw.get("coordinators")
    if "devices" in raw and entries is None:
        raise BadKey("das sind die Schlüssel eines Case-Management-Geräts, keiner Koordination")
    if not isinstance(entries, list) or not entries:
        raise BadKey("kein [[coordinators]]-Eintrag")
    found = []
    for entry in entries:
        if not isinstance(entry, dict):
            raise BadKey("[[coordinators]] ist keine Tabelle")
        name, recipient, signing = entry.get("name", ""), entry.get("age_recipient"), entry.get("signing_key")
        if not isinstance(name, str) or not isinstance(recipient, str) or not isinstance(signing, str):
            raise BadKey("name, age_recipient oder signing_key fehlt")
        parse_recipient(recipient)
        parse_signing_key(signing)
        found.append(KnownCoordinator(name, recipient.strip(), signing.strip(), ADDED))
    return found
