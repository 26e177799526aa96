from __future__ import annotations

from sqlalchemy.orm import Session

from kim_desktop.storage.schema import LocalState


def get_state(session: Session, key: str) -> str | None:
    row = session.get(LocalState, key)
    return row.value if row else None


def set_state(session: Session, key: str, value: str) -> None:
    session.merge(LocalState(key=key, value=value))
