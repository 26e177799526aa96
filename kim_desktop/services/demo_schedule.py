"""A plausible day schedule for the demo vault's owner: a weekly pattern without end date in the
owner's municipalities, a week of leave, a training day, and appointments over the weeks around
today, linked to the owner's open demo cases.

Everything is drawn from `random.Random` of the seed, ids included, so a seed and a day give the
same records. A few dozen rows in one transaction; a vault that already has a pattern of its
owner is left alone (a second `demo-data --add`).
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select

from kim_desktop.config.deployment import Deployment
from kim_desktop.domain import schedule_rules as rules
from kim_desktop.domain.roles import Role
from kim_desktop.domain.schedule_rules import AppointmentKind, ExceptionKind, TimeRange
from kim_desktop.storage import audit
from kim_desktop.storage.consultation_tables import Case
from kim_desktop.storage.schedule_tables import Appointment, ScheduleException, WeeklyPattern
from kim_desktop.storage.vault import Vault

WEEKDAYS = {1: (1, 3), 2: (1, 3), 3: (0, 1, 3)}  # number of municipalities → Tue/Thu, Mon/Tue/Thu
HOURS = ("09:00-12:00;13:00-15:00", "09:00-12:00", "08:30-12:30", "10:00-12:00;13:30-16:00")
PATTERN_WEEKS_BACK = 26
WEEKS_AROUND = 4  # appointments from four weeks before to four weeks after today
LEAVE_WEEK = 2  # the week of leave starts this many weeks after today's week
TRAINING_WEEK = -2
DURATIONS = (30, 30, 45, 60)
KINDS = ((AppointmentKind.BERATUNG, 6), (AppointmentKind.ERSTGESPRAECH, 2), (AppointmentKind.BEGLEITUNG, 1),
         (AppointmentKind.INTERN, 1))
INTERPRETER_LANGUAGES = ("Arabisch", "Ukrainisch", "Farsi", "Türkisch", "Tigrinya")


@dataclass(frozen=True)
class ScheduleSummary:
    patterns: int
    exceptions: int
    appointments: int


def _uuid(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def _municipalities(vault: Vault, deployment: Deployment) -> list[str]:
    known = {m.ags for m in deployment.municipalities}
    keys = [k for k in vault.profile.municipalities if k in known]
    if not keys and vault.profile.team is not None and (team := deployment.team(vault.profile.team)):
        keys = list(team.municipalities)
    return (keys or [deployment.municipalities[0].ags])[:3]


def _slots(rng: random.Random, hours: tuple[TimeRange, ...], count: int) -> list[TimeRange]:
    """Up to count appointments inside the office hours, on the half hour, without overlaps."""
    taken: list[TimeRange] = []
    for _ in range(count * 4):
        if len(taken) == count:
            break
        window = rng.choice(hours)
        duration = rng.choice(DURATIONS)
        starts = range(window.start, window.end - duration + 1, 30)
        if not starts:
            continue
        start = rng.choice(starts)
        span = TimeRange(start, start + duration)
        if not any(span.overlaps(t) for t in taken):
            taken.append(span)
    return sorted(taken)


def fill_demo_schedule(vault: Vault, deployment: Deployment, *, seed: int = 0,
                       today: dt.date | None = None) -> ScheduleSummary:
    """Adds the owner's schedule (case managers only; a coordinator has none)."""
    if vault.profile.role is not Role.CASE_MANAGER:
        return ScheduleSummary(0, 0, 0)
    today = today or dt.date.today()
    owner = vault.profile.device_id
    rng = random.Random(f"schedule:{seed}")
    names = {m.ags: m.name for m in deployment.municipalities}
    towns = _municipalities(vault, deployment)
    weekdays = WEEKDAYS[len(towns)]
    monday = today - dt.timedelta(days=today.weekday())
    with vault.transaction() as session:
        existing = session.scalar(select(func.count()).select_from(WeeklyPattern).where(
            WeeklyPattern.owner_device_id == owner, WeeklyPattern.deleted.is_(False)))
        if existing:
            return ScheduleSummary(0, 0, 0)
        cases: dict[str, list[uuid.UUID]] = {}
        for case_id, ags in session.execute(select(Case.id, Case.municipality_ags).where(
                Case.owner_device_id == owner, Case.deleted.is_(False), Case.closed_on.is_(None))
                .order_by(Case.id)):
            cases.setdefault(ags, []).append(case_id)
        patterns: dict[int, WeeklyPattern] = {}
        for index, weekday in enumerate(weekdays):
            ags = towns[index % len(towns)]
            room = f"{rng.randint(0, 3)}.{rng.randint(1, 24):02d}"
            patterns[weekday] = WeeklyPattern(
                id=_uuid(rng), owner_device_id=owner, weekday=weekday, municipality_ags=ags,
                place=f"Rathaus {names.get(ags, ags)}, Raum {room}", office_hours=rng.choice(HOURS),
                valid_from=monday - dt.timedelta(weeks=PATTERN_WEEKS_BACK), valid_to=None)
        exceptions = [ScheduleException(id=_uuid(rng), owner_device_id=owner, kind=ExceptionKind.LEAVE,
                                        on=monday + dt.timedelta(weeks=LEAVE_WEEK, days=n), note="Urlaub")
                      for n in range(5)]
        training_day = monday + dt.timedelta(weeks=TRAINING_WEEK, days=weekdays[-1])
        exceptions.append(ScheduleException(id=_uuid(rng), owner_device_id=owner, kind=ExceptionKind.TRAINING,
                                            on=training_day, note="Fortbildung Aufenthaltsrecht"))
        off = {e.on for e in exceptions}
        kinds = [k for k, weight in KINDS for _ in range(weight)]
        appointments: list[Appointment] = []
        for week in range(-WEEKS_AROUND, WEEKS_AROUND + 1):
            for weekday, pattern in patterns.items():
                day = monday + dt.timedelta(weeks=week, days=weekday)
                if day in off or rules.holiday_name(day):
                    continue
                for span in _slots(rng, rules.parse_ranges(pattern.office_hours), rng.randint(2, 4)):
                    kind = rng.choice(kinds)
                    pool = cases.get(pattern.municipality_ags, [])
                    with_case = kind in (AppointmentKind.BERATUNG, AppointmentKind.BEGLEITUNG) and pool
                    appointments.append(Appointment(
                        id=_uuid(rng), owner_device_id=owner, on=day, start=rules.format_time(span.start),
                        duration_minutes=span.minutes, kind=kind,
                        case_id=rng.choice(pool) if with_case else None,
                        interpreter_language=(rng.choice(INTERPRETER_LANGUAGES) if rng.random() < 0.2
                                              else None),
                        note=None))
        session.add_all([*patterns.values(), *exceptions, *appointments])
        session.flush()
        audit.record(session, "demo-data.schedule-filled", record_type="vault",
                     record_id=vault.profile.vault_id)
    return ScheduleSummary(len(patterns), len(exceptions), len(appointments))
