"""What the consultation list searches and sorts on: a covering index and a full-text index.

Measured on an encrypted vault with 100 000 consultations (2 cores): every page that SQLCipher
reads is decrypted, so a scan of the consultation table costs ≈ 160 ms and a `LIKE '%word%'`
over the notes ≈ 1.5 s when few rows match. Hence:

- `ix_consultation_list` (deleted, held_on, …) holds every column the list filters and sorts on,
  so that filtering walks ≈ 10 MB of index instead of ≈ 85 MB of rows (counting: 160 → 25 ms).
  A second covering index in case order (for the sorts by client) gained under 10 % and was
  dropped again: every index costs every insert of an import.
- `consultation_search`, an FTS5 table over the notes and next steps (tokenizer unicode61 with
  diacritics removed: "müller" finds "Müller" and "Muller", case folding covers Ö/ö, which
  SQLite's LIKE does not). It is an *external-content* table keyed by the consultation's rowid:
  the text is not stored a second time, and `columnsize=0` drops the per-row size table we never
  use. Its content is the view `consultation_search_source` (the rowid, notes and next steps of
  the rows that are not deleted), so that FTS5's 'rebuild' indexes exactly what the triggers
  index. 13 MB and 1.3 s to build for 100 000 notes; a trigram index (substring search) measured
  114 MB, 12 s and 0.3 s per query, so word-prefix search it is.

Triggers keep the FTS index in step with the table (migration 0005): a row that is tombstoned
(`deleted`) leaves the index, one that is restored comes back. FTS5 only marks deleted entries;
the words stay in the index's segments until they are merged, so whoever must make text really
disappear (retention) runs `compact_search_index()` in the same transaction, after the rows were
changed (with secure_delete the freed pages are overwritten). Removing rows by hand: never
`DELETE FROM consultation_search` (an external-content index needs the old text with every
delete); update or tombstone the consultation and let the triggers do it, or rebuild.

Caveats for writers of the consultation table:
- Thousands of rows in one transaction (demo data, import): wrap them in `bulk_changes()`. Every
  statement that fires a trigger opens a savepoint, and FTS5 writes its pending words to disk at
  every savepoint: 0.7 ms per inserted row in an encrypted vault (19 s instead of 4 s for 20 000).
  `bulk_changes` drops the triggers for the transaction and rebuilds the index once at its end.
- `INSERT OR REPLACE` deletes the old row without firing delete triggers (recursive_triggers is
  off), which would leave stale words behind: use UPDATE or `INSERT … ON CONFLICT DO UPDATE`.
- The FTS rows are keyed by rowid. VACUUM may renumber the rowids of a table without an INTEGER
  PRIMARY KEY: after a VACUUM (the program runs none) call `rebuild_search_index()`.

The FTS table and its shadow tables are declared below only so that the schema comparison and
Alembic see the whole schema; they are created by the migration's CREATE VIRTUAL TABLE, never by
`metadata.create_all()` (which the program does not use).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Index,
    Integer,
    LargeBinary,
    Select,
    Table,
    Text,
    column,
    func,
    insert,
    literal,
    literal_column,
    select,
    table,
)

from kim_desktop.storage.consultation_tables import Consultation
from kim_desktop.storage.schema import Base

SEARCH_TABLE = "consultation_search"
# Terms shorter than this match names and pseudonyms only: a one- or two-letter prefix matches
# nearly every note, and materialising that many rowids alone costs ≈ 60–110 ms.
MIN_TEXT_TERM = 3

_c = Consultation.__table__.c
LIST_INDEX = Index("ix_consultation_list", _c.deleted, _c.held_on, _c.start_time, _c.municipality_ags,
                   _c.contact_type, _c.duration_minutes, _c.legal_domains, _c.case_id)

SOURCE_VIEW = "consultation_search_source"
consultation_search = Table(SEARCH_TABLE, Base.metadata, Column("notes", Text), Column("next_steps", Text),
                            info={"fts5": SOURCE_VIEW})
# FTS5's own storage for this layout (external content, columnsize=0): no _content, no _docsize.
Table(f"{SEARCH_TABLE}_data", Base.metadata, Column("id", Integer, primary_key=True),
      Column("block", LargeBinary), info={"fts5": "shadow"})
Table(f"{SEARCH_TABLE}_idx", Base.metadata, Column("segid", Integer, primary_key=True),
      Column("term", LargeBinary, primary_key=True), Column("pgno", Integer), info={"fts5": "shadow"})
Table(f"{SEARCH_TABLE}_config", Base.metadata, Column("k", Text, primary_key=True), Column("v", Text),
      info={"fts5": "shadow"})

# For queries: the virtual table with its hidden columns (rowid, and the table-named MATCH column).
search = table(SEARCH_TABLE, column("rowid", Integer), column(SEARCH_TABLE))

_TOKEN = re.compile(r"[^\W_]+")


def match_expression(term: str) -> str | None:
    """The FTS5 query for one typed word: its tokens as a phrase, the last one a prefix.

    The tokens are split as unicode61 splits text (letters and digits; anything else separates),
    so "Kita-Platz" finds "Kita-Platz" and "kita platz", and every FTS5 operator character is
    dropped. None when the word is too short for the notes (see MIN_TEXT_TERM)."""
    tokens = _TOKEN.findall(term)
    if sum(len(token) for token in tokens) < MIN_TEXT_TERM:
        return None
    return '"' + " ".join(tokens) + '"*'


def has_search_index(conn: Connection) -> bool:
    """False on other dialects (PostgreSQL later), where the list falls back to ILIKE."""
    if conn.dialect.name != "sqlite":
        return False
    found = conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                                 (SEARCH_TABLE,)).first()
    return found is not None


def rebuild_search_index(conn: Connection) -> None:
    """Re-read every consultation's text (after a VACUUM, or if the index were ever in doubt)."""
    conn.exec_driver_sql(f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}) VALUES ('rebuild')")


# The triggers as migration 0005 created them (a test compares): bulk_changes() drops and restores them.
TRIGGERS = {
    "consultation_search_insert":
        "CREATE TRIGGER consultation_search_insert AFTER INSERT ON consultation WHEN NOT new.deleted BEGIN "
        "INSERT INTO consultation_search(rowid, notes, next_steps) "
        "VALUES (new.rowid, new.notes, new.next_steps); "
        "END",
    "consultation_search_delete":
        "CREATE TRIGGER consultation_search_delete AFTER DELETE ON consultation WHEN NOT old.deleted BEGIN "
        "INSERT INTO consultation_search(consultation_search, rowid, notes, next_steps) "
        "VALUES ('delete', old.rowid, old.notes, old.next_steps); "
        "END",
    "consultation_search_update":
        "CREATE TRIGGER consultation_search_update "
        "AFTER UPDATE OF notes, next_steps, deleted ON consultation BEGIN "
        "INSERT INTO consultation_search(consultation_search, rowid, notes, next_steps) "
        "SELECT 'delete', old.rowid, old.notes, old.next_steps WHERE NOT old.deleted; "
        "INSERT INTO consultation_search(rowid, notes, next_steps) "
        "SELECT new.rowid, new.notes, new.next_steps WHERE NOT new.deleted; "
        "END",
}


@contextmanager
def bulk_changes(conn: Connection) -> Iterator[None]:
    """Inside one write transaction: many consultations inserted or changed without the per-row
    index upkeep, then one rebuild (1.3 s per 100 000 consultations). Until the transaction commits,
    other connections see neither the dropped triggers nor the changed rows. When the body raises,
    the caller's rollback restores the triggers with everything else."""
    if not has_search_index(conn):
        yield
        return
    for name in TRIGGERS:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    yield
    for ddl in TRIGGERS.values():
        conn.exec_driver_sql(ddl)
    rebuild_search_index(conn)


def compact_search_index(conn: Connection) -> None:
    """Make deleted words really leave the file: 'rebuild' drops every old segment and indexes the
    live rows again (≈ 1 s for 100 000 consultations)."""
    rebuild_search_index(conn)


def check_search_index(conn: Connection) -> None:
    """Raises (sqlite 'database disk image is malformed' / 'fts5: checksum mismatch') when the index
    does not match the live rows' text; for tests and the vault check."""
    conn.exec_driver_sql(f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}, rank) VALUES ('integrity-check', 1)")


_fts = table(SEARCH_TABLE, column(SEARCH_TABLE), column("rowid"), column("notes"), column("next_steps"))
_rowid = literal_column("rowid")


def _indexed_text(condition: Any, *leading: Any) -> Select[Any]:
    return (select(*leading, _rowid, _c.notes, _c.next_steps)
            # "IS NOT 1", not "= 0": with "= 0" SQLite walks ix_consultation_list (deleted, …) over
            # every live row instead of looking the ids or the rowid range up.
            .select_from(Consultation.__table__).where(condition, _c.deleted.is_not(True)))


@contextmanager
def reindexing(conn: Connection, changed_ids: list[object], adding: bool) -> Iterator[None]:
    """Inside one write transaction: consultations changed (`changed_ids`, existing before) and
    added, without the per-row triggers. The changed rows' index entries are dropped before and
    written after (500 ids a statement); the added rows (those with a rowid above the largest
    before) are indexed in one statement: FTS5 writes a new segment at the end of every
    statement, and 40 statements of 500 rows cost ≈ 20× one statement of 20 000."""
    if not has_search_index(conn) or not (changed_ids or adding):
        yield
        return
    for name in TRIGGERS:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    for start in range(0, len(changed_ids), 500):
        conn.execute(insert(_fts).from_select([SEARCH_TABLE, "rowid", "notes", "next_steps"],
                                              _indexed_text(_c.id.in_(changed_ids[start:start + 500]),
                                                            literal("delete"))))
    largest = conn.execute(select(func.max(_rowid)).select_from(Consultation.__table__)).scalar() or 0
    yield
    columns = ["rowid", "notes", "next_steps"]
    for start in range(0, len(changed_ids), 500):
        conn.execute(insert(_fts).from_select(columns, _indexed_text(_c.id.in_(changed_ids[start:start + 500]))))
    if adding:
        conn.execute(insert(_fts).from_select(columns, _indexed_text(_rowid > largest)))
    for ddl in TRIGGERS.values():
        conn.exec_driver_sql(ddl)
