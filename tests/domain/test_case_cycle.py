"""The case-management cycle: order of the phases, allowed transitions, dated histories."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import product

from hypothesis import given
from hypothesis import strategies as st

from kim_desktop.domain.case_cycle import (
    BEFORE_LAST_CHANGE,
    CLOSED_ONLY_REOPENS,
    CLOSING_NEEDS_REASON,
    IN_THE_FUTURE,
    MUST_START_WITH_FIRST_PHASE,
    REASON_ONLY_FOR_CLOSING,
    SAME_PHASE,
    SKIPS_PHASE,
    Phase,
    PhaseChange,
    check_history,
    check_phase_change,
    check_transition,
    current_phase,
)
from kim_desktop.domain.catalogues import ClosingReason

C, A, P, M, E, X = Phase  # Erstkontakt/Clearing … Abschluss
REASON = ClosingReason.GOALS_ACHIEVED
TODAY = date(2026, 5, 4)


def test_order_and_labels() -> None:
    assert list(Phase) == [C, A, P, M, E, X]
    assert [p.rank for p in Phase] == list(range(6))
    assert [p.label for p in Phase] == ["Erstkontakt/Clearing", "Assessment", "Hilfeplanung",
                                        "Umsetzung/Monitoring", "Evaluation", "Abschluss"]
    assert C < A < P < M < E < X
    assert X > C and A <= A and E >= M
    assert sorted([X, C, E, A]) == [C, A, E, X]  # by the cycle, not alphabetically
    assert max(Phase) is X


def test_phases_stay_strings() -> None:
    assert Phase("planning") is P
    assert P == "planning" and {P: 1}["planning"] == 1  # type: ignore[index]


def test_forward_one_step_at_a_time() -> None:
    for current, new in [(C, A), (A, P), (P, M), (M, E)]:
        assert check_transition(current, new, None) is None
    assert check_transition(E, X, REASON) is None
    assert check_transition(C, P, None) == SKIPS_PHASE
    assert check_transition(A, E, None) == SKIPS_PHASE


def test_back_to_any_earlier_phase() -> None:
    assert check_transition(E, A, None) is None
    assert check_transition(M, C, None) is None
    assert check_transition(P, A, None) is None


def test_closing_from_any_phase_needs_a_reason() -> None:
    for phase in (C, A, P, M, E):
        assert check_transition(phase, X, None) == CLOSING_NEEDS_REASON
        for reason in ClosingReason:
            assert check_transition(phase, X, reason) is None


def test_after_closing_only_reopening() -> None:
    assert check_transition(X, C, None) is None
    assert check_transition(X, A, None) is None
    for phase in (P, M, E):
        assert check_transition(X, phase, None) == CLOSED_ONLY_REOPENS
    assert check_transition(X, X, REASON) == SAME_PHASE


def test_a_reason_only_goes_with_closing() -> None:
    assert check_transition(C, A, REASON) == REASON_ONLY_FOR_CLOSING
    assert check_transition(X, C, REASON) == REASON_ONLY_FOR_CLOSING


def test_staying_is_no_transition() -> None:
    for phase in Phase:
        assert check_transition(phase, phase, None) == SAME_PHASE


def _expected(current: Phase, new: Phase, reason: ClosingReason | None) -> bool:
    """The rule, written out independently of the implementation."""
    if current == new:
        return False
    if new == X:
        return reason is not None
    if reason is not None:
        return False
    if current == X:
        return new in (C, A)
    return new.rank == current.rank + 1 or new.rank < current.rank


def test_full_transition_table() -> None:
    allowed = 0
    for current, new, reason in product(Phase, Phase, [None, *ClosingReason]):
        result = check_transition(current, new, reason)
        assert (result is None) == _expected(current, new, reason), (current, new, reason)
        assert result is None or isinstance(result, str) and result
        allowed += result is None
    # 4 steps forward, 10 steps back, 5 closings × 9 reasons, 2 re-openings
    assert allowed == 4 + 10 + 5 * len(ClosingReason) + 2


def test_history_with_dates() -> None:
    day = date(2026, 1, 10)
    history = [PhaseChange(C, day)]
    assert current_phase([]) is C
    assert check_phase_change([], PhaseChange(A, day), TODAY) == MUST_START_WITH_FIRST_PHASE
    assert check_phase_change([], PhaseChange(C, day), TODAY) is None
    assert check_phase_change(history, PhaseChange(A, day), TODAY) is None  # same day is fine
    assert check_phase_change(history, PhaseChange(A, day - timedelta(days=1)), TODAY) == BEFORE_LAST_CHANGE
    assert check_phase_change(history, PhaseChange(A, TODAY + timedelta(days=1)), TODAY) == IN_THE_FUTURE
    assert check_phase_change(history, PhaseChange(X, TODAY), TODAY) == CLOSING_NEEDS_REASON
    closed = PhaseChange(X, TODAY, ClosingReason.MOVED_AWAY)
    assert check_phase_change(history, closed, TODAY) is None
    assert current_phase([*history, closed]) is X


def test_check_history() -> None:
    good = [PhaseChange(C, date(2025, 1, 1)), PhaseChange(A, date(2025, 2, 1)),
            PhaseChange(P, date(2025, 3, 1)), PhaseChange(A, date(2025, 4, 1)),
            PhaseChange(X, date(2025, 5, 1), REASON), PhaseChange(C, date(2026, 1, 1))]
    assert check_history(good) is None
    assert check_history([]) is None
    assert check_history([good[0], good[2]]) == SKIPS_PHASE
    assert check_history([good[0], PhaseChange(A, date(2024, 1, 1))]) == BEFORE_LAST_CHANGE
    assert check_history([good[0], PhaseChange(X, date(2025, 1, 2))]) == CLOSING_NEEDS_REASON


@given(st.lists(st.sampled_from(list(Phase)), max_size=12), st.randoms(use_true_random=False))
def test_walks_through_allowed_steps_stay_consistent(targets: list[Phase], rnd) -> None:  # type: ignore[no-untyped-def]
    """Applying only allowed changes always gives a history that check_history accepts."""
    history = [PhaseChange(C, date(2024, 1, 1))]
    for target in targets:
        reason = rnd.choice(list(ClosingReason)) if target is X else None
        change = PhaseChange(target, history[-1].changed_on + timedelta(days=rnd.randint(0, 30)), reason)
        if check_phase_change(history, change, date(2099, 1, 1)) is None:
            history.append(change)
    assert check_history(history) is None
    for before, after in zip(history, history[1:], strict=False):
        if before.phase is not X and after.phase is not X:
            assert after.phase.rank <= before.phase.rank + 1
