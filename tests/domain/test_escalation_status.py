from __future__ import annotations

import pytest

from kim_desktop.domain.escalation_status import (
    ENDED,
    STATUS_LABELS,
    Status,
    editable_by_author,
    may_move,
    next_statuses,
    withdrawable,
)
from kim_desktop.domain.roles import Role

AUTHOR, KREIS = Role.CASE_MANAGER, Role.COORDINATOR

# Every (role, from, to) the issue allows; everything else must be refused.
ALLOWED = {
    (AUTHOR, Status.DRAFT, Status.SUBMITTED),
    (AUTHOR, Status.SUBMITTED, Status.WITHDRAWN),
    (AUTHOR, Status.IN_REVIEW, Status.WITHDRAWN),
    (KREIS, Status.SUBMITTED, Status.IN_REVIEW),
    (KREIS, Status.SUBMITTED, Status.RESOLVED),
    (KREIS, Status.SUBMITTED, Status.UNSOLVABLE),
    (KREIS, Status.IN_REVIEW, Status.STEERING_GROUP),
    (KREIS, Status.IN_REVIEW, Status.RESOLVED),
    (KREIS, Status.IN_REVIEW, Status.UNSOLVABLE),
    (KREIS, Status.STEERING_GROUP, Status.RESOLVED),
    (KREIS, Status.STEERING_GROUP, Status.UNSOLVABLE),
    (KREIS, Status.STEERING_GROUP, Status.IN_REVIEW),
    (KREIS, Status.RESOLVED, Status.IN_REVIEW),
    (KREIS, Status.UNSOLVABLE, Status.IN_REVIEW),
}


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("current", list(Status))
@pytest.mark.parametrize("target", list(Status))
def test_each_transition_is_allowed_exactly_when_the_rules_say(role: Role, current: Status,
                                                                target: Status) -> None:
    assert may_move(role, current, target) == ((role, current, target) in ALLOWED)


def test_the_author_cannot_withdraw_once_the_steering_group_has_it() -> None:
    assert withdrawable(Status.SUBMITTED) and withdrawable(Status.IN_REVIEW)
    assert not withdrawable(Status.STEERING_GROUP)
    assert not withdrawable(Status.DRAFT)  # a draft is deleted, not withdrawn
    assert Status.WITHDRAWN not in next_statuses(AUTHOR, Status.STEERING_GROUP)


def test_only_drafts_are_editable_and_a_withdrawn_one_stays_ended() -> None:
    assert [s for s in Status if editable_by_author(s)] == [Status.DRAFT]
    assert next_statuses(AUTHOR, Status.WITHDRAWN) == next_statuses(KREIS, Status.WITHDRAWN) == frozenset()
    assert ENDED == {s for s in Status if s.ended}


def test_every_status_has_a_german_label() -> None:
    assert set(STATUS_LABELS) == set(Status)
    assert Status.STEERING_GROUP.label == "in der Lenkungsgruppe"
