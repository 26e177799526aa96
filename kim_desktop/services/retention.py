"""Retention: which clients are due for deletion, and deleting their data for real.

A client is due when every one of their cases is closed and the latest closing date lies
`years` (deployment policy `retention_years`) or more in the past (domain.retention).

Deleting keeps each row as a tombstone, because sync needs to carry the deletion to the
Kreis: id, device, revision, change time, deleted=True, the foreign keys and the case's
owner. Every other column is emptied, not only the personal ones: names, birth date, notes,
but also places, scopes, codes, dates and the pseudonym (an allow-list, so a column added
later is emptied too). Columns the schema requires get an empty value ("", 0, False,
ERASED_DATE). Afterwards the write-ahead log is truncated and a full-text index of the
consultation notes (table `consultation_search`, if a migration added it) is purged, so that
with `secure_delete` on nothing of the old text is left in the file (tests/services/test_retention.py
decrypts the file page by page to check that).

RetentionRow carries the client's name for the case manager's own list: show it, never log it.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Boolean, Date, Integer, String, Text, and_, func, inspect, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from kim_desktop.domain.retention import closing_cutoff, due_date
from kim_desktop.errors import RecordNotFound, RetentionNotDue
from kim_desktop.storage import audit
from kim_desktop.storage import tables as _tables  # noqa: F401 - every table mapped, so every dependant is found
from kim_desktop.storage.consultation_tables import Case, Client, Consultation
from kim_desktop.storage.schema import REFERS_TO, Base, SyncedRecord
from kim_desktop.storage.vault import Vault

log = logging.getLogger(__name__)

DELETED_ACTION = "deleted-retention"  # audit action: "<record kind>.deleted-retention"
SEARCH_TABLE = "consultation_search"
# The schema requires a date in some columns (a consultation's day, a case's opening day …);
# a tombstone gets this one instead of the real date.
ERASED_DATE = dt.date(1900, 1, 1)
# What a tombstone keeps besides its foreign keys: what sync needs to apply the deletion, and
# the case's owner, which the sync conflict rule uses.
_KEPT_COLUMNS = frozenset({"id", "device_id", "revision", "updated_at", "deleted", "owner_device_id"})


@dataclass(frozen=True)
class RetentionRow:
    client_id: str
    pseudonym: str
    first_name: str
    last_name: str
    case_count: int
    closed_on: dt.date  # the latest closing date of the client's cases
    due_since: dt.date

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)


@dataclass(frozen=True)
class DeletionResult:
    clients: int
    records: int  # rows turned into tombstones, the clients included
    log_truncated: bool  # False when a reader kept the write-ahead log from being emptied at once


def _due_query(cutoff: dt.date, client_ids: Iterable[uuid.UUID] | None = None) -> Any:
    live_case = and_(Case.client_id == Client.id, Case.deleted.is_(False))
    query = (select(Client.id, Client.pseudonym, Client.first_name, Client.last_name,
                    func.count(Case.id).label("cases"), func.max(Case.closed_on).label("last_closed"))
             .join(Case, live_case)
             .where(Client.deleted.is_(False))
             .group_by(Client.id, Client.pseudonym, Client.first_name, Client.last_name)
             # count(closed_on) counts closed cases only: every case closed, the latest long enough ago
             .having(func.count(Case.id) == func.count(Case.closed_on), func.max(Case.closed_on) <= cutoff))
    if client_ids is not None:
        query = query.where(Client.id.in_(list(client_ids)))
    return query


def due_for_deletion(session: Session, today: dt.date, years: int) -> list[RetentionRow]:
    """Clients whose cases are all closed and past the retention period, longest due first."""
    rows = session.execute(_due_query(closing_cutoff(today, years))).all()
    result = [RetentionRow(str(r.id), r.pseudonym, r.first_name or "", r.last_name or "", r.cases,
                           r.last_closed, due_date(r.last_closed, years)) for r in rows]
    return sorted(result, key=lambda row: (row.due_since, row.pseudonym))


def delete_client_data(vault: Vault, client_id: str | uuid.UUID, today: dt.date,
                       years: int) -> DeletionResult:
    """Erase one client and everything that hangs on them; refused (RetentionNotDue) when not due."""
    return delete_clients_data(vault, [client_id], today, years)


def delete_clients_data(vault: Vault, client_ids: Iterable[str | uuid.UUID], today: dt.date,
                        years: int) -> DeletionResult:
    """Erase several clients in one transaction: all of them or, when one is not due, none."""
    ids = list(dict.fromkeys(uuid.UUID(str(client_id)) for client_id in client_ids))
    cutoff = closing_cutoff(today, years)
    with vault.transaction() as session:
        due = {row.id for row in session.execute(_due_query(cutoff, ids))}
        for client_id in ids:
            if client_id not in due:
                client = session.get(Client, client_id)
                if client is None or client.deleted:
                    raise RecordNotFound(record=client_id)
                raise RetentionNotDue(pseudonym=client.pseudonym, years=years)
        doomed = _with_dependants(session, Client, ids)
        consultation_ids = [row.id for row in doomed if isinstance(row, Consultation)]
        search = _search_index_layout(session.connection())
        if search is not None and search.kind != "external":
            _delete_from_search_index(session.connection(), search, consultation_ids)
        for row in doomed:
            erase(row)
        session.flush()
        for row in doomed:
            kind = record_kind(row)
            audit.record(session, f"{kind}.{DELETED_ACTION}", record_type=kind, record_id=row.id)
        if search is not None:
            _compact_search_index(session.connection(), search)
    truncated = truncate_wal(vault)
    log.info("retention: %d client(s), %d records erased", len(ids), len(doomed))
    return DeletionResult(len(ids), len(doomed), truncated)


def record_kind(row: SyncedRecord) -> str:
    """The record type the audit log names: the table, except "case" for case_file."""
    table = str(type(row).__tablename__)  # type: ignore[attr-defined]
    return "case" if table == "case_file" else table


# --- erasing --------------------------------------------------------------------------------


def _empty_value(column: Any) -> object:
    if column.nullable:
        return None
    if isinstance(column.type, (String, Text)):
        return ""
    if isinstance(column.type, Boolean):
        return False
    if isinstance(column.type, Integer):
        return 0
    if isinstance(column.type, Date):
        return ERASED_DATE
    raise TypeError(f"no empty value for required column {column.table.name}.{column.name}")


def erase(row: SyncedRecord) -> None:
    """Tombstone a row and empty every column that neither sync nor a foreign key needs."""
    row.tombstone()
    for attribute in inspect(type(row)).column_attrs:
        column = attribute.columns[0]
        if attribute.key in _KEPT_COLUMNS or column.foreign_keys:
            continue
        setattr(row, attribute.key, _empty_value(column))


def _synced_classes() -> list[type[SyncedRecord]]:
    return [mapper.class_ for mapper in Base.registry.mappers if issubclass(mapper.class_, SyncedRecord)]


def _with_dependants(session: Session, root: type[SyncedRecord], ids: list[uuid.UUID]) -> list[SyncedRecord]:
    """The root rows and every synced row that refers to them, directly or through others
    (cases → consultations, goals, consents, phase changes, appointments; and tables added later)."""
    found: list[SyncedRecord] = list(session.scalars(select(root).where(root.id.in_(ids))))
    seen = {row.id for row in found}
    frontier: dict[str, list[uuid.UUID]] = {root.__tablename__: ids}  # type: ignore[attr-defined]
    while frontier:
        next_frontier: dict[str, list[uuid.UUID]] = {}
        for cls in _synced_classes():
            table = inspect(cls).local_table
            for column in table.columns:
                targets = [key.column.table.name for key in column.foreign_keys]
                targets += [column.info[REFERS_TO]] if REFERS_TO in column.info else []
                for target in targets:
                    parents = frontier.get(target)
                    if not parents:
                        continue
                    # Already tombstoned rows too: a tombstone may still hold codes, dates, a language.
                    query = select(cls).where(column.in_(parents))
                    for row in session.scalars(query):
                        if row.id not in seen:
                            seen.add(row.id)
                            found.append(row)
                            next_frontier.setdefault(table.name, []).append(row.id)
        frontier = next_frontier
    return found


# --- the write-ahead log and the full-text index --------------------------------------------


def truncate_wal(vault: Vault) -> bool:
    """Copy the log into the file and empty it, so that old pages do not linger in `-wal`.
    False when a reader held it (SQLite then empties it at the next checkpoint or on close)."""
    if vault.engine.dialect.name != "sqlite":
        return True
    conn = vault.raw_connection()
    try:
        busy, _frames, _copied = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        conn.close()
    if busy:
        log.warning("retention: write-ahead log not truncated (a reader is active)")
    return not busy


@dataclass(frozen=True)
class _SearchIndex:
    kind: str  # "external" (content=<table>), "contentless" (content=''), "own" (stores its text)
    columns: tuple[str, ...]


_CONTENT_OPTION = re.compile(r"content\s*=\s*(?:'([^']*)'|\"([^\"]*)\"|([a-z_0-9]+))")


def _search_index_layout(conn: Connection) -> _SearchIndex | None:
    """The layout of the notes index, if a migration created one (SQLite only)."""
    if conn.dialect.name != "sqlite":
        return None
    row = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                               (SEARCH_TABLE,)).first()
    if row is None:
        return None
    ddl = " ".join(str(row[0] or "").lower().split())
    if not re.search(r"using fts[345]\b", ddl):
        raise RuntimeError(f"{SEARCH_TABLE} is not an FTS table; retention cannot purge it")
    columns = tuple(str(r[1]) for r in conn.exec_driver_sql(f"PRAGMA table_info({SEARCH_TABLE})"))
    match = _CONTENT_OPTION.search(ddl)
    if match is None:
        kind = "own"
    else:
        content = next((group for group in match.groups() if group is not None), "")
        kind = "external" if content else "contentless"
    return _SearchIndex(kind, columns)


def _delete_from_search_index(conn: Connection, index: _SearchIndex,
                              consultation_ids: list[uuid.UUID]) -> None:
    """Remove the index rows of the erased consultations, before their text is emptied.
    An external-content index is rebuilt afterwards instead (its triggers, if any, already follow
    the content table, and a second delete would corrupt it)."""
    if not consultation_ids:
        return
    id_column = next((name for name in ("consultation_id", "record_id", "id") if name in index.columns), None)
    if id_column is not None and index.kind == "own":
        # The id may be stored as SQLAlchemy stores it (32 hex digits) or in its text form.
        values = [form for cid in consultation_ids for form in (cid.hex, str(cid))]
        for start in range(0, len(values), 500):
            chunk = values[start:start + 500]
            marks = ",".join("?" * len(chunk))
            conn.exec_driver_sql(f"DELETE FROM {SEARCH_TABLE} WHERE {id_column} IN ({marks})", tuple(chunk))
        return
    # Otherwise the index row's rowid is the consultation's rowid.
    hexes = [cid.hex for cid in consultation_ids]
    for start in range(0, len(hexes), 500):
        chunk = hexes[start:start + 500]
        marks = ",".join("?" * len(chunk))
        conn.exec_driver_sql(f"DELETE FROM {SEARCH_TABLE} WHERE rowid IN "
                             f"(SELECT rowid FROM consultation WHERE id IN ({marks}))", tuple(chunk))


def _compact_search_index(conn: Connection, index: _SearchIndex) -> None:
    """FTS deletes only mark entries as gone; merging the segments (or rebuilding from the
    emptied content table) frees the pages that still hold the old words, and secure_delete
    overwrites them."""
    command = "rebuild" if index.kind == "external" else "optimize"
    conn.exec_driver_sql(f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}) VALUES ('{command}')")
