"""A case manager's own escalations: the list, the actions on the chosen one, and its details.

Ctrl+N a new one; in the list Enter edits a draft, Delete deletes a draft. The list is small (a
case manager writes a few a year), so it is read whole on the GUI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kim_desktop.domain.escalation_status import Status
from kim_desktop.domain.pii_guard import Finding
from kim_desktop.domain.roles import Role
from kim_desktop.errors import KimError
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP
from kim_desktop.services import escalations, master_data
from kim_desktop.services.escalations import EscalationDetail, EscalationRow
from kim_desktop.storage.master_data_tables import AGENCY, LEGAL_DOMAIN
from kim_desktop.ui.escalations.form_dialog import EscalationFormDialog, FormDraft, open_form
from kim_desktop.ui.escalations.history_view import EscalationDetailView
from kim_desktop.ui.escalations.pii_highlight import FindingsList, PiiWatcher
from kim_desktop.ui.escalations.submit_flow import ConfirmFindingsDialog, SubmitFlow
from kim_desktop.ui.escalations.texts import (
    EMPTY_STATE,
    format_day,
    format_when,
    joined,
    status_label,
    translated,
    urgency_label,
)
from kim_desktop.ui.i18n import error_text
from kim_desktop.ui.qt import QCoreApplication, Qt, QtGui, QtWidgets, is_alive

if TYPE_CHECKING:
    from kim_desktop.storage.vault import Vault
    from kim_desktop.ui.session import AppSession

YES, NO = QtWidgets.QMessageBox.StandardButton.Yes, QtWidgets.QMessageBox.StandardButton.No
ID_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = (QT_TRANSLATE_NOOP("OwnEscalations", "Titel"), QT_TRANSLATE_NOOP("OwnEscalations", "Status"),
           QT_TRANSLATE_NOOP("OwnEscalations", "Dringlichkeit"),
           QT_TRANSLATE_NOOP("OwnEscalations", "Kommunen"),
           QT_TRANSLATE_NOOP("OwnEscalations", "Übermittelt"),
           QT_TRANSLATE_NOOP("OwnEscalations", "Letzte Änderung"))


class WithdrawDialog(QtWidgets.QDialog):
    def __init__(self, title: str, vault: Vault, parent: QtWidgets.QWidget | None = None,
                 comment: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Meldung zurückziehen"))
        intro = QtWidgets.QLabel(self.tr("„%1“ zurückziehen? Die Geschäftsstelle erfährt es mit dem nächsten "
                                         "Export; ein Grund hilft ihr.").replace("%1", title), self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        caption = QtWidgets.QLabel(self.tr("&Kommentar (ohne personenbezogene Daten):"), self)
        self.comment = QtWidgets.QPlainTextEdit(self)
        self.comment.setTabChangesFocus(True)
        self.comment.setPlainText(comment)
        caption.setBuddy(self.comment)
        buttons = QtWidgets.QDialogButtonBox(self)
        role = QtWidgets.QDialogButtonBox.ButtonRole
        self.withdraw_button = buttons.addButton(self.tr("&Zurückziehen"), role.AcceptRole)
        buttons.addButton(self.tr("Abbrechen"), role.RejectRole).clicked.connect(self.reject)
        self.withdraw_button.clicked.connect(self.accept)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(caption)
        layout.addWidget(self.comment)
        # The comment travels to the Geschäftsstelle too: the same guard, as a hint.
        self.watcher = PiiWatcher(vault, self)
        self.watcher.watch("comment", self.tr("Kommentar"), self.comment)
        self.findings = FindingsList(self.watcher, self)
        layout.addWidget(self.findings)
        layout.addWidget(buttons)
        self.resize(520, 260)
        self.comment.setFocus()


class OwnEscalations(QtWidgets.QWidget):
    def __init__(self, app_session: AppSession, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = app_session
        self.rows: list[EscalationRow] = []
        self.detail: EscalationDetail | None = None
        self.form_dialog: EscalationFormDialog | None = None
        self.withdraw_dialog: WithdrawDialog | None = None
        self.withdraw_confirm_dialog: ConfirmFindingsDialog | None = None
        self.submit_flow: SubmitFlow | None = None
        actions = QtWidgets.QHBoxLayout()
        self.new_button = self._button(actions, self.tr("&Neue Meldung …"), self.tr("Strg+N"),
                                       self.new_escalation)
        self.edit_button = self._button(actions, self.tr("&Bearbeiten …"),
                                        self.tr("Nur Entwürfe; Eingabetaste"), self.edit_selected)
        self.submit_button = self._button(actions, self.tr("Über&mitteln …"),
                                          self.tr("Prüfen und mit dem nächsten Export senden"),
                                          self.submit_selected)
        self.withdraw_button = self._button(actions, self.tr("&Zurückziehen …"),
                                            self.tr("Möglich, bis die Meldung in der Lenkungsgruppe ist"),
                                            self.withdraw_selected)
        self.delete_button = self._button(actions, self.tr("Entwurf &löschen"), self.tr("Entf"),
                                          self.delete_selected)
        actions.addStretch(1)
        shortcut = QtGui.QShortcut(QtGui.QKeySequence("Ctrl+N"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.new_escalation)

        self.table = QtWidgets.QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("own_escalations")
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("OwnEscalations", c) for c in COLUMNS])
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QtWidgets.QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemActivated.connect(lambda _item: self.edit_selected())
        self.table.installEventFilter(self)
        self.detail_view = EscalationDetailView(self)
        splitter = QtWidgets.QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail_view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([780, 520])
        self.table.setMinimumWidth(420)
        self.empty = QtWidgets.QLabel(translated(EMPTY_STATE), self)
        self.empty.setObjectName("escalations_empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setMaximumWidth(760)
        self.stack = QtWidgets.QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(splitter)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(actions)
        layout.addWidget(self.stack, 1)
        self._update_buttons()

    def _button(self, row: QtWidgets.QHBoxLayout, text: str, tip: str, slot: Any) -> QtWidgets.QPushButton:
        button = QtWidgets.QPushButton(text, self)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 - Qt override
        if watched is self.table and event.type() == QtGui.QKeyEvent.Type.KeyPress \
                and event.key() == Qt.Key.Key_Delete:
            self.delete_selected()
            return True
        return super().eventFilter(watched, event)

    # --- loading -----------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        keep = select or self.selected_id()
        with self.session.vault.reader() as session:
            self.rows = escalations.escalation_rows(session)
        names = {m.ags: m.name for m in self.session.deployment.municipalities}
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            cells = (row.title, status_label(row.status), urgency_label(row.urgency),
                     joined(names.get(a, a) for a in row.municipalities), format_day(row.submitted_at),
                     format_when(row.changed_at))
            for column, text in enumerate(cells):
                item = QtWidgets.QTableWidgetItem(text)
                item.setData(ID_ROLE, row.id)
                self.table.setItem(index, column, item)
        self.table.blockSignals(False)
        self.stack.setCurrentIndex(1 if self.rows else 0)
        target = next((i for i, r in enumerate(self.rows) if r.id == keep), 0 if self.rows else None)
        if target is not None:
            self.table.selectRow(target)
        self._selection_changed()

    def selected_id(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(ID_ROLE) if items else None

    def _selection_changed(self) -> None:
        escalation_id = self.selected_id()
        self.detail = None
        if escalation_id is None:
            self.detail_view.clear()
        else:
            try:
                with self.session.vault.reader() as session:
                    self.detail = escalations.escalation_detail(session, escalation_id, Role.CASE_MANAGER)
                    translate = QCoreApplication.translate
                    domains = master_data.labels(session, LEGAL_DOMAIN, translate)
                    agencies = master_data.labels(session, AGENCY, translate)
            except KimError as error:
                self.detail_view.clear()
                QtWidgets.QMessageBox.warning(self, self.tr("Meldung"), error_text(error))
            else:
                names = {m.ags: m.name for m in self.session.deployment.municipalities}
                self.detail_view.show_detail(self.detail, domain_labels=domains, agency_labels=agencies,
                                             municipality_names=names)
        self._update_buttons()

    def _update_buttons(self) -> None:
        detail = self.detail
        draft = detail is not None and detail.row.status is Status.DRAFT
        self.edit_button.setEnabled(bool(detail and detail.editable))
        self.submit_button.setEnabled(draft)
        self.delete_button.setEnabled(draft)
        self.withdraw_button.setEnabled(bool(detail and detail.withdrawable))

    # --- actions -----------------------------------------------------------------------------

    def new_escalation(self) -> EscalationFormDialog | None:
        return self._open_form(None)

    def edit_selected(self) -> EscalationFormDialog | None:
        if self.detail is None or not self.detail.editable:
            return None
        return self._open_form(self.detail.row.id)

    def _open_form(self, escalation_id: str | None,
                   draft: FormDraft | None = None) -> EscalationFormDialog | None:
        if self.form_dialog is not None and is_alive(self.form_dialog):
            self.form_dialog.raise_()
            self.form_dialog.activateWindow()
            return self.form_dialog
        dialog = open_form(self.session, self, escalation_id)
        if dialog is None:
            return None
        if draft is not None:
            dialog.restore_draft(draft)
        dialog.finished.connect(lambda _result: self._form_closed(dialog))
        self.form_dialog = dialog
        dialog.open()
        return dialog

    def _form_closed(self, dialog: EscalationFormDialog) -> None:
        if is_alive(self):
            self.reload(select=dialog.saved_id)
            self.table.setFocus()

    def restore_form(self, draft: FormDraft) -> None:
        self._open_form(draft.escalation_id, draft)

    def form_draft(self) -> FormDraft | None:
        dialog = self.form_dialog
        if dialog is not None and is_alive(dialog) and dialog.isVisible():
            return dialog.draft()
        return None

    def submit_selected(self) -> SubmitFlow | None:
        if self.detail is None or self.detail.row.status is not Status.DRAFT:
            return None
        flow = SubmitFlow(self.session, self.detail.row.id, self)
        escalation_id = self.detail.row.id
        flow.finished.connect(lambda _submitted: self._reload_if_alive(escalation_id))
        self.submit_flow = flow
        flow.start()
        return flow

    def _reload_if_alive(self, escalation_id: str) -> None:
        if is_alive(self):
            self.reload(select=escalation_id)

    def withdraw_selected(self, comment: str = "") -> WithdrawDialog | None:
        if self.detail is None or not self.detail.withdrawable:
            return None
        escalation_id, title = self.detail.row.id, self.detail.row.title
        dialog = WithdrawDialog(title, self.session.vault, self, comment)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._withdraw(escalation_id, dialog.comment.toPlainText().strip()))
        self.withdraw_dialog = dialog
        dialog.open()
        return dialog

    def _withdraw(self, escalation_id: str, comment: str, *, confirm: bool = False) -> None:
        """The comment leaves the laptop: like a submission, findings of the personal-data check
        are shown and the withdrawal happens only after an explicit (audited) confirmation."""
        if not is_alive(self):
            return
        try:
            findings = escalations.withdraw(self.session.vault, escalation_id, comment,
                                            confirm_findings=confirm)
        except KimError as error:
            QtWidgets.QMessageBox.warning(self, self.tr("Meldung zurückziehen"), error_text(error))
            findings = []
        if findings and not confirm:
            self._confirm_withdrawal(escalation_id, comment, findings)
            return
        self.reload(select=escalation_id)

    def _confirm_withdrawal(self, escalation_id: str, comment: str, findings: list[Finding]) -> None:
        dialog = ConfirmFindingsDialog(findings, self, withdrawal=True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._withdraw(escalation_id, comment, confirm=True))
        # Back to editing: the withdrawal dialog again, with the comment as it was.
        dialog.rejected.connect(lambda: self._edit_withdrawal(escalation_id, comment))
        self.withdraw_confirm_dialog = dialog
        dialog.open()

    def _edit_withdrawal(self, escalation_id: str, comment: str) -> None:
        if is_alive(self) and self.detail is not None and self.detail.row.id == escalation_id:
            self.withdraw_selected(comment)

    def delete_selected(self) -> None:
        if self.detail is None or self.detail.row.status is not Status.DRAFT:
            return
        text = self.tr("Den Entwurf „%1“ löschen? Das lässt sich nicht rückgängig machen.").replace(
            "%1", self.detail.row.title)
        if QtWidgets.QMessageBox.question(self, self.tr("Entwurf löschen?"), text, YES | NO, NO) != YES:
            return
        try:
            escalations.delete_draft(self.session.vault, self.detail.row.id)
        except KimError as error:
            QtWidgets.QMessageBox.warning(self, self.tr("Entwurf löschen"), error_text(error))
        self.reload()
        self.table.setFocus()
