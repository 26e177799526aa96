"""Berichte (issue 8): the district at a glance for a coordinator, a case manager's own numbers.

The filters on top make a ReportRequest; the report (reports/report_builder.py) is built off
the GUI thread, since a year of 100 000 consultations takes up to a second. The numbers shown
stay until the new ones arrive; a filter changed meanwhile builds once more afterwards. One tab
per view (table and chart), a last tab "Datenstand" with each case manager's last import, and
a banner while any data is stale. Double-click or Enter on a number opens the pseudonymised list
behind it (internal form only). Keys: F5 computes anew, Ctrl+PgUp/PgDown switch views.

Nothing here outlives a lock: the page is destroyed with its report, and results of jobs still
running are dropped (background.discard_results / receiver).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from kim_desktop.domain.roles import Role
from kim_desktop.errors import KimError
from kim_desktop.reports.report_model import Report, ReportRequest, Selector, ViewId
from kim_desktop.ui.background import run_in_background
from kim_desktop.ui.i18n import error_text
from kim_desktop.ui.pages.base import Page
from kim_desktop.ui.qt import QCoreApplication, Qt, QtGui, QTimer, QtWidgets, is_alive
from kim_desktop.ui.reports.export_actions import ExportActions
from kim_desktop.ui.reports.filter_bar import FilterBar
from kim_desktop.ui.reports.freshness_panel import FreshnessBanner, FreshnessPanel
from kim_desktop.ui.reports.view_panel import ViewPanel

if TYPE_CHECKING:
    from kim_desktop.ui.session import AppSession

log = logging.getLogger(__name__)
SETTLE_MS = 300       # a filter change waits this long for the next one before the report is built
BUSY_NOTE_MS = 150    # "being computed" only when it takes noticeably long


def build(vault: Any, request: ReportRequest, deployment: Any) -> Report:
    """Runs on the thread pool: one read session for the whole report."""
    from kim_desktop.reports.report_builder import build_report

    with vault.reader() as db:
        return build_report(db, request, deployment=deployment, translate=QCoreApplication.translate)


def list_behind(vault: Any, request: ReportRequest, selector: Selector, deployment: Any) -> Any:
    from kim_desktop.reports.drill_down import drill_down

    with vault.reader() as db:
        return drill_down(db, request, selector, deployment=deployment, translate=QCoreApplication.translate)


class ReportsPage(Page):
    def __init__(self, session: AppSession, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.coordinator = session.vault.profile.role is Role.COORDINATOR
        self.report: Report | None = None
        self.shown_request: ReportRequest | None = None
        self.building = False
        self.pending = False
        self.loaded = False
        self.drill_dialog: QtWidgets.QDialog | None = None
        self.panels: dict[ViewId, ViewPanel] = {}
        self.people: dict[str, str] = {}  # device id → case manager, as the reports named them
        heading = QtWidgets.QLabel(self.tr("Berichte – der Kreis im Überblick") if self.coordinator
                                   else self.tr("Berichte – meine Zahlen"), self)
        heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.filters = FilterBar(session.deployment, self._municipality_items(), coordinator=self.coordinator,
                                 parent=self)
        self.filters.changed.connect(self.schedule_build)
        self.status = QtWidgets.QLabel(self)
        self.status.setObjectName("report_status")
        self.status.setToolTip(self.tr("F5: neu berechnen"))
        self.exports = ExportActions(session, self.filters.request, self.current_view, self)
        self.external_note = QtWidgets.QLabel(self.tr(
            "Vorschau der Fassung für außerhalb des Kreises: ohne Namen (Case Manager als Teams), Zahlen "
            "von 1 bis 4 als „<5“ und so viele weitere verdeckt, dass sich keine zurückrechnen lässt; "
            "keine Listen hinter den Zahlen."), self)
        self.external_note.setWordWrap(True)
        self.external_note.setStyleSheet("background: #e8f0fe; border: 1px solid #8ab4f8; "
                                         "border-radius: 3px; padding: 4px 8px;")
        self.external_note.hide()
        self.banner = FreshnessBanner(self)
        self.banner.detailsRequested.connect(self.show_freshness)
        self.tabs = QtWidgets.QTabWidget(self)
        self.tabs.setObjectName("report_tabs")
        self.tabs.setUsesScrollButtons(True)
        self.tabs.setDocumentMode(True)
        self.freshness = FreshnessPanel(self, own=not self.coordinator)
        self.tabs.addTab(self.freshness, self.tr("Datenstand"))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SETTLE_MS)
        self.timer.timeout.connect(self.build_now)
        status_row = QtWidgets.QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.exports, 2)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.filters)
        layout.addLayout(status_row)
        layout.addWidget(self.external_note)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        recompute = QtGui.QShortcut(QtGui.QKeySequence(Qt.Key.Key_F5), self)
        recompute.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        recompute.activated.connect(self.refresh)
        self._set_tab_order()

    def _municipality_items(self) -> list[tuple[str, str]]:
        municipalities = self.session.deployment.municipalities
        if not self.coordinator:  # a case manager's numbers cover their own municipalities
            own = set(self.session.vault.profile.municipalities)
            municipalities = tuple(m for m in municipalities if m.ags in own) or municipalities
        return [(m.ags, m.name) for m in municipalities]

    def profile_changed(self) -> None:
        """A case manager's municipalities may have changed: the list follows, ticks stay where they can."""
        if not self.coordinator:
            self.filters.municipalities.list.set_items(self._municipality_items())

    def _set_tab_order(self) -> None:
        chain: list[QtWidgets.QWidget] = [*self.filters.focus_chain(), self.exports.button,
                                          self.tabs.tabBar()]
        current = self.tabs.currentWidget()
        if isinstance(current, ViewPanel):
            chain.append(current.table)
        elif current is not None:
            chain.append(self.freshness.table)
        for before, after in zip(chain, chain[1:], strict=False):
            QtWidgets.QWidget.setTabOrder(before, after)

    # --- reading -----------------------------------------------------------------------------------

    def showEvent(self, event: QtGui.QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if event.spontaneous():  # the window restored from the taskbar: the page was not away
            return
        # Not at once: clearing the navigation at a lock shows every page for a moment. Shown again,
        # the report is computed anew (an import may have come in meanwhile); the old numbers stay
        # until the new ones are there.
        QTimer.singleShot(0, self, self._build_when_shown)

    def _build_when_shown(self) -> None:
        if not self.isVisible():
            return
        if self.loaded:
            self.refresh()
        else:
            self.loaded = True
            self.build_now()

    def refresh(self) -> None:
        """New data (an import) or F5: the same filters, computed anew."""
        self.shown_request = None
        self.build_now()

    def schedule_build(self) -> None:
        self.timer.start()

    def build_now(self) -> None:
        self.timer.stop()
        request = self.filters.request()
        if request is None:
            return
        if self.building:
            self.pending = True
            return
        if request == self.shown_request and self.report is not None:
            return
        self.loaded = True
        self.building = True
        self.pending = False
        vault, deployment = self.session.vault, self.session.deployment
        run_in_background(lambda: build(vault, request, deployment), self.show_report, self._build_failed,
                          receiver=self, on_finished=self._build_finished)
        QTimer.singleShot(BUSY_NOTE_MS, self, self._note_busy)

    def _note_busy(self) -> None:
        if self.building:
            self.status.setText(self.tr("Die Zahlen werden berechnet …"))

    def _build_failed(self, exc: KimError) -> None:
        text = self.tr("Der Bericht konnte nicht berechnet werden: %1")
        self.status.setText(text.replace("%1", error_text(exc)))

    def _build_finished(self) -> None:
        self.building = False
        if not is_alive(self):  # the page went away meanwhile (lock)
            return
        if self.pending:
            self.pending = False
            QTimer.singleShot(0, self, self.build_now)

    # --- showing -----------------------------------------------------------------------------------

    def show_report(self, report: Report) -> None:
        self.report = report
        self.shown_request = report.request
        self._ensure_panels(report)
        for view in report.views:
            self.panels[view.id].show_view(view)
        self.freshness.show_entries(report.freshness, report.notes)
        if self.coordinator:  # a case manager's own numbers are complete, whenever they last exported
            self.banner.show_entries(report.freshness)
        self.external_note.setVisible(report.request.external)
        if self.coordinator and not report.request.external:
            # Merged, not replaced: a report filtered to one case manager lists only that one.
            self.people.update((f.device_id, f.label) for f in report.freshness)
            self.filters.set_case_managers(sorted(self.people.items(), key=lambda pair: pair[1].casefold()))
        self.show_report_status()

    def _ensure_panels(self, report: Report) -> None:
        """One tab per view, in the report's order, before "Datenstand"; built with the first report."""
        if [v.id for v in report.views] == list(self.panels):
            for view in report.views:  # titles follow the language of the report
                self.tabs.setTabText(self.tabs.indexOf(self.panels[view.id]), view.title)
            return
        current = self.current_view() if self.panels else None
        for panel in self.panels.values():
            self.tabs.removeTab(self.tabs.indexOf(panel))
            panel.deleteLater()
        self.panels = {}
        for position, view in enumerate(report.views):
            panel = ViewPanel(self)
            panel.setObjectName(f"view_{view.id.value}")
            panel.drillDownRequested.connect(self.open_drill_down)
            self.tabs.insertTab(position, panel, view.title)
            self.panels[view.id] = panel
        if current in self.panels:
            self.tabs.setCurrentWidget(self.panels[current])
        else:
            self.tabs.setCurrentIndex(0)
        self.tabs.currentChanged.connect(self._set_tab_order, Qt.ConnectionType.UniqueConnection)
        self._set_tab_order()

    def current_view(self) -> ViewId:
        current = self.tabs.currentWidget()
        for view_id, panel in self.panels.items():
            if panel is current:
                return view_id
        return ViewId.OVERVIEW

    def show_view(self, view_id: ViewId) -> None:
        if view_id in self.panels:
            self.tabs.setCurrentWidget(self.panels[view_id])

    def show_freshness(self) -> None:
        self.tabs.setCurrentWidget(self.freshness)
        self.freshness.setFocus()

    # --- drill-down --------------------------------------------------------------------------------

    def open_drill_down(self, selector: Selector, what: str) -> None:
        if self.report is None or self.report.request.external:
            return
        vault, deployment, request = self.session.vault, self.session.deployment, self.report.request
        self.status.setText(self.tr("Die Liste wird gelesen …"))
        run_in_background(lambda: list_behind(vault, request, selector, deployment),
                          lambda drill: self._show_list(drill, what), self._list_failed, receiver=self)

    def _show_list(self, drill: Any, what: str) -> None:
        from kim_desktop.ui.reports.drill_down_dialog import DrillDownDialog

        if self.report is not None:
            self.show_report_status()
        if self.drill_dialog is not None and is_alive(self.drill_dialog):
            self.drill_dialog.close()
        self.drill_dialog = DrillDownDialog(drill, what, self)
        self.drill_dialog.open()

    def show_report_status(self) -> None:
        if self.report is None:
            return
        created = self.report.created_at
        created = created.astimezone() if created.tzinfo is not None else created
        self.status.setText(self.tr("%1 · berechnet um %2").replace("%1", self.report.district_name)
                            .replace("%2", f"{created:%H:%M:%S}"))

    def _list_failed(self, exc: KimError) -> None:
        text = self.tr("Die Liste konnte nicht gelesen werden: %1")
        self.status.setText(text.replace("%1", error_text(exc)))
