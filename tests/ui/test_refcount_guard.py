from __future__ import annotations

import sys

import pytest

from kim_desktop.ui import refcount_guard


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_hold_adds_references_to_none_true_and_false() -> None:
    before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    refcount_guard.hold(1000)
    after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    assert all(a - b >= 1000 for a, b in zip(after, before, strict=True))


def test_many_event_loop_calls_do_not_exhaust_none(qapp) -> None:  # type: ignore[no-untyped-def]
    for _ in range(20_000):  # more than a small process's references to None
        qapp.processEvents()
    assert sys.getrefcount(None) > 1000
