"""The schedule as calendar entries: office hours from the pattern minus holidays and absences,
appointments with kind and duration, stable uid sources, client names only when asked."""

from __future__ import annotations

import datetime as dt

import pytest

from kim_desktop.services import schedules
from kim_desktop.services.calendar_entries import calendar_entries, office_uid_source
from kim_desktop.services.schedules import AppointmentInput
from tests.services.casework import make_case

D = dt.date
KOENIGSWINTER, HENNEF = "05382024", "05382020"
NAMES = {KOENIGSWINTER: "Königswinter", HENNEF: "Hennef (Sieg)"}


@pytest.fixture
def planned(vault):  # type: ignore[no-untyped-def]
    """Mondays Königswinter (two ranges), Fridays Hennef; leave on Monday 14.12.2026; one appointment
    with a case on Monday 07.12.2026 and one without on Friday 04.12.2026."""
    schedules.save_pattern(vault, weekday=0, municipality_ags=KOENIGSWINTER,
                           office_hours="09:00-12:00;13:00-15:00",
                           valid_from=D(2026, 1, 1), place="Rathaus Königswinter, Raum 1.12")
    schedules.save_pattern(vault, weekday=4, municipality_ags=HENNEF, office_hours="09:00-12:00",
                           valid_from=D(2026, 1, 1), place="Rathaus Hennef, Raum 2.14")
    schedules.add_exception(vault, D(2026, 12, 14), "leave")
    _client, case_id = make_case(vault, "Amina", "Haddad")
    with_case = schedules.save_appointment(vault, AppointmentInput(
        D(2026, 12, 7), "09:30", 45, "beratung", case_id=case_id, interpreter_language="Arabisch"))
    without = schedules.save_appointment(vault, AppointmentInput(D(2026, 12, 4), "10:00", 30,
                                                                 "erstgespraech"))
    assert with_case.appointment_id and without.appointment_id
    return vault, with_case.appointment_id, without.appointment_id


def entries(vault, with_names: bool = False):  # type: ignore[no-untyped-def]
    with vault.reader() as session:
        return calendar_entries(session, vault.profile.device_id, D(2026, 12, 1), D(2026, 12, 31),
                                municipality_names=NAMES, with_names=with_names)


def test_office_hours_follow_the_pattern_minus_holidays_and_leave(planned) -> None:  # type: ignore[no-untyped-def]
    vault, _, _ = planned
    office = [e for e in entries(vault) if e.kind == "office-hours"]
    days = sorted({e.day for e in office})
    # Mondays 7, 21, 28 (14 leave); Fridays 4, 11, 18 (25 Christmas Day)
    assert days == [D(2026, 12, d) for d in (4, 7, 11, 18, 21, 28)]
    monday = [e for e in office if e.day == D(2026, 12, 7)]
    assert [(e.start, e.end) for e in monday] == [(dt.time(9), dt.time(12)), (dt.time(13), dt.time(15))]
    assert monday[0].location == "Königswinter, Rathaus Königswinter, Raum 1.12"
    assert "Königswinter" in monday[0].summary
    friday = next(e for e in office if e.day == D(2026, 12, 4))
    assert friday.location == "Hennef (Sieg), Rathaus Hennef, Raum 2.14"
    assert monday[1].uid_source == office_uid_source(vault.profile.device_id, D(2026, 12, 7), dt.time(13))


def test_appointments_carry_kind_duration_and_their_id(planned) -> None:  # type: ignore[no-untyped-def]
    vault, with_case, without = planned
    apps = {e.uid_source: e for e in entries(vault) if e.kind == "appointment"}
    assert set(apps) == {f"appointment:{with_case}", f"appointment:{without}"}
    first = apps[f"appointment:{with_case}"]
    assert (first.day, first.start, first.end) == (D(2026, 12, 7), dt.time(9, 30), dt.time(10, 15))
    assert "Beratung" in first.summary
    assert "45 Minuten" in first.description and "Arabisch" not in first.description  # can point to a person
    named = next(e for e in entries(vault, with_names=True) if e.uid_source == f"appointment:{with_case}")
    assert "Arabisch" in named.description
    assert first.location.startswith("Königswinter")
    assert "Erstgespräch" in apps[f"appointment:{without}"].summary


def test_names_only_when_asked(planned) -> None:  # type: ignore[no-untyped-def]
    vault, with_case, without = planned
    plain = entries(vault)
    assert all(e.names == "" for e in plain)
    assert not any("Haddad" in f"{e.summary}{e.location}{e.description}" for e in plain)
    named = {e.uid_source: e.names for e in entries(vault, with_names=True)}
    assert named[f"appointment:{with_case}"] == "Amina Haddad"
    assert named[f"appointment:{without}"] == ""


def test_uid_sources_are_stable_and_unique(planned) -> None:  # type: ignore[no-untyped-def]
    vault, _, _ = planned
    first, second = [e.uid_source for e in entries(vault)], [e.uid_source for e in entries(vault)]
    assert first == second
    assert len(set(first)) == len(first)


def test_an_empty_schedule_gives_no_entries(vault) -> None:  # type: ignore[no-untyped-def]
    assert entries(vault) == []
