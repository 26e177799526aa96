"""When a closed case is due for deletion: N years after its closing date (default 3).

due_date is the closing date moved N years on; a case closed on 29 February is due on 28 February
when the target year is no leap year (the period ends with the month, as in § 188 (3) BGB). From
that day on, retention_due is True. For SQL, closing_cutoff turns the rule around: a case is due
exactly when it was closed on or before closing_cutoff(today, years), so storage can select
`closed_on <= :cutoff` on an index.
"""

from __future__ import annotations

from datetime import date, timedelta

DEFAULT_RETENTION_YEARS = 3


def _check_years(years: int) -> None:
    if years < 0:
        raise ValueError(f"retention period must not be negative: {years}")


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year + years, day=28)


def due_date(closed_on: date, years: int = DEFAULT_RETENTION_YEARS) -> date:
    """The first day on which a case closed on `closed_on` is due for deletion."""
    _check_years(years)
    return _add_years(closed_on, years)


def retention_due(closed_on: date, years: int, today: date) -> bool:
    return today >= due_date(closed_on, years)


def closing_cutoff(today: date, years: int = DEFAULT_RETENTION_YEARS) -> date:
    """The latest closing date that is due for deletion today."""
    _check_years(years)
    cutoff = _add_years(today, -years)
    # today = 28.02. of a common year: a case closed on 29.02. of a leap year N years back is due too.
    following = cutoff + timedelta(days=1)
    if _add_years(following, years) <= today:
        cutoff = following
    return cutoff
