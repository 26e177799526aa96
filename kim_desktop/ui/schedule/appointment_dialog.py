"""A new or existing appointment: day, start, duration, kind, optional case, interpreter language
and note. Ctrl+Enter saves, Esc cancels (asking when typed input would be lost).

An overlap, a time outside the office hours, a holiday or an absence is not refused: the
warnings are shown and the user decides ("Trotzdem speichern?"). Refused input is shown under
its field, never as a traceback.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kim_desktop.domain.dates import format_time, parse_time
from kim_desktop.domain.schedule_rules import AppointmentKind
from kim_desktop.errors import InputRejected, KimError
from kim_desktop.services import schedules
from kim_desktop.services.schedule_views import case_choices
from kim_desktop.services.schedules import AppointmentInput, AppointmentView
from kim_desktop.ui.i18n import error_text
from kim_desktop.ui.qt import QCoreApplication, Qt, QtGui, QtWidgets
from kim_desktop.ui.schedule.texts import kind_label
from kim_desktop.ui.widgets.date_field import DateField
from kim_desktop.ui.widgets.discard_question import may_discard
from kim_desktop.ui.widgets.field_error import FieldError

if TYPE_CHECKING:
    from kim_desktop.ui.session import AppSession

YES, NO = QtWidgets.QMessageBox.StandardButton.Yes, QtWidgets.QMessageBox.StandardButton.No
FIELDS = ("on", "start", "duration_minutes", "kind", "case_id", "interpreter_language", "note")


@dataclass(frozen=True)
class AppointmentDraft:
    """Every field as typed, to give it back after a lock."""

    appointment_id: str | None  # None: a new appointment
    on: str
    start: str
    duration_minutes: int
    kind: str
    case_id: str
    interpreter_language: str
    note: str


class AppointmentDialog(QtWidgets.QDialog):
    """appointment None: a new one on `day` at `start`. saved_id holds the id after saving."""

    def __init__(self, app_session: AppSession, *, day: dt.date, start: str = "",
                 appointment: AppointmentView | None = None, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = app_session
        self.appointment = appointment
        self.saved_id: str | None = None
        self.saved_on: dt.date | None = None
        self.setWindowTitle(self.tr("Neuer Termin") if appointment is None else self.tr("Termin bearbeiten"))
        self.on = DateField(self, forward=True)
        self.start = QtWidgets.QLineEdit(self)
        self.start.setPlaceholderText(self.tr("HH:MM"))
        self.start.setMaxLength(5)
        self.duration = QtWidgets.QSpinBox(self)
        self.duration.setRange(1, schedules.MAX_DURATION)
        self.duration.setSingleStep(5)
        self.duration.setSuffix(self.tr(" min"))
        self.kind = QtWidgets.QComboBox(self)
        for kind in AppointmentKind:
            self.kind.addItem(kind_label(kind), str(kind))
        self.case = QtWidgets.QComboBox(self)
        self.case.setObjectName("appointment_case")
        # Typing filters by any part of the name or pseudonym: a case manager has dozens of cases.
        self.case.setEditable(True)
        self.case.setInsertPolicy(QtWidgets.QComboBox.InsertPolicy.NoInsert)
        completer = self.case.completer()
        assert completer is not None  # an editable combo box has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QtWidgets.QCompleter.CompletionMode.PopupCompletion)
        self.case.setToolTip(self.tr("Eigene offene Fälle; tippen sucht nach Name oder Pseudonym, "
                                     "Pfeil runter öffnet die Liste"))
        self.interpreter = QtWidgets.QLineEdit(self)
        self.interpreter.setMaxLength(60)
        self.note = QtWidgets.QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        self.errors = {name: FieldError(self) for name in FIELDS}
        self.banner = FieldError(self)

        form = QtWidgets.QFormLayout()
        rows = ((self.tr("&Datum:"), self.on, "on"), (self.tr("&Beginn:"), self.start, "start"),
                (self.tr("D&auer:"), self.duration, "duration_minutes"),
                (self.tr("A&rt:"), self.kind, "kind"), (self.tr("&Fall:"), self.case, "case_id"),
                (self.tr("Dolmetsch&sprache:"), self.interpreter, "interpreter_language"),
                (self.tr("&Notiz:"), self.note, "note"))
        for label, widget, name in rows:
            box = QtWidgets.QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(self.errors[name])
            caption = QtWidgets.QLabel(label, self)
            caption.setBuddy(widget)
            form.addRow(caption, box)
        buttons = QtWidgets.QDialogButtonBox(self)
        role = QtWidgets.QDialogButtonBox.ButtonRole
        self.save_button = buttons.addButton(self.tr("&Speichern"), role.AcceptRole)
        self.save_button.setToolTip(self.tr("Strg+Eingabe"))
        self.save_button.setDefault(True)
        self.cancel_button = buttons.addButton(self.tr("Abbrechen"), role.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QtGui.QShortcut(QtGui.QKeySequence(keys), self).activated.connect(self.save)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)
        self.on.checked.connect(lambda message: self.errors["on"].show_message(message))

        self._fill(day, start)
        self._pristine = self._current()
        self.resize(max(self.sizeHint().width(), 520), self.sizeHint().height())
        self.start.setFocus() if appointment is None else self.on.setFocus()

    def _fill(self, day: dt.date, start: str) -> None:
        app = self.appointment
        with self.session.vault.reader() as session:
            choices = case_choices(session, self.session.vault.profile.device_id,
                                   include=app.case_id if app else None)
        self.case.addItem(self.tr("– ohne Fall –"), "")
        closed = self.tr("%1 – abgeschlossen")
        for choice in choices:
            label = closed.replace("%1", choice.label) if choice.closed else choice.label
            self.case.addItem(label, choice.case_id)
        if app is None:
            self.on.set_date(day)
            self.start.setText(start)
            self.duration.setValue(schedules.DEFAULT_SLOT)
            return
        self.on.set_date(app.on)
        self.start.setText(app.start)
        self.duration.setValue(app.duration_minutes)
        self.kind.setCurrentIndex(max(0, self.kind.findData(app.kind)))
        self.case.setCurrentIndex(max(0, self.case.findData(app.case_id or "")))
        self.interpreter.setText(app.interpreter_language)
        self.note.setPlainText(app.note)

    def _current(self) -> tuple[object, ...]:
        return (self.on.text().strip(), self.start.text().strip(), self.duration.value(),
                self.kind.currentData(), self.case.currentText(),
                self.case.currentData(), self.interpreter.text(), self.note.toPlainText())

    def is_dirty(self) -> bool:
        return self._current() != self._pristine

    def draft(self) -> AppointmentDraft | None:
        """The unsaved input (for the page's draft when the vault locks), else None."""
        if not self.is_dirty():
            return None
        return AppointmentDraft(self.appointment.id if self.appointment else None, self.on.text().strip(),
                                self.start.text().strip(), self.duration.value(), self.kind.currentData() or "",
                                self.case.currentData() or "", self.interpreter.text(), self.note.toPlainText())

    def restore_draft(self, draft: AppointmentDraft) -> None:
        self.on.setText(draft.on)
        self.start.setText(draft.start)
        self.duration.setValue(draft.duration_minutes)
        self.kind.setCurrentIndex(max(0, self.kind.findData(draft.kind)))
        self.case.setCurrentIndex(max(0, self.case.findData(draft.case_id)))
        self.interpreter.setText(draft.interpreter_language)
        self.note.setPlainText(draft.note)

    # --- reading and saving ------------------------------------------------------------------

    def _clear_messages(self) -> None:
        for error in self.errors.values():
            error.clear()
        self.banner.clear()

    def _show_error(self, name: str, text: str) -> None:
        self.errors.get(name, self.banner).show_message(text)
        widget = {"on": self.on, "start": self.start, "duration_minutes": self.duration, "kind": self.kind,
                  "case_id": self.case}.get(name)
        if widget is not None:
            widget.setFocus()

    def read(self) -> AppointmentInput | None:
        self._clear_messages()
        parsed_day = self.on.parsed()
        if parsed_day.error is not None or parsed_day.value is None:
            self._show_error("on", parsed_day.error.text(QCoreApplication.translate) if parsed_day.error
                             else self.tr("Bitte ein Datum angeben."))
            return None
        parsed_start = parse_time(self.start.text())
        if parsed_start.error is not None or parsed_start.value is None:
            self._show_error("start", parsed_start.error.text(QCoreApplication.translate)
                             if parsed_start.error else self.tr("Bitte den Beginn als HH:MM angeben."))
            return None
        self.start.setText(format_time(parsed_start.value))
        if self.case.currentText().strip() != self.case.itemText(self.case.currentIndex()):
            self._show_error("case_id",
                             self.tr("Bitte einen Fall aus der Liste wählen (oder „– ohne Fall –“)."))
            return None
        return AppointmentInput(on=parsed_day.value, start=format_time(parsed_start.value),
                                duration_minutes=self.duration.value(), kind=self.kind.currentData(),
                                case_id=self.case.currentData() or None,
                                interpreter_language=self.interpreter.text(), note=self.note.toPlainText())

    def save(self) -> str | None:
        data = self.read()
        if data is None:
            return None
        existing = self.appointment.id if self.appointment else None
        try:
            result = schedules.save_appointment(self.session.vault, data, appointment_id=existing)
            if result.appointment_id is None:
                if not self._confirm(result.warnings):
                    return None
                result = schedules.save_appointment(self.session.vault, data, appointment_id=existing,
                                                    force=True)
        except InputRejected as rejected:
            self._show_error(rejected.field or "", rejected.message(QCoreApplication.translate))
            return None
        except KimError as error:
            self.banner.show_message(error_text(error))
            return None
        self.saved_id, self.saved_on = result.appointment_id, data.on
        self._pristine = self._current()
        self.accept()
        return self.saved_id

    def _confirm(self, warnings: tuple[object, ...]) -> bool:
        lines = "\n".join(f"• {w.text(QCoreApplication.translate)}" for w in warnings)  # type: ignore[attr-defined]
        text = self.tr("%1\n\nTrotzdem speichern?").replace("%1", lines)
        return QtWidgets.QMessageBox.question(self, self.tr("Trotzdem speichern?"), text, YES | NO, NO) == YES

    def reject(self) -> None:
        if self.is_dirty() and not may_discard(
                self, self.tr("Die Eingaben zu diesem Termin sind nicht gespeichert. Verwerfen?")):
            return
        super().reject()
