"""Strict German date and time input: valid dates in every accepted form, impossible ones refused."""

from __future__ import annotations

from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kim_desktop.domain.dates import (
    CONTEXT,
    DATE_FORMAT,
    EMPTY_DATE,
    EMPTY_TIME,
    NO_DAY_ZERO,
    NO_LEAP_DAY,
    NO_SUCH_DAY,
    NO_SUCH_HOUR,
    NO_SUCH_MINUTE,
    NO_SUCH_MONTH,
    TIME_FORMAT,
    YEAR_OUT_OF_RANGE,
    expand_year,
    format_date,
    format_time,
    parse_date,
    parse_time,
)

TODAY = date(2026, 3, 15)


@pytest.mark.parametrize(("text", "expected"), [
    ("24.12.2026", date(2026, 12, 24)),
    ("01.01.2026", date(2026, 1, 1)),
    ("1.1.2026", date(2026, 1, 1)),
    ("4.07.2026", date(2026, 7, 4)),
    (" 29.02.2024 ", date(2024, 2, 29)),
    ("31.12.1900", date(1900, 12, 31)),
    ("24.12.26", date(2026, 12, 24)),
    ("7.3.85", date(1985, 3, 7)),
])
def test_valid_dates(text: str, expected: date) -> None:
    result = parse_date(text, today=TODAY)
    assert result.ok and result.error is None
    assert result.value == expected


@pytest.mark.parametrize(("text", "template"), [
    ("31.02.2026", NO_SUCH_DAY),
    ("30.02.2024", NO_SUCH_DAY),
    ("31.04.2026", NO_SUCH_DAY),
    ("32.01.2026", NO_SUCH_DAY),
    ("29.02.2026", NO_LEAP_DAY),
    ("29.02.1900", NO_LEAP_DAY),  # divisible by 100, not by 400
    ("00.01.2026", NO_DAY_ZERO),
    ("15.13.2026", NO_SUCH_MONTH),
    ("15.00.2026", NO_SUCH_MONTH),
    ("15.06.1899", YEAR_OUT_OF_RANGE),
    ("15.06.2100", YEAR_OUT_OF_RANGE),
    ("", EMPTY_DATE),
    ("   ", EMPTY_DATE),
    ("2026-02-03", DATE_FORMAT),
    ("03/02/2026", DATE_FORMAT),
    ("3.2.", DATE_FORMAT),
    ("03.02.202", DATE_FORMAT),
    ("03.02.20261", DATE_FORMAT),
    ("003.02.2026", DATE_FORMAT),
    ("03..2026", DATE_FORMAT),
    ("heute", DATE_FORMAT),
    ("٠٣.٠٢.٢٠٢٦", DATE_FORMAT),  # Arabic-Indic digits are not silently accepted
    ("03.02.2026 10:00", DATE_FORMAT),
])
def test_invalid_dates_are_refused_not_guessed(text: str, template: str) -> None:
    result = parse_date(text, today=TODAY)
    assert result.value is None and not result.ok
    assert result.error is not None
    assert result.error.template == template
    assert result.error.context == CONTEXT


def test_the_reason_names_the_date_and_the_month_length() -> None:
    error = parse_date("31.02.2026").error
    assert error is not None
    assert error.text() == "Den 31.02.2026 gibt es nicht: der Monat hat nur 28 Tage."
    leap = parse_date("29.2.2026").error
    assert leap is not None
    assert leap.text() == ("Den 29.02.2026 gibt es nicht: 2026 ist kein Schaltjahr, "
                           "der Februar hat nur 28 Tage.")
    april = parse_date("31.4.26", today=TODAY).error
    assert april is not None and "der Monat hat nur 30 Tage" in april.text()


def test_reason_is_translated_before_the_placeholders_are_filled() -> None:
    error = parse_date("31.02.2026").error
    assert error is not None
    english = {NO_SUCH_DAY: "{date} does not exist: that month has only {days} days."}
    assert error.text(lambda context, text: english.get(text, text)) == \
        "31.02.2026 does not exist: that month has only 28 days."


def test_century_rule_for_two_digit_years() -> None:
    # default window: 100 years ending 20 years after today's year (2026 -> 1947..2046)
    assert parse_date("01.06.46", today=TODAY).value == date(2046, 6, 1)
    assert parse_date("01.06.47", today=TODAY).value == date(1947, 6, 1)
    assert parse_date("01.06.00", today=TODAY).value == date(2000, 6, 1)
    assert parse_date("01.06.99", today=TODAY).value == date(1999, 6, 1)
    # birth dates: nothing after this year
    assert parse_date("01.06.30", today=TODAY, years_ahead=0).value == date(1930, 6, 1)
    assert parse_date("01.06.26", today=TODAY, years_ahead=0).value == date(2026, 6, 1)
    assert parse_date("01.06.27", today=TODAY, years_ahead=0).value == date(1927, 6, 1)
    # the window moves with today
    assert parse_date("01.06.47", today=date(2027, 1, 1)).value == date(2047, 6, 1)
    # 29.02 with a two-digit year is checked against the expanded year
    assert parse_date("29.02.24", today=TODAY).value == date(2024, 2, 29)
    assert parse_date("29.02.25", today=TODAY).error is not None


@given(st.integers(0, 99), st.dates(date(1950, 1, 1), date(2070, 12, 31)), st.integers(0, 40))
def test_expanded_year_ends_in_the_digits_and_lies_in_the_window(two: int, today: date, ahead: int) -> None:
    year = expand_year(two, today, ahead)
    assert year % 100 == two
    assert today.year + ahead - 99 <= year <= today.year + ahead


def test_expand_year_refuses_more_than_two_digits() -> None:
    with pytest.raises(ValueError):
        expand_year(100, TODAY)


@given(st.dates(date(1900, 1, 1), date(2099, 12, 31)))
def test_format_and_parse_round_trip(value: date) -> None:
    text = format_date(value)
    assert len(text) == 10 and text[2] == "." and text[5] == "."
    assert parse_date(text).value == value


@given(st.integers(1, 31), st.integers(1, 12), st.integers(1900, 2099))
def test_a_date_is_accepted_exactly_when_it_exists(day: int, month: int, year: int) -> None:
    try:
        expected: date | None = date(year, month, day)
    except ValueError:
        expected = None
    result = parse_date(f"{day}.{month}.{year}")
    assert result.value == expected
    assert (result.error is None) == (expected is not None)


def test_format_date_pads() -> None:
    assert format_date(date(2026, 1, 5)) == "05.01.2026"
    assert format_date(date(1900, 12, 31)) == "31.12.1900"


@pytest.mark.parametrize(("text", "expected"), [
    ("09:30", time(9, 30)), ("9:30", time(9, 30)), ("00:00", time(0, 0)), ("23:59", time(23, 59)),
    (" 14:05 ", time(14, 5)),
])
def test_valid_times(text: str, expected: time) -> None:
    assert parse_time(text).value == expected


@pytest.mark.parametrize(("text", "template"), [
    ("24:00", NO_SUCH_HOUR), ("25:10", NO_SUCH_HOUR), ("12:60", NO_SUCH_MINUTE), ("12:99", NO_SUCH_MINUTE),
    ("", EMPTY_TIME), ("12.30", TIME_FORMAT), ("930", TIME_FORMAT), ("9:5", TIME_FORMAT),
    ("12:30:00", TIME_FORMAT), ("123:00", TIME_FORMAT), ("9 Uhr", TIME_FORMAT), ("12:30 pm", TIME_FORMAT),
])
def test_invalid_times(text: str, template: str) -> None:
    result = parse_time(text)
    assert result.value is None
    assert result.error is not None and result.error.template == template


@given(st.times())
def test_time_round_trip_drops_seconds(value: time) -> None:
    text = format_time(value)
    assert len(text) == 5 and text[2] == ":"
    assert parse_time(text).value == value.replace(second=0, microsecond=0, tzinfo=None)
