"""From a number of the report to the pseudonymised list behind it: double-click or Enter on a
count opens a dialog with as many rows as the number says, titled with what the number is, and
without a name; the external preview has no lists."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from kim_desktop.reports.report_model import ReportRequest, ViewId
from kim_desktop.storage.consultation_tables import Client
from kim_desktop.storage.vault import Vault
from kim_desktop.ui.models.report_table_model import SELECTOR_ROLE
from kim_desktop.ui.qt import Qt, QtWidgets
from kim_desktop.ui.reports.drill_down_dialog import DrillDownDialog
from kim_desktop.ui.reports.page import ReportsPage
from kim_desktop.ui.reports.view_panel import ViewPanel


@pytest.fixture
def page(fresh_report_page: ReportsPage, qtbot) -> ReportsPage:  # type: ignore[no-untyped-def]
    shown = fresh_report_page
    shown.filters.date_from.set_date(dt.date.today() - dt.timedelta(days=3 * 365))  # all the demo years
    shown.show()
    qtbot.waitUntil(lambda: shown.report is not None and not shown.building, timeout=10000)
    shown.build_now()  # the period above, if the first build started before it was set
    wanted = shown.filters.request().period_from
    qtbot.waitUntil(lambda: not shown.building and shown.report.request.period_from == wanted, timeout=10000)
    return shown


def first_count_with_list(panel: ViewPanel) -> tuple[int, int]:
    proxy = panel.proxy
    for row in range(proxy.rowCount()):
        for column in range(proxy.columnCount()):
            value = proxy.index(row, column).data()
            if proxy.index(row, column).data(SELECTOR_ROLE) is not None and value not in ("0", "–"):
                return row, column
    raise AssertionError("no number with a list behind it")


def open_list(qtbot, page: ReportsPage, view_id: ViewId, *, key: bool) -> tuple[DrillDownDialog, str]:  # type: ignore[no-untyped-def]
    page.show_view(view_id)
    panel = page.panels[view_id]
    row, column = first_count_with_list(panel)
    index = panel.proxy.index(row, column)
    number = index.data()
    panel.table.setCurrentIndex(index)
    if key:
        panel.table.setFocus()
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    else:
        rect = panel.table.visualRect(index)
        # A real double-click starts with a press; Qt's item views ignore a bare double-click event.
        qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.drill_dialog is not None and page.drill_dialog.isVisible(), timeout=10000)
    assert isinstance(page.drill_dialog, DrillDownDialog)
    return page.drill_dialog, number


def client_names(vault: Vault) -> set[str]:
    with vault.reader() as db:
        rows = db.execute(select(Client.first_name, Client.last_name)).all()
    return {name for row in rows for name in row if name and len(name) > 3}


@pytest.mark.parametrize("view_id", [ViewId.OVERVIEW, ViewId.MONTHS, ViewId.CASES])
def test_enter_on_a_number_lists_as_many_records_as_it_says(qtbot, page: ReportsPage,  # type: ignore[no-untyped-def]
                                                            view_id: ViewId) -> None:
    dialog, number = open_list(qtbot, page, view_id, key=True)
    assert dialog.model.rowCount() == int(number.replace(".", ""))
    view = page.report.view(view_id)
    assert view.title in dialog.windowTitle()
    assert f"{dialog.model.rowCount()} Einträge" in dialog.count.text() or dialog.model.rowCount() == 1
    dialog.close()


def test_double_click_opens_the_list_and_it_holds_no_names(qtbot, page: ReportsPage, report_vault) -> None:  # type: ignore[no-untyped-def]
    dialog, number = open_list(qtbot, page, ViewId.OVERVIEW, key=False)
    assert dialog.model.rowCount() == int(number.replace(".", ""))
    texts = {dialog.model.index(r, c).data() for r in range(dialog.model.rowCount())
             for c in range(dialog.model.columnCount())}
    headers = [dialog.model.headerData(c, Qt.Orientation.Horizontal).replace("\n", " ")
               for c in range(dialog.model.columnCount())]
    assert "Pseudonym" in headers
    names = client_names(report_vault)
    assert names, "the demo data should have names to look for"
    assert not any(name in text for name in names for text in texts if text)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_external_preview_has_no_lists(qtbot, page: ReportsPage) -> None:  # type: ignore[no-untyped-def]
    page.filters.external.setChecked(True)
    page.build_now()
    qtbot.waitUntil(lambda: not page.building and page.report.request.external, timeout=10000)
    panel = page.panels[ViewId.OVERVIEW]
    page.show_view(ViewId.OVERVIEW)
    index = panel.proxy.index(0, 1)
    panel.table.setCurrentIndex(index)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    panel.drillDownRequested.emit(None, "")  # even if asked, the page opens nothing for an external report
    assert page.drill_dialog is None


def test_dialog_shows_a_drill_down_it_is_given(qtbot) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import dataclass

    from kim_desktop.reports.report_model import Column, ColumnKind

    @dataclass(frozen=True)
    class Listed:
        title: str
        columns: tuple[Column, ...]
        rows: tuple[tuple[object, ...], ...]

    listed = Listed("Beratungen", (Column("pseudonym", "Pseudonym", ColumnKind.LABEL),
                                   Column("date", "Datum", ColumnKind.DATE), Column("minutes", "Dauer")),
                    (("K-2", dt.date(2026, 1, 5), 1200), ("K-1", dt.date(2026, 2, 3), 45)))
    dialog = DrillDownDialog(listed, "Übersicht: Siegburg – Beratungen")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Liste hinter der Zahl – Übersicht: Siegburg – Beratungen"
    assert [dialog.proxy.index(0, c).data() for c in range(3)] == ["K-2", "05.01.2026", "1.200"]  # as listed
    dialog.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert dialog.proxy.index(0, 0).data() == "K-1"
    dialog.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert dialog.proxy.index(0, 0).data() == "K-2"  # 1200 minutes before 45: numbers, not text
    assert "2 Einträge" in dialog.count.text()
    assert isinstance(dialog.table, QtWidgets.QTableView)
    _ = ReportRequest  # the request type the page passes on; imported to keep the contract visible
