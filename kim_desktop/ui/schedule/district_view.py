"""The coordinator's district week: people × weekdays with the municipality of each day, or,
grouped "nach Kommune", municipalities × weekdays with who is there.

Only schedule data is shown (services.district_schedule): no client, no appointment details.
The table is a plain QTableWidget (a few dozen rows); arrow keys move between the cells, Tab
leaves the table, each cell's tooltip tells place, office hours and the number of appointments.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from kim_desktop.domain.dates import format_date
from kim_desktop.domain.schedule_rules import ExceptionKind
from kim_desktop.services.district_schedule import DistrictDay, DistrictWeek, Visit, district_week
from kim_desktop.ui.qt import Qt, QtGui, QtWidgets
from kim_desktop.ui.schedule.texts import exception_label, weekday_short

if TYPE_CHECKING:
    from kim_desktop.ui.session import AppSession

HOLIDAY_COLOUR = "#fbe9e7"
ABSENT_COLOUR = "#fff4d6"
OFF_COLOUR = "#f3f3f3"
EMPTY = "–"


def short_name(name: str) -> str:
    """ "Hennef (Sieg)" → "Hennef": the table is narrow; the tooltip has the full name."""
    return name.split(" (")[0]


def _hours(day: DistrictDay | Visit) -> str:
    return ", ".join(str(r).replace("-", "–") for r in day.office_hours)


class DistrictWeekView(QtWidgets.QWidget):
    def __init__(self, app_session: AppSession, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = app_session
        self.names = {m.ags: m.name for m in app_session.deployment.municipalities}
        self.week: DistrictWeek | None = None
        self.by_municipality = QtWidgets.QCheckBox(self.tr("nach &Kommune ordnen"), self)
        self.by_municipality.setToolTip(self.tr("Zeilen: Kommunen statt Personen"))
        self.by_municipality.toggled.connect(lambda _on: self._fill())
        self.heading = QtWidgets.QLabel(self)
        self.heading.setStyleSheet("font-weight: 600;")
        self.table = QtWidgets.QTableWidget(self)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("Wochenplan des Kreises"))
        self.empty = QtWidgets.QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        top = QtWidgets.QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.by_municipality)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        self.setFocusProxy(self.table)

    # --- data --------------------------------------------------------------------------------------

    def show_week(self, monday: dt.date) -> None:
        with self.session.vault.reader() as db:
            self.week = district_week(db, monday)
        self._fill()

    def refresh(self) -> None:
        if self.week is not None:
            self.show_week(self.week.monday)

    def _fill(self) -> None:
        week = self.week
        if week is None:
            return
        # The page's date bar names the week; this line says how many plans it holds.
        count = len(week.people)
        self.heading.setText(self.tr("Wochenpläne von %n Person(en)", "", count) if count else "")
        if not week.people:
            self.empty.setText(self.tr(
                "Noch keine Wochenpläne importiert. Sobald die Case Managerinnen und Case Manager ihre "
                "Exportdateien schicken und sie unter „Austausch“ importiert sind, steht hier, wer an "
                "welchem Tag in welcher Kommune ist.") if not week.imported else self.tr(
                "Für diese Woche liegt kein Wochenplan vor."))
        self.table.setVisible(bool(week.people))
        self.empty.setVisible(not week.people)
        self.by_municipality.setEnabled(bool(week.people))
        self.table.clear()
        if self.by_municipality.isChecked():
            self._fill_by_municipality(week)
        else:
            self._fill_by_person(week)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Stretch)
        fitted = 1 if self.by_municipality.isChecked() else 2  # name (and team) as wide as needed
        for column in range(fitted):
            header.setSectionResizeMode(column, QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        self.table.resizeRowsToContents()

    def _day_headers(self, week: DistrictWeek) -> list[str]:
        return [f"{weekday_short(day.weekday())} {day.strftime('%d.%m.')}" for day in week.days]

    # --- people × days -----------------------------------------------------------------------------

    def _fill_by_person(self, week: DistrictWeek) -> None:
        self.table.setColumnCount(2 + len(week.days))
        self.table.setHorizontalHeaderLabels([self.tr("Person"), self.tr("Team"), *self._day_headers(week)])
        self.table.setRowCount(len(week.people))
        for row, person in enumerate(week.people):
            name = QtWidgets.QTableWidgetItem(person.label)
            name.setData(Qt.ItemDataRole.UserRole, person.device_id)
            self.table.setItem(row, 0, name)
            team = QtWidgets.QTableWidgetItem(str(person.team) if person.team is not None else EMPTY)
            team.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, 1, team)
            for column, day in enumerate(person.days, start=2):
                self.table.setItem(row, column, self._day_item(day))

    def _town(self, ags: str | None) -> str:
        return self.names.get(ags or "", ags or "")

    def _day_item(self, day: DistrictDay) -> QtWidgets.QTableWidgetItem:
        lines: list[str] = [format_date(day.day)]
        if day.holiday:
            text, colour = self.tr("Feiertag"), HOLIDAY_COLOUR
            lines.append(self.tr("Feiertag: %1").replace("%1", day.holiday))
        elif day.absence:
            # Sickness is health data of the colleague: the district sees only that they are away.
            text = self.tr("abwesend") if day.absence == ExceptionKind.SICKNESS else exception_label(day.absence)
            colour = ABSENT_COLOUR
            lines.append(text)
            if day.substitute:
                lines.append(self.tr("Vertretung: %1").replace("%1", day.substitute))
        elif day.municipality_ags:
            text, colour = short_name(self._town(day.municipality_ags)), ""
            lines.append(self._town(day.municipality_ags))
            if day.place:
                lines.append(day.place)
            lines.append(self.tr("Sprechzeiten: %1").replace("%1", _hours(day)))
            lines.append(self.tr("Termine: %1").replace("%1", str(day.appointments)))
        else:
            text, colour = EMPTY, OFF_COLOUR
            lines.append(self.tr("kein Sprechtag"))
        if not day.municipality_ags and day.regular_municipality_ags and (day.holiday or day.absence):
            lines.append(self.tr("sonst: %1").replace("%1", self._town(day.regular_municipality_ags)))
        item = QtWidgets.QTableWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, day.day)
        item.setToolTip("\n".join(lines))
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        if colour:
            item.setBackground(QtGui.QColor(colour))
        if day.holiday or day.absence:
            font = item.font()
            font.setItalic(True)
            item.setFont(font)
        return item

    # --- municipalities × days ---------------------------------------------------------------------

    def _fill_by_municipality(self, week: DistrictWeek) -> None:
        visits = week.by_municipality()
        towns = sorted(visits, key=lambda ags: (self._town(ags).casefold(), ags))
        self.table.setColumnCount(1 + len(week.days))
        self.table.setHorizontalHeaderLabels([self.tr("Kommune"), *self._day_headers(week)])
        self.table.setRowCount(len(towns))
        for row, ags in enumerate(towns):
            town = QtWidgets.QTableWidgetItem(self._town(ags))
            town.setData(Qt.ItemDataRole.UserRole, ags)
            self.table.setItem(row, 0, town)
            for column, day in enumerate(week.days, start=1):
                present = [v for v in visits[ags] if v.day == day]
                item = QtWidgets.QTableWidgetItem("\n".join(v.label for v in present) or EMPTY)
                item.setData(Qt.ItemDataRole.UserRole, day)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setToolTip("\n".join([format_date(day)] + [
                    f"{v.label}: {_hours(v)}" + (f" ({v.place})" if v.place else "") for v in present]))
                if not present:
                    item.setBackground(QtGui.QColor(OFF_COLOUR))
                self.table.setItem(row, column, item)

    # --- for tests and the page --------------------------------------------------------------------

    def cell_text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""
