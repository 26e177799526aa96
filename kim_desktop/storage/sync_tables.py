"""Bookkeeping of sync by export files (issue 5). None of these tables is itself synced,
except that the packages a coordinator has received travel on to the other coordinators and,
as receipts, back to the case manager who sent them.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from kim_desktop.storage.schema import Base, UtcDateTime


class SyncDevice(Base):
    """A coordinator's registry of the laptops it receives packages from (trust on first use)."""

    __tablename__ = "sync_device"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    signing_key: Mapped[str] = mapped_column(String(100))
    fingerprint: Mapped[str] = mapped_column(String(80))
    age_recipient: Mapped[str] = mapped_column(String(100))
    owner: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20))
    team: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(12))  # pending, trusted, revoked
    first_seen_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    decided_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    last_package_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)


class SyncRecipient(Base):
    """Coordinators known to this vault besides the deployment preset: added by hand, announced in
    a feedback package, or a preset the user removed (removed=True hides it)."""

    __tablename__ = "sync_recipient"

    age_recipient: Mapped[str] = mapped_column(String(100), primary_key=True)
    signing_key: Mapped[str] = mapped_column(String(100), default="")
    name: Mapped[str] = mapped_column(String(200), default="")
    source: Mapped[str] = mapped_column(String(12))  # added, announced, preset
    removed: Mapped[bool] = mapped_column(Boolean, default=False)
    added_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class SyncSent(Base):
    """Which version of each record last went out on a stream, and in which package.

    WITHOUT ROWID (SQLite): the key is the row, one B-tree instead of a table and its key index;
    an export marks and looks up every record here (≈ 40 % of its time with 10 000 changes)."""

    __tablename__ = "sync_sent"
    __table_args__ = {"sqlite_with_rowid": False}

    stream: Mapped[str] = mapped_column(String(64), primary_key=True)
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    revision: Mapped[int] = mapped_column(Integer)
    device_id: Mapped[str] = mapped_column(String(36))
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    epoch: Mapped[str] = mapped_column(String(36))
    sequence: Mapped[int] = mapped_column(Integer)


class SyncReceived(Base):
    """A package that has arrived at the Kreis: imported here, replicated from another
    coordinator, or (on a case manager's laptop) confirmed by a receipt."""

    __tablename__ = "sync_received"
    __table_args__ = {"sqlite_with_rowid": False}

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    epoch: Mapped[str] = mapped_column(String(36), primary_key=True)
    stream: Mapped[str] = mapped_column(String(64), primary_key=True)
    sequence: Mapped[int] = mapped_column(Integer, primary_key=True)
    package_id: Mapped[str] = mapped_column(String(36))
    manifest_hash: Mapped[str] = mapped_column(String(64))
    previous_hash: Mapped[str] = mapped_column(String(64), default="")
    received_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class SyncImportLog(Base):
    """Every package this vault was given, imported or refused (ids and counts, never content)."""

    __tablename__ = "sync_import_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    file_name: Mapped[str] = mapped_column(String(255))
    package_id: Mapped[str] = mapped_column(String(36), default="")
    device_id: Mapped[str] = mapped_column(String(36), default="")
    epoch: Mapped[str] = mapped_column(String(36), default="")
    stream: Mapped[str] = mapped_column(String(64), default="")
    sequence: Mapped[int | None] = mapped_column(Integer)
    result: Mapped[str] = mapped_column(String(20))  # imported, unchanged, refused
    reason: Mapped[str] = mapped_column(Text, default="")
    counts: Mapped[str] = mapped_column(Text, default="")  # JSON: new/updated/unchanged/conflicts

    __table_args__ = (Index("ix_sync_import_log_package_id", "package_id"),)


class SyncConflict(Base):
    """The latest losing version per record and device: kept, not dropped (DESIGN §4)."""

    __tablename__ = "sync_conflict"

    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    revision: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    winner_device_id: Mapped[str] = mapped_column(String(36))
    winner_revision: Mapped[int] = mapped_column(Integer)
    data: Mapped[str] = mapped_column(Text)  # the losing row as in a package (JSON)
    logged_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
