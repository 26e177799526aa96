"""Escalations (issue 7): structural problems a case manager reports to the Geschäftsstelle.

The author's records (escalation, escalation_step) belong to the author's device and travel in
its export once submitted; drafts stay on the laptop (sync.export skips them). The links to the
author's own cases (escalation_case_link) never travel at all: only the count does. The
coordinators' records (escalation_review, steering_meeting, agenda_item) belong to the
coordination; a review travels back to the author only (registry feedback "author"), meetings
and agenda items only to the other coordinators.

Codes are kept as ";A;B;" like a consultation's (consultation_tables.join_codes).
References to rows that may arrive by import later are no foreign keys but name their table
(REFERS_TO), so that retention can still follow them.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from kim_desktop.storage.schema import REFERS_TO, Base, SyncedRecord, UtcDateTime


class Escalation(SyncedRecord, Base):
    __tablename__ = "escalation"

    owner_device_id: Mapped[str] = mapped_column(String(36))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text)
    legal_domains: Mapped[str] = mapped_column(Text, default="")  # ";SGB2;SGB8;"
    agencies: Mapped[str] = mapped_column(Text, default="")
    municipalities: Mapped[str] = mapped_column(Text, default="")  # ";05382012;"
    case_count: Mapped[int] = mapped_column(Integer, default=1)
    first_seen: Mapped[dt.date | None] = mapped_column(Date)
    urgency: Mapped[str] = mapped_column(String(20))  # domain.escalation_status.Urgency
    proposed_measure: Mapped[str | None] = mapped_column(Text)
    attachments: Mapped[str | None] = mapped_column(Text)  # text only
    author_status: Mapped[str] = mapped_column(String(20))  # draft / submitted / withdrawn
    submitted_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)

    __table_args__ = (Index("ix_escalation_owner_device_id", "owner_device_id"),)


class EscalationCaseLink(SyncedRecord, Base):
    """An escalation's link to one of the author's cases. Not in the sync registry: never leaves
    the laptop. Real foreign keys: both rows are always on this laptop, and retention erases the
    link with the case."""

    __tablename__ = "escalation_case_link"

    escalation_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("escalation.id"))
    case_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("case_file.id"))

    __table_args__ = (Index("ix_escalation_case_link_escalation_id", "escalation_id"),
                      Index("ix_escalation_case_link_case_id", "case_id"))


class EscalationStep(SyncedRecord, Base):
    """The author's part of the history: created, submitted, withdrawn."""

    __tablename__ = "escalation_step"

    escalation_id: Mapped[uuid.UUID] = mapped_column(Uuid, info={REFERS_TO: "escalation"})
    status: Mapped[str] = mapped_column(String(20))
    comment: Mapped[str | None] = mapped_column(Text)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)

    __table_args__ = (Index("ix_escalation_step_escalation_id", "escalation_id"),)


class EscalationReview(SyncedRecord, Base):
    """The Geschäftsstelle's part of the history: a status change and/or feedback for the author."""

    __tablename__ = "escalation_review"

    escalation_id: Mapped[uuid.UUID] = mapped_column(Uuid, info={REFERS_TO: "escalation"})
    # The escalation's owner: the one device whose feedback package carries this row.
    author_device_id: Mapped[str] = mapped_column(String(36))
    status: Mapped[str | None] = mapped_column(String(20))  # None: feedback only
    feedback: Mapped[str | None] = mapped_column(Text)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    coordinator_name: Mapped[str] = mapped_column(String(200), default="")
    merged_into: Mapped[uuid.UUID | None] = mapped_column(Uuid, info={REFERS_TO: "escalation"})

    __table_args__ = (Index("ix_escalation_review_escalation_id", "escalation_id"),
                      Index("ix_escalation_review_author_device_id", "author_device_id"))


class SteeringMeeting(SyncedRecord, Base):
    __tablename__ = "steering_meeting"

    held_on: Mapped[dt.date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(200))
    place: Mapped[str | None] = mapped_column(String(200))


class AgendaItem(SyncedRecord, Base):
    __tablename__ = "agenda_item"

    meeting_id: Mapped[uuid.UUID] = mapped_column(Uuid, info={REFERS_TO: "steering_meeting"})
    escalation_id: Mapped[uuid.UUID] = mapped_column(Uuid, info={REFERS_TO: "escalation"})
    position: Mapped[int] = mapped_column(Integer)
    decision: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_agenda_item_meeting_id", "meeting_id"),)
