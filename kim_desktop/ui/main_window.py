"""The main window: role-based navigation on the left, the chosen section on the right."""

from __future__ import annotations

import html
import logging
from typing import Any

from kim_desktop import __version__
from kim_desktop.ui.i18n import translate
from kim_desktop.ui.pages.base import Page, sections_for
from kim_desktop.ui.qt import Qt, QtCore, QtGui, QtWidgets, Signal
from kim_desktop.ui.sections import register_builtin_sections
from kim_desktop.ui.session import AppSession
from kim_desktop.ui.titles import window_title

log = logging.getLogger(__name__)
GEOMETRY_KEY = "main_window/geometry"


class MainWindow(QtWidgets.QMainWindow):
    lockRequested = Signal()  # noqa: N815 - Qt naming
    settingsChanged = Signal()  # noqa: N815

    def __init__(self, session: AppSession) -> None:
        super().__init__()
        self.session = session
        self.setWindowTitle(window_title(self.tr("KIM Desktop"), session.demo))
        self.navigation = QtWidgets.QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(200)
        self.navigation.setStyleSheet("QListWidget#navigation::item { padding: 8px; }")
        self.stack = QtWidgets.QStackedWidget(self)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        central = QtWidgets.QWidget(self)
        layout = QtWidgets.QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        role_text = translate("Role", session.vault.profile.role.label)
        self.statusBar().addPermanentWidget(QtWidgets.QLabel(
            ("DEMO · " if session.demo else "") + role_text, self))
        self.pages: dict[str, Page] = {}
        self._section_shortcuts: dict[str, QtGui.QShortcut] = {}
        self._last_row = 0
        register_builtin_sections()
        self.build_pages()
        self._restore_geometry()

    # --- pages ----------------------------------------------------------------------------

    def build_pages(self, drafts: dict[str, Any] | None = None) -> None:
        for index, section in enumerate(sections_for(self.session.vault.profile.role)):
            page = section.factory(self.session)
            page.setObjectName(f"page_{section.key}")
            self.pages[section.key] = page
            self.stack.addWidget(page)
            item = QtWidgets.QListWidgetItem(translate("Navigation", section.title), self.navigation)
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            if index < 10:
                item.setToolTip(f"Ctrl+{(index + 1) % 10}")
            elif section.shortcut:
                item.setToolTip(section.shortcut)
            if section.shortcut:
                self._section_shortcut(section.shortcut, section.key)
            if drafts and section.key in drafts:
                page.restore_draft(drafts[section.key])
            page.profileChanged.connect(self._profile_changed)
            page.openCaseRequested.connect(self.open_case)
        self.navigation.setCurrentRow(min(self._last_row, self.navigation.count() - 1))

    def _section_shortcut(self, keys: str, section_key: str) -> None:
        """A section's own shortcut (past the tenth, Ctrl+digit is used up); made once per window."""
        if keys not in self._section_shortcuts:
            shortcut = QtGui.QShortcut(QtGui.QKeySequence(keys), self)
            shortcut.activated.connect(lambda: self.select_section(section_key))
            self._section_shortcuts[keys] = shortcut

    def page_drafts(self) -> dict[str, Any]:
        """The unsaved input of each page that has some (also in the dialogs a page opened)."""
        return {key: draft for key, page in self.pages.items() if (draft := page.draft()) is not None}

    def clear_pages(self) -> dict[str, Any]:
        """Destroy every page (and the data it shows), returning the unsaved input of each."""
        drafts = self.page_drafts()
        self._last_row = max(0, self.navigation.currentRow())
        self.navigation.clear()
        # Hidden while emptied: removing the current page makes the stack show the next one, and a page
        # that reads its data when shown would start work for a window about to be cleared.
        self.stack.hide()
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.hide()
            page.setParent(None)  # out of the window now; freed at once when nothing else holds it
            page.deleteLater()
        self.pages.clear()
        self.stack.show()
        return drafts

    def _profile_changed(self) -> None:
        """Other pages show the new name or municipalities; their unsaved input stays."""
        for page in self.pages.values():
            page.profile_changed()

    def open_case(self, case_id: str) -> None:
        """Any page can ask for a case (consultation list, follow-ups): shown in the "cases" section."""
        page = self.pages.get("cases")
        if page is not None:
            self.select_section("cases")
            page.show_case(case_id)  # type: ignore[attr-defined]

    def select_section(self, key: str) -> None:
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.navigation.setCurrentRow(row)

    # --- menus ----------------------------------------------------------------------------

    def _action(self, menu: QtWidgets.QMenu, text: str, slot: Any, shortcut: Any = None) -> QtGui.QAction:
        action = menu.addAction(text)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QtGui.QKeySequence(shortcut))
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Datei"))
        self.lock_action = self._action(file_menu, self.tr("&Sperren"), self.lockRequested.emit, "Ctrl+L")
        self.password_action = self._action(file_menu, self.tr("Passwort &ändern …"), self.change_password)
        self.session.gate.busyChanged.connect(lambda busy: self.password_action.setEnabled(not busy))
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Beenden"), self.close, QtGui.QKeySequence.StandardKey.Quit)
        extras = bar.addMenu(self.tr("&Extras"))
        self._action(extras, self.tr("&Einstellungen …"), self.open_settings, "Ctrl+,")
        help_menu = bar.addMenu(self.tr("&Hilfe"))
        self._action(help_menu, self.tr("Ü&ber KIM Desktop"), self.about)
        for number in range(1, 11):  # Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth section
            shortcut = QtGui.QShortcut(QtGui.QKeySequence(f"Ctrl+{number % 10}"), self)
            shortcut.activated.connect(lambda row=number - 1: self._go(row))

    def _go(self, row: int) -> None:
        if row < self.navigation.count():
            self.navigation.setCurrentRow(row)

    def change_password(self) -> None:
        from kim_desktop.ui.change_password_dialog import ChangePasswordDialog

        if not self.session.gate.busy:
            ChangePasswordDialog(self.session, self).exec()

    def open_settings(self) -> None:
        from kim_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.session.settings, self, vault=self.session.vault, demo=self.session.demo,
                                gate=self.session.gate)
        if dialog.exec():
            for page in self.pages.values():
                page.settings_changed()
            self.settingsChanged.emit()

    def about(self) -> None:
        import sqlcipher3

        conn_version = sqlcipher3.sqlite_version
        QtWidgets.QMessageBox.about(self, self.tr("Über KIM Desktop"), self.tr(
            "<h3>KIM Desktop %1</h3><p>Fallarbeit im Kommunalen Integrationsmanagement: "
            "verschlüsselt, offline, Abgleich per Exportdatei.</p>"
            "<p>Qt %2 · SQLite %3 (SQLCipher) · %4</p>"
            "<p>Einsatzkonfiguration: %5<br>Installation prüfen: <tt>kim-desktop self-check</tt></p>")
            .replace("%1", __version__).replace("%2", QtCore.qVersion()).replace("%3", conn_version)
            .replace("%4", self.session.deployment.district_name)
            .replace("%5", html.escape(self.session.deployment.source)))

    # --- window state ---------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        saved = QtCore.QSettings().value(GEOMETRY_KEY)
        if isinstance(saved, QtCore.QByteArray) and self.restoreGeometry(saved):
            return
        self.resize(1100, 720)

    def save_geometry(self) -> None:
        QtCore.QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.save_geometry()
        unsaved = [key for key, page in self.pages.items() if page.draft() is not None]
        if unsaved:
            answer = QtWidgets.QMessageBox.question(
                self, self.tr("Nicht gespeichert"),
                self.tr("Es gibt nicht gespeicherte Eingaben. Trotzdem beenden?"),
                QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.No,
                QtWidgets.QMessageBox.StandardButton.No)
            if answer != QtWidgets.QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        super().closeEvent(event)
