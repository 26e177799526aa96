"""The iCalendar (.ics) export of office hours and appointments, for Outlook and the like.

The module takes plain CalendarEntry values (the schedule services build them) and writes the
file with the `icalendar` library. What it guarantees:

- DTSTART/DTEND carry TZID=Europe/Berlin, and the calendar holds the matching VTIMEZONE,
  generated from the system's zoneinfo for the years the entries span.
- UIDs are stable: uuid5 of a fixed namespace and the entry's uid_source, so that importing a
  later export again updates the events instead of duplicating them.
- Client names appear only with with_names=True, and then only in SUMMARY. Summary, location
  and description are the caller's: they must not hold names. A file with names is a
  deliberate exception to "no personal data in plaintext" (DESIGN.md §3): the caller warns
  first and writes only where the user chose.

Daylight saving: a wall-clock time that does not exist (02:00–02:59 on the last Sunday of
March) is moved to the real instant, as RFC 5545 §3.3.5 reads it (02:30 becomes 03:30 CEST),
so the file never holds a nonexistent local time. An ambiguous time on the last Sunday of
October means its first occurrence (summer time), as in RFC 5545.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone

from kim_desktop.storage.atomic import write_atomic

TZID = "Europe/Berlin"
BERLIN = ZoneInfo(TZID)
PRODID = "-//Kommunales Integrationsmanagement//KIM Desktop//DE"
UID_DOMAIN = "kim-desktop"
# Never change: every UID ever exported derives from it.
UID_NAMESPACE = uuid.UUID("6f1c3b52-8d0e-5a7b-9c41-2e7d5f0a9b13")
KINDS = ("office-hours", "appointment")
KIND_PROPERTY = "X-KIM-KIND"
DEFAULT_NAME = "KIM Desktop"

Kind = Literal["office-hours", "appointment"]

# RFC 5545 TEXT allows no control characters but tab; newlines are escaped by the library.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
_LINE_BREAK = re.compile("\r\n?")


@dataclass(frozen=True)
class CalendarEntry:
    """One event: office hours of a day or one appointment. `names` (the clients' names) is
    used only for an export with names."""

    uid_source: str
    day: dt.date
    start: dt.time
    end: dt.time
    summary: str
    location: str
    description: str
    kind: Kind
    names: str = ""

    def __post_init__(self) -> None:
        if not self.uid_source:
            raise ValueError("uid_source is empty")
        if self.kind not in KINDS:
            raise ValueError(f"unknown calendar entry kind {self.kind!r}")
        if self.start.tzinfo is not None or self.end.tzinfo is not None:
            raise ValueError("start and end are wall-clock times in Europe/Berlin, without tzinfo")
        if self.end <= self.start:
            raise ValueError("a calendar entry ends after it starts, on the same day")


def entry_uid(uid_source: str) -> str:
    """The stable UID of the event made from uid_source."""
    return f"{uuid.uuid5(UID_NAMESPACE, uid_source)}@{UID_DOMAIN}"


def berlin_time(day: dt.date, wall_clock: dt.time) -> dt.datetime:
    """The aware datetime of a wall-clock time in Berlin; a nonexistent time (spring gap) moves
    to the instant RFC 5545 gives it (the offset before the gap), an ambiguous one (autumn) is
    the first occurrence."""
    naive = dt.datetime.combine(day, wall_clock)
    # zoneinfo with fold=0 reads a gap time with the offset before the gap, and an ambiguous
    # time as its first occurrence; a round trip through UTC yields the real wall-clock time.
    instant = naive.replace(tzinfo=BERLIN).astimezone(dt.UTC)
    return instant.astimezone(BERLIN)


def clean_text(value: str) -> str:
    """Text as it can stand in an .ics file: line breaks as \\n, other control characters
    dropped, unencodable lone surrogates replaced."""
    value = value.encode("utf-8", "replace").decode("utf-8")
    return _CONTROL.sub("", _LINE_BREAK.sub("\n", value))


def _event(entry: CalendarEntry, *, with_names: bool, stamp: dt.datetime) -> Event:
    start = berlin_time(entry.day, entry.start)
    end = max(berlin_time(entry.day, entry.end), start)
    summary = clean_text(entry.summary)
    names = clean_text(entry.names) if with_names else ""
    if names:  # after cleaning: a name of control characters only adds nothing
        summary = f"{summary} – {names}" if summary else names
    event = Event.new(
        uid=entry_uid(entry.uid_source),
        stamp=stamp,
        start=start,
        end=end,
        summary=summary,
        location=clean_text(entry.location) or None,
        description=clean_text(entry.description) or None,
        sequence=0,
    )
    event.add(KIND_PROPERTY, entry.kind)
    return event


def _timezone(entries: list[CalendarEntry], stamp: dt.datetime) -> Timezone:
    years = [entry.day.year for entry in entries] or [stamp.astimezone(BERLIN).year]
    return Timezone.from_tzid(TZID, first_date=dt.date(min(years), 1, 1),
                              last_date=dt.date(max(years) + 1, 1, 1))


def calendar_bytes(entries: Iterable[CalendarEntry], *, with_names: bool = False,
                   calendar_name: str = DEFAULT_NAME) -> bytes:
    """The .ics file's content: one VEVENT per entry, sorted by time."""
    ordered = sorted(entries, key=lambda e: (e.day, e.start, e.end, e.uid_source))
    sources = [entry.uid_source for entry in ordered]
    if len(set(sources)) != len(sources):
        raise ValueError("two calendar entries share a uid_source")
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    # one line: icalendar does not escape line breaks in NAME
    name = " ".join(clean_text(calendar_name).split()) or DEFAULT_NAME
    calendar = Calendar.new(prodid=PRODID, name=name, uid=uuid.uuid5(UID_NAMESPACE, f"calendar:{name}"))
    calendar.add_component(_timezone(ordered, stamp))
    for entry in ordered:
        calendar.add_component(_event(entry, with_names=with_names, stamp=stamp))
    return calendar.to_ical()


def write_calendar(path: Path, entries: Iterable[CalendarEntry], *, with_names: bool = False,
                   calendar_name: str = DEFAULT_NAME) -> Path:
    """Writes the .ics file to path (replacing a file there) and returns the path. With names,
    the caller has warned the user and path is where the user chose."""
    data = calendar_bytes(entries, with_names=with_names, calendar_name=calendar_name)
    target = Path(path)
    write_atomic(target, data, mode=0o600)
    return target
