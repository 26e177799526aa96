"""Strict German date and time input: DD.MM.YYYY and HH:MM, never guessed or rolled over.

Accepted dates: `24.12.2026`, `4.7.2026` (one-digit day or month), `24.12.26` (two-digit year).
An impossible date such as 31.02.2026 is refused with the reason, never turned into 03.03.2026.

Two-digit years (documented century rule): `YY` means the one year ending in YY within the
100-year window that ends `years_ahead` years after today's year. With the default
(years_ahead=20) and today in 2026 that window is 1947..2046: `24.12.46` is 2046 and
`24.12.47` is 1947. Birth-date fields pass `years_ahead=0` (window 1927..2026), so `01.01.30`
is 1930 there. Anything outside the window needs four digits.

Accepted times: `09:30` and `9:30` (24 hours, minutes always two digits); `24:00`, `12:60`,
`12.30` and `930` are refused.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, time
from typing import Generic, TypeVar

from kim_desktop.domain.messages import Message
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP

CONTEXT = "Dates"
MIN_YEAR = 1900
MAX_YEAR = 2099
DEFAULT_YEARS_AHEAD = 20

EMPTY_DATE = QT_TRANSLATE_NOOP("Dates", "Bitte ein Datum eingeben.")
DATE_FORMAT = QT_TRANSLATE_NOOP("Dates", "Bitte das Datum als TT.MM.JJJJ eingeben, z. B. 24.12.2026.")
NO_SUCH_MONTH = QT_TRANSLATE_NOOP("Dates", "Einen Monat {month} gibt es nicht (1 bis 12).")
NO_DAY_ZERO = QT_TRANSLATE_NOOP("Dates", "Einen Tag 0 gibt es nicht.")
NO_SUCH_DAY = QT_TRANSLATE_NOOP("Dates", "Den {date} gibt es nicht: der Monat hat nur {days} Tage.")
NO_LEAP_DAY = QT_TRANSLATE_NOOP(
    "Dates", "Den {date} gibt es nicht: {year} ist kein Schaltjahr, der Februar hat nur 28 Tage.")
YEAR_OUT_OF_RANGE = QT_TRANSLATE_NOOP("Dates", "Das Jahr {year} liegt nicht zwischen {first} und {last}.")
EMPTY_TIME = QT_TRANSLATE_NOOP("Dates", "Bitte eine Uhrzeit eingeben.")
TIME_FORMAT = QT_TRANSLATE_NOOP("Dates", "Bitte die Uhrzeit als HH:MM eingeben, z. B. 09:30.")
NO_SUCH_HOUR = QT_TRANSLATE_NOOP("Dates", "Eine Stunde {hour} gibt es nicht (0 bis 23).")
NO_SUCH_MINUTE = QT_TRANSLATE_NOOP("Dates", "Eine Minute {minute} gibt es nicht (0 bis 59).")

_DATE = re.compile(r"([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{2}|[0-9]{4})")
_TIME = re.compile(r"([0-9]{1,2}):([0-9]{2})")

T = TypeVar("T")


@dataclass(frozen=True)
class Parsed(Generic[T]):
    """Either a value or the reason why the input is not one."""

    value: T | None
    error: Message | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def _fail(template: str, **details: object) -> Parsed[T]:
    return Parsed(None, Message.of(CONTEXT, template, **details))


def expand_year(two_digits: int, today: date, years_ahead: int = DEFAULT_YEARS_AHEAD) -> int:
    """The year ending in `two_digits` within the 100 years that end `years_ahead` after today's year."""
    if not 0 <= two_digits <= 99:
        raise ValueError(f"not a two-digit year: {two_digits}")
    last = today.year + years_ahead
    year = last - (last - two_digits) % 100
    return year


def parse_date(text: str, *, today: date | None = None,
               years_ahead: int = DEFAULT_YEARS_AHEAD) -> Parsed[date]:
    """A date typed as DD.MM.YYYY, D.M.YYYY or DD.MM.YY (see the module doc for the century rule)."""
    stripped = text.strip()
    if not stripped:
        return _fail(EMPTY_DATE)
    match = _DATE.fullmatch(stripped)
    if match is None:
        return _fail(DATE_FORMAT)
    day, month, year_text = int(match[1]), int(match[2]), match[3]
    if len(year_text) == 2:
        year = expand_year(int(year_text), today or date.today(), years_ahead)
    else:
        year = int(year_text)
    if not MIN_YEAR <= year <= MAX_YEAR:
        return _fail(YEAR_OUT_OF_RANGE, year=year, first=MIN_YEAR, last=MAX_YEAR)
    if not 1 <= month <= 12:
        return _fail(NO_SUCH_MONTH, month=month)
    if day == 0:
        return _fail(NO_DAY_ZERO)
    days_in_month = calendar.monthrange(year, month)[1]
    if day > days_in_month:
        shown = f"{day:02d}.{month:02d}.{year:04d}"
        if month == 2 and day == 29:
            return _fail(NO_LEAP_DAY, date=shown, year=year)
        return _fail(NO_SUCH_DAY, date=shown, days=days_in_month)
    return Parsed(date(year, month, day))


def parse_time(text: str) -> Parsed[time]:
    """A time of day typed as HH:MM or H:MM, 24 hours."""
    stripped = text.strip()
    if not stripped:
        return _fail(EMPTY_TIME)
    match = _TIME.fullmatch(stripped)
    if match is None:
        return _fail(TIME_FORMAT)
    hour, minute = int(match[1]), int(match[2])
    if hour > 23:
        return _fail(NO_SUCH_HOUR, hour=hour)
    if minute > 59:
        return _fail(NO_SUCH_MINUTE, minute=minute)
    return Parsed(time(hour, minute))


def format_date(value: date) -> str:
    """DD.MM.YYYY, the only way the program shows a date."""
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"


def format_time(value: time) -> str:
    """HH:MM, 24 hours; seconds are not shown."""
    return f"{value.hour:02d}:{value.minute:02d}"
