"""Export: sequence numbers, resending what has no receipt, a restored vault's new epoch, and an
interrupted export that leaves no file and uses no number."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from kim_desktop.errors import SyncNotReady, VaultNotWritable
from kim_desktop.storage.backup import backup_file
from kim_desktop.storage.consultation_tables import Client
from kim_desktop.storage.vault import Vault
from kim_desktop.sync import export, package, streams
from kim_desktop.sync.importer import IMPORTED
from kim_desktop.sync.status import own_export_status
from tests.sync import helpers
from tests.sync.helpers import PASSWORD, add_case, add_client, import_all, keys_of


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Vault, Vault]]:
    cm = helpers.new_case_manager(tmp_path / "cm.kimvault")
    coordinator = helpers.new_coordinator(tmp_path / "k.kimvault")
    helpers.introduce(cm, coordinator)
    yield cm, coordinator
    cm.close()
    coordinator.close()


def _names(vault: Vault) -> list[str]:
    with vault.reader() as session:
        names = session.scalars(select(Client.first_name).where(Client.deleted.is_(False)))
        return sorted(name for name in names if name)


def _manifest(path: Path, reader: Vault) -> dict[str, object]:
    return package.read(path.read_bytes(), keys_of(reader)).manifest


def test_changes_only_then_everything_on_demand(pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    cm, coordinator = pair
    deployment = helpers.shipped_deployment()
    add_client(cm, first_name="Amina")
    first = export.export_for_kreis(cm, deployment, tmp_path / "neu" / "ordner")  # made if missing
    add_client(cm, first_name="Berta")
    second = export.export_for_kreis(cm, deployment, tmp_path / "out")
    everything = export.export_for_kreis(cm, deployment, tmp_path / "out", mode=export.ALL)
    assert (first.sequence, second.sequence, everything.sequence) == (1, 2, 3)
    assert (first.counts, second.counts) == ({"vault_profile": 1, "client": 1}, {"client": 1})
    assert everything.counts == {"vault_profile": 1, "client": 2}
    assert stat.S_IMODE(first.path.stat().st_mode) == 0o600
    assert first.path.name.endswith("-00001.kimsync")
    manifest = _manifest(second.path, coordinator)
    assert (manifest["sequence"], manifest["previous_hash"]) == (2, _hash_of(first.path, coordinator))


def _receive_feedback(cm: Vault, coordinator: Vault, folder: Path) -> None:
    """The coordinator's feedback with its receipts, imported by the case manager."""
    results = export.export_from_coordinator(coordinator, helpers.shipped_deployment(), folder)
    feedback = [r.path for r in results]
    assert [o.status for o in import_all(cm, feedback)] == [IMPORTED]


def _hash_of(path: Path, reader: Vault) -> str:
    return package.read(path.read_bytes(), keys_of(reader)).manifest_hash


def test_unconfirmed_resends_what_the_kreis_has_no_receipt_for(pair: tuple[Vault, Vault],
                                                                tmp_path: Path) -> None:
    cm, coordinator = pair
    deployment = helpers.shipped_deployment()
    add_client(cm, first_name="Amina")
    export.export_for_kreis(cm, deployment, tmp_path / "lost")  # the USB stick that never arrived
    add_client(cm, first_name="Berta")
    arrived = export.export_for_kreis(cm, deployment, tmp_path / "out")
    assert import_all(coordinator, [arrived.path])[0].status == IMPORTED
    _receive_feedback(cm, coordinator, tmp_path / "fb")
    with cm.reader() as session:
        status = own_export_status(session, cm.profile.device_id)
    assert (status.confirmed_up_to, status.outstanding) == (0, [1])

    preview = export.preview_export(cm, deployment, export.UNCONFIRMED)
    assert preview.counts == {"vault_profile": 1, "client": 1}
    resent = export.export_for_kreis(cm, deployment, tmp_path / "out", mode=export.UNCONFIRMED)
    assert (resent.sequence, resent.counts) == (3, {"vault_profile": 1, "client": 1})
    assert import_all(coordinator, [resent.path])[0].status == IMPORTED
    assert _names(coordinator) == ["Amina", "Berta"]
    # Confirmed now (package 3 carried it): nothing left to resend.
    _receive_feedback(cm, coordinator, tmp_path / "fb2")
    assert export.preview_export(cm, deployment, export.UNCONFIRMED).counts == {}


def test_after_a_resend_nothing_is_outstanding(pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    cm, coordinator = pair
    deployment = helpers.shipped_deployment()
    add_client(cm, first_name="Amina")
    export.export_for_kreis(cm, deployment, tmp_path / "lost")
    add_client(cm, first_name="Berta")
    import_all(coordinator, [export.export_for_kreis(cm, deployment, tmp_path / "out").path])
    _receive_feedback(cm, coordinator, tmp_path / "fb")
    resent = export.export_for_kreis(cm, deployment, tmp_path / "out", mode=export.UNCONFIRMED)
    [outcome] = import_all(coordinator, [resent.path])
    _receive_feedback(cm, coordinator, tmp_path / "fb2")
    with cm.reader() as session:
        status = own_export_status(session, cm.profile.device_id)
    assert (outcome.missing, status.confirmed_up_to, status.outstanding) == ([], 3, [])


def _restore_and_export(cm: Vault, coordinator: Vault, tmp_path: Path, *, exports_before_backup: int) -> None:
    deployment = helpers.shipped_deployment()
    add_client(cm, first_name="Amina")
    old = [export.export_for_kreis(cm, deployment, tmp_path / "out").path
           for _ in range(exports_before_backup)]
    backup = backup_file(cm.path, cm.data_key, cm.envelope, tmp_path / "backups")
    add_client(cm, first_name="Cora")
    old.append(export.export_for_kreis(cm, deployment, tmp_path / "out").path)  # the backup does not know it
    cm.close()
    restored = Vault.open(backup, PASSWORD)
    try:
        add_client(restored, first_name="Berta")
        package_ = export.export_for_kreis(restored, deployment, tmp_path / "after-restore")
        assert package_.sequence == 1
        assert package_.counts == {"vault_profile": 1, "client": 2}  # everything again
        epochs = {_manifest(path, coordinator)["epoch"] for path in (*old, package_.path)}
        assert len(epochs) == 2
        outcomes = import_all(coordinator, [*old, package_.path])
        assert [(o.status, o.reason, o.missing) for o in outcomes] == [(IMPORTED, "", [])] * len(outcomes)
        assert _names(coordinator) == ["Amina", "Berta", "Cora"]
        assert export.export_for_kreis(restored, deployment, tmp_path / "after-restore").sequence == 2
    finally:
        restored.close()


def test_a_restored_vault_starts_a_new_epoch(pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    cm, coordinator = pair
    _restore_and_export(cm, coordinator, tmp_path, exports_before_backup=1)


def test_a_vault_restored_from_a_backup_before_its_first_export(pair: tuple[Vault, Vault],
                                                                tmp_path: Path) -> None:
    cm, coordinator = pair
    _restore_and_export(cm, coordinator, tmp_path, exports_before_backup=0)


def test_interrupted_rename_leaves_no_file_and_no_number_used(pair: tuple[Vault, Vault], tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    cm, _coordinator = pair
    deployment = helpers.shipped_deployment()
    add_client(cm, first_name="Amina")
    out = tmp_path / "stick"
    real_replace = os.replace

    def unplugged(source: object, target: object) -> None:
        raise OSError(errno.EIO, "Eingabe-/Ausgabefehler")

    monkeypatch.setattr("kim_desktop.storage.atomic.os.replace", unplugged)
    with pytest.raises(VaultNotWritable):
        export.export_for_kreis(cm, deployment, out)
    assert list(out.iterdir()) == []
    monkeypatch.setattr("kim_desktop.storage.atomic.os.replace", real_replace)
    result = export.export_for_kreis(cm, deployment, out)
    assert (result.sequence, result.counts) == (1, {"vault_profile": 1, "client": 1})
    assert [p.name for p in out.iterdir()] == [result.path.name]


def test_failure_after_writing_removes_the_file(pair: tuple[Vault, Vault], tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """The file is in place but the bookkeeping fails (disk full, Ctrl+C): no file stays behind."""
    cm, _coordinator = pair
    deployment = helpers.shipped_deployment()
    add_case(cm, add_client(cm, first_name="Amina"))
    out = tmp_path / "stick"
    real_advance = streams.advance

    def interrupted(*_args: object, **_kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(streams, "advance", interrupted)
    with pytest.raises(KeyboardInterrupt):
        export.export_for_kreis(cm, deployment, out)
    assert list(out.iterdir()) == []
    monkeypatch.setattr(streams, "advance", real_advance)
    assert export.preview_export(cm, deployment).sequence == 1
    result = export.export_for_kreis(cm, deployment, out)
    assert result.sequence == 1 and result.counts["case_file"] == 1


def test_export_without_a_coordinator_is_a_clear_error(tmp_path: Path) -> None:
    cm = helpers.new_case_manager(tmp_path / "allein.kimvault")
    try:
        with pytest.raises(SyncNotReady) as raised:
            export.export_for_kreis(cm, helpers.shipped_deployment(), tmp_path / "out")
        assert "keine Koordination" in raised.value.message()
        assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []
    finally:
        cm.close()
