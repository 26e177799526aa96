"""Shared by the tests of pseudonymised views: a coordinator's vault and the reveals it audited."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from kim_desktop.domain.personal_data import SHOWN_ACTION_PREFIX
from kim_desktop.domain.roles import Role
from kim_desktop.storage.schema import AuditEntry
from kim_desktop.storage.vault import Vault
from tests.conftest import PASSWORD


def new_coordinator_vault(folder: Path) -> Vault:
    """Open; use it as a context manager (`with new_coordinator_vault(tmp_path) as vault`)."""
    return Vault.create(folder / "koordination.kimvault", PASSWORD, role=Role.COORDINATOR,
                        display_name="Koordination")


def shown_actions(vault: Vault) -> list[tuple[str, str | None, str | None]]:
    """(action, record type, record id) of every "personal data shown" entry, oldest first."""
    with vault.reader() as db:
        entries = db.scalars(select(AuditEntry).where(AuditEntry.action.startswith(SHOWN_ACTION_PREFIX))
                             .order_by(AuditEntry.seq))
        return [(e.action, e.record_type, e.record_id) for e in entries]
