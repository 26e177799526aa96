"""Überblick: who the client is, the case's municipality, focus and phase with its history."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kim_desktop.domain.case_cycle import Phase
from kim_desktop.errors import RecordNotFound
from kim_desktop.ui.case_detail.data import (
    CaseData,
    closing_reason_label,
    focus_label,
    gender_label,
    hidden_text,
    phase_label,
    residence_label,
)
from kim_desktop.ui.case_detail.forms import DASH, show_date
from kim_desktop.ui.case_detail.tab import CaseTab, fit_columns, make_tree
from kim_desktop.ui.qt import Qt, QtWidgets

if TYPE_CHECKING:
    from kim_desktop.ui.session import AppSession


class _Facts(QtWidgets.QFormLayout):
    """Label: value rows whose values are selectable text (to copy a phone number)."""

    def __init__(self, owner: QtWidgets.QWidget) -> None:
        super().__init__()
        self.owner = owner
        self.setFieldGrowthPolicy(QtWidgets.QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

    def fact(self, text: str) -> QtWidgets.QLabel:
        value = QtWidgets.QLabel(self.owner)
        value.setWordWrap(True)
        value.setTextFormat(Qt.TextFormat.PlainText)  # names and notes are never markup
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.addRow(text, value)
        return value


class OverviewTab(CaseTab):
    def __init__(self, session: AppSession, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(session, parent)
        person_box = QtWidgets.QGroupBox(self.tr("Person"), self)
        facts = _Facts(self)
        self.name = facts.fact(self.tr("Name:"))
        self.pseudonym = facts.fact(self.tr("Pseudonym:"))
        self.birth_date = facts.fact(self.tr("Geburtsdatum:"))
        self.gender = facts.fact(self.tr("Geschlecht:"))
        self.nationality = facts.fact(self.tr("Staatsangehörigkeit:"))
        self.languages = facts.fact(self.tr("Sprachen:"))
        self.interpreter = facts.fact(self.tr("Dolmetschung:"))
        self.residence = facts.fact(self.tr("Aufenthaltsstatus:"))
        self.home = facts.fact(self.tr("Wohnort:"))
        self.address = facts.fact(self.tr("Anschrift:"))
        self.contact = facts.fact(self.tr("Telefon, E-Mail:"))
        self.household = facts.fact(self.tr("Haushalt:"))
        self.notes = facts.fact(self.tr("Notizen:"))
        self.edit_client_button = QtWidgets.QPushButton(self.tr("Person be&arbeiten …"), self)
        person_layout = QtWidgets.QVBoxLayout(person_box)
        person_layout.addLayout(facts)
        person_layout.addWidget(self.edit_client_button, 0, Qt.AlignmentFlag.AlignLeft)
        person_layout.addStretch(1)

        case_box = QtWidgets.QGroupBox(self.tr("Fall"), self)
        case_facts = _Facts(self)
        self.municipality = case_facts.fact(self.tr("Kommune:"))
        self.focus = case_facts.fact(self.tr("Schwerpunkt:"))
        self.opened_on = case_facts.fact(self.tr("Beginn:"))
        self.phase = case_facts.fact(self.tr("Phase:"))
        self.closing = case_facts.fact(self.tr("Abschluss:"))
        self.case_facts = case_facts
        self.history = make_tree(self, [self.tr("Phase"), self.tr("seit")])
        self.history.setMaximumHeight(self.fontMetrics().lineSpacing() * 8)
        self.phase_button = QtWidgets.QPushButton(self.tr("&Phase ändern …"), self)
        self.focus_button = QtWidgets.QPushButton(self.tr("Sch&werpunkt, Kommune …"), self)
        history_label = QtWidgets.QLabel(self.tr("Verlauf der Phasen:"), self)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.phase_button)
        buttons.addWidget(self.focus_button)
        buttons.addStretch(1)
        case_layout = QtWidgets.QVBoxLayout(case_box)
        case_layout.addLayout(case_facts)
        case_layout.addWidget(history_label)
        case_layout.addWidget(self.history)
        case_layout.addLayout(buttons)
        case_layout.addStretch(1)

        layout = QtWidgets.QHBoxLayout(self)
        layout.addWidget(person_box, 3)
        layout.addWidget(case_box, 2)
        self.edit_client_button.clicked.connect(self.edit_client)
        self.phase_button.clicked.connect(self.change_phase)
        self.focus_button.clicked.connect(self.change_focus)

    def show_case(self, data: CaseData) -> None:
        super().show_case(data)
        client, case = data.client, data.detail.case
        names = self.session.municipality_names
        self.name.setText(client.full_name or DASH)
        self.pseudonym.setText(client.pseudonym)
        self.birth_date.setText(hidden_text() if data.hidden else show_date(client.birth_date))
        self.gender.setText(gender_label(client.gender))
        self.nationality.setText(client.nationality or DASH)
        self.languages.setText(client.languages or DASH)
        if client.interpreter_needed:
            self.interpreter.setText(self.tr("nötig (%1)").replace("%1", client.interpreter_language or DASH))
        else:
            self.interpreter.setText(self.tr("nicht nötig"))
        self.residence.setText(residence_label(client.residence_status))
        self.home.setText(names([client.municipality_ags])[0] if client.municipality_ags else DASH)
        self.address.setText(client.address or DASH)
        self.contact.setText(", ".join(part for part in (client.phone, client.email) if part) or DASH)
        self.household.setText(client.household or DASH)
        self.notes.setText(client.notes or DASH)
        self.municipality.setText(names([case.municipality_ags])[0])
        self.focus.setText(focus_label(case.focus))
        self.opened_on.setText(show_date(case.opened_on))
        self.phase.setText(phase_label(case.phase))
        self.case_facts.setRowVisible(self.closing, data.closed)
        if data.closed:
            reason = closing_reason_label(data.detail.closing_reason)
            self.closing.setText(f"{show_date(case.closed_on)}, {reason}")
        self.history.clear()
        for change in reversed(data.detail.phases):  # newest first, as everywhere
            QtWidgets.QTreeWidgetItem(self.history, [phase_label(change.phase), show_date(change.changed_on)])
        fit_columns(self.history)
        self.phase_button.setText(self.tr("Fall &wieder aufnehmen …") if data.closed
                                  else self.tr("&Phase ändern …"))
        self.focus_button.setEnabled(not data.closed)
        self.edit_client_button.setEnabled(not data.hidden)
        self.edit_client_button.setToolTip(self.tr("Erst „Personendaten anzeigen …“ wählen.") if data.hidden
                                           else "")

    def clear(self) -> None:
        super().clear()
        for label in self.findChildren(QtWidgets.QLabel):
            if label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse:
                label.clear()
        self.history.clear()

    def edit_client(self) -> QtWidgets.QDialog | None:
        from kim_desktop.ui.client_dialog import ClientDialog

        if self.data is None or self.data.hidden:
            return None
        try:
            dialog = ClientDialog(self.session, self.data.client.id, parent=self)
        except RecordNotFound:  # deleted meanwhile (retention): the detail reads the case again
            self.changed.emit()
            return None
        dialog.clientSaved.connect(self.stored)
        return self.open_dialog(dialog)

    def change_phase(self) -> QtWidgets.QDialog | None:
        from kim_desktop.ui.case_detail.phase_dialog import PhaseDialog

        if self.data is None:
            return None
        dialog = PhaseDialog(self.session, self.data.case_id, Phase(self.data.detail.case.phase), parent=self)
        dialog.changed.connect(self.stored)
        return self.open_dialog(dialog)

    def change_focus(self) -> QtWidgets.QDialog | None:
        from kim_desktop.ui.case_detail.open_case_dialog import CaseFocusDialog

        if self.data is None:
            return None
        case = self.data.detail.case
        dialog = CaseFocusDialog(self.session, case.id, case.focus, case.municipality_ags, parent=self)
        dialog.changed.connect(self.stored)
        return self.open_dialog(dialog)
