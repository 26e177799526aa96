"""Pieces the tabs of the "Austausch" page share: tabs that read their data when shown, the list
tab (explanation, empty state, table, buttons), the folder field and the message line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kim_desktop.errors import KimError
from kim_desktop.ui.exchange import folders
from kim_desktop.ui.exchange.progress import ProgressPanel
from kim_desktop.ui.exchange.rows_model import RowsModel, make_table
from kim_desktop.ui.qt import QCoreApplication, Qt, QtGui, QtWidgets
from kim_desktop.ui.widgets.path_field import PathField, PathKind

if TYPE_CHECKING:
    from kim_desktop.ui.session import AppSession

ERROR_STYLE = "color: #b00020;"


def busy_text() -> str:
    return QCoreApplication.translate(
        "Exchange", "Gerade läuft eine andere Aufgabe mit der Datendatei (z. B. eine Sicherung). "
                    "Bitte gleich noch einmal versuchen.")


def text_label(text: str, parent: QtWidgets.QWidget) -> QtWidgets.QLabel:
    label = QtWidgets.QLabel(text, parent)
    label.setWordWrap(True)
    return label


class MessageLabel(QtWidgets.QLabel):
    """What the last action did or why it failed (red; the words say it, not only the colour)."""

    def __init__(self, parent: QtWidgets.QWidget) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.setText(text)
        self.setStyleSheet(ERROR_STYLE if error else "")


class ExchangeTab(QtWidgets.QWidget):
    """A tab that reads its data each time it is shown: never at unlock, and fresh after work
    on other pages or tabs."""

    def __init__(self, session: AppSession, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session

    def showEvent(self, event: QtGui.QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not event.spontaneous():  # not when the window comes back from being minimised
            self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError


class ListSection:
    """Explanation, what an empty table means, the table, and a row of buttons."""

    def __init__(self, parent: QtWidgets.QWidget, intro: str, empty: str, model: RowsModel[Any], stretch: int,
                 buttons: list[QtWidgets.QPushButton], trailing: list[QtWidgets.QPushButton]) -> None:
        self.empty = text_label(empty, parent)
        self.table = make_table(model, parent, stretch=stretch)
        row = QtWidgets.QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        for button in trailing:
            row.addWidget(button)
        self.layout = QtWidgets.QVBoxLayout()
        self.layout.addWidget(text_label(intro, parent))
        self.layout.addWidget(self.empty)
        self.layout.addWidget(self.table, 1)
        self.layout.addLayout(row)

    def show_rows(self, model: RowsModel[Any], rows: list[Any]) -> None:
        model.set_rows(rows)
        self.empty.setVisible(not rows)


class ListTab(ExchangeTab):
    """A list the coordinator looks after: devices, conflicts, the import log."""

    def build_list(self, intro: str, empty: str, model: RowsModel[Any], stretch: int,
                   buttons: list[QtWidgets.QPushButton] | None = None) -> None:
        self.model = model
        self.refresh_button = QtWidgets.QPushButton(self.tr("&Aktualisieren"), self)
        self.refresh_button.clicked.connect(self.refresh)
        self.section = ListSection(self, intro, empty, model, stretch, buttons or [], [self.refresh_button])
        self.table, self.empty = self.section.table, self.section.empty
        self.message = MessageLabel(self)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(self.section.layout)
        layout.addWidget(self.message)

    def show_rows(self, rows: list[Any]) -> None:
        self.section.show_rows(self.model, rows)


def run_job(session: AppSession, job: str, op: Callable[[], Any], on_done: Callable[[Any], None],
            on_error: Callable[[KimError], None], *, receiver: QtWidgets.QWidget, progress: ProgressPanel,
            message: MessageLabel) -> bool:
    """Through the session's job gate; when another vault job runs, says so instead."""
    if session.gate.run(job, op, on_done, on_error, receiver=receiver):
        return True
    progress.finish()
    message.show_message(busy_text(), error=True)
    return False


def folder_field(parent: QtWidgets.QWidget, purpose: str) -> tuple[QtWidgets.QLabel, PathField]:
    """The target folder (a USB stick), starting at the one used last for this purpose."""
    field = PathField(folders.last_folder(purpose), PathKind.FOLDER, accelerator=True, parent=parent)
    field.browsed.connect(lambda chosen: folders.remember_folder(purpose, Path(chosen)))
    label = QtWidgets.QLabel(QCoreApplication.translate("Exchange", "&Zielordner:"), parent)
    label.setBuddy(field.edit)
    return label, field


def target_folder(field: PathField) -> Path | None:
    """The folder typed or chosen; asks with the folder dialog when the field is empty."""
    if not field.text().strip():
        field.choose()
    return field.path() if field.text().strip() else None


def action_row(button: QtWidgets.QPushButton, progress: ProgressPanel) -> QtWidgets.QHBoxLayout:
    """The button that starts a job, with its progress beside it while the job runs."""
    button.setSizePolicy(QtWidgets.QSizePolicy.Policy.Fixed, QtWidgets.QSizePolicy.Policy.Fixed)
    row = QtWidgets.QHBoxLayout()
    row.addWidget(button)
    row.addWidget(progress, 1)
    row.addStretch()  # keeps the button at the left while the progress is hidden
    return row
