"""Escalation services in one vault each: the author's drafts, validation, submission with the
personal-data guard, withdrawal; the Geschäftsstelle's reviews, merges and inbox; retention
erasing the links to a deleted client's cases. (The way between the vaults: tests/sync/
test_escalation_roundtrip.py.)"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from kim_desktop.domain.case_cycle import Phase
from kim_desktop.domain.escalation_status import Status, Urgency
from kim_desktop.domain.pii_guard import Kind
from kim_desktop.domain.roles import Role
from kim_desktop.errors import InputRejected, RecordNotFound
from kim_desktop.services import cases
from kim_desktop.services import escalations as esc
from kim_desktop.services.retention import delete_client_data
from kim_desktop.storage.escalation_tables import (
    Escalation,
    EscalationCaseLink,
    EscalationReview,
    EscalationStep,
)
from kim_desktop.storage.schema import DEVICE_KEY, AuditEntry, utcnow
from kim_desktop.storage.vault import Vault
from tests.coordinator_helpers import new_coordinator_vault
from tests.services.casework import BONN_SIDE, TODAY, make_case

OTHER_DEVICE = "0b5e55ed-0000-4000-8000-00000000c0de"
SECOND_DEVICE = "0b5e55ed-0000-4000-8000-00000000beef"

FORM = esc.EscalationInput(
    title="Keine Sprachkurse mit Kinderbetreuung",
    description="Eltern mit kleinen Kindern können die Integrationskurse nicht besuchen.",
    legal_domains=("sgb-ii", "aufenthg"), agencies=("jobcenter",), municipalities=(BONN_SIDE,),
    case_count=3, first_seen=dt.date(2026, 2, 1), urgency="high",
    proposed_measure="Kurse mit Kinderbetreuung ausschreiben")


def actions(vault: Vault, record_id: str) -> list[str]:
    with vault.reader() as session:
        return list(session.scalars(select(AuditEntry.action).where(AuditEntry.record_id == record_id)
                                    .order_by(AuditEntry.seq)))


def rejected_field(call: object, *args: object, **kwargs: object) -> str | None:
    with pytest.raises(InputRejected) as info:
        call(*args, **kwargs)  # type: ignore[operator]
    assert info.value.message()  # a German sentence, not a code
    return info.value.field


# --- the author -----------------------------------------------------------------------------


def test_a_draft_is_saved_with_its_case_links_and_edited_again(vault: Vault) -> None:
    _, first = make_case(vault)
    _, second = make_case(vault, "Omar", "Nasser")
    escalation_id = esc.save_draft(vault, replace(FORM, case_ids=(first, second)))
    with vault.reader() as session:
        detail = esc.escalation_detail(session, escalation_id, Role.CASE_MANAGER)
    assert detail.data == replace(FORM, title=FORM.title, case_ids=tuple(sorted((first, second))),
                                  agencies=("jobcenter",), legal_domains=("aufenthg", "sgb-ii"))
    assert detail.row.status is Status.DRAFT and detail.row.author_label == ""
    assert detail.editable and not detail.withdrawable and detail.next_statuses == {Status.SUBMITTED}
    assert [h.status for h in detail.history] == [Status.DRAFT]
    assert detail.history[0].who == "Test Nutzerin"

    esc.save_draft(vault, replace(FORM, title="  Geänderter Titel  ", case_ids=(second,)),
                   escalation_id=escalation_id)
    with vault.reader() as session:
        detail = esc.escalation_detail(session, escalation_id, Role.CASE_MANAGER)
        links = session.scalars(select(EscalationCaseLink)).all()
    assert detail.data.title == "Geänderter Titel" and detail.data.case_ids == (second,)
    assert sorted((str(link.case_id), link.deleted) for link in links) == sorted([(first, True), (second, False)])
    assert actions(vault, escalation_id) == ["escalation.draft-saved"] * 2


@pytest.mark.parametrize(("changes", "field"), [
    ({"title": "   "}, "title"),
    ({"title": "x" * 201}, "title"),
    ({"description": ""}, "description"),
    ({"case_count": 0}, "case_count"),
    ({"case_count": 100_001}, "case_count"),
    ({"urgency": "sofort"}, "urgency"),
    ({"first_seen": dt.date.today() + dt.timedelta(days=1)}, "first_seen"),
    ({"proposed_measure": "x" * 20_001}, "proposed_measure"),
])
def test_bad_input_is_rejected_with_the_field_and_nothing_is_saved(vault: Vault, changes: dict[str, object],
                                                                   field: str) -> None:
    assert rejected_field(esc.save_draft, vault, replace(FORM, **changes)) == field
    with vault.reader() as session:
        assert session.scalars(select(Escalation)).all() == []


def test_case_links_must_be_own_live_cases_and_not_more_than_the_count(vault: Vault) -> None:
    _, case_id = make_case(vault)
    assert rejected_field(esc.save_draft, vault, replace(FORM, case_ids=(str(uuid.uuid4()),))) == "case_ids"
    assert rejected_field(esc.save_draft, vault, replace(FORM, case_ids=("kein-fall",))) == "case_ids"
    esc.save_draft(vault, replace(FORM, case_count=1, case_ids=(case_id, case_id)))  # a case named twice counts once
    _, other = make_case(vault, "Omar", "Nasser")
    with pytest.raises(InputRejected) as info:
        esc.save_draft(vault, replace(FORM, case_count=1, case_ids=(case_id, other)))
    assert info.value.field == "case_count" and "2 Fälle" in info.value.message()


def test_coordinators_write_no_escalations(tmp_path: Path) -> None:
    with new_coordinator_vault(tmp_path) as kreis:
        with pytest.raises(InputRejected):
            esc.save_draft(kreis, FORM)


def test_submit_clean_text_and_nothing_is_editable_afterwards(vault: Vault) -> None:
    escalation_id = esc.save_draft(vault, FORM)
    assert esc.submit(vault, escalation_id, today=TODAY) == []
    with vault.reader() as session:
        detail = esc.escalation_detail(session, escalation_id, Role.CASE_MANAGER)
        row = session.get(Escalation, uuid.UUID(escalation_id))
    assert row is not None and row.author_status == "submitted" and row.submitted_at is not None
    assert detail.row.status is Status.SUBMITTED and detail.row.submitted_at == row.submitted_at
    assert not detail.editable and detail.withdrawable and detail.next_statuses == {Status.WITHDRAWN}
    with pytest.raises(InputRejected) as info:
        esc.save_draft(vault, FORM, escalation_id=escalation_id)
    assert "Nur Entwürfe" in info.value.message() and "übermittelt" in info.value.message()
    with pytest.raises(InputRejected):
        esc.submit(vault, escalation_id)
    with pytest.raises(InputRejected):
        esc.delete_draft(vault, escalation_id)
    assert actions(vault, escalation_id) == ["escalation.draft-saved", "escalation.submitted"]


def test_personal_data_stops_the_submission_until_confirmed(vault: Vault) -> None:
    make_case(vault, "Amina", "Haddad")
    text = replace(FORM, description="Frau Haddad erreicht man unter 0171 2345678; seit 01.03.2022 kein Kurs.")
    escalation_id = esc.save_draft(vault, text)

    findings = esc.submit(vault, escalation_id, today=TODAY)
    assert {f.kind for f in findings} >= {Kind.CLIENT_NAME, Kind.PHONE}
    with vault.reader() as session:
        assert esc.current_status(session, escalation_id) is Status.DRAFT
    assert actions(vault, escalation_id) == ["escalation.draft-saved"]
    per_field = esc.submission_findings(vault, escalation_id, today=TODAY)
    assert {f.field for f in per_field} == {"description"}
    assert all(text.description[f.finding.start:f.finding.end] == f.finding.text for f in per_field)

    confirmed = esc.submit(vault, escalation_id, confirm_findings=True, today=TODAY)
    assert [f.kind for f in confirmed] == [f.kind for f in findings]
    with vault.reader() as session:
        assert esc.current_status(session, escalation_id) is Status.SUBMITTED
    assert actions(vault, escalation_id) == ["escalation.draft-saved", "escalation.submitted",
                                             "escalation.pii-confirmed"]


def test_a_deleted_draft_is_gone_with_its_links(vault: Vault) -> None:
    _, case_id = make_case(vault)
    escalation_id = esc.save_draft(vault, replace(FORM, case_ids=(case_id,)))
    esc.delete_draft(vault, escalation_id)
    with vault.reader() as session:
        assert esc.escalation_rows(session) == []
        assert all(link.deleted for link in session.scalars(select(EscalationCaseLink)))
        with pytest.raises(RecordNotFound):
            esc.escalation_detail(session, escalation_id, Role.CASE_MANAGER)
    assert actions(vault, escalation_id)[-1] == "escalation.draft-deleted"


def test_withdraw_only_while_withdrawable(vault: Vault) -> None:
    escalation_id = esc.save_draft(vault, FORM)
    assert rejected_field(esc.withdraw, vault, escalation_id) == "status"  # a draft is deleted, not withdrawn
    esc.submit(vault, escalation_id)
    esc.withdraw(vault, escalation_id, "Doch ein Einzelfall")
    with vault.reader() as session:
        detail = esc.escalation_detail(session, escalation_id, Role.CASE_MANAGER)
    assert detail.row.status is Status.WITHDRAWN and not detail.withdrawable
    assert detail.history[-1].comment == "Doch ein Einzelfall"
    with pytest.raises(InputRejected) as info:
        esc.withdraw(vault, escalation_id)
    assert "zurückgezogen" in info.value.message()
    assert actions(vault, escalation_id)[-1] == "escalation.withdrawn"


def test_personal_data_in_the_withdrawal_comment_stops_it_until_confirmed(vault: Vault) -> None:
    make_case(vault, "Amina", "Haddad")
    escalation_id = esc.save_draft(vault, FORM)
    esc.submit(vault, escalation_id, today=TODAY)
    comment = "Frau Haddad hat jetzt einen Platz, Tel. 0171 2345678"

    findings = esc.withdraw(vault, escalation_id, comment, today=TODAY)
    assert {f.kind for f in findings} >= {Kind.CLIENT_NAME, Kind.PHONE}
    assert all(comment[f.start:f.end] == f.text for f in findings)  # positions in the comment
    with vault.reader() as session:
        assert esc.current_status(session, escalation_id) is Status.SUBMITTED
        assert session.scalars(select(EscalationStep).where(EscalationStep.status == "withdrawn")).all() == []
    assert actions(vault, escalation_id)[-1] == "escalation.submitted"

    confirmed = esc.withdraw(vault, escalation_id, comment, confirm_findings=True, today=TODAY)
    assert [f.kind for f in confirmed] == [f.kind for f in findings]
    with vault.reader() as session:
        assert esc.current_status(session, escalation_id) is Status.WITHDRAWN
    assert actions(vault, escalation_id)[-2:] == ["escalation.withdrawn", "escalation.pii-confirmed"]


def test_a_clean_withdrawal_comment_needs_no_confirmation(vault: Vault) -> None:
    escalation_id = esc.save_draft(vault, FORM)
    esc.submit(vault, escalation_id, today=TODAY)
    assert esc.withdraw(vault, escalation_id, "Die Kurse finden jetzt statt.", today=TODAY) == []
    assert actions(vault, escalation_id)[-1] == "escalation.withdrawn"


def test_own_list_filters_and_newest_first(vault: Vault) -> None:
    first = esc.save_draft(vault, FORM)
    second = esc.save_draft(vault, replace(FORM, title="Wohnungen", urgency="acute", municipalities=("05382008",),
                                           legal_domains=("sgb-xii",)))
    esc.submit(vault, first)
    with vault.reader() as session:
        assert [r.id for r in esc.escalation_rows(session)] == [first, second]
        assert [r.id for r in esc.escalation_rows(session, status=Status.DRAFT)] == [second]
        assert [r.id for r in esc.escalation_rows(session, municipality="05382008")] == [second]
        assert [r.id for r in esc.escalation_rows(session, legal_domain="sgb-ii")] == [first]
        assert [r.id for r in esc.escalation_rows(session, urgency="acute")] == [second]
    with vault.transaction() as session:  # the same answers inside a transaction
        assert [r.id for r in esc.escalation_rows(session)] == [first, second]


def test_urgency_labels() -> None:
    assert [u.label for u in Urgency] == ["niedrig", "mittel", "hoch", "akut"]
    assert [str(u) for u in Urgency] == ["low", "medium", "high", "acute"]


# --- retention ------------------------------------------------------------------------------


def test_retention_erases_the_links_to_a_deleted_clients_cases(vault: Vault) -> None:
    client_id, case_id = make_case(vault, opened=dt.date(2019, 1, 10))
    _, kept_case = make_case(vault, "Omar", "Nasser")
    cases.change_phase(vault, case_id, Phase.CLOSED, on=dt.date(2020, 6, 1), closing_reason="goals-achieved",
                       today=TODAY)
    escalation_id = esc.save_draft(vault, replace(FORM, case_ids=(case_id, kept_case)))
    esc.submit(vault, escalation_id)

    delete_client_data(vault, client_id, TODAY, 3)
    with vault.reader() as session:
        links = {str(link.case_id): link.deleted for link in session.scalars(select(EscalationCaseLink))}
        detail = esc.escalation_detail(session, escalation_id, Role.CASE_MANAGER)
        audit_actions = set(session.scalars(select(AuditEntry.action)))
    assert links == {case_id: True, kept_case: False}
    assert detail.data.case_ids == (kept_case,)
    assert detail.row.case_count == 3 and detail.row.status is Status.SUBMITTED  # the count stays
    assert "escalation_case_link.deleted-retention" in audit_actions


# --- the Geschäftsstelle ------------------------------------------------------------------------


@pytest.fixture
def kreis(tmp_path: Path) -> Iterator[Vault]:
    with new_coordinator_vault(tmp_path) as vault:
        yield vault


def author_step(kreis: Vault, escalation_id: str, status: str, at: dt.datetime | None = None,
                comment: str | None = None) -> None:
    """A step as if imported from the author's laptop: written under the author's device."""
    with kreis.transaction() as session:
        owner = session.get(Escalation, uuid.UUID(escalation_id)).owner_device_id  # type: ignore[union-attr]
        session.info[DEVICE_KEY] = owner
        session.add(EscalationStep(id=uuid.uuid4(), escalation_id=uuid.UUID(escalation_id), status=status,
                                   comment=comment, at=at or utcnow()))


def merge_review(kreis: Vault, duplicate: str, primary: str, at: dt.datetime) -> None:
    """A merge as if replicated from another coordinator's vault."""
    with kreis.transaction() as session:
        row = session.get(Escalation, uuid.UUID(duplicate))
        assert row is not None
        session.add(EscalationReview(id=uuid.uuid4(), escalation_id=row.id,
                                     author_device_id=row.owner_device_id, status=None, feedback=None, at=at,
                                     coordinator_name="Koordination B", merged_into=uuid.UUID(primary)))


def imported(kreis: Vault, owner: str = OTHER_DEVICE, **changes: object) -> str:
    """An escalation as if imported from a case manager's export (submitted, with its steps)."""
    data = replace(FORM, **changes)  # type: ignore[arg-type]
    now = utcnow()
    with kreis.transaction() as session:
        session.info[DEVICE_KEY] = owner  # the author's records carry the author's device
        row = Escalation(id=uuid.uuid4(), owner_device_id=owner, author_status="submitted", submitted_at=now)
        esc._fill(row, data)
        session.add(row)
        for status, at in (("draft", now - dt.timedelta(days=1)), ("submitted", now)):
            session.add(EscalationStep(id=uuid.uuid4(), escalation_id=row.id, status=status, at=at))
        session.flush()
        return str(row.id)


def test_review_follows_the_status_rules(kreis: Vault) -> None:
    escalation_id = imported(kreis)
    assert rejected_field(esc.review, kreis, escalation_id, status=Status.STEERING_GROUP) == "status"
    assert rejected_field(esc.review, kreis, escalation_id, status=None) == "feedback"
    assert rejected_field(esc.review, kreis, escalation_id, status=Status.WITHDRAWN) == "status"

    esc.review(kreis, escalation_id, status=Status.IN_REVIEW, feedback="Wir sehen uns das an.")
    esc.review(kreis, escalation_id, status=None, feedback="Rückfrage beim Jobcenter läuft.")
    with kreis.reader() as session:
        detail = esc.escalation_detail(session, escalation_id, Role.COORDINATOR)
        reviews = session.scalars(select(EscalationReview)).all()
    assert detail.row.status is Status.IN_REVIEW
    assert detail.next_statuses == {Status.STEERING_GROUP, Status.RESOLVED, Status.UNSOLVABLE}
    assert [(h.status, h.comment) for h in detail.history][-2:] == [
        (Status.IN_REVIEW, "Wir sehen uns das an."), (None, "Rückfrage beim Jobcenter läuft.")]
    assert {r.author_device_id for r in reviews} == {OTHER_DEVICE}
    assert {r.coordinator_name for r in reviews} == {"Koordination"}
    assert detail.row.author_label == f"Gerät {OTHER_DEVICE[:8]}"
    assert actions(kreis, escalation_id) == ["escalation.reviewed"] * 2

    esc.review(kreis, escalation_id, status=Status.RESOLVED)
    esc.review(kreis, escalation_id, status=Status.IN_REVIEW)  # a problem returns
    with kreis.reader() as session:
        assert esc.current_status(session, escalation_id) is Status.IN_REVIEW


def test_case_managers_cannot_review(vault: Vault) -> None:
    escalation_id = esc.save_draft(vault, FORM)
    esc.submit(vault, escalation_id)
    with pytest.raises(InputRejected):
        esc.review(vault, escalation_id, status=Status.IN_REVIEW)


def test_inbox_filters_and_merge_counts_both_sources(kreis: Vault) -> None:
    primary = imported(kreis, case_count=4)
    duplicate = imported(kreis, SECOND_DEVICE, case_count=2, municipalities=("05382008",), urgency="acute")
    other = imported(kreis, SECOND_DEVICE, title="Wohnungen", legal_domains=("sgb-xii",), urgency="low")
    with kreis.reader() as session:
        assert {r.id for r in esc.escalation_rows(session)} == {primary, duplicate, other}
        assert [r.id for r in esc.escalation_rows(session, urgency="acute")] == [duplicate]
        assert [r.id for r in esc.escalation_rows(session, legal_domain="sgb-xii")] == [other]

    assert rejected_field(esc.merge, kreis, primary, []) == "duplicates"
    assert rejected_field(esc.merge, kreis, primary, [primary]) == "duplicates"
    esc.merge(kreis, primary, [duplicate], feedback="Gleiches Problem in Bad Honnef")
    esc.merge(kreis, primary, [duplicate])  # again: nothing new
    with kreis.reader() as session:
        rows = {r.id: r for r in esc.escalation_rows(session, include_merged=True)}
        inbox = [r.id for r in esc.escalation_rows(session)]
        detail = esc.escalation_detail(session, duplicate, Role.COORDINATOR)
        # Filters look at the inbox rows' own fields: the merged duplicate was the acute one.
        assert esc.escalation_rows(session, urgency="acute") == []
    assert set(inbox) == {primary, other}
    assert rows[primary].case_count == 6 and rows[primary].sources == (duplicate,)
    assert rows[duplicate].merged_into == primary and detail.next_statuses == frozenset()
    assert detail.history[-1].comment == "Gleiches Problem in Bad Honnef"
    # A primary with sources cannot itself be merged elsewhere; a merged one cannot be a primary.
    assert rejected_field(esc.merge, kreis, other, [primary]) == "duplicates"
    assert rejected_field(esc.merge, kreis, duplicate, [other]) == "primary"

    esc.review(kreis, primary, status=Status.IN_REVIEW, feedback="Geht an den Kreis")
    with kreis.reader() as session:
        assert esc.current_status(session, duplicate) is Status.IN_REVIEW
        copies = session.scalars(select(EscalationReview).where(
            EscalationReview.escalation_id == uuid.UUID(duplicate))).all()
    assert {c.author_device_id for c in copies} == {SECOND_DEVICE}
    assert "Geht an den Kreis" in {c.feedback for c in copies}


def test_merge_refuses_withdrawn_escalations(kreis: Vault) -> None:
    primary = imported(kreis)
    withdrawn = imported(kreis, SECOND_DEVICE)
    author_step(kreis, withdrawn, "withdrawn")
    with pytest.raises(InputRejected) as info:
        esc.merge(kreis, primary, [withdrawn])
    assert "zurückgezogen" in info.value.message()


def test_status_is_the_latest_event_whatever_the_order_of_writing(kreis: Vault) -> None:
    escalation_id = imported(kreis)
    later = utcnow() + dt.timedelta(hours=1)
    author_step(kreis, escalation_id, "withdrawn", later)  # imported before the review, made after it
    esc.review(kreis, escalation_id, status=None, feedback="Notiz")  # feedback only: no status change
    with kreis.reader() as session:
        assert esc.current_status(session, escalation_id) is Status.WITHDRAWN
        assert esc.current_status(session, str(uuid.uuid4())) is Status.DRAFT  # unknown: none


# --- demo data --------------------------------------------------------------------------------


def test_demo_escalations_draft_submitted_withdrawn_once(vault: Vault, tmp_path: Path) -> None:
    from kim_desktop.services.demo_escalations import fill_demo_escalations

    _, case_id = make_case(vault)
    assert fill_demo_escalations(vault, TODAY) == 3
    assert fill_demo_escalations(vault, TODAY) == 0  # a second run leaves the vault alone
    with vault.reader() as session:
        rows = esc.escalation_rows(session)
        linked = [esc.escalation_detail(session, r.id, Role.CASE_MANAGER).data.case_ids for r in rows]
        confirmations = session.scalars(select(AuditEntry).where(AuditEntry.action == "escalation.pii-confirmed"))
        assert list(confirmations) == []  # the demo texts are clean
    assert sorted(r.status for r in rows) == sorted([Status.DRAFT, Status.SUBMITTED, Status.WITHDRAWN])
    assert (case_id,) in linked
    with new_coordinator_vault(tmp_path) as kreis:
        assert fill_demo_escalations(kreis, TODAY) == 0


def test_steps_of_another_device_do_not_count(kreis: Vault) -> None:
    """Only the author's laptop writes steps; one under another device (a forged export) is ignored."""
    escalation_id = imported(kreis)
    with kreis.transaction() as session:  # written under the coordinator's own device
        session.add(EscalationStep(id=uuid.uuid4(), escalation_id=uuid.UUID(escalation_id), status="withdrawn",
                                   at=utcnow() + dt.timedelta(hours=1)))
    with kreis.reader() as session:
        assert esc.current_status(session, escalation_id) is Status.SUBMITTED


def test_a_withdrawn_source_keeps_its_place_but_not_its_cases(kreis: Vault) -> None:
    primary, duplicate = imported(kreis, case_count=4), imported(kreis, SECOND_DEVICE, case_count=2)
    esc.merge(kreis, primary, [duplicate])
    author_step(kreis, duplicate, "withdrawn", utcnow() + dt.timedelta(minutes=1))
    esc.review(kreis, primary, status=Status.IN_REVIEW, feedback="Geht weiter")
    with kreis.reader() as session:
        row = esc.escalation_rows(session)[0]
        assert esc.current_status(session, duplicate) is Status.WITHDRAWN  # no longer follows the primary
    assert row.id == primary and row.sources == (duplicate,) and row.case_count == 4


# --- crossing events and concurrent merges (replayed through the status rules) -----------------


def test_a_withdrawal_arriving_after_the_steering_group_is_refused_but_kept(kreis: Vault) -> None:
    escalation_id = imported(kreis)
    esc.review(kreis, escalation_id, status=Status.IN_REVIEW)
    esc.review(kreis, escalation_id, status=Status.STEERING_GROUP)
    # The author had not received the feedback yet and withdrew afterwards.
    later = utcnow() + dt.timedelta(minutes=5)
    author_step(kreis, escalation_id, "withdrawn", later, "Kommentar-Rueckzug-spaet")
    with kreis.reader() as session:
        detail = esc.escalation_detail(session, escalation_id, Role.COORDINATOR)
    assert detail.row.status is Status.STEERING_GROUP
    assert detail.next_statuses == {Status.RESOLVED, Status.UNSOLVABLE, Status.IN_REVIEW}
    last = detail.history[-1]
    assert (last.status, last.refused_status) == (None, Status.WITHDRAWN)
    assert last.comment == "Kommentar-Rueckzug-spaet"
    esc.review(kreis, escalation_id, status=Status.RESOLVED, feedback="Beschluss")  # a decision is possible


def test_a_review_made_after_an_unseen_withdrawal_does_not_undo_it(kreis: Vault) -> None:
    escalation_id = imported(kreis)
    withdrawn_at = utcnow()
    esc.review(kreis, escalation_id, status=Status.IN_REVIEW, feedback="Kommentar-Pruefung-zu-spaet")
    author_step(kreis, escalation_id, "withdrawn", withdrawn_at)  # imported after the review, made before it
    with kreis.reader() as session:
        detail = esc.escalation_detail(session, escalation_id, Role.COORDINATOR)
    assert detail.row.status is Status.WITHDRAWN and detail.next_statuses == frozenset()
    assert [(h.status, h.refused_status, h.comment) for h in detail.history][-2:] == [
        (Status.WITHDRAWN, None, ""), (None, Status.IN_REVIEW, "Kommentar-Pruefung-zu-spaet")]


@pytest.mark.parametrize("forged", ["resolved", "unsolvable", "steering-group", "in-review"])
def test_an_author_step_cannot_make_a_coordinators_move(kreis: Vault, forged: str) -> None:
    escalation_id = imported(kreis)
    author_step(kreis, escalation_id, forged, utcnow() + dt.timedelta(minutes=1))
    with kreis.reader() as session:
        assert esc.current_status(session, escalation_id) is Status.SUBMITTED


@pytest.mark.parametrize("other_first", [False, True])
def test_merges_of_the_same_pair_both_ways_keep_the_earliest(kreis: Vault, other_first: bool) -> None:
    x, y = imported(kreis, case_count=4), imported(kreis, SECOND_DEVICE, case_count=2)
    esc.merge(kreis, x, [y])  # here: y is a duplicate of x
    with kreis.reader() as session:
        merged_at = session.scalars(select(EscalationReview.at)).one()
    # Another coordinator merged x into y before replication.
    merge_review(kreis, x, y, merged_at + dt.timedelta(seconds=-1 if other_first else 1))
    primary, duplicate = (y, x) if other_first else (x, y)
    with kreis.reader() as session:
        inbox = esc.escalation_rows(session)
        both = {r.id: r for r in esc.escalation_rows(session, include_merged=True)}
    assert [r.id for r in inbox] == [primary]
    assert both[primary].merged_into is None and both[primary].sources == (duplicate,)
    assert both[duplicate].merged_into == primary and both[primary].case_count == 6
    esc.review(kreis, primary, status=Status.IN_REVIEW)
    assert rejected_field(esc.review, kreis, duplicate, status=Status.IN_REVIEW) == "status"


def test_a_duplicate_returns_to_the_inbox_when_its_primary_is_withdrawn(kreis: Vault) -> None:
    from kim_desktop.services import steering_group as sg

    primary, duplicate = imported(kreis, case_count=4), imported(kreis, SECOND_DEVICE, case_count=2)
    esc.merge(kreis, primary, [duplicate])
    author_step(kreis, primary, "withdrawn", utcnow() + dt.timedelta(minutes=1))
    with kreis.reader() as session:
        inbox = {r.id: r for r in esc.escalation_rows(session)}
        detail = esc.escalation_detail(session, duplicate, Role.COORDINATOR)
    assert set(inbox) == {primary, duplicate}
    assert inbox[duplicate].merged_into is None and inbox[duplicate].status is Status.SUBMITTED
    assert inbox[primary].sources == () and inbox[primary].case_count == 4
    assert detail.next_statuses == {Status.IN_REVIEW, Status.RESOLVED, Status.UNSOLVABLE}
    esc.review(kreis, duplicate, status=Status.IN_REVIEW, feedback="weiter")
    meeting = sg.create_meeting(kreis, dt.date(2026, 12, 3), "Lenkungsgruppe")
    sg.set_agenda(kreis, meeting, [duplicate])
    with kreis.reader() as session:
        assert esc.current_status(session, duplicate) is Status.STEERING_GROUP


def test_a_merged_problem_is_found_under_the_duplicates_municipality_and_legal_domain(kreis: Vault) -> None:
    primary = imported(kreis, municipalities=(BONN_SIDE,), legal_domains=("sgb-ii",))
    duplicate = imported(kreis, SECOND_DEVICE, municipalities=("05382008",),
                         legal_domains=("aufenthg", "sgb-ii"))
    withdrawn = imported(kreis, SECOND_DEVICE, municipalities=("05382068",), legal_domains=("sgb-xii",))
    esc.merge(kreis, primary, [duplicate, withdrawn])
    author_step(kreis, withdrawn, "withdrawn", utcnow() + dt.timedelta(minutes=1))
    with kreis.reader() as session:
        row = esc.escalation_rows(session)[0]
        assert [r.id for r in esc.escalation_rows(session, municipality="05382008")] == [primary]
        assert [r.id for r in esc.escalation_rows(session, legal_domain="aufenthg")] == [primary]
        assert esc.escalation_rows(session, municipality="05382068") == []  # withdrawn source: not counted
        assert esc.escalation_rows(session, legal_domain="sgb-xii") == []
    assert row.id == primary
    assert row.municipalities == (BONN_SIDE, "05382008") and row.legal_domains == ("sgb-ii", "aufenthg")


def test_a_duplicate_follows_a_primary_in_the_steering_group_step_by_step(kreis: Vault) -> None:
    primary, duplicate = imported(kreis), imported(kreis, SECOND_DEVICE)
    esc.review(kreis, primary, status=Status.IN_REVIEW)
    esc.review(kreis, primary, status=Status.STEERING_GROUP)
    esc.merge(kreis, primary, [duplicate])
    with kreis.reader() as session:
        detail = esc.escalation_detail(session, duplicate, Role.COORDINATOR)
    assert detail.row.status is Status.STEERING_GROUP
    assert all(h.refused_status is None for h in detail.history)


def test_a_review_replays_after_what_the_coordinator_saw_even_with_a_laptop_clock_ahead(kreis: Vault) -> None:
    escalation_id = imported(kreis)
    with kreis.transaction() as session:  # the laptop's clock ran ten minutes ahead
        session.info[DEVICE_KEY] = OTHER_DEVICE  # still the author's step
        step = session.scalars(select(EscalationStep).where(EscalationStep.status == "submitted")).one()
        step.at = utcnow() + dt.timedelta(minutes=10)
    esc.review(kreis, escalation_id, status=Status.IN_REVIEW)
    with kreis.reader() as session:
        assert esc.current_status(session, escalation_id) is Status.IN_REVIEW
