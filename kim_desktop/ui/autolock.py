"""Lock after inactivity, measured by the wall clock so that time asleep counts."""

from __future__ import annotations

import time
from collections.abc import Callable

from kim_desktop.ui.qt import QObject, QtCore, QtWidgets, Signal

ACTIVITY_EVENTS = {
    QtCore.QEvent.Type.KeyPress, QtCore.QEvent.Type.MouseButtonPress, QtCore.QEvent.Type.MouseMove,
    QtCore.QEvent.Type.Wheel, QtCore.QEvent.Type.TouchBegin, QtCore.QEvent.Type.TabletPress,
}
CHECK_INTERVAL_MS = 5000


class AutoLock(QObject):
    timedOut = Signal()  # noqa: N815 - Qt naming

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
        if app is not None:
            app.installEventFilter(self)
            # Waking from sleep re-activates the application: check at once, not 5 s later.
            app.applicationStateChanged.connect(lambda _state: self.check())

    def start(self) -> None:
        self.active = True
        self.last_activity = self.clock()
        self._timer.start()

    def stop(self) -> None:
        self.active = False
        self._timer.stop()

    def set_minutes(self, minutes: int) -> None:
        self.minutes = minutes

    def eventFilter(self, watched: QObject, event: QtCore.QEvent) -> bool:  # noqa: N802 - Qt override
        if self.active and event.type() in ACTIVITY_EVENTS:
            self.last_activity = self.clock()
        return False

    def idle_seconds(self) -> float:
        return self.clock() - self.last_activity

    def check(self) -> None:
        if self.active and self.idle_seconds() >= self.minutes * 60:
            self.stop()
            self.timedOut.emit()
