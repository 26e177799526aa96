"""A week in seven columns, Monday to Sunday: date, municipality, office hours and the
appointments in short; holidays and absences marked. Arrow keys move the day, Enter opens it."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from kim_desktop.domain.dates import format_date
from kim_desktop.services.schedules import DayPlan
from kim_desktop.ui.qt import Qt, QtGui, QtWidgets, Signal
from kim_desktop.ui.schedule.texts import exception_label, kind_label, weekday_short

if TYPE_CHECKING:
    from kim_desktop.ui.session import AppSession

OFF_COLOUR = "#eeeeee"
HOLIDAY_COLOUR = "#fbe9e7"
ABSENT_COLOUR = "#fff4d6"


def day_colour(plan: DayPlan) -> QtGui.QColor | None:
    if plan.holiday:
        return QtGui.QColor(HOLIDAY_COLOUR)
    if plan.absence:
        return QtGui.QColor(ABSENT_COLOUR)
    if not plan.municipality_ags:
        return QtGui.QColor(OFF_COLOUR)
    return None


class DayGrid(QtWidgets.QTableWidget):
    """A grid of days: Enter (or a double click) on a day cell announces that day."""

    dayActivated = Signal(object)  # noqa: N815 - a datetime.date
    dayChosen = Signal(object)  # noqa: N815 - the current cell moved to this day

    def __init__(self, rows: int, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(rows, 7, parent)
        self.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Stretch)
        self.cellDoubleClicked.connect(lambda row, column: self._activate(row, column))
        self.currentCellChanged.connect(self._moved)

    def day_at(self, row: int, column: int) -> dt.date | None:
        item = self.item(row, column)
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return value if isinstance(value, dt.date) else None

    def select_day(self, day: dt.date) -> None:
        for row in range(self.rowCount()):
            for column in range(self.columnCount()):
                if self.day_at(row, column) == day:
                    self.blockSignals(True)
                    try:
                        self.setCurrentCell(row, column)
                    finally:
                        self.blockSignals(False)
                    return

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._activate(self.currentRow(), self.currentColumn())
            return
        super().keyPressEvent(event)

    def _activate(self, row: int, column: int) -> None:
        day = self.day_at(row, column)
        if day is not None:
            self.dayActivated.emit(day)

    def _moved(self, row: int, column: int, _old_row: int, _old_column: int) -> None:
        day = self.day_at(row, column)
        if day is not None:
            self.dayChosen.emit(day)


class WeekView(QtWidgets.QWidget):
    def __init__(self, session: AppSession, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.grid = DayGrid(1, self)
        self.grid.setObjectName("week_grid")
        self.grid.setAccessibleName(self.tr("Woche; Pfeiltasten wählen den Tag, Eingabe öffnet ihn"))
        self.grid.setVerticalScrollMode(QtWidgets.QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.grid.verticalHeader().setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Stretch)
        hint = QtWidgets.QLabel(self.tr("Pfeiltasten: Tag wählen · Eingabe: Tagesansicht · "
                                        "Bild auf/ab: Woche zurück/weiter"), self)
        hint.setStyleSheet("color: #555;")
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.grid, 1)
        layout.addWidget(hint)

    def show_week(self, plans: list[DayPlan], labels: dict[str, str], selected: dt.date) -> None:
        today = dt.date.today()
        self.grid.setHorizontalHeaderLabels([
            ("● " if p.day == today else "") + f"{weekday_short(p.day.weekday())} {format_date(p.day)[:6]}"
            for p in plans])
        for column, plan in enumerate(plans):
            item = QtWidgets.QTableWidgetItem(self._cell_text(plan, labels))
            item.setData(Qt.ItemDataRole.UserRole, plan.day)
            item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            item.setToolTip(format_date(plan.day))
            colour = day_colour(plan)
            if colour is not None:
                item.setBackground(colour)
            self.grid.setItem(0, column, item)
        self.grid.select_day(selected)

    def _cell_text(self, plan: DayPlan, labels: dict[str, str]) -> str:
        lines: list[str] = []
        if plan.holiday:
            lines.append(self.tr("Feiertag: %1").replace("%1", plan.holiday))
        elif plan.absence:
            lines.append(exception_label(plan.absence))
        elif plan.municipality_ags:
            lines.append(self.session.municipality_names([plan.municipality_ags])[0])
            if plan.office_hours:
                lines.append(", ".join(str(r).replace("-", "–") for r in plan.office_hours))
        else:
            lines.append(self.tr("kein Sprechtag"))
        if plan.appointments:
            lines.append("")
        for app in plan.appointments:
            # The name only: the pseudonym would break the narrow column (the day view shows it).
            who = labels.get(app.case_id, "").rsplit(" (", 1)[0] if app.case_id else ""
            lines.append(f"{app.start} {kind_label(app.kind)}" + (f"\n   {who}" if who else ""))
        return "\n".join(lines)
