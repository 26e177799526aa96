"""What every tab of the case detail shares: the case it shows and how it opens its dialogs."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from kim_desktop.ui.case_detail.data import CaseData
from kim_desktop.ui.qt import Qt, QtWidgets, Signal

if TYPE_CHECKING:
    from kim_desktop.ui.session import AppSession

ID_ROLE = Qt.ItemDataRole.UserRole


class CaseTab(QtWidgets.QWidget):
    changed = Signal()  # something of the case was stored here: the detail reads it again

    def __init__(self, session: AppSession, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.data: CaseData | None = None
        # Set by the case detail: False when the case was deleted meanwhile (retention), which
        # it then shows; a dialog over the erased case's old text is not opened.
        self.case_still_there: Callable[[], bool] = lambda: True

    def show_case(self, data: CaseData) -> None:
        self.data = data

    def stored(self, *_ids: str) -> None:
        """Slot for the dialogs' "saved" signals. Dialog signals go to bound methods, never to
        lambdas: a lambda would hold this page's wrapper, and when a lock frees the page while a
        closed dialog is being deleted, Qt would delete that dialog a second time."""
        self.changed.emit()

    def clear(self) -> None:
        self.data = None

    def open_dialog(self, dialog: QtWidgets.QDialog) -> QtWidgets.QDialog | None:
        """Window-modal without a nested event loop: a lock can close it and destroy this page
        safely, and the dialog is freed when it closes. None when the case is gone."""
        if not self.case_still_there():
            dialog.deleteLater()
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


def make_tree(parent: QtWidgets.QWidget, headers: list[str]) -> QtWidgets.QTreeWidget:
    """A flat, sortable-looking list for the few rows of one case (goals, consents, phases)."""
    tree = QtWidgets.QTreeWidget(parent)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setHeaderLabels(headers)
    tree.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
    return tree


def selected_id(tree: QtWidgets.QTreeWidget) -> str | None:
    item = tree.currentItem()
    return item.data(0, ID_ROLE) if item is not None else None


def fit_columns(tree: QtWidgets.QTreeWidget, stretch_last: bool = True) -> None:
    for column in range(tree.columnCount() - (1 if stretch_last else 0)):
        tree.resizeColumnToContents(column)
