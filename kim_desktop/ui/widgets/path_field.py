"""A path entry with a "Durchsuchen …" button: a vault to open, a vault to create, or a folder."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from kim_desktop.paths import VAULT_SUFFIX
from kim_desktop.ui.qt import QCoreApplication, QtWidgets, Signal


class PathKind(Enum):
    OPEN_VAULT = "open"
    NEW_VAULT = "new"
    FOLDER = "folder"


def vault_filter() -> str:
    return QCoreApplication.translate("PathField", "KIM-Datendateien (*%1)").replace("%1", VAULT_SUFFIX)


def ask_vault_to_open(parent: QtWidgets.QWidget, start: str) -> str:
    """A file dialog for an existing vault; "" when cancelled."""
    chosen, _ = QtWidgets.QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("PathField", "Datendatei wählen"), start, vault_filter())
    return chosen


class PathField(QtWidgets.QWidget):
    """Label buddies go to .edit. The button text has an accelerator only when asked for: a
    window with two path fields would otherwise have two buttons with the same one."""

    textChanged = Signal(str)  # noqa: N815 - Qt naming
    browsed = Signal(str)  # a path was chosen in the file dialog

    def __init__(self, text: str, kind: PathKind, *, accelerator: bool = False,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.edit = QtWidgets.QLineEdit(text, self)
        text = self.tr("D&urchsuchen …") if accelerator else self.tr("Durchsuchen …")
        self.browse = QtWidgets.QPushButton(text, self)
        self.browse.clicked.connect(self.choose)
        self.edit.textChanged.connect(self.textChanged)
        self.setFocusProxy(self.edit)
        row = QtWidgets.QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.browse)

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        self.edit.setText(text)

    def path(self) -> Path:
        return Path(self.edit.text().strip()).expanduser()

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.browse.setVisible(not read_only)

    def _start_dir(self) -> str:
        text = self.edit.text().strip()
        if not text or self.kind is PathKind.FOLDER:
            return text
        return str(self.path()) if self.kind is PathKind.NEW_VAULT else str(self.path().parent)

    def choose(self) -> None:
        start = self._start_dir()
        if self.kind is PathKind.FOLDER:
            chosen = QtWidgets.QFileDialog.getExistingDirectory(self, self.tr("Ordner wählen"), start)
        elif self.kind is PathKind.OPEN_VAULT:
            chosen = ask_vault_to_open(self, start)
        else:
            chosen, _ = QtWidgets.QFileDialog.getSaveFileName(self, self.tr("Datendatei anlegen"), start,
                                                              vault_filter())
            if chosen and not chosen.endswith(VAULT_SUFFIX):
                chosen += VAULT_SUFFIX
        if chosen:
            self.edit.setText(chosen)
            self.browsed.emit(chosen)
