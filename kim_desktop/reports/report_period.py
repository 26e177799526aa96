"""The report period as typed on the command line or in a field, always a whole range of days.

Accepted: a year ("2026"), a month ("2026-03"), a day ("2026-03-15" or "15.03.2026"), and a range
of two of these joined by ".." ("2026-01..2026-06" – months, inclusive; "2026-01-15..2026-03-31";
"01.01.2026..30.06.2026"). The first side of a range counts from its first day, the second up to
its last day, so "2026-01..2026-06" is 01.01.2026 to 30.06.2026. Impossible dates (31.02.), a range
that ends before it begins and anything else are refused with a German message, never guessed.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from kim_desktop.domain.dates import MAX_YEAR, MIN_YEAR, format_date, parse_date
from kim_desktop.domain.messages import Message, Translate
from kim_desktop.errors import InputRejected
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP

CONTEXT = "ReportPeriod"
FIELD = "period"
SEPARATOR = ".."

FORMAT = QT_TRANSLATE_NOOP(
    "ReportPeriod",
    "Zeitraum „{text}“ nicht verstanden. Beispiele: 2026, 2026-03, 2026-01..2026-06, "
    "2026-01-15..2026-03-31 oder 01.01.2026..30.06.2026.")
EMPTY = QT_TRANSLATE_NOOP("ReportPeriod", "Bitte einen Zeitraum angeben, z. B. 2026-01..2026-06.")
NO_SUCH_DAY = QT_TRANSLATE_NOOP("ReportPeriod", "Den Tag {text} gibt es nicht.")
NO_SUCH_MONTH = QT_TRANSLATE_NOOP("ReportPeriod", "Den Monat {text} gibt es nicht (Monate 01 bis 12).")
YEAR_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "ReportPeriod", "Das Jahr {year} liegt nicht zwischen {first} und {last}.")
REVERSED = QT_TRANSLATE_NOOP("ReportPeriod", "Der Zeitraum endet ({last}) vor seinem Anfang ({first}).")
MONTH_NAMES = (
    QT_TRANSLATE_NOOP("ReportPeriod", "Januar"), QT_TRANSLATE_NOOP("ReportPeriod", "Februar"),
    QT_TRANSLATE_NOOP("ReportPeriod", "März"), QT_TRANSLATE_NOOP("ReportPeriod", "April"),
    QT_TRANSLATE_NOOP("ReportPeriod", "Mai"), QT_TRANSLATE_NOOP("ReportPeriod", "Juni"),
    QT_TRANSLATE_NOOP("ReportPeriod", "Juli"), QT_TRANSLATE_NOOP("ReportPeriod", "August"),
    QT_TRANSLATE_NOOP("ReportPeriod", "September"), QT_TRANSLATE_NOOP("ReportPeriod", "Oktober"),
    QT_TRANSLATE_NOOP("ReportPeriod", "November"), QT_TRANSLATE_NOOP("ReportPeriod", "Dezember"),
)

_YEAR = re.compile(r"([0-9]{4})")
_MONTH = re.compile(r"([0-9]{4})-([0-9]{1,2})")
_ISO_DAY = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_GERMAN_DAY = re.compile(r"[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4}")


@dataclass(frozen=True)
class Period:
    first: dt.date
    last: dt.date

    @property
    def label(self) -> str:
        """"01.01.2026 – 30.06.2026", as the cover pages show it."""
        return f"{format_date(self.first)} – {format_date(self.last)}"

    def months(self) -> list[tuple[int, int]]:
        """(year, month) of every month the period touches, oldest first."""
        out: list[tuple[int, int]] = []
        year, month = self.first.year, self.first.month
        while (year, month) <= (self.last.year, self.last.month):
            out.append((year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return out


def _reject(template: str, **details: object) -> InputRejected:
    return InputRejected(Message.of(CONTEXT, template, **details), FIELD)


def _check_year(year: int) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise _reject(YEAR_OUT_OF_RANGE, year=year, first=MIN_YEAR, last=MAX_YEAR)


def _day(year: int, month: int, day: int, text: str) -> dt.date:
    _check_year(year)
    if not 1 <= month <= 12:
        raise _reject(NO_SUCH_MONTH, text=text)
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise _reject(NO_SUCH_DAY, text=text)
    return dt.date(year, month, day)


def _span(text: str) -> tuple[dt.date, dt.date]:
    """The first and last day one side of a range stands for."""
    if _YEAR.fullmatch(text):
        year = int(text)
        _check_year(year)
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if match := _MONTH.fullmatch(text):
        year, month = int(match[1]), int(match[2])
        first = _day(year, month, 1, text)
        return first, first.replace(day=calendar.monthrange(year, month)[1])
    if match := _ISO_DAY.fullmatch(text):
        day = _day(int(match[1]), int(match[2]), int(match[3]), text)
        return day, day
    if _GERMAN_DAY.fullmatch(text):
        parsed = parse_date(text)
        if parsed.value is None:
            assert parsed.error is not None
            raise InputRejected(parsed.error, FIELD)
        return parsed.value, parsed.value
    raise _reject(FORMAT, text=text)


def parse_period(text: str) -> Period:
    """The period a text names (see the module doc); InputRejected with a German reason otherwise."""
    stripped = text.strip()
    if not stripped:
        raise _reject(EMPTY)
    if stripped.count(SEPARATOR) > 1:
        raise _reject(FORMAT, text=stripped)
    if SEPARATOR in stripped:
        start_text, end_text = (part.strip() for part in stripped.split(SEPARATOR))
        if not start_text or not end_text:
            raise _reject(FORMAT, text=stripped)
        first, last = _span(start_text)[0], _span(end_text)[1]
    else:
        first, last = _span(stripped)
    if last < first:
        raise _reject(REVERSED, first=format_date(first), last=format_date(last))
    return Period(first, last)


def month_key(day: dt.date) -> str:
    """"YYYY-MM", the month key of report selectors."""
    return f"{day.year:04d}-{day.month:02d}"


def month_label(year: int, month: int, translate: Translate | None = None) -> str:
    """"März 2026"; `translate` turns the month's name into the UI language."""
    name = MONTH_NAMES[month - 1]
    return f"{translate(CONTEXT, name) if translate else name} {year}"
