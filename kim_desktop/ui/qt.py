"""The one module that imports PySide6: the rest of ui/ imports Qt from here."""

from __future__ import annotations

import shiboken6
from PySide6 import QtCharts, QtCore, QtGui, QtWidgets
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot

__all__ = ["QCoreApplication", "QObject", "Qt", "QTimer", "QtCharts", "QtCore", "QtGui", "QtWidgets",
           "Signal", "Slot", "is_alive"]


def is_alive(obj: QObject) -> bool:
    """False once the C++ object behind a Python wrapper was deleted (e.g. a closed dialog)."""
    return shiboken6.isValid(obj)
