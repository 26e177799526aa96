"""Demo schedule: a pattern without end date in the owner's municipalities, leave and training,
appointments around today in office hours and linked to the owner's demo cases, same seed same rows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from kim_desktop.config.deployment import load_deployment
from kim_desktop.domain import schedule_rules as rules
from kim_desktop.domain.roles import Role
from kim_desktop.services import schedules
from kim_desktop.services.demo_data import fill_demo_data
from kim_desktop.services.demo_schedule import fill_demo_schedule
from kim_desktop.storage.consultation_tables import Case
from kim_desktop.storage.schedule_tables import Appointment, ScheduleException, WeeklyPattern
from kim_desktop.storage.vault import Vault

TODAY = dt.date(2026, 11, 26)  # a Thursday
PASSWORD = "richtig-geheim-42"


def rows(vault: Vault, model: type) -> list:  # type: ignore[type-arg]
    with vault.reader() as session:
        return list(session.scalars(select(model)))


def test_pattern_exceptions_and_appointments(vault: Vault) -> None:
    fill_demo_data(vault, 200, seed=3, deployment=load_deployment(), today=TODAY)
    owner = vault.profile.device_id
    patterns = rows(vault, WeeklyPattern)
    assert 1 <= len(patterns) <= 3
    assert {p.municipality_ags for p in patterns} == set(vault.profile.municipalities)
    assert all(p.valid_to is None and p.valid_from < TODAY - dt.timedelta(weeks=8) for p in patterns)
    assert all(p.owner_device_id == owner and p.weekday < 5 for p in patterns)
    assert all(p.place.startswith("Rathaus ") for p in patterns)
    kinds = [e.kind for e in rows(vault, ScheduleException)]
    assert kinds.count("leave") == 5 and kinds.count("training") == 1
    apps = rows(vault, Appointment)
    assert 10 <= len(apps) <= 200
    assert min(a.on for a in apps) < TODAY < max(a.on for a in apps)
    assert max(abs((a.on - TODAY).days) for a in apps) <= 5 * 7
    with vault.reader() as session:
        cases = {c.id: c for c in session.scalars(select(Case))}
        for day in sorted({a.on for a in apps}):
            plan = schedules.day_plan(session, owner, day)
            assert plan.holiday is None and plan.absence is None and plan.municipality_ags
            assert plan.warnings == (), day  # inside office hours, no overlaps
    linked = [a for a in apps if a.case_id is not None]
    assert linked
    assert all(cases[a.case_id].owner_device_id == owner for a in linked)
    assert all(cases[a.case_id].closed_on is None for a in linked)
    assert all(a.kind in set(rules.AppointmentKind) for a in apps)


def test_same_seed_same_schedule(tmp_path: Path) -> None:
    def made(name: str, seed: int) -> list[tuple]:  # type: ignore[type-arg]
        vault = Vault.create(tmp_path / f"{name}.kimvault", PASSWORD, role=Role.CASE_MANAGER,
                             display_name="T", team=1, municipalities=("05382024", "05382008", "05382020"))
        with vault:
            fill_demo_data(vault, 100, seed=seed, deployment=load_deployment(), today=TODAY)
            return sorted((str(a.id), a.on, a.start, a.duration_minutes, str(a.case_id)) for a in
                          rows(vault, Appointment)) + sorted((p.weekday, p.municipality_ags, p.office_hours)
                                                            for p in rows(vault, WeeklyPattern))
    first = made("a", 5)
    assert first == made("b", 5)
    assert first != made("c", 6)


def test_three_municipalities_on_three_weekdays_and_no_second_fill(tmp_path: Path) -> None:
    vault = Vault.create(tmp_path / "t.kimvault", PASSWORD, role=Role.CASE_MANAGER, display_name="T", team=1,
                         municipalities=("05382024", "05382008", "05382020"))
    with vault:
        first = fill_demo_schedule(vault, load_deployment(), seed=1, today=TODAY)
        patterns = rows(vault, WeeklyPattern)
        assert first.patterns == 3 and len({p.weekday for p in patterns}) == 3
        assert len({p.municipality_ags for p in patterns}) == 3
        again = fill_demo_schedule(vault, load_deployment(), seed=2, today=TODAY)
        assert again.appointments == 0 and len(rows(vault, Appointment)) == first.appointments


def test_a_coordinator_gets_no_schedule(tmp_path: Path) -> None:
    vault = Vault.create(tmp_path / "k.kimvault", PASSWORD, role=Role.COORDINATOR, display_name="K")
    with vault:
        assert fill_demo_schedule(vault, load_deployment(), seed=1, today=TODAY).patterns == 0
        assert rows(vault, WeeklyPattern) == []
