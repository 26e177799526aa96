"""Day schedules (issue 6): a case manager's weekly pattern, its exceptions and appointments.

A pattern change on a date is a new row valid from that date while the old row ends the day
before, so that earlier days keep the pattern they had. Office hours are text
"09:00-12:00;13:00-15:30" (domain.schedule_rules reads them); times are "HH:MM" on the wall clock.
Links to cases are ids only; free-text notes may name people and stay on a pseudonymised laptop.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Date, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from kim_desktop.storage.schema import REFERS_TO, Base, SyncedRecord


class WeeklyPattern(SyncedRecord, Base):
    __tablename__ = "schedule_pattern"

    owner_device_id: Mapped[str] = mapped_column(String(36))
    weekday: Mapped[int] = mapped_column(Integer)  # 0 = Monday … 6 = Sunday
    municipality_ags: Mapped[str] = mapped_column(String(8))
    place: Mapped[str | None] = mapped_column(String(200))  # "Rathaus Hennef, Raum 2.14"
    office_hours: Mapped[str] = mapped_column(String(200))  # "09:00-12:00;13:00-15:30"
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)

    __table_args__ = (Index("ix_schedule_pattern_owner_device_id", "owner_device_id"),)


class ScheduleException(SyncedRecord, Base):
    """Leave, sickness, training, an extra day in a municipality, or moved office hours."""

    __tablename__ = "schedule_exception"
    __personal_columns__ = ("note",)

    owner_device_id: Mapped[str] = mapped_column(String(36))
    on: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20))  # schedule_rules.ExceptionKind
    municipality_ags: Mapped[str | None] = mapped_column(String(8))  # extra day (or moved hours elsewhere)
    place: Mapped[str | None] = mapped_column(String(200))
    office_hours: Mapped[str | None] = mapped_column(String(200))  # extra day, moved hours
    substitute_device_id: Mapped[str | None] = mapped_column(String(36))  # leave
    note: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_schedule_exception_owner_device_id_on", "owner_device_id", "on"),)


class Appointment(SyncedRecord, Base):
    __tablename__ = "appointment"
    __personal_columns__ = ("note", "interpreter_language")

    owner_device_id: Mapped[str] = mapped_column(String(36))
    on: Mapped[dt.date] = mapped_column(Date)
    start: Mapped[str] = mapped_column(String(5))  # "HH:MM", 24 h, wall clock
    duration_minutes: Mapped[int] = mapped_column(Integer)
    # No foreign key: an appointment may arrive by import before its case. The info names the
    # table it refers to, so that retention erases a case's appointments with the case.
    case_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, info={REFERS_TO: "case_file"})  # none: first contact
    kind: Mapped[str] = mapped_column(String(20))  # schedule_rules.AppointmentKind
    interpreter_language: Mapped[str | None] = mapped_column(String(60))
    note: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_appointment_owner_device_id_on", "owner_device_id", "on"),
                      Index("ix_appointment_case_id", "case_id"))
