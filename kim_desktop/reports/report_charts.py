"""The chart of a report view for the PDFs, drawn with reportlab.graphics.charts.

BAR and STACKED become vertical bars for a few short labels, horizontal bars otherwise (long names
of municipalities and agencies stay readable); LINE is a line chart over the rows (months); PIE
shows the shares of one column, the smallest slices grouped when there are many. Total rows are
left out, and a suppressed count ("<5") is drawn as 0 — `drawing()` says whether that happened,
so that the caption can say so.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from kim_desktop.reports.report_cells import chart_rows, chart_value, display, is_suppressed, number_text
from kim_desktop.reports.report_model import ChartKind, ReportView

PALETTE = tuple(colors.HexColor(code) for code in (
    "#1f5f99", "#e08a1e", "#3a8f4c", "#b8323c", "#7b5ea7", "#8c6d46", "#d3649f", "#6f7f8f",
    "#b5b82d", "#1fa3b5", "#9ecae1", "#fdae6b"))
MAX_SLICES = 8
MAX_BARS = 40  # beyond this a chart is no longer readable; the table has the rest
MAX_SERIES = len(PALETTE)
LABEL_CHARS = 28


@dataclass(frozen=True)
class Chart:
    drawing: Drawing
    suppressed_as_zero: bool


def _short(text: str, limit: int = LABEL_CHARS) -> str:
    text = " ".join(text.split())  # tabs and line breaks would print as boxes
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _axis_number(value: float) -> str:
    return number_text(int(value)) if float(value).is_integer() else number_text(float(value))


def _legend(names: list[str], font: str, x: float, y: float, columns: int = 1) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName, legend.fontSize = font, 7
    legend.alignment = "right"
    legend.boxAnchor = "nw"
    legend.dx = legend.dy = 6
    legend.deltay = 9
    legend.columnMaximum = max(1, -(-len(names) // columns))
    legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], _short(name, 22)) for i, name in enumerate(names)]
    return legend


def _style_bars(chart: VerticalBarChart | HorizontalBarChart, font: str, series: int, stacked: bool) -> None:
    for i in range(series):
        chart.bars[i].fillColor = PALETTE[i % len(PALETTE)]
        chart.bars[i].strokeColor = None
    chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = _axis_number
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    if stacked:
        chart.categoryAxis.style = "stacked"
    chart.barSpacing = 1
    chart.groupSpacing = 6


def _bars(labels: list[str], data: list[list[float]], names: list[str], width: float, font: str,
          stacked: bool) -> Drawing:
    longest = max((stringWidth(_short(t), font, 7) for t in labels), default=0)
    legend_width = 120 if len(names) > 1 else 0
    if len(labels) <= 6 and longest <= 70:
        height = 170
        drawing = Drawing(width, height)
        chart = VerticalBarChart()
        chart.x, chart.y = 40, 30
        chart.width, chart.height = width - 50 - legend_width, height - 45
        chart.categoryAxis.labels.boxAnchor = "n"
    else:
        per_bar = 8 if stacked or len(names) == 1 else 5 * len(names)
        height = min(480, max(100, len(labels) * (per_bar + 4) + 36))
        drawing = Drawing(width, height)
        chart = HorizontalBarChart()
        chart.x, chart.y = longest + 12, 22
        chart.width, chart.height = width - longest - 20 - legend_width, height - 30
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.reverseDirection = True  # the first row on top, as in the table
    chart.data = data
    chart.categoryAxis.categoryNames = [_short(t) for t in labels]
    _style_bars(chart, font, len(data), stacked)
    drawing.add(chart)
    if legend_width:
        drawing.add(_legend(names, font, width - legend_width + 8, height - 4))
    return drawing


def _line(labels: list[str], data: list[list[float]], names: list[str], width: float, font: str) -> Drawing:
    legend_width = 120 if len(names) > 1 else 0
    height = 180
    drawing = Drawing(width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y = 40, 45
    chart.width, chart.height = width - 50 - legend_width, height - 60
    chart.data = data
    chart.categoryAxis.categoryNames = [_short(t, 16) for t in labels]
    chart.categoryAxis.labels.angle = 35 if len(labels) > 6 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(labels) > 6 else "n"
    chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = _axis_number
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    chart.joinedLines = True
    for i in range(len(data)):
        chart.lines[i].strokeColor = PALETTE[i % len(PALETTE)]
        chart.lines[i].strokeWidth = 1.6
    drawing.add(chart)
    if legend_width:
        drawing.add(_legend(names, font, width - legend_width + 8, height - 4))
    return drawing


def _pie(labels: list[str], values: list[float], width: float, font: str, others: str) -> Drawing | None:
    pairs = sorted(((v, t) for v, t in zip(values, labels, strict=True) if v > 0), key=lambda p: -p[0])
    if not pairs:
        return None
    if len(pairs) > MAX_SLICES:
        rest = sum(v for v, _t in pairs[MAX_SLICES - 1:])
        pairs = [*pairs[:MAX_SLICES - 1], (rest, others)]
    height = 160
    drawing = Drawing(width, height)
    pie = Pie()
    pie.x, pie.y, pie.width, pie.height = 20, 10, 140, 140
    pie.data = [v for v, _t in pairs]
    pie.labels = None
    pie.sideLabels = False
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 0.8
    for i in range(len(pairs)):
        pie.slices[i].fillColor = PALETTE[i % len(PALETTE)]
    drawing.add(pie)
    total = sum(v for v, _t in pairs)
    names = [f"{_short(t, 30)}: {display(int(v) if v.is_integer() else v)} ({round(100 * v / total)} %)"
             for v, t in pairs]
    legend = _legend(names, font, 190, height - 6)
    legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], name) for i, name in enumerate(names)]
    drawing.add(legend)
    return drawing


def drawing(view: ReportView, width: float, font: str, *, others: str = "Übrige") -> Chart | None:
    """The view's chart fitted to `width` points; None when it has none or nothing to draw."""
    spec = view.chart
    rows = chart_rows(view)[:MAX_BARS]
    if spec is None or not rows:
        return None
    columns = [c for c in spec.value_columns if c < len(view.columns)]
    if not columns or len(columns) > MAX_SERIES:  # years of months: no readable legend; the table has it
        return None
    labels = [display(row.cells[spec.category_column]) for row in rows]
    cells = [[row.cells[c] if c < len(row.cells) else None for row in rows] for c in columns]
    suppressed = any(is_suppressed(value) for series in cells for value in series)
    data = [[chart_value(value) for value in series] for series in cells]
    if not any(value > 0 for series in data for value in series):
        return None
    names = [view.columns[c].title for c in columns]
    if spec.kind is ChartKind.PIE:
        pie = _pie(labels, data[0], width, font, others)
        return Chart(pie, suppressed) if pie is not None else None
    if spec.kind is ChartKind.LINE:
        return Chart(_line(labels, data, names, width, font), suppressed)
    return Chart(_bars(labels, data, names, width, font, spec.kind is ChartKind.STACKED_BAR), suppressed)
