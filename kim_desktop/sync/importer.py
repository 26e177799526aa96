"""Reading packages into a vault: decrypt, verify signature and sender, check the schema, then
apply all of one package in one transaction.

Every version of a record is ranked by (revision, updated_at, device id); the highest wins, so
any order of the same packages gives the same records (order-independent), and applying a
package again finds nothing newer (idempotent). A version that loses to another device's is
kept in the conflict log: per record and device the latest losing version, which is again the
same whatever the order. Foreign keys are not enforced while applying: a consultation may
arrive before its case.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Connection, Table, bindparam, delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kim_desktop.config.deployment import Deployment
from kim_desktop.domain.roles import Role
from kim_desktop.errors import os_reason
from kim_desktop.storage import audit
from kim_desktop.storage.local_state import store_colleague_directory
from kim_desktop.storage.migrate import known_revisions
from kim_desktop.storage.schema import utcnow
from kim_desktop.storage.search_tables import reindexing
from kim_desktop.storage.sync_tables import SyncConflict, SyncDevice, SyncImportLog, SyncReceived
from kim_desktop.storage.vault import Vault
from kim_desktop.sync import devices, package, registry
from kim_desktop.sync.codec import BadValue, codec_for
from kim_desktop.sync.keys import (
    BadKey,
    Endorsement,
    VaultKeys,
    load_keys,
    parse_recipient,
    parse_signing_key,
)
from kim_desktop.sync.recipients import (
    ANNOUNCED,
    KnownCoordinator,
    add_coordinator,
    known_coordinators,
    remove_coordinator,
)

log = logging.getLogger(__name__)

IMPORTED, UNCHANGED, REFUSED, UNKNOWN_DEVICE, PREVIEW = "imported", "unchanged", "refused", "unknown-device", "preview"

Progress = Callable[[int, int], None]
MAX_SEQUENCE = 10**7  # a package a day for 27 000 years; bounds what a crafted manifest can claim
MAX_REPORTED_GAPS = 1000


@dataclass
class TableCounts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0  # tombstones among new and updated
    conflicts: int = 0


@dataclass
class FileOutcome:
    name: str
    status: str
    reason: str = ""
    package_id: str = ""
    kind: str = ""
    sequence: int | None = None
    device: devices.DeviceInfo | None = None
    tables: dict[str, TableCounts] = field(default_factory=dict)
    missing: list[int] = field(default_factory=list)  # gaps in the sender's sequence
    notes: list[str] = field(default_factory=list)

    def total(self, attribute: str) -> int:
        return sum(getattr(counts, attribute) for counts in self.tables.values())

    @property
    def ok(self) -> bool:
        return self.status in (IMPORTED, UNCHANGED, PREVIEW)


def package_files(paths: Iterable[Path]) -> list[Path]:
    """Files named directly, and the .kimsync files of named folders (sorted)."""
    found: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir() if p.suffix == package.SUFFIX and p.is_file()))
        else:
            found.append(path)
    return found


def import_files(vault: Vault, deployment: Deployment, paths: Iterable[Path], *, dry_run: bool = False,
                 trust_new_devices: bool = False, progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None) -> list[FileOutcome]:
    """One outcome per file; a bad file is refused and the others still import."""
    files = package_files(paths)
    with vault.transaction() as session:
        keys = load_keys(session)
    outcomes = []
    with vault.unchecked_writer() as transaction:
        for index, path in enumerate(files):
            if cancelled and cancelled():
                break
            outcomes.append(import_file(vault, deployment, keys, path, transaction, dry_run=dry_run,
                                        trust_new_devices=trust_new_devices))
            if progress:
                progress(index + 1, len(files))
    return outcomes


def import_file(vault: Vault, deployment: Deployment, keys: VaultKeys, path: Path,
                transaction: Callable[[], AbstractContextManager[Session]], *, dry_run: bool = False,
                trust_new_devices: bool = False) -> FileOutcome:
    outcome = FileOutcome(name=Path(path).name, status=REFUSED)
    try:
        opened = _open(path, keys)
        _describe(outcome, opened.manifest)
        with transaction() as session:
            _check_sender(session, vault, deployment, keys, opened, outcome, dry_run or False, trust_new_devices)
            if outcome.status == UNKNOWN_DEVICE:
                if dry_run:
                    session.rollback()
                else:
                    _log(session, outcome, opened.manifest)
                return outcome
            # Only feedback (to a case manager) carries the directory; any other kind's is not looked at.
            feedback = outcome.kind == package.FEEDBACK
            directory = package.colleague_directory(opened.manifest) if feedback else None
            rows = _decode(opened, outcome.kind, _stripped_columns(deployment, outcome),
                           receiver=vault.profile.device_id)
            previous = session.scalars(select(SyncImportLog).where(
                SyncImportLog.package_id == outcome.package_id, SyncImportLog.result == IMPORTED)).first()
            changes = _Applier(session.connection(), vault, outcome, rows, opened)
            changes.plan()
            if dry_run:
                outcome.status = PREVIEW
                session.rollback()
                return outcome
            changes.apply()
            _after_apply(session, vault, deployment, opened, outcome)
            if directory is not None:
                store_colleague_directory(session, package.directory_stamp(opened.manifest), directory)
            outcome.status = UNCHANGED if previous is not None else IMPORTED
            if previous is not None:
                outcome.notes.append(f"bereits am {previous.at.astimezone():%d.%m.%Y} importiert")
            _log(session, outcome, opened.manifest)
            audit.record(session, "sync.imported", record_type="package", record_id=outcome.package_id)
        log.info("package %s: %s", outcome.package_id, outcome.status)
    except (IntegrityError, OverflowError):
        # A record the tables do not take (a required column missing, a duplicate unique value):
        # the transaction was rolled back, the file is refused like any other bad file.
        outcome.status, outcome.reason = REFUSED, "ungültiger Datensatz (passt nicht zu den Tabellen)"
        log.info("package %s refused", outcome.package_id or "-")
        if not dry_run:
            _log_refusal(vault, outcome)
    except package.Refused as refusal:
        outcome.status, outcome.reason = REFUSED, refusal.reason
        # The reason may name a case manager (unknown device); the log keeps ids only.
        log.info("package %s refused", outcome.package_id or "-")
        if not dry_run:
            _log_refusal(vault, outcome)
    return outcome


def _open(path: Path, keys: VaultKeys) -> package.OpenedPackage:
    try:
        size = Path(path).stat().st_size
        if size > package.MAX_PACKAGE_BYTES:
            raise package.Refused(f"Datei zu groß (über {package.MAX_PACKAGE_BYTES // (1024 * 1024)} MB)")
        data = Path(path).read_bytes()
    except OSError as exc:
        raise package.Refused(f"Datei nicht lesbar ({os_reason(exc)})") from None
    return package.read(data, keys)


_FIELDS: dict[str, type] = {"kind": str, "package_id": str, "device_id": str, "epoch": str, "stream": str,
                            "sequence": int, "schema": str, "age_recipient": str, "previous_hash": str}


def _describe(outcome: FileOutcome, manifest: dict[str, Any]) -> None:
    for name, kind in _FIELDS.items():
        if not isinstance(manifest.get(name), kind) or isinstance(manifest.get(name), bool):
            raise package.Refused(f"Manifest unvollständig ({name})")
    if manifest["kind"] not in package.KINDS:
        raise package.Refused("unbekannte Paketart")
    if not 0 < manifest["sequence"] <= MAX_SEQUENCE:
        raise package.Refused("Paketnummer außerhalb des gültigen Bereichs")
    try:
        parse_recipient(manifest["age_recipient"])
    except BadKey:
        raise package.Refused("Manifest mit ungültigem age-Empfänger") from None
    outcome.package_id, outcome.kind, outcome.sequence = manifest["package_id"], manifest["kind"], manifest["sequence"]
    team = manifest.get("team")
    team = team if isinstance(team, int) and not isinstance(team, bool) and 0 <= team < 2**31 else None
    outcome.device = devices.DeviceInfo(
        device_id=manifest["device_id"], signing_key=manifest["signing_key"], age_recipient=manifest["age_recipient"],
        owner=str(manifest.get("owner") or ""), role=str(manifest.get("role") or ""),
        team=team)


def _check_sender(session: Session, vault: Vault, deployment: Deployment, keys: VaultKeys,
                  opened: package.OpenedPackage, outcome: FileOutcome, dry_run: bool, trust_new: bool) -> None:
    manifest, info = opened.manifest, outcome.device
    assert info is not None
    if manifest["schema"] not in known_revisions():
        raise package.Refused(f"mit einer neueren Programmversion erstellt (Schema {manifest['schema'][:12]}); "
                              "bitte KIM Desktop aktualisieren")
    if info.device_id == vault.profile.device_id:
        raise package.Refused("eigenes Paket dieser Datendatei")
    role = vault.profile.role
    if role is Role.COORDINATOR and outcome.kind == package.FEEDBACK:
        raise package.Refused("Rückmeldung an ein Case-Management-Gerät, nicht an die Koordination")
    if role is Role.CASE_MANAGER and outcome.kind != package.FEEDBACK:
        raise package.Refused("Paket für die Koordination, nicht für dieses Gerät")
    if outcome.kind == package.FEEDBACK and manifest.get("to_device") != vault.profile.device_id:
        raise package.Refused("Rückmeldung für ein anderes Gerät")
    if outcome.kind == package.EXPORT:
        _check_device(session, info, outcome, dry_run, trust_new)
    else:
        _check_coordinator(session, deployment, keys, opened, info)


def _check_device(session: Session, info: devices.DeviceInfo, outcome: FileOutcome, dry_run: bool,
                  trust_new: bool) -> None:
    if info.role != str(Role.CASE_MANAGER):
        raise package.Refused("Export-Paket, aber nicht von einem Case-Management-Gerät")
    row = session.get(SyncDevice, info.device_id)
    if row is not None and row.status == devices.REVOKED:
        raise package.Refused(f"Gerät gesperrt ({row.owner or info.device_id[:8]}); frühere Daten bleiben")
    if row is not None and row.signing_key != info.signing_key:
        raise package.Refused("anderer Signaturschlüssel als bisher für dieses Gerät – Paket nicht vertrauenswürdig")
    if row is not None and row.status == devices.TRUSTED:
        return
    if trust_new:
        if not dry_run:
            devices.register(session, info, devices.TRUSTED)
        return
    outcome.status = UNKNOWN_DEVICE
    outcome.reason = (f"unbekanntes Gerät von »{info.owner or '?'}«, Fingerabdruck {info.fingerprint}: "
                      "erst nach Bestätigung des Fingerabdrucks importierbar")
    if not dry_run and row is None:
        devices.register(session, info, devices.PENDING)


def _check_coordinator(session: Session, deployment: Deployment, keys: VaultKeys, opened: package.OpenedPackage,
                       info: devices.DeviceInfo) -> None:
    known = {c.signing_key for c in known_coordinators(session, deployment) if c.signing_key}
    known.add(keys.signing_key)
    if info.signing_key in known:
        return
    endorsement = Endorsement.from_json(opened.manifest.get("endorsement"))
    if (endorsement is not None and endorsement.previous_signing_key in known
            and endorsement.valid_for(info.signing_key, info.age_recipient)):
        return
    raise package.Refused("Absender ist keine bekannte Koordination (Signaturschlüssel unbekannt)")


def _stripped_columns(deployment: Deployment, outcome: FileOutcome) -> bool:
    """A `pseudonymised` team's laptop strips names before export; should one arrive anyway (an
    older program, a changed configuration), the Kreis does not keep them either."""
    if outcome.kind != package.EXPORT or outcome.device is None or outcome.device.team is None:
        return False
    team = deployment.team(outcome.device.team)
    return team is not None and team.sync_policy == "pseudonymised"


def _decode(opened: package.OpenedPackage, kind: str, strip_private: bool, *,
            receiver: str = "") -> dict[str, list[dict[str, Any]]]:
    """The rows by table, checked for who may send them. A feedback package carries master data,
    and of the escalation reviews only those for the receiving laptop's own escalations; one
    with another laptop's reviews or with the coordinators' own tables (steering group) is
    refused as a whole: a coordinator of this version never writes it."""
    sender = opened.manifest["device_id"]
    decoded: dict[str, list[dict[str, Any]]] = {}
    for name, raw_rows in opened.records.items():
        entry = registry.BY_NAME.get(name)
        if entry is None:
            raise package.Refused(f"unbekannte Tabelle {name[:40]}")
        if kind == package.EXPORT and entry.owner != registry.DEVICE:
            raise package.Refused(f"Tabelle {name} gehört der Koordination")
        if kind == package.FEEDBACK and (entry.owner != registry.COORDINATION
                                         or entry.feedback == registry.FEEDBACK_NONE):
            raise package.Refused(f"Rückmeldung mit Daten aus {name}")
        codec = codec_for(entry.table)
        by_id: dict[Any, dict[str, Any]] = {}
        for raw in raw_rows:
            try:
                row = codec.decode(raw)
            except BadValue as exc:
                raise package.Refused(f"ungültiger Datensatz ({exc})") from None
            if kind == package.EXPORT and row["device_id"] != sender:
                raise package.Refused("Datensatz eines anderen Geräts in einem Export-Paket")
            if kind == package.EXPORT and name == "escalation" and row.get("owner_device_id") != sender:
                raise package.Refused("Meldung eines anderen Geräts in einem Export-Paket")
            if (kind == package.FEEDBACK and entry.feedback == registry.FEEDBACK_AUTHOR
                    and row.get(registry.AUTHOR_COLUMN) != receiver):
                raise package.Refused(f"Rückmeldung mit Daten eines anderen Geräts ({name})")
            if strip_private:
                for column in entry.private_columns:
                    if column in row:
                        row[column] = None
            seen = by_id.get(row["id"])
            if seen is not None and seen != row:
                raise package.Refused(f"doppelte Datensatz-ID mit verschiedenem Inhalt ({name})")
            by_id[row["id"]] = row
        # In key order: look-ups and inserts then walk the id index instead of jumping around in it
        # (with encryption every page read or written costs; measured 5-10× on 40 000 rows).
        decoded[name] = [by_id[key] for key in sorted(by_id)]
    return decoded


def _rank(row: dict[str, Any] | Any) -> tuple[int, Any, str]:
    if isinstance(row, dict):
        return row["revision"], row["updated_at"], row["device_id"]
    return row.revision, row.updated_at, row.device_id


class _Applier:
    """Decides per record (plan) and writes the decisions (apply), table by table."""

    def __init__(self, conn: Connection, vault: Vault, outcome: FileOutcome, rows: dict[str, list[dict[str, Any]]],
                 opened: package.OpenedPackage) -> None:
        self.conn, self.vault, self.outcome, self.rows = conn, vault, outcome, rows
        self.opened = opened
        self.decisions: dict[str, tuple[list[dict[str, Any]], list[dict[str, Any]], list[tuple[Any, Any]],
                                        list[dict[str, Any]]]] = {}

    @property
    def changed(self) -> bool:
        return any(new or updated or losers for new, updated, losers, _ in self.decisions.values())

    def _existing(self, table: Table, ids: list[Any], full: bool = False) -> dict[Any, Any]:
        """The stored versions of these records: rank columns only, unless `full`."""
        columns = list(table.columns) if full else [table.c.id, table.c.revision, table.c.updated_at,
                                                      table.c.device_id, table.c.deleted]
        found = {}
        for start in range(0, len(ids), 500):
            for row in self.conn.execute(select(*columns).where(table.c.id.in_(ids[start:start + 500]))):
                found[row.id] = row
        return found

    def plan(self) -> None:
        local_device = self.vault.profile.device_id
        owner_wins = self.outcome.kind == package.FEEDBACK
        for entry in registry.TABLES:
            incoming = self.rows.get(entry.name)
            if not incoming:
                continue
            counts = self.outcome.tables.setdefault(entry.name, TableCounts())
            existing = self._existing(entry.table, [row["id"] for row in incoming])
            new, updated, losers, displaced = [], [], [], []
            for row in incoming:
                old = existing.get(row["id"])
                if old is None:
                    new.append(row)
                    counts.new += 1
                    counts.deleted += bool(row["deleted"])
                    continue
                # The coordinators own master data: a case manager's local edit gives way.
                local_edit = owner_wins and old.device_id == local_device
                if _rank(row) > _rank(old) or (local_edit and _rank(row) != _rank(old)):
                    updated.append(row)
                    counts.updated += 1
                    counts.deleted += bool(row["deleted"]) and not old.deleted
                    if old.device_id != row["device_id"]:
                        displaced.append(row)
                        counts.conflicts += 1
                elif _rank(row) == _rank(old) or old.device_id == row["device_id"]:
                    counts.unchanged += 1
                else:
                    losers.append((row, old))
                    counts.conflicts += 1
            self.decisions[entry.name] = (new, updated, losers, displaced)

    def apply(self) -> None:
        for entry in registry.TABLES:
            if entry.name not in self.decisions:
                continue
            new, updated, losers, displaced = self.decisions[entry.name]
            table = entry.table
            # The versions the winners replace, read before they are overwritten.
            replaced = self._existing(table, [row["id"] for row in displaced], full=True)
            searchable = entry.name == "consultation"
            with reindexing(self.conn, [r["id"] for r in updated] if searchable else [], searchable and bool(new)):
                if new:
                    self.conn.execute(insert(table), [_complete(table, row) for row in new])
                if updated:
                    self.conn.execute(_update_statement(table),
                                      [{f"b_{k}": v for k, v in _complete(table, row).items()} for row in updated])
            for winner in displaced:
                self._log_loser(entry, dict(replaced[winner["id"]]._mapping), winner)
                self._drop_logged(entry.name, winner)
            for row, old in losers:
                self._log_loser(entry, row, old)

    def _log_loser(self, entry: registry.SyncTable, loser: dict[str, Any], winner: Any) -> None:
        logged = self.conn.execute(select(SyncConflict.__table__).where(
            SyncConflict.table_name == entry.name, SyncConflict.record_id == loser["id"],
            SyncConflict.device_id == loser["device_id"])).first()
        if logged is not None and _rank(logged) >= _rank(loser):
            return
        conflicts = cast(Table, SyncConflict.__table__)
        if logged is not None:
            self.conn.execute(delete(conflicts).where(conflicts.c.table_name == entry.name,
                                                      conflicts.c.record_id == loser["id"],
                                                      conflicts.c.device_id == loser["device_id"]))
        winner_device, winner_revision = (winner["device_id"], winner["revision"]) if isinstance(winner, dict) \
            else (winner.device_id, winner.revision)
        data = json.dumps(codec_for(entry.table).encode(_complete(entry.table, loser)), ensure_ascii=False)
        self.conn.execute(insert(conflicts).values(
            table_name=entry.name, record_id=loser["id"], device_id=loser["device_id"], revision=loser["revision"],
            updated_at=loser["updated_at"], winner_device_id=winner_device, winner_revision=winner_revision,
            data=data, logged_at=utcnow()))

    def _drop_logged(self, table_name: str, winner: dict[str, Any]) -> None:
        """The winner's device has now a newer version than any of its logged losing ones."""
        conflicts = cast(Table, SyncConflict.__table__)
        self.conn.execute(delete(conflicts).where(conflicts.c.table_name == table_name,
                                                  conflicts.c.record_id == winner["id"],
                                                  conflicts.c.device_id == winner["device_id"]))


def _complete(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    """Every column, so that one executemany takes all rows (older packages lack newer columns)."""
    if len(row) == len(table.columns):
        return row
    full = {}
    for column in table.columns:
        if column.name in row:
            full[column.name] = row[column.name]
        elif column.default is not None and getattr(column.default, "is_scalar", False):
            full[column.name] = column.default.arg  # type: ignore[attr-defined]
        else:
            full[column.name] = None
    return full


_UPDATES: dict[str, Any] = {}


def _update_statement(table: Table) -> Any:
    if table.name not in _UPDATES:
        _UPDATES[table.name] = update(table).where(table.c.id == bindparam("b_id")).values(
            {column.name: bindparam(f"b_{column.name}") for column in table.columns if column.name != "id"})
    return _UPDATES[table.name]


def _after_apply(session: Session, vault: Vault, deployment: Deployment, opened: package.OpenedPackage,
                 outcome: FileOutcome) -> None:
    manifest, conn = opened.manifest, session.connection()
    _remember_received(conn, manifest["device_id"], manifest["epoch"], manifest["stream"], manifest["sequence"],
                       manifest["package_id"], opened.manifest_hash, manifest["previous_hash"])
    for covered in _covered_sequences(manifest):
        # A resend ("erneut senden") carries everything of these earlier packages: no gap is left.
        _remember_received(conn, manifest["device_id"], manifest["epoch"], manifest["stream"], covered,
                           manifest["package_id"], "", "")
    for entry in opened.received:
        # Receipts for this laptop (feedback) or what another coordinator has received (replication).
        if not isinstance(entry, dict) or (outcome.kind == package.FEEDBACK
                                           and entry.get("device_id") != vault.profile.device_id):
            continue
        try:
            sequence = entry["sequence"]
            if isinstance(sequence, bool) or not isinstance(sequence, int) or not 0 < sequence <= MAX_SEQUENCE:
                raise ValueError
            _remember_received(conn, str(entry["device_id"])[:36], str(entry["epoch"])[:36],
                               str(entry["stream"])[:64], sequence, str(entry["package_id"])[:36],
                               str(entry["manifest_hash"])[:64], str(entry.get("previous_hash") or "")[:64])
        except (KeyError, TypeError, ValueError):
            raise package.Refused("Empfangsbestätigung unlesbar") from None
    if outcome.kind in (package.FEEDBACK, package.REPLICATION):
        _learn_coordinators(session, deployment, opened)
    device = session.get(SyncDevice, manifest["device_id"])
    if device is not None:
        device.last_package_at = utcnow()
    outcome.missing = missing_sequences(conn, manifest["device_id"], manifest["epoch"], manifest["stream"])
    if previous_hash_mismatch(conn, manifest):
        outcome.notes.append("Vorgängerpaket passt nicht zur Kette (anderer Inhalt unter derselben Nummer?)")
    if not opened.records:
        last = manifest.get("last_content_sequence") or 0
        outcome.notes.append(f"Lebenszeichen: nichts Neues seit Paket {last}" if last
                             else "Lebenszeichen: noch keine Datensätze")


def _covered_sequences(manifest: dict[str, Any]) -> list[int]:
    covers = manifest.get("covers")
    if not isinstance(covers, list):
        return []
    return [n for n in covers if isinstance(n, int) and not isinstance(n, bool) and 0 < n < manifest["sequence"]]


def _remember_received(conn: Connection, device_id: str, epoch: str, stream: str, sequence: int, package_id: str,
                       manifest_hash: str, previous_hash: str) -> None:
    got = cast(Table, SyncReceived.__table__)
    key = (got.c.device_id == device_id, got.c.epoch == epoch, got.c.stream == stream, got.c.sequence == sequence)
    known = conn.execute(select(got.c.manifest_hash).where(*key)).first()
    if known is not None and not known.manifest_hash and manifest_hash:
        # The package itself wins over the placeholder a resend left for it: the same rows
        # whichever arrived first.
        conn.execute(delete(got).where(*key))
        known = None
    if known is None:
        conn.execute(insert(got).values(device_id=device_id, epoch=epoch, stream=stream, sequence=sequence,
                                        package_id=package_id, manifest_hash=manifest_hash,
                                        previous_hash=previous_hash, received_at=utcnow()))


def missing_sequences(conn: Connection, device_id: str, epoch: str, stream: str,
                      limit: int = MAX_REPORTED_GAPS) -> list[int]:
    """The first `limit` numbers missing below the highest received, from the gaps between the
    numbers present (never a range over all numbers: a package may claim a huge one)."""
    got = cast(Table, SyncReceived.__table__)
    have = sorted(conn.execute(select(got.c.sequence).where(got.c.device_id == device_id, got.c.epoch == epoch,
                                                            got.c.stream == stream)).scalars())
    missing: list[int] = []
    previous = 0
    for number in have:
        missing.extend(range(previous + 1, min(number, previous + 1 + limit - len(missing))))
        if len(missing) >= limit:
            break
        previous = number
    return missing


def previous_hash_mismatch(conn: Connection, manifest: dict[str, Any]) -> bool:
    got = cast(Table, SyncReceived.__table__)
    before = conn.execute(select(got.c.manifest_hash).where(
        got.c.device_id == manifest["device_id"], got.c.epoch == manifest["epoch"],
        got.c.stream == manifest["stream"], got.c.sequence == manifest["sequence"] - 1)).scalar()
    return bool(before) and before != manifest["previous_hash"]  # "": known only from a resend


def _learn_coordinators(session: Session, deployment: Deployment, opened: package.OpenedPackage) -> None:
    """Feedback and replication carry the sender's keys (after a rotation endorsed by the old
    ones), feedback also the other coordinators': packages are encrypted to them from now on."""
    manifest = opened.manifest
    announced = [{"name": manifest.get("owner") or "", "age_recipient": manifest["age_recipient"],
                  "signing_key": manifest["signing_key"]}]
    extra = manifest.get("coordinators")
    if isinstance(extra, list):
        announced.extend(extra)
    for entry in announced:
        if not isinstance(entry, dict) or not all(isinstance(entry.get(k), str) for k in
                                                  ("name", "age_recipient", "signing_key")):
            continue
        try:
            parse_recipient(entry["age_recipient"])
            parse_signing_key(entry["signing_key"])
        except BadKey:
            continue
        add_coordinator(session, KnownCoordinator(entry["name"], entry["age_recipient"], entry["signing_key"],
                                                  ANNOUNCED))
    endorsement = Endorsement.from_json(manifest.get("endorsement"))
    if endorsement is not None:  # the sender's old keys are retired: no more packages to them
        for known in known_coordinators(session, deployment):
            if known.signing_key == endorsement.previous_signing_key and known.age_recipient != manifest["age_recipient"]:
                remove_coordinator(session, known.age_recipient)
    session.flush()


def _counts_json(outcome: FileOutcome) -> str:
    return json.dumps({name: vars(counts) for name, counts in outcome.tables.items()}, sort_keys=True)


def _log(session: Session, outcome: FileOutcome, manifest: dict[str, Any] | None) -> None:
    manifest = manifest or {}
    session.add(SyncImportLog(at=utcnow(), file_name=outcome.name[:255], package_id=outcome.package_id[:36],
                              device_id=str(manifest.get("device_id", ""))[:36],
                              epoch=str(manifest.get("epoch", ""))[:36], stream=str(manifest.get("stream", ""))[:64],
                              sequence=outcome.sequence, result=outcome.status, reason=outcome.reason,
                              counts=_counts_json(outcome)))


def _log_refusal(vault: Vault, outcome: FileOutcome) -> None:
    device = outcome.device
    with vault.transaction() as session:
        session.add(SyncImportLog(at=utcnow(), file_name=outcome.name[:255], package_id=outcome.package_id[:36],
                                  device_id=device.device_id[:36] if device else "", epoch="", stream="",
                                  sequence=outcome.sequence, result=REFUSED, reason=outcome.reason, counts=""))
