"""Tables shared by the whole program and the base every synced table builds on."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import Boolean, DateTime, Index, Integer, MetaData, String, Text, TypeDecorator, Uuid, event
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UtcDateTime(TypeDecorator[dt.datetime]):
    """Stores naive UTC, hands back aware UTC: every dialect, no local-time surprises."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where UTC is required")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        return None if value is None else value.replace(tzinfo=dt.UTC)


# Column info key of a reference that cannot be a foreign key (its row may arrive by import later):
# the name of the table it points to. Retention follows it like a foreign key.
REFERS_TO = "refers_to"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class SyncedRecord:
    """Columns that make a row syncable by file: who made this revision, which one, when, deleted?

    Revision, device and timestamp are kept by the session hook below, so no caller can
    forget them. Rows are never deleted: `tombstone()` clears personal columns and marks them.
    """

    __personal_columns__: tuple[str, ...] = ()

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    device_id: Mapped[str] = mapped_column(String(36))
    revision: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)

    def tombstone(self) -> None:
        for column in self.__personal_columns__:
            setattr(self, column, None)
        self.deleted = True


DEVICE_KEY = "device_id"


@event.listens_for(Session, "before_flush")
def _stamp_synced_records(session: Session, _context: Any, _instances: Any) -> None:
    device = session.info.get(DEVICE_KEY)
    now = utcnow()
    for obj in session.new:
        if isinstance(obj, SyncedRecord):
            if device is None:
                raise RuntimeError("session has no device id")
            obj.id = obj.id or uuid.uuid4()
            obj.device_id, obj.revision, obj.updated_at = device, 1, now
            obj.deleted = bool(obj.deleted)
    for obj in session.dirty:
        if isinstance(obj, SyncedRecord) and session.is_modified(obj, include_collections=False):
            if device is None:
                raise RuntimeError("session has no device id")
            obj.device_id, obj.revision, obj.updated_at = device, (obj.revision or 0) + 1, now
    for obj in session.deleted:
        if isinstance(obj, SyncedRecord):
            raise TypeError(f"{type(obj).__name__} rows are tombstoned, never deleted")


class VaultProfile(SyncedRecord, Base):
    """Who this vault belongs to. One row, written by init and the profile page."""

    __tablename__ = "vault_profile"
    __personal_columns__ = ("display_name",)

    vault_id: Mapped[str] = mapped_column(String(36), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    display_name: Mapped[str | None] = mapped_column(String(200))
    team: Mapped[int | None] = mapped_column(Integer)
    municipalities: Mapped[str] = mapped_column(Text, default="")  # AGS keys, comma-separated
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)

    @property
    def municipality_keys(self) -> list[str]:
        return [k for k in self.municipalities.split(",") if k]


class LocalState(Base):
    """This laptop's own bookkeeping (last backup, sync counters). Never synced."""

    __tablename__ = "local_state"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class AuditEntry(Base):
    """Who did what to which record and when; never field values. Hash-chained."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_record_id", "record_id"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True, default=uuid.uuid4)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    device_id: Mapped[str] = mapped_column(String(36))
    actor_role: Mapped[str] = mapped_column(String(20))
    action: Mapped[str] = mapped_column(String(60))
    record_type: Mapped[str | None] = mapped_column(String(60))
    record_id: Mapped[str | None] = mapped_column(String(36))
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))
