"""`config check` and the self-check's configuration line: problems, warnings and a summary a
person at IT can compare with what they meant to roll out."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kim_desktop.config import rules
from kim_desktop.config.deployment import Deployment, active_choice, check_file, ignored_override_text

ORIGIN_TEXT = {
    "environment": "aus KIM_DESKTOP_DEPLOYMENT",
    "site": "IT-Vorgabe dieses Rechners",
    "default": "mitgelieferte Vorgabe, keine IT-Vorgabe auf diesem Rechner",
}


@dataclass(frozen=True)
class CheckOutcome:
    path: Path
    deployment: Deployment | None  # None when there is any problem
    problems: tuple[str, ...]  # one German reason each, with line and key where known
    warnings: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    origin: str | None = None  # set when the file the program uses now was checked

    @property
    def ok(self) -> bool:
        return self.deployment is not None

    @property
    def where(self) -> str:
        return describe(self.path, self.origin)


def describe(path: Path, origin: str | None) -> str:
    """"path (where it comes from)", as `config check`, `config path` and `self-check` show it."""
    return f"{path} ({ORIGIN_TEXT[origin]})" if origin else str(path)


def check_deployment(path: Path | None = None) -> CheckOutcome:
    """Checks `path`, or the file the program would use now; for the latter a warning says when
    KIM_DESKTOP_DEPLOYMENT is set but outranked by IT's machine-wide file."""
    origin = None
    first: tuple[str, ...] = ()
    if path is None:
        active = active_choice()
        path, origin = active.path, active.origin
        ignored = ignored_override_text(active)
        first = (ignored,) if ignored else ()
    checked = check_file(path)
    if checked.deployment is None:
        return CheckOutcome(path, None, checked.problems, first, origin=origin)
    deployment = checked.deployment
    return CheckOutcome(path, deployment, (), (*first, *rules.warnings(deployment)),
                        tuple(rules.notes(deployment)), origin)


def summary_lines(deployment: Deployment) -> list[str]:
    policy = deployment.policy
    policies = sorted({t.sync_policy for t in deployment.teams})
    by_policy = ", ".join(
        f"{sum(t.sync_policy == p for t in deployment.teams)} × {p} "
        f"(Team {', '.join(str(t.number) for t in deployment.teams if t.sync_policy == p)})"
        for p in policies)
    backup = (rules.expanded_backup_location(policy.backup_location) if policy.backup_location
              else "Benutzerdatenordner (Standard)")
    return [
        f"Kreis: {deployment.district_name} ({deployment.district_key}), Land {deployment.state}",
        f"Kommunen: {len(deployment.municipalities)}",
        f"Teams: {len(deployment.teams)}" + (f" – {by_policy}" if by_policy else ""),
        f"Koordination: {len(deployment.coordinators)}"
        + (f" ({', '.join(c.name for c in deployment.coordinators)})" if deployment.coordinators else ""),
        f"Wiederherstellungsschlüssel: {'ja' if policy.recovery_recipient else 'nein'}",
        f"Automatische Sperre: mindestens {policy.autolock_minutes_min}, Vorgabe "
        f"{policy.autolock_minutes_default}, höchstens {policy.autolock_minutes_max} Minuten",
        f"Aufbewahrung abgeschlossener Fälle: {policy.retention_years} Jahre",
        f"Kleine Anzahlen unterdrückt unter: {policy.small_count_threshold}",
        f"Sicherungen: {policy.backup_keep} behalten, Ordner: {backup}",
    ]
