"""Terminplan (DESIGN §2): a case manager's days, weeks and months, appointments and the outputs
of the schedule; a coordinator sees who of the district is where in a week.

The data is read when the page is shown and after every change, inside one vault reader: a
month of plans takes milliseconds, so it stays on the GUI thread. Keys: Ctrl+T today, PgUp/PgDown
or Alt+Left/Right a step, Alt+1/2/3 day/week/month, Ctrl+N a new appointment, Ctrl+B a
consultation from the selected appointment, Enter/Delete in the day's list.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kim_desktop.domain.dates import format_date
from kim_desktop.domain.roles import Role
from kim_desktop.domain.schedule_rules import format_time
from kim_desktop.errors import KimError
from kim_desktop.services import schedules
from kim_desktop.services.schedule_views import case_labels, consultation_prefill
from kim_desktop.services.schedules import DayPlan
from kim_desktop.ui.i18n import error_text
from kim_desktop.ui.pages.base import Page
from kim_desktop.ui.qt import Qt, QtGui, QTimer, QtWidgets, is_alive
from kim_desktop.ui.schedule.day_view import DayView
from kim_desktop.ui.schedule.month_view import MonthView
from kim_desktop.ui.schedule.navigation import NavigationBar
from kim_desktop.ui.schedule.texts import month_name
from kim_desktop.ui.schedule.week_view import WeekView

if TYPE_CHECKING:
    from kim_desktop.ui.session import AppSession

DAY, WEEK, MONTH = range(3)
YES, NO = QtWidgets.QMessageBox.StandardButton.Yes, QtWidgets.QMessageBox.StandardButton.No


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


@dataclass(frozen=True)
class ScheduleDraft:
    """What a lock must not lose: an unsaved consultation form or appointment, and the day and view
    they came from."""

    day: dt.date
    view: int
    case_id: str | None = None
    consultation: Any = None  # ConsultationDraft
    appointment: Any = None  # AppointmentDraft


class SchedulePage(Page):
    def __init__(self, session: AppSession, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.current = dt.date.today()
        self.coordinator = session.vault.profile.role is Role.COORDINATOR
        self.plans: list[DayPlan] = []
        self.consultation_dialog: QtWidgets.QDialog | None = None
        self.appointment_dialog: QtWidgets.QDialog | None = None
        heading = QtWidgets.QLabel(self.tr("Terminplan") if not self.coordinator
                                   else self.tr("Terminplan – wer ist wo?"), self)
        heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.navigation = NavigationBar(self, self)
        self.navigation.dateChosen.connect(self.go_to)
        self.navigation.stepped.connect(self.step)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.navigation)
        if self.coordinator:
            self._build_district(layout)
        else:
            self._build_own(layout)
        self._loaded = False

    # --- building --------------------------------------------------------------------------------

    def _build_district(self, layout: QtWidgets.QVBoxLayout) -> None:
        from kim_desktop.ui.schedule.district_view import DistrictWeekView

        self.navigation.set_step_name(self.tr("Woche"))
        self.district = DistrictWeekView(self.session, self)
        self.district.setObjectName("district_view")
        layout.addWidget(self.district, 1)

    def _build_own(self, layout: QtWidgets.QVBoxLayout) -> None:
        self.day_view = DayView(self.session, self)
        self.week_view = WeekView(self.session, self)
        self.month_view = MonthView(self.session, self)
        self.tabs = QtWidgets.QTabWidget(self)
        self.tabs.setObjectName("schedule_tabs")
        views = ((self.day_view, self.tr("Tag")), (self.week_view, self.tr("Woche")),
                 (self.month_view, self.tr("Monat")))
        for index, (view, title) in enumerate(views):
            self.tabs.addTab(view, title)
            self.tabs.setTabToolTip(index, f"Alt+{index + 1}")
        self.tabs.currentChanged.connect(self._view_changed)
        for number in range(3):
            shortcut = QtGui.QShortcut(QtGui.QKeySequence(f"Alt+{number + 1}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda index=number: self.show_view(index))
        self.day_view.editRequested.connect(self.edit_appointment)
        self.day_view.newRequested.connect(lambda start: self.new_appointment(start))
        self.day_view.deleteRequested.connect(self.delete_appointment)
        self.day_view.consultationRequested.connect(self.record_consultation)
        for grid in (self.week_view.grid, self.month_view.grid):
            grid.dayActivated.connect(self.open_day)
            grid.dayChosen.connect(self._day_chosen)

        actions = QtWidgets.QHBoxLayout()
        self.new_button = self._button(actions, self.tr("&Neuer Termin …"), self.tr("Strg+N"),
                                       lambda: self.new_appointment())
        new_shortcut = QtGui.QShortcut(QtGui.QKeySequence("Ctrl+N"), self)
        new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_shortcut.activated.connect(lambda: self.new_appointment())
        self.pattern_button = self._button(actions, self.tr("&Wochenplan …"),
                                           self.tr("Kommunen, Orte und Sprechzeiten je Wochentag"),
                                           self.edit_pattern)
        self.exception_button = self._button(actions, self.tr("&Abwesenheit/Abweichung …"),
                                             self.tr("Urlaub, Krankheit, Fortbildung, zusätzlicher Tag oder "
                                                     "verlegte Sprechzeiten am gewählten Tag"),
                                             self.edit_exceptions)
        actions.addStretch(1)
        self.notice_button = self._button(actions, self.tr("Aushan&g (PDF) …"),
                                          self.tr("Aushang für den Empfang, ohne Namen"), self.save_notice)
        self.sheet_button = self._button(actions, self.tr("&Tagesblatt (PDF) …"),
                                         self.tr("Termine des Tages mit Namen, zum Ausdrucken"),
                                         self.save_day_sheet)
        self.calendar_button = self._button(actions, self.tr("&Kalenderdatei (.ics) …"),
                                            self.tr("Sprechzeiten und Termine des gezeigten Zeitraums"),
                                            self.save_calendar)
        layout.addLayout(actions)
        layout.addWidget(self.tabs, 1)
        # Reading order: date bar, actions, view tabs, then the view (Qt's default follows creation).
        chain = [self.navigation.today_button, self.navigation.previous_button, self.navigation.next_button,
                 self.navigation.picker, self.new_button, self.pattern_button, self.exception_button,
                 self.notice_button, self.sheet_button, self.calendar_button, self.tabs.tabBar(),
                 self.day_view.table, self.day_view.edit_button, self.day_view.delete_button,
                 self.day_view.consult_button]
        for before, after in zip(chain, chain[1:], strict=False):
            QtWidgets.QWidget.setTabOrder(before, after)

    def _button(self, row: QtWidgets.QHBoxLayout, text: str, tip: str, slot: Any) -> QtWidgets.QPushButton:
        button = QtWidgets.QPushButton(text, self)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    # --- navigation ------------------------------------------------------------------------------

    def view(self) -> int:
        return WEEK if self.coordinator else self.tabs.currentIndex()

    def show_view(self, index: int) -> None:
        if not self.coordinator:
            self.tabs.setCurrentIndex(index)

    def go_to(self, day: dt.date) -> None:
        self.current = day
        self.reload()

    def step(self, direction: int) -> None:
        view = self.view()
        if view == DAY:
            self.go_to(self.current + dt.timedelta(days=direction))
        elif view == WEEK:
            self.go_to(self.current + dt.timedelta(weeks=direction))
        else:
            self.go_to(add_months(self.current, direction))

    def open_day(self, day: dt.date) -> None:
        self.current = day
        self.tabs.setCurrentIndex(DAY)  # reloads
        self.day_view.table.setFocus()

    def _day_chosen(self, day: dt.date) -> None:
        """The cursor moved inside the week or month: the day is chosen, the range stays."""
        start, end = self.shown_range()
        self.current = day
        if start <= day <= end:
            self.navigation.show_date(day, self._range_text())
        else:
            self.reload()

    def _view_changed(self, _index: int) -> None:
        unit = (self.tr("Tag"), self.tr("Woche"), self.tr("Monat"))[self.view()]
        self.navigation.set_step_name(unit)
        self.reload()

    def shown_range(self) -> tuple[dt.date, dt.date]:
        view = self.view()
        if view == DAY:
            return self.current, self.current
        if view == WEEK:
            first = monday_of(self.current)
            return first, first + dt.timedelta(days=6)
        first = self.current.replace(day=1)
        return first, first.replace(day=calendar.monthrange(first.year, first.month)[1])

    def _range_text(self) -> str:
        start, end = self.shown_range()
        view = self.view()
        if view == DAY:
            return ""
        if view == WEEK:
            week = self.tr("KW %1: %2 – %3").replace("%1", str(start.isocalendar().week))
            return week.replace("%2", format_date(start)).replace("%3", format_date(end))
        return f"{month_name(start.month)} {start.year}"

    # --- loading ---------------------------------------------------------------------------------

    def showEvent(self, event: QtGui.QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.reload()

    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        start, end = self.shown_range()
        self.navigation.show_date(self.current, self._range_text())
        if self.coordinator:
            self.district.show_week(start)
            return
        device = self.session.vault.profile.device_id
        with self.session.vault.reader() as session:
            self.plans = schedules.plans_between(session, device, start, end)
            labels = case_labels(session, [a.case_id for p in self.plans for a in p.appointments])
        view = self.view()
        if view == DAY:
            self.day_view.show_plan(self.plans[0], labels)
        elif view == WEEK:
            self.week_view.show_week(self.plans, labels, self.current)
        else:
            self.month_view.show_month(self.plans, self.current)

    def plan_of(self, day: dt.date) -> DayPlan:
        for plan in self.plans:
            if plan.day == day:
                return plan
        with self.session.vault.reader() as session:
            return schedules.day_plan(session, self.session.vault.profile.device_id, day)

    # --- a lock in between ------------------------------------------------------------------------

    def draft(self) -> ScheduleDraft | None:
        dialog = self.consultation_dialog
        if dialog is not None and is_alive(dialog) and dialog.isVisible():
            unsaved = dialog.draft()  # type: ignore[attr-defined]
            if unsaved is not None:
                return ScheduleDraft(self.current, self.view(), dialog.case_id, unsaved)  # type: ignore[attr-defined]
        appointment = self.appointment_dialog
        if appointment is not None and is_alive(appointment) and appointment.isVisible():
            unsaved = appointment.draft()  # type: ignore[attr-defined]
            if unsaved is not None:
                return ScheduleDraft(self.current, self.view(), appointment=unsaved)
        return None  # the main window asks before quitting when a page has a draft

    def restore_draft(self, draft: ScheduleDraft) -> None:
        self.show_view(draft.view)
        self.go_to(draft.day)  # also when the view did not change: the plans of that day are needed
        if draft.case_id is not None and draft.consultation is not None:
            QTimer.singleShot(0, self, lambda: self._restore_consultation(draft))  # once the window is up
        elif draft.appointment is not None:
            QTimer.singleShot(0, self, lambda: self._restore_appointment(draft.appointment))

    def _restore_appointment(self, draft: Any) -> None:
        if draft.appointment_id is None:
            dialog = self.new_appointment()
        else:
            dialog = self.edit_appointment(draft.appointment_id)  # type: ignore[assignment]
            if dialog is None:  # deleted meanwhile (by import or on another page)
                return
        dialog.restore_draft(draft)  # type: ignore[attr-defined]

    def _restore_consultation(self, draft: ScheduleDraft) -> None:
        from kim_desktop.ui.consultation_dialog import ConsultationDialog

        assert draft.case_id is not None
        try:
            dialog = ConsultationDialog(self.session, draft.case_id,
                                        consultation_id=draft.consultation.consultation_id, parent=self)
        except KimError:  # the case was deleted meanwhile: nothing left to record for
            return
        dialog.restore_draft(draft.consultation)
        self._show_consultation(dialog)

    # --- appointments ----------------------------------------------------------------------------

    def new_appointment(self, start: str = "") -> QtWidgets.QDialog:
        from kim_desktop.ui.schedule.appointment_dialog import AppointmentDialog

        if not start and self.view() == DAY and self.day_view.plan is not None:
            slots = self.day_view.plan.free_slots
            start = format_time(slots[0].start) if slots else ""
        dialog = AppointmentDialog(self.session, day=self.current, start=start, parent=self)
        return self._open_appointment_dialog(dialog)

    def edit_appointment(self, appointment_id: str) -> QtWidgets.QDialog | None:
        from kim_desktop.ui.schedule.appointment_dialog import AppointmentDialog

        app = next((a for p in self.plans for a in p.appointments if a.id == appointment_id), None)
        if app is None:
            return None
        dialog = AppointmentDialog(self.session, day=app.on, appointment=app, parent=self)
        return self._open_appointment_dialog(dialog)

    def _open_appointment_dialog(self, dialog: QtWidgets.QDialog) -> QtWidgets.QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._appointment_saved(dialog))
        self.appointment_dialog = dialog
        dialog.open()
        return dialog

    def _appointment_saved(self, dialog: QtWidgets.QDialog) -> None:
        saved_id = getattr(dialog, "saved_id", None)
        saved_on = getattr(dialog, "saved_on", None)
        if saved_on is not None:
            self.current = saved_on
        self.reload()
        if saved_id and self.view() == DAY:
            self.day_view.select_appointment(saved_id)

    def delete_appointment(self, appointment_id: str) -> None:
        app = next((a for p in self.plans for a in p.appointments if a.id == appointment_id), None)
        if app is None:
            return
        text = self.tr("Den Termin am %1 um %2 Uhr löschen?").replace("%1", format_date(app.on)).replace(
            "%2", app.start)
        if QtWidgets.QMessageBox.question(self, self.tr("Termin löschen?"), text, YES | NO, NO) != YES:
            return
        try:
            schedules.delete_appointment(self.session.vault, appointment_id)
        except KimError as error:
            QtWidgets.QMessageBox.warning(self, self.tr("Termin löschen"), error_text(error))
        self.reload()
        self.day_view.table.setFocus()

    def record_consultation(self, appointment_id: str) -> QtWidgets.QDialog | None:
        from kim_desktop.ui.consultation_dialog import ConsultationDialog

        app = next((a for p in self.plans for a in p.appointments if a.id == appointment_id), None)
        if app is None or app.case_id is None:
            return None
        prefill = consultation_prefill(self.plan_of(app.on), app)
        try:
            dialog = ConsultationDialog(self.session, app.case_id, prefill=prefill, parent=self)
        except KimError as error:
            QtWidgets.QMessageBox.warning(self, self.tr("Beratung erfassen"), error_text(error))
            return None
        return self._show_consultation(dialog)

    def _show_consultation(self, dialog: QtWidgets.QDialog) -> QtWidgets.QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.consultation_dialog = dialog
        dialog.open()
        return dialog

    # --- dialogs of the other parts --------------------------------------------------------------

    def edit_pattern(self) -> None:
        from kim_desktop.ui.schedule.pattern_dialog import PatternDialog

        dialog = PatternDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._reload_if_alive())
        dialog.open()

    def edit_exceptions(self) -> None:
        from kim_desktop.ui.schedule.exception_dialog import ExceptionDialog

        dialog = ExceptionDialog(self.session, self.current, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._reload_if_alive())
        dialog.open()

    def _reload_if_alive(self) -> None:
        if is_alive(self):
            self.reload()

    def save_notice(self) -> None:
        from kim_desktop.ui.schedule.outputs import save_front_desk_notice

        save_front_desk_notice(self, self.session, self.current)

    def save_day_sheet(self) -> None:
        from kim_desktop.ui.schedule.outputs import save_day_sheet

        save_day_sheet(self, self.session, self.current)

    def save_calendar(self) -> None:
        from kim_desktop.ui.schedule.outputs import save_calendar

        start, end = self.shown_range()
        save_calendar(self, self.session, start, end, shown=self.current)
