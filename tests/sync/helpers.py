"""Shared makers for the sync tests: vaults with exchanged keys, ORM edits that the session hook
stamps (revision, device, time), dumps to compare vaults, and hand-made packages.

Vault creation is the slow part of these tests: templates are made once and copied with
`copy_vault` (the vault file and its key envelope travel together).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import shutil
import uuid
import zipfile
from pathlib import Path
from typing import Any

import pyrage  # type: ignore[import-untyped]
from sqlalchemy import select

from kim_desktop.config.deployment import Deployment, default_file, load_deployment
from kim_desktop.domain.roles import Role
from kim_desktop.paths import envelope_path
from kim_desktop.storage.consultation_tables import Case, Client, Consultation
from kim_desktop.storage.master_data_tables import AGENCY, CatalogueEntry, entry_id
from kim_desktop.storage.schema import SyncedRecord
from kim_desktop.storage.sync_tables import SyncConflict, SyncReceived
from kim_desktop.storage.vault import Vault
from kim_desktop.sync import importer, package, recipients, registry
from kim_desktop.sync.keys import VaultKeys, load_keys, recipient_fingerprint

PASSWORD = "richtig-geheim-42"  # the conftest vault fixture's
KOENIGSWINTER = "05382024"
TODAY = dt.date(2026, 11, 25)


def shipped_deployment() -> Deployment:
    return load_deployment(default_file())


def pseudonymised_deployment(folder: Path, team: int = 1) -> Path:
    """The shipped configuration with `team` set to sync policy `pseudonymised`, written to
    `folder`; point KIM_DESKTOP_DEPLOYMENT at the returned file."""
    text = default_file().read_text(encoding="utf-8")
    team_start = text.index(f"[[teams]]\nnumber = {team}\n")
    policy = text.index('sync_policy = "full"', team_start)
    config = folder / "deployment.toml"
    rest = text[policy + len('sync_policy = "full"'):]
    config.write_text(text[:policy] + 'sync_policy = "pseudonymised"' + rest, encoding="utf-8")
    return config


# --- vaults ------------------------------------------------------------------------------------

def new_case_manager(path: Path, name: str = "CM Eins", team: int = 1) -> Vault:
    return Vault.create(path, PASSWORD, role=Role.CASE_MANAGER, display_name=name, team=team,
                        municipalities=(KOENIGSWINTER,))


def new_coordinator(path: Path, name: str = "Koordination A") -> Vault:
    return Vault.create(path, PASSWORD, role=Role.COORDINATOR, display_name=name)


def keys_of(vault: Vault) -> VaultKeys:
    with vault.transaction() as session:
        return load_keys(session)


def introduce(receiver: Vault, coordinator: Vault) -> None:
    """`receiver` encrypts to `coordinator` and accepts its signature, through the text file that
    `kim-desktop keys export-public` prints and `recipients add` reads."""
    text = recipients.public_key_text(coordinator.profile.display_name, "coordinator",
                                      coordinator.profile.device_id, keys_of(coordinator))
    with receiver.transaction() as session:
        for entry in recipients.parse_public_key_text(text):
            recipients.add_coordinator(session, entry)


def copy_vault(source: Path, target: Path) -> Path:
    """A copy of a closed vault (not a backup: no new epoch), e.g. a template per example."""
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    shutil.copyfile(envelope_path(source), envelope_path(target))
    return target


def open_copy(source: Path, target: Path) -> Vault:
    return Vault.open(copy_vault(source, target), PASSWORD)


def import_all(vault: Vault, files: list[Path], deployment: Deployment | None = None,
               **options: Any) -> list[importer.FileOutcome]:
    options.setdefault("trust_new_devices", True)
    return importer.import_files(vault, deployment or shipped_deployment(), files, **options)


# --- looking into a vault ----------------------------------------------------------------------

def dump(vault: Vault, skip: tuple[str, ...] = ("sync_import_log",),
         skip_columns: dict[str, tuple[str, ...]] | None = None) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows (FTS shadow tables, audit log and bookkeeping included), sorted."""
    skip_columns = skip_columns or {}
    conn = vault.raw_connection()
    try:
        tables = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        names = [row[0] for row in tables]
        found = {}
        for name in names:
            if name in skip:
                continue
            cursor = conn.execute(f'SELECT * FROM "{name}"')
            columns = [d[0] for d in cursor.description]
            dropped = skip_columns.get(name, ())
            rows = [tuple(v for c, v in zip(columns, row, strict=True) if c not in dropped) for row in cursor]
            found[name] = sorted(rows, key=repr)
        return found
    finally:
        conn.close()


def registered_rows(vault: Vault) -> dict[str, set[tuple[Any, ...]]]:
    """The synced tables, full rows."""
    with vault.reader() as session:
        return {entry.name: {tuple(row) for row in session.execute(select(entry.table))}
                for entry in registry.TABLES}


def conflict_versions(vault: Vault) -> set[tuple[Any, ...]]:
    """The logged losing versions: table, record, device, revision, time and content. (Which
    version they lost to is left out: that is the winner at the time of logging.)"""
    with vault.reader() as session:
        return {(r.table_name, r.record_id, r.device_id, r.revision, r.updated_at, r.data)
                for r in session.scalars(select(SyncConflict))}


def received(vault: Vault, stream: str | None = None) -> set[tuple[Any, ...]]:
    with vault.reader() as session:
        query = select(SyncReceived)
        if stream is not None:
            query = query.where(SyncReceived.stream == stream)
        return {(r.device_id, r.epoch, r.stream, r.sequence, r.package_id, r.manifest_hash, r.previous_hash)
                for r in session.scalars(query)}


def count_live(vault: Vault, model: type[SyncedRecord]) -> int:
    with vault.reader() as session:
        return len(session.scalars(select(model.id).where(model.deleted.is_(False))).all())


# --- edits through the ORM, stamped by the session hook ---------------------------------------

def add_client(vault: Vault, record_id: uuid.UUID | None = None, **values: Any) -> uuid.UUID:
    values.setdefault("first_name", "Amina")
    values.setdefault("last_name", "Haddad")
    with vault.transaction() as session:
        row = Client(id=record_id or uuid.uuid4(), pseudonym=f"K-{uuid.uuid4().hex[:4].upper()}-T", **values)
        session.add(row)
        session.flush()
        return row.id


def add_case(vault: Vault, client_id: uuid.UUID) -> uuid.UUID:
    with vault.transaction() as session:
        row = Case(id=uuid.uuid4(), client_id=client_id, owner_device_id=vault.profile.device_id,
                   municipality_ags=KOENIGSWINTER, focus="general", phase="clearing",
                   opened_on=dt.date(2026, 1, 5))
        session.add(row)
        session.flush()
        return row.id


def add_consultation(vault: Vault, case_id: uuid.UUID, **values: Any) -> uuid.UUID:
    values.setdefault("held_on", dt.date(2026, 2, 3))
    values.setdefault("topics", ";arbeit;")
    with vault.transaction() as session:
        row = Consultation(id=uuid.uuid4(), case_id=case_id, municipality_ags=KOENIGSWINTER,
                           contact_type="in-person", follow_up_done=False, **values)
        session.add(row)
        session.flush()
        return row.id


def change(vault: Vault, model: type[SyncedRecord], record_id: uuid.UUID, **values: Any) -> None:
    with vault.transaction() as session:
        row = session.get(model, record_id)
        assert row is not None, f"{model.__name__} {record_id} missing"
        for name, value in values.items():
            setattr(row, name, value)


def tombstone(vault: Vault, model: type[SyncedRecord], record_id: uuid.UUID) -> None:
    with vault.transaction() as session:
        row = session.get(model, record_id)
        assert row is not None
        row.tombstone()


def edit_agency(vault: Vault, code: str, label: str, *, deleted: bool = False) -> uuid.UUID:
    """A coordinator's override of a shipped agency: the same uuid5 id on every vault."""
    record_id = entry_id(AGENCY, code)
    with vault.transaction() as session:
        row = session.get(CatalogueEntry, record_id)
        if row is None:
            row = CatalogueEntry(id=record_id, kind=AGENCY, code=code, label=label, position=0)
            session.add(row)
        row.label, row.deleted = label, deleted
    return record_id


# --- hand-made packages ------------------------------------------------------------------------

def plaintext(data: bytes, keys: VaultKeys) -> bytes:
    return pyrage.decrypt(data, keys.identities)


def zip_entries(plain: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(plain)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def make_zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def encrypt(plain: bytes, age_recipients: list[str]) -> bytes:
    return pyrage.encrypt(plain, [pyrage.x25519.Recipient.from_str(r) for r in age_recipients])


def jsonl(rows: list[Any]) -> bytes:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows).encode("utf-8")


def seal(manifest: dict[str, Any], entries: dict[str, bytes], keys: VaultKeys, age_recipients: list[str], *,
         fill_in: bool = True) -> bytes:
    """A signed, encrypted package with exactly these entries and this manifest. `fill_in` sets
    what package.build would (recipients, signing key, file hashes, counts) where it is missing,
    so that a test changes only the one thing it is about."""
    manifest = dict(manifest)
    if fill_in:
        manifest.setdefault("format", package.FORMAT)
        manifest.setdefault("recipients", sorted(recipient_fingerprint(r) for r in age_recipients))
        manifest["signing_key"] = manifest.get("signing_key") or keys.signing_key
        manifest.setdefault("files", {name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
                                      for name, data in entries.items()})
        manifest.setdefault("counts", {name.removeprefix(package.RECORDS_DIR).removesuffix(".jsonl"):
                                       len(data.splitlines()) for name, data in entries.items()
                                       if name.startswith(package.RECORDS_DIR)})
    manifest_bytes = json.dumps(manifest, sort_keys=True).encode("utf-8")
    return encrypt(make_zip({package.MANIFEST: manifest_bytes, package.SIGNATURE: keys.sign(manifest_bytes),
                             **entries}), age_recipients)


def rebuild(opened: package.OpenedPackage, keys: VaultKeys, age_recipients: list[str], *,
            manifest_changes: dict[str, Any] | None = None,
            records: dict[str, list[Any]] | None = None) -> bytes:
    """A real package's content again through package.build, with changes, signed by `keys`."""
    manifest = {k: v for k, v in opened.manifest.items()
                if k not in ("format", "recipients", "signing_key", "counts", "files", "endorsement")}
    manifest.update(manifest_changes or {})
    contents = package.Contents(manifest=manifest, records=records if records is not None else opened.records,
                                received=list(opened.received))
    return package.build(contents, keys, age_recipients)[0]
