"""Run work off the GUI thread; only the callbacks, back on the GUI thread, touch widgets."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from kim_desktop.ui.qt import QObject, QtCore, Signal

log = logging.getLogger(__name__)
_running: set[_Task] = set()


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QtCore.QRunnable):
    def __init__(self, op: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.op = op
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.op()
        except BaseException as exc:  # handed to on_error on the GUI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


def run_in_background(op: Callable[[], Any], on_done: Callable[[Any], None],
                      on_error: Callable[[BaseException], None]) -> None:
    task = _Task(op)
    _running.add(task)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _running.discard(task)
        callback(value)

    task.signals.done.connect(lambda result: finish(on_done, result), QtCore.Qt.ConnectionType.QueuedConnection)
    task.signals.failed.connect(lambda exc: finish(on_error, exc), QtCore.Qt.ConnectionType.QueuedConnection)
    QtCore.QThreadPool.globalInstance().start(task)


def wait_for_background(timeout_ms: int = 30000) -> bool:
    return QtCore.QThreadPool.globalInstance().waitForDone(timeout_ms)
