"""The schedule's date bar: today, one step back or on (a day, a week or a month, as the view
shows), a calendar picker and the range shown. Keys work anywhere on the page: Ctrl+T today,
PgUp/PgDown and Alt+Left/Alt+Right a step."""

from __future__ import annotations

import datetime as dt

from kim_desktop.ui.qt import QtCore, QtGui, QtWidgets, Signal


def _qdate(day: dt.date) -> QtCore.QDate:
    return QtCore.QDate(day.year, day.month, day.day)


class NavigationBar(QtWidgets.QWidget):
    """dateChosen(date) when the picker or "Heute" sets a day; stepped(+1/-1) for the arrows."""

    dateChosen = Signal(object)  # noqa: N815 - Qt naming
    stepped = Signal(int)

    def __init__(self, shortcut_parent: QtWidgets.QWidget, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.today_button = QtWidgets.QPushButton(self.tr("He&ute"), self)
        self.today_button.setToolTip(self.tr("Zum heutigen Tag (Strg+T)"))
        self.previous_button = QtWidgets.QToolButton(self)
        self.previous_button.setArrowType(QtCore.Qt.ArrowType.LeftArrow)
        self.next_button = QtWidgets.QToolButton(self)
        self.next_button.setArrowType(QtCore.Qt.ArrowType.RightArrow)
        self.set_step_name(self.tr("Tag"))
        self.picker = QtWidgets.QDateEdit(self)
        self.picker.setCalendarPopup(True)
        self.picker.setDisplayFormat("dd.MM.yyyy")
        self.picker.setToolTip(self.tr("Datum wählen; Alt+Pfeil runter öffnet den Kalender"))
        self.picker.setAccessibleName(self.tr("Datum"))
        self.range_label = QtWidgets.QLabel(self)
        self.range_label.setObjectName("schedule_range")
        self.range_label.setStyleSheet("font-size: 13pt; font-weight: 600;")
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.today_button)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.picker)
        layout.addSpacing(12)
        layout.addWidget(self.range_label, 1)
        self.today_button.clicked.connect(lambda: self.dateChosen.emit(dt.date.today()))
        self.previous_button.clicked.connect(lambda: self.stepped.emit(-1))
        self.next_button.clicked.connect(lambda: self.stepped.emit(1))
        self.picker.dateChanged.connect(self._picked)
        self._setting = False
        context = QtCore.Qt.ShortcutContext.WidgetWithChildrenShortcut
        back, on = (lambda: self.stepped.emit(-1)), (lambda: self.stepped.emit(1))
        for keys, slot in (("Ctrl+T", lambda: self.dateChosen.emit(dt.date.today())), ("PgUp", back),
                           ("Alt+Left", back), ("PgDown", on), ("Alt+Right", on)):
            shortcut = QtGui.QShortcut(QtGui.QKeySequence(keys), shortcut_parent)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

    def set_step_name(self, unit: str) -> None:
        self.previous_button.setToolTip(self.tr("%1 zurück (Bild auf, Alt+Pfeil links)").replace("%1", unit))
        self.next_button.setToolTip(self.tr("%1 weiter (Bild ab, Alt+Pfeil rechts)").replace("%1", unit))
        self.previous_button.setAccessibleName(self.tr("%1 zurück").replace("%1", unit))
        self.next_button.setAccessibleName(self.tr("%1 weiter").replace("%1", unit))

    def show_date(self, day: dt.date, range_text: str) -> None:
        self._setting = True
        try:
            self.picker.setDate(_qdate(day))
        finally:
            self._setting = False
        self.range_label.setText(range_text)

    def _picked(self, value: QtCore.QDate) -> None:
        if not self._setting and value.isValid():
            self.dateChosen.emit(dt.date(value.year(), value.month(), value.day()))
