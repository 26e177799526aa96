"""A new escalation or a draft: the text, what it concerns, how many cases and how urgent.

Left the text fields (checked for personal data while typing, findings listed under them), right
the choices. Ctrl+S or Ctrl+Enter saves the draft, "Prüfen und übermitteln …" saves and submits;
Esc cancels (asking when typed input would be lost). Links to the user's own cases stay on this
laptop; only the number of cases is sent.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kim_desktop.errors import InputRejected, KimError
from kim_desktop.services import escalations, master_data
from kim_desktop.services.escalations import EscalationInput
from kim_desktop.services.schedule_views import case_choices, case_labels
from kim_desktop.storage.master_data_tables import AGENCY, LEGAL_DOMAIN
from kim_desktop.ui.escalations.pii_highlight import FindingsList, PiiWatcher
from kim_desktop.ui.escalations.submit_flow import SubmitFlow
from kim_desktop.ui.escalations.texts import CASE_LINKS_NOTE, URGENCIES, translated, urgency_label
from kim_desktop.ui.i18n import error_text
from kim_desktop.ui.qt import QCoreApplication, Qt, QtGui, QtWidgets
from kim_desktop.ui.widgets.checkable_list import CheckableList
from kim_desktop.ui.widgets.date_field import DateField
from kim_desktop.ui.widgets.discard_question import may_discard
from kim_desktop.ui.widgets.field_error import FieldError

if TYPE_CHECKING:
    from kim_desktop.ui.session import AppSession

FIELDS = ("title", "description", "legal_domains", "agencies", "municipalities", "case_count", "case_ids",
          "first_seen", "urgency", "proposed_measure", "attachments")
MAX_CASES = 100000


@dataclass(frozen=True)
class FormDraft:
    """Unsaved input across a lock."""

    escalation_id: str | None
    data: EscalationInput
    first_seen_text: str


class EscalationFormDialog(QtWidgets.QDialog):
    """escalation_id None: a new draft. After closing, saved_id holds the draft's id (if it was
    saved) and submitted tells whether it went out."""

    def __init__(self, app_session: AppSession, *, escalation_id: str | None = None,
                 data: EscalationInput | None = None, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = app_session
        self.escalation_id = escalation_id
        self.saved_id: str | None = escalation_id
        self.submitted = False
        self.submit_flow: SubmitFlow | None = None
        self.setWindowTitle(self.tr("Neue Meldung") if escalation_id is None
                            else self.tr("Meldung bearbeiten"))
        self._build()
        self._fill(data)
        self._pristine = self._current()
        self.watcher = PiiWatcher(app_session.vault, self)
        for key, label, widget in (("title", self.tr("Titel"), self.title),
                                   ("description", self.tr("Beschreibung"), self.description),
                                   ("proposed_measure", self.tr("Maßnahme"), self.proposed_measure),
                                   ("attachments", self.tr("Anlagen"), self.attachments)):
            self.watcher.watch(key, label, widget)
        self.findings = FindingsList(self.watcher, self)
        self.text_column.addWidget(self.findings)
        QtWidgets.QWidget.setTabOrder(self.attachments, self.findings.tree)
        QtWidgets.QWidget.setTabOrder(self.findings.tree, self.legal_domains)
        self.resize(1180, 820)
        self.title.setFocus()

    # --- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QtWidgets.QLineEdit(self)
        self.title.setMaxLength(200)
        self.title.setPlaceholderText(self.tr("Kurz: welches Problem, wo?"))
        self.description = self._text_box(self.tr("Was geschieht, seit wann, wie oft, welche Folgen? "
                                                  "Ohne Namen und ohne Einzelfalldaten."), 150)
        self.proposed_measure = self._text_box(self.tr("Was müsste sich ändern, wer könnte es ändern?"), 70)
        self.attachments = self._text_box(self.tr("Nur Text, z. B. Auszüge aus Schreiben – ohne "
                                                  "personenbezogene Daten"), 60)
        self.legal_domains = CheckableList(self, visible_rows=5)
        self.agencies = CheckableList(self, visible_rows=5)
        self.municipalities = CheckableList(self, visible_rows=5)
        self.case_count = QtWidgets.QSpinBox(self)
        self.case_count.setRange(1, MAX_CASES)
        self.case_count.setToolTip(self.tr("Wie viele Fälle (auch anderer Kolleginnen und Kollegen) sind "
                                           "Ihnen bekannt?"))
        self.case_links = CheckableList(self, visible_rows=4)
        self.case_links.setObjectName("escalation_case_links")
        self.case_links.checkedChanged.connect(self._links_changed)
        links_note = QtWidgets.QLabel(translated(CASE_LINKS_NOTE), self)
        links_note.setWordWrap(True)
        links_note.setStyleSheet("color: #555;")
        self.first_seen = DateField(self, optional=True)
        self.urgency = QtWidgets.QComboBox(self)
        for code in URGENCIES:
            self.urgency.addItem(urgency_label(code), code)
        self.errors = {name: FieldError(self) for name in FIELDS}
        self.banner = FieldError(self)
        self.first_seen.checked.connect(lambda message: self.errors["first_seen"].show_message(message))

        self.text_column = QtWidgets.QVBoxLayout()
        left = QtWidgets.QFormLayout()
        self._rows(left, ((self.tr("&Titel:"), self.title, "title"),
                          (self.tr("&Beschreibung:"), self.description, "description"),
                          (self.tr("Vorgeschlagene &Maßnahme:"), self.proposed_measure, "proposed_measure"),
                          (self.tr("An&lagen (Text):"), self.attachments, "attachments")))
        self.text_column.addLayout(left, 1)
        right = QtWidgets.QFormLayout()
        self._rows(right, ((self.tr("&Rechtskreise:"), self.legal_domains, "legal_domains"),
                           (self.tr("&Partner/Behörden:"), self.agencies, "agencies"),
                           (self.tr("&Kommunen:"), self.municipalities, "municipalities"),
                           (self.tr("Anzahl &Fälle:"), self.case_count, "case_count"),
                           (self.tr("E&igene Fälle:"), self.case_links, "case_ids"),
                           ("", links_note, None),
                           (self.tr("&Erstmals beobachtet:"), self.first_seen, "first_seen"),
                           (self.tr("&Dringlichkeit:"), self.urgency, "urgency")))
        columns = QtWidgets.QHBoxLayout()
        columns.addLayout(self.text_column, 3)
        right_column = QtWidgets.QVBoxLayout()
        right_column.addLayout(right)
        right_column.addStretch(1)  # the lists keep their height; spare room goes below them
        columns.addLayout(right_column, 2)

        buttons = QtWidgets.QDialogButtonBox(self)
        role = QtWidgets.QDialogButtonBox.ButtonRole
        self.save_button = buttons.addButton(self.tr("Als Entwurf &speichern"), role.AcceptRole)
        self.save_button.setToolTip(self.tr("Strg+S oder Strg+Eingabe"))
        self.save_button.setDefault(True)
        self.submit_button = buttons.addButton(self.tr("Prüfen und über&mitteln …"), role.ActionRole)
        self.submit_button.setToolTip(self.tr("Speichert, prüft auf personenbezogene Daten und übermittelt "
                                              "mit dem nächsten Export"))
        self.cancel_button = buttons.addButton(self.tr("Abbrechen"), role.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.submit_button.clicked.connect(self.save_and_submit)
        self.cancel_button.clicked.connect(self.reject)
        for keys in ("Ctrl+S", "Ctrl+Return", "Ctrl+Enter"):
            QtGui.QShortcut(QtGui.QKeySequence(keys), self).activated.connect(self.save)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)
        chain = (self.title, self.description, self.proposed_measure, self.attachments, self.legal_domains,
                 self.agencies, self.municipalities, self.case_count, self.case_links, self.first_seen,
                 self.urgency, self.save_button, self.submit_button, self.cancel_button)
        for before, after in zip(chain, chain[1:], strict=False):
            QtWidgets.QWidget.setTabOrder(before, after)

    def _text_box(self, placeholder: str, height: int) -> QtWidgets.QPlainTextEdit:
        box = QtWidgets.QPlainTextEdit(self)
        box.setTabChangesFocus(True)
        box.setPlaceholderText(placeholder)
        box.setMinimumHeight(height)
        return box

    def _rows(self, form: QtWidgets.QFormLayout, rows: tuple) -> None:  # type: ignore[type-arg]
        for label, widget, name in rows:
            if name is None:
                form.addRow(label, widget)
                continue
            box = QtWidgets.QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(self.errors[name])
            caption = QtWidgets.QLabel(label, self)
            caption.setBuddy(widget)
            form.addRow(caption, box)

    def _fill(self, data: EscalationInput | None) -> None:
        translate = QCoreApplication.translate
        with self.session.vault.reader() as session:
            domains = [(i.code, i.display(translate)) for i in master_data.catalogue(session, LEGAL_DOMAIN)]
            agencies = [(i.code, i.display(translate)) for i in master_data.catalogue(session, AGENCY)]
            device = self.session.vault.profile.device_id
            cases = [(c.case_id, c.label) for c in case_choices(session, device)]
            linked = data.case_ids if data is not None else ()
            missing = [case_id for case_id in linked if case_id not in {c for c, _ in cases}]
            cases += sorted(case_labels(session, missing).items(), key=lambda item: item[1].casefold())
        self.legal_domains.set_items(domains)
        self.agencies.set_items(agencies)
        self.municipalities.set_items([(m.ags, m.name) for m in self.session.deployment.municipalities])
        self.case_links.set_items(cases)
        if data is None:
            self.municipalities.set_checked(self.session.vault.profile.municipalities)
            self.urgency.setCurrentIndex(self.urgency.findData("medium"))
            return
        self.title.setText(data.title)
        self.description.setPlainText(data.description)
        self.legal_domains.set_checked(data.legal_domains)
        self.agencies.set_checked(data.agencies)
        self.municipalities.set_checked(data.municipalities)
        self.case_links.set_checked(data.case_ids)
        self.case_count.setValue(max(1, data.case_count))
        self.first_seen.set_date(data.first_seen)
        self.urgency.setCurrentIndex(max(0, self.urgency.findData(data.urgency)))
        self.proposed_measure.setPlainText(data.proposed_measure)
        self.attachments.setPlainText(data.attachments)

    def _links_changed(self) -> None:
        linked = len(self.case_links.checked())
        if self.case_count.value() < linked:
            self.case_count.setValue(linked)

    # --- reading, saving, submitting ---------------------------------------------------------

    def _current(self) -> tuple[object, ...]:
        return (self.title.text(), self.description.toPlainText(), self.legal_domains.checked(),
                self.agencies.checked(), self.municipalities.checked(), self.case_count.value(),
                self.case_links.checked(), self.first_seen.text().strip(), self.urgency.currentData(),
                self.proposed_measure.toPlainText(), self.attachments.toPlainText())

    def is_dirty(self) -> bool:
        return self._current() != self._pristine

    def _clear_messages(self) -> None:
        for error in self.errors.values():
            error.clear()
        self.banner.clear()

    def _show_error(self, name: str, text: str) -> None:
        self.errors.get(name, self.banner).show_message(text)
        widget = {"title": self.title, "description": self.description, "legal_domains": self.legal_domains,
                  "agencies": self.agencies, "municipalities": self.municipalities,
                  "case_count": self.case_count, "case_ids": self.case_links, "first_seen": self.first_seen,
                  "urgency": self.urgency, "proposed_measure": self.proposed_measure,
                  "attachments": self.attachments}.get(name)
        if widget is not None:
            widget.setFocus()

    def read(self) -> EscalationInput | None:
        self._clear_messages()
        parsed = self.first_seen.parsed()
        if parsed.error is not None:
            self._show_error("first_seen", parsed.error.text(QCoreApplication.translate))
            return None
        if not self.title.text().strip():
            self._show_error("title", self.tr("Bitte einen Titel angeben."))
            return None
        if not self.description.toPlainText().strip():
            self._show_error("description", self.tr("Bitte das Problem beschreiben."))
            return None
        return EscalationInput(
            title=self.title.text().strip(), description=self.description.toPlainText().strip(),
            legal_domains=self.legal_domains.checked(), agencies=self.agencies.checked(),
            municipalities=self.municipalities.checked(), case_count=self.case_count.value(),
            first_seen=parsed.value, urgency=self.urgency.currentData(),
            proposed_measure=self.proposed_measure.toPlainText().strip(),
            attachments=self.attachments.toPlainText().strip(), case_ids=self.case_links.checked())

    def _save_draft(self) -> str | None:
        data = self.read()
        if data is None:
            return None
        try:
            saved = escalations.save_draft(self.session.vault, data, escalation_id=self.escalation_id)
        except InputRejected as rejected:
            self._show_error(rejected.field or "", rejected.message(QCoreApplication.translate))
            return None
        except KimError as error:
            self.banner.show_message(error_text(error))
            return None
        self.escalation_id = self.saved_id = saved
        self.setWindowTitle(self.tr("Meldung bearbeiten"))
        self._pristine = self._current()
        return saved

    def save(self) -> str | None:
        saved = self._save_draft()
        if saved is not None:
            self.accept()
        return saved

    def save_and_submit(self) -> None:
        saved = self._save_draft()
        if saved is None:
            return
        self.watcher.check_now()
        flow = SubmitFlow(self.session, saved, self)
        flow.finished.connect(self._submit_finished)
        self.submit_flow = flow
        flow.start()

    def _submit_finished(self, submitted: bool) -> None:
        if submitted:
            self.submitted = True
            self.accept()
            return
        # Saved as a draft, still open for editing: the first finding is where to start.
        if self.findings.items:
            self.watcher.select(self.findings.items[0])

    # --- closing and locking -----------------------------------------------------------------

    def draft(self) -> FormDraft | None:
        if not self.is_dirty():
            return None
        return FormDraft(self.escalation_id, EscalationInput(
            title=self.title.text(), description=self.description.toPlainText(),
            legal_domains=self.legal_domains.checked(), agencies=self.agencies.checked(),
            municipalities=self.municipalities.checked(), case_count=self.case_count.value(),
            first_seen=None, urgency=self.urgency.currentData(),
            proposed_measure=self.proposed_measure.toPlainText(), attachments=self.attachments.toPlainText(),
            case_ids=self.case_links.checked()), self.first_seen.text())

    def restore_draft(self, draft: FormDraft) -> None:
        self._fill(draft.data)
        self.first_seen.setText(draft.first_seen_text)

    def reject(self) -> None:
        if self.is_dirty() and not may_discard(
                self, self.tr("Die Eingaben zu dieser Meldung sind nicht gespeichert. Verwerfen?")):
            return
        super().reject()


def open_form(app_session: AppSession, parent: QtWidgets.QWidget, escalation_id: str | None = None,
              ) -> EscalationFormDialog | None:
    """The dialog for a new escalation, or for a draft with its saved input (None: it is gone)."""
    data = None
    if escalation_id is not None:
        from kim_desktop.domain.roles import Role

        try:
            with app_session.vault.reader() as session:
                data = escalations.escalation_detail(session, escalation_id, Role.CASE_MANAGER).data
        except KimError as error:
            QtWidgets.QMessageBox.warning(
                parent, QCoreApplication.translate("EscalationFormDialog", "Meldung bearbeiten"),
                error_text(error))
            return None
    dialog = EscalationFormDialog(app_session, escalation_id=escalation_id, data=data, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return dialog
