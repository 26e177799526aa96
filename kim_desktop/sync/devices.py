"""A coordinator's registry of case managers' laptops: trust on first use, then the same key
or nothing; a revoked (stolen) laptop is refused from then on, its earlier records stay."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kim_desktop.storage import audit
from kim_desktop.storage.schema import utcnow
from kim_desktop.storage.sync_tables import SyncDevice
from kim_desktop.sync.keys import fingerprint

PENDING, TRUSTED, REVOKED = "pending", "trusted", "revoked"


@dataclass(frozen=True)
class DeviceInfo:
    """What a package says about the laptop that signed it."""

    device_id: str
    signing_key: str
    age_recipient: str
    owner: str
    role: str
    team: int | None

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.signing_key)


def all_devices(session: Session) -> list[SyncDevice]:
    return list(session.scalars(select(SyncDevice).order_by(SyncDevice.owner, SyncDevice.device_id)))


def register(session: Session, info: DeviceInfo, status: str) -> SyncDevice:
    row = session.get(SyncDevice, info.device_id)
    now = utcnow()
    if row is None:
        row = SyncDevice(device_id=info.device_id, signing_key=info.signing_key, fingerprint=info.fingerprint,
                         age_recipient=info.age_recipient, owner=info.owner, role=info.role, team=info.team,
                         status=status, first_seen_at=now, decided_at=None if status == PENDING else now)
        session.add(row)
    else:
        row.status, row.decided_at = status, now
    session.flush()
    if status != PENDING:
        audit.record(session, f"device.{status}", record_type="device", record_id=info.device_id)
    return row


def find(session: Session, fingerprint_or_id: str) -> SyncDevice | None:
    wanted = fingerprint_or_id.replace(" ", "").upper()
    for row in all_devices(session):
        if row.device_id == fingerprint_or_id or row.fingerprint.replace(" ", "") == wanted:
            return row
    return None


def set_status(session: Session, row: SyncDevice, status: str) -> None:
    row.status, row.decided_at = status, utcnow()
    session.flush()
    audit.record(session, f"device.{status}", record_type="device", record_id=row.device_id)
