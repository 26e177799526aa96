"""The colleague directory in a coordinator's feedback: the trusted case managers' names, teams
and municipalities reach every case manager; the later package's directory wins; a malformed one
refuses the package and changes nothing; packages without one (older programs) still import.

One world per module: coordinator A has imported the exports of Petra (team 1), Anna (team 2)
and Carla (revoked afterwards); Dana's laptop is still pending. A wrote feedback twice, with Anna
renamed in between.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from kim_desktop.domain.roles import Role
from kim_desktop.services.colleagues import Colleague, colleague_name, colleagues
from kim_desktop.storage.local_state import COLLEAGUE_DIRECTORY, get_state
from kim_desktop.storage.sync_tables import SyncDevice
from kim_desktop.storage.vault import Vault
from kim_desktop.sync import devices, export, package
from kim_desktop.sync.importer import IMPORTED, REFUSED, UNCHANGED, UNKNOWN_DEVICE
from kim_desktop.sync.keys import VaultKeys
from tests.sync import helpers
from tests.sync.helpers import KOENIGSWINTER, dump, import_all, open_copy, rebuild

BAD_HONNEF = "05382008"


@dataclass
class World:
    paths: dict[str, Path]  # vault templates: petra (nothing imported yet), a (after both feedbacks)
    first: Path  # A's first feedback to Petra
    second: Path  # the later one, Anna renamed
    petra_export: Path
    keys: dict[str, VaultKeys]
    ids: dict[str, str]

    def opened(self, name: str) -> package.OpenedPackage:
        path = self.first if name == "first" else self.second
        return package.read(path.read_bytes(), self.keys["petra"])


def _feedback_to(results: list[export.ExportResult], device_id: str) -> Path:
    return next(r.path for r in results if r.kind == package.FEEDBACK and r.to_device == device_id)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    folder = tmp_path_factory.mktemp("directory")
    deployment = helpers.shipped_deployment()
    a = helpers.new_coordinator(folder / "a.kimvault")
    people = {
        "petra": Vault.create(folder / "petra.kimvault", helpers.PASSWORD, role=Role.CASE_MANAGER,
                              display_name="Petra Schmitz", team=1, municipalities=(KOENIGSWINTER,)),
        "anna": Vault.create(folder / "anna.kimvault", helpers.PASSWORD, role=Role.CASE_MANAGER,
                             display_name="Anna Becker", team=2, municipalities=(BAD_HONNEF, KOENIGSWINTER)),
        "carla": helpers.new_case_manager(folder / "carla.kimvault", "Carla Gesperrt"),
        "dana": helpers.new_case_manager(folder / "dana.kimvault", "Dana Unbestätigt"),
    }
    exports = {}
    for name, vault in people.items():
        helpers.introduce(vault, a)
        exports[name] = export.export_for_kreis(vault, deployment, folder / name).path
    outcomes = import_all(a, [exports["petra"], exports["anna"], exports["carla"]])
    assert [o.status for o in outcomes] == [IMPORTED] * 3
    assert [o.status for o in import_all(a, [exports["dana"]], trust_new_devices=False)] == [UNKNOWN_DEVICE]
    with a.transaction() as session:
        carla = session.get(SyncDevice, people["carla"].profile.device_id)
        assert carla is not None
        devices.set_status(session, carla, devices.REVOKED)
    petra_id = people["petra"].profile.device_id
    first = _feedback_to(export.export_from_coordinator(a, deployment, folder / "fb1"), petra_id)
    people["anna"].update_profile(display_name="Anna Becker-Lang")
    renamed = export.export_for_kreis(people["anna"], deployment, folder / "anna2").path
    assert [o.status for o in import_all(a, [renamed])] == [IMPORTED]
    second = _feedback_to(export.export_from_coordinator(a, deployment, folder / "fb2"), petra_id)
    keys = {"petra": helpers.keys_of(people["petra"]), "a": helpers.keys_of(a)}
    ids = {name: vault.profile.device_id for name, vault in people.items()}
    for vault in (a, *people.values()):
        vault.close()
    return World({"petra": people["petra"].path, "a": a.path}, first, second, exports["petra"], keys, ids)


def _petra(world: World, tmp_path: Path) -> Vault:
    return open_copy(world.paths["petra"], tmp_path / "petra.kimvault")


def _colleagues(vault: Vault) -> list[Colleague]:
    with vault.reader() as session:
        return colleagues(session, exclude_device_id=vault.profile.device_id)


def _stored(vault: Vault) -> str | None:
    with vault.reader() as session:
        return get_state(session, COLLEAGUE_DIRECTORY)


def _resealed(world: World, name: str, change: Any) -> bytes:
    """A's feedback with a changed manifest, signed again with A's real key."""
    opened = world.opened(name)
    manifest = {k: v for k, v in opened.manifest.items()
                if k not in ("format", "recipients", "signing_key", "counts", "files", "endorsement")}
    change(manifest)
    contents = package.Contents(manifest=manifest, records=opened.records, received=list(opened.received))
    return package.build(contents, world.keys["a"], [world.keys["petra"].age_recipient])[0]


def test_the_feedback_carries_the_trusted_case_managers_only(world: World) -> None:
    directory = world.opened("first").manifest[package.COLLEAGUES]
    assert directory == [
        {"device_id": world.ids["anna"], "name": "Anna Becker", "team": 2,
         "municipalities": [BAD_HONNEF, KOENIGSWINTER]},
        {"device_id": world.ids["petra"], "name": "Petra Schmitz", "team": 1,
         "municipalities": [KOENIGSWINTER]},
    ]  # not Carla (revoked), not Dana (pending)


def test_round_trip_coordinator_to_case_manager(world: World, tmp_path: Path) -> None:
    petra = _petra(world, tmp_path)
    try:
        assert _colleagues(petra) == []
        [outcome] = import_all(petra, [world.first])
        assert outcome.status == IMPORTED
        anna = Colleague(world.ids["anna"], "Anna Becker", 2, (BAD_HONNEF, KOENIGSWINTER))
        assert _colleagues(petra) == [anna]
        with petra.reader() as session:
            assert colleague_name(session, world.ids["anna"]) == "Anna Becker"
            assert colleague_name(session, world.ids["carla"]) == ""
    finally:
        petra.close()


@pytest.mark.parametrize("order", [("first", "second"), ("second", "first")])
def test_the_later_package_s_directory_wins_in_any_order(world: World, tmp_path: Path,
                                                         order: tuple[str, str]) -> None:
    petra = _petra(world, tmp_path)
    try:
        files = {"first": world.first, "second": world.second}
        outcomes = import_all(petra, [files[name] for name in order])
        assert [o.status for o in outcomes] == [IMPORTED, IMPORTED]
        assert [c.name for c in _colleagues(petra)] == ["Anna Becker-Lang"]
        after_both = _stored(petra)
        assert [o.status for o in import_all(petra, [world.first])][0] == UNCHANGED
        assert _stored(petra) == after_both
    finally:
        petra.close()


def test_a_package_without_a_directory_imports_and_keeps_the_stored_one(world: World, tmp_path: Path) -> None:
    older_program = tmp_path / "ohne-verzeichnis.kimsync"
    older_program.write_bytes(_resealed(world, "second", lambda m: m.pop(package.COLLEAGUES)))
    petra = _petra(world, tmp_path)
    try:
        [outcome] = import_all(petra, [older_program])
        assert (outcome.status, outcome.reason) == (IMPORTED, "")
        assert _stored(petra) is None
        assert _colleagues(petra) == []
        import_all(petra, [world.first])
        kept = _stored(petra)
        [outcome] = import_all(petra, [older_program])  # the same package again: still no directory
        assert _stored(petra) == kept and kept is not None
    finally:
        petra.close()


def test_an_empty_directory_is_a_directory(world: World, tmp_path: Path) -> None:
    later = tmp_path / "leer.kimsync"
    later.write_bytes(_resealed(world, "second", lambda m: m.update({package.COLLEAGUES: [],
                                                                   "created_at": "2099-01-01T00:00:00Z"})))
    petra = _petra(world, tmp_path)
    try:
        import_all(petra, [world.first, later])
        assert _colleagues(petra) == []
    finally:
        petra.close()


def _entries(world: World, count: int) -> list[dict[str, Any]]:
    base = world.opened("first").manifest[package.COLLEAGUES][0]
    return [{**base, "device_id": f"{index:08x}-0000-4000-8000-000000000000"} for index in range(count)]


def _one_entry(world: World, **changes: Any) -> list[dict[str, Any]]:
    return [{**world.opened("first").manifest[package.COLLEAGUES][0], **changes}]


BAD_DIRECTORIES: dict[str, Any] = {
    "not-a-list": lambda w: {"Anna": "Becker"},
    "entry-not-an-object": lambda w: ["Anna Becker"],
    "too-many": lambda w: _entries(w, package.MAX_COLLEAGUES + 1),
    "too-big": lambda w: [{**e, "municipalities": ["0" * 12] * 100} for e in _entries(w, 300)],
    "team-as-text": lambda w: _one_entry(w, team="2"),
    "team-as-bool": lambda w: _one_entry(w, team=True),
    "name-missing": lambda w: _one_entry(w, name=None),
    "name-empty": lambda w: _one_entry(w, name="  "),
    "name-too-long": lambda w: _one_entry(w, name="A" * (package.MAX_COLLEAGUE_NAME + 1)),
    "name-with-line-break": lambda w: _one_entry(w, name="Anna\nBecker"),
    "device-not-a-uuid": lambda w: _one_entry(w, device_id="../../etc"),
    "municipalities-as-text": lambda w: _one_entry(w, municipalities="05382008"),
    "municipality-not-a-key": lambda w: _one_entry(w, municipalities=["05382008; DROP"]),
    "same-device-twice": lambda w: _one_entry(w) * 2,
}


@pytest.mark.parametrize("bad", list(BAD_DIRECTORIES), ids=list(BAD_DIRECTORIES))
def test_a_malformed_directory_refuses_the_package_and_changes_nothing(world: World, tmp_path: Path,
                                                                       bad: str) -> None:
    directory = BAD_DIRECTORIES[bad](world)
    path = tmp_path / "kaputt.kimsync"
    path.write_bytes(_resealed(world, "second", lambda m: m.update({package.COLLEAGUES: directory})))
    petra = _petra(world, tmp_path)
    try:
        import_all(petra, [world.first])
        before = dump(petra)
        [preview] = import_all(petra, [path], dry_run=True)
        assert preview.status == REFUSED
        [outcome] = import_all(petra, [path])
        assert outcome.status == REFUSED
        assert "Kollegenverzeichnis" in outcome.reason
        assert dump(petra) == before
    finally:
        petra.close()


def test_a_directory_in_an_export_package_is_not_looked_at(world: World, tmp_path: Path) -> None:
    opened = package.read(world.petra_export.read_bytes(), world.keys["a"])
    path = tmp_path / "export-mit-verzeichnis.kimsync"
    path.write_bytes(rebuild(opened, world.keys["petra"], [world.keys["a"].age_recipient],
                             manifest_changes={package.COLLEAGUES: "kein Verzeichnis"}))
    a = open_copy(world.paths["a"], tmp_path / "a.kimvault")
    try:
        [outcome] = import_all(a, [path])
        assert outcome.status == UNCHANGED
        assert _stored(a) is None
    finally:
        a.close()


def test_an_older_program_would_refuse_a_separate_directory_entry(world: World) -> None:
    """Why the directory travels in the manifest: entry names are checked against an allow-list
    before unpacking, so an extra file (say `directory.json`) refuses the whole package."""
    opened = world.opened("first")
    manifest = {k: v for k, v in opened.manifest.items() if k not in ("files", "counts", "recipients")}
    data = helpers.seal(manifest, {"directory.json": json.dumps([]).encode()}, world.keys["a"],
                        [world.keys["petra"].age_recipient])
    with pytest.raises(package.Refused, match="unzulässigem Dateinamen"):
        package.read(data, world.keys["petra"])
