"""Consultation list: a covering index and the full-text index of notes and next steps.

See kim_desktop/storage/search_tables.py for the measurements behind this layout. The FTS5 part is
SQLite-only (other dialects search with ILIKE); the DDL is spelt out here, not imported, so that
this revision keeps building what it built when it was written.

A later revision that rebuilds the consultation table (Alembic's batch mode copies it into a new
table) drops these triggers with the old table and renumbers the rowids the index is keyed by: it
must create the triggers again and end with the 'rebuild' command.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""
from __future__ import annotations

from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

LIST_COLUMNS = ['deleted', 'held_on', 'start_time', 'municipality_ags', 'contact_type', 'duration_minutes',
                'legal_domains', 'case_id']

# Only rows that are not deleted are indexed, by triggers and by FTS5's 'rebuild' alike. The view says
# `NOT deleted`, not `deleted = 0`: that would walk ix_consultation_list and sort every note by rowid
# for the rebuild (measured: 26 s instead of 1.3 s for 100 000 consultations).
SEARCH_DDL = (
    "CREATE VIEW consultation_search_source AS "
    "SELECT rowid AS consultation_rowid, notes, next_steps FROM consultation WHERE NOT deleted",
    "CREATE VIRTUAL TABLE consultation_search USING fts5(notes, next_steps, "
    "content='consultation_search_source', content_rowid='consultation_rowid', columnsize=0, "
    "tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER consultation_search_insert AFTER INSERT ON consultation WHEN NOT new.deleted BEGIN "
    "INSERT INTO consultation_search(rowid, notes, next_steps) "
    "VALUES (new.rowid, new.notes, new.next_steps); "
    "END",
    # An external-content index forgets a row only when told its old text.
    "CREATE TRIGGER consultation_search_delete AFTER DELETE ON consultation WHEN NOT old.deleted BEGIN "
    "INSERT INTO consultation_search(consultation_search, rowid, notes, next_steps) "
    "VALUES ('delete', old.rowid, old.notes, old.next_steps); "
    "END",
    "CREATE TRIGGER consultation_search_update "
    "AFTER UPDATE OF notes, next_steps, deleted ON consultation BEGIN "
    "INSERT INTO consultation_search(consultation_search, rowid, notes, next_steps) "
    "SELECT 'delete', old.rowid, old.notes, old.next_steps WHERE NOT old.deleted; "
    "INSERT INTO consultation_search(rowid, notes, next_steps) "
    "SELECT new.rowid, new.notes, new.next_steps WHERE NOT new.deleted; "
    "END",
    "INSERT INTO consultation_search(consultation_search) VALUES ('rebuild')",
)
SEARCH_DROP = (
    "DROP TRIGGER IF EXISTS consultation_search_update",
    "DROP TRIGGER IF EXISTS consultation_search_delete",
    "DROP TRIGGER IF EXISTS consultation_search_insert",
    "DROP TABLE IF EXISTS consultation_search",
    "DROP VIEW IF EXISTS consultation_search_source",
)


def upgrade() -> None:
    op.create_index('ix_consultation_list', 'consultation', LIST_COLUMNS)
    if op.get_bind().dialect.name == 'sqlite':
        for statement in SEARCH_DDL:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        for statement in SEARCH_DROP:
            op.execute(statement)
    op.drop_index('ix_consultation_list', table_name='consultation')
