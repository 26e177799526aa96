"""Consultations through the service: validation, the consent decision, defaults and follow-ups."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

import pytest
from sqlalchemy import select

from kim_desktop.domain.case_cycle import Phase
from kim_desktop.domain.catalogues import ClosingReason
from kim_desktop.domain.consent import Consent
from kim_desktop.errors import InputRejected
from kim_desktop.services import cases, consultations, master_data
from kim_desktop.services.consultations import ConsentMissing, ConsultationInput
from kim_desktop.storage.consultation_tables import Consultation
from kim_desktop.storage.master_data_tables import AGENCY
from kim_desktop.storage.schema import AuditEntry
from tests.services.casework import BONN_SIDE, TODAY, make_case

D = dt.date


def entry(case_id: str, **changes) -> ConsultationInput:  # type: ignore[no-untyped-def]
    base = ConsultationInput(case_id=case_id, held_on=D(2026, 11, 20), municipality_ags=BONN_SIDE,
                             contact_type="phone", start_time="09:30", duration_minutes=45,
                             topics=("housing",), legal_domains=("sgb-ii",), notes="Mietvertrag besprochen")
    return dataclasses.replace(base, **changes)


def stored(vault, consultation_id: str) -> Consultation:  # type: ignore[no-untyped-def]
    with vault.reader() as session:
        return session.get(Consultation, uuid.UUID(consultation_id))


@pytest.mark.parametrize(("changes", "field"), [
    ({"held_on": D(2026, 11, 26)}, "held_on"),
    ({"held_on": D(2025, 12, 31)}, "held_on"),  # before the case was opened
    ({"start_time": "24:00"}, "start_time"),
    ({"duration_minutes": 0}, "duration_minutes"),
    ({"duration_minutes": 721}, "duration_minutes"),
    ({"municipality_ags": ""}, "municipality_ags"),
    ({"contact_type": "telepathy"}, "contact_type"),
    ({"topics": ()}, "topics"),
    ({"topics": ("no-such-topic",)}, "topics"),
    ({"legal_domains": ("sgb-xiii",)}, "legal_domains"),
    ({"referrals": ("nobody",)}, "referrals"),
    ({"follow_up_on": D(2026, 11, 19)}, "follow_up_on"),
])
def test_invalid_consultations_are_rejected_at_their_field(vault, changes, field) -> None:
    _, case_id = make_case(vault)
    with pytest.raises(InputRejected) as caught:
        consultations.save_consultation(vault, entry(case_id, **changes), today=TODAY)
    assert caught.value.field == field
    with vault.reader() as session:
        assert session.scalars(select(Consultation)).all() == []


def test_a_valid_consultation_is_stored_with_codes_and_audited(vault) -> None:
    _, case_id = make_case(vault)
    new_id = consultations.save_consultation(vault, entry(case_id, topics=("housing", "health")), today=TODAY)
    row = stored(vault, new_id)
    assert (row.topics, row.legal_domains, row.start_time, row.referrals_without_consent) == (
        ";health;housing;", ";sgb-ii;", "09:30", "")
    with vault.reader() as session:
        assert consultations.consultation_input(session, new_id) == entry(case_id, topics=("health", "housing"))
        assert ("consultation.recorded", new_id) in [(e.action, e.record_id)
                                                     for e in session.scalars(select(AuditEntry))]


def test_referral_without_valid_consent_needs_confirmation_and_is_recorded(vault) -> None:
    _, case_id = make_case(vault)
    cases.add_consent(vault, case_id, Consent("jobcenter", D(2026, 2, 1), "Leistungen"), today=TODAY)
    data = entry(case_id, referrals=("jobcenter", "youth-welfare-office"))
    with pytest.raises(ConsentMissing) as caught:
        consultations.save_consultation(vault, data, today=TODAY)
    assert caught.value.agencies == ["youth-welfare-office"]
    new_id = consultations.save_consultation(vault, data, confirmed_without_consent=["youth-welfare-office"],
                                             today=TODAY)
    assert stored(vault, new_id).referrals_without_consent == ";youth-welfare-office;"
    with vault.reader() as session:
        actions = [e.action for e in session.scalars(select(AuditEntry).where(AuditEntry.record_id == new_id))]
    assert actions == ["consultation.recorded", "consultation.referral-without-consent"]


def test_a_revoked_consent_no_longer_covers_referrals_from_its_day_on(vault) -> None:
    _, case_id = make_case(vault)
    consent_id = cases.add_consent(vault, case_id, Consent("jobcenter", D(2026, 2, 1), "Leistungen"), today=TODAY)
    cases.revoke_consent(vault, consent_id, D(2026, 11, 20), today=TODAY)
    with vault.reader() as session:
        assert consultations.missing_consents(session, case_id, ["jobcenter"], D(2026, 11, 19)) == []
        assert consultations.missing_consents(session, case_id, ["jobcenter"], D(2026, 11, 20)) == ["jobcenter"]


def test_closed_cases_take_no_new_consultations(vault) -> None:
    _, case_id = make_case(vault)
    cases.change_phase(vault, case_id, Phase.CLOSED, on=D(2026, 2, 1), closing_reason=ClosingReason.MOVED_AWAY,
                       today=TODAY)
    with pytest.raises(InputRejected) as caught:
        consultations.save_consultation(vault, entry(case_id), today=TODAY)
    assert caught.value.field == "case"


def test_an_added_catalogue_entry_can_be_used_and_renaming_keeps_the_code(vault) -> None:
    _, case_id = make_case(vault)
    code = master_data.save_item(vault, AGENCY, "Stadtteilbüro Oberpleis")
    new_id = consultations.save_consultation(vault, entry(case_id, referrals=(code,)),
                                             confirmed_without_consent=[code], today=TODAY)
    master_data.save_item(vault, AGENCY, "Stadtteilbüro Oberpleis-Mitte", code=code)
    with vault.reader() as session:
        assert master_data.labels(session, AGENCY)[code] == "Stadtteilbüro Oberpleis-Mitte"
    assert stored(vault, new_id).referrals == f";{code};"


def test_master_data_defaults_can_be_deactivated_not_duplicated(vault) -> None:
    with pytest.raises(InputRejected):
        master_data.save_item(vault, AGENCY, "Jobcenter")
    master_data.save_item(vault, AGENCY, "Jobcenter", code="jobcenter", active=False)
    with vault.reader() as session:
        active = [item.code for item in master_data.catalogue(session, AGENCY)]
        every = master_data.catalogue(session, AGENCY, include_inactive=True)
    assert "jobcenter" not in active
    jobcenter = next(item for item in every if item.code == "jobcenter")
    assert not jobcenter.custom and jobcenter.default  # still the translatable shipped label


def test_defaults_follow_the_last_recording(vault) -> None:
    _, case_id = make_case(vault)
    with vault.reader() as session:
        fresh = consultations.entry_defaults(session, case_id, vault.profile.device_id, TODAY)
    assert (fresh.held_on, fresh.contact_type, fresh.municipality_ags) == (TODAY, "in-person", BONN_SIDE)
    consultations.save_consultation(vault, entry(case_id, contact_type="video", interpreter_language="Dari"),
                                    today=TODAY)
    with vault.reader() as session:
        later = consultations.entry_defaults(session, case_id, vault.profile.device_id, TODAY,
                                             scheduled_municipality="05382056")
    assert (later.contact_type, later.interpreter_language, later.municipality_ags, later.duration_minutes) == (
        "video", "Dari", "05382056", 45)


def test_follow_ups_list_due_and_overdue_and_done_ones_leave(vault) -> None:
    _, case_id = make_case(vault)
    overdue = consultations.save_consultation(vault, entry(case_id, follow_up_on=D(2026, 11, 24)), today=TODAY)
    due = consultations.save_consultation(vault, entry(case_id, follow_up_on=D(2026, 11, 25)), today=TODAY)
    consultations.save_consultation(vault, entry(case_id, follow_up_on=D(2026, 12, 24)), today=TODAY)
    with vault.reader() as session:
        rows = consultations.follow_ups(session, TODAY)
    assert [(r.consultation_id, r.overdue) for r in rows] == [(overdue, True), (due, False)]
    consultations.set_follow_up_done(vault, overdue)
    with vault.reader() as session:
        assert [r.consultation_id for r in consultations.follow_ups(session, TODAY)] == [due]
        assert len(consultations.follow_ups(session, TODAY, days_ahead=60)) == 2


def test_moving_a_follow_up_reopens_it(vault) -> None:
    _, case_id = make_case(vault)
    data = entry(case_id, follow_up_on=D(2026, 11, 24))
    consultation_id = consultations.save_consultation(vault, data, today=TODAY)
    consultations.set_follow_up_done(vault, consultation_id)
    consultations.save_consultation(vault, dataclasses.replace(data, follow_up_on=D(2026, 11, 30)),
                                    consultation_id=consultation_id, today=TODAY)
    assert stored(vault, consultation_id).follow_up_done is False


def test_a_deleted_consultation_keeps_a_tombstone_without_notes(vault) -> None:
    _, case_id = make_case(vault)
    consultation_id = consultations.save_consultation(vault, entry(case_id), today=TODAY)
    consultations.tombstone_consultation(vault, consultation_id)
    row = stored(vault, consultation_id)
    assert row.deleted and row.notes is None and row.revision == 2
    with vault.reader() as session:
        assert cases.case_detail(session, case_id).timeline == ()


def test_control_characters_never_reach_a_catalogue_label(vault) -> None:  # type: ignore[no-untyped-def]
    code = master_data.save_item(vault, AGENCY, "Stadtteil\x01büro\x7fOberpleis")
    with vault.reader() as session:
        label = master_data.labels(session, AGENCY)[code]
    assert label == "Stadtteil büro Oberpleis"
    with pytest.raises(InputRejected):
        master_data.save_item(vault, AGENCY, "\x01\x02")
