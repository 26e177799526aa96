"""The hash-chained audit log: each entry's hash covers its fields and the previous hash,
and the newest hash is also kept in local state, so a removed, altered or cut-off entry shows.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kim_desktop.domain.messages import Message
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP
from kim_desktop.storage.local_state import get_state, set_state
from kim_desktop.storage.schema import AuditEntry, utcnow

GENESIS = "0" * 64
HEAD_KEY = "audit_head"


def _entry_hash(entry: AuditEntry) -> str:
    fields = [
        entry.seq, str(entry.id), entry.at.isoformat(), entry.device_id, entry.actor_role,
        entry.action, entry.record_type, entry.record_id, entry.prev_hash,
    ]
    return hashlib.sha256(json.dumps(fields, separators=(",", ":")).encode()).hexdigest()


def record(session: Session, action: str, *, record_type: str | None = None,
           record_id: str | uuid.UUID | None = None) -> AuditEntry:
    """Append an entry in the caller's transaction (so it commits or rolls back with the change)."""
    last = session.execute(select(AuditEntry.seq, AuditEntry.entry_hash).order_by(AuditEntry.seq.desc())
                           .limit(1)).first()
    entry = AuditEntry(
        seq=(last.seq + 1) if last else 1,
        id=uuid.uuid4(),
        at=utcnow(),
        device_id=session.info["device_id"],
        actor_role=session.info.get("role", ""),
        action=action,
        record_type=record_type,
        record_id=str(record_id) if record_id is not None else None,
        prev_hash=last.entry_hash if last else GENESIS,
    )
    entry.entry_hash = _entry_hash(entry)
    session.add(entry)
    set_state(session, HEAD_KEY, f"{entry.seq}:{entry.entry_hash}")
    return entry


CONTEXT = "Check"


@dataclass(frozen=True)
class ChainReport:
    entries: int
    problems: tuple[Message, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_chain(session: Session) -> ChainReport:
    problems: list[Message] = []
    prev_hash, expected_seq, count = GENESIS, 1, 0
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).yield_per(1000):
        count += 1
        if entry.seq != expected_seq:
            problems.append(Message.of(CONTEXT, QT_TRANSLATE_NOOP("Check", "Protokoll: Eintrag {seq} fehlt"),
                                       seq=expected_seq))
        if entry.prev_hash != prev_hash:
            problems.append(Message.of(CONTEXT, QT_TRANSLATE_NOOP(
                "Check", "Protokoll: Eintrag {seq}: Verkettung unterbrochen"), seq=entry.seq))
        if _entry_hash(entry) != entry.entry_hash:
            problems.append(Message.of(CONTEXT, QT_TRANSLATE_NOOP("Check", "Protokoll: Eintrag {seq}: Inhalt verändert"),
                                       seq=entry.seq))
        prev_hash, expected_seq = entry.entry_hash, entry.seq + 1
    head = get_state(session, HEAD_KEY)
    if count == 0:
        problems.append(Message.of(CONTEXT, QT_TRANSLATE_NOOP(
            "Check", "Protokoll ist leer (jede Datendatei beginnt mit ihrem Anlegen)")))
    elif head is None:
        problems.append(Message.of(CONTEXT, QT_TRANSLATE_NOOP("Check", "Protokoll: Kettenende fehlt")))
    elif head != f"{expected_seq - 1}:{prev_hash}":
        problems.append(Message.of(CONTEXT, QT_TRANSLATE_NOOP(
            "Check", "Protokoll: letzte Einträge fehlen oder wurden ersetzt")))
    return ChainReport(count, tuple(problems))
