"""run_in_background: known errors to on_error, bugs to the crash handler, dead receivers skipped."""

from __future__ import annotations

import sys
import threading

import pytest

from kim_desktop.errors import KimError, VaultLocked
from kim_desktop.ui import background
from kim_desktop.ui.background import run_in_background
from kim_desktop.ui.qt import QtWidgets, is_alive


def _idle(qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not background._running, timeout=5000)


def test_known_error_reaches_on_error(qtbot):  # type: ignore[no-untyped-def]
    errors: list[KimError] = []

    def op() -> None:
        raise VaultLocked()

    run_in_background(op, lambda _r: pytest.fail("done"), errors.append)
    _idle(qtbot)
    assert [type(e) for e in errors] == [VaultLocked]


def test_os_error_is_a_known_error_naming_the_file(qtbot):  # type: ignore[no-untyped-def]
    errors: list[KimError] = []

    def op() -> None:
        raise PermissionError(13, "Keine Berechtigung", "/nirgends/x.kimvault")

    run_in_background(op, lambda _r: pytest.fail("done"), errors.append)
    _idle(qtbot)
    assert len(errors) == 1 and isinstance(errors[0], KimError)
    assert "/nirgends/x.kimvault" in errors[0].message()


def test_a_bug_goes_to_the_crash_handler_and_on_error_gets_a_plain_kim_error(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    hooked: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, tb: hooked.append(kind))
    errors: list[KimError] = []

    def op() -> None:
        raise ValueError("ein Programmfehler")

    run_in_background(op, lambda _r: pytest.fail("done"), errors.append)
    _idle(qtbot)
    assert hooked == [ValueError]
    assert [type(e) for e in errors] == [KimError], "the caller can leave its busy state"


def test_callbacks_are_skipped_when_the_receiver_was_deleted(qtbot):  # type: ignore[no-untyped-def]
    widget = QtWidgets.QLabel()
    release = threading.Event()
    called: list[object] = []
    run_in_background(lambda: release.wait(5), called.append, called.append, receiver=widget)
    widget.deleteLater()
    qtbot.waitUntil(lambda: not is_alive(widget))
    release.set()
    _idle(qtbot)
    assert called == []


def test_discarded_results_reach_nobody(qtbot):  # type: ignore[no-untyped-def]
    release = threading.Event()
    called: list[object] = []
    run_in_background(lambda: release.wait(5), called.append, called.append)
    background.discard_results()
    release.set()
    assert background.wait_for_background(5000)
    _idle(qtbot)
    assert called == []
