"""Numbering of the packages a vault writes: per stream (to the Kreis, feedback to one device,
replication between coordinators) a sequence and the previous manifest's hash, within an epoch.

A vault restored from a backup would count again from where the backup stood and reuse
numbers for other content. Backups therefore carry a flag (storage.backup.COPY_FLAG); a vault
that has it starts a new epoch at its next export, and sends everything again.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import delete
from sqlalchemy.orm import Session

from kim_desktop.storage.backup import COPY_FLAG
from kim_desktop.storage.local_state import get_state, set_state
from kim_desktop.storage.schema import LocalState
from kim_desktop.storage.sync_tables import SyncSent

KREIS, REPLICATION = "kreis", "replication"
EPOCH_STATE = "sync.epoch"


def feedback_stream(device_id: str) -> str:
    return f"feedback:{device_id}"


@dataclass(frozen=True)
class StreamPosition:
    epoch: str
    last_sequence: int  # 0: nothing written in this epoch yet
    previous_hash: str
    last_content_sequence: int


def current_epoch(session: Session) -> str:
    """The epoch of the next package, starting a new one after a restore (in the caller's transaction)."""
    epoch = get_state(session, EPOCH_STATE)
    if epoch is None or get_state(session, COPY_FLAG) is not None:
        epoch = str(uuid.uuid4())
        set_state(session, EPOCH_STATE, epoch)
        session.execute(delete(LocalState).where(LocalState.key == COPY_FLAG))
        session.execute(delete(SyncSent))
    return epoch


def _state_key(stream: str, epoch: str, what: str) -> str:
    # local_state keys are at most 100 characters: "sync." + stream (≤ 45) + "." + epoch (36) + ".n"
    return f"sync.{stream}.{epoch}.{what}"


def position(session: Session, stream: str, epoch: str) -> StreamPosition:
    return StreamPosition(
        epoch=epoch,
        last_sequence=int(get_state(session, _state_key(stream, epoch, "n")) or 0),
        previous_hash=get_state(session, _state_key(stream, epoch, "h")) or "",
        last_content_sequence=int(get_state(session, _state_key(stream, epoch, "c")) or 0),
    )


def advance(session: Session, stream: str, epoch: str, sequence: int, manifest_hash: str,
            with_content: bool) -> None:
    set_state(session, _state_key(stream, epoch, "n"), str(sequence))
    set_state(session, _state_key(stream, epoch, "h"), manifest_hash)
    if with_content:
        set_state(session, _state_key(stream, epoch, "c"), str(sequence))
