"""The exceptions of one day (leave, sickness, training, an extra day, moved office hours): listed
with a delete button, and a form to add new ones. Leave, sickness and training may span several
days: one exception per working day is saved (weekends and NRW holidays left out) in one go.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from kim_desktop.domain import schedule_rules as rules
from kim_desktop.domain.dates import format_date
from kim_desktop.domain.schedule_labels import CONTEXT as LABELS
from kim_desktop.domain.schedule_labels import EXCEPTION_KIND_LABELS, WEEKDAYS, exception_kind_label
from kim_desktop.domain.schedule_rules import ExceptionKind
from kim_desktop.errors import InputRejected, KimError
from kim_desktop.services import schedules
from kim_desktop.services.schedules import SINGLE_DAY_KINDS, ExceptionRow
from kim_desktop.ui.case_detail.forms import FieldError, FormErrors, add_field, field_with_error, text_box
from kim_desktop.ui.i18n import error_text, translate
from kim_desktop.ui.qt import Qt, QtGui, QtWidgets, Signal
from kim_desktop.ui.schedule.pattern_dialog import fill_municipalities
from kim_desktop.ui.widgets.date_field import DateField

if TYPE_CHECKING:
    from kim_desktop.ui.session import AppSession

DASH = "–"
ID_ROLE = Qt.ItemDataRole.UserRole


class ExceptionDialog(QtWidgets.QDialog):
    changed = Signal()  # an exception was added or deleted

    def __init__(self, app_session: AppSession, day: dt.date,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.day = app_session, day
        self.owner = app_session.vault.profile.device_id
        self.names = {m.ags: m.name for m in app_session.deployment.municipalities}
        self.setWindowTitle(self.tr("Ausnahmen am {day}").format(day=self.day_text(day)))
        self.general = FieldError(self)
        self.errors = FormErrors(self.general)
        self.done_label = QtWidgets.QLabel(self)
        self.done_label.setWordWrap(True)
        self.done_label.hide()
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self._list_box())
        layout.addWidget(self._form_box())
        layout.addWidget(self.general)
        layout.addWidget(self.done_label)
        layout.addWidget(self._buttons())
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QtGui.QShortcut(QtGui.QKeySequence(keys), self, self.add)
        self._kind_changed()
        self.reload()
        self.setMinimumWidth(640)
        self.kind.setFocus()

    @staticmethod
    def day_text(day: dt.date) -> str:
        return f"{translate(LABELS, WEEKDAYS[day.weekday()])}, {format_date(day)}"

    # --- building ---------------------------------------------------------------------------------

    def _list_box(self) -> QtWidgets.QGroupBox:
        box = QtWidgets.QGroupBox(self.day_text(self.day), self)
        self.holiday = QtWidgets.QLabel(box)
        name = rules.holiday_name(self.day)
        if name:
            self.holiday.setText(self.tr("Feiertag: {name} – keine Sprechzeiten.").format(name=name))
        self.holiday.setVisible(bool(name))
        self.list = QtWidgets.QListWidget(box)
        self.list.setAccessibleName(self.tr("Ausnahmen an diesem Tag"))
        self.list.setMinimumHeight(90)
        self.delete_button = QtWidgets.QPushButton(self.tr("Ausnahme &löschen …"), box)
        self.delete_button.clicked.connect(self.delete_selected)
        self.list.currentItemChanged.connect(lambda *_: self._enable_delete())
        self.list.itemActivated.connect(lambda _item: self.delete_selected())
        layout = QtWidgets.QVBoxLayout(box)
        layout.addWidget(self.holiday)
        layout.addWidget(self.list)
        row = QtWidgets.QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.delete_button)
        layout.addLayout(row)
        return box

    def _form_box(self) -> QtWidgets.QGroupBox:
        box = QtWidgets.QGroupBox(self.tr("Neue Ausnahme"), self)
        form = QtWidgets.QFormLayout(box)
        self.kind = QtWidgets.QComboBox(box)
        for code, label in EXCEPTION_KIND_LABELS.items():
            self.kind.addItem(translate(LABELS, label), str(code))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        add_field(form, self.errors, "kind", self.tr("&Art:"), self.kind, box)
        first_label = QtWidgets.QLabel(self.tr("&Von:"), box)
        form.addRow(first_label, self._dates_row(box))
        first_label.setBuddy(self.first)
        self.municipality = QtWidgets.QComboBox(box)
        fill_municipalities(self.municipality, self.session, self.tr("— wie im Wochenplan —"))
        add_field(form, self.errors, "municipality_ags", self.tr("&Kommune:"), self.municipality, box)
        self.place = QtWidgets.QLineEdit(box)
        self.place.setMaxLength(200)
        self.place.setPlaceholderText(self.tr("z. B. Rathaus, Raum 2.14"))
        add_field(form, self.errors, "place", self.tr("&Ort / Raum:"), self.place, box)
        self.hours = QtWidgets.QLineEdit(box)
        self.hours.setMaxLength(200)
        self.hours.setPlaceholderText("09:00-12:00;13:00-15:30")
        add_field(form, self.errors, "office_hours", self.tr("S&prechzeiten:"), self.hours, box)
        self.substitute = QtWidgets.QComboBox(box)
        self.substitute.addItem(self.tr("keine Vertretung"), None)
        self.substitute.setToolTip(self.tr("Nur bei Urlaub. Zur Auswahl stehen die Fallmanagerinnen und "
                                           "Fallmanager, deren Profil über den Austausch bekannt ist."))
        for device_id, name in self._colleagues():
            self.substitute.addItem(name, device_id)
        add_field(form, self.errors, "substitute_device_id", self.tr("Ve&rtretung:"), self.substitute, box)
        self.note = text_box(box, 2)
        add_field(form, self.errors, "note", self.tr("&Notiz:"), self.note, box)
        return box

    def _dates_row(self, parent: QtWidgets.QWidget) -> QtWidgets.QWidget:
        self.first = DateField(parent, forward=True)
        self.first.set_date(self.day)
        self.last = DateField(parent, base=self.first.date, forward=True)
        self.last.set_date(self.day)
        for field in (self.first, self.last):
            field.setMinimumWidth(field.fontMetrics().horizontalAdvance("00.00.00000") + 16)
            field.setMaximumWidth(field.fontMetrics().horizontalAdvance("00.00.00000") + 32)
        first_cell, first_error = field_with_error(self.first, parent)
        last_cell, last_error = field_with_error(self.last, parent)
        self.errors.add("first", self.first, first_error)
        self.errors.add("last", self.last, last_error)
        self.last_label = QtWidgets.QLabel(self.tr("&bis:"), parent)
        self.last_label.setBuddy(self.last)
        self.range_hint = QtWidgets.QLabel(self.tr("(ohne Wochenenden und Feiertage)"), parent)
        cell = QtWidgets.QWidget(parent)
        row = QtWidgets.QHBoxLayout(cell)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(first_cell)
        row.addWidget(self.last_label)
        row.addWidget(last_cell)
        row.addWidget(self.range_hint)
        row.addStretch(1)
        self.first.checked.connect(self._first_checked)
        self.last.checked.connect(last_error.show_text)
        return cell

    def _buttons(self) -> QtWidgets.QDialogButtonBox:
        standard = QtWidgets.QDialogButtonBox.StandardButton
        buttons = QtWidgets.QDialogButtonBox(standard.Close, self)
        self.add_button = buttons.addButton(self.tr("&Hinzufügen"),
                                            QtWidgets.QDialogButtonBox.ButtonRole.ActionRole)
        self.add_button.setToolTip(self.tr("Strg+Eingabe"))
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.add)
        buttons.rejected.connect(self.reject)
        return buttons

    def _colleagues(self) -> list[tuple[str, str]]:
        from kim_desktop.services.colleagues import colleagues

        with self.session.vault.reader() as session:
            return [(c.device_id, c.name) for c in colleagues(session, exclude_device_id=self.owner)]

    # --- the list ---------------------------------------------------------------------------------

    def reload(self) -> None:
        from kim_desktop.services.colleagues import colleague_name

        with self.session.vault.reader() as session:
            rows = schedules.exceptions_on(session, self.owner, self.day)
            substitutes = {r.substitute_device_id: colleague_name(session, r.substitute_device_id)
                           for r in rows if r.substitute_device_id}
        self.list.clear()
        for row in rows:
            item = QtWidgets.QListWidgetItem(self.describe(row, substitutes))
            item.setData(ID_ROLE, row.id)
            self.list.addItem(item)
        if not rows:
            empty = QtWidgets.QListWidgetItem(self.tr("Keine Ausnahmen an diesem Tag."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        else:
            self.list.setCurrentRow(0)
        self._enable_delete()

    def describe(self, row: ExceptionRow, substitutes: dict[str, str]) -> str:
        parts = [translate(LABELS, exception_kind_label(row.kind))]
        if row.municipality_ags:
            parts.append(self.names.get(row.municipality_ags, row.municipality_ags))
        if row.place:
            parts.append(row.place)
        if row.office_hours:
            parts.append(row.office_hours.replace(";", ", "))
        if row.substitute_device_id:
            name = substitutes.get(row.substitute_device_id) or self.tr("unbekannt")
            parts.append(self.tr("Vertretung: {name}").format(name=name))
        if row.note:
            parts.append(row.note.replace("\n", " "))
        return f" {DASH} ".join(parts)

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def _enable_delete(self) -> None:
        self.delete_button.setEnabled(self.selected_id() is not None)

    def delete_selected(self) -> None:
        exception_id = self.selected_id()
        if exception_id is None:
            return
        buttons = QtWidgets.QMessageBox.StandardButton
        answer = QtWidgets.QMessageBox.question(
            self, self.tr("Ausnahme löschen"),
            self.tr("„{what}“ löschen?").format(what=self.list.currentItem().text()),
            buttons.Yes | buttons.No, buttons.No)
        if answer != buttons.Yes:
            return
        try:
            schedules.delete_exception(self.session.vault, exception_id)
        except KimError as exc:
            self.errors.show(None, error_text(exc))
            return
        self.reload()
        self.changed.emit()

    # --- the form ---------------------------------------------------------------------------------

    def kind_code(self) -> str:
        return str(self.kind.currentData())

    def _kind_changed(self) -> None:
        kind = self.kind_code()
        single = kind in SINGLE_DAY_KINDS
        for date_part in (self.last, self.last_label):
            date_part.setEnabled(not single)
        self.range_hint.setVisible(not single)
        if single:
            self.last.setText(self.first.text())
        for widget in (self.municipality, self.place, self.hours):
            widget.setEnabled(single)
        self.substitute.setEnabled(kind == ExceptionKind.LEAVE)
        # an extra day has no municipality "as in the pattern"
        model = self.municipality.model()
        assert isinstance(model, QtGui.QStandardItemModel)
        model.item(0).setEnabled(kind != ExceptionKind.EXTRA_DAY)
        if kind == ExceptionKind.EXTRA_DAY and self.municipality.currentIndex() == 0:
            self.municipality.setCurrentIndex(min(1, self.municipality.count() - 1))
        self.errors.clear()

    def _first_checked(self, message: str) -> None:
        self.errors.fields["first"][1].show_text(message)
        first, last = self.first.date(), self.last.date()
        if message or first is None:
            return
        if self.kind_code() in SINGLE_DAY_KINDS or last is None or last < first:
            self.last.set_date(first)

    def add(self) -> None:
        self.errors.clear()
        self.done_label.hide()
        kind = self.kind_code()
        first, last = self.first.parsed(), self.last.parsed()
        if kind in SINGLE_DAY_KINDS:
            last = first
        for name, parsed in (("first", first), ("last", last)):
            if parsed.error is not None:
                self.errors.show(name, parsed.error.text(translate))
                return
        assert first.value is not None and last.value is not None
        single = kind in SINGLE_DAY_KINDS
        substitute = (self.substitute.currentData() or "") if kind == ExceptionKind.LEAVE else ""
        try:
            added = schedules.add_exceptions(
                self.session.vault, first.value, last.value, kind,
                municipality_ags=(self.municipality.currentData() or "") if single else "",
                office_hours=self.hours.text() if single else "", place=self.place.text() if single else "",
                substitute_device_id=substitute, note=self.note.toPlainText())
        except InputRejected as exc:
            self.errors.show_rejection(exc)
            return
        except KimError as exc:
            self.errors.show(None, error_text(exc))
            return
        self._tell_added(len(added), first.value, last.value)
        self.note.clear()
        self.reload()
        self.changed.emit()

    def _tell_added(self, count: int, first: dt.date, last: dt.date) -> None:
        if count == 0:
            text = self.tr("Schon eingetragen – nichts hinzugefügt.")
        elif first == last:
            text = self.tr("Eingetragen für {day}.").format(day=format_date(first))
        else:
            text = self.tr("Eingetragen für %n Arbeitstag(e) vom {first} bis {last}.", "", count).format(
                first=format_date(first), last=format_date(last))
        self.done_label.setText(text)
        self.done_label.show()
