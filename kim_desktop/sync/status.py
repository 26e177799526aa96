"""Where the exchange stands, for the export page, the import page and `kim-desktop sync status`."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kim_desktop.storage.local_state import get_state
from kim_desktop.storage.sync_tables import SyncConflict, SyncDevice, SyncImportLog, SyncReceived
from kim_desktop.sync import streams
from kim_desktop.sync.importer import missing_sequences


@dataclass(frozen=True)
class OwnExportStatus:
    """A case manager's packages for the Kreis in the current epoch."""

    epoch: str
    last_sequence: int
    confirmed_up_to: int  # every package 1..N has arrived at the Kreis
    outstanding: list[int]  # written, not (yet) confirmed


def own_export_status(session: Session, device_id: str) -> OwnExportStatus:
    epoch = get_state(session, streams.EPOCH_STATE) or ""
    last = streams.position(session, streams.KREIS, epoch).last_sequence if epoch else 0
    got = SyncReceived.__table__
    confirmed = set(session.execute(select(got.c.sequence).where(
        got.c.device_id == device_id, got.c.epoch == epoch, got.c.stream == streams.KREIS)).scalars())
    upto = 0
    while upto + 1 in confirmed:
        upto += 1
    return OwnExportStatus(epoch, last, upto, [n for n in range(1, last + 1) if n not in confirmed])


@dataclass(frozen=True)
class DeviceStatus:
    device_id: str
    owner: str
    team: int | None
    fingerprint: str
    status: str
    last_package_at: dt.datetime | None
    last_sequence: int
    missing: list[int]


def device_statuses(session: Session) -> list[DeviceStatus]:
    """Every known device with the gaps in its current epoch (the epoch of its newest package)."""
    found = []
    got = SyncReceived.__table__
    for row in session.scalars(select(SyncDevice).order_by(SyncDevice.owner, SyncDevice.device_id)):
        newest = session.execute(select(got.c.epoch, got.c.sequence).where(
            got.c.device_id == row.device_id, got.c.stream == streams.KREIS)
            .order_by(got.c.received_at.desc(), got.c.sequence.desc()).limit(1)).first()
        epoch = newest.epoch if newest else ""
        last = session.execute(select(func.max(got.c.sequence)).where(
            got.c.device_id == row.device_id, got.c.epoch == epoch, got.c.stream == streams.KREIS)).scalar() or 0
        missing = missing_sequences(session.connection(), row.device_id, epoch, streams.KREIS) if epoch else []
        found.append(DeviceStatus(row.device_id, row.owner, row.team, row.fingerprint, row.status,
                                  row.last_package_at, last, missing))
    return found


@dataclass(frozen=True)
class ConflictEntry:
    table_name: str
    record_id: str
    device_id: str
    revision: int
    updated_at: dt.datetime
    winner_device_id: str
    winner_revision: int
    logged_at: dt.datetime
    data: dict[str, Any]


def conflicts(session: Session, limit: int = 1000) -> list[ConflictEntry]:
    rows = session.scalars(select(SyncConflict).order_by(SyncConflict.logged_at.desc()).limit(limit))
    return [ConflictEntry(r.table_name, str(r.record_id), r.device_id, r.revision, r.updated_at,
                          r.winner_device_id, r.winner_revision, r.logged_at, json.loads(r.data)) for r in rows]


def import_log(session: Session, limit: int = 500) -> list[SyncImportLog]:
    return list(session.scalars(select(SyncImportLog).order_by(SyncImportLog.seq.desc()).limit(limit)))
