"""One view of a coordinator report (reports/report_model.py) as a table.

A view holds at most a few hundred rows (municipalities, months, partner agencies), so the model
keeps them all; sorting goes through ReportSortProxy on SORT_ROLE, which keeps the total row
("Insgesamt") at the bottom in either direction. Numbers and dates look German whatever the UI
language (the house rule for dates; numbers follow so that "1.234" never means one and a bit).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from kim_desktop.domain.dates import format_date
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP
from kim_desktop.reports.report_cells import is_suppressed
from kim_desktop.reports.report_model import CellValue, ColumnKind, ReportView, Row, Selector
from kim_desktop.ui.i18n import translate
from kim_desktop.ui.qt import Qt, QtCore, QtGui

CONTEXT = "ReportTable"
SORT_ROLE = Qt.ItemDataRole.UserRole + 1     # the raw value behind the cell, comparable within a column
SELECTOR_ROLE = Qt.ItemDataRole.UserRole + 2  # the Selector naming the records behind a number, or None
TOTAL_ROLE = Qt.ItemDataRole.UserRole + 3     # True on a sum row
DRILL_TIP = QT_TRANSLATE_NOOP("ReportTable", "Doppelklick oder Eingabetaste: Liste anzeigen")
SMALL_TIP = QT_TRANSLATE_NOOP("ReportTable", "Kleine Zahl (unter %1), unterdrückt")
SECONDARY_TIP = QT_TRANSLATE_NOOP("ReportTable", "Verdeckt, damit sich keine kleine Zahl aus den Summen "
                                                 "zurückrechnen lässt")
EMPTY = "–"
HEADER_WIDTH = 14     # characters per line of a column title
SUPPRESSED_SORT = 0.5  # "<5" and "x" sort between 0 and the smallest shown count
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

Index = QtCore.QModelIndex | QtCore.QPersistentModelIndex


def wrap_title(title: str, width: int = HEADER_WIDTH) -> str:
    """A long column title on two or more lines, broken at spaces: "abgeschlossene Fälle" would
    otherwise make a column three times wider than its numbers."""
    lines: list[str] = []
    for word in title.split(" "):
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines)


def format_count(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def format_number(value: float) -> str:
    """One decimal, German: 1.234,5."""
    return f"{value:,.1f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def cell_text(value: CellValue, kind: ColumnKind) -> str:
    if value is None:
        return EMPTY
    if isinstance(value, bool):  # not expected; never shown as 1/0
        return str(value)
    if isinstance(value, dt.datetime):
        return format_date(value.astimezone().date())
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, int):
        return format_count(value)
    if isinstance(value, float):
        whole = kind is ColumnKind.COUNT and value.is_integer()
        return format_count(int(value)) if whole else format_number(value)
    return str(value)


def sort_value(value: CellValue, kind: ColumnKind) -> Any:
    """Comparable within one column: numbers as numbers ("<5" just above 0), dates as ISO text."""
    if kind in (ColumnKind.COUNT, ColumnKind.NUMBER):
        if isinstance(value, (int, float)):
            return float(value)
        return SUPPRESSED_SORT if is_suppressed(value) else -1.0
    if kind is ColumnKind.DATE:
        return value.isoformat() if isinstance(value, dt.date) else ""
    return str(value if value is not None else "").casefold()


class ReportTableModel(QtCore.QAbstractTableModel):
    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.view: ReportView | None = None
        self._bold = QtGui.QFont()
        self._bold.setBold(True)

    def set_view(self, view: ReportView | None) -> None:
        self.beginResetModel()
        self.view = view
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        assert self.view is not None
        return self.view.rows[row]

    def selector(self, row: int, column: int) -> Selector | None:
        if self.view is None or not (0 <= row < len(self.view.rows)):
            return None
        return self.view.rows[row].selector(column)

    # --- Qt's interface ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QtCore.QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() or self.view is None else len(self.view.rows)

    def columnCount(self, parent: Index = QtCore.QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() or self.view is None else len(self.view.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.view is None or orientation != Qt.Orientation.Horizontal:
            return None
        if not (0 <= section < len(self.view.columns)):
            return None
        column = self.view.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return wrap_title(column.title)  # already translated by the report builder
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if column.kind is ColumnKind.LABEL else _RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.view is None or not index.isValid():
            return None
        row = self.view.rows[index.row()]
        column = self.view.columns[index.column()]
        value = row.cells[index.column()] if index.column() < len(row.cells) else None
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(value, column.kind)
        if role == SORT_ROLE:
            return sort_value(value, column.kind)
        if role == SELECTOR_ROLE:
            return row.selector(index.column())
        if role == TOTAL_ROLE:
            return row.total
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if column.kind is ColumnKind.LABEL else _RIGHT
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if row.total else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(value, row.selector(index.column()) is not None)
        return None

    @staticmethod
    def tooltip(value: CellValue, has_list: bool) -> str | None:
        if has_list:
            return translate(CONTEXT, DRILL_TIP)
        if is_suppressed(value):
            assert isinstance(value, str)
            if value.startswith("<"):
                return translate(CONTEXT, SMALL_TIP).replace("%1", value[1:])
            return translate(CONTEXT, SECONDARY_TIP)
        return None


class ReportSortProxy(QtCore.QSortFilterProxyModel):
    """Sorts on SORT_ROLE; a total row stays last whichever way the column is sorted."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802 - Qt override
        left_total = bool(left.data(TOTAL_ROLE))
        right_total = bool(right.data(TOTAL_ROLE))
        if left_total != right_total:
            # Qt reverses the comparison for a descending sort; answer so that the total ends up last.
            descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
            return left_total == descending
        left_value, right_value = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if left_value == right_value:
            return left.row() < right.row()  # stable: the builder's order among equals
        return bool(left_value < right_value)
