"""The coordinator's view of the district: which case manager is in which municipality on which
day of a week, from the weekly patterns and exceptions imported from the laptops.

Built on services.schedules.plans_between per device, so holidays, leave and extra days count the
same way as on the case manager's own laptop. Nothing about clients leaves this module: no case
ids, no appointment notes — only the number of appointments of a day.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from kim_desktop.domain.schedule_rules import TimeRange
from kim_desktop.services.schedules import DayPlan, plans_between
from kim_desktop.storage.schedule_tables import ScheduleException, WeeklyPattern

WORKDAYS = 5
UNKNOWN_DEVICE = "Gerät {short}"


@dataclass(frozen=True)
class DistrictDay:
    """One person's day: where (None: not in office), or why not (holiday, absence)."""

    day: dt.date
    municipality_ags: str | None
    place: str | None
    office_hours: tuple[TimeRange, ...]
    holiday: str | None
    absence: str | None  # ExceptionKind of leave, sickness or training
    substitute: str  # label of the colleague standing in on leave, "" if none
    regular_municipality_ags: str | None  # from the weekly pattern
    appointments: int

    @property
    def present(self) -> bool:
        return self.municipality_ags is not None


@dataclass(frozen=True)
class DistrictPerson:
    device_id: str
    label: str  # the colleague's name, or "Gerät 1a2b3c4d" for a device without a known profile
    team: int | None
    days: tuple[DistrictDay, ...]  # one per DistrictWeek.days


@dataclass(frozen=True)
class Visit:
    """Someone in a municipality on a day (the inverted, per-municipality view)."""

    day: dt.date
    device_id: str
    label: str
    place: str | None
    office_hours: tuple[TimeRange, ...]


@dataclass(frozen=True)
class DistrictWeek:
    monday: dt.date
    days: tuple[dt.date, ...]  # Monday to Friday, plus Saturday/Sunday when anyone works then
    people: tuple[DistrictPerson, ...]  # by team, then name
    imported: bool  # any weekly pattern or exception in the vault at all

    def by_municipality(self) -> dict[str, tuple[Visit, ...]]:
        """AGS → who is there on which day of the week, in day order then by name."""
        found: dict[str, list[Visit]] = defaultdict(list)
        for person in self.people:
            for day in person.days:
                if day.municipality_ags:
                    found[day.municipality_ags].append(Visit(day.day, person.device_id, person.label,
                                                             day.place, day.office_hours))
        return {ags: tuple(sorted(visits, key=lambda v: (v.day, v.label.casefold(), v.device_id)))
                for ags, visits in found.items()}


def device_label(device_id: str, names: dict[str, str]) -> str:
    return names.get(device_id) or UNKNOWN_DEVICE.format(short=device_id[:8])


def _devices(session: Session, first: dt.date, last: dt.date) -> list[str]:
    """Devices with a pattern valid in the week or an exception in it: a colleague who left long
    ago does not fill the table with empty rows."""
    patterns = session.scalars(select(WeeklyPattern.owner_device_id).where(
        WeeklyPattern.deleted.is_(False), WeeklyPattern.valid_from <= last,
        or_(WeeklyPattern.valid_to.is_(None), WeeklyPattern.valid_to >= first)).distinct())
    exceptions = session.scalars(select(ScheduleException.owner_device_id).where(
        ScheduleException.deleted.is_(False), ScheduleException.on.between(first, last)).distinct())
    return sorted(set(patterns) | set(exceptions))


def _anything_imported(session: Session) -> bool:
    for table in (WeeklyPattern, ScheduleException):
        if session.scalars(select(table.id).where(table.deleted.is_(False)).limit(1)).first() is not None:
            return True
    return False


def _day(plan: DayPlan, names: dict[str, str]) -> DistrictDay:
    substitute = device_label(plan.substitute_device_id, names) if plan.substitute_device_id else ""
    return DistrictDay(plan.day, plan.municipality_ags, plan.place, plan.office_hours, plan.holiday,
                       plan.absence, substitute, plan.regular_municipality_ags, len(plan.appointments))


def district_week(session: Session, monday: dt.date) -> DistrictWeek:
    """Every case manager's week (the week that holds `monday`), as far as this vault knows it."""
    from kim_desktop.services.colleagues import colleagues

    first = monday - dt.timedelta(days=monday.weekday())
    last = first + dt.timedelta(days=6)
    known = {c.device_id: c for c in colleagues(session)}
    names = {device: c.name for device, c in known.items()}
    people = []
    for device in _devices(session, first, last):
        plans = plans_between(session, device, first, last)
        team = known[device].team if device in known else None
        people.append(DistrictPerson(device, device_label(device, names), team,
                                     tuple(_day(plan, names) for plan in plans)))
    weekend = any(day.present for person in people for day in person.days[WORKDAYS:])
    shown = 7 if weekend else WORKDAYS
    people = [DistrictPerson(p.device_id, p.label, p.team, p.days[:shown]) for p in people]
    people.sort(key=lambda p: (p.team is None, p.team or 0, p.label.casefold(), p.device_id))
    return DistrictWeek(first, tuple(first + dt.timedelta(days=n) for n in range(shown)), tuple(people),
                        imported=bool(people) or _anything_imported(session))
