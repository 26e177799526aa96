"""A client's personal details, new or changed, with the duplicate warning before saving.

Before a new client is stored (and before a change of name or birth date), people who may be the
same person are listed — name, birth date, pseudonym and why — and the user decides: create the
new record anyway, or use the existing person. Nothing is written before that decision.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from kim_desktop.domain.catalogues import CONTEXT as CATALOGUES
from kim_desktop.domain.catalogues import Gender, ResidenceStatus
from kim_desktop.domain.name_matching import Match
from kim_desktop.errors import InputRejected, KimError
from kim_desktop.services import clients
from kim_desktop.services.clients import ClientInput, ClientView
from kim_desktop.ui.case_detail.forms import (
    DateField,
    FieldError,
    FormErrors,
    add_field,
    fill_combo,
    grow_to_fit,
    labelled,
    message_text,
    ok_cancel,
    select_data,
    show_date,
    text_box,
)
from kim_desktop.ui.i18n import error_text, translate
from kim_desktop.ui.qt import Qt, QtWidgets, Signal

if TYPE_CHECKING:
    from kim_desktop.ui.session import AppSession

ID_ROLE = Qt.ItemDataRole.UserRole
IDENTITY_FIELDS = ("first_name", "last_name", "birth_date", "gender")  # what duplicate detection compares
FIELD_WIDTH = 260  # both columns alike, whatever their labels


@dataclass(frozen=True)
class ClientDraft:
    """Unsaved input of the dialog, kept in memory while the vault is locked."""

    client_id: str | None
    values: dict[str, Any]


class ClientDialog(QtWidgets.QDialog):
    clientSaved = Signal(str)  # noqa: N815 - Qt naming; the client was created or changed
    clientCreated = Signal(str)  # noqa: N815 - a new client was stored (after clientSaved)
    existingChosen = Signal(str)  # noqa: N815 - the user took an existing person instead of a new one

    def __init__(self, session: AppSession, client_id: str | None = None, *,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.client_id = client_id
        self.created = False
        self.discarded = False  # the user cancelled (a lock closes the dialog without this)
        self.matches: list[Match] = []
        self.setWindowTitle(self.tr("Person bearbeiten") if client_id else self.tr("Neue Person"))
        self.general = FieldError(self)
        self.errors = FormErrors(self.general)
        self._build_fields()
        self._build_duplicates()
        self.buttons = ok_cancel(self, self.tr("&Speichern"))
        self.save_button = self.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(self._build_form())
        layout.addWidget(self.duplicates)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        self.stored: ClientView | None = None
        if client_id is not None:
            with session.vault.reader() as db:
                self.stored = clients.get_client(db, client_id)
            self.set_input(self.stored)
        self.shown_values = self.values()
        for widget in (self.first_name, self.last_name, self.birth_date):
            widget.textChanged.connect(self._identity_edited)
        self.gender.currentIndexChanged.connect(self._identity_edited)
        self.first_name.setFocus()

    # --- building ------------------------------------------------------------------------------

    def _line(self, limit: int) -> QtWidgets.QLineEdit:
        edit = QtWidgets.QLineEdit(self)
        edit.setMaxLength(limit)
        edit.setMinimumWidth(FIELD_WIDTH)
        return edit

    def _text(self, lines: int) -> QtWidgets.QPlainTextEdit:
        edit = text_box(self, lines)
        edit.setMinimumWidth(FIELD_WIDTH)
        return edit

    def _build_fields(self) -> None:
        self.first_name, self.last_name = self._line(100), self._line(100)
        self.birth_date = DateField(self, years_ahead=0, optional=True)
        self.gender = QtWidgets.QComboBox(self)
        fill_combo(self.gender, labelled(Gender, CATALOGUES), none_text="–")
        self.nationality, self.languages = self._line(60), self._line(200)
        self.languages.setPlaceholderText(self.tr("z. B. Arabisch, Deutsch (A2)"))
        self.interpreter_needed = QtWidgets.QCheckBox(self.tr("&Dolmetschung nötig"), self)
        self.interpreter_language = self._line(60)
        self.interpreter_language.setEnabled(False)
        self.interpreter_needed.toggled.connect(self.interpreter_language.setEnabled)
        self.residence_status = QtWidgets.QComboBox(self)
        fill_combo(self.residence_status, labelled(ResidenceStatus, CATALOGUES), none_text="–")
        self.municipality = QtWidgets.QComboBox(self)
        fill_combo(self.municipality, [(m.name, m.ags) for m in self.session.deployment.municipalities],
                   none_text="–")
        self.address = self._text(2)
        self.phone, self.email = self._line(60), self._line(200)
        self.household = self._text(2)
        self.household.setPlaceholderText(self.tr("z. B. verheiratet, zwei Kinder (4 und 7 Jahre)"))
        self.notes = self._text(3)

    def _build_form(self) -> QtWidgets.QHBoxLayout:
        person, contact = QtWidgets.QFormLayout(), QtWidgets.QFormLayout()
        e = self.errors
        add_field(person, e, "first_name", self.tr("&Vorname:"), self.first_name, self)
        add_field(person, e, "last_name", self.tr("&Nachname:"), self.last_name, self)
        add_field(person, e, "birth_date", self.tr("&Geburtsdatum:"), self.birth_date, self)
        add_field(person, e, "gender", self.tr("Geschl&echt:"), self.gender, self)
        add_field(person, e, "nationality", self.tr("Staatsangehörig&keit:"), self.nationality, self)
        add_field(person, e, "languages", self.tr("S&prachen:"), self.languages, self)
        person.addRow("", self.interpreter_needed)
        add_field(person, e, "interpreter_language", self.tr("Sp&rache der Dolmetschung:"),
                  self.interpreter_language, self)
        add_field(person, e, "residence_status", self.tr("&Aufenthaltsstatus:"), self.residence_status, self)
        add_field(contact, e, "municipality_ags", self.tr("Wohn&ort (Kommune):"), self.municipality, self)
        add_field(contact, e, "address", self.tr("Ans&chrift:"), self.address, self)
        add_field(contact, e, "phone", self.tr("&Telefon:"), self.phone, self)
        add_field(contact, e, "email", self.tr("E-&Mail:"), self.email, self)
        add_field(contact, e, "household", self.tr("&Haushalt:"), self.household, self)
        add_field(contact, e, "notes", self.tr("Noti&zen:"), self.notes, self)
        columns = QtWidgets.QHBoxLayout()
        for title, form in ((self.tr("Person"), person), (self.tr("Wohnort und Kontakt"), contact)):
            box = QtWidgets.QGroupBox(title, self)
            box.setLayout(form)
            columns.addWidget(box, 1)
        return columns

    def _build_duplicates(self) -> None:
        self.duplicates = QtWidgets.QGroupBox(self.tr("Möglicherweise schon vorhanden"), self)
        self.duplicates.setStyleSheet("QGroupBox { font-weight: 600; }")
        self.duplicates_note = QtWidgets.QLabel(self)
        self.duplicates_note.setWordWrap(True)
        self.duplicates_note.setStyleSheet("font-weight: normal;")
        self.matches_table = QtWidgets.QTreeWidget(self)
        self.matches_table.setRootIsDecorated(False)
        self.matches_table.setHeaderLabels([self.tr("Name"), self.tr("Geburtsdatum"), self.tr("Pseudonym"),
                                            self.tr("Warum ähnlich")])
        self.matches_table.setStyleSheet("font-weight: normal;")
        self.matches_table.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self.create_anyway = QtWidgets.QPushButton(self.tr("Trotzdem neu an&legen"), self)
        self.save_anyway = QtWidgets.QPushButton(self.tr("Trotzdem &speichern"), self)
        self.use_existing = QtWidgets.QPushButton(self.tr("Vorhandene Person ver&wenden"), self)
        self.create_anyway.clicked.connect(self.save_despite_matches)
        self.save_anyway.clicked.connect(self.save_despite_matches)
        self.use_existing.clicked.connect(self._use_existing)
        self.matches_table.itemActivated.connect(self._use_existing)
        row = QtWidgets.QHBoxLayout()
        row.addStretch(1)
        for button in (self.create_anyway, self.save_anyway, self.use_existing):
            row.addWidget(button)
        layout = QtWidgets.QVBoxLayout(self.duplicates)
        layout.addWidget(self.duplicates_note)
        layout.addWidget(self.matches_table)
        layout.addLayout(row)
        self.duplicates.hide()

    # --- values --------------------------------------------------------------------------------

    def set_input(self, data: ClientInput) -> None:
        self.first_name.setText(data.first_name)
        self.last_name.setText(data.last_name)
        self.birth_date.set_date(data.birth_date)
        select_data(self.gender, data.gender)
        self.nationality.setText(data.nationality)
        self.languages.setText(data.languages)
        self.interpreter_needed.setChecked(data.interpreter_needed)
        self.interpreter_language.setText(data.interpreter_language)
        select_data(self.residence_status, data.residence_status)
        select_data(self.municipality, data.municipality_ags)
        self.address.setPlainText(data.address)
        self.phone.setText(data.phone)
        self.email.setText(data.email)
        self.household.setPlainText(data.household)
        self.notes.setPlainText(data.notes)

    def values(self) -> dict[str, Any]:
        """What the form shows, the birth date as typed (it may not be a date yet)."""
        return {
            "first_name": self.first_name.text(), "last_name": self.last_name.text(),
            "birth_date": self.birth_date.text(), "gender": self.gender.currentData(),
            "nationality": self.nationality.text(), "languages": self.languages.text(),
            "interpreter_needed": self.interpreter_needed.isChecked(),
            "interpreter_language": self.interpreter_language.text(),
            "residence_status": self.residence_status.currentData(),
            "municipality_ags": self.municipality.currentData(),
            "address": self.address.toPlainText(), "phone": self.phone.text(), "email": self.email.text(),
            "household": self.household.toPlainText(), "notes": self.notes.toPlainText(),
        }

    def set_values(self, values: dict[str, Any]) -> None:
        birth_text = values.get("birth_date", "")
        self.set_input(replace(ClientInput(), **{k: v for k, v in values.items() if k != "birth_date"}))
        self.birth_date.setText(birth_text)

    def is_dirty(self) -> bool:
        return self.values() != self.shown_values

    def draft(self) -> ClientDraft | None:
        """Unsaved input, unless the user cancelled or saved it (a lock closes the dialog otherwise)."""
        if self.discarded or self.result() == QtWidgets.QDialog.DialogCode.Accepted or not self.is_dirty():
            return None
        return ClientDraft(self.client_id, self.values())

    def restore_draft(self, draft: ClientDraft) -> None:
        self.set_values(draft.values)
        self.general.show_text(self.tr("Nicht gespeicherte Eingaben wurden wiederhergestellt."))

    def client_input(self) -> ClientInput | None:
        """The form as a ClientInput; None (with the message at the field) when the birth date is no date."""
        parsed = self.birth_date.parsed()
        if parsed.error is not None:
            self.errors.show("birth_date", message_text(parsed.error))
            return None
        values = self.values()
        values["birth_date"] = parsed.value
        if not values["interpreter_needed"]:
            values["interpreter_language"] = ""
        return ClientInput(**values)

    # --- saving --------------------------------------------------------------------------------

    def accept(self) -> None:
        self._save(checked_duplicates=False)

    def _identity_changed(self, data: ClientInput) -> bool:
        if self.stored is None:
            return True
        return any(getattr(data, name) != getattr(self.stored, name) for name in IDENTITY_FIELDS)

    def _identity_edited(self, *_changed: object) -> None:
        """A changed name or birth date is checked again before saving."""
        if not self.duplicates.isHidden():
            self.duplicates.hide()
            self.save_button.show()
            self.save_button.setDefault(True)

    def _save(self, *, checked_duplicates: bool) -> None:
        self.errors.clear()
        data = self.client_input()
        if data is None:
            return
        try:
            clients.validate(data, dt.date.today())
            if not checked_duplicates and self._identity_changed(data):
                with self.session.vault.reader() as db:
                    self.matches = clients.find_duplicates(db, data, ignore_id=self.client_id)
                if self.matches:
                    self._show_matches()
                    return
            if self.client_id is None:
                view = clients.create_client(self.session.vault, data)
                self.client_id, self.created = view.id, True
            else:
                clients.update_client(self.session.vault, self.client_id, data)
        except InputRejected as exc:
            self.errors.show_rejection(exc)
            return
        except KimError as exc:
            self.errors.show(None, error_text(exc))
            return
        self.clientSaved.emit(self.client_id)
        if self.created:
            self.clientCreated.emit(self.client_id)
        super().accept()

    def _show_matches(self) -> None:
        self.matches_table.clear()
        with self.session.vault.reader() as db:
            for match in self.matches:
                person = clients.get_client(db, match.id)
                item = QtWidgets.QTreeWidgetItem(self.matches_table, [
                    person.full_name, show_date(person.birth_date), person.pseudonym,
                    match.reason_text(translate)])
                item.setData(0, ID_ROLE, match.id)
        for column in range(3):
            self.matches_table.resizeColumnToContents(column)
        first = self.matches_table.topLevelItem(0)
        if first is not None:
            self.matches_table.setCurrentItem(first)
        new = self.stored is None
        self.duplicates_note.setText(
            self.tr("Diese schon erfassten Personen könnten dieselbe sein (ähnlicher Name, gleiches "
                    "Geburtsdatum). Bitte prüfen, bevor eine zweite Akte entsteht.") if new else
            self.tr("Nach der Änderung ähnelt die Person diesen schon erfassten Personen. "
                    "Trotzdem speichern?"))
        self.create_anyway.setVisible(new)
        self.use_existing.setVisible(new)
        self.save_anyway.setVisible(not new)
        self.save_button.hide()  # the decision is one of the buttons above; Cancel stays
        self.duplicates.show()
        grow_to_fit(self)
        (self.use_existing if new else self.save_anyway).setDefault(True)
        self.matches_table.setFocus()

    def save_despite_matches(self) -> None:
        self._save(checked_duplicates=True)

    def _use_existing(self, *_activated: object) -> None:
        item = self.matches_table.currentItem()
        if item is None or self.stored is not None:
            return
        self.client_id, self.created = item.data(0, ID_ROLE), False
        self.existingChosen.emit(self.client_id)
        super().accept()

    def reject(self) -> None:
        """Esc and Cancel: typed input is only dropped after asking."""
        if self.is_dirty():
            answer = QtWidgets.QMessageBox.question(
                self, self.windowTitle(), self.tr("Die Eingaben sind nicht gespeichert. Verwerfen?"),
                QtWidgets.QMessageBox.StandardButton.Discard | QtWidgets.QMessageBox.StandardButton.Cancel,
                QtWidgets.QMessageBox.StandardButton.Cancel)
            if answer != QtWidgets.QMessageBox.StandardButton.Discard:
                return
        self.discarded = True
        super().reject()
