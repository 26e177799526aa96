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
from collections.abc import Mapping
from pathlib import Path

from sqlalchemy.orm import Session

from kim_desktop.domain import schedule_rules as rules
from kim_desktop.domain.dates import format_date
from kim_desktop.domain.schedule_labels import appointment_kind_label
from kim_desktop.reports.calendar_export import CalendarEntry, write_calendar
from kim_desktop.services.report_files import write_audited
from kim_desktop.services.schedule_views import case_clients
from kim_desktop.services.schedules import AppointmentView, DayPlan, plans_between
from kim_desktop.storage.vault import Vault


def office_uid_source(device_id: str, day: dt.date, start: dt.time) -> str:
    return f"office:{device_id}:{day.isoformat()}:{start.strftime('%H:%M')}"


def appointment_uid_source(appointment_id: str) -> str:
    return f"appointment:{appointment_id}"


def _location(plan: DayPlan, names: Mapping[str, str]) -> str:
    if not plan.municipality_ags:
        return ""
    town = names.get(plan.municipality_ags, plan.municipality_ags)
    return f"{town}, {plan.place}" if plan.place else town


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
                       client_names: Mapping[str, str], with_names: bool) -> CalendarEntry:
    label = appointment_kind_label(app.kind)
    details = [f"Art: {label}", f"Dauer: {app.duration_minutes} Minuten"]
    # A rare language with a time and a town can point to one person: only in a file with names.
    if app.interpreter_language and with_names:
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
        client_names = {case_id: name for case_id, (name, _pseudonym) in case_clients(
            session, {a.case_id for p in plans for a in p.appointments}).items() if name}
    entries: list[CalendarEntry] = []
    for plan in plans:
        entries += _office_entries(plan, device_id, names)
        entries += [_appointment_entry(plan, app, names, client_names, with_names) for app in plan.appointments]
    return entries


CALENDAR_AUDIT, CALENDAR_NAMES_AUDIT = "calendar.exported", "calendar.exported-with-names"


def export_calendar(vault: Vault, target: Path, first: dt.date, last: dt.date, *,
                    municipality_names: Mapping[str, str], with_names: bool) -> int:
    """The .ics of first..last written to target with its audit entry; the number of entries.
    Shared by the command line and the GUI."""
    with vault.reader() as session:
        entries = calendar_entries(session, vault.profile.device_id, first, last,
                                   municipality_names=municipality_names, with_names=with_names)
    write_audited(vault, CALENDAR_NAMES_AUDIT if with_names else CALENDAR_AUDIT, target,
                  lambda: write_calendar(target, entries, with_names=with_names,
                                         calendar_name=f"KIM {format_date(first)}–{format_date(last)}"))
    return len(entries)
