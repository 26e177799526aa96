"""The period of a calendar export and whether client names go into it.

Names are off by default; ticking the box shows why that matters, and saving with names asks
once more. The period is checked here, before the file dialog: "to" not before "from", at most
cli_calendar.MAX_DAYS days (the command line's limit, so both refuse the same periods).
"""

from __future__ import annotations

import calendar
import datetime as dt

from kim_desktop.cli_calendar import MAX_DAYS
from kim_desktop.ui.qt import QtWidgets
from kim_desktop.ui.widgets.date_field import DateField
from kim_desktop.ui.widgets.field_error import FieldError


def day_range(shown: dt.date) -> tuple[dt.date, dt.date]:
    return shown, shown


def week_range(shown: dt.date) -> tuple[dt.date, dt.date]:
    monday = shown - dt.timedelta(days=shown.weekday())
    return monday, monday + dt.timedelta(days=6)


def month_range(shown: dt.date) -> tuple[dt.date, dt.date]:
    return shown.replace(day=1), shown.replace(day=calendar.monthrange(shown.year, shown.month)[1])


class CalendarExportDialog(QtWidgets.QDialog):
    """After accept(): first, last (dates) and with_names."""

    def __init__(self, start: dt.date, end: dt.date, parent: QtWidgets.QWidget | None = None, *,
                 shown: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kalender exportieren"))
        self.shown = shown or start
        self.first, self.last, self.with_names = start, end, False
        self.start_field = DateField(self, forward=True)
        self.end_field = DateField(self, base=self.start_field.date, forward=True)
        self.start_field.set_date(start)
        self.end_field.set_date(end)
        self.range_error = FieldError(self)
        for field in (self.start_field, self.end_field):
            field.checked.connect(self._field_checked)
            field.textEdited.connect(self.range_error.clear)

        form = QtWidgets.QFormLayout()
        for text, field in ((self.tr("&Von:"), self.start_field), (self.tr("&Bis:"), self.end_field)):
            label = QtWidgets.QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.range_error)

        quick = QtWidgets.QHBoxLayout()
        quick.addWidget(QtWidgets.QLabel(self.tr("Schnellauswahl:"), self))
        self.quick_buttons: dict[str, QtWidgets.QPushButton] = {}
        for key, text, choose in (("day", self.tr("&Tag"), day_range),
                                  ("week", self.tr("&Woche"), week_range),
                                  ("month", self.tr("&Monat"), month_range)):
            button = QtWidgets.QPushButton(text, self)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, choose=choose: self.set_period(*choose(self.shown)))
            quick.addWidget(button)
            self.quick_buttons[key] = button
        quick.addStretch(1)

        contents = QtWidgets.QLabel(self.tr("Die Datei enthält Ihre Sprechzeiten mit Ort und Ihre Termine "
                                            "mit Art und Dauer, aber keine Notizen."), self)
        contents.setWordWrap(True)
        self.names_box = QtWidgets.QCheckBox(self.tr("&Namen der Personen in die Termine schreiben"), self)
        self.names_warning = FieldError(self, warning=True)
        self.names_box.toggled.connect(self._names_toggled)

        buttons = QtWidgets.QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("&Speichern …"),
                                             QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(quick)
        layout.addSpacing(6)
        layout.addWidget(contents)
        layout.addWidget(self.names_box)
        layout.addWidget(self.names_warning)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        order: list[QtWidgets.QWidget] = [self.start_field, self.end_field, *self.quick_buttons.values(),
                                          self.names_box, self.save_button]
        for before, after in zip(order, order[1:], strict=False):
            self.setTabOrder(before, after)
        self.start_field.setFocus()

    def set_period(self, first: dt.date, last: dt.date) -> None:
        self.start_field.set_date(first)
        self.end_field.set_date(last)
        self.range_error.clear()

    def _field_checked(self, message: str) -> None:
        if message:
            self.range_error.show_message(message)

    def _names_toggled(self, on: bool) -> None:
        self.names_warning.show_message(self.tr(
            "Achtung: Dann stehen die Namen Ihrer Klientinnen und Klienten unverschlüsselt in der Datei – "
            "und in jedem Kalender, in den sie importiert wird. Nur an einem geschützten Ort speichern "
            "und nicht weitergeben.") if on else "")

    def period_problem(self) -> str:
        """Why the period cannot be exported ("" if it can)."""
        for label, field in ((self.tr("Von"), self.start_field), (self.tr("Bis"), self.end_field)):
            message = field.check()
            if message:
                return f"{label}: {message}"
        first, last = self.start_field.date(), self.end_field.date()
        assert first is not None and last is not None
        if last < first:
            return self.tr("Das Ende liegt vor dem Anfang.")
        if (last - first).days + 1 > MAX_DAYS:
            return self.tr("Der Zeitraum darf höchstens %1 Tage lang sein.").replace("%1", str(MAX_DAYS))
        return ""

    def accept(self) -> None:
        problem = self.period_problem()
        if problem:
            self.range_error.show_message(problem)
            self.start_field.setFocus()
            return
        if self.names_box.isChecked():
            box = QtWidgets.QMessageBox
            answer = box.warning(self, self.windowTitle(), self.tr(
                "Die Kalenderdatei wird die Namen Ihrer Klientinnen und Klienten im Klartext enthalten.\n\n"
                "Trotzdem mit Namen speichern?"), box.StandardButton.Yes | box.StandardButton.No,
                box.StandardButton.No)
            if answer != box.StandardButton.Yes:
                return
        first, last = self.start_field.date(), self.end_field.date()
        assert first is not None and last is not None
        self.first, self.last, self.with_names = first, last, self.names_box.isChecked()
        super().accept()
