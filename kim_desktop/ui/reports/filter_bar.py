"""What a report covers: the period (a preset or two dates), municipalities, team and case manager
(the last two for a coordinator), and whether to preview the form for outside the Kreis.

`changed` fires on every edit that gives a valid request; the page waits a moment before it
builds (typing a date must never wait for a report). `request()` is None while a date is not
a date or the period runs backwards; `problem` then says why.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from enum import IntEnum

from kim_desktop.config.deployment import Deployment
from kim_desktop.reports.report_model import ReportRequest
from kim_desktop.ui.qt import Qt, QTimer, QtWidgets, Signal
from kim_desktop.ui.widgets.checkable_list import CheckableList
from kim_desktop.ui.widgets.date_field import DateField


class Preset(IntEnum):
    THIS_MONTH = 0
    LAST_MONTH = 1
    THIS_QUARTER = 2
    THIS_YEAR = 3
    LAST_YEAR = 4
    CUSTOM = 5


def preset_period(preset: Preset, today: dt.date) -> tuple[dt.date, dt.date]:
    """The days a preset covers. A running month, quarter or year ends today: days to come hold no
    data, and a period ending in the future would mark every case manager's data as stale."""
    if preset is Preset.THIS_MONTH:
        return today.replace(day=1), today
    if preset is Preset.LAST_MONTH:
        last = today.replace(day=1) - dt.timedelta(days=1)
        return last.replace(day=1), last
    if preset is Preset.THIS_QUARTER:
        return dt.date(today.year, 3 * ((today.month - 1) // 3) + 1, 1), today
    if preset is Preset.LAST_YEAR:
        return dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)
    return dt.date(today.year, 1, 1), today  # THIS_YEAR; CUSTOM keeps the fields as they are


class MunicipalityPicker(QtWidgets.QToolButton):
    """A button naming the chosen municipalities; it opens a filterable checklist (none ticked: all)."""

    checkedChanged = Signal()  # noqa: N815 - Qt naming

    def __init__(self, items: Sequence[tuple[str, str]], parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPopupMode(QtWidgets.QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("Königswinter") + 36)
        self.menu_ = QtWidgets.QMenu(self)
        holder = QtWidgets.QWidget(self.menu_)
        self.list = CheckableList(holder, visible_rows=12)
        self.list.set_items(items)
        self.clear_button = QtWidgets.QPushButton(self.tr("Alle Kommunen"), holder)
        self.clear_button.setAutoDefault(False)
        self.clear_button.clicked.connect(lambda: self.list.set_checked(()))
        layout = QtWidgets.QVBoxLayout(holder)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.list)
        layout.addWidget(self.clear_button)
        action = QtWidgets.QWidgetAction(self.menu_)
        action.setDefaultWidget(holder)
        self.menu_.addAction(action)
        self.menu_.aboutToShow.connect(lambda: QTimer.singleShot(0, self.list, self.list.setFocus))
        self.setMenu(self.menu_)
        self.list.checkedChanged.connect(self._checked_changed)
        self._show_text()

    def checked(self) -> tuple[str, ...]:
        return self.list.checked()

    def set_checked(self, keys: Iterable[str]) -> None:
        self.list.set_checked(keys)

    def _checked_changed(self) -> None:
        self._show_text()
        self.checkedChanged.emit()

    def _show_text(self) -> None:
        chosen = self.list.checked()
        if not chosen:
            text = self.tr("alle")
        elif len(chosen) == 1:
            text = self.list.label_of(chosen[0])
        else:
            text = self.tr("%1 gewählt").replace("%1", str(len(chosen)))
        self.setText(text)
        self.setToolTip("; ".join(self.list.label_of(key) for key in chosen) if chosen
                        else self.tr("Alle Kommunen; zum Auswählen öffnen (Leertaste)"))


class FilterBar(QtWidgets.QWidget):
    changed = Signal()

    def __init__(self, deployment: Deployment, municipalities: Sequence[tuple[str, str]], *,
                 coordinator: bool, parent: QtWidgets.QWidget | None = None,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self._today = today
        self.coordinator = coordinator
        self.problem = ""
        self.preset = QtWidgets.QComboBox(self)
        for text in (self.tr("Dieser Monat"), self.tr("Letzter Monat"), self.tr("Dieses Quartal"),
                     self.tr("Dieses Jahr"), self.tr("Letztes Jahr"), self.tr("Benutzerdefiniert")):
            self.preset.addItem(text)
        self.date_from = DateField(self, today=today)
        self.date_to = DateField(self, today=today)
        for field in (self.date_from, self.date_to):
            field.setFixedWidth(field.fontMetrics().horizontalAdvance("00.00.00000") + 16)
            field.textEdited.connect(self._dates_typed)
            field.editingFinished.connect(self._emit_if_valid)
        self.municipalities = MunicipalityPicker(municipalities, self)
        self.team = QtWidgets.QComboBox(self)
        self.team.addItem(self.tr("alle Teams"), None)
        for team in deployment.teams:
            label = self.tr("Team %1 – %2").replace("%1", str(team.number)).replace("%2", team.employer)
            self.team.addItem(label, team.number)
        self.case_manager = QtWidgets.QComboBox(self)
        self.case_manager.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.case_manager.addItem(self.tr("alle Case Manager"), None)
        self.external = QtWidgets.QCheckBox(
            self.tr("&Für außerhalb des Kreises (anonymisiert, kleine Zahlen unterdrückt)"), self)
        self.external.setToolTip(self.tr("Zeigt die Fassung, die den Kreis verlassen darf: ohne Namen, "
                                         "Zahlen von 1 bis 4 als „<5“, ohne Liste hinter den Zahlen."))
        self.error = QtWidgets.QLabel(self)
        self.error.setObjectName("filter_error")
        self.error.setStyleSheet("color: #b00020;")
        self._build_layout()
        self.set_preset(Preset.THIS_YEAR)
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.municipalities.checkedChanged.connect(self._emit_if_valid)
        self.team.currentIndexChanged.connect(self._emit_if_valid)
        self.case_manager.currentIndexChanged.connect(self._emit_if_valid)
        self.external.toggled.connect(self._emit_if_valid)

    def _label(self, text: str, buddy: QtWidgets.QWidget) -> QtWidgets.QLabel:
        label = QtWidgets.QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _build_layout(self) -> None:
        first = QtWidgets.QHBoxLayout()
        first.addWidget(self._label(self.tr("&Zeitraum:"), self.preset))
        first.addWidget(self.preset)
        first.addWidget(self._label(self.tr("v&on"), self.date_from))
        first.addWidget(self.date_from)
        first.addWidget(self._label(self.tr("&bis"), self.date_to))
        first.addWidget(self.date_to)
        first.addSpacing(12)
        first.addWidget(self._label(self.tr("Kommu&nen:"), self.municipalities))
        first.addWidget(self.municipalities)
        first.addStretch(1)
        second = QtWidgets.QHBoxLayout()
        if self.coordinator:
            second.addWidget(self._label(self.tr("&Team:"), self.team))
            second.addWidget(self.team)
            second.addSpacing(12)
            second.addWidget(self._label(self.tr("Case &Manager:"), self.case_manager))
            second.addWidget(self.case_manager)
            second.addSpacing(12)
        else:
            self.team.hide()
            self.case_manager.hide()
        second.addWidget(self.external)
        second.addStretch(1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(first)
        layout.addLayout(second)
        layout.addWidget(self.error)
        self.error.hide()

    def focus_chain(self) -> list[QtWidgets.QWidget]:
        chain: list[QtWidgets.QWidget] = [self.preset, self.date_from, self.date_to, self.municipalities]
        if self.coordinator:
            chain += [self.team, self.case_manager]
        return chain + [self.external]

    # --- state -----------------------------------------------------------------------------------

    def set_preset(self, preset: Preset) -> None:
        self.preset.setCurrentIndex(int(preset))
        if preset is not Preset.CUSTOM:
            start, end = preset_period(preset, self._today())
            self.date_from.set_date(start)
            self.date_to.set_date(end)

    def set_case_managers(self, people: Sequence[tuple[str, str]]) -> None:
        """(device id, label) pairs; the chosen one stays chosen while it is listed."""
        chosen = self.case_manager.currentData()
        known = [(self.case_manager.itemData(i), self.case_manager.itemText(i))
                 for i in range(1, self.case_manager.count())]
        if known == list(people):
            return
        self.case_manager.blockSignals(True)
        while self.case_manager.count() > 1:
            self.case_manager.removeItem(1)
        for device_id, label in people:
            self.case_manager.addItem(label, device_id)
        found = self.case_manager.findData(chosen) if chosen is not None else 0
        self.case_manager.setCurrentIndex(max(found, 0))
        self.case_manager.blockSignals(False)
        if chosen is not None and found < 0:
            self._emit_if_valid()

    def request(self) -> ReportRequest | None:
        start, end = self.date_from.parsed(), self.date_to.parsed()
        problem = ""
        if start.value is None:
            problem = self.tr("Beginn des Zeitraums: %1").replace("%1", self.date_from.check())
        elif end.value is None:
            problem = self.tr("Ende des Zeitraums: %1").replace("%1", self.date_to.check())
        elif end.value < start.value:
            problem = self.tr("Das Ende des Zeitraums liegt vor seinem Anfang.")
        self.problem = problem
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        if problem or start.value is None or end.value is None:
            return None
        team = self.team.currentData() if self.coordinator else None
        device = self.case_manager.currentData() if self.coordinator else None
        return ReportRequest(
            period_from=start.value, period_to=end.value,
            municipalities=frozenset(self.municipalities.checked()),
            case_managers=frozenset({device}) if device else frozenset(),
            teams=frozenset({int(team)}) if team is not None else frozenset(),
            external=self.external.isChecked())

    def _preset_chosen(self, index: int) -> None:
        preset = Preset(index)
        if preset is not Preset.CUSTOM:
            self.set_preset(preset)
            self._emit_if_valid()

    def _dates_typed(self) -> None:
        """Typing a date makes the period custom; the report follows when the field is left."""
        if self.preset.currentIndex() != Preset.CUSTOM:
            self.preset.blockSignals(True)
            self.preset.setCurrentIndex(int(Preset.CUSTOM))
            self.preset.blockSignals(False)

    def _emit_if_valid(self) -> None:
        if self.request() is not None:
            self.changed.emit()
