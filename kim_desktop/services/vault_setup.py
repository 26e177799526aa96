"""Creating vaults the way the wizard and `kim-desktop init` both do it."""

from __future__ import annotations

import logging
from pathlib import Path

from kim_desktop.config.deployment import Deployment, load_deployment
from kim_desktop.domain.roles import Role
from kim_desktop.paths import demo_vault_path, envelope_path
from kim_desktop.services.demo_data import fill_demo_data
from kim_desktop.storage.vault import Vault

log = logging.getLogger(__name__)
DEMO_NAME = "Demo Case Managerin"
DEMO_TEAM = 1
# Enough for lists, follow-ups and the retention list to show something; about 240 clients, made in
# a few seconds.
DEMO_CONSULTATIONS = 3000


def create_vault(path: Path, password: str, *, role: Role | str, name: str, team: int | None,
                 deployment: Deployment, municipalities: tuple[str, ...] | None = None) -> Vault:
    """A case manager's municipalities come from their team unless given explicitly."""
    role = Role(role)
    if municipalities is None:
        chosen = deployment.team(team) if team is not None else None
        municipalities = chosen.municipalities if chosen and role is Role.CASE_MANAGER else ()
    return Vault.create(path, password, role=role, display_name=name.strip(), team=team,
                        municipalities=municipalities,
                        recovery_recipient=deployment.policy.recovery_recipient or None)


def ensure_demo_vault(password: str, path: Path | None = None,
                      consultations: int = DEMO_CONSULTATIONS) -> Path:
    """The demo vault lives at its own path, never the real one, and is made once, with demo data."""
    path = path or demo_vault_path()
    if not path.exists():
        path.parent.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        deployment = load_deployment()
        vault = create_vault(path, password, role=Role.CASE_MANAGER, name=DEMO_NAME, team=DEMO_TEAM,
                             deployment=deployment)
        try:
            with vault:
                fill_demo_data(vault, consultations, deployment=deployment)
        except BaseException:
            # An empty demo vault would stay empty (it is only filled when made): make it anew next time.
            for leftover in (path, envelope_path(path), path.with_name(path.name + "-wal"),
                             path.with_name(path.name + "-shm")):
                leftover.unlink(missing_ok=True)
            raise
        log.info("demo vault created")
    return path
