"""Datenschutz: clients past the retention period (and deleting them for good), the Art. 15
access request and the pseudonymised statistics export.

A case manager's vault holds their own clients: the retention list and the person search for the
access request show names. A coordinator's views are pseudonymised (services.personal_data_view,
DESIGN.md §4): the list has no name column, the search finds a client by the whole pseudonym only
(a search by name would tell who is stored) and shows no name or birth date; the access request
then asks for the reason (ui.access_request_action). Deleting, the PDF and the export run as vault
tasks through the session's JobGate, one at a time.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kim_desktop.domain.dates import format_date, parse_date
from kim_desktop.domain.pseudonym import normalise_pseudonym
from kim_desktop.errors import KimError
from kim_desktop.services.personal_data_view import PersonalDataView
from kim_desktop.services.retention import DeletionResult, RetentionRow
from kim_desktop.ui.i18n import error_text, translate
from kim_desktop.ui.pages.base import Page
from kim_desktop.ui.qt import QCoreApplication, Qt, QtCore, QtGui, QtWidgets

if TYPE_CHECKING:
    from kim_desktop.reports.statistics_export import StatisticsResult
    from kim_desktop.services.clients import ClientHit
    from kim_desktop.ui.session import AppSession

DELETE_JOB, STATISTICS_JOB = "retention-delete", "statistics-export"
ERROR_STYLE = "color: #b00020;"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class RetentionModel(QtCore.QAbstractTableModel):
    """The clients due for deletion (a short list: held in full)."""

    PSEUDONYM, NAME, CASES, CLOSED_ON, DUE_SINCE = range(5)

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RetentionRow] = []
        self.headers = [self.tr("Pseudonym"), self.tr("Name"), self.tr("Fälle"), self.tr("Abgeschlossen am"),
                        self.tr("Fällig seit")]

    def set_rows(self, rows: list[RetentionRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QtCore.QModelIndex | None = None) -> int:  # noqa: N802 - Qt override
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: QtCore.QModelIndex | None = None) -> int:  # noqa: N802 - Qt override
        return 0 if parent is not None and parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QtCore.QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == ID_ROLE:
            return row.client_id
        values: list[Any] = [row.pseudonym, row.full_name, row.case_count, row.closed_on, row.due_since]
        value = values[column]
        if role == SORT_ROLE:
            return value.isoformat() if isinstance(value, dt.date) else value
        if role == Qt.ItemDataRole.DisplayRole:
            return format_date(value) if isinstance(value, dt.date) else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.CASES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class PrivacyPage(Page):
    def __init__(self, session: AppSession, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.personal = PersonalDataView.of(session.vault, translate)
        heading = QtWidgets.QLabel(self.tr("Datenschutz"), self)
        heading.setStyleSheet("font-size: 18pt; font-weight: 600;")

        years = session.deployment.policy.retention_years
        retention = QtWidgets.QGroupBox(self.tr("Aufbewahrungsfrist abgelaufen"), self)
        # Two strings, not one with %n: the German source text would read "3 Jahr(en)".
        period = self.tr("einem Jahr") if years == 1 else self.tr("%1 Jahren").replace("%1", str(years))
        explanation = QtWidgets.QLabel(self.tr(
            "Personen, deren Fälle alle abgeschlossen sind, der letzte vor mindestens %1 "
            "(Aufbewahrungsfrist). Endgültiges Löschen entfernt ihre Stammdaten, Fälle, Ziele, "
            "Einwilligungen und Beratungen unwiderruflich aus der Datendatei; übrig bleibt nur ein leerer "
            "Löschvermerk für den Abgleich.").replace("%1", period), retention)
        explanation.setWordWrap(True)
        self.model = RetentionModel(self)
        self.proxy = QtCore.QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QtWidgets.QTableView(retention)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(RetentionModel.DUE_SINCE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnHidden(RetentionModel.NAME, self.personal.pseudonymised)
        stretch = RetentionModel.DUE_SINCE if self.personal.pseudonymised else RetentionModel.NAME
        header.setSectionResizeMode(stretch, QtWidgets.QHeaderView.ResizeMode.Stretch)
        self.table.setAlternatingRowColors(True)
        table_label = QtWidgets.QLabel(self.tr("&Fällig zur Löschung:"), retention)
        table_label.setBuddy(self.table)
        self.count = QtWidgets.QLabel(retention)
        self.delete_button = QtWidgets.QPushButton(self.tr("Endgültig &löschen …"), retention)
        self.refresh_button = QtWidgets.QPushButton(self.tr("Liste a&ktualisieren"), retention)
        self.delete_shortcut = QtGui.QShortcut(QtGui.QKeySequence.StandardKey.Delete, self.table)
        self.delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_shortcut.activated.connect(self.delete_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.refresh_button.clicked.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        retention_buttons = QtWidgets.QHBoxLayout()
        retention_buttons.addWidget(self.delete_button)
        retention_buttons.addWidget(self.refresh_button)
        retention_buttons.addStretch(1)
        retention_buttons.addWidget(self.count)
        retention_layout = QtWidgets.QVBoxLayout(retention)
        retention_layout.addWidget(explanation)
        retention_layout.addWidget(table_label)
        retention_layout.addWidget(self.table, 1)
        retention_layout.addLayout(retention_buttons)

        requests = QtWidgets.QGroupBox(self.tr("Auskunft und Statistik"), self)
        self.access_button = QtWidgets.QPushButton(self.tr("&Auskunft nach Art. 15 …"), requests)
        self.statistics_button = QtWidgets.QPushButton(self.tr("&Statistik exportieren …"), requests)
        self.access_button.clicked.connect(self.access_request)
        self.statistics_button.clicked.connect(self.export_statistics)
        form = QtWidgets.QFormLayout(requests)
        form.addRow(self.access_button, self._hint(self.tr(
            "Alles, was zu einer Person gespeichert ist, als PDF (DSGVO Art. 15).")))
        form.addRow(self.statistics_button, self._hint(self.tr(
            "Beratungen eines Zeitraums als Excel-Datei, pseudonymisiert: ohne Namen, Geburtsdaten und "
            "Notizen; kleine Anzahlen werden verborgen.")))

        self.message = QtWidgets.QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(retention, 1)
        layout.addWidget(requests)
        layout.addWidget(self.message)
        session.gate.busyChanged.connect(self._update_buttons)
        self._update_buttons()  # the list is read when the page is first shown, not at unlock

    def _hint(self, text: str) -> QtWidgets.QLabel:
        label = QtWidgets.QLabel(text, self)
        label.setWordWrap(True)
        return label

    # --- the retention list -------------------------------------------------------------------

    def refresh(self) -> None:
        from kim_desktop.services.retention import due_for_deletion

        with self.session.vault.reader() as db:
            rows = due_for_deletion(db, dt.date.today(), self.session.deployment.policy.retention_years)
        self.model.set_rows([self._shown(row) for row in rows])
        self.count.setText(self.tr("Personen: %n", "", len(rows)))
        self._update_buttons()

    def _shown(self, row: RetentionRow) -> RetentionRow:
        """The row as this view may show it: the name replaced in a pseudonymised view."""
        if self.personal.may_see(row.client_id):
            return row
        return replace(row, first_name=self.personal.placeholder, last_name="")

    def showEvent(self, event: QtGui.QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self.session.gate.busy:
            self.refresh()  # cases may have been closed on another page meanwhile

    def _update_buttons(self, *_args: object) -> None:
        busy = self.session.gate.busy
        self.delete_button.setEnabled(not busy and bool(self.selected_ids()))
        self.refresh_button.setEnabled(not busy)
        self.access_button.setEnabled(not busy)
        self.statistics_button.setEnabled(not busy)

    def selected_ids(self) -> list[str]:
        return [self.proxy.data(index, ID_ROLE) for index in self.table.selectionModel().selectedRows()]

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or self.session.gate.busy:
            return
        box = QtWidgets.QMessageBox
        answer = box.warning(
            self, self.tr("Endgültig löschen"),
            self.tr("Die Daten der ausgewählten Personen (%n) endgültig löschen?\n\n"
                    "Gelöscht werden Name, Geburtsdatum, Kontaktdaten und Notizen sowie alle Fälle, Ziele, "
                    "Einwilligungen und Beratungen. Das lässt sich nicht rückgängig machen; beim nächsten "
                    "Abgleich löscht auch die Kreisverwaltung ihre Kopie. Sicherungen, die vorher angelegt "
                    "wurden, enthalten die Daten noch, bis sie ersetzt werden.", "", len(ids)),
            box.StandardButton.Yes | box.StandardButton.Cancel, box.StandardButton.Cancel)
        if answer != box.StandardButton.Yes:
            return
        from kim_desktop.services.retention import delete_clients_data

        vault, today = self.session.vault, dt.date.today()
        years = self.session.deployment.policy.retention_years
        if self.session.gate.run(DELETE_JOB, lambda: delete_clients_data(vault, ids, today, years),
                                 self._deleted, self._delete_failed, receiver=self):
            self.message.setText(self.tr("Löschen läuft …"))

    def _deleted(self, result: DeletionResult) -> None:
        self.refresh()
        self.message.setText(self.tr("Daten endgültig gelöscht (Personen: %n).", "", result.clients))

    def _delete_failed(self, exc: KimError) -> None:
        self.refresh()
        text = self.tr("Es wurde nichts gelöscht: %1").replace("%1", error_text(exc))
        self.message.setText(text)
        QtWidgets.QMessageBox.warning(self, self.tr("Endgültig löschen"), text)

    # --- access request and statistics ------------------------------------------------------------

    def access_request(self) -> None:
        from kim_desktop.ui.access_request_action import ask_and_write_access_request

        picker = ClientPicker(self.session, self, view=self.personal)
        if picker.exec() != QtWidgets.QDialog.DialogCode.Accepted or picker.chosen is None:
            return
        chosen = picker.chosen.id
        if ask_and_write_access_request(self, self.session, chosen, on_written=self._access_written):
            self.message.setText(self.tr("Auskunft wird geschrieben …"))

    def _access_written(self, path: Path | None) -> None:
        self.message.setText(self.tr("Auskunft gespeichert: %1").replace("%1", str(path)) if path else "")

    def export_statistics(self) -> None:
        from kim_desktop.reports.statistics_export import export_statistics
        from kim_desktop.ui.access_request_action import default_folder

        dialog = StatisticsPeriodDialog(self)
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return
        start, end = dialog.period()
        suggested = default_folder() / f"KIM-Statistik-{start.isoformat()}-bis-{end.isoformat()}.xlsx"
        chosen, _filter = QtWidgets.QFileDialog.getSaveFileName(
            self, self.tr("Statistik speichern"), str(suggested), self.tr("Excel-Arbeitsmappe (*.xlsx)"))
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        vault, deployment = self.session.vault, self.session.deployment

        def op() -> StatisticsResult:
            with vault.reader() as db:
                result = export_statistics(db, target, period_from=start, period_to=end,
                                           deployment=deployment, translate=QCoreApplication.translate)
            vault.audit("statistics.exported", record_type="report")
            return result

        if self.session.gate.run(STATISTICS_JOB, op, self._exported, self._export_failed, receiver=self):
            self.message.setText(self.tr("Statistik wird geschrieben …"))

    def _exported(self, result: StatisticsResult) -> None:
        self.message.setText(self.tr("Statistik gespeichert (Beratungen: %n): %1", "", result.consultations)
                             .replace("%1", str(result.path)))

    def _export_failed(self, exc: KimError) -> None:
        text = self.tr("Die Statistik wurde nicht gespeichert: %1")
        self.message.setText(text.replace("%1", error_text(exc)))


class StatisticsPeriodDialog(QtWidgets.QDialog):
    """The period of the statistics, typed as DD.MM.YYYY; checked before the file is chosen."""

    def __init__(self, parent: QtWidgets.QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        today = today or dt.date.today()
        self.setWindowTitle(self.tr("Statistik exportieren"))
        self.start = QtWidgets.QLineEdit(format_date(today.replace(month=1, day=1)), self)
        self.end = QtWidgets.QLineEdit(format_date(today), self)
        self.errors: dict[QtWidgets.QLineEdit, QtWidgets.QLabel] = {}
        form = QtWidgets.QFormLayout()
        for text, field in ((self.tr("&Von:"), self.start), (self.tr("&Bis:"), self.end)):
            field.setPlaceholderText(self.tr("TT.MM.JJJJ"))
            field.setMaxLength(10)
            label = QtWidgets.QLabel(text, self)
            label.setBuddy(field)
            error = QtWidgets.QLabel(self)
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            field.textEdited.connect(error.hide)
            self.errors[field] = error
            form.addRow(label, field)
            form.addRow("", error)
        note = QtWidgets.QLabel(self.tr("Die Datei enthält keine Namen, Geburtsdaten oder Notizen."), self)
        note.setWordWrap(True)
        buttons = QtWidgets.QDialogButtonBox(self)
        self.ok = buttons.addButton(self.tr("&Weiter …"), QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        self.ok.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self._period: tuple[dt.date, dt.date] | None = None

    def _show_error(self, field: QtWidgets.QLineEdit, text: str) -> None:
        self.errors[field].setText(text)
        self.errors[field].show()
        field.setFocus()
        field.selectAll()

    def accept(self) -> None:
        values: list[dt.date] = []
        for field in (self.start, self.end):
            parsed = parse_date(field.text())
            if parsed.value is None:
                self._show_error(field, parsed.error.text(QCoreApplication.translate) if parsed.error else "")
                return
            values.append(parsed.value)
        if values[1] < values[0]:
            self._show_error(self.end, self.tr("Das Ende des Zeitraums liegt vor seinem Anfang."))
            return
        self._period = (values[0], values[1])
        super().accept()

    def period(self) -> tuple[dt.date, dt.date]:
        assert self._period is not None, "period() before the dialog was accepted"
        return self._period


class ClientPicker(QtWidgets.QDialog):
    """Find a client for the access request: by pseudonym or name; in a pseudonymised view by the
    whole pseudonym only, and the hit shows no more than that."""

    def __init__(self, session: AppSession, parent: QtWidgets.QWidget | None = None, *,
                 view: PersonalDataView | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.personal = view if view is not None else PersonalDataView.of(session.vault, translate)
        self.chosen: ClientHit | None = None
        self.hits: list[ClientHit] = []
        self.setWindowTitle(self.tr("Auskunft nach Art. 15 – Person wählen"))
        self.search = QtWidgets.QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Pseudonym (K-XXXX-XX)") if self.personal.pseudonymised
                                       else self.tr("Pseudonym oder Name"))
        self.search.setClearButtonEnabled(True)
        search_label = QtWidgets.QLabel(self.tr("&Suchen:"), self)
        search_label.setBuddy(self.search)
        self.results = QtWidgets.QListWidget(self)
        results_label = QtWidgets.QLabel(self.tr("&Treffer:"), self)
        results_label.setBuddy(self.results)
        self.hint = QtWidgets.QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.hide()
        buttons = QtWidgets.QDialogButtonBox(self)
        self.ok = buttons.addButton(self.tr("&Auswählen"), QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        self.ok.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.search.textChanged.connect(self.find)
        self.results.currentRowChanged.connect(lambda row: self.ok.setEnabled(row >= 0))
        self.results.itemActivated.connect(lambda _item: self.accept())
        self.search.installEventFilter(self)  # arrow keys move through the hits while typing
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(search_label)
        layout.addWidget(self.search)
        layout.addWidget(results_label)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.resize(480, 400)
        self.find("")

    def find(self, text: str) -> None:
        self.hits = self._pseudonym_hits(text) if self.personal.pseudonymised else self._hits(text, 100)
        self.results.clear()
        for hit in self.hits:
            if not self.personal.may_see(hit.id):
                self.results.addItem(hit.pseudonym)
                continue
            born = self.tr(", geb. %1").replace("%1", format_date(hit.birth_date)) if hit.birth_date else ""
            self.results.addItem(f"{hit.pseudonym} – {hit.full_name or '–'}{born}")
        self.results.setCurrentRow(0 if self.hits else -1)
        self.ok.setEnabled(bool(self.hits))

    def _hits(self, text: str, limit: int) -> list[ClientHit]:
        from kim_desktop.services.clients import search_clients

        with self.session.vault.reader() as db:
            return search_clients(db, text, limit=limit)

    def _pseudonym_hits(self, text: str) -> list[ClientHit]:
        """The client with exactly this pseudonym (as typed: `k7f3q2m` too), its name replaced. Only
        the whole pseudonym: which pseudonyms a fragment finds must not depend on the names."""
        pseudonym = normalise_pseudonym(text)
        found = self._hits(pseudonym, 10) if pseudonym is not None else []
        hits = [hit for hit in found if hit.pseudonym == pseudonym]
        if not text.strip():
            self.hint.setText(self.tr("Bitte das Pseudonym der Person eingeben (K-XXXX-XX)."))
        elif pseudonym is None:
            self.hint.setText(self.tr("Bitte das ganze Pseudonym eingeben (K-XXXX-XX); das letzte Zeichen "
                                      "ist ein Prüfzeichen, das Tippfehler erkennt."))
        else:
            self.hint.setText(self.tr("Unter diesem Pseudonym ist niemand gespeichert."))
        self.hint.setVisible(not hits)
        return [self._hidden(hit) for hit in hits]

    def _hidden(self, hit: ClientHit) -> ClientHit:
        if self.personal.may_see(hit.id):
            return hit
        return replace(hit, first_name=self.personal.placeholder, last_name="", birth_date=None)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.search and event.type() == QtCore.QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                QtCore.QCoreApplication.sendEvent(self.results, event)
                return True
        return super().eventFilter(watched, event)

    def accept(self) -> None:
        row = self.results.currentRow()
        if not 0 <= row < len(self.hits):
            return
        self.chosen = self.hits[row]
        super().accept()
