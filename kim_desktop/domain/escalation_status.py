"""The way of an escalation (Meldung struktureller Problemlagen) and who may move it.

Entwurf → übermittelt → in Prüfung (Geschäftsstelle) → in der Lenkungsgruppe → gelöst / nicht lösbar

- The author (a case manager) writes the draft, submits it (it leaves with the next export) and
  may withdraw it as long as it has not reached the Lenkungsgruppe: there the steering group owns
  the item and decides.
- The Geschäftsstelle (a coordinator) takes a submitted escalation into review, brings it to the
  Lenkungsgruppe or ends it itself: gelöst or nicht lösbar. After the Lenkungsgruppe decided, it
  records the outcome. An ended escalation can be taken into review again (a problem returns).
- Only a draft can be edited by its author; afterwards the text is what the Kreis received.

The rules take the role and the current status only; that the author is the author is the
caller's business (a case manager's vault only holds its own escalations).
"""

from __future__ import annotations

from enum import StrEnum

from kim_desktop.domain.roles import Role
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP

CONTEXT = "EscalationStatus"


class Status(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    IN_REVIEW = "in-review"
    STEERING_GROUP = "steering-group"
    RESOLVED = "resolved"
    UNSOLVABLE = "unsolvable"
    WITHDRAWN = "withdrawn"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]

    @property
    def ended(self) -> bool:
        return self in ENDED


STATUS_LABELS = {
    Status.DRAFT: QT_TRANSLATE_NOOP("EscalationStatus", "Entwurf"),
    Status.SUBMITTED: QT_TRANSLATE_NOOP("EscalationStatus", "übermittelt"),
    Status.IN_REVIEW: QT_TRANSLATE_NOOP("EscalationStatus", "in Prüfung (Geschäftsstelle)"),
    Status.STEERING_GROUP: QT_TRANSLATE_NOOP("EscalationStatus", "in der Lenkungsgruppe"),
    Status.RESOLVED: QT_TRANSLATE_NOOP("EscalationStatus", "gelöst"),
    Status.UNSOLVABLE: QT_TRANSLATE_NOOP("EscalationStatus", "nicht lösbar"),
    Status.WITHDRAWN: QT_TRANSLATE_NOOP("EscalationStatus", "zurückgezogen"),
}


class Urgency(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    ACUTE = "acute"

    @property
    def label(self) -> str:
        return URGENCY_LABELS[self]

    @property
    def rank(self) -> int:
        """0 (niedrig) … 3 (akut), for sorting."""
        return list(Urgency).index(self)


URGENCY_LABELS = {
    Urgency.LOW: QT_TRANSLATE_NOOP("EscalationStatus", "niedrig"),
    Urgency.MEDIUM: QT_TRANSLATE_NOOP("EscalationStatus", "mittel"),
    Urgency.HIGH: QT_TRANSLATE_NOOP("EscalationStatus", "hoch"),
    Urgency.ACUTE: QT_TRANSLATE_NOOP("EscalationStatus", "akut"),
}

ENDED = frozenset({Status.RESOLVED, Status.UNSOLVABLE, Status.WITHDRAWN})

_AUTHOR_MOVES: dict[Status, frozenset[Status]] = {
    Status.DRAFT: frozenset({Status.SUBMITTED}),
    Status.SUBMITTED: frozenset({Status.WITHDRAWN}),
    Status.IN_REVIEW: frozenset({Status.WITHDRAWN}),
}
_COORDINATOR_MOVES: dict[Status, frozenset[Status]] = {
    Status.SUBMITTED: frozenset({Status.IN_REVIEW, Status.RESOLVED, Status.UNSOLVABLE}),
    Status.IN_REVIEW: frozenset({Status.STEERING_GROUP, Status.RESOLVED, Status.UNSOLVABLE}),
    Status.STEERING_GROUP: frozenset({Status.RESOLVED, Status.UNSOLVABLE, Status.IN_REVIEW}),
    Status.RESOLVED: frozenset({Status.IN_REVIEW}),
    Status.UNSOLVABLE: frozenset({Status.IN_REVIEW}),
}

NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "EscalationStatus", "Von „{current}“ nach „{target}“ kann die Meldung in Ihrer Rolle nicht wechseln.")
ONLY_DRAFTS = QT_TRANSLATE_NOOP(
    "EscalationStatus", "Nur Entwürfe können geändert werden; die Meldung ist bereits „{current}“.")


def next_statuses(role: Role, current: Status) -> frozenset[Status]:
    """The statuses the role may move an escalation to from `current` (empty: none)."""
    moves = _AUTHOR_MOVES if role is Role.CASE_MANAGER else _COORDINATOR_MOVES
    return moves.get(current, frozenset())


def may_move(role: Role, current: Status, target: Status) -> bool:
    return target in next_statuses(role, current)


def editable_by_author(current: Status) -> bool:
    return current is Status.DRAFT


def withdrawable(current: Status) -> bool:
    return may_move(Role.CASE_MANAGER, current, Status.WITHDRAWN)
