"""Personendaten anzeigen: a coordinator states why before a client's personal details are shown.

The reasons are a fixed list (domain.personal_data), not free text: the audit log, which records
the choice, holds no data of its own. Confirming writes the audit entry and reveals the client in
the given PersonalDataView; Cancel (or Esc) shows and writes nothing.
"""

from __future__ import annotations

from kim_desktop.domain.personal_data import CONTEXT, RevealReason
from kim_desktop.errors import KimError
from kim_desktop.services.personal_data_view import PersonalDataView
from kim_desktop.storage.vault import Vault
from kim_desktop.ui.case_detail.forms import FieldError, ok_cancel
from kim_desktop.ui.i18n import error_text, translate
from kim_desktop.ui.qt import QtWidgets, Signal


class RevealDialog(QtWidgets.QDialog):
    revealed = Signal(str)  # the client's id, once the audit entry is written

    def __init__(self, vault: Vault, view: PersonalDataView, client_id: str, pseudonym: str, *,
                 reason: RevealReason | None = None, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.view, self.client_id = vault, view, client_id
        self.setWindowTitle(self.tr("Personendaten anzeigen"))
        self.setMinimumWidth(520)
        intro = QtWidgets.QLabel(self.tr(
            "Diese Ansicht ist pseudonymisiert. Name, Geburtsdatum, Kontaktdaten und Notizen von %1 "
            "werden nur aus einem dienstlichen Grund angezeigt. Der Zugriff wird mit dem Grund "
            "protokolliert.").replace("%1", pseudonym), self)
        intro.setWordWrap(True)
        box = QtWidgets.QGroupBox(self.tr("Grund"), self)
        box_layout = QtWidgets.QVBoxLayout(box)
        self.reasons = QtWidgets.QButtonGroup(self)
        self.buttons_by_reason: dict[RevealReason, QtWidgets.QRadioButton] = {}
        for member in RevealReason:
            button = QtWidgets.QRadioButton(translate(CONTEXT, member.label), box)
            self.reasons.addButton(button)
            self.buttons_by_reason[member] = button
            box_layout.addWidget(button)
        if reason is not None:
            self.buttons_by_reason[RevealReason(reason)].setChecked(True)
        note = QtWidgets.QLabel(self.tr("Die Daten bleiben sichtbar, bis Sie den Fall verlassen oder die "
                                        "Datendatei gesperrt wird."), self)
        note.setWordWrap(True)
        self.error = FieldError(self)
        self.buttons = ok_cancel(self, self.tr("Personendaten an&zeigen"))
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(box)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        (self.reasons.checkedButton() or self.buttons_by_reason[RevealReason.ACCESS_REQUEST]).setFocus()

    def chosen(self) -> RevealReason | None:
        return next((reason for reason, button in self.buttons_by_reason.items() if button.isChecked()), None)

    def accept(self) -> None:
        reason = self.chosen()
        if reason is None:
            self.error.show_text(self.tr("Bitte einen Grund wählen."))
            self.buttons_by_reason[RevealReason.ACCESS_REQUEST].setFocus()
            return
        try:
            self.view.reveal(self.vault, self.client_id, reason)
        except KimError as exc:
            self.error.show_text(error_text(exc))
            return
        self.revealed.emit(self.client_id)
        super().accept()
