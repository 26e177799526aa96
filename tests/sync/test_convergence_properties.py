"""Property: random edits on several devices, exported in pieces, imported in any order and with
duplicates, give the same coordinator state as importing everything in the order written; the
conflict log holds, per record and per device other than the winner's, that device's latest
losing version.

Sources: two case managers (who also edit records with the same ids, so that device-owned
records conflict) and two coordinators who change the same shipped agency (the same uuid5 id on
every vault). One coordinator also relays the case managers' packages in its replication, so
records arrive by two routes. The target is a third coordinator; every example starts from
copies of vault templates made once.
"""

from __future__ import annotations

import json
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from kim_desktop.storage.consultation_tables import Client, Consultation
from kim_desktop.storage.search_tables import check_search_index
from kim_desktop.storage.vault import Vault
from kim_desktop.sync import export, package, registry
from kim_desktop.sync.codec import codec_for
from kim_desktop.sync.importer import IMPORTED, UNCHANGED
from kim_desktop.sync.keys import VaultKeys
from tests.sync import helpers
from tests.sync.helpers import (
    add_case,
    add_client,
    add_consultation,
    change,
    conflict_versions,
    edit_agency,
    import_all,
    open_copy,
    received,
    registered_rows,
    tombstone,
)

SHARED = (uuid.UUID("00000000-5eed-4000-8000-000000000001"),
          uuid.UUID("00000000-5eed-4000-8000-000000000002"))
AGENCIES = ("jobcenter", "foreigners-authority")
CASE_MANAGERS, COORDINATORS = ("cm1", "cm2"), ("b", "d")


@dataclass
class Templates:
    paths: dict[str, Path]
    target_keys: VaultKeys


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Templates:
    folder = tmp_path_factory.mktemp("sync-templates")
    vaults = {
        "cm1": helpers.new_case_manager(folder / "cm1.kimvault", "CM Eins", team=1),
        "cm2": helpers.new_case_manager(folder / "cm2.kimvault", "CM Zwei", team=2),
        "b": helpers.new_coordinator(folder / "b.kimvault", "Koordination B"),
        "d": helpers.new_coordinator(folder / "d.kimvault", "Koordination D"),
        "t": helpers.new_coordinator(folder / "t.kimvault", "Koordination T"),
    }
    for cm in CASE_MANAGERS:
        helpers.introduce(vaults[cm], vaults["t"])
        helpers.introduce(vaults[cm], vaults["b"])  # b relays their packages
        for record_id in SHARED:  # the same record made on both laptops: their versions conflict
            add_client(vaults[cm], record_id, first_name="Geteilt", notes=cm)
    for coordinator in COORDINATORS:
        helpers.introduce(vaults[coordinator], vaults["t"])
        helpers.introduce(vaults["t"], vaults[coordinator])
    target_keys = helpers.keys_of(vaults["t"])
    for vault in vaults.values():
        vault.close()
    return Templates({name: vault.path for name, vault in vaults.items()}, target_keys)


@dataclass
class Laptop:
    vault: Vault
    clients: list[uuid.UUID] = field(default_factory=list)
    cases: list[uuid.UUID] = field(default_factory=list)
    consultations: list[uuid.UUID] = field(default_factory=list)
    shared_deleted: set[uuid.UUID] = field(default_factory=set)


def _pick(items: list[uuid.UUID], k: int) -> uuid.UUID | None:
    return items[k % len(items)] if items else None


class Scenario:
    """Plays the operations on the source vaults and keeps every package written, in order."""

    def __init__(self, folder: Path, templates: Templates) -> None:
        self.folder = folder
        self.laptops = {cm: Laptop(open_copy(templates.paths[cm], folder / f"{cm}.kimvault"))
                        for cm in CASE_MANAGERS}
        self.coordinators = {c: open_copy(templates.paths[c], folder / f"{c}.kimvault") for c in COORDINATORS}
        self.packages: list[Path] = []
        self.relayed: set[Path] = set()
        self.deployment = helpers.shipped_deployment()

    def close(self) -> None:
        for laptop in self.laptops.values():
            laptop.vault.close()
        for vault in self.coordinators.values():
            vault.close()

    def run(self, operation: tuple[str, int, int]) -> None:
        name, who, k = operation
        getattr(self, f"op_{name}")(who, k)

    # case managers
    def op_client(self, who: int, k: int) -> None:
        laptop = self.laptops[CASE_MANAGERS[who]]
        laptop.clients.append(add_client(laptop.vault, first_name=f"Vorname{k}", notes=f"Notiz {k}"))

    def op_edit_client(self, who: int, k: int) -> None:
        laptop = self.laptops[CASE_MANAGERS[who]]
        if (client := _pick(laptop.clients, k)) is not None:
            change(laptop.vault, Client, client, phone=f"0228 {k:06d}")

    def op_drop_client(self, who: int, k: int) -> None:
        laptop = self.laptops[CASE_MANAGERS[who]]
        if (client := _pick(laptop.clients, k)) is not None:
            tombstone(laptop.vault, Client, client)
            laptop.clients.remove(client)

    def op_case(self, who: int, k: int) -> None:
        laptop = self.laptops[CASE_MANAGERS[who]]
        if (client := _pick(laptop.clients, k)) is not None:
            laptop.cases.append(add_case(laptop.vault, client))

    def op_consult(self, who: int, k: int) -> None:
        laptop = self.laptops[CASE_MANAGERS[who]]
        if (case := _pick(laptop.cases, k)) is not None:
            laptop.consultations.append(add_consultation(laptop.vault, case, notes=f"Beratung {k} Wohnung"))

    def op_edit_consult(self, who: int, k: int) -> None:
        laptop = self.laptops[CASE_MANAGERS[who]]
        if (consultation := _pick(laptop.consultations, k)) is not None:
            change(laptop.vault, Consultation, consultation, notes=f"geändert {k} Arbeit",
                   duration_minutes=k + 1)

    def op_drop_consult(self, who: int, k: int) -> None:
        laptop = self.laptops[CASE_MANAGERS[who]]
        if (consultation := _pick(laptop.consultations, k)) is not None:
            tombstone(laptop.vault, Consultation, consultation)
            laptop.consultations.remove(consultation)

    def op_shared(self, who: int, k: int) -> None:
        laptop = self.laptops[CASE_MANAGERS[who]]
        record = SHARED[k % len(SHARED)]
        if record not in laptop.shared_deleted:
            change(laptop.vault, Client, record, notes=f"{CASE_MANAGERS[who]} {k}")

    def op_drop_shared(self, who: int, k: int) -> None:
        laptop = self.laptops[CASE_MANAGERS[who]]
        record = SHARED[k % len(SHARED)]
        if record not in laptop.shared_deleted:
            tombstone(laptop.vault, Client, record)
            laptop.shared_deleted.add(record)

    def op_export(self, who: int, _k: int) -> None:
        vault = self.laptops[CASE_MANAGERS[who]].vault
        self.packages.append(export.export_for_kreis(vault, self.deployment, self.folder / "out").path)

    # coordinators
    def op_agency(self, who: int, k: int) -> None:
        edit_agency(self.coordinators[COORDINATORS[who]], AGENCIES[k % 2], f"Stelle {COORDINATORS[who]} {k}")

    def op_drop_agency(self, who: int, k: int) -> None:
        edit_agency(self.coordinators[COORDINATORS[who]], AGENCIES[k % 2], f"weg {k}", deleted=True)

    def op_replicate(self, who: int, _k: int) -> None:
        results = export.export_from_coordinator(self.coordinators[COORDINATORS[who]], self.deployment,
                                                 self.folder / f"out-{COORDINATORS[who]}")
        self.packages += [r.path for r in results if r.kind == package.REPLICATION]

    def op_relay(self, _who: int, _k: int) -> None:
        """Coordinator b imports the case managers' packages so far; its replication carries them."""
        fresh = [p for p in self.packages if p.name.startswith("kim-export") and p not in self.relayed]
        outcomes = import_all(self.coordinators["b"], fresh)
        assert all(o.status in (IMPORTED, UNCHANGED) for o in outcomes), [o.reason for o in outcomes]
        self.relayed.update(fresh)

    def finish(self) -> None:
        """Every change leaves in some package."""
        for who in range(len(CASE_MANAGERS)):
            self.op_export(who, 0)
        for who in range(len(COORDINATORS)):
            self.op_replicate(who, 0)


Rows = set[tuple[Any, ...]]


def expected_state(files: list[Path], keys: VaultKeys) -> tuple[dict[str, Rows], Rows]:
    """The oracle, from the packages alone: per record the highest (revision, updated_at, device)
    wins; per record and losing device, that device's highest version is the logged loser."""
    versions: dict[tuple[str, Any], list[dict[str, Any]]] = {}
    for path in files:
        opened = package.read(path.read_bytes(), keys)
        for name, raw_rows in opened.records.items():
            codec = codec_for(registry.BY_NAME[name].table)
            for raw in raw_rows:
                row = codec.decode(raw)
                versions.setdefault((name, row["id"]), []).append(row)
    rank = lambda row: (row["revision"], row["updated_at"], row["device_id"])  # noqa: E731
    winners: dict[str, Rows] = {entry.name: set() for entry in registry.TABLES}
    losers: Rows = set()
    for (name, record_id), rows in versions.items():
        table = registry.BY_NAME[name].table
        winner = max(rows, key=rank)
        winners[name].add(tuple(winner[c.name] for c in table.columns))
        for device in {row["device_id"] for row in rows} - {winner["device_id"]}:
            latest = max((row for row in rows if row["device_id"] == device), key=rank)
            data = codec_for(table).encode(latest)
            losers.add((name, record_id, device, latest["revision"], latest["updated_at"],
                        json.dumps(data, ensure_ascii=False)))
    return winners, losers


operations = st.one_of(
    st.tuples(st.sampled_from(("client", "edit_client", "drop_client", "case", "consult", "edit_consult",
                               "drop_consult", "shared", "drop_shared", "export")),
              st.integers(0, len(CASE_MANAGERS) - 1), st.integers(0, 30)),
    st.tuples(st.sampled_from(("agency", "drop_agency", "replicate")),
              st.integers(0, len(COORDINATORS) - 1), st.integers(0, 30)),
    st.tuples(st.just("relay"), st.just(0), st.just(0)),
)


@settings(max_examples=8, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(steps=st.lists(operations, min_size=1, max_size=20), data=st.data())
def test_any_order_with_duplicates_converges_to_the_in_order_state(
        templates: Templates, tmp_path: Path, steps: list[tuple[str, int, int]], data: st.DataObject) -> None:
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    scenario = Scenario(folder, templates)
    try:
        for step in steps:
            scenario.run(step)
        scenario.finish()
    finally:
        scenario.close()
    files = scenario.packages
    shuffled = data.draw(st.permutations(files), label="order")
    duplicates = data.draw(st.lists(st.sampled_from(files), max_size=4), label="duplicates")
    for duplicate in duplicates:
        shuffled.insert(data.draw(st.integers(0, len(shuffled)), label="at"), duplicate)

    in_order = open_copy(templates.paths["t"], folder / "t-in-order.kimvault")
    any_order = open_copy(templates.paths["t"], folder / "t-any-order.kimvault")
    try:
        own = registered_rows(in_order)
        first = import_all(in_order, files)
        second = import_all(any_order, shuffled)
        assert [o.status for o in first] == [IMPORTED] * len(files), [o.reason for o in first]
        assert all(o.status in (IMPORTED, UNCHANGED) for o in second), [o.reason for o in second]
        assert sum(o.status == IMPORTED for o in second) == len(files)

        state = registered_rows(in_order)
        assert registered_rows(any_order) == state
        assert conflict_versions(any_order) == conflict_versions(in_order)
        assert received(any_order) == received(in_order)

        winners, losers = expected_state(files, templates.target_keys)
        assert state == {name: own[name] | winners[name] for name in state}
        assert conflict_versions(in_order) == losers
        event(f"conflicts logged: {'none' if not losers else 'some'}")
        event(f"packages: {'under 6' if len(files) < 6 else '6 or more'}")
        for vault in (in_order, any_order):
            with vault.engine.connect() as conn:
                check_search_index(conn)
    finally:
        in_order.close()
        any_order.close()
