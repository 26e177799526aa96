"""Lock after inactivity, measured by the wall clock so that time asleep counts; Ctrl+L everywhere."""

from __future__ import annotations

import time
from collections.abc import Callable

from kim_desktop.ui.qt import QObject, Qt, QtCore, QtGui, QtWidgets, Signal

ACTIVITY_EVENTS = {
    QtCore.QEvent.Type.KeyPress, QtCore.QEvent.Type.MouseButtonPress, QtCore.QEvent.Type.MouseMove,
    QtCore.QEvent.Type.Wheel, QtCore.QEvent.Type.TouchBegin, QtCore.QEvent.Type.TabletPress,
}
CHECK_INTERVAL_MS = 5000
LOCK_KEY = QtGui.QKeySequence("Ctrl+L")


_installed: set[AutoLock] = set()


class AutoLock(QObject):
    """Active only while the vault is unlocked: then it watches the whole application's input
    (an event filter, removed again by stop()) and turns Ctrl+L into lockRequested even while a
    modal dialog has the focus, where the main window's shortcut does not reach."""

    timedOut = Signal()  # noqa: N815 - Qt naming
    lockRequested = Signal()  # noqa: N815

    def __init__(self, minutes: int, clock: Callable[[], float] = time.time, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.minutes = minutes
        self.last_activity = clock()
        self.active = False
        self._timer = QtCore.QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        app = QtWidgets.QApplication.instance()
        if isinstance(app, QtGui.QGuiApplication):
            # Waking from sleep re-activates the application: check at once, not 5 s later.
            app.applicationStateChanged.connect(self._state_changed)

    def start(self) -> None:
        app = QtWidgets.QApplication.instance()
        if not self.active and app is not None:
            app.installEventFilter(self)
            # Qt holds the filter only as a raw pointer: Python's garbage collector must not free
            # it while installed, or the next event runs into freed memory.
            _installed.add(self)
        self.active = True
        self.last_activity = self.clock()
        self._timer.start()

    def stop(self) -> None:
        app = QtWidgets.QApplication.instance()
        if self.active and app is not None:
            app.removeEventFilter(self)
        _installed.discard(self)
        self.active = False
        self._timer.stop()

    def set_minutes(self, minutes: int) -> None:
        self.minutes = minutes

    def _state_changed(self, _state: Qt.ApplicationState) -> None:
        self.check()

    def eventFilter(self, watched: QObject, event: QtCore.QEvent) -> bool:  # noqa: N802 - Qt override
        if not self.active or event.type() not in ACTIVITY_EVENTS:
            return False
        self.last_activity = self.clock()
        if event.type() == QtCore.QEvent.Type.KeyPress and _is_lock_key(event):  # type: ignore[arg-type]
            self.lockRequested.emit()
            return True
        return False

    def idle_seconds(self) -> float:
        return self.clock() - self.last_activity

    def check(self) -> None:
        if self.active and self.idle_seconds() >= self.minutes * 60:
            self.stop()
            self.timedOut.emit()


def _is_lock_key(event: QtGui.QKeyEvent) -> bool:
    combined = QtGui.QKeySequence(event.keyCombination())
    return combined.matches(LOCK_KEY) == QtGui.QKeySequence.SequenceMatch.ExactMatch
