"""A view's ChartSpec drawn with QtCharts: bar, stacked bar, line or pie.

Total rows stay out of a chart (they would dwarf the rest). A suppressed count ("<5", external
reports) has no value to draw: it is drawn as 0 and the caption under the chart says so. With
many categories (19 municipalities) bars lie horizontally so that every label stays readable.
"""

from __future__ import annotations

import math
import re

from kim_desktop.reports.report_cells import is_suppressed
from kim_desktop.reports.report_model import CellValue, ChartKind, ChartSpec, ReportView, Row
from kim_desktop.ui.models.report_table_model import cell_text
from kim_desktop.ui.qt import Qt, QtCharts, QtCore, QtGui, QtWidgets

HORIZONTAL_FROM = 7      # categories from which bars lie horizontally
LONG_LABEL = 10          # characters of a category label from which bars lie horizontally
PIE_SLICES = 8           # more slices than this are folded into "Sonstige"
LEGEND_BESIDE_FROM = 6   # series from which the legend moves beside the chart, in a smaller font
SHORT_MONTHS_FROM = 7    # points from which "01/2026" is written "01/26" (else Qt shortens it to "01/…")
_MONTH = re.compile(r"([0-9]{2})/[0-9]{2}([0-9]{2})")


def short_month(label: str) -> str:
    found = _MONTH.fullmatch(label)
    return f"{found[1]}/{found[2]}" if found else label


def integer_axis(axis: QtCharts.QValueAxis, top: float) -> None:
    """Counts have whole ticks: 0, 1, 2 … or 0, 50, 100 …; never 0,2 shown as "0"."""
    top = max(top, 1.0)
    step = 1.0
    while top / step > 5:
        for factor in (2.0, 2.5, 2.0):  # 1, 2, 5, 10, 20, 50 …
            step *= factor
            if top / step <= 5:
                break
    ticks = math.ceil(top / step)
    axis.setRange(0, ticks * step)
    axis.setTickCount(ticks + 1)
    axis.setLabelFormat("%d")


def chart_value(value: CellValue) -> tuple[float, bool]:
    """(number to draw, whether it was suppressed)."""
    if isinstance(value, bool):
        return float(value), False
    if isinstance(value, (int, float)):
        return float(value), False
    return 0.0, is_suppressed(value)


class ReportChart(QtWidgets.QWidget):
    """The chart of one ReportView, with a caption line under it."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart_view = QtCharts.QChartView(self)
        self.chart_view.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumSize(280, 220)
        self.chart_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.caption = QtWidgets.QLabel(self)
        self.caption.setWordWrap(True)
        self.caption.setObjectName("chart_caption")
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chart_view, 1)
        layout.addWidget(self.caption)
        self.suppressed = 0  # values drawn as 0 in the last chart
        self.show_view(None)

    def show_view(self, view: ReportView | None) -> None:
        chart = QtCharts.QChart()
        chart.setAnimationOptions(QtCharts.QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(QtCore.QMargins(4, 4, 4, 4))
        self.suppressed = 0
        rows = [row for row in view.rows if not row.total] if view is not None else []
        if view is not None and view.chart is not None and not self._anything(view, rows):
            rows = []  # a chart of zeros says nothing; the caption says why there is none
        if view is not None and view.chart is not None and rows:
            spec = view.chart
            if spec.kind is ChartKind.PIE:
                self._pie(chart, view, spec, rows)
            elif spec.kind is ChartKind.LINE:
                self._lines(chart, view, spec, rows)
            else:
                self._bars(chart, view, spec, rows)
        old = self.chart_view.chart()
        self.chart_view.setChart(chart)  # the view takes ownership of the new chart
        if old is not None:
            old.deleteLater()
        self.chart_view.setVisible(bool(rows))
        self._caption(view, bool(rows))

    def _small_labels(self, axis: QtCharts.QAbstractAxis) -> None:
        """Municipality names and months beside a narrow chart: Qt Charts shortens labels that do not
        fit to "…", so they get a slightly smaller font than the window's."""
        font = QtGui.QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        axis.setLabelsFont(font)

    def _caption(self, view: ReportView | None, has_rows: bool) -> None:
        if view is None or view.chart is None:
            text = self.tr("Zu dieser Ansicht gibt es kein Diagramm.") if view is not None else ""
        elif not has_rows:
            text = self.tr("Keine Daten im gewählten Zeitraum.")
        elif self.suppressed:
            text = self.tr("Unterdrückte Werte („<5“, „x“) sind als 0 gezeichnet.")
        else:
            text = ""
        self.caption.setText(text)
        self.caption.setVisible(bool(text))

    @staticmethod
    def _anything(view: ReportView, rows: list[Row]) -> bool:
        assert view.chart is not None
        return any(chart_value(row.cells[c] if c < len(row.cells) else None) != (0.0, False)
                   for row in rows for c in view.chart.value_columns)

    # --- kinds -----------------------------------------------------------------------------------

    def _values(self, rows: list[Row], column: int) -> list[float]:
        values = []
        for row in rows:
            number, suppressed = chart_value(row.cells[column] if column < len(row.cells) else None)
            self.suppressed += suppressed
            values.append(number)
        return values

    @staticmethod
    def _categories(view: ReportView, spec: ChartSpec, rows: list[Row]) -> list[str]:
        kind = view.columns[spec.category_column].kind
        return [cell_text(row.cells[spec.category_column], kind) for row in rows]

    def _bars(self, chart: QtCharts.QChart, view: ReportView, spec: ChartSpec, rows: list[Row]) -> None:
        categories = self._categories(view, spec, rows)
        horizontal = (len(categories) >= HORIZONTAL_FROM
                      or any(len(label) > LONG_LABEL for label in categories))
        stacked = spec.kind is ChartKind.STACKED_BAR
        if horizontal:
            series: QtCharts.QAbstractBarSeries = (QtCharts.QHorizontalStackedBarSeries() if stacked
                                                  else QtCharts.QHorizontalBarSeries())
            categories, rows = categories[::-1], rows[::-1]  # first row on top
        else:
            series = QtCharts.QStackedBarSeries() if stacked else QtCharts.QBarSeries()
        columns = [self._values(rows, column) for column in spec.value_columns]
        for column, values in zip(spec.value_columns, columns, strict=True):
            bar_set = QtCharts.QBarSet(view.columns[column].title)
            bar_set.append(values)
            series.append(bar_set)
        if len(categories) <= 3:
            series.setBarWidth(0.35)  # two municipalities must not look like two walls
        chart.addSeries(series)
        category_axis = QtCharts.QBarCategoryAxis()
        category_axis.append(categories)
        self._small_labels(category_axis)
        value_axis = QtCharts.QValueAxis()
        if horizontal:
            chart.addAxis(category_axis, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
        else:
            chart.addAxis(category_axis, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(category_axis)
        series.attachAxis(value_axis)
        heights = ([sum(point) for point in zip(*columns, strict=True)] if stacked
                   else [value for values in columns for value in values])
        integer_axis(value_axis, max(heights, default=0.0))  # also all zero: Qt would compute NaN
        self._legend(chart, len(spec.value_columns))

    def _lines(self, chart: QtCharts.QChart, view: ReportView, spec: ChartSpec, rows: list[Row]) -> None:
        categories = self._categories(view, spec, rows)
        category_axis = QtCharts.QBarCategoryAxis()
        if len(categories) >= SHORT_MONTHS_FROM:
            categories = [short_month(label) for label in categories]
            category_axis.setLabelsAngle(-90)  # upright they would not fit beside each other
        category_axis.append(categories)
        self._small_labels(category_axis)
        value_axis = QtCharts.QValueAxis()
        chart.addAxis(category_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
        top = 0.0
        for column in spec.value_columns:
            series = QtCharts.QLineSeries()
            series.setName(view.columns[column].title)
            series.setPointsVisible(True)
            for position, value in enumerate(self._values(rows, column)):
                series.append(float(position), value)
                top = max(top, value)
            chart.addSeries(series)
            series.attachAxis(category_axis)
            series.attachAxis(value_axis)
        integer_axis(value_axis, top)
        self._legend(chart, len(spec.value_columns))

    @staticmethod
    def _legend(chart: QtCharts.QChart, series: int) -> None:
        legend = chart.legend()
        legend.setVisible(series > 1)
        if series >= LEGEND_BESIDE_FROM:  # twelve months under a narrow chart leave no room for their names
            legend.setAlignment(Qt.AlignmentFlag.AlignRight)
            font = legend.font()
            font.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
            legend.setFont(font)

    def _pie(self, chart: QtCharts.QChart, view: ReportView, spec: ChartSpec, rows: list[Row]) -> None:
        column = spec.value_columns[0] if spec.value_columns else 1
        shares = sorted(zip(self._categories(view, spec, rows), self._values(rows, column), strict=True),
                        key=lambda pair: -pair[1])
        shares = [pair for pair in shares if pair[1] > 0]
        if len(shares) > PIE_SLICES:
            rest = sum(value for _label, value in shares[PIE_SLICES - 1:])
            shares = shares[:PIE_SLICES - 1] + [(self.tr("Sonstige"), rest)]
        series = QtCharts.QPieSeries()
        total = sum(value for _label, value in shares) or 1.0
        for label, value in shares:
            pie_slice = series.append(f"{label} ({round(100 * value / total)} %)", value)
            pie_slice.setLabelVisible(False)
        chart.addSeries(series)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        chart.legend().setVisible(True)
