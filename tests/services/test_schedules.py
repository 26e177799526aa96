"""Day schedules through the service: pattern history, holidays, exceptions, appointment warnings,
free slots, daylight-saving days, tombstones, and the tables travelling in the Kreis export."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from kim_desktop.config.deployment import DEPLOYMENT_ENV, load_deployment
from kim_desktop.errors import InputRejected, RecordNotFound
from kim_desktop.services import schedules
from kim_desktop.services.schedules import ABSENT, ON_HOLIDAY, OUTSIDE_HOURS, OVERLAP, AppointmentInput
from kim_desktop.storage.schedule_tables import Appointment, ScheduleException, WeeklyPattern
from kim_desktop.storage.schema import AuditEntry
from kim_desktop.sync import export, package
from kim_desktop.sync.importer import IMPORTED
from tests.services.casework import make_case
from tests.sync import helpers

D = dt.date
KOENIGSWINTER, HENNEF, BAD_HONNEF = "05382024", "05382020", "05382008"
OTHER_CM = str(uuid.UUID(int=7))


def plan(vault, day: dt.date, slot: int = 30) -> schedules.DayPlan:  # type: ignore[no-untyped-def]
    with vault.reader() as session:
        return schedules.day_plan(session, vault.profile.device_id, day, slot)


def templates(result: schedules.SaveResult) -> list[str]:
    return [w.template for w in result.warnings]


@pytest.fixture
def weekly(vault):  # type: ignore[no-untyped-def]
    """Mondays Königswinter, Thursdays Hennef, from 2026-01-01 on."""
    schedules.save_pattern(vault, weekday=0, municipality_ags=KOENIGSWINTER,
                           office_hours="09:00-12:00;13:00-15:00",
                           valid_from=D(2026, 1, 1), place="Rathaus Königswinter, Raum 1")
    schedules.save_pattern(vault, weekday=3, municipality_ags=HENNEF, office_hours="09:00-12:00",
                           valid_from=D(2026, 1, 1), place="Rathaus Hennef, Raum 2.14")
    return vault


def test_a_pattern_change_mid_month_keeps_the_earlier_days(weekly) -> None:  # type: ignore[no-untyped-def]
    schedules.save_pattern(weekly, weekday=0, municipality_ags=BAD_HONNEF, office_hours="10:00-14:00",
                           valid_from=D(2026, 11, 16), place="Rathaus Bad Honnef")
    with weekly.reader() as session:
        overview = schedules.month_overview(session, weekly.profile.device_id, 2026, 11)
        rows = session.scalars(select(WeeklyPattern).where(WeeklyPattern.weekday == 0)
                               .order_by(WeeklyPattern.valid_from)).all()
    assert [(r.valid_from, r.valid_to) for r in rows] == [(D(2026, 1, 1), D(2026, 11, 15)),
                                                          (D(2026, 11, 16), None)]
    mondays = {p.day.day: p.municipality_ags for p in overview if p.day.weekday() == 0}
    assert mondays == {2: KOENIGSWINTER, 9: KOENIGSWINTER, 16: BAD_HONNEF, 23: BAD_HONNEF, 30: BAD_HONNEF}
    assert {p.day.day: p.municipality_ags for p in overview if p.day.weekday() == 3} == {
        5: HENNEF, 12: HENNEF, 19: HENNEF, 26: HENNEF}
    assert all(p.municipality_ags is None for p in overview if p.day.weekday() not in (0, 3))
    assert len(overview) == 30
    later = plan(weekly, D(2026, 11, 23))
    assert (later.place, [str(r) for r in later.office_hours]) == ("Rathaus Bad Honnef", ["10:00-14:00"])


def test_pattern_before_a_later_one_ends_in_time_and_same_day_replaces(weekly) -> None:  # type: ignore[no-untyped-def]
    schedules.save_pattern(weekly, weekday=2, municipality_ags=HENNEF, office_hours="09:00-10:00",
                           valid_from=D(2026, 12, 1))
    early = schedules.save_pattern(weekly, weekday=2, municipality_ags=BAD_HONNEF, office_hours="09:00-10:00",
                                   valid_from=D(2026, 11, 1))
    schedules.save_pattern(weekly, weekday=2, municipality_ags=KOENIGSWINTER, office_hours="11:00-12:00",
                           valid_from=D(2026, 12, 1))  # replaces the first
    with weekly.reader() as session:
        live = session.scalars(select(WeeklyPattern).where(WeeklyPattern.weekday == 2,
                                                           WeeklyPattern.deleted.is_(False))).all()
        assert session.get(WeeklyPattern, uuid.UUID(early)).valid_to == D(2026, 11, 30)
    assert len(live) == 2
    assert plan(weekly, D(2026, 12, 2)).municipality_ags == KOENIGSWINTER
    assert plan(weekly, D(2026, 11, 25)).municipality_ags == BAD_HONNEF
    schedules.end_pattern(weekly, early, D(2026, 11, 20))
    assert plan(weekly, D(2026, 11, 25)).municipality_ags is None
    with pytest.raises(InputRejected) as caught:
        schedules.end_pattern(weekly, early, D(2026, 10, 31))
    assert caught.value.field == "valid_to"


@pytest.mark.parametrize(("day", "holiday"), [
    (D(2026, 6, 4), "Fronleichnam"), (D(2026, 12, 24 + 2), "Zweiter Weihnachtstag"),
    (D(2026, 4, 6), "Ostermontag"), (D(2027, 5, 27), "Fronleichnam")])
def test_holidays_close_the_office(weekly, day: dt.date, holiday: str) -> None:  # type: ignore[no-untyped-def]
    if day.weekday() not in (0, 3):  # 26.12.2026 is a Saturday: give it office hours
        schedules.save_pattern(weekly, weekday=day.weekday(), municipality_ags=HENNEF,
                               office_hours="09:00-12:00", valid_from=D(2026, 1, 1))
    day_plan = plan(weekly, day)
    assert (day_plan.holiday, day_plan.municipality_ags, day_plan.office_hours, day_plan.free_slots) == (
        holiday, None, (), ())
    assert day_plan.regular_municipality_ags is not None
    result = schedules.save_appointment(weekly, AppointmentInput(day, "10:00", 30))
    assert result.appointment_id is None
    assert templates(result) == [ON_HOLIDAY, OUTSIDE_HOURS]
    assert holiday in result.warnings[0].text()
    assert plan(weekly, day).appointments == ()


def test_leave_with_substitute_sickness_and_training(weekly) -> None:  # type: ignore[no-untyped-def]
    schedules.add_exception(weekly, D(2026, 11, 23), "leave", substitute_device_id=OTHER_CM, note="Urlaub")
    schedules.add_exception(weekly, D(2026, 11, 26), "sickness")
    leave, sick = plan(weekly, D(2026, 11, 23)), plan(weekly, D(2026, 11, 26))
    assert (leave.absence, leave.substitute_device_id, leave.municipality_ags, leave.office_hours) == (
        "leave", OTHER_CM, None, ())
    assert leave.regular_municipality_ags == KOENIGSWINTER  # for the notice at the town hall
    assert (sick.absence, sick.substitute_device_id, sick.regular_municipality_ags) == (
        "sickness", None, HENNEF)
    result = schedules.save_appointment(weekly, AppointmentInput(D(2026, 11, 23), "09:00", 30))
    assert templates(result) == [ABSENT, OUTSIDE_HOURS]
    with pytest.raises(InputRejected) as caught:
        schedules.add_exception(weekly, D(2026, 11, 30), "training", substitute_device_id=OTHER_CM)
    assert caught.value.field == "substitute_device_id"
    with pytest.raises(InputRejected):
        schedules.add_exception(weekly, D(2026, 11, 30), "leave",
                                substitute_device_id=weekly.profile.device_id)


def test_extra_day_and_moved_hours(weekly) -> None:  # type: ignore[no-untyped-def]
    assert plan(weekly, D(2026, 11, 25)).municipality_ags is None  # a Wednesday without pattern
    schedules.add_exception(weekly, D(2026, 11, 25), "extra-day", municipality_ags=BAD_HONNEF,
                            office_hours="14:00-16:00", place="Rathaus Bad Honnef")
    schedules.add_exception(weekly, D(2026, 11, 30), "moved-hours", office_hours="14:00-18:00")
    extra, moved = plan(weekly, D(2026, 11, 25)), plan(weekly, D(2026, 11, 30))
    assert (extra.municipality_ags, extra.place, [str(r) for r in extra.office_hours]) == (
        BAD_HONNEF, "Rathaus Bad Honnef", ["14:00-16:00"])
    assert (moved.municipality_ags, moved.place, [str(r) for r in moved.office_hours]) == (
        KOENIGSWINTER, "Rathaus Königswinter, Raum 1", ["14:00-18:00"])
    # only that day
    assert plan(weekly, D(2026, 12, 7)).office_hours == plan(weekly, D(2026, 11, 23)).office_hours
    for kind, changes, field in [("extra-day", {"office_hours": "14:00-16:00"}, "municipality_ags"),
                                 ("extra-day", {"municipality_ags": HENNEF}, "office_hours"),
                                 ("moved-hours", {"office_hours": "16:00-14:00"}, "office_hours"),
                                 ("holiday", {}, "kind")]:
        with pytest.raises(InputRejected) as caught:
            schedules.add_exception(weekly, D(2026, 12, 2), kind, **changes)
        assert caught.value.field == field


def test_overlap_and_outside_hours_warn_and_force_saves(weekly) -> None:  # type: ignore[no-untyped-def]
    monday = D(2026, 11, 30)
    _, case_id = make_case(weekly)
    first = schedules.save_appointment(weekly, AppointmentInput(monday, "10:00", 60, "erstgespraech", case_id,
                                                                "Arabisch", "Dolmetscherin bestellt"))
    assert (first.warnings, first.appointment_id is not None) == ((), True)
    overlap = AppointmentInput(monday, "10:30", 60)
    warned = schedules.save_appointment(weekly, overlap)
    assert (warned.appointment_id, templates(warned)) == (None, [OVERLAP])
    assert warned.warnings[0].arguments == {"start": "10:00"}
    forced = schedules.save_appointment(weekly, overlap, force=True)
    assert forced.appointment_id and templates(forced) == [OVERLAP]
    late = schedules.save_appointment(weekly, AppointmentInput(monday, "14:30", 60, "hausbesuch"), force=True)
    assert templates(late) == [OUTSIDE_HOURS]
    day_plan = plan(weekly, monday)
    assert [(a.start, a.duration_minutes, a.kind) for a in day_plan.appointments] == [
        ("10:00", 60, "erstgespraech"), ("10:30", 60, "beratung"), ("14:30", 60, "hausbesuch")]
    assert day_plan.appointments[0].case_id == case_id
    assert [w.template for w in day_plan.warnings] == [OVERLAP, OUTSIDE_HOURS]
    assert [str(s) for s in day_plan.free_slots] == ["09:00-09:30", "09:30-10:00", "11:30-12:00",
                                                     "13:00-13:30", "13:30-14:00", "14:00-14:30"]
    # moving an appointment does not warn about itself
    moved = schedules.save_appointment(weekly, AppointmentInput(monday, "13:00", 60),
                                       appointment_id=forced.appointment_id)
    assert moved.warnings == () and moved.appointment_id == forced.appointment_id
    assert [str(s) for s in plan(weekly, monday, 60).free_slots] == ["09:00-10:00", "11:00-12:00"]


@pytest.mark.parametrize(("changes", "field"), [
    ({"start": "25:00"}, "start"), ({"start": "9"}, "start"), ({"duration_minutes": 0}, "duration_minutes"),
    ({"duration_minutes": 721}, "duration_minutes"),
    ({"start": "23:30", "duration_minutes": 60}, "duration_minutes"),
    ({"kind": "party"}, "kind")])
def test_invalid_appointments_are_refused(weekly, changes, field) -> None:  # type: ignore[no-untyped-def]
    data = {"on": D(2026, 11, 30), "start": "10:00", "duration_minutes": 30, **changes}
    with pytest.raises(InputRejected) as caught:
        schedules.save_appointment(weekly, AppointmentInput(**data), force=True)
    assert caught.value.field == field
    with pytest.raises(RecordNotFound):
        schedules.save_appointment(weekly, AppointmentInput(D(2026, 11, 30), "10:00", 30,
                                                            case_id=str(uuid.uuid4())))
    with weekly.reader() as session:
        assert session.scalars(select(Appointment)).all() == []


@pytest.mark.parametrize(("weekday", "bad"), [
    (7, {}), (0, {"office_hours": "9-12"}), (0, {"office_hours": ""}), (0, {"municipality_ags": " "})])
def test_invalid_patterns_are_refused(vault, weekday: int, bad: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    values = {"municipality_ags": HENNEF, "office_hours": "09:00-12:00", **bad}
    with pytest.raises(InputRejected):
        schedules.save_pattern(vault, weekday=weekday, valid_from=D(2026, 1, 1), **values)


def test_daylight_saving_days_keep_wall_clock_times(vault) -> None:  # type: ignore[no-untyped-def]
    schedules.save_pattern(vault, weekday=6, municipality_ags=HENNEF, office_hours="01:00-04:00;08:00-12:00",
                           valid_from=D(2026, 1, 1))
    for sunday in (D(2026, 3, 29), D(2026, 10, 25)):
        result = schedules.save_appointment(vault, AppointmentInput(sunday, "01:30", 90))
        assert result.warnings == ()  # 01:30 + 90 minutes ends at 03:00 on the wall clock
        day_plan = plan(vault, sunday)
        assert [str(s) for s in day_plan.free_slots[:2]] == ["01:00-01:30", "03:00-03:30"]
        assert len(day_plan.free_slots) == 1 + 2 + 8
    with vault.reader() as session:
        hours = schedules.office_hours_between(session, vault.profile.device_id, D(2026, 3, 22),
                                               D(2026, 10, 25))
    by_day = {(h.on, h.start): h for h in hours}
    # every Sunday from 22.03. to 25.10. (Easter Sunday is no NRW holiday)
    assert len({h.on for h in hours}) == 32
    before, spring = by_day[(D(2026, 3, 22), dt.time(8))], by_day[(D(2026, 3, 29), dt.time(8))]
    autumn = by_day[(D(2026, 10, 25), dt.time(8))]
    assert [h.starts_at.utcoffset() for h in (before, spring, autumn)] == [
        dt.timedelta(hours=1), dt.timedelta(hours=2), dt.timedelta(hours=1)]
    assert spring.ends_at - spring.starts_at == dt.timedelta(hours=4)
    assert (spring.end, spring.municipality_ags) == (dt.time(12), HENNEF)


def test_office_hours_between_leaves_out_holidays_and_absences(weekly) -> None:  # type: ignore[no-untyped-def]
    schedules.add_exception(weekly, D(2026, 12, 7), "training")
    with weekly.reader() as session:
        hours = schedules.office_hours_between(session, weekly.profile.device_id, D(2026, 12, 1),
                                               D(2026, 12, 31))
    days = sorted({h.on.day for h in hours})
    assert days == [3, 10, 14, 17, 21, 24, 28, 31]  # Mondays and Thursdays, not 7.12. (training)
    assert [(h.start, h.end) for h in hours if h.on == D(2026, 12, 14)] == [
        (dt.time(9), dt.time(12)), (dt.time(13), dt.time(15))]
    assert {h.place for h in hours if h.on.weekday() == 3} == {"Rathaus Hennef, Raum 2.14"}


def test_week_starts_on_monday(weekly) -> None:  # type: ignore[no-untyped-def]
    with weekly.reader() as session:
        days = schedules.week(session, weekly.profile.device_id, D(2026, 12, 23))  # a Wednesday
    assert [p.day for p in days] == [D(2026, 12, 21) + dt.timedelta(days=n) for n in range(7)]
    assert [p.municipality_ags for p in days] == [KOENIGSWINTER, None, None, HENNEF, None, None, None]
    assert days[4].holiday == "Erster Weihnachtstag"


def test_deleted_appointments_disappear_and_free_their_slot(weekly) -> None:  # type: ignore[no-untyped-def]
    monday = D(2026, 11, 30)
    kept = schedules.save_appointment(weekly, AppointmentInput(monday, "09:00", 30)).appointment_id
    gone = schedules.save_appointment(weekly, AppointmentInput(monday, "09:30", 30, note="Frau Notizmarker"))
    assert gone.appointment_id and kept
    schedules.delete_appointment(weekly, gone.appointment_id)
    day_plan = plan(weekly, monday)
    assert [a.id for a in day_plan.appointments] == [kept]
    assert str(day_plan.free_slots[0]) == "09:30-10:00"
    with weekly.reader() as session:
        row = session.get(Appointment, uuid.UUID(gone.appointment_id))
        actions = session.scalars(select(AuditEntry.action)
                                  .where(AuditEntry.record_id == gone.appointment_id)).all()
    assert (row.deleted, row.note) == (True, None)
    assert actions == ["appointment.added", "appointment.deleted"]
    with pytest.raises(RecordNotFound):
        schedules.delete_appointment(weekly, gone.appointment_id)
    exception_id = schedules.add_exception(weekly, monday, "sickness", note="Notiz")
    schedules.delete_exception(weekly, exception_id)
    assert plan(weekly, monday).absence is None


# --- sync ------------------------------------------------------------------------------------------

def test_schedule_tables_travel_in_the_kreis_export(tmp_path: Path) -> None:
    cm = helpers.new_case_manager(tmp_path / "cm.kimvault")
    coordinator = helpers.new_coordinator(tmp_path / "k.kimvault")
    try:
        helpers.introduce(cm, coordinator)
        schedules.save_pattern(cm, weekday=0, municipality_ags=KOENIGSWINTER, office_hours="09:00-12:00",
                               valid_from=D(2026, 1, 1), place="Rathaus Königswinter")
        schedules.add_exception(cm, D(2026, 11, 23), "leave", substitute_device_id=OTHER_CM,
                                note="Notizmarker")
        schedules.save_appointment(cm, AppointmentInput(D(2026, 11, 30), "09:00", 30, note="Terminmarker"))
        result = export.export_for_kreis(cm, helpers.shipped_deployment(), tmp_path / "out")
        tables = ("schedule_pattern", "schedule_exception", "appointment")
        assert {k: result.counts.get(k) for k in tables} == dict.fromkeys(tables, 1)
        opened = package.read(result.path.read_bytes(), helpers.keys_of(coordinator))
        appointment = opened.records["appointment"][0]
        assert json.dumps(appointment, ensure_ascii=False).count("Terminmarker") == 1  # a `full` team
        assert [o.status for o in helpers.import_all(coordinator, [result.path])] == [IMPORTED]
        with coordinator.reader() as session:  # the coordinator sees who is where
            cm_device = cm.profile.device_id
            assert schedules.day_plan(session, cm_device, D(2026, 11, 30)).municipality_ags == KOENIGSWINTER
            assert schedules.day_plan(session, cm_device, D(2026, 11, 23)).substitute_device_id == OTHER_CM
            assert len(session.scalars(select(ScheduleException)).all()) == 1
    finally:
        cm.close()
        coordinator.close()


def test_a_pseudonymised_team_keeps_schedule_notes_on_the_laptop(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DEPLOYMENT_ENV, str(helpers.pseudonymised_deployment(tmp_path, team=1)))
    deployment = load_deployment()
    cm = helpers.new_case_manager(tmp_path / "cm.kimvault", team=1)
    coordinator = helpers.new_coordinator(tmp_path / "k.kimvault")
    try:
        helpers.introduce(cm, coordinator)
        schedules.add_exception(cm, D(2026, 11, 23), "leave", note="Notizmarker")
        schedules.save_appointment(cm, AppointmentInput(D(2026, 11, 30), "09:00", 30, note="Terminmarker",
                                                        interpreter_language="Tigrinya"), force=True)
        result = export.export_for_kreis(cm, deployment, tmp_path / "out")
        plain = helpers.plaintext(result.path.read_bytes(), helpers.keys_of(coordinator))
        entries = b"".join(helpers.zip_entries(plain).values()).decode("utf-8", errors="replace")
        assert "Terminmarker" not in entries and "Notizmarker" not in entries
        assert result.counts.get("appointment") == 1 and "Tigrinya" in entries
    finally:
        cm.close()
        coordinator.close()
