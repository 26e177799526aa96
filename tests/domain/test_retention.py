"""Retention: a closed case is due for deletion N years after closing (29 February included)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kim_desktop.domain.retention import DEFAULT_RETENTION_YEARS, closing_cutoff, due_date, retention_due


def test_default_is_three_years() -> None:
    assert DEFAULT_RETENTION_YEARS == 3
    assert due_date(date(2023, 6, 15)) == date(2026, 6, 15)


def test_due_from_the_due_date_on() -> None:
    closed = date(2023, 6, 15)
    assert not retention_due(closed, 3, date(2026, 6, 14))
    assert retention_due(closed, 3, date(2026, 6, 15))
    assert retention_due(closed, 3, date(2030, 1, 1))
    assert not retention_due(closed, 5, date(2026, 6, 15))


def test_29_february() -> None:
    assert due_date(date(2024, 2, 29), 3) == date(2027, 2, 28)
    assert due_date(date(2024, 2, 29), 4) == date(2028, 2, 29)
    assert not retention_due(date(2024, 2, 29), 3, date(2027, 2, 27))
    assert retention_due(date(2024, 2, 29), 3, date(2027, 2, 28))
    assert due_date(date(2023, 2, 28), 1) == date(2024, 2, 28)


def test_zero_years_is_due_at_once_and_negative_is_an_error() -> None:
    assert retention_due(date(2026, 1, 1), 0, date(2026, 1, 1))
    with pytest.raises(ValueError):
        due_date(date(2026, 1, 1), -1)
    with pytest.raises(ValueError):
        closing_cutoff(date(2026, 1, 1), -1)


def test_cutoff_for_sql() -> None:
    assert closing_cutoff(date(2026, 6, 15), 3) == date(2023, 6, 15)
    assert closing_cutoff(date(2027, 2, 28), 3) == date(2024, 2, 29)  # closed 29.02.2024: due 28.02.2027
    assert closing_cutoff(date(2028, 2, 29), 3) == date(2025, 2, 28)
    assert closing_cutoff(date(2028, 2, 29), 4) == date(2024, 2, 29)


days = st.dates(date(1990, 1, 1), date(2060, 12, 31))


@given(days, days, st.integers(0, 30))
def test_cutoff_agrees_with_retention_due(closed: date, today: date, years: int) -> None:
    assert retention_due(closed, years, today) == (closed <= closing_cutoff(today, years))


@given(days, st.integers(0, 30))
def test_due_date_is_n_years_on_and_monotonic(closed: date, years: int) -> None:
    due = due_date(closed, years)
    assert due.year == closed.year + years
    assert (due.month, due.day) == (closed.month, closed.day) or (closed.month, closed.day) == (2, 29)
    assert due_date(closed + timedelta(days=1), years) >= due
    assert not retention_due(closed, years, due - timedelta(days=1))
