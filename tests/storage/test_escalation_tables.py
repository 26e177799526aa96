"""Escalation tables: a vault of the previous release (schema 0008) opens and gains them; what of
them syncs, who owns it, and which feedback packages carry it."""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import inspect, select

from kim_desktop.services import escalations
from kim_desktop.storage import cipher, migrate
from kim_desktop.storage.check import check_vault
from kim_desktop.storage.escalation_tables import Escalation
from kim_desktop.storage.schema import AuditEntry
from kim_desktop.storage.vault import Vault
from kim_desktop.sync import registry
from tests.conftest import PASSWORD
from tests.storage.test_migrations import downgrade_to, revision_of

ESCALATION_TABLES = {"escalation", "escalation_case_link", "escalation_step", "escalation_review",
                     "steering_meeting", "agenda_item"}


def table_names(vault: Vault) -> set[str]:
    with vault.engine.connect() as conn:
        return set(inspect(conn).get_table_names())


def test_a_0008_vault_opens_and_gains_the_escalation_tables(vault: Vault, tmp_path: Path) -> None:
    profile = vault.profile
    key = downgrade_to(vault, "0008")
    assert revision_of(vault.path, key) == "0008"

    with Vault.open(vault.path, PASSWORD, backup_dir=tmp_path / "bk") as migrated:
        assert migrated.profile == profile
        assert ESCALATION_TABLES <= table_names(migrated)
        with migrated.reader() as session:
            last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
        assert last is not None and last.record_id == f"0008-{migrate.head_revision()}"
        assert check_vault(migrated).ok
        draft_id = escalations.save_draft(migrated, escalations.EscalationInput(
            title="Wohnungsnot nach Anerkennung", description="Keine Wohnungen für Anerkannte."))
        with migrated.reader() as session:
            assert session.get(Escalation, uuid.UUID(draft_id)) is not None
    assert revision_of(vault.path, key) == migrate.head_revision()


def test_the_0009_downgrade_removes_exactly_the_escalation_tables(vault: Vault, tmp_path: Path) -> None:
    before = table_names(vault)
    key = downgrade_to(vault, "0008")
    conn = cipher.connect(vault.path, key)
    try:
        at_0008 = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()
    assert ESCALATION_TABLES <= before
    assert at_0008 == before - ESCALATION_TABLES


def test_registry_owners_and_feedback_scope() -> None:
    entries = registry.BY_NAME
    assert "escalation_case_link" not in entries  # never leaves the laptop
    assert entries["escalation"].owner == entries["escalation_step"].owner == registry.DEVICE
    for name in ("escalation_review", "steering_meeting", "agenda_item"):
        assert entries[name].owner == registry.COORDINATION
    assert entries["escalation_review"].feedback == registry.FEEDBACK_AUTHOR
    assert entries["steering_meeting"].feedback == entries["agenda_item"].feedback == registry.FEEDBACK_NONE
    assert entries["catalogue_entry"].feedback == registry.FEEDBACK_ALL
    assert {e.name for e in registry.in_feedback()} == {"catalogue_entry", "escalation_review"}
    # Parents before children: an escalation's steps after it.
    names = [e.name for e in registry.TABLES]
    assert names.index("escalation") < names.index("escalation_step")
    assert registry.AUTHOR_COLUMN in entries["escalation_review"].table.columns
