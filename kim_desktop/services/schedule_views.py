"""What the schedule page reads besides services.schedules: the cases an appointment can name,
the labels of the cases a day shows, the day's timeline of appointments and free slots, and the
values a consultation recorded from an appointment starts with.

The case manager's own laptop: client names are shown (a coordinator has no appointments).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kim_desktop.domain import schedule_rules as rules
from kim_desktop.domain.catalogues import ContactType
from kim_desktop.domain.dates import format_date
from kim_desktop.domain.roles import Role
from kim_desktop.domain.schedule_rules import AppointmentKind, TimeRange
from kim_desktop.services import schedules
from kim_desktop.services.schedules import AppointmentView, DayPlan
from kim_desktop.storage.consultation_tables import Case, Client
from kim_desktop.storage.vault import Vault


@dataclass(frozen=True)
class ConsultationPrefill:
    """A new consultation's fields taken from an appointment and the schedule of its day."""

    held_on: dt.date
    start_time: str | None = None  # "HH:MM"
    duration_minutes: int | None = None
    municipality_ags: str | None = None
    place: str = ""
    interpreter_language: str = ""
    contact_type: str | None = None  # None: the form's default


# The kind of an appointment says how the consultation took place (Kontaktart, in the statistics).
CONTACT_OF_KIND = {
    AppointmentKind.BERATUNG: ContactType.IN_PERSON,
    AppointmentKind.ERSTGESPRAECH: ContactType.IN_PERSON,
    AppointmentKind.HAUSBESUCH: ContactType.HOME_VISIT,
    AppointmentKind.BEGLEITUNG: ContactType.ACCOMPANIMENT,
}
OUT_OF_OFFICE = frozenset({AppointmentKind.HAUSBESUCH, AppointmentKind.BEGLEITUNG})


@dataclass(frozen=True)
class CaseChoice:
    case_id: str
    pseudonym: str
    client_name: str
    municipality_ags: str
    closed: bool = False
    opened_on: dt.date | None = None  # shown when the client has several cases to choose from

    @property
    def label(self) -> str:
        text = f"{self.client_name} ({self.pseudonym})" if self.client_name else self.pseudonym
        return f"{text} · {format_date(self.opened_on)}" if self.opened_on else text


def _name(first: str | None, last: str | None) -> str:
    return " ".join(p for p in (first, last) if p)


def case_choices(session: Session, device_id: str, *, include: str | None = None) -> list[CaseChoice]:
    """The owner's open cases by client name, plus the case `include` (an appointment's case that
    was closed meanwhile keeps its entry)."""
    query = (select(Case.id, Case.client_id, Client.pseudonym, Client.first_name, Client.last_name,
                    Case.municipality_ags, Case.closed_on, Case.opened_on)
             .join(Client, Client.id == Case.client_id)
             .where(Case.deleted.is_(False), Case.owner_device_id == device_id))
    rows = list(session.execute(query.where(Case.closed_on.is_(None))).all())
    if include and include not in {str(r.id) for r in rows}:
        rows += session.execute(query.where(Case.id == uuid.UUID(include))).all()
    cases_per_client = Counter(r.client_id for r in rows)
    choices = [CaseChoice(str(r.id), r.pseudonym, _name(r.first_name, r.last_name), r.municipality_ags,
                          r.closed_on is not None, r.opened_on if cases_per_client[r.client_id] > 1 else None)
               for r in rows]
    choices.sort(key=lambda c: (c.client_name.casefold() or "~", c.pseudonym))
    return choices


def case_clients(session: Session, case_ids: Iterable[str | None]) -> dict[str, tuple[str, str]]:
    """Case id → (client's name, pseudonym); deleted cases and clients are left out."""
    wanted = {uuid.UUID(c) for c in case_ids if c}
    if not wanted:
        return {}
    rows = session.execute(select(Case.id, Client.pseudonym, Client.first_name, Client.last_name)
                           .join(Client, Client.id == Case.client_id)
                           .where(Case.id.in_(wanted), Case.deleted.is_(False), Client.deleted.is_(False)))
    return {str(r.id): (_name(r.first_name, r.last_name), r.pseudonym) for r in rows}


def case_labels(session: Session, case_ids: Iterable[str | None]) -> dict[str, str]:
    """"Name (Pseudonym)" of each case; deleted cases are left out."""
    return {case_id: CaseChoice(case_id, pseudonym, name, "").label
            for case_id, (name, pseudonym) in case_clients(session, case_ids).items()}


@dataclass(frozen=True)
class TimelineEntry:
    span: TimeRange
    appointment: AppointmentView | None  # None: a free slot

    @property
    def start(self) -> str:
        return rules.format_time(self.span.start)


def timeline(plan: DayPlan) -> list[TimelineEntry]:
    """The day's appointments and free slots in the order of their start."""
    entries = [TimelineEntry(a.span, a) for a in plan.appointments]
    entries += [TimelineEntry(slot, None) for slot in plan.free_slots]
    entries.sort(key=lambda e: (e.span.start, e.appointment is None, e.span.end))
    return entries


def consultation_prefill(plan: DayPlan, appointment: AppointmentView) -> ConsultationPrefill:
    """The appointment's day, start and duration, where the case manager was that day (not the
    office room for a home visit or an accompaniment), and the contact type its kind implies."""
    contact = CONTACT_OF_KIND.get(AppointmentKind(appointment.kind)) if appointment.kind in set(AppointmentKind) \
        else None
    place = "" if appointment.kind in OUT_OF_OFFICE else plan.place or ""
    return ConsultationPrefill(held_on=appointment.on, start_time=appointment.start,
                               duration_minutes=appointment.duration_minutes,
                               municipality_ags=plan.municipality_ags, place=place,
                               interpreter_language=appointment.interpreter_language,
                               contact_type=str(contact) if contact else None)


def scheduled_municipality(session: Session, vault: Vault, day: dt.date) -> str | None:
    """Where the schedule puts the vault's owner on day (None for a coordinator or a day off)."""
    if vault.profile.role is not Role.CASE_MANAGER:
        return None
    return schedules.day_plan(session, vault.profile.device_id, day).municipality_ags
