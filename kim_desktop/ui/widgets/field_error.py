"""The message under a form field that says why its input was refused.

Hidden while empty, so a form without errors is not full of blank gaps; the text itself says
what is wrong (never the colour alone).
"""

from __future__ import annotations

from kim_desktop.ui.qt import Qt, QtWidgets

ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #7a4a00;"


class FieldError(QtWidgets.QLabel):
    def __init__(self, parent: QtWidgets.QWidget | None = None, *, warning: bool = False) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(WARNING_STYLE if warning else ERROR_STYLE)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setVisible(False)

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        super().clear()
        self.setVisible(False)
