"""Austausch: sync by export files (DESIGN §4). What the page offers depends on the vault's role:
a case manager exports for the Kreis and reads feedback; a coordinator imports, keeps the device
registry, looks at conflicts and the import log, and writes feedback. Both manage keys.

Each tab reads its data when it is shown (never at unlock); long work runs in the background.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kim_desktop.domain.roles import Role
from kim_desktop.ui.exchange.conflicts_tab import ConflictsTab
from kim_desktop.ui.exchange.devices_tab import DevicesTab
from kim_desktop.ui.exchange.export_tab import ExportTab
from kim_desktop.ui.exchange.feedback_tab import FeedbackTab
from kim_desktop.ui.exchange.import_log_tab import ImportLogTab
from kim_desktop.ui.exchange.import_tab import ImportTab
from kim_desktop.ui.exchange.keys_tab import KeysTab
from kim_desktop.ui.pages.base import Page
from kim_desktop.ui.qt import QtWidgets

if TYPE_CHECKING:
    from kim_desktop.ui.session import AppSession


class ExchangePage(Page):
    def __init__(self, session: AppSession, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(session, parent)
        heading = QtWidgets.QLabel(self.tr("Austausch"), self)
        heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.tabs = QtWidgets.QTabWidget(self)
        self.tabs.setObjectName("exchange_tabs")
        if session.vault.profile.role is Role.COORDINATOR:
            self.import_tab = ImportTab(session, with_preview=True, parent=self.tabs)
            self.devices_tab = DevicesTab(session, self.tabs)
            self.conflicts_tab = ConflictsTab(session, self.tabs)
            self.log_tab = ImportLogTab(session, self.tabs)
            self.feedback_tab = FeedbackTab(session, self.tabs)
            self.tabs.addTab(self.import_tab, self.tr("&Import"))
            self.tabs.addTab(self.devices_tab, self.tr("&Geräte"))
            self.tabs.addTab(self.conflicts_tab, self.tr("&Konflikte"))
            self.tabs.addTab(self.log_tab, self.tr("Import&protokoll"))
            self.tabs.addTab(self.feedback_tab, self.tr("&Rückmeldungen schreiben"))
        else:
            self.export_tab = ExportTab(session, self.tabs)
            self.import_tab = ImportTab(session, with_preview=False, parent=self.tabs)
            self.tabs.addTab(self.export_tab, self.tr("E&xport für den Kreis"))
            self.tabs.addTab(self.import_tab, self.tr("&Rückmeldungen einlesen"))
        self.keys_tab = KeysTab(session, self.tabs)
        self.tabs.addTab(self.keys_tab, self.tr("&Schlüssel"))
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)

    def show_tab(self, tab: QtWidgets.QWidget) -> None:
        self.tabs.setCurrentWidget(tab)
