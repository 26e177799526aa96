"""Submitting a draft: ask, let the service check the text, and when it finds something show the
findings and send only after an explicit confirmation (which the service audits).

Non-blocking (dialogs opened with open()), so that the lock can close them and tests can drive them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kim_desktop.domain.pii_guard import Finding
from kim_desktop.errors import KimError
from kim_desktop.services import escalations
from kim_desktop.ui.i18n import error_text
from kim_desktop.ui.qt import QCoreApplication, QObject, Qt, QtWidgets, Signal, is_alive

if TYPE_CHECKING:
    from kim_desktop.ui.session import AppSession

YES, NO = QtWidgets.QMessageBox.StandardButton.Yes, QtWidgets.QMessageBox.StandardButton.No


class ConfirmFindingsDialog(QtWidgets.QDialog):
    """Lists the findings; "Trotzdem übermitteln" (or, for a withdrawal comment, "Trotzdem
    zurückziehen") only after the box is ticked. Esc goes back to editing."""

    def __init__(self, findings: list[Finding], parent: QtWidgets.QWidget | None = None, *,
                 withdrawal: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Personenbezogene Daten?"))
        if withdrawal:
            text = self.tr(
                "Der Kommentar zum Zurückziehen geht an die Geschäftsstelle und enthält Stellen, die wie "
                "personenbezogene Daten aussehen.\n"
                "Bitte ändern Sie den Kommentar – oder bestätigen Sie, dass es sich nicht um "
                "personenbezogene Daten handelt (die Bestätigung wird protokolliert).")
            send_text = self.tr("&Trotzdem zurückziehen")
        else:
            text = self.tr(
                "Die Meldung enthält Stellen, die wie personenbezogene Daten aussehen. Eine Meldung "
                "beschreibt ein strukturelles Problem und darf keine Daten einzelner Personen enthalten.\n"
                "Bitte ändern Sie den Text – oder bestätigen Sie, dass es sich nicht um personenbezogene "
                "Daten handelt (die Bestätigung wird protokolliert).")
            send_text = self.tr("&Trotzdem übermitteln")
        intro = QtWidgets.QLabel(text, self)
        intro.setWordWrap(True)
        self.tree = QtWidgets.QTreeWidget(self)
        self.tree.setObjectName("confirm_findings")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Art"), self.tr("Fundstelle"), self.tr("Grund")])
        for finding in findings:
            QtWidgets.QTreeWidgetItem(self.tree, [finding.label(QCoreApplication.translate), finding.text,
                                                  finding.reason_text(QCoreApplication.translate)])
        for column in range(2):
            self.tree.resizeColumnToContents(column)
        self.confirm = QtWidgets.QCheckBox(
            self.tr("Ich &bestätige, dass das keine personenbezogenen Daten sind"), self)
        buttons = QtWidgets.QDialogButtonBox(self)
        role = QtWidgets.QDialogButtonBox.ButtonRole
        self.edit_button = buttons.addButton(self.tr("&Zurück zum Bearbeiten"), role.RejectRole)
        self.send_button = buttons.addButton(send_text, role.AcceptRole)
        self.edit_button.setDefault(True)
        self.send_button.setEnabled(False)
        self.confirm.toggled.connect(self.send_button.setEnabled)
        self.edit_button.clicked.connect(self.reject)
        self.send_button.clicked.connect(self._send)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.confirm)
        layout.addWidget(buttons)
        self.resize(720, 380)
        self.edit_button.setFocus()

    def _send(self) -> None:
        if self.confirm.isChecked():
            self.accept()


class SubmitFlow(QObject):
    """finished(True) once the escalation is submitted, finished(False) when the user stopped or it failed."""

    finished = Signal(bool)

    def __init__(self, app_session: AppSession, escalation_id: str, parent: QtWidgets.QWidget, *,
                 ask: bool = True) -> None:
        super().__init__(parent)
        self.session = app_session
        self.escalation_id = escalation_id
        self.parent_widget = parent
        self.ask = ask
        self.confirm_dialog: ConfirmFindingsDialog | None = None

    def start(self) -> None:
        if self.ask:
            answer = QtWidgets.QMessageBox.question(
                self.parent_widget, self.tr("Meldung übermitteln?"),
                self.tr("Die Meldung wird auf personenbezogene Daten geprüft und geht dann mit dem nächsten "
                        "Export an die Geschäftsstelle. Danach kann sie nicht mehr geändert, nur noch "
                        "zurückgezogen werden.\n\nJetzt übermitteln?"), YES | NO, NO)
            if answer != YES:
                self.finished.emit(False)
                return
        findings = self._submit(confirm=False)
        if findings is None:
            self.finished.emit(False)
        elif not findings:
            self.finished.emit(True)
        else:
            self._ask_confirmation(findings)

    def _submit(self, *, confirm: bool) -> list[Finding] | None:
        try:
            return escalations.submit(self.session.vault, self.escalation_id, confirm_findings=confirm)
        except KimError as error:
            QtWidgets.QMessageBox.warning(self.parent_widget, self.tr("Übermitteln"), error_text(error))
            return None

    def _ask_confirmation(self, findings: list[Finding]) -> None:
        dialog = ConfirmFindingsDialog(findings, self.parent_widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._confirmed)
        dialog.rejected.connect(lambda: self.finished.emit(False))
        self.confirm_dialog = dialog
        dialog.open()

    def _confirmed(self) -> None:
        if not is_alive(self.parent_widget):
            return
        self.finished.emit(self._submit(confirm=True) is not None)
