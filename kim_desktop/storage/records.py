"""Looking up one synced record that the user still sees (not tombstoned)."""

from __future__ import annotations

import uuid
from typing import TypeVar

from sqlalchemy.orm import Session

from kim_desktop.errors import RecordNotFound
from kim_desktop.storage.schema import SyncedRecord

Record = TypeVar("Record", bound=SyncedRecord)


def as_uuid(value: str | uuid.UUID) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def live_row(session: Session, table: type[Record], record_id: str | uuid.UUID) -> Record:
    """The row, or RecordNotFound when it never existed or was deleted meanwhile."""
    row = session.get(table, as_uuid(record_id))
    if row is None or row.deleted:
        raise RecordNotFound(record=str(record_id))
    return row
