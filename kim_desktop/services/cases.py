"""Cases: opening, the phase cycle, goals and consents, and what the case views read.

Every change is one transaction with its audit entry; rules come from domain.case_cycle and
domain.consent, so the GUI and an import check the same things.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from kim_desktop.domain import case_cycle
from kim_desktop.domain.case_cycle import Phase, PhaseChange
from kim_desktop.domain.catalogues import CaseFocus, ClosingReason, GoalStatus
from kim_desktop.domain.consent import CONTEXT as CONSENT_CONTEXT
from kim_desktop.domain.consent import Consent, check_consent
from kim_desktop.domain.messages import Message
from kim_desktop.errors import InputRejected
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP
from kim_desktop.services.clients import client_text_condition
from kim_desktop.storage import audit
from kim_desktop.storage.consultation_tables import (
    Case,
    CaseConsent,
    CaseGoal,
    CasePhaseChange,
    Client,
    Consultation,
)
from kim_desktop.storage.records import as_uuid, live_row
from kim_desktop.storage.vault import Vault

CONTEXT = "Cases"
GOAL_EMPTY = QT_TRANSLATE_NOOP("Cases", "Bitte das Ziel beschreiben.")
CLOSED_CASE = QT_TRANSLATE_NOOP("Cases", "Der Fall ist abgeschlossen; bitte den Fall erst wieder aufnehmen.")
UNKNOWN_MUNICIPALITY = QT_TRANSLATE_NOOP("Cases", "Bitte eine Kommune wählen.")
OPENED_IN_FUTURE = QT_TRANSLATE_NOOP("Cases", "Ein Fall kann nicht in der Zukunft beginnen.")
CONSENT_REVOKED = QT_TRANSLATE_NOOP("Cases", "Diese Einwilligung ist bereits widerrufen.")


def _history(session: Session, case_id: uuid.UUID) -> list[PhaseChange]:
    rows = session.execute(select(CasePhaseChange.phase, CasePhaseChange.changed_on)
                           .where(CasePhaseChange.case_id == case_id, CasePhaseChange.deleted.is_(False))
                           .order_by(CasePhaseChange.changed_on, CasePhaseChange.updated_at))
    return [PhaseChange(Phase(r.phase), r.changed_on) for r in rows]


def open_case(vault: Vault, client_id: str, *, municipality_ags: str, focus: CaseFocus | str = CaseFocus.GENERAL,
              opened_on: dt.date | None = None, today: dt.date | None = None) -> str:
    today = today or dt.date.today()
    opened_on = opened_on or today
    if not municipality_ags:
        raise InputRejected(Message.of(CONTEXT, UNKNOWN_MUNICIPALITY), "municipality")
    if opened_on > today:
        raise InputRejected(Message.of(CONTEXT, OPENED_IN_FUTURE), "opened_on")
    with vault.transaction() as session:
        client = live_row(session, Client, client_id)
        case = Case(id=uuid.uuid4(), client_id=client.id, owner_device_id=vault.profile.device_id,
                    municipality_ags=municipality_ags, focus=str(CaseFocus(focus)),
                    phase=str(case_cycle.FIRST_PHASE), opened_on=opened_on)
        session.add(case)
        session.add(CasePhaseChange(id=uuid.uuid4(), case_id=case.id, phase=str(case_cycle.FIRST_PHASE),
                                    changed_on=opened_on))
        session.flush()
        audit.record(session, "case.opened", record_type="case", record_id=case.id)
        return str(case.id)


def change_phase(vault: Vault, case_id: str, phase: Phase | str, *, on: dt.date,
                 closing_reason: ClosingReason | str | None = None, today: dt.date | None = None) -> None:
    """Moves the case along the cycle; Abschluss sets closing date and reason, re-opening clears them."""
    phase = Phase(phase)
    reason = ClosingReason(closing_reason) if closing_reason else None
    with vault.transaction() as session:
        case = live_row(session, Case, case_id)
        problem = case_cycle.check_phase_change(_history(session, case.id), PhaseChange(phase, on, reason),
                                                today or dt.date.today())
        if problem is not None:
            raise InputRejected(Message.of(case_cycle.CONTEXT, problem), "phase")
        case.phase = str(phase)
        case.closed_on = on if phase is Phase.CLOSED else None
        case.closing_reason = str(reason) if reason else None
        change = CasePhaseChange(id=uuid.uuid4(), case_id=case.id, phase=str(phase), changed_on=on)
        session.add(change)
        session.flush()
        audit.record(session, "case.closed" if phase is Phase.CLOSED else "case.phase-changed",
                     record_type="case", record_id=case.id)


def set_focus(vault: Vault, case_id: str, focus: CaseFocus | str, municipality_ags: str) -> None:
    with vault.transaction() as session:
        case = live_row(session, Case, case_id)
        case.focus, case.municipality_ags = str(CaseFocus(focus)), municipality_ags
        session.flush()
        audit.record(session, "case.changed", record_type="case", record_id=case.id)


def _open_case_row(session: Session, case_id: str) -> Case:
    case = live_row(session, Case, case_id)
    if case.phase == Phase.CLOSED:
        raise InputRejected(Message.of(CONTEXT, CLOSED_CASE))
    return case


def save_goal(vault: Vault, case_id: str, description: str, *, status: GoalStatus | str = GoalStatus.OPEN,
              due_on: dt.date | None = None, goal_id: str | None = None, today: dt.date | None = None) -> str:
    """Adds a goal (goal_id None) or changes one; reaching 'achieved' stamps the day."""
    if not description.strip():
        raise InputRejected(Message.of(CONTEXT, GOAL_EMPTY), "description")
    status = GoalStatus(status)
    with vault.transaction() as session:
        case = _open_case_row(session, case_id)
        if goal_id is None:
            goal = CaseGoal(id=uuid.uuid4(), case_id=case.id)
            session.add(goal)
            action = "goal.added"
        else:
            goal = live_row(session, CaseGoal, goal_id)
            action = "goal.changed"
        goal.description, goal.status, goal.due_on = description.strip(), str(status), due_on
        if status is GoalStatus.ACHIEVED:
            goal.achieved_on = goal.achieved_on or today or dt.date.today()
        else:
            goal.achieved_on = None
        session.flush()
        audit.record(session, action, record_type="case_goal", record_id=goal.id)
        return str(goal.id)


def add_consent(vault: Vault, case_id: str, consent: Consent, today: dt.date | None = None) -> str:
    problem = check_consent(consent, today or dt.date.today())
    if problem is not None:
        raise InputRejected(Message.of(CONSENT_CONTEXT, problem), "consent")
    with vault.transaction() as session:
        case = live_row(session, Case, case_id)
        row = CaseConsent(id=uuid.uuid4(), case_id=case.id, agency_code=consent.agency_code,
                          given_on=consent.given_on, scope=consent.scope.strip(), revoked_on=consent.revoked_on)
        session.add(row)
        session.flush()
        audit.record(session, "consent.given", record_type="case_consent", record_id=row.id)
        return str(row.id)


def revoke_consent(vault: Vault, consent_id: str, on: dt.date, today: dt.date | None = None) -> None:
    with vault.transaction() as session:
        row = live_row(session, CaseConsent, consent_id)
        if row.revoked_on is not None:
            raise InputRejected(Message.of(CONTEXT, CONSENT_REVOKED), "consent")
        problem = check_consent(Consent(row.agency_code, row.given_on, row.scope or "-", on),
                                today or dt.date.today())
        if problem is not None:
            raise InputRejected(Message.of(CONSENT_CONTEXT, problem), "revoked_on")
        row.revoked_on = on
        session.flush()
        audit.record(session, "consent.revoked", record_type="case_consent", record_id=row.id)


def consents_of(session: Session, case_id: str | uuid.UUID) -> list[Consent]:
    rows = session.execute(select(CaseConsent.agency_code, CaseConsent.given_on, CaseConsent.scope,
                                  CaseConsent.revoked_on)
                           .where(CaseConsent.case_id == as_uuid(case_id), CaseConsent.deleted.is_(False)))
    return [Consent(r.agency_code, r.given_on, r.scope or "", r.revoked_on) for r in rows]


# --- what the views read ------------------------------------------------------------------------

@dataclass(frozen=True)
class CaseRow:
    id: str
    client_id: str
    pseudonym: str
    client_name: str
    birth_date: dt.date | None
    municipality_ags: str
    focus: str
    phase: str
    opened_on: dt.date
    closed_on: dt.date | None
    last_consultation: dt.date | None
    consultations: int


STATS_BY_ID_LIMIT = 500  # up to this many cases their statistics are read by id, else for all cases


def case_stats(session: Session, case_ids: list[uuid.UUID] | None = None) -> dict[str, tuple[dt.date, int]]:
    """Day of the last consultation and number of consultations per case (all cases, or those given).

    Grouped without the tombstone flag, the (case_id, held_on) index answers alone; filtering on the
    flag made SQLite sort all consultations instead (1.5 s at 100 000). The few cases with
    tombstoned consultations are then counted again exactly."""
    def grouped(*conditions: ColumnElement[bool]) -> dict[str, tuple[dt.date, int]]:
        rows = session.execute(select(Consultation.case_id, func.max(Consultation.held_on), func.count())
                               .where(*conditions).group_by(Consultation.case_id))
        return {str(case_id): (last, count) for case_id, last, count in rows}

    chosen = [Consultation.case_id.in_(case_ids)] if case_ids is not None else []
    stats = grouped(*chosen)
    touched = list(session.scalars(select(Consultation.case_id).distinct()
                                   .where(Consultation.deleted.is_(True), *chosen)))
    if touched:
        for case_id in touched:
            stats.pop(str(case_id), None)
        stats.update(grouped(Consultation.case_id.in_(touched), Consultation.deleted.is_(False)))
    return stats


def case_rows(session: Session, *, text: str = "", include_closed: bool = False,
              client_id: str | None = None, limit: int = 2000, pseudonymised: bool = False) -> list[CaseRow]:
    """The case list: newest activity first; text matches pseudonym and names (pseudonymised: the
    pseudonym only, see services.personal_data_view)."""
    query = (select(Case.id, Case.client_id, Client.pseudonym, Client.first_name, Client.last_name,
                    Client.birth_date, Case.municipality_ags, Case.focus, Case.phase, Case.opened_on,
                    Case.closed_on)
             .join(Client, Client.id == Case.client_id)
             .where(Case.deleted.is_(False)))
    if not include_closed:
        query = query.where(Case.closed_on.is_(None))
    if client_id is not None:
        query = query.where(Case.client_id == as_uuid(client_id))
    if text.strip():
        query = query.where(client_text_condition(text, pseudonymised=pseudonymised))
    # A search usually leaves a few cases: their statistics come from the index by case id. The
    # whole list needs them all, read first: after the names, SQLite's page cache no longer holds
    # the index, and reading it again costs three times as much.
    stats = case_stats(session) if client_id is None and not text.strip() else None
    found = session.execute(query).all()
    if stats is None:
        stats = case_stats(session, [r.id for r in found] if len(found) <= STATS_BY_ID_LIMIT else None)
    rows = [CaseRow(str(r.id), str(r.client_id), r.pseudonym,
                    " ".join(p for p in (r.first_name, r.last_name) if p), r.birth_date, r.municipality_ags,
                    r.focus, r.phase, r.opened_on, r.closed_on, *stats.get(str(r.id), (None, 0)))
            for r in found]
    rows.sort(key=lambda row: (row.last_consultation or row.opened_on, row.opened_on), reverse=True)
    return rows[:limit]


@dataclass(frozen=True)
class PhaseRow:
    phase: str
    changed_on: dt.date


@dataclass(frozen=True)
class GoalRow:
    id: str
    description: str
    status: str
    due_on: dt.date | None
    achieved_on: dt.date | None


@dataclass(frozen=True)
class ConsentRow:
    id: str
    agency_code: str
    given_on: dt.date
    scope: str
    revoked_on: dt.date | None


@dataclass(frozen=True)
class TimelineRow:
    id: str
    held_on: dt.date
    start_time: str | None
    duration_minutes: int | None
    contact_type: str
    municipality_ags: str
    topics: tuple[str, ...]
    legal_domains: tuple[str, ...]
    referrals: tuple[str, ...]
    referrals_without_consent: tuple[str, ...]
    notes: str
    next_steps: str
    follow_up_on: dt.date | None
    follow_up_done: bool


@dataclass(frozen=True)
class AuditRow:
    at: dt.datetime
    device_id: str
    actor_role: str
    action: str
    record_type: str | None
    record_id: str | None


@dataclass(frozen=True)
class CaseDetail:
    case: CaseRow
    closing_reason: str | None
    owner_device_id: str
    phases: tuple[PhaseRow, ...]
    goals: tuple[GoalRow, ...]
    consents: tuple[ConsentRow, ...]
    timeline: tuple[TimelineRow, ...]  # newest first


def case_detail(session: Session, case_id: str) -> CaseDetail:
    from kim_desktop.storage.consultation_tables import split_codes

    case = live_row(session, Case, case_id)
    row = next(r for r in case_rows(session, include_closed=True, client_id=str(case.client_id))
               if r.id == str(case.id))
    phases = tuple(PhaseRow(r.phase, r.changed_on) for r in session.execute(
        select(CasePhaseChange.phase, CasePhaseChange.changed_on)
        .where(CasePhaseChange.case_id == case.id, CasePhaseChange.deleted.is_(False))
        .order_by(CasePhaseChange.changed_on, CasePhaseChange.updated_at)))
    goals = tuple(GoalRow(str(g.id), g.description or "", g.status, g.due_on, g.achieved_on)
                  for g in session.scalars(select(CaseGoal).where(CaseGoal.case_id == case.id,
                                                                  CaseGoal.deleted.is_(False))
                                           .order_by(CaseGoal.updated_at)))
    consents = tuple(ConsentRow(str(c.id), c.agency_code, c.given_on, c.scope or "", c.revoked_on)
                     for c in session.scalars(select(CaseConsent).where(CaseConsent.case_id == case.id,
                                                                        CaseConsent.deleted.is_(False))
                                              .order_by(CaseConsent.given_on)))
    timeline = tuple(
        TimelineRow(str(c.id), c.held_on, c.start_time, c.duration_minutes, c.contact_type, c.municipality_ags,
                    tuple(split_codes(c.topics)), tuple(split_codes(c.legal_domains)),
                    tuple(split_codes(c.referrals)), tuple(split_codes(c.referrals_without_consent)),
                    c.notes or "", c.next_steps or "", c.follow_up_on, c.follow_up_done)
        for c in session.scalars(select(Consultation).where(Consultation.case_id == case.id,
                                                            Consultation.deleted.is_(False))
                                 .order_by(Consultation.held_on.desc(), Consultation.start_time.desc())))
    return CaseDetail(row, case.closing_reason, case.owner_device_id, phases, goals, consents, timeline)


def case_audit(session: Session, case_id: str) -> list[AuditRow]:
    """Who did what, when, to the case and everything that belongs to it (never the data)."""
    from kim_desktop.storage.schedule_tables import Appointment
    from kim_desktop.storage.schema import AuditEntry

    case = live_row(session, Case, case_id)
    ids = {str(case.id), str(case.client_id)}
    for table in (CasePhaseChange, CaseGoal, CaseConsent, Consultation, Appointment):
        ids.update(str(i) for i in session.scalars(select(table.id).where(table.case_id == case.id)))
    rows = session.scalars(select(AuditEntry).where(AuditEntry.record_id.in_(ids)).order_by(AuditEntry.seq))
    return [AuditRow(e.at, e.device_id, e.actor_role, e.action, e.record_type, e.record_id) for e in rows]
