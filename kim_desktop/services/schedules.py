"""Day schedules shared by GUI and command line: the weekly pattern, its exceptions, appointments,
and what follows for a day (DayPlan), a week, a month and a range of office hours.

Saving an appointment that overlaps another, lies outside the office hours or on a holiday or
absence does not save but answers with warnings; the caller asks the user and saves again with
`force=True`. Every action is one vault transaction with an audit entry (ids only).
"""

from __future__ import annotations

import calendar
import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from kim_desktop.domain import schedule_rules as rules
from kim_desktop.domain.dates import format_date
from kim_desktop.domain.messages import Message
from kim_desktop.domain.schedule_rules import ABSENCES, AppointmentKind, ExceptionKind, TimeRange
from kim_desktop.errors import InputRejected
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP
from kim_desktop.storage import audit
from kim_desktop.storage.consultation_tables import Case
from kim_desktop.storage.records import live_row
from kim_desktop.storage.schedule_tables import Appointment, ScheduleException, WeeklyPattern
from kim_desktop.storage.vault import Vault

CONTEXT = "Schedules"
TIME_ZONE = ZoneInfo("Europe/Berlin")
MAX_DURATION = 720
DEFAULT_SLOT = 30

BAD_WEEKDAY = QT_TRANSLATE_NOOP("Schedules", "Bitte einen Wochentag wählen.")
NO_MUNICIPALITY = QT_TRANSLATE_NOOP("Schedules", "Bitte die Kommune angeben.")
BAD_HOURS = QT_TRANSLATE_NOOP("Schedules", "Sprechzeiten bitte als 09:00-12:00;13:00-15:30 angeben.")
BAD_TIME = QT_TRANSLATE_NOOP("Schedules", "Uhrzeit bitte als HH:MM angeben.")
BAD_DURATION = QT_TRANSLATE_NOOP("Schedules", "Die Dauer muss zwischen 1 und 720 Minuten liegen.")
PAST_MIDNIGHT = QT_TRANSLATE_NOOP("Schedules", "Der Termin muss vor Mitternacht enden.")
UNKNOWN_KIND = QT_TRANSLATE_NOOP("Schedules", "Unbekannte Art „{kind}“.")
END_BEFORE_START = QT_TRANSLATE_NOOP(
    "Schedules", "Der Wochenplan kann nicht vor seinem Beginn ({date}) enden.")
SUBSTITUTE_ONLY_LEAVE = QT_TRANSLATE_NOOP("Schedules", "Eine Vertretung gibt es nur bei Urlaub.")
SUBSTITUTE_SELF = QT_TRANSLATE_NOOP("Schedules", "Die Vertretung muss eine andere Person sein.")
OVERLAP = QT_TRANSLATE_NOOP("Schedules", "Überschneidet sich mit dem Termin um {start}.")
OUTSIDE_HOURS = QT_TRANSLATE_NOOP("Schedules", "Der Termin {start} liegt außerhalb der Sprechzeiten.")
ON_HOLIDAY = QT_TRANSLATE_NOOP("Schedules", "Der Tag ist ein Feiertag ({holiday}).")
ABSENT = QT_TRANSLATE_NOOP("Schedules", "An diesem Tag sind Sie abwesend.")
END_BEFORE_FIRST = QT_TRANSLATE_NOOP("Schedules", "Das Ende liegt vor dem Beginn.")
SINGLE_DAY_ONLY = QT_TRANSLATE_NOOP(
    "Schedules", "Ein zusätzlicher Tag oder eine verlegte Sprechzeit gilt für einen einzelnen Tag.")
RANGE_TOO_LONG = QT_TRANSLATE_NOOP("Schedules", "Der Zeitraum darf höchstens {days} Tage umfassen.")
MOVED_WITHOUT_PATTERN = QT_TRANSLATE_NOOP(
    "Schedules", "An diesem Tag gibt es laut Wochenplan keinen Bürotag: bitte die Kommune angeben.")
NO_WORKING_DAY = QT_TRANSLATE_NOOP(
    "Schedules", "Im Zeitraum liegt kein Arbeitstag (Wochenenden und Feiertage zählen nicht).")


def _reject(template: str, field_name: str, **details: object) -> InputRejected:
    return InputRejected(Message.of(CONTEXT, template, **details), field_name)


def _audit(session: Session, action: str, row: WeeklyPattern | ScheduleException | Appointment) -> None:
    audit.record(session, action, record_type=row.__tablename__, record_id=row.id)


def _hours(text: str, field_name: str = "office_hours", *, required: bool = True) -> str:
    try:
        ranges = rules.parse_ranges(text)
    except ValueError:
        raise _reject(BAD_HOURS, field_name) from None
    if required and not ranges:
        raise _reject(BAD_HOURS, field_name)
    return rules.format_ranges(ranges)


# --- weekly pattern ----------------------------------------------------------------------------

@dataclass(frozen=True)
class PatternDay:
    """What a weekday looks like in the weekly pattern."""

    municipality_ags: str
    office_hours: str  # "09:00-12:00;13:00-15:30"
    place: str = ""


@dataclass(frozen=True)
class PatternRow:
    id: str
    weekday: int
    municipality_ags: str
    place: str
    office_hours: str
    valid_from: dt.date
    valid_to: dt.date | None

    def same_day_as(self, day: PatternDay) -> bool:
        return (self.municipality_ags, self.place, self.office_hours) == (
            day.municipality_ags, day.place, day.office_hours)


def _checked_day(weekday: int, day: PatternDay, prefix: str = "") -> PatternDay:
    """The day with trimmed texts and normalised hours; prefix names the fields of one form row."""
    if weekday not in range(7):
        raise _reject(BAD_WEEKDAY, f"{prefix}weekday")
    if not day.municipality_ags.strip():
        raise _reject(NO_MUNICIPALITY, f"{prefix}municipality_ags")
    return PatternDay(day.municipality_ags.strip(), _hours(day.office_hours, f"{prefix}office_hours"),
                      day.place.strip())


def _pattern_rows(session: Session, owner: str, weekday: int | None = None) -> list[WeeklyPattern]:
    query = select(WeeklyPattern).where(WeeklyPattern.owner_device_id == owner,
                                        WeeklyPattern.deleted.is_(False))
    if weekday is not None:
        query = query.where(WeeklyPattern.weekday == weekday)
    return list(session.scalars(query.order_by(WeeklyPattern.weekday, WeeklyPattern.valid_from)))


def _end_from(session: Session, rows: list[WeeklyPattern], valid_from: dt.date) -> None:
    """No row of one weekday applies from valid_from on any more: the row valid the day before ends
    then, one starting that very day goes; later rows keep their days."""
    for row in rows:
        if row.valid_from == valid_from:
            row.tombstone()
            _audit(session, "schedule.pattern-replaced", row)
        elif rules.valid_on(row.valid_from, row.valid_to, valid_from):
            row.valid_to = valid_from - dt.timedelta(days=1)
            _audit(session, "schedule.pattern-ended", row)


def _put_pattern(session: Session, owner: str, weekday: int, day: PatternDay,
                 valid_from: dt.date) -> WeeklyPattern:
    rows = _pattern_rows(session, owner, weekday)
    later = [r.valid_from for r in rows if r.valid_from > valid_from]
    _end_from(session, rows, valid_from)
    row = WeeklyPattern(id=uuid.uuid4(), owner_device_id=owner, weekday=weekday,
                        municipality_ags=day.municipality_ags, place=day.place or None,
                        office_hours=day.office_hours, valid_from=valid_from,
                        valid_to=min(later) - dt.timedelta(days=1) if later else None)
    session.add(row)
    session.flush()
    _audit(session, "schedule.pattern-saved", row)
    return row


def save_pattern(vault: Vault, *, weekday: int, municipality_ags: str, office_hours: str,
                 valid_from: dt.date, place: str = "") -> str:
    """The pattern of a weekday from valid_from on. The pattern valid the day before ends then;
    one starting on the same day is replaced; a later one keeps its days."""
    day = _checked_day(weekday, PatternDay(municipality_ags, office_hours, place))
    with vault.transaction() as session:
        return str(_put_pattern(session, vault.profile.device_id, weekday, day, valid_from).id)


def save_week_pattern(vault: Vault, days: Mapping[int, PatternDay | None], valid_from: dt.date) -> list[str]:
    """Several weekdays from valid_from on, in one transaction; None: no office day from then on
    (until a later pattern of that weekday starts). A weekday whose pattern on valid_from already
    is the one given stays untouched. Field names of rejections start with "<weekday>." (e.g.
    "2.office_hours"); nothing is saved when one day is refused. Returns the ids of new rows."""
    if any(weekday not in range(7) for weekday in days):
        raise _reject(BAD_WEEKDAY, "weekday")
    checked = {weekday: None if day is None else _checked_day(weekday, day, f"{weekday}.")
               for weekday, day in sorted(days.items())}
    owner = vault.profile.device_id
    saved: list[str] = []
    with vault.transaction() as session:
        for weekday, day in checked.items():
            rows = _pattern_rows(session, owner, weekday)
            current = next((_pattern_row(r) for r in rows
                            if rules.valid_on(r.valid_from, r.valid_to, valid_from)), None)
            if day is None:
                _end_from(session, rows, valid_from)
            elif current is None or not current.same_day_as(day):
                saved.append(str(_put_pattern(session, owner, weekday, day, valid_from).id))
    return saved


def end_pattern(vault: Vault, pattern_id: str, last_day: dt.date) -> None:
    with vault.transaction() as session:
        row = live_row(session, WeeklyPattern, pattern_id)
        if last_day < row.valid_from:
            raise _reject(END_BEFORE_START, "valid_to", date=format_date(row.valid_from))
        row.valid_to = last_day
        _audit(session, "schedule.pattern-ended", row)


def _pattern_row(row: WeeklyPattern) -> PatternRow:
    return PatternRow(str(row.id), row.weekday, row.municipality_ags, row.place or "", row.office_hours,
                      row.valid_from, row.valid_to)


def pattern_history(session: Session, device_id: str) -> list[PatternRow]:
    """Every pattern row of the case manager, by weekday and start: what applied when."""
    return [_pattern_row(r) for r in _pattern_rows(session, device_id)]


def pattern_on(session: Session, device_id: str, day: dt.date) -> dict[int, PatternRow]:
    """Weekday -> the pattern row in force on day (weekdays without office day are missing)."""
    return {r.weekday: _pattern_row(r) for r in _pattern_rows(session, device_id)
            if rules.valid_on(r.valid_from, r.valid_to, day)}


# --- exceptions ----------------------------------------------------------------------------------

SINGLE_DAY_KINDS = frozenset({ExceptionKind.EXTRA_DAY, ExceptionKind.MOVED_HOURS})
MAX_RANGE_DAYS = 366


@dataclass(frozen=True)
class ExceptionRow:
    id: str
    on: dt.date
    kind: str
    municipality_ags: str | None
    place: str | None
    office_hours: str | None
    substitute_device_id: str | None
    note: str


def _exception_fields(vault: Vault, kind: str, municipality_ags: str, office_hours: str, place: str,
                      substitute_device_id: str, note: str) -> dict[str, str | None]:
    """The columns of an exception after the rules for its kind, or InputRejected."""
    if kind not in set(ExceptionKind):
        raise _reject(UNKNOWN_KIND, "kind", kind=kind)
    if kind == ExceptionKind.EXTRA_DAY and not municipality_ags.strip():
        raise _reject(NO_MUNICIPALITY, "municipality_ags")
    needs_hours = kind in SINGLE_DAY_KINDS
    hours = _hours(office_hours, required=needs_hours) if needs_hours else ""
    if substitute_device_id and kind != ExceptionKind.LEAVE:
        raise _reject(SUBSTITUTE_ONLY_LEAVE, "substitute_device_id")
    if substitute_device_id and substitute_device_id == vault.profile.device_id:
        raise _reject(SUBSTITUTE_SELF, "substitute_device_id")
    return {"kind": kind, "municipality_ags": municipality_ags.strip() or None,
            "place": place.strip() or None, "office_hours": hours or None,
            "substitute_device_id": substitute_device_id or None, "note": note.strip() or None}


def _insert_exception(session: Session, owner: str, on: dt.date, fields: Mapping[str, str | None]) -> str:
    row = ScheduleException(id=uuid.uuid4(), owner_device_id=owner, on=on, **fields)
    session.add(row)
    session.flush()
    _audit(session, "schedule.exception-added", row)
    return str(row.id)


def add_exception(vault: Vault, on: dt.date, kind: str, *, municipality_ags: str = "", office_hours: str = "",
                  place: str = "", substitute_device_id: str = "", note: str = "") -> str:
    """One exception on exactly that day (also a weekend or holiday: the user named it)."""
    fields = _exception_fields(vault, kind, municipality_ags, office_hours, place, substitute_device_id, note)
    with vault.transaction() as session:
        return _insert_exception(session, vault.profile.device_id, on, fields)


def _office_day_test(session: Session, owner: str) -> Callable[[dt.date], bool]:
    rows = _pattern_rows(session, owner)
    return lambda day: any(r.weekday == day.weekday() and rules.valid_on(r.valid_from, r.valid_to, day)
                           for r in rows)


def add_exceptions(vault: Vault, first: dt.date, last: dt.date, kind: str, *, municipality_ags: str = "",
                   office_hours: str = "", place: str = "", substitute_device_id: str = "",
                   note: str = "") -> list[str]:
    """Leave, sickness or training from first to last: one exception per working day (weekends
    without office day and NRW holidays left out; a day that already has this kind keeps it), all in
    one transaction. An extra day or moved office hours is one day: first == last."""
    fields = _exception_fields(vault, kind, municipality_ags, office_hours, place, substitute_device_id, note)
    if last < first:
        raise _reject(END_BEFORE_FIRST, "last")
    if kind in SINGLE_DAY_KINDS and last != first:
        raise _reject(SINGLE_DAY_ONLY, "last")
    if (last - first).days >= MAX_RANGE_DAYS:
        raise _reject(RANGE_TOO_LONG, "last", days=MAX_RANGE_DAYS)
    owner = vault.profile.device_id
    with vault.transaction() as session:
        office_day = _office_day_test(session, owner)
        if kind in SINGLE_DAY_KINDS:
            if kind == ExceptionKind.MOVED_HOURS and not fields["municipality_ags"] and not office_day(first):
                raise _reject(MOVED_WITHOUT_PATTERN, "municipality_ags")
            days = [first]
        else:
            days = rules.working_days(first, last, office_day)
        if not days:
            raise _reject(NO_WORKING_DAY, "first")
        taken = set(session.scalars(select(ScheduleException.on).where(
            ScheduleException.owner_device_id == owner, ScheduleException.deleted.is_(False),
            ScheduleException.kind == kind, ScheduleException.on.between(first, last))))
        return [_insert_exception(session, owner, day, fields) for day in days if day not in taken]


def exceptions_on(session: Session, device_id: str, day: dt.date) -> list[ExceptionRow]:
    rows = session.scalars(select(ScheduleException).where(
        ScheduleException.owner_device_id == device_id, ScheduleException.deleted.is_(False),
        ScheduleException.on == day).order_by(ScheduleException.updated_at))
    return [ExceptionRow(str(r.id), r.on, r.kind, r.municipality_ags, r.place, r.office_hours,
                         r.substitute_device_id, r.note or "") for r in rows]


def delete_exception(vault: Vault, exception_id: str) -> None:
    with vault.transaction() as session:
        row = live_row(session, ScheduleException, exception_id)
        row.tombstone()
        _audit(session, "schedule.exception-deleted", row)


# --- the plan of a day -------------------------------------------------------------------------

@dataclass(frozen=True)
class AppointmentView:
    id: str
    on: dt.date
    span: TimeRange
    kind: str
    case_id: str | None
    interpreter_language: str
    note: str

    @property
    def start(self) -> str:
        return rules.format_time(self.span.start)

    @property
    def duration_minutes(self) -> int:
        return self.span.minutes


@dataclass(frozen=True)
class DayPlan:
    day: dt.date
    municipality_ags: str | None  # where the case manager is that day; None when not in office
    place: str | None
    office_hours: tuple[TimeRange, ...]  # after holidays and exceptions
    holiday: str | None
    absence: str | None  # ExceptionKind of leave, sickness or training
    substitute_device_id: str | None
    regular_municipality_ags: str | None  # from the weekly pattern, for the notice on an absence
    appointments: tuple[AppointmentView, ...]
    free_slots: tuple[TimeRange, ...]
    warnings: tuple[Message, ...]
    regular_place: str | None = None  # from the weekly pattern, for the notice on an absence


@dataclass(frozen=True)
class OfficeHours:
    on: dt.date
    start: dt.time
    end: dt.time
    municipality_ags: str
    place: str | None

    @property
    def starts_at(self) -> dt.datetime:
        return dt.datetime.combine(self.on, self.start, TIME_ZONE)

    @property
    def ends_at(self) -> dt.datetime:
        return dt.datetime.combine(self.on, self.end, TIME_ZONE)


@dataclass
class _Rows:
    patterns: list[WeeklyPattern]
    exceptions: dict[dt.date, list[ScheduleException]]
    appointments: dict[dt.date, list[Appointment]]


def _load(session: Session, device_id: str, start: dt.date, end: dt.date) -> _Rows:
    patterns = list(session.scalars(select(WeeklyPattern).where(
        WeeklyPattern.owner_device_id == device_id, WeeklyPattern.deleted.is_(False),
        WeeklyPattern.valid_from <= end)))
    exceptions: dict[dt.date, list[ScheduleException]] = defaultdict(list)
    for exc in session.scalars(select(ScheduleException).where(
            ScheduleException.owner_device_id == device_id, ScheduleException.deleted.is_(False),
            ScheduleException.on.between(start, end)).order_by(ScheduleException.updated_at)):
        exceptions[exc.on].append(exc)
    appointments: dict[dt.date, list[Appointment]] = defaultdict(list)
    for app in session.scalars(select(Appointment).where(
            Appointment.owner_device_id == device_id, Appointment.deleted.is_(False),
            Appointment.on.between(start, end))):
        appointments[app.on].append(app)
    return _Rows(patterns, exceptions, appointments)


def _view(row: Appointment) -> AppointmentView:
    return AppointmentView(str(row.id), row.on, TimeRange.of(row.start, row.duration_minutes), row.kind,
                           str(row.case_id) if row.case_id else None, row.interpreter_language or "",
                           row.note or "")


def _appointment_warnings(app: AppointmentView, others: list[AppointmentView], hours: tuple[TimeRange, ...],
                          holiday: str | None, absence: str | None) -> list[Message]:
    warnings = [Message.of(CONTEXT, OVERLAP, start=o.start) for o in others if o.span.overlaps(app.span)]
    if holiday:
        warnings.append(Message.of(CONTEXT, ON_HOLIDAY, holiday=holiday))
    if absence:
        warnings.append(Message.of(CONTEXT, ABSENT))
    if not rules.within(hours, app.span):
        warnings.append(Message.of(CONTEXT, OUTSIDE_HOURS, start=app.start))
    return warnings


def _plan(day: dt.date, rows: _Rows, slot_minutes: int) -> DayPlan:
    pattern = next((p for p in rows.patterns if p.weekday == day.weekday()
                    and rules.valid_on(p.valid_from, p.valid_to, day)), None)
    holiday = rules.holiday_name(day)
    municipality = pattern.municipality_ags if pattern and not holiday else None
    place = pattern.place if pattern and not holiday else None
    hours = rules.parse_ranges(pattern.office_hours) if pattern and not holiday else ()
    absence = substitute = None
    for exc in rows.exceptions.get(day, []):
        if exc.kind in ABSENCES:
            absence, substitute = exc.kind, exc.substitute_device_id or substitute
        elif exc.kind in (ExceptionKind.EXTRA_DAY, ExceptionKind.MOVED_HOURS):
            regular = pattern.municipality_ags if pattern else None
            # The usual room only where the usual municipality stays: moved hours in another
            # town must not send people to the town hall they would go to on other weeks.
            same_town = not exc.municipality_ags or exc.municipality_ags == regular
            municipality = exc.municipality_ags or municipality or regular
            place = exc.place or (place if exc.kind == ExceptionKind.MOVED_HOURS and same_town else None)
            hours = rules.parse_ranges(exc.office_hours)
    if absence:
        municipality, place, hours = None, None, ()
    appointments = sorted((_view(a) for a in rows.appointments.get(day, [])), key=lambda a: (a.span, a.id))
    warnings: list[Message] = []
    for i, app in enumerate(appointments):
        for warning in _appointment_warnings(app, appointments[i + 1:], hours, holiday, absence):
            if warning not in warnings:
                warnings.append(warning)
    free = rules.free_slots(hours, [a.span for a in appointments], slot_minutes)
    return DayPlan(day, municipality, place, hours, holiday, absence, substitute,
                   pattern.municipality_ags if pattern else None, tuple(appointments), tuple(free),
                   tuple(warnings), pattern.place if pattern else None)


def plans_between(session: Session, device_id: str, start: dt.date, end: dt.date,
                  slot_minutes: int = DEFAULT_SLOT) -> list[DayPlan]:
    rows = _load(session, device_id, start, end)
    return [_plan(start + dt.timedelta(days=n), rows, slot_minutes) for n in range((end - start).days + 1)]


def day_plan(session: Session, device_id: str, day: dt.date, slot_minutes: int = DEFAULT_SLOT) -> DayPlan:
    return plans_between(session, device_id, day, day, slot_minutes)[0]


def week(session: Session, device_id: str, monday: dt.date,
         slot_minutes: int = DEFAULT_SLOT) -> list[DayPlan]:
    """Seven days from the Monday of the week that holds `monday`."""
    first = monday - dt.timedelta(days=monday.weekday())
    return plans_between(session, device_id, first, first + dt.timedelta(days=6), slot_minutes)


def month_overview(session: Session, device_id: str, year: int, month: int) -> list[DayPlan]:
    """Every day of the month: which municipality (None: holiday, absence or no office day)."""
    last = calendar.monthrange(year, month)[1]
    return plans_between(session, device_id, dt.date(year, month, 1), dt.date(year, month, last))


def office_hours_between(session: Session, device_id: str, start: dt.date,
                         end: dt.date) -> list[OfficeHours]:
    """The office hours actually held, day by day (holidays and absences left out), for calendars."""
    return [OfficeHours(plan.day, rules.as_time(r.start), rules.as_time(r.end), plan.municipality_ags,
                        plan.place)
            for plan in plans_between(session, device_id, start, end)
            if plan.municipality_ags for r in plan.office_hours]


# --- appointments --------------------------------------------------------------------------------

@dataclass(frozen=True)
class AppointmentInput:
    on: dt.date
    start: str  # "HH:MM"
    duration_minutes: int
    kind: str = str(AppointmentKind.BERATUNG)
    case_id: str | None = None
    interpreter_language: str = ""
    note: str = ""


@dataclass(frozen=True)
class SaveResult:
    appointment_id: str | None  # None: not saved because of the warnings
    warnings: tuple[Message, ...]


def _checked_span(data: AppointmentInput) -> TimeRange:
    try:
        start = rules.parse_time(data.start)
    except ValueError:
        raise _reject(BAD_TIME, "start") from None
    if not 1 <= data.duration_minutes <= MAX_DURATION:
        raise _reject(BAD_DURATION, "duration_minutes")
    if start + data.duration_minutes > rules.MINUTES_PER_DAY:
        raise _reject(PAST_MIDNIGHT, "duration_minutes")
    if data.kind not in set(AppointmentKind):
        raise _reject(UNKNOWN_KIND, "kind", kind=data.kind)
    return TimeRange(start, start + data.duration_minutes)


def save_appointment(vault: Vault, data: AppointmentInput, *, appointment_id: str | None = None,
                     force: bool = False) -> SaveResult:
    """Saves unless there are warnings (overlap, outside office hours, holiday, absence) and not force."""
    span = _checked_span(data)
    owner = vault.profile.device_id
    with vault.transaction() as session:
        case_uuid = live_row(session, Case, data.case_id).id if data.case_id else None
        plan = day_plan(session, owner, data.on)
        others = [a for a in plan.appointments if a.id != appointment_id]
        candidate = AppointmentView(appointment_id or "", data.on, span, data.kind, data.case_id, "", "")
        warnings = tuple(_appointment_warnings(candidate, others, plan.office_hours, plan.holiday,
                                               plan.absence))
        if warnings and not force:
            return SaveResult(None, warnings)
        if appointment_id is None:
            row = Appointment(id=uuid.uuid4(), owner_device_id=owner)
            session.add(row)
            action = "appointment.added"
        else:
            row = live_row(session, Appointment, appointment_id)
            action = "appointment.changed"
        row.on, row.start = data.on, rules.format_time(span.start)
        row.duration_minutes = data.duration_minutes
        row.kind, row.case_id = data.kind, case_uuid
        row.interpreter_language = data.interpreter_language.strip() or None
        row.note = data.note.strip() or None
        session.flush()
        _audit(session, action, row)
        return SaveResult(str(row.id), warnings)


def delete_appointment(vault: Vault, appointment_id: str) -> None:
    with vault.transaction() as session:
        row = live_row(session, Appointment, appointment_id)
        row.tombstone()
        _audit(session, "appointment.deleted", row)
