"""The coordinator's escalations: "Eingang" (every escalation imported from the case managers,
filtered, with details, review and merge) and "Lenkungsgruppe" (meetings, agenda, decisions).

The lists are short (tens, at most a few hundred escalations), so they are read on the GUI thread
when the widget is shown or something changed; filters by status, municipality, legal domain and
urgency go to the service, the title filter narrows what it returned.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kim_desktop.domain.escalation_status import URGENCY_LABELS, Status, Urgency
from kim_desktop.domain.roles import Role
from kim_desktop.errors import KimError
from kim_desktop.services import escalations
from kim_desktop.services.master_data import labels
from kim_desktop.storage.master_data_tables import AGENCY, LEGAL_DOMAIN
from kim_desktop.ui.escalations.agenda_view import SteeringGroupView
from kim_desktop.ui.escalations.inbox_detail import InboxDetailView
from kim_desktop.ui.escalations.merge_dialog import MergeDialog
from kim_desktop.ui.escalations.review_dialog import ReviewDialog, delivery_note, status_text
from kim_desktop.ui.i18n import error_text, translate
from kim_desktop.ui.models.escalation_table_model import (
    CHANGED,
    ID_ROLE,
    SORT_ROLE,
    TITLE,
    EscalationTableModel,
    Labels,
)
from kim_desktop.ui.pages.consultation_list_page import legal_domain_labels
from kim_desktop.ui.qt import QCoreApplication, Qt, QtCore, QtGui, QtWidgets

if TYPE_CHECKING:
    from kim_desktop.services.escalations import EscalationRow
    from kim_desktop.ui.session import AppSession

OPEN = "open"  # the status filter's first choice: everything not ended
ALL = "all"
ERROR_STYLE = "color: #b00020;"
STATUS_CHOICES = (Status.SUBMITTED, Status.IN_REVIEW, Status.STEERING_GROUP, Status.RESOLVED,
                  Status.UNSOLVABLE, Status.WITHDRAWN)


class CoordinatorInbox(QtWidgets.QWidget):
    def __init__(self, app_session: AppSession, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = app_session
        self.names = {m.ags: m.name for m in app_session.deployment.municipalities}
        self.labels = Labels(municipalities=self.names)
        self.agencies: dict[str, str] = {}
        self.domain_names: dict[str, str] = {}  # code → full label (the table shows the short form)
        self.all_rows: list[EscalationRow] = []
        self.tabs = QtWidgets.QTabWidget(self)
        self.tabs.setObjectName("escalation_tabs")
        inbox = QtWidgets.QWidget(self.tabs)
        self._build_inbox(inbox)
        self.steering = SteeringGroupView(app_session, self.tabs)
        self.steering.changed.connect(self.refresh_inbox)
        self.tabs.addTab(inbox, self.tr("&Eingang"))
        self.tabs.addTab(self.steering, self.tr("&Lenkungsgruppe"))
        self.tabs.currentChanged.connect(lambda _index: self._tab_shown())
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._loaded = False

    # --- building ---------------------------------------------------------------------------------

    def _build_inbox(self, inbox: QtWidgets.QWidget) -> None:
        self.status_filter = QtWidgets.QComboBox(inbox)
        self.status_filter.addItem(self.tr("alle offenen"), OPEN)
        self.status_filter.addItem(self.tr("alle"), ALL)
        for status in STATUS_CHOICES:
            self.status_filter.addItem(status_text(status), str(status))
        self.municipality_filter = QtWidgets.QComboBox(inbox)
        self.municipality_filter.addItem(self.tr("alle Kommunen"), None)
        for ags, name in sorted(self.names.items(), key=lambda pair: pair[1].casefold()):
            self.municipality_filter.addItem(name, ags)
        self.domain_filter = QtWidgets.QComboBox(inbox)
        self.urgency_filter = QtWidgets.QComboBox(inbox)
        self.urgency_filter.addItem(self.tr("alle"), None)
        for urgency in Urgency:
            self.urgency_filter.addItem(translate("EscalationStatus", URGENCY_LABELS[urgency]), str(urgency))
        self.title_filter = QtWidgets.QLineEdit(inbox)
        self.title_filter.setPlaceholderText(self.tr("Titel enthält …"))
        self.title_filter.setClearButtonEnabled(True)
        filters = QtWidgets.QHBoxLayout()
        for text, widget in ((self.tr("&Status:"), self.status_filter),
                             (self.tr("&Kommune:"), self.municipality_filter),
                             (self.tr("&Rechtskreis:"), self.domain_filter),
                             (self.tr("&Dringlichkeit:"), self.urgency_filter),
                             (self.tr("&Titel:"), self.title_filter)):
            label = QtWidgets.QLabel(text, inbox)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget, 2 if widget is self.title_filter else 0)
        for combo in (self.status_filter, self.municipality_filter, self.urgency_filter):
            combo.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToContents)
        # The legal domains' full names are long: the open list shows them whole.
        self.domain_filter.setSizeAdjustPolicy(
            QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.domain_filter.setMinimumContentsLength(18)
        wide = self.domain_filter.fontMetrics().horizontalAdvance("x" * 60)
        self.domain_filter.view().setMinimumWidth(wide)
        for combo in (self.status_filter, self.municipality_filter, self.domain_filter, self.urgency_filter):
            combo.currentIndexChanged.connect(lambda _index: self.refresh_inbox())
        self.title_filter.textChanged.connect(lambda _text: self._show_rows())

        self.model = EscalationTableModel(self.labels, self)
        self.proxy = QtCore.QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QtWidgets.QTableView(inbox)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Meldungen"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CHANGED, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        # Long titles would squeeze every other column: a fixed start width, widened by dragging.
        header.setSectionResizeMode(TITLE, QtWidgets.QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(TITLE, self.table.fontMetrics().horizontalAdvance("x" * 34))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.activated.connect(lambda _index: self.review_selected())
        self.empty = QtWidgets.QLabel(inbox)
        self.empty.setWordWrap(True)
        self.count_label = QtWidgets.QLabel(inbox)

        self.detail = InboxDetailView(inbox)
        self.review_button = QtWidgets.QPushButton(self.tr("Status ändern / Rück&meldung …"), inbox)
        self.merge_button = QtWidgets.QPushButton(self.tr("&Zusammenführen …"), inbox)
        self.merge_button.setToolTip(self.tr("Zwei oder mehr Meldungen in der Tabelle auswählen "
                                             "(Strg+Klick oder Umschalt+Pfeiltasten)."))
        self.review_button.clicked.connect(self.review_selected)
        self.merge_button.clicked.connect(self.merge_selected)
        self.message = QtWidgets.QLabel(inbox)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        left = QtWidgets.QWidget(inbox)
        left_layout = QtWidgets.QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.empty)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)
        right = QtWidgets.QWidget(inbox)
        right_layout = QtWidgets.QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail, 1)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.review_button)
        buttons.addWidget(self.merge_button)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        right_layout.addWidget(delivery_note(right))
        splitter = QtWidgets.QSplitter(Qt.Orientation.Horizontal, inbox)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([720, 480])
        layout = QtWidgets.QVBoxLayout(inbox)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        refresh_keys = QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.Refresh)  # F5
        reload = QtGui.QShortcut(refresh_keys, self, self.refresh)
        reload.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._update_buttons()

    # --- reading ----------------------------------------------------------------------------------

    def showEvent(self, event: QtGui.QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not event.spontaneous() and not self._loaded:
            self.refresh()

    def _tab_shown(self) -> None:
        if self.tabs.currentWidget() is self.steering:
            self.steering.refresh()
        else:
            self.refresh_inbox()

    def refresh(self) -> None:
        """Read everything again: catalogues, the inbox and the meetings."""
        self._loaded = True
        with self.session.vault.reader() as db:
            self.domain_names = labels(db, LEGAL_DOMAIN, QCoreApplication.translate)
            self.agencies = labels(db, AGENCY, QCoreApplication.translate)
            active_domains, short_domains = legal_domain_labels(db)
        urgencies = {str(u): translate("EscalationStatus", URGENCY_LABELS[u]) for u in Urgency}
        self.labels = Labels(self.names, short_domains, urgencies)
        self._fill_domains(active_domains)
        self.refresh_inbox()
        self.steering.refresh()

    def _fill_domains(self, items: list[tuple[str, str]]) -> None:
        keep = self.domain_filter.currentData()
        self.domain_filter.blockSignals(True)
        self.domain_filter.clear()
        self.domain_filter.addItem(self.tr("alle Rechtskreise"), None)
        for code, text in items:
            self.domain_filter.addItem(text, code)
        self.domain_filter.setCurrentIndex(max(self.domain_filter.findData(keep), 0))
        self.domain_filter.blockSignals(False)

    def refresh_inbox(self) -> None:
        status_choice = self.status_filter.currentData()
        status = Status(status_choice) if status_choice not in (OPEN, ALL, None) else None
        try:
            with self.session.vault.reader() as db:
                rows = escalations.escalation_rows(
                    db, status=status, municipality=self.municipality_filter.currentData(),
                    legal_domain=self.domain_filter.currentData(), urgency=self.urgency_filter.currentData())
        except KimError as exc:
            self.show_message(error_text(exc), error=True)
            return
        if status_choice == OPEN:
            rows = [row for row in rows if not row.status.ended and row.status is not Status.DRAFT]
        self.all_rows = rows
        self._show_rows()

    def _show_rows(self) -> None:
        kept = set(self.selected_ids())
        needle = self.title_filter.text().strip().casefold()
        rows = [row for row in self.all_rows if needle in row.title.casefold()] if needle else self.all_rows
        self.model.set_rows(rows, self.labels)
        selection = self.table.selectionModel()
        for number in range(self.proxy.rowCount()):
            index = self.proxy.index(number, 0)
            if index.data(ID_ROLE) in kept:
                selection.select(index, QtCore.QItemSelectionModel.SelectionFlag.Select
                                 | QtCore.QItemSelectionModel.SelectionFlag.Rows)
        if not selection.hasSelection() and self.proxy.rowCount():
            # The first row at once: its details show, and the arrow keys start from there.
            self.table.selectRow(0)
        self.empty.setText(self.tr("Keine Meldungen zu diesen Filtern.") if self.all_rows or needle
                           else self.tr("Noch keine Meldungen eingegangen. Meldungen kommen mit den Exporten "
                                        "der Case Manager (Austausch → Import)."))
        self.empty.setVisible(not rows)
        self.count_label.setText(self.tr("%n Meldung(en)", "", len(rows)))
        self._selection_changed()

    # --- selection and detail -------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        if not hasattr(self, "table"):
            return []
        return [index.data(ID_ROLE) for index in self.table.selectionModel().selectedRows()]

    def selected_rows(self) -> list[EscalationRow]:
        wanted = set(self.selected_ids())
        return [row for row in self.model.rows if row.id in wanted]

    def select(self, escalation_ids: list[str]) -> None:
        """Select these rows (tests and after an action); the first becomes current."""
        selection = self.table.selectionModel()
        selection.clearSelection()
        first = None
        for number in range(self.proxy.rowCount()):
            index = self.proxy.index(number, 0)
            if index.data(ID_ROLE) in escalation_ids:
                selection.select(index, QtCore.QItemSelectionModel.SelectionFlag.Select
                                 | QtCore.QItemSelectionModel.SelectionFlag.Rows)
                first = first or index
        if first is not None:
            selection.setCurrentIndex(first, QtCore.QItemSelectionModel.SelectionFlag.NoUpdate)

    def _selection_changed(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            try:
                with self.session.vault.reader() as db:
                    detail = escalations.escalation_detail(db, ids[0], Role.COORDINATOR)
            except KimError as exc:
                self.show_message(error_text(exc), error=True)
                self.detail.show_nothing()
            else:
                self.detail.show_detail(detail, self.labels, self.agencies, self.domain_names)
        else:
            self.detail.show_nothing(len(ids))
        self._update_buttons()

    def _update_buttons(self) -> None:
        count = len(self.selected_ids())
        self.review_button.setEnabled(count == 1)
        self.merge_button.setEnabled(count >= 2)

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else "")

    # --- actions ----------------------------------------------------------------------------------

    def review_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        try:
            with self.session.vault.reader() as db:
                detail = escalations.escalation_detail(db, ids[0], Role.COORDINATOR)
        except KimError as exc:
            self.show_message(error_text(exc), error=True)
            return
        dialog = ReviewDialog(self.session, detail, self)
        try:
            if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
                return
        finally:
            dialog.deleteLater()
        self.refresh_inbox()
        self.select(ids)
        self.show_message(self.tr("Gespeichert. Die Rückmeldung geht mit dem nächsten Rückmeldungspaket an "
                                  "die Verfasserin oder den Verfasser."))
        self.table.setFocus()

    def merge_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) < 2:
            return
        dialog = MergeDialog(self.session, rows, self.names, self)
        try:
            if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
                return
            primary = dialog.primary().id
        finally:
            dialog.deleteLater()
        self.refresh_inbox()
        self.select([primary])
        self.show_message(self.tr("%n Meldung(en) zusammengeführt.", "", len(rows)))
        self.table.setFocus()
