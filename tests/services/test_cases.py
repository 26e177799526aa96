"""Cases through the service: the phase cycle with dates, goals, consents, the views' reads, audit."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from kim_desktop.domain.case_cycle import Phase
from kim_desktop.domain.catalogues import ClosingReason, GoalStatus
from kim_desktop.domain.consent import Consent
from kim_desktop.errors import InputRejected
from kim_desktop.services import cases
from kim_desktop.storage.consultation_tables import Case
from tests.services.casework import TODAY, make_case

D = dt.date


def test_a_new_case_starts_in_clearing_with_its_first_phase_change(vault) -> None:
    _, case_id = make_case(vault, opened=D(2026, 2, 1))
    with vault.reader() as session:
        detail = cases.case_detail(session, case_id)
    assert detail.case.phase == Phase.CLEARING
    assert [(p.phase, p.changed_on) for p in detail.phases] == [("clearing", D(2026, 2, 1))]


def test_phases_move_forward_one_at_a_time_and_closing_needs_a_reason(vault) -> None:
    _, case_id = make_case(vault)
    cases.change_phase(vault, case_id, Phase.ASSESSMENT, on=D(2026, 2, 1), today=TODAY)
    with pytest.raises(InputRejected) as skipped:
        cases.change_phase(vault, case_id, Phase.MONITORING, on=D(2026, 2, 2), today=TODAY)
    assert skipped.value.field == "phase"
    with pytest.raises(InputRejected):
        cases.change_phase(vault, case_id, Phase.CLOSED, on=D(2026, 3, 1), today=TODAY)
    with pytest.raises(InputRejected):  # before the last change
        cases.change_phase(vault, case_id, Phase.PLANNING, on=D(2026, 1, 31), today=TODAY)
    with pytest.raises(InputRejected):  # in the future
        cases.change_phase(vault, case_id, Phase.PLANNING, on=D(2026, 11, 26), today=TODAY)
    cases.change_phase(vault, case_id, Phase.CLOSED, on=D(2026, 3, 1), closing_reason=ClosingReason.MOVED_AWAY,
                       today=TODAY)
    with vault.reader() as session:
        case = session.get(Case, __import__("uuid").UUID(case_id))
        assert (case.phase, case.closed_on, case.closing_reason) == ("closed", D(2026, 3, 1), "moved-away")
        assert [p.phase for p in cases.case_detail(session, case_id).phases] == ["clearing", "assessment", "closed"]


def test_reopening_clears_the_closing_and_only_to_the_first_phases(vault) -> None:
    _, case_id = make_case(vault)
    cases.change_phase(vault, case_id, Phase.CLOSED, on=D(2026, 2, 1), closing_reason=ClosingReason.NO_CONTACT,
                       today=TODAY)
    with pytest.raises(InputRejected):
        cases.change_phase(vault, case_id, Phase.PLANNING, on=D(2026, 3, 1), today=TODAY)
    cases.change_phase(vault, case_id, Phase.ASSESSMENT, on=D(2026, 3, 1), today=TODAY)
    with vault.reader() as session:
        row = cases.case_detail(session, case_id)
    assert row.case.closed_on is None and row.closing_reason is None and row.case.phase == "assessment"


def test_a_rejected_phase_change_leaves_the_case_as_it_was(vault) -> None:
    _, case_id = make_case(vault)
    with vault.reader() as session:
        before = cases.case_detail(session, case_id)
    with pytest.raises(InputRejected):
        cases.change_phase(vault, case_id, Phase.EVALUATION, on=D(2026, 2, 1), today=TODAY)
    with vault.reader() as session:
        assert cases.case_detail(session, case_id) == before


def test_goals_are_added_changed_and_achieved_with_a_date(vault) -> None:
    _, case_id = make_case(vault)
    goal_id = cases.save_goal(vault, case_id, "B1-Kurs beginnen", due_on=D(2027, 1, 31), today=TODAY)
    cases.save_goal(vault, case_id, "B1-Kurs beginnen", status=GoalStatus.ACHIEVED, goal_id=goal_id, today=TODAY)
    with pytest.raises(InputRejected):
        cases.save_goal(vault, case_id, "   ", today=TODAY)
    with vault.reader() as session:
        goals = cases.case_detail(session, case_id).goals
    assert [(g.description, g.status, g.achieved_on) for g in goals] == [("B1-Kurs beginnen", "achieved", TODAY)]


def test_consents_are_given_and_revoked_with_rule_checks(vault) -> None:
    _, case_id = make_case(vault)
    consent_id = cases.add_consent(vault, case_id, Consent("jobcenter", D(2026, 2, 1), "Leistungsfragen"),
                                   today=TODAY)
    with pytest.raises(InputRejected):
        cases.add_consent(vault, case_id, Consent("jobcenter", D(2026, 12, 1), "Zukunft"), today=TODAY)
    with pytest.raises(InputRejected):
        cases.revoke_consent(vault, consent_id, D(2026, 1, 1), today=TODAY)
    cases.revoke_consent(vault, consent_id, D(2026, 6, 1), today=TODAY)
    with pytest.raises(InputRejected):
        cases.revoke_consent(vault, consent_id, D(2026, 7, 1), today=TODAY)
    with vault.reader() as session:
        [consent] = cases.case_detail(session, case_id).consents
        assert (consent.agency_code, consent.revoked_on) == ("jobcenter", D(2026, 6, 1))
        assert not cases.consents_of(session, case_id)[0].valid_on(D(2026, 6, 1))


def test_case_list_filters_by_text_and_hides_closed_cases(vault) -> None:
    _, open_case = make_case(vault, "Amina", "Haddad")
    _, closed_case = make_case(vault, "Olena", "Koval")
    cases.change_phase(vault, closed_case, Phase.CLOSED, on=D(2026, 2, 1),
                       closing_reason=ClosingReason.GOALS_ACHIEVED, today=TODAY)
    with vault.reader() as session:
        assert [r.id for r in cases.case_rows(session)] == [open_case]
        assert {r.id for r in cases.case_rows(session, include_closed=True)} == {open_case, closed_case}
        assert [r.id for r in cases.case_rows(session, text="kov", include_closed=True)] == [closed_case]


def test_case_audit_names_actions_and_records_but_no_data(vault) -> None:
    _, case_id = make_case(vault, "Amina", "Haddad")
    cases.save_goal(vault, case_id, "Wohnung finden", today=TODAY)
    from kim_desktop.services import schedules

    schedules.save_appointment(vault, schedules.AppointmentInput(
        on=D(2026, 3, 2), start="10:00", duration_minutes=30, case_id=case_id, note="Wohnungsbesichtigung"),
        force=True)
    with vault.reader() as session:
        entries = cases.case_audit(session, case_id)
        from kim_desktop.storage.schema import AuditEntry
        raw = " ".join(str(v) for e in session.scalars(select(AuditEntry)) for v in vars(e).values())
    assert [e.action for e in entries] == ["client.created", "case.opened", "goal.added", "appointment.added"]
    assert "Haddad" not in raw and "Wohnung" not in raw
