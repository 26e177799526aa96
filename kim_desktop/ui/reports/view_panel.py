"""One report view on screen: its table and its chart, side by side on a wide window, stacked on
a narrow one (a splitter the user can move). Double-click or Enter on a number with a selector
asks for the list behind it (drillDownRequested)."""

from __future__ import annotations

from kim_desktop.reports.report_model import ReportView, Selector
from kim_desktop.ui.models.report_table_model import SELECTOR_ROLE, ReportSortProxy, ReportTableModel
from kim_desktop.ui.qt import Qt, QtCore, QtGui, QtWidgets, Signal
from kim_desktop.ui.reports.chart_view import ReportChart

SIDE_BY_SIDE_FROM = 1000  # px of panel width from which table and chart sit side by side
TABLE_MIN = 360           # px a table keeps however few its columns
CHART_MIN = 440           # px the chart keeps beside a wide table


class ReportTable(QtWidgets.QTableView):
    """Enter on a cell counts as activation (Qt leaves that to the platform style)."""

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class ViewPanel(QtWidgets.QWidget):
    drillDownRequested = Signal(object, str)  # noqa: N815 - Qt naming; (Selector, what the number is)

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: ReportView | None = None
        self.model = ReportTableModel(self)
        self.proxy = ReportSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = ReportTable(self)
        self.table.setModel(self.proxy)
        # The builder's order until a header is clicked (set before sorting is enabled, which would
        # otherwise sort by the first column at once).
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.table.activated.connect(self._activated)  # double-click, and Enter (ReportTable)
        self.note = QtWidgets.QLabel(self)
        self.note.setWordWrap(True)
        self.note.setObjectName("view_note")
        self.chart = ReportChart(self)
        self.splitter = QtWidgets.QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        table_side = QtWidgets.QWidget(self.splitter)
        table_layout = QtWidgets.QVBoxLayout(table_side)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(self.note)
        self.splitter.addWidget(table_side)
        self.splitter.addWidget(self.chart)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.splitter, 1)
        self.setFocusProxy(self.table)

    def show_view(self, view: ReportView | None) -> None:
        current = self.table.currentIndex()
        self.view = view
        self.model.set_view(view)
        self.note.setText(view.note if view is not None else "")
        self.note.setVisible(bool(view is not None and view.note))
        self.chart.show_view(view)
        self.chart.setVisible(view is not None and view.chart is not None)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):  # long agency names must not push the rest away
            header.resizeSection(column, min(header.sectionSize(column), 320))
        self._share_width()
        kept = self.proxy.index(current.row(), current.column()) if current.isValid() else None
        if kept is not None and kept.isValid():  # the same cell after a filter change, if there is one
            self.table.setCurrentIndex(kept)

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        wanted = (Qt.Orientation.Horizontal if event.size().width() >= SIDE_BY_SIDE_FROM
                  else Qt.Orientation.Vertical)
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)
        self._share_width()

    def _share_width(self) -> None:
        """Side by side the table gets the width its columns need, the chart the rest (at least 40 %);
        stacked, the table gets a little more height than the chart."""
        if self.chart.isHidden():
            return
        if self.splitter.orientation() == Qt.Orientation.Vertical:
            total = self.splitter.height()
            self.splitter.setSizes([total * 55 // 100, total - total * 55 // 100])
            return
        total = self.splitter.width()
        needed = (self.table.horizontalHeader().length() + 2 * self.table.frameWidth()
                  + self.table.verticalScrollBar().sizeHint().width())
        table_width = min(max(needed, TABLE_MIN), total - max(CHART_MIN, total * 2 // 5))
        self.splitter.setSizes([table_width, total - table_width])

    def description(self, row: int, column: int) -> str:
        """What a number is, for the drill-down's title: "Übersicht: Siegburg – Beratungen"."""
        if self.view is None:
            return ""
        cells = self.view.rows[row].cells
        label = str(cells[0]) if cells and cells[0] is not None else ""
        title = self.view.columns[column].title
        return f"{self.view.title}: {label} – {title}" if label else f"{self.view.title}: {title}"

    def _activated(self, index: QtCore.QModelIndex) -> None:
        selector = index.data(SELECTOR_ROLE)
        if not isinstance(selector, Selector):
            return
        source = self.proxy.mapToSource(index)
        self.drillDownRequested.emit(selector, self.description(source.row(), source.column()))
