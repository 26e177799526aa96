"""What the schedule page reads: case choices and labels, the day's timeline, consultation prefill."""

from __future__ import annotations

import datetime as dt

import pytest

from kim_desktop.domain.case_cycle import Phase
from kim_desktop.services import cases, schedule_views, schedules
from kim_desktop.services.schedules import AppointmentInput
from tests.services.casework import make_case

D = dt.date
MONDAY = D(2026, 11, 23)
BAD_HONNEF = "05382008"


def test_case_choices_are_open_cases_by_name_and_keep_an_included_closed_one(vault) -> None:  # type: ignore[no-untyped-def]
    _, zora = make_case(vault, "Zora", "Yilmaz")
    _, adam = make_case(vault, "Adam", "Berisha")
    _, closed = make_case(vault, "Mila", "Closedcase")
    cases.change_phase(vault, closed, Phase.CLOSED, on=D(2026, 2, 1), closing_reason="goals-achieved",
                       today=D(2026, 2, 1))
    with vault.reader() as session:
        choices = schedule_views.case_choices(session, vault.profile.device_id)
        with_closed = schedule_views.case_choices(session, vault.profile.device_id, include=closed)
        labels = schedule_views.case_labels(session, [zora, None, closed])
    assert [c.case_id for c in choices] == [adam, zora]
    assert choices[0].label.startswith("Adam Berisha (") and choices[0].label.endswith(")")
    assert [(c.case_id, c.closed) for c in with_closed] == [(adam, False), (closed, True), (zora, False)]
    assert set(labels) == {zora, closed} and labels[zora].startswith("Zora Yilmaz (")


def test_timeline_interleaves_free_slots_and_prefill_takes_the_day(vault) -> None:  # type: ignore[no-untyped-def]
    _, case_id = make_case(vault)
    schedules.save_pattern(vault, weekday=0, municipality_ags=BAD_HONNEF, office_hours="09:00-11:00",
                           valid_from=D(2026, 1, 1), place="Rathaus, Raum 1")
    schedules.save_appointment(vault, AppointmentInput(MONDAY, "09:30", 45, case_id=case_id,
                                                       interpreter_language="Farsi"))
    with vault.reader() as session:
        plan = schedules.day_plan(session, vault.profile.device_id, MONDAY)
        scheduled = schedule_views.scheduled_municipality(session, vault, MONDAY)
        free_day = schedule_views.scheduled_municipality(session, vault, MONDAY + dt.timedelta(days=1))
    entries = schedule_views.timeline(plan)
    assert [(str(e.span), e.appointment is not None) for e in entries] == [
        ("09:00-09:30", False), ("09:30-10:15", True), ("10:15-10:45", False)]
    prefill = schedule_views.consultation_prefill(plan, entries[1].appointment)
    assert prefill == schedule_views.ConsultationPrefill(MONDAY, "09:30", 45, BAD_HONNEF, "Rathaus, Raum 1",
                                                         "Farsi", "in-person")
    assert (scheduled, free_day) == (BAD_HONNEF, None)


@pytest.mark.parametrize(("kind", "contact", "place"), [
    ("beratung", "in-person", "Rathaus, Raum 1"), ("erstgespraech", "in-person", "Rathaus, Raum 1"),
    ("hausbesuch", "home-visit", ""), ("begleitung", "accompaniment", ""), ("intern", None, "Rathaus, Raum 1")])
def test_prefill_takes_the_contact_type_from_the_kind_and_no_office_room_outside(
        vault, kind: str, contact: str | None, place: str) -> None:  # type: ignore[no-untyped-def]
    _, case_id = make_case(vault)
    schedules.save_pattern(vault, weekday=0, municipality_ags=BAD_HONNEF, office_hours="09:00-11:00",
                           valid_from=D(2026, 1, 1), place="Rathaus, Raum 1")
    schedules.save_appointment(vault, AppointmentInput(MONDAY, "09:30", 45, kind=kind, case_id=case_id))
    with vault.reader() as session:
        plan = schedules.day_plan(session, vault.profile.device_id, MONDAY)
    prefill = schedule_views.consultation_prefill(plan, plan.appointments[0])
    assert (prefill.contact_type, prefill.place) == (contact, place)


def test_two_cases_of_one_client_are_told_apart_by_their_opening_date(vault) -> None:  # type: ignore[no-untyped-def]
    client_id, first = make_case(vault, "Olena", "Shevchenko")
    second = cases.open_case(vault, client_id, municipality_ags=BAD_HONNEF, opened_on=D(2026, 9, 2),
                             today=D(2026, 9, 2))
    _, other = make_case(vault, "Adam", "Berisha")
    with vault.reader() as session:
        labels = {c.case_id: c.label for c in schedule_views.case_choices(session, vault.profile.device_id)}
    assert labels[second].endswith(" · 02.09.2026") and labels[first] != labels[second]
    assert "·" not in labels[other]
