"""The weekly pattern of the vault's owner: per weekday municipality, place/room and office hours,
changed from a chosen day on. Earlier days keep the pattern they had; the history below shows it.

The rows show the pattern in force on the "gültig ab" day; when that day changes, rows the user
has not touched follow it. Only touched rows are saved, all in one transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from kim_desktop.domain import schedule_rules as rules
from kim_desktop.domain.dates import format_date
from kim_desktop.domain.schedule_labels import CONTEXT as LABELS
from kim_desktop.domain.schedule_labels import WEEKDAYS
from kim_desktop.errors import InputRejected, KimError
from kim_desktop.services import schedules
from kim_desktop.services.schedules import PatternDay, PatternRow
from kim_desktop.ui.case_detail.forms import FieldError, FormErrors, field_with_error, ok_cancel
from kim_desktop.ui.i18n import error_text, translate
from kim_desktop.ui.qt import QCoreApplication, QtGui, QtWidgets, Signal
from kim_desktop.ui.widgets.date_field import DateField

if TYPE_CHECKING:
    from kim_desktop.ui.session import AppSession

SATURDAY = 5
DASH = "–"
HOURS_EXAMPLE = "09:00-12:00;13:00-15:30"


def next_monday(today: dt.date) -> dt.date:
    """A change usually starts with a new week; the current one stays as announced."""
    return today + dt.timedelta(days=(7 - today.weekday()) % 7)


def hours_error(text: str) -> str:
    """"" when text is office hours (or empty), else the German message."""
    try:
        rules.parse_ranges(text)
    except ValueError:
        return translate(schedules.CONTEXT, schedules.BAD_HOURS)
    return ""


def fill_municipalities(combo: QtWidgets.QComboBox, app_session: AppSession, none_text: str) -> None:
    """none_text (data None), then the vault owner's municipalities, then the rest of the district."""
    combo.addItem(none_text, None)
    own = app_session.vault.profile.municipalities
    towns = app_session.deployment.municipalities
    first = [m for m in towns if m.ags in own]
    rest = [m for m in towns if m.ags not in own]
    for municipality in first:
        combo.addItem(municipality.name, municipality.ags)
    if first and rest:
        combo.insertSeparator(combo.count())
    for municipality in rest:
        combo.addItem(municipality.name, municipality.ags)


class DayRow:
    """The widgets of one weekday; `touched` once the user changed any of them."""

    def __init__(self, dialog: PatternDialog, weekday: int, grid: QtWidgets.QGridLayout, line: int,
                 label_text: str) -> None:
        self.weekday = weekday
        self.touched = False
        self.label = QtWidgets.QLabel(label_text, dialog)
        self.municipality = QtWidgets.QComboBox(dialog)
        self.municipality.setMinimumContentsLength(16)
        self.label.setBuddy(self.municipality)
        fill_municipalities(self.municipality, dialog.session,
                            QCoreApplication.translate("PatternDialog", "— kein Bürotag —"))
        self.place = QtWidgets.QLineEdit(dialog)
        self.place.setMaxLength(200)
        self.place_hint = QCoreApplication.translate("PatternDialog", "z. B. Rathaus, Raum 2.14")
        self.hours = QtWidgets.QLineEdit(dialog)
        self.hours.setMaxLength(200)
        self.hours.setToolTip(QCoreApplication.translate(
            "PatternDialog", "Zeiträume als HH:MM-HH:MM, mehrere durch Semikolon getrennt."))
        hours_cell, self.error = field_with_error(self.hours, dialog)
        place_cell, self.place_error = field_with_error(self.place, dialog)
        grid.addWidget(self.label, line, 0)
        grid.addWidget(self.municipality, line, 1)
        grid.addWidget(place_cell, line, 2)
        grid.addWidget(hours_cell, line, 3)
        dialog.errors.add(f"{weekday}.municipality_ags", self.municipality, self.error)
        dialog.errors.add(f"{weekday}.office_hours", self.hours, self.error)
        dialog.errors.add(f"{weekday}.place", self.place, self.place_error)
        self.municipality.activated.connect(self._touch)
        self.municipality.currentIndexChanged.connect(self._enable)
        self.place.textEdited.connect(self._touch)
        self.hours.textEdited.connect(self._touch)
        self.hours.editingFinished.connect(self.check_hours)

    def widgets(self) -> list[QtWidgets.QWidget]:
        cells = (self.place.parentWidget(), self.hours.parentWidget())
        return [self.label, self.municipality, *(cell for cell in cells if cell is not None)]

    def set_visible(self, visible: bool) -> None:
        for widget in self.widgets():
            widget.setVisible(visible)

    def show_pattern(self, row: PatternRow | None) -> None:
        ags = row.municipality_ags if row else None
        index = self.municipality.findData(ags)
        if index < 0:  # a municipality no longer in the deployment file
            self.municipality.addItem(ags or "", ags)
            index = self.municipality.count() - 1
        self.municipality.setCurrentIndex(index)
        self.place.setText(row.place if row else "")
        self.hours.setText(row.office_hours if row else "")
        self.error.clear()
        self.touched = False
        self._enable()

    def office_day(self) -> bool:
        return self.municipality.currentData() is not None

    def value(self) -> PatternDay | None:
        if not self.office_day():
            return None
        return PatternDay(self.municipality.currentData(), self.hours.text(), self.place.text())

    def check_hours(self) -> str:
        """Shows why the hours are refused ("" if they are fine; then written as HH:MM-HH:MM)."""
        if not self.office_day():
            self.error.clear()
            return ""
        text = self.hours.text()
        message = hours_error(text) if text.strip() else translate(schedules.CONTEXT, schedules.BAD_HOURS)
        self.error.show_text(message)
        if not message:
            self.hours.setText(rules.format_ranges(rules.parse_ranges(text)))
        return message

    def _touch(self) -> None:
        self.touched = True

    def _enable(self) -> None:
        office = self.office_day()
        self.place.setEnabled(office)
        self.hours.setEnabled(office)
        self.place.setPlaceholderText(self.place_hint if office else "")
        self.hours.setPlaceholderText(HOURS_EXAMPLE if office else "")
        if not office:
            self.error.clear()


class PatternDialog(QtWidgets.QDialog):
    saved = Signal()

    def __init__(self, app_session: AppSession, parent: QtWidgets.QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.session = app_session
        self._today = today
        self.setWindowTitle(self.tr("Wochenplan"))
        self.general = FieldError(self)
        self.errors = FormErrors(self.general)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(self._valid_from_row())
        layout.addWidget(self._week_box())
        layout.addWidget(self._history_box(), 1)
        layout.addWidget(self.general)
        self.buttons = ok_cancel(self, self.tr("&Speichern"))
        layout.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QtGui.QShortcut(QtGui.QKeySequence(keys), self, self.accept)
        self._load()
        self.resize(max(self.sizeHint().width(), 900), max(self.sizeHint().height(), 620))
        self.rows[0].municipality.setFocus()

    # --- building ---------------------------------------------------------------------------------

    def _valid_from_row(self) -> QtWidgets.QLayout:
        self.valid_from = DateField(self, today=self._today, forward=True)
        self.valid_from.set_date(next_monday(self._today()))
        width = self.valid_from.fontMetrics().horizontalAdvance("00.00.00000")
        self.valid_from.setMinimumWidth(width + 16)
        self.valid_from.setMaximumWidth(width + 32)
        cell, error = field_with_error(self.valid_from, self)
        self.errors.add("valid_from", self.valid_from, error)
        label = QtWidgets.QLabel(self.tr("Gültig &ab:"), self)
        label.setBuddy(self.valid_from)
        hint = QtWidgets.QLabel(self.tr("Die Änderung gilt ab diesem Tag; frühere Tage behalten den "
                                        "bisherigen Plan."), self)
        hint.setWordWrap(True)
        row = QtWidgets.QHBoxLayout()
        row.addWidget(label)
        row.addWidget(cell)
        row.addWidget(hint, 1)
        self.valid_from.checked.connect(self._valid_from_checked)
        return row

    def _week_box(self) -> QtWidgets.QGroupBox:
        box = QtWidgets.QGroupBox(self.tr("Bürotage"), self)
        grid = QtWidgets.QGridLayout(box)
        for column, text in enumerate((self.tr("Wochentag"), self.tr("Kommune"), self.tr("Ort / Raum"),
                                       self.tr("Sprechzeiten"))):
            head = QtWidgets.QLabel(f"<b>{text}</b>", box)
            grid.addWidget(head, 0, column)
        labels = (self.tr("&Montag"), self.tr("&Dienstag"), self.tr("M&ittwoch"), self.tr("D&onnerstag"),
                  self.tr("&Freitag"), self.tr("Samsta&g"))
        self.rows = [DayRow(self, weekday, grid, weekday + 1, text) for weekday, text in enumerate(labels)]
        grid.setColumnStretch(2, 3)
        grid.setColumnStretch(3, 2)
        self.saturday = QtWidgets.QCheckBox(self.tr("Samstag an&zeigen"), box)
        self.saturday.toggled.connect(self.rows[SATURDAY].set_visible)
        grid.addWidget(self.saturday, len(labels) + 1, 0, 1, 4)
        return box

    def _history_box(self) -> QtWidgets.QGroupBox:
        box = QtWidgets.QGroupBox(self.tr("Verlauf"), self)
        self.history = QtWidgets.QTreeWidget(box)
        self.history.setRootIsDecorated(False)
        self.history.setHeaderLabels([self.tr("Wochentag"), self.tr("Kommune"), self.tr("Ort / Raum"),
                                      self.tr("Sprechzeiten"), self.tr("Gültig")])
        self.history.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.NoSelection)
        self.history.setMinimumHeight(140)
        self.history.setAccessibleName(self.tr("Verlauf des Wochenplans"))
        legend = QtWidgets.QLabel(self.tr("Fett: gilt heute."), box)
        layout = QtWidgets.QVBoxLayout(box)
        layout.addWidget(self.history)
        layout.addWidget(legend)
        return box

    # --- data -------------------------------------------------------------------------------------

    def _load(self) -> None:
        owner = self.session.vault.profile.device_id
        with self.session.vault.reader() as session:
            history = schedules.pattern_history(session, owner)
        self._fill_history(history)
        self._show_rows(untouched_only=False)
        has_saturday = any(r.weekday == SATURDAY for r in history)
        self.saturday.setChecked(has_saturday)
        self.rows[SATURDAY].set_visible(has_saturday)

    def _show_rows(self, *, untouched_only: bool) -> None:
        day = self.valid_from.date()
        if day is None:
            return
        with self.session.vault.reader() as session:
            in_force = schedules.pattern_on(session, self.session.vault.profile.device_id, day)
        for row in self.rows:
            if not (untouched_only and row.touched):
                row.show_pattern(in_force.get(row.weekday))

    def _fill_history(self, history: list[PatternRow]) -> None:
        names = {m.ags: m.name for m in self.session.deployment.municipalities}
        today = self._today()
        self.history.clear()
        for row in history:
            item = QtWidgets.QTreeWidgetItem([
                translate(LABELS, WEEKDAYS[row.weekday]),
                names.get(row.municipality_ags, row.municipality_ags),
                row.place or DASH, row.office_hours.replace(";", ", "), self.validity(row)])
            if rules.valid_on(row.valid_from, row.valid_to, today):
                font = item.font(0)
                font.setBold(True)
                for column in range(item.columnCount()):
                    item.setFont(column, font)
            self.history.addTopLevelItem(item)
        if not history:
            self.history.addTopLevelItem(QtWidgets.QTreeWidgetItem([self.tr("Noch kein Wochenplan.")]))
        for column in range(4):
            self.history.resizeColumnToContents(column)

    def validity(self, row: PatternRow) -> str:
        if row.valid_to is None:
            return self.tr("ab {date}").format(date=format_date(row.valid_from))
        return f"{format_date(row.valid_from)} {DASH} {format_date(row.valid_to)}"

    def _valid_from_checked(self, message: str) -> None:
        error = self.errors.fields["valid_from"][1]
        error.show_text(message)
        if not message:
            self._show_rows(untouched_only=True)

    # --- saving -----------------------------------------------------------------------------------

    def changed_days(self) -> dict[int, PatternDay | None]:
        return {row.weekday: row.value() for row in self.rows
                if row.touched and (row.weekday != SATURDAY or self.saturday.isChecked())}

    def accept(self) -> None:
        self.errors.clear()
        date_message = self.valid_from.check()
        bad = [row for row in self.rows if row.touched and row.check_hours()]
        if date_message:
            self.errors.fields["valid_from"][1].show_text(date_message)
            self.valid_from.setFocus()
            return
        if bad:
            bad[0].hours.setFocus()
            return
        days = self.changed_days()
        if not days:
            super().accept()
            return
        valid_from = self.valid_from.date()
        assert valid_from is not None  # checked above
        try:
            schedules.save_week_pattern(self.session.vault, days, valid_from)
        except InputRejected as exc:
            self.errors.show_rejection(exc)
            return
        except KimError as exc:
            self.errors.show(None, error_text(exc))
            return
        self.saved.emit()
        super().accept()
