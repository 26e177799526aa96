"""Schedule rules: times, office hours, overlaps, free slots, pattern validity, NRW holidays."""

from __future__ import annotations

import datetime as dt

import pytest

from kim_desktop.domain import schedule_rules as rules
from kim_desktop.domain.schedule_rules import TimeRange

D = dt.date


def r(text: str) -> TimeRange:
    return rules.parse_ranges(text)[0]


@pytest.mark.parametrize(("day", "name"), [
    (D(2026, 1, 1), "Neujahr"),
    (D(2026, 4, 3), "Karfreitag"),
    (D(2026, 4, 6), "Ostermontag"),
    (D(2026, 5, 14), "Christi Himmelfahrt"),
    (D(2026, 5, 25), "Pfingstmontag"),
    (D(2026, 6, 4), "Fronleichnam"),
    (D(2026, 10, 3), "Tag der Deutschen Einheit"),
    (D(2026, 11, 1), "Allerheiligen"),
    (D(2026, 12, 25), "Erster Weihnachtstag"),
    (D(2026, 12, 26), "Zweiter Weihnachtstag"),
    (D(2027, 3, 26), "Karfreitag"),
    (D(2027, 3, 29), "Ostermontag"),
    (D(2027, 5, 27), "Fronleichnam"),
    (D(2027, 11, 1), "Allerheiligen"),
])
def test_nrw_holidays(day: dt.date, name: str) -> None:
    assert rules.holiday_name(day) == name


@pytest.mark.parametrize("day", [
    D(2026, 11, 25), D(2026, 12, 24), D(2026, 12, 31),  # Heiligabend and Silvester are working days
    D(2026, 10, 31),  # Reformationstag: a holiday elsewhere, not in NRW
    D(2026, 11, 18),  # Buß- und Bettag: Saxony only
    D(2026, 1, 6),  # Heilige Drei Könige: Bavaria, not NRW
])
def test_days_that_are_no_holiday_in_nrw(day: dt.date) -> None:
    assert rules.holiday_name(day) is None


def test_holidays_between_spans_years() -> None:
    found = rules.holidays_between(D(2026, 12, 20), D(2027, 1, 10))
    assert list(found) == [D(2026, 12, 25), D(2026, 12, 26), D(2027, 1, 1)]
    assert len(rules.holidays_between(D(2027, 1, 1), D(2027, 12, 31))) == 11


@pytest.mark.parametrize("text", ["9", "24:00", "12:60", "ab:cd", "1230", "12:5", "-1:00", ""])
def test_bad_times_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        rules.parse_time(text)


def test_times_and_ranges_round_trip() -> None:
    assert rules.parse_time("9:05") == 545
    assert rules.format_time(545) == "09:05"
    ranges = rules.parse_ranges("13:00-15:30; 09:00-12:00")
    assert ranges == (TimeRange(540, 720), TimeRange(780, 930))
    assert rules.format_ranges(ranges) == "09:00-12:00;13:00-15:30"
    assert rules.parse_ranges("") == ()


@pytest.mark.parametrize("text", ["09:00-08:00", "09:00-09:00", "09:00", "09:00-12:00;11:00-13:00", "x-y"])
def test_bad_office_hours_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        rules.parse_ranges(text)


def test_overlap_touching_is_not_overlapping() -> None:
    assert r("09:00-10:00").overlaps(r("09:30-10:30"))
    assert not r("09:00-10:00").overlaps(r("10:00-11:00"))
    assert rules.overlapping_pairs([r("09:00-10:00"), r("10:00-11:00"), r("09:45-10:15")]) == [(0, 2), (1, 2)]


def test_within_office_hours() -> None:
    hours = rules.parse_ranges("09:00-12:00;13:00-15:30")
    assert rules.within(hours, TimeRange.of("11:30", 30))
    assert not rules.within(hours, TimeRange.of("11:45", 30))  # runs into the lunch break
    assert not rules.within(hours, TimeRange.of("08:30", 60))
    assert not rules.within((), TimeRange.of("10:00", 30))


def test_free_slots_start_after_busy_spans() -> None:
    hours = rules.parse_ranges("09:00-12:00;13:00-14:00")
    busy = [TimeRange.of("09:30", 45), TimeRange.of("13:00", 30)]
    slots = [str(s) for s in rules.free_slots(hours, busy, 30)]
    assert slots == ["09:00-09:30", "10:15-10:45", "10:45-11:15", "11:15-11:45", "13:30-14:00"]
    assert rules.free_slots(hours, [], 60) == [r("09:00-10:00"), r("10:00-11:00"), r("11:00-12:00"),
                                                r("13:00-14:00")]
    with pytest.raises(ValueError):
        rules.free_slots(hours, [], 0)


def test_pattern_validity() -> None:
    assert rules.valid_on(D(2026, 1, 1), None, D(2030, 1, 1))
    assert rules.valid_on(D(2026, 1, 1), D(2026, 1, 31), D(2026, 1, 31))
    assert not rules.valid_on(D(2026, 1, 1), D(2026, 1, 31), D(2026, 2, 1))
    assert not rules.valid_on(D(2026, 1, 2), None, D(2026, 1, 1))


def test_time_ranges_end_at_midnight() -> None:
    assert str(TimeRange.of("23:00", 60)) == "23:00-24:00"
    assert rules.as_time(24 * 60) == dt.time(23, 59, 59)
    with pytest.raises(ValueError):
        TimeRange.of("23:30", 60)
