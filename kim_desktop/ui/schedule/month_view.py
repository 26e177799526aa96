"""A month as a calendar grid: per day the municipality, the holiday or the absence, and the
number of appointments. Arrow keys move the day, Enter opens it in the day view."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from kim_desktop.services.schedules import DayPlan
from kim_desktop.ui.qt import Qt, QtGui, QtWidgets
from kim_desktop.ui.schedule.texts import exception_label, weekday_short
from kim_desktop.ui.schedule.week_view import DayGrid, day_colour

if TYPE_CHECKING:
    from kim_desktop.ui.session import AppSession

WEEKS = 6


class MonthView(QtWidgets.QWidget):
    def __init__(self, session: AppSession, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.grid = DayGrid(WEEKS, self)
        self.grid.setObjectName("month_grid")
        self.grid.setAccessibleName(self.tr("Monat; Pfeiltasten wählen den Tag, Eingabe öffnet ihn"))
        self.grid.setHorizontalHeaderLabels([weekday_short(n) for n in range(7)])
        hint = QtWidgets.QLabel(self.tr("Pfeiltasten: Tag wählen · Eingabe: Tagesansicht · "
                                        "Bild auf/ab: Monat zurück/weiter"), self)
        hint.setStyleSheet("color: #555;")
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.grid, 1)
        layout.addWidget(hint)

    def show_month(self, plans: list[DayPlan], selected: dt.date) -> None:
        """plans: every day of one month."""
        self.grid.clearContents()
        first = plans[0].day
        offset = first.weekday()
        today = dt.date.today()
        for index, plan in enumerate(plans):
            row, column = divmod(offset + index, 7)
            item = QtWidgets.QTableWidgetItem(self._cell_text(plan, today))
            item.setData(Qt.ItemDataRole.UserRole, plan.day)
            item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            colour = day_colour(plan)
            if colour is not None:
                item.setBackground(colour)
            if plan.day == today:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.grid.setItem(row, column, item)
        for cell in range(offset + len(plans), WEEKS * 7):
            self._blank(*divmod(cell, 7))
        for cell in range(offset):
            self._blank(0, cell)
        self.grid.select_day(selected)

    def _blank(self, row: int, column: int) -> None:
        item = QtWidgets.QTableWidgetItem("")
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        item.setBackground(QtGui.QColor("#f7f7f7"))
        self.grid.setItem(row, column, item)

    def _cell_text(self, plan: DayPlan, today: dt.date) -> str:
        lines = [f"{plan.day.day}." + (self.tr("  (heute)") if plan.day == today else "")]
        if plan.holiday:
            lines.append(plan.holiday)
        elif plan.absence:
            lines.append(exception_label(plan.absence))
        elif plan.municipality_ags:
            lines.append(self.session.municipality_names([plan.municipality_ags])[0])
        if plan.appointments:
            count = len(plan.appointments)
            lines.append(self.tr("1 Termin") if count == 1
                         else self.tr("%1 Termine").replace("%1", str(count)))
        return "\n".join(lines)
