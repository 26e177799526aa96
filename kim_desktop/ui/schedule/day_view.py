"""One day: where (municipality and place, or the holiday or absence), the office hours, and the
timeline of appointments and free slots, then the plan's warnings.

Enter or a double click on an appointment edits it, on a free slot makes a new appointment at
that time; Delete deletes the appointment (the page asks first); Ctrl+B records a consultation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kim_desktop.domain.dates import format_date
from kim_desktop.services.schedule_views import TimelineEntry, timeline
from kim_desktop.services.schedules import AppointmentView, DayPlan
from kim_desktop.ui.qt import QCoreApplication, Qt, QtGui, QtWidgets, Signal
from kim_desktop.ui.schedule.texts import exception_label, kind_label, weekday_short
from kim_desktop.ui.widgets.field_error import WARNING_STYLE

if TYPE_CHECKING:
    from kim_desktop.ui.session import AppSession

TIME, DURATION, KIND, CASE, INTERPRETER, NOTE = range(6)
FREE_COLOUR = "#5f6b5f"
ENTRY_ROLE = Qt.ItemDataRole.UserRole


class TimelineTable(QtWidgets.QTableWidget):
    """Enter and Delete on the selected row, reported as signals (Qt's activated is platform-bound)."""

    entered = Signal()
    deletePressed = Signal()  # noqa: N815 - Qt naming

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self.entered.emit()
            return
        if event.key() == Qt.Key.Key_Delete and self.currentRow() >= 0:
            self.deletePressed.emit()
            return
        super().keyPressEvent(event)


class DayView(QtWidgets.QWidget):
    editRequested = Signal(str)  # noqa: N815 - an appointment id
    newRequested = Signal(str)  # noqa: N815 - "HH:MM" of a free slot
    deleteRequested = Signal(str)  # noqa: N815 - an appointment id
    consultationRequested = Signal(str)  # noqa: N815 - an appointment id
    selectionChanged = Signal()  # noqa: N815

    def __init__(self, session: AppSession, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.plan: DayPlan | None = None
        self.labels: dict[str, str] = {}
        self._entries: list[TimelineEntry] = []
        self.heading = QtWidgets.QLabel(self)
        self.heading.setObjectName("day_heading")
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.hours = QtWidgets.QLabel(self)
        self.hours.setObjectName("day_hours")
        self.hours.setWordWrap(True)
        self.table = TimelineTable(0, 6, self)
        self.table.setObjectName("day_timeline")
        self.table.setHorizontalHeaderLabels([self.tr("Zeit"), self.tr("Dauer"), self.tr("Art"),
                                              self.tr("Klient:in (Fall)"), self.tr("Dolmetschen"),
                                              self.tr("Notiz")])
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for column in (TIME, DURATION, KIND, INTERPRETER):
            header.setSectionResizeMode(column, QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CASE, QtWidgets.QHeaderView.ResizeMode.Interactive)
        header.resizeSection(CASE, 280)
        header.setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Termine und freie Zeiten des Tages"))
        self.table.entered.connect(self._enter)
        self.table.deletePressed.connect(self._delete)
        self.table.cellDoubleClicked.connect(lambda _row, _column: self._enter())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.empty = QtWidgets.QLabel(self)
        self.empty.setObjectName("day_empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.warnings = QtWidgets.QLabel(self)
        self.warnings.setObjectName("day_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARNING_STYLE)

        self.edit_button = QtWidgets.QPushButton(self.tr("Termin &bearbeiten …"), self)
        self.delete_button = QtWidgets.QPushButton(self.tr("Termin &löschen"), self)
        self.delete_button.setToolTip(self.tr("Entf"))
        self.consult_button = QtWidgets.QPushButton(self.tr("Beratung er&fassen …"), self)
        self.consult_button.setObjectName("consult_button")
        self.edit_button.clicked.connect(self._edit_selected)
        self.delete_button.clicked.connect(self._delete)
        self.consult_button.clicked.connect(self._consult)
        shortcut = QtGui.QShortcut(QtGui.QKeySequence("Ctrl+B"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self._consult)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.consult_button)
        buttons.addStretch(1)

        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.hours)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)  # only one of the two is shown
        layout.addWidget(self.warnings)
        layout.addLayout(buttons)
        self._selection_changed()

    # --- showing a day -----------------------------------------------------------------------

    def show_plan(self, plan: DayPlan, labels: dict[str, str]) -> None:
        keep = self.selected_appointment()
        self.plan, self.labels = plan, labels
        self.heading.setText(self._heading(plan))
        self.hours.setText(self._hours_text(plan))
        self._entries = timeline(plan)
        self.table.setRowCount(len(self._entries))
        for row, entry in enumerate(self._entries):
            self._fill_row(row, entry)
        self.empty.setText(self._empty_text(plan))
        self.empty.setVisible(not self._entries)
        self.table.setVisible(bool(self._entries))
        self.warnings.setText("\n".join(w.text(QCoreApplication.translate) for w in plan.warnings))
        self.warnings.setVisible(bool(plan.warnings))
        self._select(keep.id if keep else None)
        self._selection_changed()

    def _heading(self, plan: DayPlan) -> str:
        day = f"{weekday_short(plan.day.weekday())}, {format_date(plan.day)}"
        if plan.holiday:
            return self.tr("%1 – Feiertag: %2").replace("%1", day).replace("%2", plan.holiday)
        if plan.absence:
            text = self.tr("%1 – %2").replace("%1", day).replace("%2", exception_label(plan.absence))
            if plan.substitute_device_id:
                from kim_desktop.services.colleagues import colleague_name

                with self.session.vault.reader() as session:
                    name = colleague_name(session, plan.substitute_device_id)
                text += self.tr(" · Vertretung: %1").replace("%1", name or self.tr("benannt"))
            if plan.regular_municipality_ags:
                regular = self.session.municipality_names([plan.regular_municipality_ags])[0]
                text += self.tr(" (sonst %1)").replace("%1", regular)
            return text
        if plan.municipality_ags:
            name = self.session.municipality_names([plan.municipality_ags])[0]
            where = f"{name}, {plan.place}" if plan.place else name
            return self.tr("%1 – %2").replace("%1", day).replace("%2", where)
        return self.tr("%1 – kein Sprechtag").replace("%1", day)

    def _hours_text(self, plan: DayPlan) -> str:
        if not plan.office_hours:
            return ""
        hours = ", ".join(str(r).replace("-", "–") for r in plan.office_hours)
        return self.tr("Sprechzeiten: %1").replace("%1", hours)

    def _empty_text(self, plan: DayPlan) -> str:
        if plan.holiday or plan.absence:
            return self.tr("Keine Termine.")
        if not plan.office_hours:
            return self.tr("Keine Sprechzeiten und keine Termine an diesem Tag. "
                           "„Neuer Termin …“ (Strg+N) legt trotzdem einen an.")
        return self.tr("Keine Termine.")

    def _fill_row(self, row: int, entry: TimelineEntry) -> None:
        app = entry.appointment
        end = str(entry.span).split("-")[1]
        cells = [f"{entry.start}–{end}", self.tr("%1 min").replace("%1", str(entry.span.minutes))]
        if app is None:
            cells += [self.tr("frei"), "", "", ""]
        else:
            case = self.labels.get(app.case_id, self.tr("(Fall nicht mehr vorhanden)")) if app.case_id else ""
            cells += [kind_label(app.kind), case, app.interpreter_language, app.note.replace("\n", " ")]
        for column, text in enumerate(cells):
            item = QtWidgets.QTableWidgetItem(text)
            item.setData(ENTRY_ROLE, row)
            if app is None:
                item.setForeground(QtGui.QColor(FREE_COLOUR))
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
            self.table.setItem(row, column, item)

    def _select(self, appointment_id: str | None) -> None:
        for row, entry in enumerate(self._entries):
            if entry.appointment is not None and entry.appointment.id == appointment_id:
                self.table.selectRow(row)
                return
        if self._entries:
            self.table.selectRow(0)

    # --- what the selection allows -----------------------------------------------------------

    def selected_entry(self) -> TimelineEntry | None:
        row = self.table.currentRow()
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def selected_appointment(self) -> AppointmentView | None:
        entry = self.selected_entry()
        return entry.appointment if entry is not None else None

    def select_appointment(self, appointment_id: str) -> None:
        self._select(appointment_id)

    def _selection_changed(self) -> None:
        app = self.selected_appointment()
        self.edit_button.setEnabled(app is not None)
        self.delete_button.setEnabled(app is not None)
        self.consult_button.setEnabled(app is not None and app.case_id is not None
                                       and app.case_id in self.labels)
        if app is not None and app.case_id is None:
            self.consult_button.setToolTip(self.tr(
                "Dieser Termin nennt keinen Fall. Bitte zuerst einen Fall anlegen und im Termin "
                "auswählen (Termin bearbeiten)."))
        else:
            self.consult_button.setToolTip(self.tr("Beratung zu diesem Termin erfassen (Strg+B)"))
        self.selectionChanged.emit()

    def _enter(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        if entry.appointment is None:
            self.newRequested.emit(entry.start)
        else:
            self.editRequested.emit(entry.appointment.id)

    def _edit_selected(self) -> None:
        app = self.selected_appointment()
        if app is not None:
            self.editRequested.emit(app.id)

    def _delete(self) -> None:
        app = self.selected_appointment()
        if app is not None:
            self.deleteRequested.emit(app.id)

    def _consult(self) -> None:
        app = self.selected_appointment()
        if app is not None and self.consult_button.isEnabled():
            self.consultationRequested.emit(app.id)
