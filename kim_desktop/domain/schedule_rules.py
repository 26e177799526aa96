"""Rules of the day schedule: times "HH:MM", office hours "09:00-12:00;13:00-15:30", overlaps,
free slots, which weekly pattern applies on a day, and NRW public holidays.

Times are minutes after midnight on the wall clock of the day. Nothing here adds durations to
datetimes, so the days on which the clocks change (last Sunday of March and of October) need no
special case: 09:00 + 90 minutes is 10:30 on every day. Converting to instants is the business of
whoever writes calendar files.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

import holidays

from kim_desktop.domain import dates

MINUTES_PER_DAY = 24 * 60
SUBDIVISION = "NW"  # Nordrhein-Westfalen: Fronleichnam and Allerheiligen are holidays


class ExceptionKind(StrEnum):
    LEAVE = "leave"
    SICKNESS = "sickness"
    TRAINING = "training"
    EXTRA_DAY = "extra-day"
    MOVED_HOURS = "moved-hours"


ABSENCES = frozenset({ExceptionKind.LEAVE, ExceptionKind.SICKNESS, ExceptionKind.TRAINING})


class AppointmentKind(StrEnum):
    BERATUNG = "beratung"
    ERSTGESPRAECH = "erstgespraech"
    BEGLEITUNG = "begleitung"
    HAUSBESUCH = "hausbesuch"
    INTERN = "intern"


def parse_time(text: str) -> int:
    """ "09:30" -> 570 (minutes of the day); ValueError for anything domain.dates.parse_time refuses."""
    parsed = dates.parse_time(text)
    if parsed.value is None:
        raise ValueError(f"not a time: {text!r}")
    return parsed.value.hour * 60 + parsed.value.minute


def format_time(minutes: int) -> str:
    if not 0 <= minutes <= MINUTES_PER_DAY:
        raise ValueError(f"minutes out of the day: {minutes}")
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def as_time(minutes: int) -> dt.time:
    """Wall-clock time of a minute of the day (24:00 becomes 23:59:59, the end of the day)."""
    if minutes >= MINUTES_PER_DAY:
        return dt.time(23, 59, 59)
    return dt.time(minutes // 60, minutes % 60)


@dataclass(frozen=True, order=True)
class TimeRange:
    """[start, end) in minutes after midnight."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end <= MINUTES_PER_DAY:
            raise ValueError(f"bad time range {self.start}-{self.end}")

    @classmethod
    def of(cls, start: str, duration_minutes: int) -> TimeRange:
        return cls(parse_time(start), parse_time(start) + duration_minutes)

    @property
    def minutes(self) -> int:
        return self.end - self.start

    def overlaps(self, other: TimeRange) -> bool:
        return self.start < other.end and other.start < self.end

    def __str__(self) -> str:
        return f"{format_time(self.start)}-{format_time(self.end)}"


def parse_ranges(text: str | None) -> tuple[TimeRange, ...]:
    """Office hours "09:00-12:00;13:00-15:30" (commas also separate); sorted, must not overlap."""
    ranges: list[TimeRange] = []
    for part in (text or "").replace(",", ";").split(";"):
        if not part.strip():
            continue
        start, sep, end = part.partition("-")
        if not sep:
            raise ValueError(f"not a time range: {part!r}")
        ranges.append(TimeRange(parse_time(start), parse_time(end)))
    ranges.sort()
    for before, after in zip(ranges, ranges[1:], strict=False):
        if before.overlaps(after):
            raise ValueError(f"time ranges overlap: {before} and {after}")
    return tuple(ranges)


def format_ranges(ranges: Iterable[TimeRange]) -> str:
    return ";".join(str(r) for r in sorted(ranges))


def within(ranges: Sequence[TimeRange], span: TimeRange) -> bool:
    """Whether span lies entirely inside one of the ranges."""
    return any(r.start <= span.start and span.end <= r.end for r in ranges)


def overlapping_pairs(spans: Sequence[TimeRange]) -> list[tuple[int, int]]:
    """Index pairs (i < j) of spans that overlap."""
    return [(i, j) for i in range(len(spans)) for j in range(i + 1, len(spans))
            if spans[i].overlaps(spans[j])]


def free_slots(ranges: Sequence[TimeRange], busy: Sequence[TimeRange], slot_minutes: int) -> list[TimeRange]:
    """Slots of slot_minutes inside the office hours that touch no busy span; a slot after a busy
    span starts where that span ends (an appointment until 10:15 leaves 10:15-10:45 free)."""
    if slot_minutes <= 0:
        raise ValueError("slot length must be positive")
    slots: list[TimeRange] = []
    for office in sorted(ranges):
        start = office.start
        while start + slot_minutes <= office.end:
            slot = TimeRange(start, start + slot_minutes)
            blocking = [b.end for b in busy if b.overlaps(slot)]
            if blocking:
                start = max(blocking)
            else:
                slots.append(slot)
                start = slot.end
    return slots


def valid_on(valid_from: dt.date, valid_to: dt.date | None, day: dt.date) -> bool:
    return valid_from <= day and (valid_to is None or day <= valid_to)


def working_days(first: dt.date, last: dt.date, office_day: Callable[[dt.date], bool]) -> list[dt.date]:
    """The days of an absence from first to last: Monday to Friday, and a weekend day that is an
    office day (office_day says so); never an NRW public holiday."""
    days = (first + dt.timedelta(days=n) for n in range((last - first).days + 1))
    return [d for d in days if holiday_name(d) is None and (d.weekday() < 5 or office_day(d))]


@lru_cache(maxsize=32)
def _holidays_of(year: int) -> dict[dt.date, str]:
    return dict(holidays.country_holidays("DE", subdiv=SUBDIVISION, years=year, language="de").items())


def holiday_name(day: dt.date) -> str | None:
    """The NRW public holiday on day (German name), from the `holidays` package."""
    return _holidays_of(day.year).get(day)


def holidays_between(start: dt.date, end: dt.date) -> dict[dt.date, str]:
    found: dict[dt.date, str] = {}
    for year in range(start.year, end.year + 1):
        found.update({d: n for d, n in _holidays_of(year).items() if start <= d <= end})
    return dict(sorted(found.items()))
