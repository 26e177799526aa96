"""Report periods: every accepted form names whole days; anything else is refused in German."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kim_desktop.errors import InputRejected
from kim_desktop.reports.report_period import Period, month_label, parse_period

D = dt.date


@pytest.mark.parametrize(("text", "first", "last"), [
    ("2026-01..2026-06", D(2026, 1, 1), D(2026, 6, 30)),
    ("2026-01-15..2026-03-31", D(2026, 1, 15), D(2026, 3, 31)),
    ("2026", D(2026, 1, 1), D(2026, 12, 31)),
    ("2026-03", D(2026, 3, 1), D(2026, 3, 31)),
    ("2024-02", D(2024, 2, 1), D(2024, 2, 29)),
    ("01.01.2026..30.06.2026", D(2026, 1, 1), D(2026, 6, 30)),
    (" 2025-12 .. 2026-02 ", D(2025, 12, 1), D(2026, 2, 28)),
    ("2026-05-04", D(2026, 5, 4), D(2026, 5, 4)),
    ("2025..2026", D(2025, 1, 1), D(2026, 12, 31)),
])
def test_accepted_forms(text: str, first: dt.date, last: dt.date) -> None:
    assert parse_period(text) == Period(first, last)


@pytest.mark.parametrize(("text", "words"), [
    ("31.02.2026..30.06.2026", "31.02.2026"),
    ("2026-02-30..2026-03-01", "2026-02-30"),
    ("2026-06..2026-01", "endet"),
    ("2026-13", "Monat"),
    ("Sommer", "nicht verstanden"),
    ("2026-01..", "nicht verstanden"),
    ("2026..2027..2028", "nicht verstanden"),
    ("", "Bitte einen Zeitraum"),
    ("1850", "1850"),
])
def test_refused_with_a_german_reason(text: str, words: str) -> None:
    with pytest.raises(InputRejected) as caught:
        parse_period(text)
    assert words in caught.value.message()
    assert caught.value.field == "period"


@given(st.dates(min_value=D(1990, 1, 1), max_value=D(2090, 12, 31)),
       st.dates(min_value=D(1990, 1, 1), max_value=D(2090, 12, 31)))
def test_any_two_days_in_both_notations(a: dt.date, b: dt.date) -> None:
    iso, german = f"{a.isoformat()}..{b.isoformat()}", f"{a:%d.%m.%Y}..{b:%d.%m.%Y}"
    if b < a:
        for text in (iso, german):
            with pytest.raises(InputRejected):
                parse_period(text)
    else:
        assert parse_period(iso) == parse_period(german) == Period(a, b)


@given(st.integers(1990, 2090), st.integers(1, 12))
def test_a_month_runs_from_its_first_to_its_last_day(year: int, month: int) -> None:
    period = parse_period(f"{year}-{month:02d}")
    assert period.first == D(year, month, 1)
    assert (period.last + dt.timedelta(days=1)).day == 1
    assert period.months() == [(year, month)]


def test_months_and_labels() -> None:
    period = parse_period("2025-11..2026-02")
    assert period.months() == [(2025, 11), (2025, 12), (2026, 1), (2026, 2)]
    assert period.label == "01.11.2025 – 28.02.2026"
    assert month_label(2026, 3) == "März 2026"
    assert month_label(2026, 3, lambda _context, text: text.upper()) == "MÄRZ 2026"
