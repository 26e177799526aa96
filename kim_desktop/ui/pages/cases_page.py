"""Fälle: the case list with the client search on the left, the selected case's detail on the right.

The list is read when the page is first shown (not at unlock: the start page comes first and the
main window must fill fast) and again after every search keystroke, debounced. Its rows are plain
CaseRow values; the detail reads the one selected case.

In a pseudonymised view (a coordinator's vault, services.personal_data_view) the list has no name
or birth date, the search looks at pseudonyms only, and no client is created or searched for by
name here (the new-client form's duplicate check would list names).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from kim_desktop.domain.case_cycle import Phase
from kim_desktop.domain.pseudonym import normalise_pseudonym
from kim_desktop.errors import KimError
from kim_desktop.services import cases
from kim_desktop.services.cases import CaseRow
from kim_desktop.services.personal_data_view import PersonalDataView
from kim_desktop.ui.background import run_in_background
from kim_desktop.ui.case_detail import CaseDetailView
from kim_desktop.ui.case_detail.data import phase_label
from kim_desktop.ui.case_detail.forms import show_date
from kim_desktop.ui.client_dialog import ClientDialog, ClientDraft
from kim_desktop.ui.i18n import error_text, translate
from kim_desktop.ui.pages.base import Page
from kim_desktop.ui.qt import QObject, Qt, QtCore, QtGui, QTimer, QtWidgets, Signal, is_alive

if TYPE_CHECKING:
    from kim_desktop.ui.session import AppSession

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
LIST_LIMIT = 2000  # newest activity first; a search narrows the rest down
SEARCH_DELAY_MS = 250
LOADING_NOTE_MS = 300  # a read that takes longer says so
PSEUDONYM, NAME, BORN, MUNICIPALITY, PHASE, LAST, COUNT = range(7)
Index = QtCore.QModelIndex | QtCore.QPersistentModelIndex
ROOT = QtCore.QModelIndex()


class CaseTableModel(QtCore.QAbstractTableModel):
    def __init__(self, municipality_names: dict[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CaseRow] = []
        self.municipality_names = municipality_names
        self.headers = [self.tr("Pseudonym"), self.tr("Name"), self.tr("Geburtsdatum"), self.tr("Kommune"),
                        self.tr("Phase"), self.tr("Letzte Beratung"), self.tr("Beratungen")]

    def set_rows(self, rows: list[CaseRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, case_id: str) -> int | None:
        return next((i for i, row in enumerate(self.rows) if row.id == case_id), None)

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def _text(self, row: CaseRow, column: int) -> str:
        if column == PSEUDONYM:
            return row.pseudonym
        if column == NAME:
            return row.client_name or "–"
        if column == BORN:
            return show_date(row.birth_date)
        if column == MUNICIPALITY:
            return self.municipality_names.get(row.municipality_ags, row.municipality_ags)
        if column == PHASE:
            return phase_label(row.phase)
        if column == LAST:
            return show_date(row.last_consultation)
        return str(row.consultations)

    def _sort_key(self, row: CaseRow, column: int) -> Any:
        if column == BORN:
            return row.birth_date.isoformat() if row.birth_date else ""
        if column == LAST:
            return row.last_consultation.isoformat() if row.last_consultation else ""
        if column == PHASE:
            return Phase(row.phase).rank if row.phase in set(Phase) else 99
        if column == COUNT:
            return row.consultations
        return self._text(row, column).casefold()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return self._sort_key(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and row.closed_on is not None:
            return QtGui.QColor("#6b6b6b")  # closed cases, when shown, step back
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


@dataclass(frozen=True)
class CasesDraft:
    """Unsaved input of a form this page opened (a lock closes it), and the case shown then. The
    forms are window-modal, so at most one is open: a client form or a consultation."""

    case_id: str | None
    client: ClientDraft | None = None
    consultation: Any = None  # ui.consultation_dialog.ConsultationDraft
    consultation_case_id: str | None = None


class CasesPage(Page):
    listLoaded = Signal()  # noqa: N815 - Qt naming; the list shows the current search now

    def __init__(self, session: AppSession, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.loaded = False
        self.loading = False
        self._generation = 0  # of the list reads; only the newest one is shown
        self._wanted: str | None = None  # a case to select once the list is read
        self._narrow_if_missing = False  # ... and if it is not in it, to narrow the search to it
        self._case_for: str | None = None  # a new client's id until the "open case" dialog shows
        self._restored: QtWidgets.QDialog | None = None  # a form restored after unlock
        self.personal = PersonalDataView.of(session.vault, translate)
        pseudonymised = self.personal.pseudonymised
        self.search = QtWidgets.QLineEdit(self)
        self.search.setMaxLength(200)
        self.search.setPlaceholderText(self.tr("Pseudonym (K-XXXX-XX) – Strg+F") if pseudonymised
                                       else self.tr("Name oder Pseudonym (K-XXXX-XX) – Strg+F"))
        self.search.setClearButtonEnabled(True)
        search_label = QtWidgets.QLabel(self.tr("&Suche:"), self)
        search_label.setBuddy(self.search)
        self.include_closed = QtWidgets.QCheckBox(self.tr("auch abgeschl&ossene"), self)
        self.model = CaseTableModel({m.ags: m.name for m in session.deployment.municipalities}, self)
        self.proxy = QtCore.QSortFilterProxyModel(self)  # at most LIST_LIMIT rows: small enough
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QtWidgets.QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order: newest activity
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)  # compact rows
        self.table.horizontalHeader().setStretchLastSection(False)
        self.stretch_column = MUNICIPALITY if pseudonymised else NAME
        for column in (NAME, BORN):
            self.table.setColumnHidden(column, pseudonymised)
        self.table.horizontalHeader().setSectionResizeMode(self.stretch_column,
                                                           QtWidgets.QHeaderView.ResizeMode.Stretch)
        self.count = QtWidgets.QLabel(self)
        self.new_client_button = QtWidgets.QPushButton(self.tr("&Neue Klientin / neuer Klient …"), self)
        self.new_client_button.setToolTip(self.tr("Strg+N"))
        self.open_case_button = QtWidgets.QPushButton(self.tr("&Fall öffnen …"), self)
        self.open_case_button.setToolTip(self.tr("Einen weiteren Fall für eine schon erfasste Person öffnen"))
        self.detail = CaseDetailView(session, self)
        self.new_client_button.setVisible(not pseudonymised)
        self.open_case_button.setVisible(not pseudonymised)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self.search_timer.start)
        self.search.returnPressed.connect(self.reload)
        self.include_closed.toggled.connect(self.reload)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.new_client_button.clicked.connect(self.new_client)
        self.open_case_button.clicked.connect(self.open_case_for_existing)
        self.detail.changed.connect(self._case_changed)
        for keys, slot in (("Ctrl+F", self.focus_search), ("Ctrl+N", self.new_client)):
            shortcut = QtGui.QShortcut(QtGui.QKeySequence(keys), self)
            shortcut.activated.connect(slot)

        # The list above the detail: both are wide (seven columns each), the screen is wider than high.
        top_row = QtWidgets.QHBoxLayout()
        top_row.addWidget(search_label)
        top_row.addWidget(self.search, 1)
        top_row.addWidget(self.include_closed)
        top_row.addSpacing(24)
        top_row.addWidget(self.new_client_button)
        top_row.addWidget(self.open_case_button)
        top = QtWidgets.QWidget(self)
        top_layout = QtWidgets.QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(top_row)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.count)
        self.splitter = QtWidgets.QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.detail)
        self.splitter.setChildrenCollapsible(False)
        row_height = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(row_height * 7)  # a handful of rows even on a small screen
        self.splitter.setSizes([row_height * 14, row_height * 23])
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        QtWidgets.QWidget.setTabOrder(self.search, self.include_closed)
        QtWidgets.QWidget.setTabOrder(self.include_closed, self.table)
        QtWidgets.QWidget.setTabOrder(self.table, self.new_client_button)
        QtWidgets.QWidget.setTabOrder(self.new_client_button, self.open_case_button)

    # --- the list ------------------------------------------------------------------------------

    def showEvent(self, event: QtGui.QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self.loaded:
            # Not at once: clearing the navigation at a lock shows every page for a moment, and a
            # read started then would hold up the lock.
            QTimer.singleShot(0, self, self._first_read)

    def _first_read(self) -> None:
        if self.isVisible() and not self.loaded:
            self.reload()

    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        """Reads the list for the search text off the GUI thread (a broad search over 100 000
        consultations takes a second); the selected case stays selected if still listed."""
        self.search_timer.stop()
        self.loaded = True
        self.loading = True
        self._generation += 1
        vault, text, closed = self.session.vault, self.search.text(), self.include_closed.isChecked()
        view = self.personal

        def read() -> list[CaseRow]:
            with vault.reader() as db:
                rows = cases.case_rows(db, text=text, include_closed=closed, limit=LIST_LIMIT,
                                       pseudonymised=view.pseudonymised)
            return [view.case_row(row) for row in rows]

        run_in_background(read, partial(self._rows_read, self._generation), self._read_failed, receiver=self)
        QTimer.singleShot(LOADING_NOTE_MS, self, self._note_loading)

    def _note_loading(self) -> None:
        if self.loading:
            self.count.setText(self.tr("Die Liste wird gelesen …"))

    def _read_failed(self, exc: KimError) -> None:
        self.loading = False
        self.count.setText(error_text(exc))
        self.listLoaded.emit()

    def _rows_read(self, generation: int, rows: list[CaseRow]) -> None:
        if generation != self._generation:
            return  # a newer search is under way
        self.loading = False
        current = self._wanted or self.detail.case_id
        narrow = self._narrow_if_missing and self._wanted is not None
        self._wanted, self._narrow_if_missing = None, False
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(self.stretch_column,
                                                           QtWidgets.QHeaderView.ResizeMode.Stretch)
        if len(rows) >= LIST_LIMIT:
            self.count.setText(self.tr("Die %1 Fälle mit der jüngsten Beratung; die Suche grenzt weiter ein.")
                               .replace("%1", str(len(rows))))
        elif len(rows) == 1:
            self.count.setText(self.tr("1 Fall"))
        else:
            self.count.setText(self.tr("%1 Fälle").replace("%1", str(len(rows))))
        if current is None or not self._select_row(current):
            if narrow and current is not None and self._narrow_to(current):
                return  # the list is read once more; that read tells listLoaded
            # The shown case left the list; the detail stays until another one is chosen.
            self.table.clearSelection()
        self.listLoaded.emit()

    def _select_row(self, case_id: str) -> bool:
        row = self.model.row_of(case_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def _current_changed(self, current: QtCore.QModelIndex, _previous: QtCore.QModelIndex) -> None:
        # Only a case the user picks is shown (never the first one by itself): the person sitting
        # at the desk should not see somebody else's case when the section opens.
        case_id = current.data(ID_ROLE) if current.isValid() else None
        if case_id is not None and case_id != self.detail.case_id:
            self.detail.load(case_id)

    def _case_changed(self, _case_id: str) -> None:
        """The detail stored something: the list row (name, phase, count) follows. A case that
        leaves the list (closed while closed ones are hidden) stays in the detail."""
        self.reload()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # --- opening a case from anywhere ----------------------------------------------------------

    def show_case(self, case_id: str) -> bool:
        """Shows the case and selects it in the list, even when it is closed or outside the current
        search: then the search shows this person's cases. False when the case does not exist."""
        if not self.detail.load(case_id):
            return False
        if self.loaded and not self.loading:
            if not self._select_row(case_id):
                self._narrow_to(case_id)
        else:  # the list is being read: select the case in it then, or narrow the search to it
            self._wanted, self._narrow_if_missing = case_id, True
            if not self.loading:
                self.reload()
        return True

    def _narrow_to(self, case_id: str) -> bool:
        """The search shows the person of the shown case (closed cases included if it is closed);
        False when that case is no longer shown."""
        if self.detail.data is None or self.detail.case_id != case_id:
            return False
        self.search.blockSignals(True)  # one reload below, not one per change
        self.include_closed.blockSignals(True)
        self.search.setText(self.detail.data.client.pseudonym)
        if self.detail.data.closed:
            self.include_closed.setChecked(True)
        self.search.blockSignals(False)
        self.include_closed.blockSignals(False)
        self._wanted, self._narrow_if_missing = case_id, False
        self.reload()
        return True

    # --- new clients and cases -----------------------------------------------------------------

    def new_client(self) -> ClientDialog | None:
        if self.personal.pseudonymised:
            return None
        dialog = ClientDialog(self.session, parent=self)
        self._connect_client_dialog(dialog)
        return self._open(dialog)

    def _connect_client_dialog(self, dialog: ClientDialog) -> None:
        # Bound methods only, never lambdas holding this page: see CaseTab.stored.
        dialog.clientCreated.connect(self._offer_case)
        dialog.existingChosen.connect(self._existing_chosen)
        dialog.clientSaved.connect(self.detail.reload_and_tell)

    def _open(self, dialog: QtWidgets.QDialog) -> Any:
        # open(), not exec(): no nested event loop, so a lock can close the dialog and destroy the page.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _offer_case(self, client_id: str) -> None:
        """A new person: the case usually follows at once (once the client form has closed)."""
        self._case_for = client_id
        QTimer.singleShot(0, self, self._open_pending_case)

    def _open_pending_case(self) -> None:
        if self._case_for is not None:
            client_id, self._case_for = self._case_for, None
            self.open_case_for(client_id)

    def _existing_chosen(self, client_id: str) -> None:
        """The person exists: show their open case, or offer to open one."""
        with self.session.vault.reader() as db:
            open_cases = cases.case_rows(db, client_id=client_id)
        if open_cases:
            self.show_case(open_cases[0].id)
        else:
            self._offer_case(client_id)

    def open_case_for(self, client_id: str) -> QtWidgets.QDialog:
        from kim_desktop.ui.case_detail.open_case_dialog import OpenCaseDialog

        dialog = OpenCaseDialog(self.session, client_id, parent=self)
        dialog.opened.connect(self._case_opened)
        return self._open(dialog)

    def open_case_for_existing(self) -> QtWidgets.QDialog | None:
        from kim_desktop.ui.case_detail.open_case_dialog import OpenCaseDialog

        if self.personal.pseudonymised:
            return None
        text = self.search.text() if normalise_pseudonym(self.search.text()) is None else ""
        dialog = OpenCaseDialog(self.session, search_text=text.strip(), parent=self)
        dialog.opened.connect(self._case_opened)
        return self._open(dialog)

    def _case_opened(self, case_id: str) -> None:
        self.show_case(case_id)

    # --- lock ----------------------------------------------------------------------------------

    def draft(self) -> CasesDraft | None:
        """The client form or consultation with unsaved input. The short case dialogs (phase,
        goal, consent, new case) are not kept: they hold a few choices, retyped in seconds."""
        for dialog in self.findChildren(ClientDialog):
            if is_alive(dialog) and (client := dialog.draft()) is not None:
                return CasesDraft(self.detail.case_id, client=client)
        # Not imported here at lock time: if its module was never loaded, no consultation is open.
        entry_module = sys.modules.get("kim_desktop.ui.consultation_dialog")
        entries = self.findChildren(entry_module.ConsultationDialog) if entry_module is not None else []
        for entry in entries:
            if is_alive(entry) and (consultation := entry.draft()) is not None:
                return CasesDraft(self.detail.case_id, consultation=consultation,
                                  consultation_case_id=entry.case_id)
        return None

    def restore_draft(self, draft: CasesDraft) -> None:
        if draft.case_id is not None:
            self.show_case(draft.case_id)
        try:
            dialog = self._client_form(draft.client) if draft.client is not None else \
                self._consultation_form(draft)
        except KimError:  # the record was deleted meanwhile (retention): nothing left to edit
            return
        self._restored = dialog
        QTimer.singleShot(0, self, self._show_restored)  # once the main window is up again

    def _client_form(self, draft: ClientDraft) -> QtWidgets.QDialog:
        dialog = ClientDialog(self.session, draft.client_id, parent=self)
        dialog.restore_draft(draft)
        self._connect_client_dialog(dialog)
        return dialog

    def _consultation_form(self, draft: CasesDraft) -> QtWidgets.QDialog | None:
        from kim_desktop.ui.consultation_dialog import ConsultationDialog

        if draft.consultation is None or draft.consultation_case_id is None:
            return None
        dialog = ConsultationDialog(self.session, draft.consultation_case_id,
                                    consultation_id=draft.consultation.consultation_id, parent=self.detail)
        dialog.restore_draft(draft.consultation)
        dialog.saved.connect(self.detail.reload_and_tell)
        return dialog

    def _show_restored(self, *_revealed: str) -> None:
        """The form comes back as it was; in a pseudonymised view only once the reason is stated
        again (the lock hid the person): cancelling that drops the form."""
        if self._restored is not None and is_alive(self._restored):
            if self.detail.data is not None and self.detail.data.hidden:
                reveal = self.detail.reveal_personal_data()
                if reveal is not None:
                    reveal.revealed.connect(self._show_restored)
                    reveal.rejected.connect(self._drop_restored)
                    return
            self._open(self._restored)
        self._restored = None

    def _drop_restored(self) -> None:
        if self._restored is not None and is_alive(self._restored):
            self._restored.deleteLater()
        self._restored = None
