from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from kim_desktop.storage.schema import LocalState

# The colleague directory of the latest feedback package (case managers' names, teams and
# municipalities as the coordination knows them). Kept here, not in a synced table: it is the
# coordination's view, replaced as a whole by a newer package and never sent on.
COLLEAGUE_DIRECTORY = "colleagues.directory"


def get_state(session: Session, key: str) -> str | None:
    row = session.get(LocalState, key)
    return row.value if row else None


def set_state(session: Session, key: str, value: str) -> None:
    session.merge(LocalState(key=key, value=value))


def stored_colleague_directory(session: Session) -> tuple[list[Any], list[Any]]:
    """(stamp, entries) as stored by `store_colleague_directory`; ([], []) if none or unreadable.
    The entries were validated on import; readers still check each one's shape."""
    text = get_state(session, COLLEAGUE_DIRECTORY)
    if not text:
        return [], []
    try:
        stored = json.loads(text)
    except (ValueError, RecursionError):
        return [], []
    if not isinstance(stored, dict):
        return [], []
    stamp, entries = stored.get("stamp"), stored.get("entries")
    return (stamp if isinstance(stamp, list) else []), (entries if isinstance(entries, list) else [])


def store_colleague_directory(session: Session, stamp: list[Any], entries: list[dict[str, Any]]) -> bool:
    """Keep `entries` unless the stored directory is from a later package (by `stamp`, compared as
    a list): any import order of the same packages leaves the same directory. True if stored."""
    stored_stamp, _ = stored_colleague_directory(session)
    try:
        if stored_stamp and not stamp > stored_stamp:
            return False
    except TypeError:  # a stamp of another shape (hand-edited state): the package's wins
        pass
    set_state(session, COLLEAGUE_DIRECTORY,
              json.dumps({"stamp": stamp, "entries": entries}, ensure_ascii=False, separators=(",", ":")))
    return True
