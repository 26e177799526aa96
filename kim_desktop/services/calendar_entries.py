"""The schedule as calendar entries for the .ics export (reports.calendar_export).

Office hours: one entry per held time range of a day (weekly pattern minus holidays and
exceptions), located at municipality and place. Appointments: the owner's, with kind and
duration. UIDs come from stable sources, so that importing a later export again updates the
events: an appointment's UUID, and for office hours device, day and start time.

Client names are read only when the caller asks for them (`with_names=True`); the note of an
appointment never goes into the file, as it may hold anything.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from kim_desktop.domain import schedule_rules as rules
from kim_desktop.domain.schedule_rules import AppointmentKind
from kim_desktop.reports.calendar_export import CalendarEntry
from kim_desktop.services.schedules import AppointmentView, DayPlan, plans_between
from kim_desktop.storage.consultation_tables import Case, Client

KIND_LABELS: dict[str, str] = {
    AppointmentKind.BERATUNG: "Beratung",
    AppointmentKind.ERSTGESPRAECH: "Erstgespräch",
    AppointmentKind.BEGLEITUNG: "Begleitung",
    AppointmentKind.HAUSBESUCH: "Hausbesuch",
    AppointmentKind.INTERN: "intern",
}


def office_uid_source(device_id: str, day: dt.date, start: dt.time) -> str:
    return f"office:{device_id}:{day.isoformat()}:{start.strftime('%H:%M')}"


def appointment_uid_source(appointment_id: str) -> str:
    return f"appointment:{appointment_id}"


def _location(plan: DayPlan, names: Mapping[str, str]) -> str:
    if not plan.municipality_ags:
        return ""
    town = names.get(plan.municipality_ags, plan.municipality_ags)
    return f"{town}, {plan.place}" if plan.place else town


def _client_names(session: Session, case_ids: set[str]) -> dict[str, str]:
    """Case id → "First Last" of its client, for the cases named (deleted ones left out)."""
    if not case_ids:
        return {}
    rows = session.execute(
        select(Case.id, Client.first_name, Client.last_name).join(Client, Client.id == Case.client_id)
        .where(Case.id.in_([uuid.UUID(c) for c in case_ids]), Case.deleted.is_(False),
               Client.deleted.is_(False))).all()
    found = {}
    for case_id, first, last in rows:
        name = " ".join(part for part in (first, last) if part)
        if name:
            found[str(case_id)] = name
    return found


def _office_entries(plan: DayPlan, device_id: str, names: Mapping[str, str]) -> list[CalendarEntry]:
    if not plan.municipality_ags:
        return []
    town = names.get(plan.municipality_ags, plan.municipality_ags)
    return [CalendarEntry(uid_source=office_uid_source(device_id, plan.day, rules.as_time(r.start)),
                          day=plan.day, start=rules.as_time(r.start), end=rules.as_time(r.end),
                          summary=f"Sprechstunde {town}", location=_location(plan, names),
                          description="Sprechstunde des Kommunalen Integrationsmanagements",
                          kind="office-hours")
            for r in plan.office_hours]


def _appointment_entry(plan: DayPlan, app: AppointmentView, names: Mapping[str, str],
                       client_names: Mapping[str, str]) -> CalendarEntry:
    label = KIND_LABELS.get(app.kind, app.kind)
    details = [f"Art: {label}", f"Dauer: {app.duration_minutes} Minuten"]
    if app.interpreter_language:
        details.append(f"Dolmetschen: {app.interpreter_language}")
    return CalendarEntry(uid_source=appointment_uid_source(app.id), day=app.on,
                         start=rules.as_time(app.span.start), end=rules.as_time(app.span.end),
                         summary=f"Termin: {label}", location=_location(plan, names),
                         description="\n".join(details), kind="appointment",
                         names=client_names.get(app.case_id or "", ""))


def calendar_entries(session: Session, device_id: str, start: dt.date, end: dt.date, *,
                     municipality_names: Mapping[str, str] | None = None,
                     with_names: bool = False) -> list[CalendarEntry]:
    """The office hours and appointments of device_id's owner from start to end (both included)."""
    names = municipality_names or {}
    plans = plans_between(session, device_id, start, end)
    client_names: dict[str, str] = {}
    if with_names:
        client_names = _client_names(session, {a.case_id for p in plans for a in p.appointments if a.case_id})
    entries: list[CalendarEntry] = []
    for plan in plans:
        entries += _office_entries(plan, device_id, names)
        entries += [_appointment_entry(plan, app, names, client_names) for app in plan.appointments]
    return entries
