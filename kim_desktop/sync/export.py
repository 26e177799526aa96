"""Writing packages: a case manager's export for the Kreis, a coordinator's feedback to each
case manager's device and replication to the other coordinators.

One export is one write transaction: the changed rows are read, the file is written under a
temporary name and renamed into place, and only then are the sequence number and the
"sent" marks committed. An export that fails or is interrupted leaves no file and no number used.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, delete, exists, insert, or_, select, true
from sqlalchemy.orm import Session

from kim_desktop.config.deployment import Deployment
from kim_desktop.domain.escalation_status import Status
from kim_desktop.domain.roles import Role
from kim_desktop.errors import StorageFull, SyncNotReady, VaultNotWritable, os_reason
from kim_desktop.storage import audit
from kim_desktop.storage.atomic import write_atomic
from kim_desktop.storage.escalation_tables import Escalation
from kim_desktop.storage.migrate import head_revision
from kim_desktop.storage.schema import VaultProfile, utcnow
from kim_desktop.storage.sync_tables import SyncDevice, SyncReceived, SyncSent
from kim_desktop.storage.vault import Vault
from kim_desktop.sync import package, registry, streams
from kim_desktop.sync.codec import codec_for
from kim_desktop.sync.keys import VaultKeys, load_keys
from kim_desktop.sync.recipients import known_coordinators

log = logging.getLogger(__name__)

DRAFT = str(Status.DRAFT)

CHANGES, ALL, UNCONFIRMED = "changes", "all", "unconfirmed"
MODES = (CHANGES, ALL, UNCONFIRMED)

Progress = Callable[[int, int], None]  # step, steps


@dataclass(frozen=True)
class ExportResult:
    path: Path
    kind: str
    stream: str
    sequence: int
    counts: dict[str, int]
    heartbeat: bool
    last_content_sequence: int
    to_device: str = ""

    @property
    def records(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class ExportPreview:
    """What the next export would carry (the GUI's summary before writing)."""

    mode: str
    policy: str
    sequence: int
    counts: dict[str, int]
    recipients: list[str]  # coordinators' names
    private_columns: dict[str, tuple[str, ...]] = field(default_factory=dict)  # what stays on the laptop


def team_policy(vault: Vault, deployment: Deployment) -> str:
    team = deployment.team(vault.profile.team) if vault.profile.team is not None else None
    return team.sync_policy if team is not None else "full"


def _changed_rows(conn: Connection, entry: registry.SyncTable, stream: str, mode: str, epoch: str,
                  own_device: str | None, own_rows_only: bool) -> list[dict[str, Any]]:
    t, sent, got = entry.table, SyncSent.__table__, SyncReceived.__table__
    joined = t.outerjoin(sent, and_(sent.c.stream == stream, sent.c.record_id == t.c.id))
    changed = or_(sent.c.record_id.is_(None), sent.c.revision != t.c.revision,
                  sent.c.device_id != t.c.device_id, sent.c.updated_at != t.c.updated_at)
    if mode == ALL:
        condition = true()
    elif mode == UNCONFIRMED:
        confirmed = exists().where(got.c.device_id == own_device, got.c.epoch == sent.c.epoch,
                                   got.c.stream == stream, got.c.sequence == sent.c.sequence)
        condition = or_(changed, sent.c.epoch != epoch, ~confirmed)
    else:
        condition = changed
    query = select(t).select_from(joined).where(condition)
    if own_rows_only:
        query = query.where(t.c.device_id == own_device)
        kept = _kept_on_laptop(entry)
        if kept is not None:
            query = query.where(~kept)
    return [dict(row._mapping) for row in conn.execute(query)]


def _kept_on_laptop(entry: registry.SyncTable) -> ColumnElement[bool] | None:
    """Rows of a case manager's table that do not travel (yet): an escalation stays on the laptop
    while it is a draft (also when the draft is deleted), and so do its steps. Once submitted its
    next revision, and the steps, go with the next export."""
    drafts = Escalation.__table__
    if entry.name == "escalation":
        return drafts.c.author_status == DRAFT  # type: ignore[no-any-return]
    if entry.name == "escalation_step":
        step = entry.table
        return exists().where(drafts.c.id == step.c.escalation_id, drafts.c.author_status == DRAFT)
    return None


def _for_device(entry: registry.SyncTable, rows: list[dict[str, Any]], device_id: str) -> list[dict[str, Any]]:
    """The rows of a coordination table one case manager's feedback carries (registry.feedback)."""
    if entry.feedback == registry.FEEDBACK_NONE:
        return []
    if entry.feedback == registry.FEEDBACK_AUTHOR:
        return [row for row in rows if row[registry.AUTHOR_COLUMN] == device_id]
    return rows


def _encode(entry: registry.SyncTable, rows: list[dict[str, Any]], strip: bool) -> list[dict[str, Any]]:
    codec = codec_for(entry.table)
    encoded = [codec.encode(row) for row in rows]
    if strip and entry.private_columns:
        for row in encoded:
            for column in entry.private_columns:
                row[column] = None
    return encoded


def _mark_sent(conn: Connection, stream: str, epoch: str, sequence: int,
               rows: dict[str, list[dict[str, Any]]]) -> None:
    sent = SyncSent.__table__
    values = [{"stream": stream, "record_id": row["id"], "revision": row["revision"], "device_id": row["device_id"],
               "updated_at": row["updated_at"], "epoch": epoch, "sequence": sequence}
              for table_rows in rows.values() for row in table_rows]
    values.sort(key=lambda value: value["record_id"])  # neighbouring keys: fewer pages to decrypt and write
    ids = [value["record_id"] for value in values]
    for start in range(0, len(ids), 500):
        conn.execute(delete(sent).where(sent.c.stream == stream, sent.c.record_id.in_(ids[start:start + 500])))
    if values:
        conn.execute(insert(sent), values)


def _file_name(kind: str, device_id: str, sequence: int, to_device: str = "") -> str:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = f"-an-{to_device[:8]}" if to_device else ""
    return f"kim-{kind}-{stamp}-{device_id[:8]}{target}-{sequence:05d}{package.SUFFIX}"


def _write(out_dir: Path, name: str, data: bytes) -> Path:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        target = out_dir / name
        write_atomic(target, data, mode=0o600)
    except StorageFull:
        raise
    except OSError as exc:
        raise VaultNotWritable(path=out_dir, reason=os_reason(exc)) from None
    return target


def _base_manifest(vault: Vault, keys: VaultKeys, kind: str, stream: str, pos: streams.StreamPosition,
                   policy: str) -> dict[str, Any]:
    profile = vault.profile
    return {
        "kind": kind, "package_id": package.new_package_id(), "device_id": profile.device_id,
        "vault_id": profile.vault_id, "role": str(profile.role), "owner": profile.display_name,
        "team": profile.team, "epoch": pos.epoch, "stream": stream, "sequence": pos.last_sequence + 1,
        "previous_hash": pos.previous_hash, "schema": head_revision(), "created_at": package.utc_text(utcnow()),
        "age_recipient": keys.age_recipient, "policy": policy,
    }


@contextmanager
def _export_transaction(vault: Vault) -> Iterator[tuple[Session, list[Path]]]:
    """The files are renamed into place before the transaction commits; should the commit fail
    (a full disk), they are removed again, so that no file carries a number the vault did not keep."""
    written: list[Path] = []
    try:
        with vault.transaction() as session:
            yield session, written
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise


def _write_package(session: Session, written: list[Path], vault: Vault, keys: VaultKeys, out_dir: Path,
                   contents: package.Contents, recipients: list[str], raw_rows: dict[str, list[dict[str, Any]]],
                   pos: streams.StreamPosition) -> ExportResult:
    manifest = contents.manifest
    stream, sequence = manifest["stream"], manifest["sequence"]
    has_content = any(contents.records.values())
    manifest["last_content_sequence"] = sequence if has_content else pos.last_content_sequence
    data, manifest_hash = package.build(contents, keys, recipients)
    path = _write(out_dir, _file_name(manifest["kind"], vault.profile.device_id, sequence,
                                      manifest.get("to_device", "")), data)
    written.append(path)
    conn = session.connection()
    _mark_sent(conn, stream, pos.epoch, sequence, raw_rows)
    streams.advance(session, stream, pos.epoch, sequence, manifest_hash, has_content)
    audit.record(session, "sync.exported", record_type="package", record_id=manifest["package_id"])
    log.info("package %s written: %s #%d, %d records", manifest["package_id"], stream, sequence,
             sum(len(rows) for rows in contents.records.values()))
    return ExportResult(path=path, kind=manifest["kind"], stream=stream, sequence=sequence,
                        counts={name: len(rows) for name, rows in contents.records.items() if rows},
                        heartbeat=not has_content, last_content_sequence=manifest["last_content_sequence"],
                        to_device=manifest.get("to_device", ""))


def preview_export(vault: Vault, deployment: Deployment, mode: str = CHANGES) -> ExportPreview:
    """Counts only; reads without changing anything (the epoch check is rolled back)."""
    policy = team_policy(vault, deployment)
    with vault.transaction() as session:
        epoch = streams.current_epoch(session)
        pos = streams.position(session, streams.KREIS, epoch)
        conn = session.connection()
        counts = {entry.name: len(_changed_rows(conn, entry, streams.KREIS, mode, epoch,
                                                vault.profile.device_id, True))
                  for entry in registry.owned_by(registry.DEVICE)}
        names = [c.name or c.age_recipient[:16] for c in known_coordinators(session, deployment)]
        session.rollback()
    private = ({e.name: e.private_columns for e in registry.TABLES if e.private_columns}
               if policy == "pseudonymised" else {})
    return ExportPreview(mode, policy, pos.last_sequence + 1, {k: v for k, v in counts.items() if v}, names, private)


def _covered(conn: Connection, device_id: str, pos: streams.StreamPosition, mode: str) -> list[int]:
    """The earlier packages a resend replaces: all of the epoch, or those without a receipt."""
    got = SyncReceived.__table__
    confirmed = set() if mode == ALL else set(conn.execute(select(got.c.sequence).where(
        got.c.device_id == device_id, got.c.epoch == pos.epoch, got.c.stream == streams.KREIS)).scalars())
    return [n for n in range(1, pos.last_sequence + 1) if n not in confirmed]


def export_for_kreis(vault: Vault, deployment: Deployment, out_dir: Path, mode: str = CHANGES,
                     progress: Progress | None = None) -> ExportResult:
    """The case manager's package with every change since the last export (or all, or all the Kreis
    has not confirmed). With nothing new it is a heartbeat."""
    if vault.profile.role is not Role.CASE_MANAGER:
        raise SyncNotReady(reason="Nur Case-Management-Datendateien exportieren für den Kreis.")
    if mode not in MODES:
        raise SyncNotReady(reason=f"unbekannte Auswahl {mode}")
    policy = team_policy(vault, deployment)
    with _export_transaction(vault) as (session, written):
        coordinators = known_coordinators(session, deployment)
        if not coordinators:
            raise SyncNotReady(reason="Es ist keine Koordination als Empfänger eingerichtet "
                                      "(Einsatzkonfiguration oder »kim-desktop recipients add«).")
        keys = load_keys(session)
        epoch = streams.current_epoch(session)
        pos = streams.position(session, streams.KREIS, epoch)
        conn = session.connection()
        tables = registry.owned_by(registry.DEVICE)
        raw: dict[str, list[dict[str, Any]]] = {}
        for step, entry in enumerate(tables):
            raw[entry.name] = _changed_rows(conn, entry, streams.KREIS, mode, epoch, vault.profile.device_id, True)
            if progress:
                progress(step + 1, len(tables) + 1)
        manifest = _base_manifest(vault, keys, package.EXPORT, streams.KREIS, pos, policy)
        if mode != CHANGES:
            manifest["covers"] = _covered(conn, vault.profile.device_id, pos, mode)
        contents = package.Contents(
            manifest=manifest,
            records={entry.name: _encode(entry, raw[entry.name], policy == "pseudonymised") for entry in tables})
        result = _write_package(session, written, vault, keys, Path(out_dir), contents,
                                [c.age_recipient for c in coordinators], raw, pos)
        if progress:
            progress(len(tables) + 1, len(tables) + 1)
        return result


def _received_rows(conn: Connection, device_id: str | None) -> list[dict[str, Any]]:
    got = SyncReceived.__table__
    query = select(got) if device_id is None else select(got).where(got.c.device_id == device_id)
    return [{"device_id": r.device_id, "epoch": r.epoch, "stream": r.stream, "sequence": r.sequence,
             "package_id": r.package_id, "manifest_hash": r.manifest_hash, "previous_hash": r.previous_hash,
             "received_at": package.utc_text(r.received_at)} for r in conn.execute(query)]


def _colleague_directory(session: Session, devices: list[SyncDevice]) -> list[dict[str, Any]]:
    """The trusted case managers' names, teams and municipalities from their imported profiles
    (the registry's owner and team where no profile has arrived yet), for substitutes on leave."""
    trusted = {device.device_id: device for device in devices}
    profiles = {row.device_id: row for row in session.scalars(
        select(VaultProfile).where(VaultProfile.device_id.in_(list(trusted)), VaultProfile.deleted.is_(False),
                                   VaultProfile.role == str(Role.CASE_MANAGER))
        .order_by(VaultProfile.updated_at))}  # a device with two profiles (none today): the newer
    entries = []
    for device_id, device in trusted.items():
        profile = profiles.get(device_id)
        entry = (package.colleague_entry(device_id, profile.display_name or device.owner or "", profile.team,
                                         profile.municipality_keys) if profile is not None
                 else package.colleague_entry(device_id, device.owner or "", device.team, ()))
        if entry is not None:
            entries.append(entry)
    entries.sort(key=lambda entry: (entry["name"].casefold(), entry["device_id"]))
    return entries[:package.MAX_COLLEAGUES]


def export_from_coordinator(vault: Vault, deployment: Deployment, out_dir: Path,
                            progress: Progress | None = None) -> list[ExportResult]:
    """One feedback package per trusted case-manager device (master data, the reviews of its own
    escalations, receipts, our keys, the colleague directory) and one replication package for the
    other coordinators (every change since the last one, steering-group meetings included)."""
    if vault.profile.role is not Role.COORDINATOR:
        raise SyncNotReady(reason="Rückmeldungen schreibt nur eine Datendatei der Koordination.")
    results: list[ExportResult] = []
    with _export_transaction(vault) as (session, written):
        keys = load_keys(session)
        epoch = streams.current_epoch(session)
        conn = session.connection()
        devices = list(session.scalars(select(SyncDevice).where(SyncDevice.status == "trusted",
                                                                SyncDevice.role == str(Role.CASE_MANAGER))
                                       .order_by(SyncDevice.device_id)))
        others = [c for c in known_coordinators(session, deployment) if c.age_recipient != keys.age_recipient]
        steps = len(devices) + 1
        coordination = registry.in_feedback()
        master_rows = {entry.name: _changed_rows(conn, entry, "", ALL, epoch, None, False)
                       for entry in coordination}
        directory = _colleague_directory(session, devices)
        for step, device in enumerate(devices):
            stream = streams.feedback_stream(device.device_id)
            pos = streams.position(session, stream, epoch)
            manifest = _base_manifest(vault, keys, package.FEEDBACK, stream, pos, "")
            manifest["to_device"] = device.device_id
            manifest["coordinators"] = [{"name": c.name, "age_recipient": c.age_recipient,
                                         "signing_key": c.signing_key} for c in others if c.signing_key]
            manifest[package.COLLEAGUES] = directory
            contents = package.Contents(
                manifest=manifest,
                records={entry.name: _encode(entry, _for_device(entry, master_rows[entry.name], device.device_id),
                                             False) for entry in coordination},
                received=_received_rows(conn, device.device_id))
            results.append(_write_package(session, written, vault, keys, Path(out_dir), contents,
                                          [device.age_recipient],
                                          {}, pos))
            if progress:
                progress(step + 1, steps)
        if others:
            pos = streams.position(session, streams.REPLICATION, epoch)
            raw = {entry.name: _changed_rows(conn, entry, streams.REPLICATION, CHANGES, epoch, None, False)
                   for entry in registry.TABLES}
            contents = package.Contents(
                manifest=_base_manifest(vault, keys, package.REPLICATION, streams.REPLICATION, pos, "full"),
                records={entry.name: _encode(entry, raw[entry.name], False) for entry in registry.TABLES},
                received=_received_rows(conn, None))
            results.append(_write_package(session, written, vault, keys, Path(out_dir), contents,
                                          [c.age_recipient for c in others], raw, pos))
        if progress:
            progress(steps, steps)
    return results

