"""Every refusal of issue 5: the file is rejected with a German reason, logged in the import log,
and nothing else in the vault changes (all tables compared, FTS and audit log included).

One world of vaults is made per module: a case manager whose packages go to coordinator A only,
coordinator B (another coordinator, not a recipient), and X, a coordinator nobody knows. A has
imported the first package; the second is the untouched original of most cases below.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from kim_desktop.storage.consultation_tables import Client
from kim_desktop.storage.sync_tables import SyncDevice, SyncImportLog
from kim_desktop.storage.vault import Vault
from kim_desktop.sync import devices, export, package
from kim_desktop.sync.importer import IMPORTED, REFUSED
from kim_desktop.sync.keys import VaultKeys
from tests.sync import helpers
from tests.sync.helpers import (
    add_case,
    add_client,
    add_consultation,
    dump,
    encrypt,
    import_all,
    jsonl,
    make_zip,
    open_copy,
    plaintext,
    rebuild,
    seal,
    zip_entries,
)


@dataclass
class World:
    paths: dict[str, Path]  # vault templates: cm, a (p1 imported), b, x
    files: dict[str, Path]  # p1, p2 (the case manager's), feedback (a → cm), x_replication (x → a)
    keys: dict[str, VaultKeys]
    device_ids: dict[str, str]

    def data(self, name: str) -> bytes:
        return self.files[name].read_bytes()

    def opened(self, name: str, reader: str) -> package.OpenedPackage:
        return package.read(self.data(name), self.keys[reader])

    def recipient(self, name: str) -> str:
        return self.keys[name].age_recipient


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    folder = tmp_path_factory.mktemp("refusals")
    deployment = helpers.shipped_deployment()
    cm = helpers.new_case_manager(folder / "cm.kimvault")
    vaults = {"cm": cm}
    for name in ("a", "b", "x"):
        vaults[name] = helpers.new_coordinator(folder / f"{name}.kimvault", f"Koordination {name.upper()}")
    helpers.introduce(cm, vaults["a"])
    helpers.introduce(vaults["x"], vaults["a"])  # x replicates to a, but a does not know x
    case = add_case(cm, add_client(cm, first_name="Amina"))
    add_consultation(cm, case, notes="erste Beratung")
    p1 = export.export_for_kreis(cm, deployment, folder / "p1").path
    add_consultation(cm, case, notes="zweite Beratung")
    add_client(cm, first_name="Berta", notes="zweite Klientin")
    p2 = export.export_for_kreis(cm, deployment, folder / "p2").path
    assert [o.status for o in import_all(vaults["a"], [p1])] == [IMPORTED]
    feedback = next(r.path for r in export.export_from_coordinator(vaults["a"], deployment, folder / "fb")
                    if r.kind == package.FEEDBACK)
    x_replication = next(r.path for r in export.export_from_coordinator(vaults["x"], deployment, folder / "x")
                         if r.kind == package.REPLICATION)
    keys = {name: helpers.keys_of(vault) for name, vault in vaults.items()}
    device_ids = {name: vault.profile.device_id for name, vault in vaults.items()}
    for vault in vaults.values():
        vault.close()
    return World({name: vault.path for name, vault in vaults.items()},
                 {"p1": p1, "p2": p2, "feedback": feedback, "x_replication": x_replication}, keys, device_ids)


def _flip(data: bytes, position: int) -> bytes:
    changed = bytearray(data)
    changed[position] ^= 0x01
    return bytes(changed)


def _header_mac(data: bytes) -> int:
    return data.index(b"\n--- ") + 6


def _p2_entries(world: World) -> dict[str, bytes]:
    return zip_entries(plaintext(world.data("p2"), world.keys["a"]))


def _resigned(world: World, change: Callable[[dict[str, object]], None]) -> bytes:
    """p2 with a changed manifest, signed again with the case manager's real key."""
    entries = _p2_entries(world)
    manifest = json.loads(entries.pop(package.MANIFEST))
    entries.pop(package.SIGNATURE)
    change(manifest)
    return seal(manifest, entries, world.keys["cm"], [world.recipient("a")], fill_in=False)


def _counts_off(manifest: dict[str, object]) -> None:
    counts = manifest["counts"]
    assert isinstance(counts, dict)
    counts["client"] += 1


def _tampered_zip(world: World, change: Callable[[dict[str, bytes]], None]) -> bytes:
    """p2's entries changed after signing, encrypted again to its recipient (no new signature)."""
    entries = _p2_entries(world)
    change(entries)
    return encrypt(make_zip(entries), [world.recipient("a")])


def _manifest_edited(entries: dict[str, bytes]) -> None:
    entries[package.MANIFEST] = entries[package.MANIFEST].replace(b'"sequence": 2', b'"sequence": 7')
    assert b'"sequence": 7' in entries[package.MANIFEST]


def _signature_dropped(entries: dict[str, bytes]) -> None:
    del entries[package.SIGNATURE]


def _records_edited(entries: dict[str, bytes]) -> None:
    entries["records/client.jsonl"] = entries["records/client.jsonl"].replace(b"Berta", b"Bertha")


def _with_rows(world: World, table: str, change: Callable[[list[dict[str, object]]], None]) -> bytes:
    """p2 built again by package.build with changed records, properly signed and counted."""
    opened = world.opened("p2", "a")
    records = {name: [dict(row) for row in rows] for name, rows in opened.records.items()}
    records.setdefault(table, [])
    change(records[table])
    return rebuild(opened, world.keys["cm"], [world.recipient("a")], records=records)


def _duplicate_id(rows: list[dict[str, object]]) -> None:
    rows.append({**rows[0], "notes": "anderer Inhalt"})


def _foreign_device(rows: list[dict[str, object]]) -> None:
    rows[0]["device_id"] = "00000000-0000-4000-8000-0000000000ff"


def _coordination_table(rows: list[dict[str, object]]) -> None:
    rows.append({"id": "6a9f1d4e-2b7c-4c1e-9a51-0b6a3c1f7e21", "device_id": "x", "revision": 1,
                 "updated_at": "2026-11-25T10:00:00.000000Z", "deleted": False, "kind": "agency",
                 "code": "jobcenter", "label": "Jobcenter", "legal_domains": "", "active": True,
                 "position": 0})


def _impossible_date(rows: list[dict[str, object]]) -> None:
    rows[0]["birth_date"] = "2026-02-31"


def _required_column_missing(rows: list[dict[str, object]]) -> None:
    del rows[0]["pseudonym"]  # NOT NULL without a default: the table would refuse the row


def _signed_entries(world: World, entries: dict[str, bytes]) -> bytes:
    opened = world.opened("p2", "a")
    manifest = {k: v for k, v in opened.manifest.items() if k not in ("files", "counts", "recipients")}
    return seal(manifest, entries, world.keys["cm"], [world.recipient("a")])


def _bomb(world: World, monkeypatch: pytest.MonkeyPatch, sizes: tuple[int, ...]) -> bytes:
    monkeypatch.setattr(package, "MAX_UNPACKED_BYTES", 2 * 1024 * 1024)
    tables = ("client", "consultation", "case_file")
    entries = {f"records/{table}.jsonl": b"\n" * size for table, size in zip(tables, sizes, strict=False)}
    return _signed_entries(world, entries)


def _too_big(world: World, monkeypatch: pytest.MonkeyPatch) -> bytes:
    data = world.data("p2")
    monkeypatch.setattr(package, "MAX_PACKAGE_BYTES", len(data) - 1)

    def no_decrypting(*_args: object) -> bytes:
        raise AssertionError("decrypted although over the size cap")

    monkeypatch.setattr(package.pyrage, "decrypt", no_decrypting)
    return data


def _unknown_coordinator_feedback(world: World) -> bytes:
    opened = world.opened("feedback", "cm")
    return rebuild(opened, world.keys["x"], [world.recipient("cm")],
                   manifest_changes={"device_id": world.device_ids["x"], "owner": "Fremde Koordination",
                                     "age_recipient": world.recipient("x")})


def _reencrypted(world: World) -> bytes:
    return encrypt(plaintext(world.data("p2"), world.keys["a"]), [world.recipient("b")])


Make = Callable[[World, pytest.MonkeyPatch], bytes]


@dataclass(frozen=True)
class Case:
    name: str
    make: Make
    reasons: tuple[str, ...]  # any of these is a right answer
    target: str = "a"


TAMPERED = ("beschädigt", "verändert", "für einen anderen Empfänger verschlüsselt",
            "keine KIM-Austauschdatei")
CASES = [
    Case("flip-magic", lambda w, _m: _flip(w.data("p2"), 3), ("keine KIM-Austauschdatei",)),
    # age cannot tell a damaged recipient stanza from one for somebody else
    Case("flip-recipient-stanza", lambda w, _m: _flip(w.data("p2"), 40), TAMPERED),
    Case("flip-header-mac", lambda w, _m: _flip(w.data("p2"), _header_mac(w.data("p2"))), ("beschädigt",)),
    Case("flip-middle", lambda w, _m: _flip(w.data("p2"), len(w.data("p2")) // 2), ("beschädigt",)),
    Case("flip-last-byte", lambda w, _m: _flip(w.data("p2"), len(w.data("p2")) - 1), ("beschädigt",)),
    Case("truncated-in-header", lambda w, _m: w.data("p2")[:60], ("beschädigt oder unvollständig",)),
    Case("truncated-half", lambda w, _m: w.data("p2")[: len(w.data("p2")) // 2],
         ("beschädigt oder unvollständig",)),
    Case("truncated-last-byte", lambda w, _m: w.data("p2")[:-1], ("beschädigt oder unvollständig",)),
    Case("text-file", lambda _w, _m: b"Hallo Kreis,\nanbei die Daten.\n", ("keine KIM-Austauschdatei",)),
    Case("empty-file", lambda _w, _m: b"", ("keine KIM-Austauschdatei",)),
    Case("plain-zip", lambda w, _m: plaintext(w.data("p2"), w.keys["a"]), ("keine KIM-Austauschdatei",)),
    Case("for-someone-else",
         lambda w, _m: rebuild(w.opened("p2", "a"), w.keys["cm"], [w.recipient("b")]),
         ("für einen anderen Empfänger verschlüsselt",)),
    Case("re-encrypted-to-another-coordinator", lambda w, _m: _reencrypted(w),
         ("anderen Empfänger bestimmt",), target="b"),
    Case("feedback-from-unknown-coordinator", lambda w, _m: _unknown_coordinator_feedback(w),
         ("keine bekannte Koordination",), target="cm"),
    Case("replication-from-unknown-coordinator", lambda w, _m: w.data("x_replication"),
         ("keine bekannte Koordination",)),
    Case("changed-key-for-known-device",
         lambda w, _m: rebuild(w.opened("p2", "a"), w.keys["x"], [w.recipient("a")]),
         ("anderer Signaturschlüssel",)),
    Case("newer-schema",
         lambda w, _m: rebuild(w.opened("p2", "a"), w.keys["cm"], [w.recipient("a")],
                               manifest_changes={"schema": "9999"}),
         ("neueren Programmversion",)),
    Case("counts-not-matching", lambda w, _m: _resigned(w, _counts_off), ("Anzahl der Datensätze",)),
    Case("manifest-changed-after-signing", lambda w, _m: _tampered_zip(w, _manifest_edited),
         ("Signatur ungültig",)),
    Case("records-changed-after-signing", lambda w, _m: _tampered_zip(w, _records_edited),
         ("Inhalt verändert",)),
    Case("signature-missing", lambda w, _m: _tampered_zip(w, _signature_dropped),
         ("ohne Manifest oder Signatur",)),
    Case("entry-not-in-manifest",
         lambda w, _m: _tampered_zip(w, lambda e: e.update({"records/case_goal.jsonl": b"{}\n"})),
         ("passt nicht zum Manifest",)),
    Case("oversized", _too_big, ("zu groß",)),
    Case("decompression-bomb", lambda w, m: _bomb(w, m, (3 * 1024 * 1024,)), ("Archivbombe",)),
    Case("decompression-bomb-in-parts", lambda w, m: _bomb(w, m, (900_000, 900_000, 900_000)),
         ("Archivbombe",)),
    Case("dot-dot-path", lambda w, _m: _signed_entries(w, {"records/../../client.jsonl": b""}),
         ("unzulässigem Dateinamen",)),
    Case("dot-dot-at-start", lambda w, _m: _signed_entries(w, {"../client.jsonl": b""}),
         ("unzulässigem Dateinamen",)),
    Case("absolute-path", lambda w, _m: _signed_entries(w, {"/tmp/client.jsonl": b""}),
         ("unzulässigem Dateinamen",)),
    Case("unknown-table", lambda w, _m: _signed_entries(w, {"records/sqlite_master.jsonl": jsonl([{}])}),
         ("unbekannte Tabelle",)),
    Case("duplicate-id-conflicting-content", lambda w, _m: _with_rows(w, "client", _duplicate_id),
         ("doppelte Datensatz-ID",)),
    Case("record-of-another-device", lambda w, _m: _with_rows(w, "client", _foreign_device),
         ("anderen Geräts",)),
    Case("master-data-in-an-export", lambda w, _m: _with_rows(w, "catalogue_entry", _coordination_table),
         ("gehört der Koordination",)),
    Case("impossible-date", lambda w, _m: _with_rows(w, "client", _impossible_date),
         ("ungültiger Datensatz",)),
    Case("required-column-missing", lambda w, _m: _with_rows(w, "client", _required_column_missing),
         ("ungültiger Datensatz",)),
    Case("sequence-out-of-range",
         lambda w, _m: rebuild(w.opened("p2", "a"), w.keys["cm"], [w.recipient("a")],
                               manifest_changes={"sequence": 2**63}),
         ("Paketnummer außerhalb",)),
    Case("age-recipient-garbage",
         lambda w, _m: rebuild(w.opened("p2", "a"), w.keys["cm"], [w.recipient("a")],
                               manifest_changes={"age_recipient": "garbage"}),
         ("ungültigem age-Empfänger",)),
]


def _open(world: World, target: str, tmp_path: Path) -> Vault:
    return open_copy(world.paths[target], tmp_path / f"{target}.kimvault")


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_refused_with_a_reason_and_nothing_changed(world: World, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch, case: Case) -> None:
    bad = tmp_path / "paket.kimsync"
    bad.write_bytes(case.make(world, monkeypatch))
    vault = _open(world, case.target, tmp_path)
    try:
        before = dump(vault)
        [outcome] = import_all(vault, [bad])
        assert outcome.status == REFUSED
        assert any(reason in outcome.reason for reason in case.reasons), outcome.reason
        assert dump(vault) == before
        with vault.reader() as session:
            logged = session.scalars(select(SyncImportLog).order_by(SyncImportLog.seq.desc())).first()
        assert logged is not None and (logged.result, logged.reason) == (REFUSED, outcome.reason)
    finally:
        vault.close()


@pytest.mark.parametrize(("target", "name"), [("a", "p2"), ("cm", "feedback"), ("b", None)])
def test_the_originals_are_accepted(world: World, tmp_path: Path, target: str, name: str | None) -> None:
    """The untouched files the cases above start from import, so each refusal is the change's doing."""
    vault = _open(world, target, tmp_path)
    try:
        if name is None:  # b accepts p2 when it is one of the package's recipients
            path = tmp_path / "p2-for-b.kimsync"
            path.write_bytes(rebuild(world.opened("p2", "a"), world.keys["cm"], [world.recipient("b")]))
        else:
            path = world.files[name]
        [outcome] = import_all(vault, [path])
        assert (outcome.status, outcome.reason) == (IMPORTED, "")
    finally:
        vault.close()


def test_duplicate_ids_with_the_same_content_are_one_record(world: World, tmp_path: Path) -> None:
    path = tmp_path / "doppelt.kimsync"
    path.write_bytes(_with_rows(world, "client", lambda rows: rows.append(dict(rows[0]))))
    vault = _open(world, "a", tmp_path)
    try:
        [outcome] = import_all(vault, [path])
        assert outcome.status == IMPORTED
        assert outcome.tables["client"].new == 1
    finally:
        vault.close()


def test_revoked_device_is_refused_and_its_earlier_records_stay(world: World, tmp_path: Path) -> None:
    vault = _open(world, "a", tmp_path)
    try:
        with vault.transaction() as session:
            row = session.get(SyncDevice, world.device_ids["cm"])
            assert row is not None
            devices.set_status(session, row, devices.REVOKED)
        before = dump(vault)
        [outcome] = import_all(vault, [world.files["p2"]])
        assert outcome.status == REFUSED
        assert "gesperrt" in outcome.reason
        assert dump(vault) == before
        with vault.reader() as session:
            assert session.scalars(select(Client.first_name)).all() == ["Amina"]  # from p1
    finally:
        vault.close()


def test_one_bad_file_does_not_block_the_others(world: World, tmp_path: Path) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    (folder / "a-kaputt.kimsync").write_bytes(world.data("p2")[:-10])
    (folder / "b-gut.kimsync").write_bytes(world.data("p2"))
    (folder / "c-text.kimsync").write_text("kein Paket", encoding="utf-8")
    vault = _open(world, "a", tmp_path)
    try:
        outcomes = import_all(vault, [folder])
        assert [(o.name, o.status) for o in outcomes] == [
            ("a-kaputt.kimsync", REFUSED), ("b-gut.kimsync", IMPORTED), ("c-text.kimsync", REFUSED)]
        with vault.reader() as session:
            assert sorted(map(str, session.scalars(select(Client.first_name)))) == ["Amina", "Berta"]
    finally:
        vault.close()
