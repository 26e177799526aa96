"""Escalations through real export files: case manager → coordinator → feedback → case manager.

Drafts stay on the laptop; a submitted escalation reaches the Geschäftsstelle with its case count
but never its case links; the review and feedback travel back in the author's feedback package
only; merged duplicates' authors both see the merge; a withdrawal reaches the coordinator, who can
then no longer review it. Templates are made once per module and copied per test.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from kim_desktop.domain.escalation_status import Status
from kim_desktop.domain.roles import Role
from kim_desktop.errors import InputRejected
from kim_desktop.services import escalations as esc
from kim_desktop.services import steering_group
from kim_desktop.storage.escalation_tables import (
    AgendaItem,
    Escalation,
    EscalationCaseLink,
    EscalationReview,
    EscalationStep,
    SteeringMeeting,
)
from kim_desktop.storage.vault import Vault
from kim_desktop.sync import export, package, registry
from kim_desktop.sync.importer import IMPORTED, REFUSED
from kim_desktop.sync.keys import VaultKeys
from tests.sync import helpers
from tests.sync.helpers import KOENIGSWINTER, add_case, add_client, import_all, open_copy

BAD_HONNEF = "05382008"
FEEDBACK_MARKER = "Rueckmeldung-Geschaeftsstelle-Kinderbetreuung"
MERGE_MARKER = "Zusammengefuehrt-Kitaplatz-Meldungen"


@dataclass
class Templates:
    paths: dict[str, Path]
    devices: dict[str, str]
    keys: dict[str, VaultKeys]


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Templates:
    folder = tmp_path_factory.mktemp("escalation-templates")
    coordinator = helpers.new_coordinator(folder / "kreis.kimvault", "Geschäftsstelle Kreis")
    petra = helpers.new_case_manager(folder / "petra.kimvault", "Petra Schmitz")
    anna = Vault.create(folder / "anna.kimvault", helpers.PASSWORD, role=Role.CASE_MANAGER,
                        display_name="Anna Becker", team=2, municipalities=(BAD_HONNEF,))
    vaults = {"kreis": coordinator, "petra": petra, "anna": anna}
    for vault in (petra, anna):
        helpers.introduce(vault, coordinator)
    result = Templates({name: v.path for name, v in vaults.items()},
                       {name: v.profile.device_id for name, v in vaults.items()},
                       {name: helpers.keys_of(v) for name, v in vaults.items()})
    for vault in vaults.values():
        vault.close()
    return result


@dataclass
class World:
    kreis: Vault
    petra: Vault
    anna: Vault
    folder: Path

    def close(self) -> None:
        for vault in (self.kreis, self.petra, self.anna):
            vault.close()


@pytest.fixture
def world(templates: Templates, tmp_path: Path):  # type: ignore[no-untyped-def]
    opened = World(*(open_copy(templates.paths[name], tmp_path / "vaults" / f"{name}.kimvault")
                     for name in ("kreis", "petra", "anna")), folder=tmp_path)
    yield opened
    opened.close()


_counter = iter(range(10**6))


def send(world: World, author: Vault) -> Path:
    """The author's export, imported by the Kreis; returns the file."""
    path = export.export_for_kreis(author, helpers.shipped_deployment(),
                                   world.folder / f"out-{next(_counter)}").path
    assert [o.status for o in import_all(world.kreis, [path])] == [IMPORTED]
    return path


def feedback(world: World) -> dict[str, Path]:
    """The coordinator's feedback packages by receiving device."""
    results = export.export_from_coordinator(world.kreis, helpers.shipped_deployment(),
                                             world.folder / f"fb-{next(_counter)}")
    return {r.to_device: r.path for r in results if r.kind == package.FEEDBACK}


def receive(world: World, vault: Vault, packages: dict[str, Path]) -> None:
    outcomes = import_all(vault, [packages[vault.profile.device_id]])
    assert [o.status for o in outcomes] == [IMPORTED], outcomes[0].reason


def draft(vault: Vault, title: str = "Kitaplätze fehlen für Kinder Geflüchteter", **changes: object) -> str:
    data = esc.EscalationInput(title=title, description="Seit dem Frühjahr gibt es in der Kommune keine freien "
                               "Kita-Plätze; Integrationskurse können nicht besucht werden.",
                               legal_domains=("sgb-viii", "school-daycare"), municipalities=(KOENIGSWINTER,),
                               case_count=4,
                               first_seen=dt.date(2026, 3, 1), urgency="high",
                               proposed_measure="Kurse mit Kinderbetreuung ausschreiben")
    for name, value in changes.items():
        data = esc.EscalationInput(**{**data.__dict__, name: value})
    return esc.save_draft(vault, data)


def package_tables(path: Path, keys: VaultKeys) -> dict[str, list[dict[str, object]]]:
    return package.read(path.read_bytes(), keys).records


def test_draft_stays_on_the_laptop_and_only_submitted_escalations_travel(world: World, templates: Templates) -> None:
    case_id = add_case(world.petra, add_client(world.petra))
    kept = draft(world.petra, "Noch ein Entwurf der nicht reisen darf")
    sent = draft(world.petra, case_ids=(str(case_id),))
    assert esc.submit(world.petra, sent) == []

    path = send(world, world.petra)
    records = package.read(path.read_bytes(), templates.keys["kreis"]).records
    assert {r["id"] for r in records["escalation"]} == {sent}
    assert {r["escalation_id"] for r in records["escalation_step"]} == {sent}
    assert "escalation_case_link" not in records

    with world.kreis.reader() as session:
        assert session.get(Escalation, uuid.UUID(kept)) is None
        assert session.scalars(select(EscalationCaseLink)).all() == []
        rows = esc.escalation_rows(session)
    assert [r.id for r in rows] == [sent]
    row = rows[0]
    assert row.status is Status.SUBMITTED and row.case_count == 4
    assert row.author_label == "Petra Schmitz" and row.author_device_id == templates.devices["petra"]
    with world.kreis.reader() as session:
        detail = esc.escalation_detail(session, sent, Role.COORDINATOR)
    assert detail.data.case_ids == () and not detail.editable and not detail.withdrawable
    assert detail.next_statuses == {Status.IN_REVIEW, Status.RESOLVED, Status.UNSOLVABLE}

    # The draft submitted later travels with the next export, its earlier step included.
    esc.submit(world.petra, kept)
    records = package.read(send(world, world.petra).read_bytes(), templates.keys["kreis"]).records
    assert {r["id"] for r in records["escalation"]} == {kept}
    assert {r["status"] for r in records["escalation_step"]} == {"draft", "submitted"}


def test_review_and_feedback_reach_the_author_only(world: World, templates: Templates) -> None:
    petra_id = draft(world.petra)
    anna_id = draft(world.anna, "Sprachkurse in Bad Honnef überfüllt", municipalities=(BAD_HONNEF,))
    esc.submit(world.petra, petra_id)
    esc.submit(world.anna, anna_id)
    send(world, world.petra)
    send(world, world.anna)

    esc.review(world.kreis, petra_id, status=Status.IN_REVIEW, feedback=FEEDBACK_MARKER)
    meeting = steering_group.create_meeting(world.kreis, dt.date(2026, 12, 3), "Lenkungsgruppe Dezember")
    packages = feedback(world)
    petra_records = package_tables(packages[templates.devices["petra"]], templates.keys["petra"])
    anna_records = package_tables(packages[templates.devices["anna"]], templates.keys["anna"])
    assert [r["feedback"] for r in petra_records["escalation_review"]] == [FEEDBACK_MARKER]
    assert not anna_records.get("escalation_review")
    for records in (petra_records, anna_records):
        assert "steering_meeting" not in records and "agenda_item" not in records
    assert meeting

    receive(world, world.petra, packages)
    receive(world, world.anna, packages)
    with world.petra.reader() as session:
        detail = esc.escalation_detail(session, petra_id, Role.CASE_MANAGER)
        rows = esc.escalation_rows(session)
    assert detail.row.status is Status.IN_REVIEW and rows[0].status is Status.IN_REVIEW
    assert [(h.status, h.comment) for h in detail.history] == [
        (Status.DRAFT, ""), (Status.SUBMITTED, ""), (Status.IN_REVIEW, FEEDBACK_MARKER)]
    assert detail.history[-1].who == "Geschäftsstelle Kreis"
    assert detail.withdrawable and not detail.editable
    assert detail.next_statuses == {Status.WITHDRAWN}
    with world.anna.reader() as session:
        assert session.scalars(select(EscalationReview)).all() == []
        assert esc.current_status(session, anna_id) is Status.SUBMITTED


def test_merge_feedback_reaches_both_authors(world: World, templates: Templates) -> None:
    petra_id = draft(world.petra, case_count=4)
    anna_id = draft(world.anna, "Kita-Plätze fehlen auch in Bad Honnef", municipalities=(BAD_HONNEF,), case_count=3)
    for vault, escalation_id in ((world.petra, petra_id), (world.anna, anna_id)):
        esc.submit(vault, escalation_id)
        send(world, vault)
    esc.review(world.kreis, petra_id, status=Status.IN_REVIEW)
    esc.merge(world.kreis, petra_id, [anna_id], feedback=MERGE_MARKER)

    with world.kreis.reader() as session:
        inbox = esc.escalation_rows(session)
        everything = esc.escalation_rows(session, include_merged=True)
        detail = esc.escalation_detail(session, petra_id, Role.COORDINATOR)
    assert [r.id for r in inbox] == [petra_id]
    assert inbox[0].case_count == 7 and inbox[0].sources == (anna_id,)
    assert {r.id for r in everything} == {petra_id, anna_id}
    merged = next(r for r in everything if r.id == anna_id)
    assert merged.merged_into == petra_id and merged.status is Status.IN_REVIEW
    assert [s.id for s in detail.sources] == [anna_id]
    with pytest.raises(InputRejected):
        esc.review(world.kreis, anna_id, status=Status.RESOLVED)

    esc.review(world.kreis, petra_id, status=Status.RESOLVED, feedback="Kreis schafft Betreuungsplätze")
    packages = feedback(world)
    receive(world, world.petra, packages)
    receive(world, world.anna, packages)
    for vault, escalation_id in ((world.petra, petra_id), (world.anna, anna_id)):
        with vault.reader() as session:
            detail = esc.escalation_detail(session, escalation_id, Role.CASE_MANAGER)
        comments = [h.comment for h in detail.history]
        assert MERGE_MARKER in comments, vault.profile.display_name
        assert comments[-1] == "Kreis schafft Betreuungsplätze"
        assert detail.row.status is Status.RESOLVED
    with world.anna.reader() as session:
        assert esc.escalation_rows(session)[0].merged_into == petra_id  # listed for its author all the same


def test_withdrawal_after_review_reaches_the_coordinator(world: World) -> None:
    escalation_id = draft(world.petra)
    esc.submit(world.petra, escalation_id)
    send(world, world.petra)
    esc.review(world.kreis, escalation_id, status=Status.IN_REVIEW, feedback="Wir prüfen das.")
    receive(world, world.petra, feedback(world))

    esc.withdraw(world.petra, escalation_id, "Hat sich durch neue Kita erledigt")
    send(world, world.petra)
    with world.kreis.reader() as session:
        assert esc.current_status(session, escalation_id) is Status.WITHDRAWN
        detail = esc.escalation_detail(session, escalation_id, Role.COORDINATOR)
        assert esc.escalation_rows(session, status=Status.WITHDRAWN)[0].id == escalation_id
    assert detail.next_statuses == frozenset()
    assert detail.history[-1].comment == "Hat sich durch neue Kita erledigt"
    for status in (Status.IN_REVIEW, Status.RESOLVED, Status.STEERING_GROUP):
        with pytest.raises(InputRejected):
            esc.review(world.kreis, escalation_id, status=status)


def test_no_withdrawal_once_in_the_steering_group(world: World) -> None:
    escalation_id = draft(world.petra)
    esc.submit(world.petra, escalation_id)
    send(world, world.petra)
    esc.review(world.kreis, escalation_id, status=Status.IN_REVIEW)
    meeting = steering_group.create_meeting(world.kreis, dt.date(2026, 12, 3), "Lenkungsgruppe")
    steering_group.set_agenda(world.kreis, meeting, [escalation_id])
    receive(world, world.petra, feedback(world))
    with world.petra.reader() as session:
        assert esc.current_status(session, escalation_id) is Status.STEERING_GROUP
    with pytest.raises(InputRejected):
        esc.withdraw(world.petra, escalation_id)

    with world.kreis.reader() as session:
        item = steering_group.agenda(session, meeting)[0]
    steering_group.record_decision(world.kreis, item.item_id, "Der Kreis richtet eine Sprechstunde ein.",
                                   status=Status.RESOLVED)
    receive(world, world.petra, feedback(world))
    with world.petra.reader() as session:
        detail = esc.escalation_detail(session, escalation_id, Role.CASE_MANAGER)
    assert detail.row.status is Status.RESOLVED
    assert detail.history[-1].comment == "Der Kreis richtet eine Sprechstunde ein."
    with world.petra.reader() as session:  # the Lenkungsgruppe's own records stay with the coordinators
        assert session.scalars(select(SteeringMeeting)).all() == []
        assert session.scalars(select(AgendaItem)).all() == []


def test_steering_group_records_replicate_to_other_coordinators(world: World, tmp_path: Path) -> None:
    other = helpers.new_coordinator(tmp_path / "zweite.kimvault", "Koordination B")
    try:
        helpers.introduce(world.kreis, other)
        helpers.introduce(other, world.kreis)
        escalation_id = draft(world.petra)
        esc.submit(world.petra, escalation_id)
        send(world, world.petra)
        esc.review(world.kreis, escalation_id, status=Status.IN_REVIEW)
        meeting = steering_group.create_meeting(world.kreis, dt.date(2026, 12, 3), "Lenkungsgruppe")
        steering_group.set_agenda(world.kreis, meeting, [escalation_id])
        results = export.export_from_coordinator(world.kreis, helpers.shipped_deployment(), tmp_path / "repl")
        replication = [r.path for r in results if r.kind == package.REPLICATION]
        assert [o.status for o in import_all(other, replication)] == [IMPORTED]
        with other.reader() as session:
            assert [m.item_count for m in steering_group.meetings(session)] == [1]
            assert esc.current_status(session, escalation_id) is Status.STEERING_GROUP
            assert steering_group.agenda(session, meeting)[0].escalation.id == escalation_id
    finally:
        other.close()


def _feedback_with(world: World, templates: Templates, records: dict[str, list[dict[str, object]]]) -> Path:
    """Petra's real feedback package rebuilt with other records, signed by the coordinator."""
    packages = feedback(world)
    opened = package.read(packages[templates.devices["petra"]].read_bytes(), templates.keys["petra"])
    data = helpers.rebuild(opened, templates.keys["kreis"], [templates.keys["petra"].age_recipient],
                           records={**opened.records, **records})
    path = world.folder / f"crafted-{next(_counter)}{package.SUFFIX}"
    path.write_bytes(data)
    return path


def test_case_manager_refuses_feedback_with_another_laptops_reviews(world: World, templates: Templates) -> None:
    """A coordinator of this version never sends them: such a package is refused as a whole."""
    anna_id = draft(world.anna)
    esc.submit(world.anna, anna_id)
    send(world, world.anna)
    send(world, world.petra)  # a heartbeat: Petra's laptop is known, she gets feedback
    esc.review(world.kreis, anna_id, status=Status.IN_REVIEW, feedback=FEEDBACK_MARKER)
    with world.kreis.reader() as session:
        rows = [dict(r._mapping) for r in session.execute(select(EscalationReview.__table__))]
    from kim_desktop.sync.codec import codec_for

    codec = codec_for(registry.BY_NAME["escalation_review"].table)
    crafted = _feedback_with(world, templates, {"escalation_review": [codec.encode(r) for r in rows]})
    outcome = import_all(world.petra, [crafted])[0]
    assert outcome.status == REFUSED and "anderen Geräts" in outcome.reason
    with world.petra.reader() as session:
        assert session.scalars(select(EscalationReview)).all() == []

    meeting_codec = codec_for(registry.BY_NAME["steering_meeting"].table)
    steering_group.create_meeting(world.kreis, dt.date(2026, 12, 3), "Lenkungsgruppe")
    with world.kreis.reader() as session:
        meetings = [meeting_codec.encode(dict(r._mapping))
                    for r in session.execute(select(SteeringMeeting.__table__))]
    crafted = _feedback_with(world, templates, {"steering_meeting": meetings})
    assert import_all(world.petra, [crafted])[0].status == REFUSED


def test_export_refuses_another_devices_escalation(world: World, templates: Templates) -> None:
    """The Kreis takes an escalation only from the laptop that owns it."""
    escalation_id = draft(world.petra)
    esc.submit(world.petra, escalation_id)
    path = export.export_for_kreis(world.petra, helpers.shipped_deployment(), world.folder / "own").path
    opened = package.read(path.read_bytes(), templates.keys["kreis"])
    forged = [{**row, "owner_device_id": templates.devices["anna"]} for row in opened.records["escalation"]]
    data = helpers.rebuild(opened, templates.keys["petra"], [templates.keys["kreis"].age_recipient],
                           records={**opened.records, "escalation": forged})
    crafted = world.folder / f"forged{package.SUFFIX}"
    crafted.write_bytes(data)
    outcome = import_all(world.kreis, [crafted])[0]
    assert outcome.status == REFUSED and "Meldung eines anderen Geräts" in outcome.reason


def test_step_rows_of_a_deleted_draft_never_travel(world: World, templates: Templates) -> None:
    escalation_id = draft(world.petra)
    esc.delete_draft(world.petra, escalation_id)
    path = export.export_for_kreis(world.petra, helpers.shipped_deployment(), world.folder / "empty").path
    records = package.read(path.read_bytes(), templates.keys["kreis"]).records
    assert not records.get("escalation") and not records.get("escalation_step")
    with world.petra.reader() as session:
        row = session.get(Escalation, uuid.UUID(escalation_id))
        assert row is not None and row.deleted and row.description == ""
        steps = session.scalars(select(EscalationStep)).all()
        assert steps and all(s.deleted for s in steps)


def test_a_withdrawal_crossing_the_agenda_is_refused_in_both_vaults(world: World) -> None:
    escalation_id = draft(world.petra)
    esc.submit(world.petra, escalation_id)
    send(world, world.petra)
    esc.review(world.kreis, escalation_id, status=Status.IN_REVIEW)
    meeting = steering_group.create_meeting(world.kreis, dt.date(2026, 12, 3), "Lenkungsgruppe")
    steering_group.set_agenda(world.kreis, meeting, [escalation_id])
    # Petra has not received the feedback yet: for her it is still "übermittelt".
    esc.withdraw(world.petra, escalation_id, "Rueckzug-zu-spaet-Marker")
    send(world, world.petra)
    with world.kreis.reader() as session:
        detail = esc.escalation_detail(session, escalation_id, Role.COORDINATOR)
        item = steering_group.agenda(session, meeting)[0]
    assert detail.row.status is Status.STEERING_GROUP
    assert (detail.history[-1].refused_status, detail.history[-1].comment) == (
        Status.WITHDRAWN, "Rueckzug-zu-spaet-Marker")
    steering_group.record_decision(world.kreis, item.item_id, "Kreis schreibt Kita-Ausbau aus",
                                   status=Status.RESOLVED)
    receive(world, world.petra, feedback(world))
    with world.petra.reader() as session:
        assert esc.current_status(session, escalation_id) is Status.RESOLVED  # the same as at the Kreis


def test_a_review_crossing_a_withdrawal_does_not_undo_it(world: World) -> None:
    escalation_id = draft(world.petra)
    esc.submit(world.petra, escalation_id)
    send(world, world.petra)
    esc.withdraw(world.petra, escalation_id, "Hat sich erledigt")
    withdrawal = export.export_for_kreis(world.petra, helpers.shipped_deployment(),
                                         world.folder / f"out-{next(_counter)}").path
    esc.review(world.kreis, escalation_id, status=Status.IN_REVIEW, feedback="Pruefung-zu-spaet-Marker")
    assert [o.status for o in import_all(world.kreis, [withdrawal])] == [IMPORTED]
    receive(world, world.petra, feedback(world))
    for vault, role in ((world.kreis, Role.COORDINATOR), (world.petra, Role.CASE_MANAGER)):
        with vault.reader() as session:
            detail = esc.escalation_detail(session, escalation_id, role)
        assert detail.row.status is Status.WITHDRAWN and not detail.withdrawable
        assert (detail.history[-1].refused_status, detail.history[-1].comment) == (
            Status.IN_REVIEW, "Pruefung-zu-spaet-Marker")


def test_merges_both_ways_by_two_coordinators_end_alike(world: World, tmp_path: Path) -> None:
    other = helpers.new_coordinator(tmp_path / "zweite.kimvault", "Koordination B")
    try:
        helpers.introduce(world.kreis, other)
        helpers.introduce(other, world.kreis)

        def replicate(source: Vault, target: Vault) -> None:
            results = export.export_from_coordinator(source, helpers.shipped_deployment(),
                                                     tmp_path / f"repl-{next(_counter)}")
            paths = [r.path for r in results if r.kind == package.REPLICATION]
            assert [o.status for o in import_all(target, paths)] == [IMPORTED] * len(paths)

        x = draft(world.petra, case_count=4)
        y = draft(world.anna, "Kita-Plätze fehlen auch in Bad Honnef", municipalities=(BAD_HONNEF,),
                  case_count=3)
        for vault, escalation_id in ((world.petra, x), (world.anna, y)):
            esc.submit(vault, escalation_id)
            send(world, vault)
        replicate(world.kreis, other)
        esc.merge(world.kreis, x, [y])  # first: y is a duplicate of x
        esc.merge(other, y, [x])  # before replication the other way round
        replicate(world.kreis, other)
        replicate(other, world.kreis)
        for vault in (world.kreis, other):
            with vault.reader() as session:
                inbox = esc.escalation_rows(session)
            assert [(r.id, r.sources, r.case_count) for r in inbox] == [(x, (y,), 7)]
            assert inbox[0].municipalities == (KOENIGSWINTER, BAD_HONNEF)
            if vault is world.kreis:
                esc.review(vault, x, status=Status.IN_REVIEW)
            with pytest.raises(InputRejected):
                esc.review(vault, y, status=Status.RESOLVED)
    finally:
        other.close()
