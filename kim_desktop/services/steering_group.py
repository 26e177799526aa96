"""The Lenkungsgruppe (coordinator): meetings, their agenda of escalations, the decision per item.

Meetings and agenda items are the coordinators' records; they replicate to the other
coordinators and never go to case managers. What an author learns of the Lenkungsgruppe comes
as reviews: putting an escalation on the agenda moves it to "in der Lenkungsgruppe" (a submitted
one via "in Prüfung": two reviews in the same transaction, so that from then on its author can
no longer withdraw it), and a recorded decision is the review's feedback with the status it
leads to. An ended escalation (gelöst, nicht lösbar, zurückgezogen) is refused: the
Geschäftsstelle takes a returning problem into review first, on purpose and visibly to the
author, instead of the agenda reopening it silently.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kim_desktop.domain.escalation_status import Status, may_move
from kim_desktop.domain.messages import Message
from kim_desktop.domain.roles import Role
from kim_desktop.errors import InputRejected
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP
from kim_desktop.services import escalations
from kim_desktop.services.escalations import EscalationRow
from kim_desktop.storage import audit
from kim_desktop.storage.escalation_tables import AgendaItem, Escalation, SteeringMeeting
from kim_desktop.storage.records import as_uuid, live_row
from kim_desktop.storage.schema import utcnow
from kim_desktop.storage.vault import Vault

CONTEXT = "SteeringGroup"
MAX_TITLE = 200

MEETING_DATE_REQUIRED = QT_TRANSLATE_NOOP("SteeringGroup", "Bitte das Datum der Sitzung angeben.")
TITLE_REQUIRED = QT_TRANSLATE_NOOP("SteeringGroup", "Bitte einen Titel der Sitzung angeben.")
TOO_LONG = QT_TRANSLATE_NOOP("SteeringGroup", "Höchstens {max} Zeichen.")
NOT_FOR_AGENDA = QT_TRANSLATE_NOOP(
    "SteeringGroup", "„{title}“ ist „{status}“ und kann nicht auf die Tagesordnung.")
ENDED_NOT_FOR_AGENDA = QT_TRANSLATE_NOOP(
    "SteeringGroup", "„{title}“ ist „{status}“ und kann nicht auf die Tagesordnung. Kommt das Problem "
    "wieder, nehmen Sie die Meldung bitte zuerst wieder in Prüfung.")
MERGED_ON_AGENDA = QT_TRANSLATE_NOOP(
    "SteeringGroup", "„{title}“ ist mit einer anderen Meldung zusammengeführt; bitte jene aufnehmen.")
DECISION_REQUIRED = QT_TRANSLATE_NOOP("SteeringGroup", "Bitte den Beschluss eintragen.")

MEETING_SAVED = "steering.meeting-saved"
AGENDA_SET = "steering.agenda-set"
DECISION_RECORDED = "steering.decision-recorded"

# Statuses an escalation may have when it is put on the agenda; each ends in the Lenkungsgruppe.
_AGENDA_STATUSES = frozenset({Status.SUBMITTED, Status.IN_REVIEW, Status.STEERING_GROUP})
# The second of two reviews of one escalation comes a millisecond after the first, so that they
# replay in order (the copies to merged duplicates take a few microseconds after each).
_SECOND_REVIEW = dt.timedelta(milliseconds=1)


@dataclass(frozen=True)
class MeetingRow:
    id: str
    held_on: dt.date
    title: str
    place: str
    item_count: int


@dataclass(frozen=True)
class AgendaRow:
    item_id: str
    position: int  # 1, 2, …
    escalation: EscalationRow
    decision: str


def _reject(template: str, field_name: str | None = None, **details: object) -> InputRejected:
    return InputRejected(Message.of(CONTEXT, template, **details), field_name)


def _coordinator(vault: Vault) -> None:
    if vault.profile.role is not Role.COORDINATOR:
        raise InputRejected(Message.of(escalations.CONTEXT, escalations.ONLY_COORDINATORS))


def create_meeting(vault: Vault, held_on: dt.date, title: str, place: str = "") -> str:
    _coordinator(vault)
    if not isinstance(held_on, dt.date):
        raise _reject(MEETING_DATE_REQUIRED, "held_on")
    title, place = (title or "").strip(), (place or "").strip()
    if not title:
        raise _reject(TITLE_REQUIRED, "title")
    for name, value in (("title", title), ("place", place)):
        if len(value) > MAX_TITLE:
            raise _reject(TOO_LONG, name, max=MAX_TITLE)
    with vault.transaction() as session:
        row = SteeringMeeting(id=uuid.uuid4(), held_on=held_on, title=title, place=place or None)
        session.add(row)
        session.flush()
        audit.record(session, MEETING_SAVED, record_type="steering_meeting", record_id=row.id)
        return str(row.id)


def meetings(session: Session) -> list[MeetingRow]:
    """Every meeting, the latest first, with the number of agenda items."""
    counts = dict(session.execute(
        select(AgendaItem.meeting_id, func.count(AgendaItem.id)).where(AgendaItem.deleted.is_(False))
        .group_by(AgendaItem.meeting_id)).all())
    rows = session.scalars(select(SteeringMeeting).where(SteeringMeeting.deleted.is_(False))
                           .order_by(SteeringMeeting.held_on.desc(), SteeringMeeting.title))
    return [MeetingRow(str(r.id), r.held_on, r.title, r.place or "", counts.get(r.id, 0)) for r in rows]


def meeting(session: Session, meeting_id: str) -> MeetingRow:
    """One meeting (RecordNotFound when it is gone)."""
    row = live_row(session, SteeringMeeting, meeting_id)
    count = session.scalar(select(func.count(AgendaItem.id)).where(AgendaItem.meeting_id == row.id,
                                                                   AgendaItem.deleted.is_(False)))
    return MeetingRow(str(row.id), row.held_on, row.title, row.place or "", count or 0)


def _items(session: Session, meeting_id: uuid.UUID) -> list[AgendaItem]:
    return list(session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id,
                                                         AgendaItem.deleted.is_(False))
                                .order_by(AgendaItem.position, AgendaItem.id)))


def set_agenda(vault: Vault, meeting_id: str, escalation_ids: list[str]) -> None:
    """The meeting's agenda in this order. An escalation new on it moves to "in der
    Lenkungsgruppe" (a submitted one via "in Prüfung"); an ended one is refused (InputRejected).
    Items no longer listed are removed (their decisions with them)."""
    _coordinator(vault)
    wanted = list(dict.fromkeys(as_uuid(e) for e in escalation_ids))
    with vault.transaction() as session:
        meeting = live_row(session, SteeringMeeting, meeting_id)
        items = {item.escalation_id: item for item in _items(session, meeting.id)}
        for escalation_id in wanted:
            if escalation_id in items:
                continue
            row = escalations._inbox_row(session, escalation_id)
            status = escalations.current_status(session, row.id)
            if status in (Status.RESOLVED, Status.UNSOLVABLE):
                raise _reject(ENDED_NOT_FOR_AGENDA, "escalations", title=row.title, status=status.label)
            if status not in _AGENDA_STATUSES:
                raise _reject(NOT_FOR_AGENDA, "escalations", title=row.title, status=status.label)
            if escalations.merged_into(session, row.id):
                raise _reject(MERGED_ON_AGENDA, "escalations", title=row.title)
        for escalation_id, old in items.items():
            if escalation_id not in wanted:
                old.tombstone()
        for position, escalation_id in enumerate(wanted, start=1):
            item = items.get(escalation_id)
            if item is None:
                session.add(AgendaItem(id=uuid.uuid4(), meeting_id=meeting.id, escalation_id=escalation_id,
                                       position=position, decision=None))
                _to_steering_group(session, vault, escalation_id)
            elif item.position != position:
                item.position = position
        session.flush()
        audit.record(session, AGENDA_SET, record_type="steering_meeting", record_id=meeting.id)


def _to_steering_group(session: Session, vault: Vault, escalation_id: uuid.UUID) -> None:
    at = utcnow()
    if escalations.current_status(session, escalation_id) is Status.SUBMITTED:
        escalations.review_in(session, vault, escalation_id, status=Status.IN_REVIEW, at=at)
        at += _SECOND_REVIEW
    if may_move(Role.COORDINATOR, escalations.current_status(session, escalation_id), Status.STEERING_GROUP):
        escalations.review_in(session, vault, escalation_id, status=Status.STEERING_GROUP, at=at)


def agenda(session: Session, meeting_id: str) -> list[AgendaRow]:
    """The items in order, numbered 1, 2, … (an escalation no longer in the vault is left out)."""
    meeting = live_row(session, SteeringMeeting, meeting_id)
    items = _items(session, meeting.id)
    wanted = [item.escalation_id for item in items]
    found = list(session.scalars(select(Escalation).where(Escalation.id.in_(wanted),
                                                          Escalation.deleted.is_(False))))
    # With their merged duplicates, so that a primary counts their cases.
    on_agenda = {row.id for row in found}
    merges = escalations._merge_map(session)
    sources = [duplicate for duplicate, primary in merges.items() if primary in on_agenda]
    found += list(session.scalars(select(Escalation).where(Escalation.id.in_(sources),
                                                           Escalation.deleted.is_(False))))
    rows = escalations._rows(session, found, Role.COORDINATOR, "", {})
    result: list[AgendaRow] = []
    for item in items:
        row = rows.get(item.escalation_id)
        if row is not None:
            result.append(AgendaRow(str(item.id), len(result) + 1, row, item.decision or ""))
    return result


def record_decision(vault: Vault, item_id: str, decision: str, *, status: Status | None) -> None:
    """The Lenkungsgruppe's decision on one item; it reaches the author as a review with the
    decision as feedback and the status it leads to (resolved, unsolvable, back in review, or
    None: unchanged)."""
    _coordinator(vault)
    decision = (decision or "").strip()
    if not decision:
        raise _reject(DECISION_REQUIRED, "decision")
    with vault.transaction() as session:
        item = live_row(session, AgendaItem, item_id)
        item.decision = decision
        escalations.review_in(session, vault, item.escalation_id, status=status, feedback=decision)
        audit.record(session, DECISION_RECORDED, record_type="agenda_item", record_id=item.id)
