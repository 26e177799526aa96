"""Stand-ins for Qt's modal message boxes and file dialogs, which would block a headless test."""

from __future__ import annotations

from pathlib import Path

import pytest

from kim_desktop.ui.qt import QtWidgets

Box = QtWidgets.QMessageBox


class Boxes:
    """Records what the message boxes said and answers warnings and questions with `answer`."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: Box.StandardButton = Box.StandardButton.Ok) -> None:
        self.answer = answer
        self.said: list[tuple[str, str]] = []
        for kind in ("warning", "information", "critical", "question"):
            monkeypatch.setattr(Box, kind, self._box(kind))

    def _box(self, kind: str):  # type: ignore[no-untyped-def]
        def show(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
            self.said.append((kind, text))
            return self.answer if kind in ("warning", "question") else Box.StandardButton.Ok
        return show

    def texts(self, kind: str) -> list[str]:
        return [text for said_kind, text in self.said if said_kind == kind]


def save_dialog(monkeypatch: pytest.MonkeyPatch, target: Path | None) -> list[str]:
    """The save dialog answers `target` (None: cancelled); returns the file names it suggested."""
    asked: list[str] = []

    def get_save_file_name(_parent, _title, suggested, _filter, *_args):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return (str(target) if target else "", "")

    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", get_save_file_name)
    return asked


def questions_by_title(monkeypatch: pytest.MonkeyPatch) -> tuple[list[tuple[str, str]],
                                                                  dict[str, Box.StandardButton]]:
    """QMessageBox.question answered by title from the returned dict (else No); every question
    asked is noted in the returned list."""
    asked: list[tuple[str, str]] = []
    replies: dict[str, Box.StandardButton] = {}

    def question(_parent, title, text, *args):  # type: ignore[no-untyped-def]
        asked.append((title, text))
        return replies.get(title, Box.StandardButton.No)

    monkeypatch.setattr(Box, "question", question)
    return asked, replies


def show_active(qtbot, dialog: QtWidgets.QDialog) -> QtWidgets.QDialog:  # type: ignore[no-untyped-def]
    """Shown and the active window: shortcuts work only there."""
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QtWidgets.QApplication.activeWindow() is dialog)
    return dialog


def choose(combo: QtWidgets.QComboBox, data: object) -> None:
    """As a user does: the row is chosen and `activated` tells the dialog so."""
    index = combo.findData(data)
    assert index >= 0
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
