"""Rules over a parsed deployment: values that are well-typed but wrong (errors), and what IT
probably wants to know before a roll-out (advice, never an error).

Errors come as (key, reason); deployment.py adds the line. Every problem is collected, so that
`config check` shows them all at once rather than one per run.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kim_desktop.config.deployment import Deployment, Policy

# Upper bounds: larger values are typing errors, not policies.
POLICY_BOUNDS = {
    "retention_years": (1, 30),
    "small_count_threshold": (3, 100),  # below 3, counts of one or two people leave the Kreis
    "backup_keep": (1, 365),
}
AUTOLOCK_MAX_MINUTES = 240  # the longest time the settings dialog offers (settings.OPTIONS)
RECIPIENT_EXPECTED = "erwartet einen gültigen age-Empfänger (age1…, 62 Zeichen)"

KeyProblem = tuple[str, str]


def problems(deployment: Deployment) -> list[KeyProblem]:
    return [*_policy(deployment.policy), *_state(deployment.state), *_teams(deployment),
            *_coordinators(deployment)]


def _policy(policy: Policy) -> Iterator[KeyProblem]:
    for name, (low, high) in POLICY_BOUNDS.items():
        value = getattr(policy, name)
        if not low <= value <= high:
            yield f"policy.{name}", f"erwartet eine Zahl von {low} bis {high}, nicht {value}"
    low, default, high = (policy.autolock_minutes_min, policy.autolock_minutes_default,
                          policy.autolock_minutes_max)
    if not 1 <= low <= default <= high <= AUTOLOCK_MAX_MINUTES:
        yield ("policy.autolock_minutes_*",
               f"erwartet 1 ≤ autolock_minutes_min ≤ autolock_minutes_default ≤ autolock_minutes_max ≤ "
               f"{AUTOLOCK_MAX_MINUTES} (4 Stunden), nicht {low} / {default} / {high}")
    if policy.recovery_recipient:
        reason = _recipient_problem(policy.recovery_recipient)
        if reason:
            yield "policy.recovery_recipient", reason
    if policy.backup_location:
        yield from _backup_location(policy.backup_location)


def _backup_location(value: str) -> Iterator[KeyProblem]:
    # settings.Settings.backup_dir expands "~" and nothing else; the check follows it.
    if not Path(value).expanduser().is_absolute():
        hint = " (Umgebungsvariablen werden nicht ersetzt)" if "$" in value or "%" in value else ""
        yield ("policy.backup_location",
               f"erwartet einen absoluten Pfad auf diesem Betriebssystem oder einen mit ~ beginnenden{hint}")


# The states as the `holidays` package names its DE subdivisions (a test keeps the two equal);
# fixed here because importing `holidays` would cost every program start ~50 ms.
GERMAN_STATES = ("BB", "BE", "BW", "BY", "HB", "HE", "HH", "MV", "NI", "NW", "RP", "SH", "SL", "SN", "ST",
                 "TH")


def _state(state: str) -> Iterator[KeyProblem]:
    if state not in GERMAN_STATES:
        yield "district.state", f"erwartet ein Länderkürzel ({', '.join(GERMAN_STATES)}), nicht \"{state}\""


def _teams(deployment: Deployment) -> Iterator[KeyProblem]:
    seen_numbers: set[int] = set()
    served_by: dict[str, int] = {}
    for index, team in enumerate(deployment.teams):
        if team.number < 1:
            yield f"teams[{index}].number", f"erwartet eine Teamnummer ≥ 1, nicht {team.number}"
        elif team.number in seen_numbers:
            yield f"teams[{index}].number", f"Teamnummer {team.number} doppelt"
        seen_numbers.add(team.number)
        for ags in team.municipalities:
            if ags in served_by:
                yield (f"teams[{index}].municipalities",
                       f"'{deployment.municipality(ags).name}' gehört schon zu Team {served_by[ags]}")
            else:
                served_by[ags] = team.number


def _coordinators(deployment: Deployment) -> Iterator[KeyProblem]:
    for index, coordinator in enumerate(deployment.coordinators):
        where = f"coordinators[{index}]."
        reason = _recipient_problem(coordinator.age_recipient)
        if reason:
            yield where + "age_recipient", reason
        if coordinator.signing_key:
            reason = _signing_key_problem(coordinator.signing_key)
            if reason:
                yield where + "signing_key", f"erwartet \"ed25519:…\" (Base64 von 32 Byte): {reason}"


# The program uses the keys exactly as written (storage/envelope.py, sync/package.py), so a key
# with spaces or a line break around it is refused here rather than accepted and failing later.
_PADDED = "Leerzeichen oder Zeilenumbruch vor oder nach dem Schlüssel (bitte entfernen)"


def _recipient_problem(text: str) -> str | None:
    from kim_desktop.sync.key_text import BadKey, parse_recipient

    if text != text.strip():
        return f"{RECIPIENT_EXPECTED}: {_PADDED}"
    try:
        parse_recipient(text)
    except BadKey:
        return RECIPIENT_EXPECTED
    return None


def _signing_key_problem(text: str) -> str | None:
    from kim_desktop.sync.key_text import BadKey, parse_signing_key

    if text != text.strip():
        return _PADDED
    try:
        parse_signing_key(text)
    except BadKey as exc:
        return str(exc)
    return None


def warnings(deployment: Deployment) -> list[str]:
    found = []
    if not deployment.policy.recovery_recipient:
        found.append("Kein Wiederherstellungsschlüssel (policy.recovery_recipient): Wer das Passwort "
                     "vergisst, verliert die Daten.")
    if not deployment.coordinators:
        found.append("Keine Koordination eingetragen ([[coordinators]]): Case Manager können nichts "
                     "an den Kreis exportieren.")
    for coordinator in deployment.coordinators:
        if not coordinator.signing_key:
            found.append(f"Koordination „{coordinator.name}“ ohne signing_key: ihre Rückmeldungen "
                         "werden abgelehnt.")
    served = {ags for team in deployment.teams for ags in team.municipalities}
    for municipality in deployment.municipalities:
        if deployment.teams and municipality.ags not in served:
            found.append(f"Kommune {municipality.name} ({municipality.ags}) gehört zu keinem Team.")
    if not deployment.teams:
        found.append("Keine Teams eingetragen ([[teams]]): `init --team` und der Assistent bieten keine an.")
    return found


def notes(deployment: Deployment) -> list[str]:
    """Informational: worth seeing once, nothing to fix."""
    return [f"Team {team.number}{f' ({team.employer})' if team.employer else ''} gibt nur pseudonymisierte "
            "Daten an den Kreis (sync_policy = \"pseudonymised\")."
            for team in deployment.teams if team.sync_policy == "pseudonymised"]


def expanded_backup_location(value: str) -> str:
    """How the program will read backup_location (for the summary)."""
    return str(Path(value).expanduser()) if value else ""

