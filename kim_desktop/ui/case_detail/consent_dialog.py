"""Recording a consent (Einwilligung / Schweigepflichtentbindung) for one partner agency, and revoking it."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from kim_desktop.domain import consent as consent_rules
from kim_desktop.domain.consent import Consent
from kim_desktop.errors import InputRejected, KimError
from kim_desktop.services import cases, master_data
from kim_desktop.services.cases import ConsentRow
from kim_desktop.storage.master_data_tables import AGENCY
from kim_desktop.ui.case_detail.forms import (
    DateField,
    FieldError,
    FormErrors,
    add_field,
    fill_combo,
    message_text,
    ok_cancel,
    show_date,
)
from kim_desktop.ui.i18n import error_text, translate
from kim_desktop.ui.qt import QtWidgets, Signal

if TYPE_CHECKING:
    from kim_desktop.ui.session import AppSession

# The service names every consent rule "consent"; the form shows each at its own field.
_FIELD_OF_PROBLEM = {
    consent_rules.EMPTY_SCOPE: "scope",
    consent_rules.GIVEN_IN_FUTURE: "given_on",
    consent_rules.REVOKED_BEFORE_GIVEN: "revoked_on",
    consent_rules.REVOKED_IN_FUTURE: "revoked_on",
}


def _show_rejection(errors: FormErrors, exc: KimError) -> None:
    if isinstance(exc, InputRejected):
        errors.show(_FIELD_OF_PROBLEM.get(exc.reason.template, exc.field), message_text(exc.reason))
    else:
        errors.show(None, error_text(exc))


class ConsentDialog(QtWidgets.QDialog):
    saved = Signal(str)  # the consent's id

    def __init__(self, session: AppSession, case_id: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.case_id = session, case_id
        self.setWindowTitle(self.tr("Einwilligung aufnehmen"))
        self.setMinimumWidth(520)
        self.general = FieldError(self)
        self.errors = FormErrors(self.general)
        self.agency = QtWidgets.QComboBox(self)
        with session.vault.reader() as db:
            agencies = master_data.catalogue(db, AGENCY)
        fill_combo(self.agency, [(item.display(translate), item.code) for item in agencies],
                   none_text=self.tr("– bitte wählen –"))
        self.given_on = DateField(self)
        self.given_on.set_date(dt.date.today())
        self.scope = QtWidgets.QLineEdit(self)
        self.scope.setPlaceholderText(self.tr("z. B. Austausch zum Antrag auf Bürgergeld"))
        note = QtWidgets.QLabel(self.tr("Einwilligung und Schweigepflichtentbindung gelten ab dem Tag der "
                                        "Erteilung und bis zum Tag vor einem Widerruf."), self)
        note.setWordWrap(True)
        form = QtWidgets.QFormLayout()
        add_field(form, self.errors, "agency", self.tr("&Netzwerkpartner:"), self.agency, self)
        add_field(form, self.errors, "given_on", self.tr("&Erteilt am:"), self.given_on, self)
        add_field(form, self.errors, "scope", self.tr("&Wofür:"), self.scope, self)
        self.errors.alias("consent", "scope")
        self.buttons = ok_cancel(self, self.tr("&Speichern"))
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        self.agency.setFocus()

    def accept(self) -> None:
        self.errors.clear()
        agency = self.agency.currentData()
        if agency is None:
            self.errors.show("agency", self.tr("Bitte einen Netzwerkpartner wählen."))
            return
        given = self.given_on.parsed()
        if given.error is not None or given.value is None:
            self.errors.show("given_on", message_text(given.error) if given.error else "")
            return
        try:
            consent_id = cases.add_consent(self.session.vault, self.case_id,
                                           Consent(agency, given.value, self.scope.text()))
        except KimError as exc:
            _show_rejection(self.errors, exc)
            return
        self.saved.emit(consent_id)
        super().accept()


class RevokeConsentDialog(QtWidgets.QDialog):
    revoked = Signal(str)  # the consent's id

    def __init__(self, session: AppSession, consent: ConsentRow, agency_label: str,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.consent = session, consent
        self.setWindowTitle(self.tr("Einwilligung widerrufen"))
        self.setMinimumWidth(440)
        self.general = FieldError(self)
        self.errors = FormErrors(self.general)
        self.revoked_on = DateField(self)
        self.revoked_on.set_date(dt.date.today())
        form = QtWidgets.QFormLayout()
        form.addRow(self.tr("Netzwerkpartner:"), QtWidgets.QLabel(agency_label, self))
        form.addRow(self.tr("Erteilt am:"), QtWidgets.QLabel(show_date(consent.given_on), self))
        scope = QtWidgets.QLabel(consent.scope, self)
        scope.setWordWrap(True)
        form.addRow(self.tr("Wofür:"), scope)
        add_field(form, self.errors, "revoked_on", self.tr("Widerrufen a&m:"), self.revoked_on, self)
        self.errors.alias("consent", "revoked_on")
        note = QtWidgets.QLabel(self.tr("Ab diesem Tag gilt die Einwilligung nicht mehr."), self)
        self.buttons = ok_cancel(self, self.tr("&Widerrufen"))
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        self.revoked_on.setFocus()

    def accept(self) -> None:
        self.errors.clear()
        parsed = self.revoked_on.parsed()
        if parsed.error is not None or parsed.value is None:
            self.errors.show("revoked_on", message_text(parsed.error) if parsed.error else "")
            return
        try:
            cases.revoke_consent(self.session.vault, self.consent.id, parsed.value)
        except KimError as exc:
            _show_rejection(self.errors, exc)
            return
        self.revoked.emit(self.consent.id)
        super().accept()
