"""What the case GUI relies on from the services: searching as people type (umlauts in any case,
pseudonyms typed loosely, names that look like pseudonyms), the detail's order and contents, and an
audit trail that names the case's own records only."""

from __future__ import annotations

import datetime as dt

from kim_desktop.domain.case_cycle import Phase
from kim_desktop.domain.catalogues import ClosingReason
from kim_desktop.domain.consent import Consent
from kim_desktop.domain.pseudonym import normalise_pseudonym
from kim_desktop.services import cases, clients, consultations
from kim_desktop.services.consultations import ConsultationInput
from tests.services.casework import BONN_SIDE, TODAY, make_case

D = dt.date


def names(hits) -> list[str]:  # type: ignore[no-untyped-def]
    return [hit.full_name for hit in hits]


def test_search_finds_names_with_umlauts_typed_in_any_case(vault) -> None:
    make_case(vault, "Ömer", "Özdemir")
    make_case(vault, "Jürgen", "Müller")
    with vault.reader() as db:
        for typed in ("Özdemir", "özdemir", "ÖZDEMIR", "ömer özd"):
            assert names(clients.search_clients(db, typed)) == ["Ömer Özdemir"], typed
            assert [r.client_name for r in cases.case_rows(db, text=typed)] == ["Ömer Özdemir"], typed
        assert names(clients.search_clients(db, "MÜLLER")) == ["Jürgen Müller"]
        assert names(clients.search_clients(db, "50%")) == []  # LIKE wildcards are plain text


def test_a_name_that_reads_as_a_pseudonym_is_still_found_as_a_name(vault) -> None:
    assert normalise_pseudonym("Zlatan") is not None  # Z1ATAN passes the check character
    make_case(vault, "Zlatan", "Marković")
    with vault.reader() as db:
        assert names(clients.search_clients(db, "Zlatan")) == ["Zlatan Marković"]
        assert [r.client_name for r in cases.case_rows(db, text="zlatan")] == ["Zlatan Marković"]


def test_a_pseudonym_typed_loosely_finds_its_client_and_case(vault) -> None:
    client_id, case_id = make_case(vault)
    make_case(vault, "Other", "Person")
    with vault.reader() as db:
        pseudonym = clients.get_client(db, client_id).pseudonym
        loose = pseudonym.lower().replace("-", " ").replace("0", "o")
        assert [h.id for h in clients.search_clients(db, loose)] == [client_id]
        assert [r.id for r in cases.case_rows(db, text=loose)] == [case_id]


def test_case_list_shows_closed_cases_only_on_request_and_the_detail_carries_the_closing(vault) -> None:
    _, case_id = make_case(vault)
    cases.change_phase(vault, case_id, Phase.CLOSED, on=D(2026, 11, 1),
                       closing_reason=ClosingReason.MOVED_AWAY, today=TODAY)
    with vault.reader() as db:
        assert cases.case_rows(db) == []
        [row] = cases.case_rows(db, include_closed=True)
        detail = cases.case_detail(db, case_id)
    assert (row.phase, row.closed_on) == ("closed", D(2026, 11, 1))
    assert detail.closing_reason == "moved-away"
    assert [p.phase for p in detail.phases] == ["clearing", "closed"]


def test_timeline_is_newest_first_and_keeps_referrals_made_without_consent(vault) -> None:
    _, case_id = make_case(vault)
    cases.add_consent(vault, case_id, Consent("mbe", D(2026, 2, 1), "Aufenthalt"), today=TODAY)
    for held_on, start in ((D(2026, 11, 2), "10:00"), (D(2026, 11, 20), "08:15"), (D(2026, 11, 20), "14:00")):
        data = ConsultationInput(case_id=case_id, held_on=held_on, municipality_ags=BONN_SIDE,
                                 start_time=start, topics=("housing",), referrals=("jobcenter", "mbe"))
        consultations.save_consultation(vault, data, confirmed_without_consent=("jobcenter",), today=TODAY)
    with vault.reader() as db:
        timeline = cases.case_detail(db, case_id).timeline
        rows = cases.case_rows(db)
    assert [(t.held_on, t.start_time) for t in timeline] == [
        (D(2026, 11, 20), "14:00"), (D(2026, 11, 20), "08:15"), (D(2026, 11, 2), "10:00")]
    assert all(t.referrals == ("jobcenter", "mbe") and t.referrals_without_consent == ("jobcenter",)
               for t in timeline)
    assert (rows[0].last_consultation, rows[0].consultations) == (D(2026, 11, 20), 3)


def test_the_audit_of_a_case_leaves_out_other_cases(vault) -> None:
    client_id, case_id = make_case(vault)
    _, other = make_case(vault, "Other", "Person")
    cases.save_goal(vault, other, "Arbeit finden", today=TODAY)
    cases.save_goal(vault, case_id, "Wohnung finden", today=TODAY)
    with vault.reader() as db:
        audit = cases.case_audit(db, case_id)
    assert [row.action for row in audit] == ["client.created", "case.opened", "goal.added"]
    assert audit[0].record_id == client_id and audit[-1].record_type == "case_goal"
    assert all(row.at.tzinfo is not None for row in audit)  # shown in local time by the GUI
