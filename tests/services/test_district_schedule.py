"""The coordinator's district week: who is where on which day, from imported patterns and
exceptions of several devices, without any client data."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest

from kim_desktop.domain.roles import Role
from kim_desktop.services.district_schedule import district_week
from kim_desktop.storage.schedule_tables import Appointment, ScheduleException, WeeklyPattern
from kim_desktop.storage.schema import DEVICE_KEY, VaultProfile
from kim_desktop.storage.vault import Vault
from tests.coordinator_helpers import new_coordinator_vault

D = dt.date
MONDAY = D(2026, 11, 30)
HENNEF, KOENIGSWINTER, SIEGBURG = "05382020", "05382024", "05382060"
DEVICE_A, DEVICE_B, DEVICE_UNKNOWN = (str(uuid.uuid4()) for _ in range(3))
NOTE_MARKER = "Notizmarker Quappenweg"
NEW_YEAR = D(2026, 1, 1)


def add_profile(vault: Vault, device: str, name: str, team: int) -> None:
    """A case manager's profile as the importer stores it: written by (stamped with) that device."""
    with vault.transaction() as session:
        session.info[DEVICE_KEY] = device
        session.add(VaultProfile(vault_id=str(uuid.uuid4()), role=str(Role.CASE_MANAGER), display_name=name,
                                 team=team, municipalities=""))


def add_pattern(vault: Vault, device: str, weekday: int, ags: str, hours: str = "09:00-12:00",
                place: str | None = None, valid_from: dt.date = NEW_YEAR,
                valid_to: dt.date | None = None) -> None:
    with vault.transaction() as session:
        session.add(WeeklyPattern(id=uuid.uuid4(), owner_device_id=device, weekday=weekday,
                                  municipality_ags=ags, place=place, office_hours=hours,
                                  valid_from=valid_from, valid_to=valid_to))


def add_exception(vault: Vault, device: str, on: dt.date, kind: str, **values: object) -> None:
    with vault.transaction() as session:
        session.add(ScheduleException(id=uuid.uuid4(), owner_device_id=device, on=on, kind=kind, **values))


@pytest.fixture
def coordinator(tmp_path: Path):  # type: ignore[no-untyped-def]
    with new_coordinator_vault(tmp_path) as vault:
        yield vault


@pytest.fixture
def district(coordinator: Vault) -> Vault:
    """A: Mo Hennef, Do Königswinter, leave on Thursday 03.12. with B standing in.
    B: Mo+Di Siegburg, one appointment on Monday. A device without profile: Fr Hennef."""
    add_profile(coordinator, DEVICE_A, "Maria Schäfer", 2)
    add_profile(coordinator, DEVICE_B, "Jonas Becker", 1)
    add_pattern(coordinator, DEVICE_A, 0, HENNEF, place="Rathaus Hennef, Raum 2.14")
    add_pattern(coordinator, DEVICE_A, 3, KOENIGSWINTER, "09:00-12:00;13:00-15:30")
    add_exception(coordinator, DEVICE_A, D(2026, 12, 3), "leave", substitute_device_id=DEVICE_B,
                  note=NOTE_MARKER)
    add_pattern(coordinator, DEVICE_B, 0, SIEGBURG)
    add_pattern(coordinator, DEVICE_B, 1, SIEGBURG)
    add_pattern(coordinator, DEVICE_UNKNOWN, 4, HENNEF)
    with coordinator.transaction() as session:
        session.add(Appointment(id=uuid.uuid4(), owner_device_id=DEVICE_B, on=MONDAY, start="09:30",
                                duration_minutes=30, kind="beratung", case_id=uuid.uuid4(), note=NOTE_MARKER))
    return coordinator


def test_people_by_team_with_their_days(district: Vault) -> None:
    with district.reader() as session:
        week = district_week(session, D(2026, 12, 2))  # any day of the week
    assert week.monday == MONDAY and week.imported
    assert week.days == tuple(MONDAY + dt.timedelta(days=n) for n in range(5))
    assert [(p.label, p.team) for p in week.people] == [
        ("Jonas Becker", 1), ("Maria Schäfer", 2), (f"Gerät {DEVICE_UNKNOWN[:8]}", None)]
    becker, schaefer, unknown = week.people
    assert [d.municipality_ags for d in becker.days] == [SIEGBURG, SIEGBURG, None, None, None]
    assert becker.days[0].appointments == 1
    monday = schaefer.days[0]
    assert (monday.municipality_ags, monday.place) == (HENNEF, "Rathaus Hennef, Raum 2.14")
    thursday = schaefer.days[3]
    assert thursday.municipality_ags is None and thursday.absence == "leave"
    assert thursday.substitute == "Jonas Becker" and thursday.regular_municipality_ags == KOENIGSWINTER
    assert [d.municipality_ags for d in unknown.days] == [None, None, None, None, HENNEF]


def test_no_client_data_in_the_week(district: Vault) -> None:
    with district.reader() as session:
        week = district_week(session, MONDAY)
    assert NOTE_MARKER not in repr(week)
    assert "case_id" not in repr(week)


def test_inverted_view_per_municipality(district: Vault) -> None:
    with district.reader() as session:
        visits = district_week(session, MONDAY).by_municipality()
    assert set(visits) == {HENNEF, SIEGBURG}  # Königswinter only on Thursday, and then on leave
    assert [(v.day, v.label) for v in visits[HENNEF]] == [
        (MONDAY, "Maria Schäfer"), (D(2026, 12, 4), f"Gerät {DEVICE_UNKNOWN[:8]}")]
    assert [v.day for v in visits[SIEGBURG]] == [MONDAY, D(2026, 12, 1)]


def test_holiday_for_everyone_and_weekend_only_when_someone_works(district: Vault) -> None:
    with district.reader() as session:
        christmas = district_week(session, D(2026, 12, 21))
    assert [d.holiday is not None for d in christmas.people[0].days] == [False] * 4 + [True]  # 25.12.
    assert len(christmas.days) == 5
    add_exception(district, DEVICE_B, D(2026, 12, 5), "extra-day", municipality_ags=HENNEF,
                  office_hours="10:00-12:00")
    with district.reader() as session:
        week = district_week(session, MONDAY)
    assert len(week.days) == 7
    assert week.people[0].days[5].municipality_ags == HENNEF


def test_ended_patterns_leave_no_row(coordinator: Vault) -> None:
    add_pattern(coordinator, DEVICE_A, 0, HENNEF, valid_from=D(2025, 1, 1), valid_to=D(2025, 12, 31))
    with coordinator.reader() as session:
        week = district_week(session, MONDAY)
    assert week.people == () and week.imported


def test_nothing_imported(coordinator: Vault) -> None:
    with coordinator.reader() as session:
        week = district_week(session, MONDAY)
    assert week.people == () and not week.imported
