"""The PDF charts: the right reportlab chart per kind, totals left out, "<5" and "x" drawn as 0
and said so, nothing drawn when there is nothing to draw."""

from __future__ import annotations

from dataclasses import replace

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.charts.piecharts import Pie

from kim_desktop.reports.fonts import register_fonts
from kim_desktop.reports.report_charts import drawing
from kim_desktop.reports.report_model import ChartKind, ChartSpec, Column, ColumnKind, ReportView, Row, ViewId
from tests.reports.report_samples import sample_report

FONT = register_fonts()[0]


def chart_of(view: ReportView):  # type: ignore[no-untyped-def]
    chart = drawing(view, 480, FONT)
    assert chart is not None
    return chart, chart.drawing.contents[0]


def test_kinds_map_to_reportlab_charts() -> None:
    report = sample_report()
    _c, line = chart_of(report.view(ViewId.MONTHS))
    assert isinstance(line, HorizontalLineChart) and len(line.data) == 3
    _c, pie = chart_of(report.view(ViewId.LEGAL_DOMAINS))
    assert isinstance(pie, Pie)
    _c, bars = chart_of(report.view(ViewId.ESCALATIONS))
    assert isinstance(bars, VerticalBarChart)  # few short labels
    chart, stacked = chart_of(report.view(ViewId.CONSULTATIONS))
    assert isinstance(stacked, HorizontalBarChart) and stacked.categoryAxis.style == "stacked"
    assert len(stacked.data) == 12 and len(stacked.data[0]) == 4  # the total row left out
    assert chart.suppressed_as_zero


def test_suppressed_values_are_zero_and_flagged() -> None:
    columns = (Column("status", "Status", ColumnKind.LABEL), Column("count", "Anzahl"))
    view = ReportView(ViewId.ESCALATIONS, "Meldungen", columns,
                      (Row(("offen", 7)), Row(("gelöst", "<5")), Row(("x-Zeile", "x")),
                       Row(("Insgesamt", 15), total=True)), chart=ChartSpec(ChartKind.BAR))
    chart, bars = chart_of(view)
    assert bars.data == [[7.0, 0.0, 0.0]]
    assert chart.suppressed_as_zero
    plain = replace(view, rows=(Row(("offen", 7)), Row(("gelöst", 9))))
    assert not chart_of(plain)[0].suppressed_as_zero


def test_nothing_to_draw() -> None:
    columns = (Column("status", "Status", ColumnKind.LABEL), Column("count", "Anzahl"))
    empty = ReportView(ViewId.ESCALATIONS, "Meldungen", columns, (), chart=ChartSpec(ChartKind.BAR))
    zeros = replace(empty, rows=(Row(("offen", 0)), Row(("gelöst", "<5"))))
    for view in (empty, zeros, replace(zeros, chart=None)):
        assert drawing(view, 480, FONT) is None
    pie = replace(zeros, rows=(Row(("offen", 0)),), chart=ChartSpec(ChartKind.PIE))
    assert drawing(pie, 480, FONT) is None
