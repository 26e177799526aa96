"""Import bookkeeping: idempotence, gaps in a sequence, heartbeats, unknown devices, the preview."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from kim_desktop.storage.consultation_tables import Client
from kim_desktop.storage.sync_tables import SyncDevice
from kim_desktop.storage.vault import Vault
from kim_desktop.sync import devices, export, package
from kim_desktop.sync.importer import IMPORTED, PREVIEW, UNCHANGED, UNKNOWN_DEVICE
from tests.sync import helpers
from tests.sync.helpers import (
    add_case,
    add_client,
    add_consultation,
    dump,
    import_all,
    open_copy,
    registered_rows,
)


def _without_bookkeeping(vault: Vault) -> dict[str, list[tuple[object, ...]]]:
    """Re-importing changes the time of the device's last package, the import log and the audit
    log (with its head in local_state): nothing else."""
    tables = dump(vault, skip=("sync_import_log", "audit_log"),
                  skip_columns={"sync_device": ("last_package_at",)})
    tables["local_state"] = [row for row in tables["local_state"] if row[0] != "audit_head"]
    return tables


@dataclass
class Packages:
    coordinator: Path
    case_manager: Path
    files: list[Path]  # 1-3 with records, 4 a heartbeat


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> Packages:
    folder = tmp_path_factory.mktemp("bookkeeping")
    deployment = helpers.shipped_deployment()
    cm = helpers.new_case_manager(folder / "cm.kimvault")
    coordinator = helpers.new_coordinator(folder / "k.kimvault")
    helpers.introduce(cm, coordinator)
    files = []
    for number in range(1, 4):
        case = add_case(cm, add_client(cm, first_name=f"Klientin {number}"))
        add_consultation(cm, case, notes=f"Beratung {number}")
        files.append(export.export_for_kreis(cm, deployment, folder / "out").path)
    heartbeat = export.export_for_kreis(cm, deployment, folder / "out")
    assert heartbeat.heartbeat and heartbeat.counts == {} and heartbeat.last_content_sequence == 3
    files.append(heartbeat.path)
    cm.close()
    coordinator.close()
    return Packages(coordinator.path, cm.path, files)


@pytest.fixture
def coordinator(packages: Packages, tmp_path: Path) -> Iterator[Vault]:
    vault = open_copy(packages.coordinator, tmp_path / "k.kimvault")
    yield vault
    vault.close()


def test_the_same_file_twice_changes_nothing_and_says_so(coordinator: Vault, packages: Packages) -> None:
    [first] = import_all(coordinator, packages.files[:1])
    assert first.status == IMPORTED and first.total("new") > 0
    before = _without_bookkeeping(coordinator)
    [second] = import_all(coordinator, packages.files[:1])
    assert second.status == UNCHANGED
    assert second.total("new") == second.total("updated") == 0
    assert second.total("unchanged") == first.total("new")
    assert any(note.startswith("bereits am ") for note in second.notes)
    assert _without_bookkeeping(coordinator) == before


def test_a_gap_is_reported_without_blocking_later_packages(coordinator: Vault, packages: Packages) -> None:
    one, two, three, _ = packages.files
    outcomes = import_all(coordinator, [one, three])
    assert [(o.status, o.sequence, o.missing) for o in outcomes] == [(IMPORTED, 1, []), (IMPORTED, 3, [2])]
    with coordinator.reader() as session:
        assert sorted(map(str, session.scalars(select(Client.first_name)))) == ["Klientin 1", "Klientin 3"]
    [late] = import_all(coordinator, [two])
    assert (late.status, late.missing) == (IMPORTED, [])


def test_a_heartbeat_says_the_device_is_alive(coordinator: Vault, packages: Packages) -> None:
    import_all(coordinator, packages.files[:3])
    before = registered_rows(coordinator)
    [outcome] = import_all(coordinator, packages.files[3:])
    assert (outcome.status, outcome.sequence, outcome.tables) == (IMPORTED, 4, {})
    assert "Lebenszeichen: nichts Neues seit Paket 3" in outcome.notes
    assert registered_rows(coordinator) == before
    with coordinator.reader() as session:
        assert session.get(SyncDevice, outcome.device.device_id).last_package_at is not None  # type: ignore[union-attr]


def test_an_unknown_device_waits_for_confirmation(coordinator: Vault, packages: Packages) -> None:
    before = registered_rows(coordinator)
    [outcome] = import_all(coordinator, packages.files[:1], trust_new_devices=False)
    assert outcome.status == UNKNOWN_DEVICE
    assert outcome.device is not None and outcome.device.fingerprint in outcome.reason
    assert registered_rows(coordinator) == before
    with coordinator.transaction() as session:
        row = devices.find(session, outcome.device.fingerprint)
        assert row is not None and row.status == devices.PENDING
        devices.set_status(session, row, devices.TRUSTED)
    [again] = import_all(coordinator, packages.files[:1], trust_new_devices=False)
    assert again.status == IMPORTED and again.total("new") > 0


def test_the_preview_changes_nothing(coordinator: Vault, packages: Packages) -> None:
    before = dump(coordinator, skip=())
    outcomes = import_all(coordinator, packages.files, dry_run=True)
    assert [o.status for o in outcomes] == [PREVIEW] * 4
    # client, case, consultation; the first package also carries the case manager's profile
    assert [o.total("new") for o in outcomes] == [4, 3, 3, 0]
    assert dump(coordinator, skip=()) == before


def _feedback(coordinator: Vault, out: Path) -> Path:
    results = export.export_from_coordinator(coordinator, helpers.shipped_deployment(), out)
    return next(r.path for r in results if r.kind == package.FEEDBACK)


def test_feedback_imported_twice_is_unchanged(coordinator: Vault, packages: Packages, tmp_path: Path) -> None:
    import_all(coordinator, packages.files[:1])
    feedback = _feedback(coordinator, tmp_path / "fb")
    cm = open_copy(packages.case_manager, tmp_path / "cm.kimvault")
    try:
        assert import_all(cm, [feedback])[0].status == IMPORTED
        assert import_all(cm, [feedback])[0].status == UNCHANGED
    finally:
        cm.close()


def test_a_gap_in_the_feedback_is_reported(coordinator: Vault, packages: Packages, tmp_path: Path) -> None:
    import_all(coordinator, packages.files[:1])
    first, _second, third = (_feedback(coordinator, tmp_path / f"fb{n}") for n in range(3))
    cm = open_copy(packages.case_manager, tmp_path / "cm.kimvault")
    try:
        outcomes = import_all(cm, [first, third])
        assert [(o.status, o.missing) for o in outcomes] == [(IMPORTED, []), (IMPORTED, [2])]
    finally:
        cm.close()
