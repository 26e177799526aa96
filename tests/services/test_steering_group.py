"""The Lenkungsgruppe in a coordinator's vault: meetings, the agenda (which moves escalations in
review to the steering group), decisions that reach the author as reviews."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from kim_desktop.domain.escalation_status import Status
from kim_desktop.domain.roles import Role
from kim_desktop.errors import InputRejected
from kim_desktop.services import escalations as esc
from kim_desktop.services import steering_group as sg
from kim_desktop.storage.escalation_tables import AgendaItem, EscalationReview
from kim_desktop.storage.schema import AuditEntry, utcnow
from kim_desktop.storage.vault import Vault
from tests.coordinator_helpers import new_coordinator_vault
from tests.services.test_escalations import FORM, SECOND_DEVICE, author_step, imported

DECEMBER = dt.date(2026, 12, 3)


@pytest.fixture
def kreis(tmp_path: Path) -> Iterator[Vault]:
    with new_coordinator_vault(tmp_path) as vault:
        yield vault


def agenda_of(kreis: Vault, meeting_id: str) -> list[sg.AgendaRow]:
    with kreis.reader() as session:
        return sg.agenda(session, meeting_id)


def test_meetings_are_listed_latest_first_with_their_item_count(kreis: Vault) -> None:
    first = sg.create_meeting(kreis, dt.date(2026, 9, 1), "  Lenkungsgruppe September ", "Kreishaus, Raum 3")
    second = sg.create_meeting(kreis, DECEMBER, "Lenkungsgruppe Dezember")
    sg.set_agenda(kreis, second, [imported(kreis)])
    with kreis.reader() as session:
        rows = sg.meetings(session)
    assert [(r.id, r.title, r.place, r.item_count) for r in rows] == [
        (second, "Lenkungsgruppe Dezember", "", 1), (first, "Lenkungsgruppe September", "Kreishaus, Raum 3", 0)]


@pytest.mark.parametrize(("title", "place", "field"), [("  ", "", "title"), ("x" * 201, "", "title"),
                                                        ("Sitzung", "y" * 201, "place")])
def test_bad_meetings_are_rejected(kreis: Vault, title: str, place: str, field: str) -> None:
    with pytest.raises(InputRejected) as info:
        sg.create_meeting(kreis, DECEMBER, title, place)
    assert info.value.field == field


def test_case_managers_hold_no_meetings(vault: Vault) -> None:
    with pytest.raises(InputRejected):
        sg.create_meeting(vault, DECEMBER, "Sitzung")


def test_the_agenda_keeps_its_order_and_moves_escalations_in_review(kreis: Vault) -> None:
    in_review = imported(kreis, title="Kita-Plätze")
    submitted = imported(kreis, SECOND_DEVICE, title="Wohnungen")
    esc.review(kreis, in_review, status=Status.IN_REVIEW)
    meeting = sg.create_meeting(kreis, DECEMBER, "Lenkungsgruppe")

    sg.set_agenda(kreis, meeting, [submitted, in_review])
    rows = agenda_of(kreis, meeting)
    assert [(r.position, r.escalation.id) for r in rows] == [(1, submitted), (2, in_review)]
    assert rows[1].escalation.status is Status.STEERING_GROUP  # in review → Lenkungsgruppe
    assert rows[0].escalation.status is Status.STEERING_GROUP  # from "übermittelt" via "in Prüfung"
    with kreis.reader() as session:
        history = esc.escalation_detail(session, submitted, Role.COORDINATOR).history
    assert [h.status for h in history][-2:] == [Status.IN_REVIEW, Status.STEERING_GROUP]
    assert all(h.refused_status is None for h in history)

    sg.set_agenda(kreis, meeting, [in_review])  # reordered and one removed
    rows = agenda_of(kreis, meeting)
    assert [(r.position, r.escalation.id) for r in rows] == [(1, in_review)]
    with kreis.reader() as session:
        items = session.scalars(select(AgendaItem)).all()
        moves = session.scalars(select(EscalationReview).where(
            EscalationReview.status == "steering-group")).all()
        audit = list(session.scalars(select(AuditEntry.action).where(AuditEntry.record_id == meeting)))
    assert sorted(i.deleted for i in items) == [False, True]
    assert len(moves) == 2  # the second set_agenda did not move them again
    assert audit == ["steering.meeting-saved", "steering.agenda-set", "steering.agenda-set"]


@pytest.mark.parametrize("ended", [Status.RESOLVED, Status.UNSOLVABLE])
def test_ended_escalations_are_refused_for_the_agenda(kreis: Vault, ended: Status) -> None:
    escalation_id = imported(kreis)
    esc.review(kreis, escalation_id, status=ended, feedback="erledigt")
    meeting = sg.create_meeting(kreis, DECEMBER, "Lenkungsgruppe")
    with pytest.raises(InputRejected) as info:
        sg.set_agenda(kreis, meeting, [escalation_id])
    assert ended.label in info.value.message() and "wieder in Prüfung" in info.value.message()
    assert agenda_of(kreis, meeting) == []
    esc.review(kreis, escalation_id, status=Status.IN_REVIEW)  # the problem returns: then it may go on
    sg.set_agenda(kreis, meeting, [escalation_id])
    assert agenda_of(kreis, meeting)[0].escalation.status is Status.STEERING_GROUP


def test_a_submitted_escalation_on_the_agenda_can_no_longer_be_withdrawn(kreis: Vault) -> None:
    escalation_id = imported(kreis)
    meeting = sg.create_meeting(kreis, DECEMBER, "Lenkungsgruppe")
    sg.set_agenda(kreis, meeting, [escalation_id])
    author_step(kreis, escalation_id, "withdrawn", utcnow() + dt.timedelta(minutes=1))
    item = agenda_of(kreis, meeting)[0]
    assert item.escalation.status is Status.STEERING_GROUP
    sg.record_decision(kreis, item.item_id, "Beschluss", status=Status.RESOLVED)
    with kreis.reader() as session:
        assert esc.current_status(session, escalation_id) is Status.RESOLVED


def test_withdrawn_and_merged_escalations_stay_off_the_agenda(kreis: Vault) -> None:
    withdrawn = imported(kreis)
    author_step(kreis, withdrawn, "withdrawn")
    primary, duplicate = imported(kreis), imported(kreis, SECOND_DEVICE)
    esc.merge(kreis, primary, [duplicate])
    meeting = sg.create_meeting(kreis, DECEMBER, "Lenkungsgruppe")
    for escalation_id, word in ((withdrawn, "zurückgezogen"), (duplicate, "zusammengeführt")):
        with pytest.raises(InputRejected) as info:
            sg.set_agenda(kreis, meeting, [primary, escalation_id])
        assert word in info.value.message()
    assert agenda_of(kreis, meeting) == []  # nothing of a refused agenda was saved
    sg.set_agenda(kreis, meeting, [primary])
    assert agenda_of(kreis, meeting)[0].escalation.case_count == 2 * FORM.case_count


def test_a_decision_is_recorded_and_reaches_the_author_as_a_review(kreis: Vault) -> None:
    escalation_id = imported(kreis)
    esc.review(kreis, escalation_id, status=Status.IN_REVIEW)
    meeting = sg.create_meeting(kreis, DECEMBER, "Lenkungsgruppe")
    sg.set_agenda(kreis, meeting, [escalation_id])
    item = agenda_of(kreis, meeting)[0]

    with pytest.raises(InputRejected) as info:
        sg.record_decision(kreis, item.item_id, "   ", status=Status.RESOLVED)
    assert info.value.field == "decision"
    with pytest.raises(InputRejected):  # not a move the rules allow from the Lenkungsgruppe
        sg.record_decision(kreis, item.item_id, "Zurück an die Autorin", status=Status.SUBMITTED)
    assert agenda_of(kreis, meeting)[0].decision == ""

    sg.record_decision(kreis, item.item_id, "Der Kreis finanziert Kinderbetreuung.", status=Status.RESOLVED)
    row = agenda_of(kreis, meeting)[0]
    assert row.decision == "Der Kreis finanziert Kinderbetreuung." and row.escalation.status is Status.RESOLVED
    with kreis.reader() as session:
        last = session.scalars(select(EscalationReview).order_by(EscalationReview.at.desc())).first()
        detail = esc.escalation_detail(session, escalation_id, Role.COORDINATOR)
    assert last is not None and last.feedback == "Der Kreis finanziert Kinderbetreuung."
    assert last.author_device_id != "" and last.status == "resolved"
    assert detail.history[-1].comment == "Der Kreis finanziert Kinderbetreuung."

    sg.record_decision(kreis, item.item_id, "Ergänzt: ab März 2027.", status=None)  # status unchanged
    assert agenda_of(kreis, meeting)[0].escalation.status is Status.RESOLVED
