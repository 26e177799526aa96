"""Progress and cancel for the long exchange jobs (export, import, feedback).

The sync core reports progress through a callback on the worker thread and asks a `cancelled`
callback between files. ProgressRelay turns the first into a queued signal (it lives on the GUI
thread) and answers the second from a flag the Cancel button sets.
"""

from __future__ import annotations

import threading

from kim_desktop.ui.qt import QObject, QtWidgets, Signal


class ProgressRelay(QObject):
    progressed = Signal(int, int)  # step, steps

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()

    def report(self, step: int, steps: int) -> None:
        self.progressed.emit(step, steps)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()


class ProgressPanel(QtWidgets.QWidget):
    """A bar, what is going on, and (for jobs that can stop between files) a Cancel button."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QtWidgets.QLabel(self)
        self.bar = QtWidgets.QProgressBar(self)
        self.bar.setTextVisible(True)
        self.cancel_button = QtWidgets.QPushButton(self.tr("Abbre&chen"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.relay: ProgressRelay | None = None
        row = QtWidgets.QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        self.hide()

    def start(self, text: str, *, cancellable: bool) -> ProgressRelay:
        self.relay = ProgressRelay(self)
        self.relay.progressed.connect(self.set_progress)
        self.label.setText(text)
        self.bar.setRange(0, 0)  # busy until the first step is known
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.setEnabled(True)
        self.show()
        if cancellable:
            self.cancel_button.setFocus()
        return self.relay

    def set_progress(self, step: int, steps: int) -> None:
        self.bar.setRange(0, max(steps, 1))
        self.bar.setValue(step)
        self.bar.setFormat(self.tr("%1 von %2").replace("%1", str(step)).replace("%2", str(steps)))

    def cancel(self) -> None:
        if self.relay is not None:
            self.relay.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Wird nach der laufenden Datei abgebrochen …"))

    @property
    def was_cancelled(self) -> bool:
        return self.relay is not None and self.relay.cancelled()

    def finish(self) -> None:
        self.hide()
        if self.relay is not None:
            self.relay.progressed.disconnect(self.set_progress)
