"""The pseudonymised list behind one number of a report (reports/drill_down.py): which
consultations, cases or escalations it counts. Pseudonyms only; the builder never selects names."""

from __future__ import annotations

from typing import Any

from kim_desktop.reports.report_model import ReportView, Row, ViewId
from kim_desktop.ui.models.report_table_model import ReportSortProxy, ReportTableModel
from kim_desktop.ui.qt import Qt, QtWidgets

MEASURED_ROWS = 100


def as_view(drill: Any) -> ReportView:
    """A DrillDown (title, columns, rows) in the shape the report table model shows; the view id
    is only a placeholder, a list has no place among the report's views."""
    return ReportView(id=ViewId.OVERVIEW, title=drill.title, columns=tuple(drill.columns),
                      rows=tuple(Row(tuple(cells)) for cells in drill.rows))


class DrillDownDialog(QtWidgets.QDialog):
    def __init__(self, drill: Any, what: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Liste hinter der Zahl – %1").replace("%1", what or drill.title))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.view = as_view(drill)
        heading = QtWidgets.QLabel(what or drill.title, self)
        heading.setWordWrap(True)
        heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        count = len(self.view.rows)
        self.count = QtWidgets.QLabel(
            (self.tr("1 Eintrag") if count == 1 else self.tr("%1 Einträge").replace("%1", str(count)))
            + " · " + self.tr("pseudonymisiert: Pseudonyme statt Namen, keine Notizen"), self)
        self.model = ReportTableModel(self)
        self.model.set_view(self.view)
        self.proxy = ReportSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QtWidgets.QTableView(self)
        self.table.setModel(self.proxy)
        # Unsorted (the list's own order) until a header is clicked; set before sorting is enabled,
        # which would otherwise sort by the first column at once.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)  # one line per record, as wide as the column
        # Widths from the first rows: measuring thousands of rows would hold up the window.
        self.table.horizontalHeader().setResizeContentsPrecision(MEASURED_ROWS)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.resizeSection(column, min(header.sectionSize(column), 280))
        header.setStretchLastSection(True)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 520)
        self.table.setFocus()
