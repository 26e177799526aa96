"""The tables of the "Austausch" page are short (files of one import, devices, the last
conflicts), so each model holds its rows in full; a subclass says what a cell shows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from kim_desktop.ui.qt import Qt, QtCore, QtGui, QtWidgets

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

Row = TypeVar("Row")
Index = QtCore.QModelIndex | QtCore.QPersistentModelIndex


def monospace_font() -> QtGui.QFont:
    return QtGui.QFontDatabase.systemFont(QtGui.QFontDatabase.SystemFont.FixedFont)


class RowsModel(QtCore.QAbstractTableModel, Generic[Row]):
    NUMERIC: frozenset[int] = frozenset()  # right-aligned columns
    MONOSPACE: frozenset[int] = frozenset()  # fingerprints: their groups line up for comparing

    def __init__(self, headers: Sequence[str], parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    # What subclasses fill in -----------------------------------------------------------------

    def display(self, row: Row, column: int) -> str:
        raise NotImplementedError

    def sort_value(self, row: Row, column: int) -> Any:
        return self.display(row, column)

    def tooltip(self, row: Row, column: int) -> str | None:
        return None

    def row_id(self, row: Row) -> Any:
        return self.rows.index(row)

    # Qt -------------------------------------------------------------------------------------

    def rowCount(self, parent: Index | None = None) -> int:  # noqa: N802 - Qt override
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index | None = None) -> int:  # noqa: N802 - Qt override
        return 0 if parent is not None and parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if section in self.NUMERIC else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == SORT_ROLE:
            return self.sort_value(row, column)
        if role == ID_ROLE:
            return self.row_id(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMERIC:
            return RIGHT
        if role == Qt.ItemDataRole.FontRole and column in self.MONOSPACE:
            return monospace_font()
        return None


def make_table(model: RowsModel[Any], parent: QtWidgets.QWidget, *, stretch: int,
               sortable: bool = True) -> QtWidgets.QTableView:
    """A read-only, row-selecting table: columns fit their contents, `stretch` takes the rest."""
    table = QtWidgets.QTableView(parent)
    if sortable:
        proxy = QtCore.QSortFilterProxyModel(table)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        table.setModel(proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the model's own order until a header is clicked
    else:
        table.setModel(model)
    table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QtWidgets.QHeaderView.ResizeMode.Stretch)
    return table


def narrow_column(table: QtWidgets.QTableView, column: int, characters: int) -> None:
    """A column of long names (package files) that would squeeze the stretching one: a fixed start
    width, shortened in the middle (the sequence number at the end stays visible), widened by dragging."""
    table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    table.horizontalHeader().setSectionResizeMode(column, QtWidgets.QHeaderView.ResizeMode.Interactive)
    table.setColumnWidth(column, table.fontMetrics().horizontalAdvance("x" * characters))


def selected_id(table: QtWidgets.QTableView) -> Any:
    """The ID_ROLE of the selected row, or None."""
    rows = table.selectionModel().selectedRows()
    return rows[0].data(ID_ROLE) if rows else None
