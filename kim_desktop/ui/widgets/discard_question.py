"""The question a form asks before typed input is lost (Esc, Abbrechen, the window's close button)."""

from __future__ import annotations

from kim_desktop.ui.qt import QCoreApplication, QtWidgets

Box = QtWidgets.QMessageBox


def may_discard(parent: QtWidgets.QWidget, text: str) -> bool:
    """True when the user agrees to lose the input `text` describes; No is the default."""
    title = QCoreApplication.translate("DiscardQuestion", "Eingaben verwerfen?")
    answer = Box.question(parent, title, text, Box.StandardButton.Yes | Box.StandardButton.No,
                          Box.StandardButton.No)
    return answer == Box.StandardButton.Yes
