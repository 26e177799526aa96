"""Clients, cases and consultations (issue 4): the case manager's own records.

Codes from catalogues (topics, legal domains, partner agencies) are stored as text, so that a
record syncs as one row; several codes are kept as ";A;B;" (delimited at both ends, so that
`LIKE '%;A;%'` and FTS lookups cannot confuse "SGB2" with "SGB2X").
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, Uuid, text
from sqlalchemy.orm import Mapped, mapped_column

from kim_desktop.storage.schema import Base, SyncedRecord


def join_codes(codes: list[str] | tuple[str, ...] | set[str]) -> str:
    cleaned = sorted({c.strip() for c in codes if c.strip()})
    return f";{';'.join(cleaned)};" if cleaned else ""


def split_codes(text: str | None) -> list[str]:
    return [c for c in (text or "").split(";") if c]


class Client(SyncedRecord, Base):
    __tablename__ = "client"
    __personal_columns__ = ("first_name", "last_name", "birth_date", "gender", "nationality", "languages",
                            "interpreter_language", "address", "phone", "email", "household", "notes")

    # Not unique: a coordinator's vault holds clients of many devices, and the short pseudonyms
    # of different vaults can collide; records are keyed by UUID.
    pseudonym: Mapped[str] = mapped_column(String(12))
    first_name: Mapped[str | None] = mapped_column(String(100))
    last_name: Mapped[str | None] = mapped_column(String(100))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    gender: Mapped[str | None] = mapped_column(String(20))
    nationality: Mapped[str | None] = mapped_column(String(60))
    languages: Mapped[str | None] = mapped_column(String(200))
    interpreter_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    interpreter_language: Mapped[str | None] = mapped_column(String(60))
    residence_status: Mapped[str | None] = mapped_column(String(40))
    municipality_ags: Mapped[str | None] = mapped_column(String(8))
    address: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(60))
    email: Mapped[str | None] = mapped_column(String(200))
    household: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_client_birth_date", "birth_date"), Index("ix_client_last_name", "last_name"),
                      Index("ix_client_pseudonym", "pseudonym"))


class Case(SyncedRecord, Base):
    __tablename__ = "case_file"  # "case" is an SQL keyword

    client_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("client.id"))
    owner_device_id: Mapped[str] = mapped_column(String(36))  # the responsible case manager's device
    municipality_ags: Mapped[str] = mapped_column(String(8))
    focus: Mapped[str] = mapped_column(String(30))
    phase: Mapped[str] = mapped_column(String(30))
    opened_on: Mapped[dt.date] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    closing_reason: Mapped[str | None] = mapped_column(String(40))

    __table_args__ = (Index("ix_case_file_client_id", "client_id"), Index("ix_case_file_closed_on", "closed_on"))


class CasePhaseChange(SyncedRecord, Base):
    __tablename__ = "case_phase_change"

    case_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("case_file.id"))
    phase: Mapped[str] = mapped_column(String(30))
    changed_on: Mapped[dt.date] = mapped_column(Date)

    __table_args__ = (Index("ix_case_phase_change_case_id", "case_id"),)


class CaseGoal(SyncedRecord, Base):
    __tablename__ = "case_goal"
    __personal_columns__ = ("description",)

    case_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("case_file.id"))
    description: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20))
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    achieved_on: Mapped[dt.date | None] = mapped_column(Date)

    __table_args__ = (Index("ix_case_goal_case_id", "case_id"),)


class CaseConsent(SyncedRecord, Base):
    """Einwilligung / Schweigepflichtentbindung for one partner agency."""

    __tablename__ = "case_consent"
    __personal_columns__ = ("scope",)

    case_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("case_file.id"))
    agency_code: Mapped[str] = mapped_column(String(40))
    given_on: Mapped[dt.date] = mapped_column(Date)
    scope: Mapped[str | None] = mapped_column(Text)
    revoked_on: Mapped[dt.date | None] = mapped_column(Date)

    __table_args__ = (Index("ix_case_consent_case_id", "case_id"),)


class Consultation(SyncedRecord, Base):
    """One Einzelfallberatung."""

    __tablename__ = "consultation"
    __personal_columns__ = ("notes", "next_steps", "place", "interpreter_language")

    case_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("case_file.id"))
    held_on: Mapped[dt.date] = mapped_column(Date)
    start_time: Mapped[str | None] = mapped_column(String(5))  # "HH:MM", 24 h
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    municipality_ags: Mapped[str] = mapped_column(String(8))
    place: Mapped[str | None] = mapped_column(String(200))
    contact_type: Mapped[str] = mapped_column(String(20))
    interpreter_language: Mapped[str | None] = mapped_column(String(60))
    topics: Mapped[str] = mapped_column(Text, default="")
    legal_domains: Mapped[str] = mapped_column(Text, default="")
    referrals: Mapped[str] = mapped_column(Text, default="")
    # Referrals made although no valid consent existed: the user's explicit decision is kept.
    referrals_without_consent: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str | None] = mapped_column(Text)
    next_steps: Mapped[str | None] = mapped_column(Text)
    follow_up_on: Mapped[dt.date | None] = mapped_column(Date)
    follow_up_done: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        Index("ix_consultation_held_on", "held_on"),
        Index("ix_consultation_case_id_held_on", "case_id", "held_on"),
        # Open follow-ups only: the notice after unlock counts them in a few index pages even
        # when the vault holds 100 000 consultations, most with their follow-up long done.
        Index("ix_consultation_follow_up_open", "follow_up_on", "deleted", "case_id",
              sqlite_where=text("follow_up_done = 0")),
    )
