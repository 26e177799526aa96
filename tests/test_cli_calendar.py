"""`kim-desktop calendar` in-process: the .ics file parsed back with icalendar."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy import select

from kim_desktop.domain.roles import Role
from kim_desktop.services import schedules
from kim_desktop.services.schedules import AppointmentInput
from kim_desktop.storage.schema import AuditEntry
from kim_desktop.storage.vault import Vault
from tests.services.casework import make_case
from tests.test_cli_sync import Kim, kim  # noqa: F401  (kim: the fixture running main() in-process)

PASSWORD = "richtig-geheim-42"
D = dt.date


@dataclass(frozen=True)
class Planned:
    path: Path
    appointment_id: str


@pytest.fixture
def planned(tmp_path: Path) -> Planned:
    """Mondays Königswinter, Fridays Hennef; leave the week of 14.12.2026; an appointment with
    Amina Haddad's case on 07.12.2026."""
    path = tmp_path / "cm.kimvault"
    vault = Vault.create(path, PASSWORD, role=Role.CASE_MANAGER, display_name="Test", team=1,
                         municipalities=("05382024", "05382020"))
    with vault:
        schedules.save_pattern(vault, weekday=0, municipality_ags="05382024",
                               office_hours="09:00-12:00;13:00-15:00",
                               valid_from=D(2026, 1, 1), place="Rathaus Königswinter, Raum 1.12")
        schedules.save_pattern(vault, weekday=4, municipality_ags="05382020", office_hours="09:00-12:00",
                               valid_from=D(2026, 1, 1), place="Rathaus Hennef, Raum 2.14")
        for day in range(14, 19):
            schedules.add_exception(vault, D(2026, 12, day), "leave")
        _client, case_id = make_case(vault, "Amina", "Haddad")
        saved = schedules.save_appointment(vault, AppointmentInput(D(2026, 12, 7), "09:30", 45, "beratung",
                                                                   case_id=case_id))
    assert saved.appointment_id
    return Planned(path, saved.appointment_id)


def events(path: Path) -> list:  # type: ignore[type-arg]
    calendar = Calendar.from_ical(path.read_bytes())
    return list(calendar.walk("VEVENT"))


def start_of(event) -> dt.datetime:  # type: ignore[no-untyped-def]
    return event.decoded("DTSTART")


def test_the_file_holds_office_hours_and_appointments(planned: Planned, kim: Kim, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "dezember.ics"
    ran = kim("calendar", "--vault", planned.path, "--from", "01.12.2026", "--to", "31.12.2026", "--out", out)
    assert ran.code == 0, ran.err
    assert ran.err == ""
    found = events(out)
    office = [e for e in found if str(e["X-KIM-KIND"]) == "office-hours"]
    days = {start_of(e).date() for e in office}
    assert {d.weekday() for d in days} == {0, 4}
    assert D(2026, 12, 7) in days and D(2026, 12, 4) in days
    assert D(2026, 12, 25) not in days  # Christmas Day, a Friday
    assert not any(D(2026, 12, 14) <= d <= D(2026, 12, 18) for d in days)  # leave
    first = next(e for e in office if start_of(e) == dt.datetime(2026, 12, 7, 9, tzinfo=start_of(e).tzinfo))
    assert first["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert "Rathaus Königswinter, Raum 1.12" in str(first["LOCATION"])
    apps = [e for e in found if str(e["X-KIM-KIND"]) == "appointment"]
    assert len(apps) == 1
    assert start_of(apps[0]).replace(tzinfo=None) == dt.datetime(2026, 12, 7, 9, 30)
    assert (apps[0].decoded("DTEND") - start_of(apps[0])) == dt.timedelta(minutes=45)
    assert "Haddad" not in out.read_text(encoding="utf-8")


def test_uids_are_stable_across_two_exports(planned: Planned, kim: Kim, tmp_path: Path) -> None:  # noqa: F811
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    assert kim("calendar", "--vault", planned.path, "--from", "2026-12-01", "--to", "2026-12-31",
               "--out", first).code == 0
    assert kim("calendar", "--vault", planned.path, "--from", "01.12.2026", "--to", "31.12.2026",
               "--out", second).code == 0
    uids = [str(e["UID"]) for e in events(first)]
    assert uids == [str(e["UID"]) for e in events(second)]
    assert len(set(uids)) == len(uids) > 1


def test_names_only_with_the_option_and_a_warning(planned: Planned, kim: Kim, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "mit-namen.ics"
    ran = kim("calendar", "--vault", planned.path, "--from", "01.12.2026", "--to", "31.12.2026",
              "--with-names", "--out", out)
    assert ran.code == 0
    assert "Namen" in ran.err and str(out) in ran.err
    app = next(e for e in events(out) if str(e["X-KIM-KIND"]) == "appointment")
    assert "Amina Haddad" in str(app["SUMMARY"])
    with Vault.open(planned.path, PASSWORD) as vault, vault.reader() as session:
        actions = [e.action for e in session.scalars(select(AuditEntry))]
    assert "calendar.exported-with-names" in actions


@pytest.mark.parametrize(("first", "last", "word"), [
    ("31.02.2026", "31.03.2026", "28 Tage"),
    ("2026-02-31", "2026-03-31", "gibt es nicht"),
    ("01.12.2026", "30.11.2026", "vor"),
    ("01.01.2026", "05.02.2027", "400"),
])
def test_bad_ranges_exit_2_with_one_line(planned: Planned, kim: Kim, tmp_path: Path,  # noqa: F811
                                        first: str, last: str, word: str) -> None:
    out = tmp_path / "x.ics"
    ran = kim("calendar", "--vault", planned.path, "--from", first, "--to", last, "--out", out)
    assert ran.code == 2
    assert len(ran.err.strip().splitlines()) == 1 and word in ran.err
    assert not out.exists()


def test_a_range_of_400_days_is_accepted(planned: Planned, kim: Kim, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "jahr.ics"
    ran = kim("calendar", "--vault", planned.path, "--from", "01.12.2026", "--to", "04.01.2028",
              "--out", out)
    assert ran.code == 0, ran.err
    assert len(events(out)) > 100
