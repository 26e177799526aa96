"""Editing the schedule as the dialogs do: a week's pattern in one go with its history, and leave
over several days (weekends and NRW holidays left out) in one transaction."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import select

from kim_desktop.errors import InputRejected
from kim_desktop.services import schedules
from kim_desktop.services.schedules import (
    END_BEFORE_FIRST,
    MOVED_WITHOUT_PATTERN,
    NO_WORKING_DAY,
    SINGLE_DAY_ONLY,
    SUBSTITUTE_ONLY_LEAVE,
    PatternDay,
)
from kim_desktop.storage.schedule_tables import ScheduleException, WeeklyPattern

D = dt.date
KOENIGSWINTER, HENNEF, BAD_HONNEF = "05382024", "05382020", "05382008"
OTHER_CM = str(uuid.UUID(int=7))
START = D(2026, 9, 1)


@pytest.fixture
def weekly(vault):  # type: ignore[no-untyped-def]
    """Monday Königswinter, Tuesday Hennef, Thursday Bad Honnef from 01.09.2026."""
    schedules.save_week_pattern(vault, {
        0: PatternDay(KOENIGSWINTER, "09:00-12:00;13:00-15:00", "Rathaus Königswinter, Raum 1"),
        1: PatternDay(HENNEF, "09:00-12:00", "Rathaus Hennef, Raum 2.14"),
        3: PatternDay(BAD_HONNEF, "10:00-14:00")}, START)
    return vault


def history(vault) -> list[tuple[int, str, dt.date, dt.date | None]]:  # type: ignore[no-untyped-def]
    with vault.reader() as session:
        return [(r.weekday, r.municipality_ags, r.valid_from, r.valid_to)
                for r in schedules.pattern_history(session, vault.profile.device_id)]


def municipality_on(vault, day: dt.date) -> str | None:  # type: ignore[no-untyped-def]
    with vault.reader() as session:
        return schedules.day_plan(session, vault.profile.device_id, day).municipality_ags


@contextmanager
def counting_transactions(vault, monkeypatch) -> Iterator[list[int]]:  # type: ignore[no-untyped-def]
    count = [0]
    real = vault.transaction

    @contextmanager
    def counted():  # type: ignore[no-untyped-def]
        count[0] += 1
        with real() as session:
            yield session

    monkeypatch.setattr(vault, "transaction", counted)
    yield count
    monkeypatch.setattr(vault, "transaction", real)


def test_a_week_change_mid_month_is_one_transaction_and_keeps_history(weekly, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    change = D(2026, 11, 16)
    with weekly.reader() as session:
        tuesday_before = schedules.pattern_on(session, weekly.profile.device_id, change)[1]
    with counting_transactions(weekly, monkeypatch) as count:
        new_ids = schedules.save_week_pattern(weekly, {
            0: PatternDay(BAD_HONNEF, "10:00-14:00", "Rathaus Bad Honnef"),
            1: PatternDay(HENNEF, " 09:00-12:00 ", " Rathaus Hennef, Raum 2.14 "),  # as before
            3: None,  # no office day any more
            4: PatternDay(HENNEF, "08:00-10:00")}, change)
    assert count == [1]
    assert len(new_ids) == 2
    assert history(weekly) == [
        (0, KOENIGSWINTER, START, D(2026, 11, 15)), (0, BAD_HONNEF, change, None),
        (1, HENNEF, START, None),
        (3, BAD_HONNEF, START, D(2026, 11, 15)),
        (4, HENNEF, change, None)]
    with weekly.reader() as session:
        assert schedules.pattern_on(session, weekly.profile.device_id, change)[1] == tuesday_before
    assert [municipality_on(weekly, D(2026, 11, d)) for d in (9, 12, 13)] == [KOENIGSWINTER, BAD_HONNEF, None]
    assert [municipality_on(weekly, D(2026, 11, d)) for d in (16, 17, 19, 20)] == [
        BAD_HONNEF, HENNEF, None, HENNEF]


def test_no_office_day_from_the_first_day_of_a_pattern_removes_it(weekly) -> None:  # type: ignore[no-untyped-def]
    later = D(2027, 1, 4)
    schedules.save_week_pattern(weekly, {2: PatternDay(HENNEF, "09:00-11:00")}, later)
    schedules.save_week_pattern(weekly, {2: None, 3: None}, later)
    assert [h for h in history(weekly) if h[0] in (2, 3)] == [(3, BAD_HONNEF, START, D(2027, 1, 3))]
    with weekly.reader() as session:
        gone = session.scalars(select(WeeklyPattern).where(WeeklyPattern.weekday == 2)).one()
    assert gone.deleted
    assert schedules.save_week_pattern(weekly, {5: None}, later) == []  # nothing to end


def test_an_earlier_change_stops_before_a_planned_one(weekly) -> None:  # type: ignore[no-untyped-def]
    schedules.save_week_pattern(weekly, {0: PatternDay(HENNEF, "09:00-12:00")}, D(2027, 1, 4))
    schedules.save_week_pattern(weekly, {0: PatternDay(BAD_HONNEF, "09:00-12:00")}, D(2026, 12, 7))
    assert [h for h in history(weekly) if h[0] == 0] == [
        (0, KOENIGSWINTER, START, D(2026, 12, 6)), (0, BAD_HONNEF, D(2026, 12, 7), D(2027, 1, 3)),
        (0, HENNEF, D(2027, 1, 4), None)]


def test_one_bad_day_saves_nothing(weekly, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    before = history(weekly)
    with pytest.raises(InputRejected) as caught:
        schedules.save_week_pattern(weekly, {0: PatternDay(HENNEF, "09:00-12:00"),
                                             2: PatternDay(HENNEF, "9 bis 12")}, D(2026, 12, 7))
    assert caught.value.field == "2.office_hours"
    with pytest.raises(InputRejected) as caught:
        schedules.save_week_pattern(weekly, {4: PatternDay(" ", "09:00-12:00")}, D(2026, 12, 7))
    assert caught.value.field == "4.municipality_ags"
    with pytest.raises(InputRejected) as caught:
        schedules.save_week_pattern(weekly, {7: None}, D(2026, 12, 7))
    assert caught.value.field == "weekday"
    # a failure half-way through the transaction leaves the earlier weekdays untouched as well
    real_put = schedules._put_pattern
    calls = []

    def failing_put(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(args[2])
        if len(calls) == 2:
            raise RuntimeError("power cut")
        return real_put(*args, **kwargs)

    monkeypatch.setattr(schedules, "_put_pattern", failing_put)
    with pytest.raises(RuntimeError):
        schedules.save_week_pattern(weekly, {0: PatternDay(HENNEF, "09:00-12:00"),
                                             2: PatternDay(HENNEF, "09:00-12:00")}, D(2026, 12, 7))
    assert calls == [0, 2]
    assert history(weekly) == before


def test_save_pattern_still_works_and_day_plan_knows_the_regular_place(weekly) -> None:  # type: ignore[no-untyped-def]
    schedules.save_pattern(weekly, weekday=1, municipality_ags=HENNEF, office_hours="13:00-15:00",
                           valid_from=D(2026, 11, 1), place="Rathaus Hennef, Raum 0.01")
    schedules.add_exception(weekly, D(2026, 11, 24), "sickness")
    with weekly.reader() as session:
        sick = schedules.day_plan(session, weekly.profile.device_id, D(2026, 11, 24))
    assert (sick.absence, sick.place, sick.regular_municipality_ags, sick.regular_place) == (
        "sickness", None, HENNEF, "Rathaus Hennef, Raum 0.01")


def days_of(vault, kind: str) -> list[dt.date]:  # type: ignore[no-untyped-def]
    with vault.reader() as session:
        return list(session.scalars(select(ScheduleException.on).where(
            ScheduleException.kind == kind, ScheduleException.deleted.is_(False))
            .order_by(ScheduleException.on)))


def test_leave_over_christmas_skips_weekends_and_holidays(weekly, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    with counting_transactions(weekly, monkeypatch) as count:
        ids = schedules.add_exceptions(weekly, D(2026, 12, 21), D(2027, 1, 1), "leave",
                                       substitute_device_id=OTHER_CM, note="Winterurlaub")
    assert count == [1]
    expected = [D(2026, 12, d) for d in (21, 22, 23, 24, 28, 29, 30, 31)]  # 25./26.12., 1.1. holidays
    assert days_of(weekly, "leave") == expected and len(ids) == 8
    with weekly.reader() as session:
        on_24th = schedules.exceptions_on(session, weekly.profile.device_id, D(2026, 12, 24))
    assert [(e.kind, e.substitute_device_id, e.note) for e in on_24th] == [
        ("leave", OTHER_CM, "Winterurlaub")]
    # entering the same leave again adds nothing twice; a Saturday with office hours counts
    schedules.save_pattern(weekly, weekday=5, municipality_ags=HENNEF, office_hours="09:00-12:00",
                           valid_from=D(2027, 1, 1))
    schedules.add_exceptions(weekly, D(2026, 12, 28), D(2027, 1, 4), "leave")
    assert days_of(weekly, "leave") == [*expected, D(2027, 1, 2), D(2027, 1, 4)]


def test_single_day_kinds_and_substitutes(weekly) -> None:  # type: ignore[no-untyped-def]
    saturday = D(2026, 11, 28)
    schedules.add_exceptions(weekly, saturday, saturday, "extra-day", municipality_ags=HENNEF,
                             office_hours="10:00-12:00", place="Bürgerhaus")
    assert days_of(weekly, "extra-day") == [saturday]  # named explicitly: a weekend day is fine
    cases = [(dict(first=D(2026, 12, 1), last=D(2026, 12, 2), kind="moved-hours", office_hours="14:00-16:00"),
              "last", SINGLE_DAY_ONLY),
             (dict(first=D(2026, 12, 2), last=D(2026, 12, 1), kind="leave"), "last", END_BEFORE_FIRST),
             (dict(first=D(2026, 12, 1), last=D(2026, 12, 4), kind="training", substitute_device_id=OTHER_CM),
              "substitute_device_id", SUBSTITUTE_ONLY_LEAVE),
             (dict(first=D(2026, 12, 26), last=D(2026, 12, 27), kind="sickness"), "first", NO_WORKING_DAY),
             (dict(first=D(2026, 1, 1), last=D(2027, 1, 2), kind="leave"), "last", None),
             (dict(first=D(2026, 12, 2), last=D(2026, 12, 2), kind="moved-hours", office_hours="14:00-16:00"),
              "municipality_ags", MOVED_WITHOUT_PATTERN)]  # a Wednesday without office day
    for arguments, field, template in cases:
        with pytest.raises(InputRejected) as caught:
            schedules.add_exceptions(weekly, **arguments)
        assert caught.value.field == field
        if template is not None:
            assert caught.value.reason.template == template
    assert days_of(weekly, "leave") == days_of(weekly, "training") == days_of(weekly, "sickness") == []
    assert days_of(weekly, "moved-hours") == []
    schedules.add_exceptions(weekly, D(2026, 12, 2), D(2026, 12, 2), "moved-hours", municipality_ags=HENNEF,
                             office_hours="14:00-16:00")
    thursday = D(2026, 12, 3)  # Bad Honnef in the pattern
    schedules.add_exceptions(weekly, thursday, thursday, "moved-hours", office_hours="14:00-16:00")
    assert days_of(weekly, "moved-hours") == [D(2026, 12, 2), D(2026, 12, 3)]


@pytest.mark.parametrize(("town", "expected_place"), [
    ("", "Rathaus Königswinter, Raum 1"),  # moved within the usual town: the usual room
    (KOENIGSWINTER, "Rathaus Königswinter, Raum 1"),
    (HENNEF, None),  # moved to another town: not the Königswinter room
])
def test_moved_hours_keep_the_usual_room_only_in_the_usual_town(weekly, town: str,
                                                                expected_place: str | None) -> None:  # type: ignore[no-untyped-def]
    monday = D(2026, 11, 23)
    schedules.add_exception(weekly, monday, "moved-hours", municipality_ags=town, office_hours="14:00-16:00")
    schedules.add_exception(weekly, D(2026, 11, 25), "extra-day", municipality_ags=HENNEF,
                            office_hours="09:00-11:00")
    with weekly.reader() as session:
        moved = schedules.day_plan(session, weekly.profile.device_id, monday)
        extra = schedules.day_plan(session, weekly.profile.device_id, D(2026, 11, 25))
    assert (moved.municipality_ags, moved.place) == (town or KOENIGSWINTER, expected_place)
    assert (extra.municipality_ags, extra.place) == (HENNEF, None)
