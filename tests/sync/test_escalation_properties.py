"""Property: escalation packages imported in any order, some twice, give the same records and the
same current status of every escalation as importing them in the order written, on another
coordinator (case managers' exports and the reviewing coordinator's replication: two routes for
the authors' records) and on the author's laptop (the coordinator's feedback packages).

The story, played once per module: Petra submits two escalations and Anna one; coordinator A
takes them into review and merges Anna's into Petra's first; Petra withdraws her second; A puts
the first on a Lenkungsgruppe agenda and records the decision. Every package written on the way
is kept; each example imports a shuffled selection with duplicates into fresh copies.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kim_desktop.domain.escalation_status import Status
from kim_desktop.services import escalations as esc
from kim_desktop.services import steering_group
from kim_desktop.storage.vault import Vault
from kim_desktop.sync import export, package
from kim_desktop.sync.importer import IMPORTED, UNCHANGED
from tests.sync import helpers
from tests.sync.helpers import import_all, open_copy

ESCALATION_TABLES = ("escalation", "escalation_step", "escalation_review", "steering_meeting", "agenda_item")


def form(title: str, count: int) -> esc.EscalationInput:
    return esc.EscalationInput(title=title, description=f"{title}: strukturelles Problem in der Kommune.",
                               legal_domains=("sgb-ii",), municipalities=(helpers.KOENIGSWINTER,), case_count=count)


@dataclass
class Story:
    target: Path  # coordinator T's vault before any import
    petra: Path  # Petra's laptop at the end (before importing any feedback)
    kreis_packages: list[Path]  # for T, in the order written
    feedback_packages: list[Path]  # for Petra, in the order written
    ids: list[str]
    statuses: dict[str, Status]  # in A's vault at the end


def _rows(vault: Vault) -> dict[str, set[tuple[Any, ...]]]:
    rows = helpers.registered_rows(vault)
    return {name: rows[name] for name in ESCALATION_TABLES}


def _statuses(vault: Vault, ids: list[str]) -> dict[str, Status]:
    with vault.reader() as session:
        return {escalation_id: esc.current_status(session, escalation_id) for escalation_id in ids}


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> Story:
    folder = tmp_path_factory.mktemp("escalation-story")
    deployment = helpers.shipped_deployment()
    a = helpers.new_coordinator(folder / "a.kimvault", "Koordination A")
    t = helpers.new_coordinator(folder / "t.kimvault", "Koordination T")
    petra = helpers.new_case_manager(folder / "petra.kimvault", "Petra Schmitz")
    anna = helpers.new_case_manager(folder / "anna.kimvault", "Anna Becker", team=2)
    for cm in (petra, anna):
        helpers.introduce(cm, a)
        helpers.introduce(cm, t)
    helpers.introduce(a, t)
    helpers.introduce(t, a)
    target = t.path
    t.close()

    kreis: list[Path] = []
    feedback: list[Path] = []
    step = iter(range(100))

    def from_laptop(vault: Vault) -> None:
        path = export.export_for_kreis(vault, deployment, folder / f"cm-{next(step)}").path
        assert [o.status for o in import_all(a, [path])] == [IMPORTED]
        kreis.append(path)

    def from_coordinator() -> None:
        for result in export.export_from_coordinator(a, deployment, folder / f"a-{next(step)}"):
            if result.kind == package.REPLICATION:
                kreis.append(result.path)
            elif result.to_device == petra.profile.device_id:
                feedback.append(result.path)

    first = esc.save_draft(petra, form("Kita-Plätze fehlen", 4))
    second = esc.save_draft(petra, form("Wohnungen fehlen", 2))
    esc.submit(petra, first)
    esc.submit(petra, second)
    from_laptop(petra)
    third = esc.save_draft(anna, form("Kita-Plätze fehlen auch hier", 3))
    esc.submit(anna, third)
    from_laptop(anna)
    esc.review(a, first, status=Status.IN_REVIEW, feedback="Wir prüfen.")
    esc.review(a, second, status=Status.IN_REVIEW)
    esc.merge(a, first, [third], feedback="Zusammengeführt.")
    from_coordinator()
    esc.withdraw(petra, second, "Erledigt")
    from_laptop(petra)
    meeting = steering_group.create_meeting(a, dt.date(2026, 12, 3), "Lenkungsgruppe")
    steering_group.set_agenda(a, meeting, [first])
    with a.reader() as session:
        item = steering_group.agenda(session, meeting)[0]
    steering_group.record_decision(a, item.item_id, "Kreis richtet Plätze ein.", status=Status.RESOLVED)
    from_coordinator()

    ids = [first, second, third]
    statuses = _statuses(a, ids)
    assert statuses == {first: Status.RESOLVED, second: Status.WITHDRAWN, third: Status.RESOLVED}
    petra_path = petra.path
    for vault in (a, petra, anna):
        vault.close()
    return Story(target, petra_path, kreis, feedback, ids, statuses)


@dataclass
class Reference:
    kreis_rows: dict[str, set[tuple[Any, ...]]]
    petra_rows: dict[str, set[tuple[Any, ...]]]


@pytest.fixture(scope="module")
def reference(story: Story, tmp_path_factory: pytest.TempPathFactory) -> Reference:
    folder = tmp_path_factory.mktemp("escalation-reference")
    with open_copy(story.target, folder / "t.kimvault") as t:
        assert all(o.status == IMPORTED for o in import_all(t, story.kreis_packages))
        assert _statuses(t, story.ids) == story.statuses
        kreis_rows = _rows(t)
    with open_copy(story.petra, folder / "petra.kimvault") as petra:
        assert all(o.status == IMPORTED for o in import_all(petra, story.feedback_packages))
        own = story.ids[:2]
        assert _statuses(petra, own) == {i: story.statuses[i] for i in own}
        petra_rows = _rows(petra)
    assert not petra_rows["steering_meeting"] and not petra_rows["agenda_item"]
    return Reference(kreis_rows, petra_rows)


def _orders(count: int) -> st.SearchStrategy[list[int]]:
    """Every package at least once, up to three of them again, in any order."""
    return st.lists(st.integers(0, count - 1), max_size=3).flatmap(
        lambda extra: st.permutations(list(range(count)) + extra))


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(data=st.data())
def test_any_import_order_gives_the_same_escalations(story: Story, reference: Reference,
                                                    data: st.DataObject) -> None:
    kreis_order = data.draw(_orders(len(story.kreis_packages)), label="kreis order")
    feedback_order = data.draw(_orders(len(story.feedback_packages)), label="feedback order")
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        with open_copy(story.target, folder / "t.kimvault") as t:
            outcomes = import_all(t, [story.kreis_packages[i] for i in kreis_order])
            assert all(o.status in (IMPORTED, UNCHANGED) for o in outcomes)
            assert _statuses(t, story.ids) == story.statuses
            assert _rows(t) == reference.kreis_rows
        with open_copy(story.petra, folder / "petra.kimvault") as petra:
            outcomes = import_all(petra, [story.feedback_packages[i] for i in feedback_order])
            assert all(o.status in (IMPORTED, UNCHANGED) for o in outcomes)
            own = story.ids[:2]
            assert _statuses(petra, own) == {i: story.statuses[i] for i in own}
            assert _rows(petra) == reference.petra_rows
