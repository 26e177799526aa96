"""The table model of one report view: German numbers and dates, right-aligned counts, bold
total rows that stay last when sorted, the selector behind a number and its tooltip."""

from __future__ import annotations

import datetime as dt

import pytest

from kim_desktop.reports.report_model import (
    ChartKind,
    ChartSpec,
    Column,
    ColumnKind,
    Freshness,
    Report,
    ReportRequest,
    ReportView,
    Row,
    Selector,
    Subject,
    ViewId,
)
from kim_desktop.ui.models.report_table_model import (
    SELECTOR_ROLE,
    SORT_ROLE,
    TOTAL_ROLE,
    ReportSortProxy,
    ReportTableModel,
    cell_text,
    format_number,
)
from kim_desktop.ui.qt import Qt

SIEGBURG, HENNEF = "05382060", "05382020"


def selector(ags: str, state: str = "") -> Selector:
    criteria = (("municipality", ags),) + ((("case_state", state),) if state else ())
    return Selector(Subject.CONSULTATIONS, criteria)


def overview_view(*, external: bool = False) -> ReportView:
    columns = (Column("municipality", "Kommune", ColumnKind.LABEL), Column("consultations", "Beratungen"),
               Column("hours", "Stunden", ColumnKind.NUMBER),
               Column("last", "Letzte Beratung", ColumnKind.DATE))

    def sel(ags: str) -> tuple[Selector | None, ...]:
        return () if external else (None, selector(ags), None, None)

    rows = (
        Row(("Siegburg", 1234, 10.5, dt.date(2026, 3, 4)), sel(SIEGBURG)),
        Row(("Hennef (Sieg)", "<5" if external else 3, 2.0, None), sel(HENNEF)),
        Row(("Alfter", 40, 0.25, dt.date(2026, 1, 9)), sel("05382004")),
        Row(("Insgesamt", 1277, 12.75, None), total=True),
    )
    return ReportView(ViewId.OVERVIEW, "Übersicht", columns, rows, note="Eine Beratung zählt einmal.",
                      chart=ChartSpec(ChartKind.BAR, 0, (1,)))


def months_view() -> ReportView:
    columns = (Column("month", "Monat", ColumnKind.LABEL), Column("consultations", "Beratungen"),
               Column("new", "neue Fälle"))
    rows = tuple(Row((f"{m:02d}/2026", 10 * m, m),
                     (None, Selector(Subject.CONSULTATIONS, (("month", f"2026-{m:02d}"),)),
                      Selector(Subject.CASES, (("month", f"2026-{m:02d}"),))))
                 for m in range(1, 4))
    return ReportView(ViewId.MONTHS, "Monate", columns, rows + (Row(("Insgesamt", 60, 6), total=True),),
                      chart=ChartSpec(ChartKind.LINE, 0, (1, 2)))


def topics_view() -> ReportView:
    columns = (Column("topic", "Thema", ColumnKind.LABEL), Column("count", "Beratungen"))
    rows = (Row(("Wohnen", 12)), Row(("Arbeit", 7)), Row(("Sprache", 2)))
    return ReportView(ViewId.TOPICS, "Themen", columns, rows, chart=ChartSpec(ChartKind.PIE, 0, (1,)))


def fake_report(request: ReportRequest | None = None, *, stale: int = 1) -> Report:
    request = request or ReportRequest(dt.date(2026, 1, 1), dt.date(2026, 6, 30))
    now = dt.datetime(2026, 7, 1, 9, 30, tzinfo=dt.UTC)
    freshness = tuple(
        Freshness(f"device-{n}", f"Team {n}" if request.external else f"Case Managerin {n}", n,
                  None if n == 0 else now - dt.timedelta(days=30 if n <= stale else 2), n <= stale)
        for n in range(1, 4))
    return Report(request, "Rhein-Sieg-Kreis", now, 5,
                  (overview_view(external=request.external), months_view(), topics_view()),
                  freshness, ("Zeitraum: 01.01.2026 – 30.06.2026",))


@pytest.fixture
def model(qtmodeltester) -> ReportTableModel:  # type: ignore[no-untyped-def]
    shown = ReportTableModel()
    shown.set_view(overview_view())
    qtmodeltester.check(shown)
    return shown


def test_cells_look_german(model: ReportTableModel) -> None:
    texts = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert texts[0] == ["Siegburg", "1.234", "10,5", "04.03.2026"]
    assert texts[1] == ["Hennef (Sieg)", "3", "2,0", "–"]
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Beratungen"
    assert format_number(1234.56) == "1.234,6"
    assert cell_text("<5", ColumnKind.COUNT) == "<5"


def test_counts_right_aligned_labels_left_totals_bold(model: ReportTableModel) -> None:
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) == int(right)
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) != int(right)
    assert model.index(3, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole) is None
    assert model.index(3, 1).data(TOTAL_ROLE) is True


def test_selector_role_and_tooltip_only_where_there_is_a_list(model: ReportTableModel) -> None:
    assert model.index(0, 1).data(SELECTOR_ROLE) == selector(SIEGBURG)
    assert "Doppelklick" in model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, 0).data(SELECTOR_ROLE) is None
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.index(3, 1).data(Qt.ItemDataRole.ToolTipRole) is None  # the total has no selector here


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_sorting_by_number_keeps_the_total_last(model: ReportTableModel, order: Qt.SortOrder) -> None:
    proxy = ReportSortProxy()
    proxy.setSourceModel(model)
    proxy.sort(1, order)
    labels = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    expected = ["Hennef (Sieg)", "Alfter", "Siegburg"]  # 3, 40, 1234: numbers, not text
    assert labels == (expected if order == Qt.SortOrder.AscendingOrder else expected[::-1]) + ["Insgesamt"]


def test_suppressed_counts_sort_just_above_zero(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ReportTableModel()
    model.set_view(overview_view(external=True))
    qtmodeltester.check(model)
    assert model.index(1, 1).data() == "<5"
    assert 0 < model.index(1, 1).data(SORT_ROLE) < model.index(2, 1).data(SORT_ROLE)
    assert model.index(1, 1).data(SELECTOR_ROLE) is None
    assert "Doppelklick" not in model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole)


def test_suppressed_cells_say_why_in_their_tooltip(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    columns = (Column("label", "Kommune", ColumnKind.LABEL), Column("a", "neue Fälle"),
               Column("b", "aktive Fälle"))
    view = ReportView(ViewId.CASES, "Fälle", columns, (Row(("Alfter", "<5", "x")), Row(("Much", 7, 0))))
    model = ReportTableModel()
    model.set_view(view)
    qtmodeltester.check(model)
    assert "unter 5" in model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "zurückrechnen" in model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole) is None
    hidden, small, zero = (model.index(0, 2).data(SORT_ROLE), model.index(0, 1).data(SORT_ROLE),
                           model.index(1, 2).data(SORT_ROLE))
    assert hidden == small > zero


def test_empty_model_and_dates_sort_by_day(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ReportTableModel()
    qtmodeltester.check(model)
    assert model.rowCount() == 0 and model.columnCount() == 0
    model.set_view(overview_view())
    proxy = ReportSortProxy()
    proxy.setSourceModel(model)
    proxy.sort(3, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == [
        "Hennef (Sieg)", "Alfter", "Siegburg", "Insgesamt"]
