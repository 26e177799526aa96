"""Berichte: the page builds the report off the GUI thread from its filters, keeps the old numbers
until the new ones arrive, previews the external form, warns about stale data, saves files and
leaves nothing behind when its window goes away."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kim_desktop.domain.roles import Role
from kim_desktop.reports.report_model import ReportRequest, ViewId
from kim_desktop.services.demo_data import fill_demo_data
from kim_desktop.storage.vault import Vault
from kim_desktop.ui import background
from kim_desktop.ui.models.report_table_model import SELECTOR_ROLE
from kim_desktop.ui.qt import Qt, QtWidgets
from kim_desktop.ui.reports.chart_view import ReportChart, chart_value, integer_axis
from kim_desktop.ui.reports.filter_bar import Preset, preset_period
from kim_desktop.ui.reports.page import ReportsPage
from kim_desktop.ui.session import AppSession
from tests.conftest import PASSWORD
from tests.ui.dialog_stubs import Boxes, save_dialog
from tests.ui.test_report_table_model import fake_report, overview_view, topics_view

TODAY = dt.date.today()


@pytest.fixture
def page(fresh_report_page: ReportsPage) -> ReportsPage:
    return fresh_report_page


def built(qtbot, page: ReportsPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page.report is not None and not page.building and not page.timer.isActive(),
                    timeout=10000)


def test_shown_page_builds_the_report_with_a_tab_per_view(qtbot, page: ReportsPage) -> None:  # type: ignore[no-untyped-def]
    page.show()
    built(qtbot, page)
    report = page.report
    assert report is not None
    assert report.request.period_from == dt.date(TODAY.year, 1, 1) and report.request.period_to == TODAY
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert titles == [view.title for view in report.views] + ["Datenstand"]
    overview = page.panels[ViewId.OVERVIEW]
    view = report.view(ViewId.OVERVIEW)
    assert overview.model.rowCount() == len(view.rows)
    assert overview.model.index(len(view.rows) - 1, 0).data() == "Insgesamt"
    assert overview.model.index(len(view.rows) - 1, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert "Rhein-Sieg-Kreis" in page.status.text()


def test_shown_again_the_report_is_computed_anew(qtbot, page: ReportsPage) -> None:  # type: ignore[no-untyped-def]
    page.show()
    built(qtbot, page)
    first = page.report
    page.hide()
    page.show()  # e.g. back from "Austausch" after an import
    qtbot.waitUntil(lambda: page.report is not first and not page.building, timeout=10000)
    assert page.report.request == first.request


def test_a_filter_change_keeps_the_old_numbers_until_the_new_arrive(qtbot, page: ReportsPage) -> None:  # type: ignore[no-untyped-def]
    page.show()
    built(qtbot, page)
    before = page.report
    rows_before = page.panels[ViewId.OVERVIEW].model.rowCount()
    page.filters.external.setChecked(True)
    assert page.timer.isActive()  # waits for the next change first
    page.build_now()
    assert page.building
    assert page.report is before and page.panels[ViewId.OVERVIEW].model.rowCount() == rows_before
    built(qtbot, page)
    assert page.report is not before and page.report.request.external
    assert not page.external_note.isHidden()
    overview = page.panels[ViewId.OVERVIEW].model
    assert all(overview.index(r, c).data(SELECTOR_ROLE) is None
               for r in range(overview.rowCount()) for c in range(overview.columnCount()))


def test_changes_while_building_end_in_one_more_build_with_the_last_filters(qtbot, page: ReportsPage) -> None:  # type: ignore[no-untyped-def]
    page.show()
    built(qtbot, page)
    page.filters.set_preset(Preset.LAST_YEAR)
    page.build_now()
    page.filters.municipalities.set_checked(["05382060"])  # Siegburg, while the first one runs
    page.build_now()
    assert page.pending
    qtbot.waitUntil(lambda: page.report is not None and page.report.request.municipalities == {"05382060"},
                    timeout=10000)
    assert page.report.request.period_from == dt.date(TODAY.year - 1, 1, 1)
    assert page.filters.municipalities.text() == "Siegburg"


def test_a_date_that_is_none_or_a_reversed_period_builds_nothing(qtbot, page: ReportsPage) -> None:  # type: ignore[no-untyped-def]
    page.show()
    built(qtbot, page)
    shown = page.report
    page.filters.date_from.setText("31.02.2026")
    page.filters.date_from.editingFinished.emit()
    assert page.filters.request() is None
    assert page.filters.preset.currentIndex() == Preset.THIS_YEAR  # set_text is no typing
    assert not page.filters.error.isHidden() and "Beginn" in page.filters.error.text()
    page.filters.date_from.setText("01.02.2026")
    page.filters.date_to.setText("01.01.2026")
    assert page.filters.request() is None
    assert "vor seinem Anfang" in page.filters.error.text()
    page.build_now()
    assert not page.building and page.report is shown


def test_typing_a_date_makes_the_period_custom(qtbot, page: ReportsPage) -> None:  # type: ignore[no-untyped-def]
    page.show()
    built(qtbot, page)
    page.filters.date_from.selectAll()
    qtbot.keyClicks(page.filters.date_from, "1.3.2026")
    assert page.filters.preset.currentIndex() == Preset.CUSTOM
    page.filters.date_from.editingFinished.emit()
    assert page.filters.request().period_from == dt.date(2026, 3, 1)


@pytest.mark.parametrize(("preset", "today", "expected"), [
    (Preset.THIS_MONTH, dt.date(2026, 3, 15), (dt.date(2026, 3, 1), dt.date(2026, 3, 15))),
    (Preset.LAST_MONTH, dt.date(2026, 1, 10), (dt.date(2025, 12, 1), dt.date(2025, 12, 31))),
    (Preset.LAST_MONTH, dt.date(2024, 3, 31), (dt.date(2024, 2, 1), dt.date(2024, 2, 29))),
    (Preset.THIS_QUARTER, dt.date(2026, 8, 20), (dt.date(2026, 7, 1), dt.date(2026, 8, 20))),
    (Preset.THIS_YEAR, dt.date(2026, 11, 26), (dt.date(2026, 1, 1), dt.date(2026, 11, 26))),
    (Preset.LAST_YEAR, dt.date(2026, 1, 1), (dt.date(2025, 1, 1), dt.date(2025, 12, 31))),
])
def test_presets(preset: Preset, today: dt.date, expected: tuple[dt.date, dt.date]) -> None:
    assert preset_period(preset, today) == expected


def test_stale_data_shows_a_banner_and_the_details(qtbot, page: ReportsPage) -> None:  # type: ignore[no-untyped-def]
    page.show()
    page.loaded = True  # no build of its own: the test hands over a report
    page.show_report(fake_report(stale=2))
    assert not page.banner.isHidden()
    assert "Daten von 2 Case Managern sind älter als 14 Tage" in page.banner.text()
    page.banner.linkActivated.emit("details")
    assert page.tabs.currentWidget() is page.freshness
    table = page.freshness.table
    assert table.rowCount() == 3
    assert [table.item(r, 3).text() for r in range(3)] == ["veraltet", "veraltet", "aktuell"]
    assert table.item(0, 2).text() != "–"
    page.show_report(fake_report(stale=0))
    assert page.banner.isHidden()
    assert [page.filters.case_manager.itemText(i) for i in range(page.filters.case_manager.count())] == [
        "alle Case Manager", "Case Managerin 1", "Case Managerin 2", "Case Managerin 3"]


def test_case_manager_filter_goes_into_the_request(qtbot, page: ReportsPage) -> None:  # type: ignore[no-untyped-def]
    page.loaded = True
    page.show_report(fake_report())
    page.filters.case_manager.setCurrentIndex(2)
    page.filters.team.setCurrentIndex(1)
    request = page.filters.request()
    assert request.case_managers == {"device-2"}
    assert request.teams == {page.session.deployment.teams[0].number}
    page.show_report(fake_report(request))  # a filtered report lists one person: the others stay
    assert page.filters.case_manager.count() == 4 and page.filters.case_manager.currentData() == "device-2"


def test_chart_draws_suppressed_counts_as_zero_and_says_so(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = ReportChart()
    qtbot.addWidget(chart)
    chart.show_view(overview_view(external=True))
    assert chart.suppressed == 1
    assert "als 0 gezeichnet" in chart.caption.text()
    assert chart_value("x") == chart_value("<5") == (0.0, True)
    assert chart_value(3) == (3.0, False)
    series = chart.chart_view.chart().series()
    assert len(series) == 1 and series[0].barSets()[0].count() == 3  # without the total row
    chart.show_view(overview_view())
    assert chart.suppressed == 0 and chart.caption.isHidden()
    chart.show_view(topics_view())
    assert chart.chart_view.chart().series()[0].count() == 3  # a pie of three topics


def test_value_axis_has_whole_ticks(qtbot) -> None:  # type: ignore[no-untyped-def]
    from kim_desktop.ui.qt import QtCharts

    axis = QtCharts.QValueAxis()
    integer_axis(axis, 0)
    assert (axis.min(), axis.max(), axis.tickCount()) == (0, 1, 2)
    integer_axis(axis, 7)
    assert (axis.max() / (axis.tickCount() - 1)).is_integer() and axis.max() >= 7
    integer_axis(axis, 1265)
    assert axis.max() >= 1265 and axis.tickCount() <= 6


def test_a_page_gone_before_its_report_arrives_gets_nothing(  # type: ignore[no-untyped-def]
        qtbot, report_vault, deployment, settings) -> None:
    page = ReportsPage(AppSession(report_vault, deployment, settings))
    page.build_now()
    assert page.building
    page.setParent(None)
    page.deleteLater()  # what a lock does with every page
    background.discard_results()
    qtbot.waitUntil(lambda: not background.background_running(), timeout=10000)


def test_case_manager_sees_own_municipalities_and_no_person_filters(qtbot, tmp_path,  # type: ignore[no-untyped-def]
                                                                    deployment, settings) -> None:
    team = deployment.teams[0]
    with Vault.create(tmp_path / "cm.kimvault", PASSWORD, role=Role.CASE_MANAGER,
                      display_name="Maria Schäfer", team=team.number,
                      municipalities=team.municipalities) as vault:
        fill_demo_data(vault, 60, seed=1)
        page = ReportsPage(AppSession(vault, deployment, settings))
        qtbot.addWidget(page)
        page.show()
        built(qtbot, page)
        assert page.filters.team.isHidden() and page.filters.case_manager.isHidden()
        assert page.banner.isHidden()  # the own numbers are complete, however long ago the last export
        assert page.filters.municipalities.list.codes() == [
            m.ags for m in deployment.municipalities if m.ags in team.municipalities]
        assert "meine Zahlen" in page.findChild(QtWidgets.QLabel).text()
        assert page.report is not None and page.report.views


def test_export_asks_for_a_file_and_writes_it_in_the_background(qtbot, page: ReportsPage, tmp_path,  # type: ignore[no-untyped-def]
                                                                 monkeypatch) -> None:
    pytest.importorskip("kim_desktop.services.report_export")
    boxes = Boxes(monkeypatch, QtWidgets.QMessageBox.StandardButton.Yes)
    target = tmp_path / "bericht"
    suggested = save_dialog(monkeypatch, target)
    page.show()
    built(qtbot, page)
    with qtbot.waitSignal(page.exports.exported, timeout=20000) as written:
        page.exports.actions_by_format["xlsx"].trigger()
    assert written.args == [str(target) + ".xlsx"]
    assert Path(written.args[0]).stat().st_size > 0
    assert "Kreisverwaltung" in boxes.texts("question")[0]
    assert suggested[0].endswith(f"Bericht_{TODAY.year}-01-01_{TODAY:%Y-%m-%d}.xlsx")
    assert "Gespeichert" in page.exports.result.text() and "internen Gebrauch" in page.exports.result.text()


def test_the_sachstandsbericht_is_always_external_and_needs_no_warning(qtbot, page: ReportsPage, tmp_path,  # type: ignore[no-untyped-def]
                                                                      monkeypatch) -> None:
    boxes = Boxes(monkeypatch, QtWidgets.QMessageBox.StandardButton.No)
    requests: list[ReportRequest] = []
    monkeypatch.setattr(page.exports, "ask_target",
                        lambda fmt, request, view: requests.append(request))  # cancelled after recording
    page.loaded = True
    page.show_report(fake_report())
    page.exports.actions_by_format["status"].trigger()
    assert requests and requests[0].external and not boxes.said
    page.exports.actions_by_format["csv"].trigger()  # internal: asked first; "No" stops it
    assert len(requests) == 1 and len(boxes.texts("question")) == 1


def test_lock_while_the_report_is_built_then_unlock_builds_it_anew(qtbot, make_controller,  # type: ignore[no-untyped-def]
                                                                  report_vault_file: Path) -> None:
    from kim_desktop.ui.unlock_dialog import UnlockDialog

    controller = make_controller(report_vault_file)
    controller.start()
    dialog = controller.dialog
    assert isinstance(dialog, UnlockDialog)
    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(controller.unlocked, timeout=10000):
        dialog.try_unlock()
    window = controller.window
    window.select_section("reports")
    page = window.pages["reports"]
    qtbot.waitUntil(lambda: page.building or page.report is not None, timeout=5000)
    with qtbot.waitSignal(controller.locked, timeout=10000):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.pages == {} and controller.vault.locked
    relock = controller.dialog
    relock.password.setText(PASSWORD)
    with qtbot.waitSignal(controller.unlocked, timeout=10000):
        relock.try_unlock()
    again = window.pages["reports"]
    assert again is not page and window.navigation.currentItem().text() == "Berichte"
    qtbot.waitUntil(lambda: again.report is not None and not again.building, timeout=10000)


def test_a_view_keeps_the_builders_order_until_a_header_is_clicked(qtbot) -> None:  # type: ignore[no-untyped-def]
    from kim_desktop.ui.reports.view_panel import ViewPanel

    panel = ViewPanel()
    qtbot.addWidget(panel)
    panel.show_view(topics_view())  # Wohnen 12, Arbeit 7, Sprache 2: not alphabetical
    assert [panel.proxy.index(r, 0).data() for r in range(3)] == ["Wohnen", "Arbeit", "Sprache"]
    panel.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [panel.proxy.index(r, 0).data() for r in range(3)] == ["Arbeit", "Sprache", "Wohnen"]


def test_freshness_shows_a_moment_internally_and_a_day_outside_the_kreis() -> None:
    from kim_desktop.ui.reports.freshness_panel import last_import_text

    moment = dt.datetime(2026, 3, 4, 5, 6, tzinfo=dt.UTC)
    local = moment.astimezone()
    assert last_import_text(moment) == f"{local:%d.%m.%Y %H:%M}"
    assert last_import_text(dt.date(2026, 3, 4)) == "04.03.2026"
    assert last_import_text(None) == "–"


def test_the_external_banner_speaks_of_teams(qtbot) -> None:  # type: ignore[no-untyped-def]
    from kim_desktop.reports.report_model import Freshness
    from kim_desktop.ui.reports.freshness_panel import FreshnessBanner

    banner = FreshnessBanner()
    qtbot.addWidget(banner)
    teams = [Freshness("", f"Team {n}", n, dt.date(2026, 1, n), stale=n > 1) for n in (1, 2, 3)]
    banner.show_entries(teams)
    assert "Daten von 2 Teams sind älter als 14 Tage" in banner.text()
    banner.show_entries(teams[:2])
    assert "Daten eines Teams sind älter" in banner.text()
