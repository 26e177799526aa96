"""The phases of the case-management cycle and which changes between them are allowed.

Erstkontakt/Clearing → Assessment → Hilfeplanung → Umsetzung/Monitoring → Evaluation → Abschluss

- forward by one phase at a time (no phase is skipped),
- back to any earlier phase (re-assessment, a new plan),
- to Abschluss from any phase, always with a closing reason,
- after Abschluss only a re-opening, to Erstkontakt/Clearing or to Assessment.

Phases compare by their place in the cycle (`Phase.ASSESSMENT < Phase.EVALUATION`); compare
phases with phases, not with plain strings.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from kim_desktop.domain.catalogues import ClosingReason
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP

CONTEXT = "CaseCycle"


class Phase(StrEnum):
    CLEARING = "clearing"
    ASSESSMENT = "assessment"
    PLANNING = "planning"
    MONITORING = "monitoring"
    EVALUATION = "evaluation"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return PHASE_LABELS[self]

    @property
    def rank(self) -> int:
        """0 for Erstkontakt/Clearing … 5 for Abschluss."""
        return _RANK[self]

    def __lt__(self, other: object) -> bool:
        if isinstance(other, Phase):
            return self.rank < other.rank
        return NotImplemented

    def __le__(self, other: object) -> bool:
        if isinstance(other, Phase):
            return self.rank <= other.rank
        return NotImplemented

    def __gt__(self, other: object) -> bool:
        if isinstance(other, Phase):
            return self.rank > other.rank
        return NotImplemented

    def __ge__(self, other: object) -> bool:
        if isinstance(other, Phase):
            return self.rank >= other.rank
        return NotImplemented


_RANK = {phase: rank for rank, phase in enumerate(Phase)}
FIRST_PHASE = Phase.CLEARING
REOPEN_PHASES = frozenset({Phase.CLEARING, Phase.ASSESSMENT})

PHASE_LABELS = {
    Phase.CLEARING: QT_TRANSLATE_NOOP("CaseCycle", "Erstkontakt/Clearing"),
    Phase.ASSESSMENT: QT_TRANSLATE_NOOP("CaseCycle", "Assessment"),
    Phase.PLANNING: QT_TRANSLATE_NOOP("CaseCycle", "Hilfeplanung"),
    Phase.MONITORING: QT_TRANSLATE_NOOP("CaseCycle", "Umsetzung/Monitoring"),
    Phase.EVALUATION: QT_TRANSLATE_NOOP("CaseCycle", "Evaluation"),
    Phase.CLOSED: QT_TRANSLATE_NOOP("CaseCycle", "Abschluss"),
}

SAME_PHASE = QT_TRANSLATE_NOOP("CaseCycle", "Der Fall ist bereits in dieser Phase.")
SKIPS_PHASE = QT_TRANSLATE_NOOP(
    "CaseCycle", "Phasen können nicht übersprungen werden: der Fall geht nur in die nächste Phase weiter.")
CLOSING_NEEDS_REASON = QT_TRANSLATE_NOOP("CaseCycle", "Zum Abschluss bitte einen Abschlussgrund angeben.")
REASON_ONLY_FOR_CLOSING = QT_TRANSLATE_NOOP("CaseCycle", "Einen Abschlussgrund gibt es nur beim Abschluss.")
CLOSED_ONLY_REOPENS = QT_TRANSLATE_NOOP(
    "CaseCycle",
    "Ein abgeschlossener Fall kann nur wieder aufgenommen werden: mit Erstkontakt/Clearing oder Assessment.")
BEFORE_LAST_CHANGE = QT_TRANSLATE_NOOP(
    "CaseCycle", "Das Datum liegt vor dem letzten Phasenwechsel dieses Falls.")
IN_THE_FUTURE = QT_TRANSLATE_NOOP("CaseCycle", "Ein Phasenwechsel kann nicht in der Zukunft liegen.")
MUST_START_WITH_FIRST_PHASE = QT_TRANSLATE_NOOP(
    "CaseCycle", "Ein neuer Fall beginnt mit Erstkontakt/Clearing.")


@dataclass(frozen=True)
class PhaseChange:
    """The case entered `phase` on `changed_on`; a case's history is a list of these, oldest first.
    A change to Abschluss carries its closing reason, every other change None."""

    phase: Phase
    changed_on: date
    closing_reason: ClosingReason | None = None


def check_transition(current: Phase, new: Phase, closing_reason: ClosingReason | None) -> str | None:
    """None when a case in `current` may move to `new`, else the German reason why not (context
    CONTEXT, no placeholders). A closing reason belongs to a move to Abschluss and to nothing else."""
    if new == current:
        return SAME_PHASE
    if new is Phase.CLOSED:
        return None if closing_reason is not None else CLOSING_NEEDS_REASON
    if closing_reason is not None:
        return REASON_ONLY_FOR_CLOSING
    if current is Phase.CLOSED:
        return None if new in REOPEN_PHASES else CLOSED_ONLY_REOPENS
    if new.rank == current.rank + 1 or new < current:
        return None
    return SKIPS_PHASE


def current_phase(history: Sequence[PhaseChange]) -> Phase:
    """The phase a case is in now: its last change, or Erstkontakt/Clearing for a new case."""
    return history[-1].phase if history else FIRST_PHASE


def check_phase_change(history: Sequence[PhaseChange], change: PhaseChange, today: date) -> str | None:
    """check_transition plus the dates: not before the case's last change and not in the future.
    An empty history means a new case, whose first entry must be Erstkontakt/Clearing."""
    if change.changed_on > today:
        return IN_THE_FUTURE
    if not history:
        if change.phase is not FIRST_PHASE:
            return MUST_START_WITH_FIRST_PHASE
        return REASON_ONLY_FOR_CLOSING if change.closing_reason is not None else None
    if change.changed_on < history[-1].changed_on:
        return BEFORE_LAST_CHANGE
    return check_transition(history[-1].phase, change.phase, change.closing_reason)


def check_history(history: Sequence[PhaseChange]) -> str | None:
    """Re-checks a whole stored history (e.g. after an import) change by change, dates included
    except the future check; None when it is consistent."""
    for index, change in enumerate(history):
        problem = check_phase_change(history[:index], change, today=date.max)
        if problem is not None:
            return problem
    return None
