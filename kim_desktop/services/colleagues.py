"""Other case managers of the district this vault knows about: for naming a substitute on leave
and for labelling the coordinator's district schedule.

Two sources: synced vault_profile rows (a coordinator holds one per case-manager device it has
imported; a case manager only its own) and the colleague directory of the latest feedback
package (a case manager's view of the others, kept in local_state). A profile row wins over the
directory: it is the device's own word, the directory only the coordination's copy of it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kim_desktop.domain.roles import Role
from kim_desktop.storage.local_state import stored_colleague_directory
from kim_desktop.storage.schema import VaultProfile


@dataclass(frozen=True)
class Colleague:
    device_id: str
    name: str
    team: int | None
    municipalities: tuple[str, ...]


def _from_profiles(session: Session) -> dict[str, Colleague]:
    rows = session.scalars(
        select(VaultProfile)
        .where(VaultProfile.role == str(Role.CASE_MANAGER), VaultProfile.deleted.is_(False))
        .order_by(VaultProfile.updated_at)  # a device with two profile rows: the newer wins
    )
    found: dict[str, Colleague] = {}
    for row in rows:
        name = " ".join((row.display_name or "").split())
        if name:
            found[row.device_id] = Colleague(row.device_id, name, row.team, tuple(row.municipality_keys))
    return found


def _from_directory(session: Session) -> Iterator[Colleague]:
    # Checked strictly on import; this only guards against a state of another shape.
    _, entries = stored_colleague_directory(session)
    for entry in entries:
        colleague = _colleague_of(entry)
        if colleague is not None:
            yield colleague


def _colleague_of(entry: Any) -> Colleague | None:
    if not isinstance(entry, dict):
        return None
    device_id, name, team, keys = (entry.get("device_id"), entry.get("name"), entry.get("team"),
                                   entry.get("municipalities"))
    if not isinstance(device_id, str) or not isinstance(name, str) or not name.strip():
        return None
    if not (team is None or (isinstance(team, int) and not isinstance(team, bool))):
        team = None
    municipalities = tuple(k for k in keys if isinstance(k, str)) if isinstance(keys, list) else ()
    return Colleague(device_id, name.strip(), team, municipalities)


def _known(session: Session) -> dict[str, Colleague]:
    known = {colleague.device_id: colleague for colleague in _from_directory(session)}
    known.update(_from_profiles(session))
    return known


def colleagues(session: Session, *, exclude_device_id: str | None = None) -> list[Colleague]:
    """Case managers of the district known to this vault, sorted by name; pass the own device as
    `exclude_device_id` for "other" ones (a substitute). A laptop the coordination has locked stays
    in a coordinator's list (its earlier schedules still need a name); a case manager's directory
    holds trusted laptops only."""
    known = _known(session)
    known.pop(exclude_device_id or "", None)
    return sorted(known.values(), key=lambda c: (c.name.casefold(), c.device_id))


def colleague_name(session: Session, device_id: str) -> str:
    """Display name of a case manager's device (the own one included); "" if this vault does not
    know it."""
    found = _known(session).get(device_id)
    return found.name if found else ""
