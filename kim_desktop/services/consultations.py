"""Recording consultations: validation, the consent check on referrals, defaults for fast entry,
and follow-ups (Wiedervorlagen).

A referral to an agency without a consent valid on the consultation's day is only saved when
the caller confirms exactly those agencies; the confirmed ones are stored with the record
(`referrals_without_consent`) and in the audit log, so the decision stays visible.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import case as sql_case
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from kim_desktop.domain.case_cycle import Phase
from kim_desktop.domain.catalogues import ContactType
from kim_desktop.domain.consent import agencies_without_consent
from kim_desktop.domain.messages import Message
from kim_desktop.errors import InputRejected, RecordNotFound
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP
from kim_desktop.services import master_data
from kim_desktop.services.cases import consents_of
from kim_desktop.storage import audit
from kim_desktop.storage.consultation_tables import Case, Client, Consultation, join_codes, split_codes
from kim_desktop.storage.master_data_tables import AGENCY, LEGAL_DOMAIN, TOPIC
from kim_desktop.storage.records import live_row
from kim_desktop.storage.vault import Vault

CONTEXT = "Consultations"
IN_FUTURE = QT_TRANSLATE_NOOP("Consultations", "Eine Beratung kann nicht in der Zukunft liegen.")
BEFORE_CASE = QT_TRANSLATE_NOOP("Consultations", "Die Beratung liegt vor dem Beginn des Falls ({date}).")
BAD_DURATION = QT_TRANSLATE_NOOP("Consultations", "Die Dauer muss zwischen 1 und 720 Minuten liegen.")
NO_MUNICIPALITY = QT_TRANSLATE_NOOP("Consultations", "Bitte die Kommune angeben.")
UNKNOWN_CODE = QT_TRANSLATE_NOOP("Consultations", "Unbekannter Eintrag „{code}“.")
NO_TOPIC = QT_TRANSLATE_NOOP("Consultations", "Bitte mindestens ein Thema wählen.")
FOLLOW_UP_BEFORE = QT_TRANSLATE_NOOP("Consultations", "Die Wiedervorlage liegt vor dem Beratungstag.")
CASE_CLOSED = QT_TRANSLATE_NOOP(
    "Consultations", "Der Fall ist abgeschlossen; für eine neue Beratung den Fall bitte erst wieder aufnehmen.")
CONSENT_MISSING = QT_TRANSLATE_NOOP(
    "Consultations", "Für diese Vermittlung fehlt eine gültige Einwilligung; bitte bestätigen oder ändern.")
BAD_TIME = QT_TRANSLATE_NOOP("Consultations", "Uhrzeit bitte als HH:MM angeben.")
MAX_DURATION = 720
RECENT_DAYS = 31  # entry_defaults: "last used" is looked for among the consultations of the last month first


@dataclass(frozen=True)
class ConsultationInput:
    case_id: str
    held_on: dt.date
    municipality_ags: str
    contact_type: str = str(ContactType.IN_PERSON)
    start_time: str | None = None  # "HH:MM"
    duration_minutes: int | None = None
    place: str = ""
    interpreter_language: str = ""
    topics: tuple[str, ...] = ()
    legal_domains: tuple[str, ...] = ()
    referrals: tuple[str, ...] = ()
    notes: str = ""
    next_steps: str = ""
    follow_up_on: dt.date | None = None


class ConsentMissing(InputRejected):
    """Referrals without a valid consent; save again with them in `confirmed_without_consent`."""

    def __init__(self, agencies: list[str]) -> None:
        self.agencies = agencies
        super().__init__(Message.of(CONTEXT, CONSENT_MISSING), "referrals")


def _reject(template: str, field_name: str, **details: object) -> InputRejected:
    return InputRejected(Message.of(CONTEXT, template, **details), field_name)


def _check_codes(session: Session, kind: str, codes: Iterable[str], field_name: str) -> None:
    known = {item.code for item in master_data.catalogue(session, kind, include_inactive=True)}
    for code in codes:
        if code not in known:
            raise _reject(UNKNOWN_CODE, field_name, code=code)


def _check(session: Session, data: ConsultationInput, case: Case, today: dt.date) -> None:
    if data.held_on > today:
        raise _reject(IN_FUTURE, "held_on")
    if data.held_on < case.opened_on:
        from kim_desktop.domain.dates import format_date
        raise _reject(BEFORE_CASE, "held_on", date=format_date(case.opened_on))
    if data.start_time is not None:
        parts = data.start_time.split(":")
        if len(parts) != 2 or not all(p.isdigit() for p in parts) or int(parts[0]) > 23 or int(parts[1]) > 59:
            raise _reject(BAD_TIME, "start_time")
    if data.duration_minutes is not None and not 1 <= data.duration_minutes <= MAX_DURATION:
        raise _reject(BAD_DURATION, "duration_minutes")
    if not data.municipality_ags:
        raise _reject(NO_MUNICIPALITY, "municipality_ags")
    if data.contact_type not in set(ContactType):
        raise _reject(UNKNOWN_CODE, "contact_type", code=data.contact_type)
    if not data.topics:
        raise _reject(NO_TOPIC, "topics")
    _check_codes(session, TOPIC, data.topics, "topics")
    _check_codes(session, LEGAL_DOMAIN, data.legal_domains, "legal_domains")
    _check_codes(session, AGENCY, data.referrals, "referrals")
    if data.follow_up_on is not None and data.follow_up_on < data.held_on:
        raise _reject(FOLLOW_UP_BEFORE, "follow_up_on")


def missing_consents(session: Session, case_id: str, referrals: Iterable[str], on: dt.date) -> list[str]:
    """Referred agencies without a consent valid on `on`, for the warning before saving."""
    return agencies_without_consent(referrals, consents_of(session, case_id), on)


def save_consultation(vault: Vault, data: ConsultationInput, *, consultation_id: str | None = None,
                      confirmed_without_consent: Iterable[str] = (), today: dt.date | None = None) -> str:
    """Creates (consultation_id None) or changes a consultation; returns its id.

    Raises ConsentMissing unless every referral lacking consent is in confirmed_without_consent."""
    today = today or dt.date.today()
    with vault.transaction() as session:
        case = live_row(session, Case, data.case_id)
        if consultation_id is None and case.phase == Phase.CLOSED:
            raise _reject(CASE_CLOSED, "case")
        _check(session, data, case, today)
        missing = missing_consents(session, data.case_id, data.referrals, data.held_on)
        confirmed = set(confirmed_without_consent)
        if not set(missing) <= confirmed:
            raise ConsentMissing([code for code in missing if code not in confirmed])
        if consultation_id is None:
            row = Consultation(id=uuid.uuid4(), case_id=case.id, follow_up_done=False)
            session.add(row)
            action = "consultation.recorded"
        else:
            row = live_row(session, Consultation, consultation_id)
            if row.case_id != case.id:
                raise RecordNotFound(record=consultation_id)
            action = "consultation.changed"
        row.held_on, row.start_time, row.duration_minutes = data.held_on, data.start_time, data.duration_minutes
        row.municipality_ags, row.place, row.contact_type = data.municipality_ags, data.place.strip() or None, \
            data.contact_type
        row.interpreter_language = data.interpreter_language.strip() or None
        row.topics, row.legal_domains = join_codes(data.topics), join_codes(data.legal_domains)
        row.referrals, row.referrals_without_consent = join_codes(data.referrals), join_codes(missing)
        row.notes, row.next_steps = data.notes.strip() or None, data.next_steps.strip() or None
        if row.follow_up_on != data.follow_up_on:
            row.follow_up_done = False
        row.follow_up_on = data.follow_up_on
        session.flush()
        audit.record(session, action, record_type="consultation", record_id=row.id)
        if missing:
            audit.record(session, "consultation.referral-without-consent", record_type="consultation",
                         record_id=row.id)
        return str(row.id)


def tombstone_consultation(vault: Vault, consultation_id: str) -> None:
    with vault.transaction() as session:
        row = live_row(session, Consultation, consultation_id)
        row.tombstone()
        session.flush()
        audit.record(session, "consultation.deleted", record_type="consultation", record_id=row.id)


def consultation_input(session: Session, consultation_id: str) -> ConsultationInput:
    """A stored consultation as the entry form edits it."""
    row = live_row(session, Consultation, consultation_id)
    return ConsultationInput(
        str(row.case_id), row.held_on, row.municipality_ags, row.contact_type, row.start_time,
        row.duration_minutes, row.place or "", row.interpreter_language or "", tuple(split_codes(row.topics)),
        tuple(split_codes(row.legal_domains)), tuple(split_codes(row.referrals)), row.notes or "",
        row.next_steps or "", row.follow_up_on)


@dataclass(frozen=True)
class EntryCase:
    """What the entry form shows about the case it records for."""

    pseudonym: str
    client_name: str
    phase: str
    opened_on: dt.date


def entry_case(session: Session, case_id: str) -> EntryCase:
    """One row by primary key (cases.case_detail also aggregates every consultation: 1 s at 100 000)."""
    case = live_row(session, Case, case_id)
    client = session.get(Client, case.client_id)
    name = " ".join(p for p in (client.first_name, client.last_name) if p) if client else ""
    return EntryCase(client.pseudonym if client else "", name, case.phase, case.opened_on)


@dataclass(frozen=True)
class EntryDefaults:
    held_on: dt.date
    municipality_ags: str
    contact_type: str
    interpreter_language: str = ""
    duration_minutes: int | None = None


def entry_defaults(session: Session, case_id: str, device_id: str, today: dt.date,
                   scheduled_municipality: str | None = None) -> EntryDefaults:
    """Today; the municipality of today's schedule, else the case's; the last contact type and
    duration this laptop recorded; the interpreter language of the case's last consultation."""
    case = live_row(session, Case, case_id)
    last_own_query = (select(Consultation.contact_type, Consultation.duration_minutes)
                      .where(Consultation.device_id == device_id, Consultation.deleted.is_(False))
                      .order_by(Consultation.updated_at.desc()).limit(1))
    # Look at the recent weeks first: the held_on index keeps that to a few thousand rows, while
    # sorting every consultation by updated_at took 0.2 s at 100 000 (the dialog opens 20 times a day).
    recent = today - dt.timedelta(days=RECENT_DAYS)
    last_own = (session.execute(last_own_query.where(Consultation.held_on >= recent)).first()
                or session.execute(last_own_query).first())
    last_here = session.execute(select(Consultation.interpreter_language)
                                .where(Consultation.case_id == case.id, Consultation.deleted.is_(False))
                                .order_by(Consultation.held_on.desc()).limit(1)).first()
    return EntryDefaults(
        held_on=today,
        municipality_ags=scheduled_municipality or case.municipality_ags,
        contact_type=last_own.contact_type if last_own else str(ContactType.IN_PERSON),
        interpreter_language=(last_here.interpreter_language or "") if last_here else "",
        duration_minutes=last_own.duration_minutes if last_own else None,
    )


# --- follow-ups --------------------------------------------------------------------------------

# Spelt exactly as the WHERE of ix_consultation_follow_up_open, which SQLite needs to use that index.
OPEN_FOLLOW_UP = text("consultation.follow_up_done = 0")
# The unary plus keeps SQLite from walking the list index on (deleted, …) instead of the one above.
NOT_DELETED_UNINDEXED = text("+consultation.deleted = 0")


@dataclass(frozen=True)
class FollowUpRow:
    consultation_id: str
    case_id: str
    pseudonym: str
    client_name: str
    follow_up_on: dt.date
    held_on: dt.date
    next_steps: str
    overdue: bool = field(default=False)


def follow_ups(session: Session, today: dt.date, *, days_ahead: int = 7,
               device_id: str | None = None) -> list[FollowUpRow]:
    """Open follow-ups up to `days_ahead` days from today, overdue ones included, oldest first.
    With device_id only those of cases that laptop's user is responsible for."""
    until = today + dt.timedelta(days=days_ahead)
    query = (select(Consultation.id, Consultation.case_id, Client.pseudonym, Client.first_name, Client.last_name,
                    Consultation.follow_up_on, Consultation.held_on, Consultation.next_steps)
             .join(Case, Case.id == Consultation.case_id).join(Client, Client.id == Case.client_id)
             .where(OPEN_FOLLOW_UP, NOT_DELETED_UNINDEXED,
                    Consultation.follow_up_on.is_not(None), Consultation.follow_up_on <= until,
                    Case.deleted.is_(False))
             .order_by(Consultation.follow_up_on, Client.last_name))
    if device_id is not None:
        query = query.where(Case.owner_device_id == device_id)
    return [FollowUpRow(str(r.id), str(r.case_id), r.pseudonym,
                        " ".join(p for p in (r.first_name, r.last_name) if p), r.follow_up_on, r.held_on,
                        r.next_steps or "", r.follow_up_on < today)
            for r in session.execute(query)]


@dataclass(frozen=True)
class FollowUpCounts:
    overdue: int
    due_today: int


def follow_up_counts(session: Session, today: dt.date, *, device_id: str | None = None) -> FollowUpCounts:
    """The notice after unlock: one aggregate over the same follow-ups as follow_ups(), no rows loaded."""
    # `deleted` is tested inside the sums, not in WHERE: there SQLite's planner took the wide list
    # index on (deleted, …) and read every row; this way it walks the follow_up_on index range.
    live = Consultation.deleted.is_(False)
    overdue = sql_case((live & (Consultation.follow_up_on < today), 1), else_=0)
    due_today = sql_case((live & (Consultation.follow_up_on == today), 1), else_=0)
    query = (select(func.coalesce(func.sum(overdue), 0), func.coalesce(func.sum(due_today), 0))
             .select_from(Consultation).join(Case, Case.id == Consultation.case_id)
             .where(Consultation.follow_up_on <= today, OPEN_FOLLOW_UP, Case.deleted.is_(False)))
    if device_id is not None:
        query = query.where(Case.owner_device_id == device_id)
    overdue_count, due_today_count = session.execute(query).one()
    return FollowUpCounts(int(overdue_count), int(due_today_count))


def set_follow_up_done(vault: Vault, consultation_id: str, done: bool = True) -> None:
    with vault.transaction() as session:
        row = live_row(session, Consultation, consultation_id)
        row.follow_up_done = done
        session.flush()
        audit.record(session, "follow-up.done" if done else "follow-up.reopened", record_type="consultation",
                     record_id=row.id)
