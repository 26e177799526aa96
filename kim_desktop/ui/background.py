"""Run work off the GUI thread; only the callbacks, back on the GUI thread, touch widgets.

on_error gets known errors only (KimError, or an OSError turned into one by as_known_error).
Anything else is a bug: it goes to the crash handler (sys.excepthook), and on_error gets a
plain KimError ("Unbekannter Fehler.") so that the caller can leave its busy state.

Every job is counted until its callbacks ran; `jobs.idle` fires when the count drops to
zero, so that lock and quit can wait without blocking the GUI thread.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any

from kim_desktop.errors import KimError, as_known_error
from kim_desktop.ui.qt import QObject, QtCore, Signal, is_alive

log = logging.getLogger(__name__)
_running: set[_Task] = set()


class _Jobs(QObject):
    """The count of jobs whose results are not handed over yet."""

    idle = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def started(self) -> None:
        self.count += 1

    def finished(self) -> None:
        self.count -= 1
        if self.count == 0:
            self.idle.emit()


jobs = _Jobs()


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QtCore.QRunnable):
    def __init__(self, op: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.op = op
        self.signals = _Signals()
        self.discarded = False  # set by discard_results(): the callbacks are not called any more

    def run(self) -> None:
        try:
            result = self.op()
        except BaseException as exc:  # handed over on the GUI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


def run_in_background(op: Callable[[], Any], on_done: Callable[[Any], None],
                      on_error: Callable[[KimError], None], *, receiver: QObject | None = None,
                      on_discarded: Callable[[Any], None] | None = None,
                      on_finished: Callable[[], None] | None = None) -> None:
    """Run op on the thread pool. The callbacks are skipped when receiver (the widget they
    update) has been deleted meanwhile, or when discard_results() was called; a result nobody
    wants goes to on_discarded instead (e.g. to close a vault opened for a dialog that is gone).
    on_finished runs in every case, after the other callbacks (e.g. to free a JobGate)."""
    task = _Task(op)
    _running.add(task)
    jobs.started()

    def wanted() -> bool:
        return not task.discarded and (receiver is None or is_alive(receiver))

    def finish() -> None:
        _running.discard(task)
        try:
            if on_finished is not None:
                on_finished()
        finally:
            jobs.finished()

    def done(result: Any) -> None:
        try:
            if wanted():
                on_done(result)
            elif on_discarded is not None:
                on_discarded(result)
        finally:
            finish()

    def failed(exc: BaseException) -> None:
        try:
            known = as_known_error(exc)
            if known is None:
                sys.excepthook(type(exc), exc, exc.__traceback__)
                known = KimError()
            elif not wanted():
                log.info("background job failed after its window went away: %s", type(known).__name__)
            if wanted():
                on_error(known)
        finally:
            finish()

    task.signals.done.connect(done, QtCore.Qt.ConnectionType.QueuedConnection)
    task.signals.failed.connect(failed, QtCore.Qt.ConnectionType.QueuedConnection)
    QtCore.QThreadPool.globalInstance().start(task)


def background_running() -> bool:
    """True until every job's results have been handed over (or discarded)."""
    return jobs.count > 0


def wait_for_background(timeout_ms: int = 30000) -> bool:
    """Block until every job has finished and its results were delivered; False when the
    timeout came first. Only for the very end, after the event loop has stopped."""
    if not QtCore.QThreadPool.globalInstance().waitForDone(timeout_ms):
        return False
    QtCore.QCoreApplication.sendPostedEvents()  # the queued done/failed calls
    return jobs.count == 0


def discard_results() -> None:
    """Jobs started so far report to nobody: their windows are about to be cleared (lock, quit).
    Bugs still reach the crash handler; on_discarded still gets unwanted results."""
    for task in _running:
        task.discarded = True
