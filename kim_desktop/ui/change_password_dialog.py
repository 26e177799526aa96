"""Change the vault password: current one, new one twice, optionally a fresh data key."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kim_desktop.errors import KimError
from kim_desktop.ui.i18n import error_text
from kim_desktop.ui.qt import Qt, QtWidgets
from kim_desktop.ui.widgets.new_password import NewPasswordFields
from kim_desktop.ui.widgets.password_field import PasswordField

if TYPE_CHECKING:
    from kim_desktop.ui.session import AppSession


class ChangePasswordDialog(QtWidgets.QDialog):
    def __init__(self, session: AppSession, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Passwort ändern"))
        self.setMinimumWidth(480)
        self.current = PasswordField(self)
        self.fields = NewPasswordFields(self)
        self.note = QtWidgets.QLabel(self.tr("Die Datei wird dabei mit einem neuen Schlüssel neu verschlüsselt: "
                                             "danach öffnet nur noch das neue Passwort sie."), self)
        self.note.setWordWrap(True)
        self.message = QtWidgets.QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok | QtWidgets.QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Passwort &ändern"))
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        self.fields.validityChanged.connect(self.ok.setEnabled)
        self.busy = False

        form = QtWidgets.QFormLayout()
        label = QtWidgets.QLabel(self.tr("&Bisheriges Passwort:"), self)
        label.setBuddy(self.current.edit)
        form.addRow(label, self.current)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.fields)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.current.setFocus()

    def apply(self) -> None:
        vault = self.session.vault
        old, new = self.current.text(), self.fields.password()
        from kim_desktop.ui.session import REKEY

        recipient = self.session.deployment.policy.recovery_recipient or None
        def rekey() -> None:
            vault.change_password(old, new, recovery_recipient=recipient)

        if not self.session.gate.run(REKEY, rekey, self._done, self._failed, receiver=self):
            return  # another vault job runs; the menu entry is disabled meanwhile
        self._set_busy(True)
        self.message.setText(self.tr("Bitte warten …"))

    def _set_busy(self, busy: bool) -> None:
        """While the file is re-encrypted, nothing here can stop it: so nothing pretends to."""
        self.busy = busy
        for widget in (self.buttons, self.current, self.fields):
            widget.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.WaitCursor)
        else:
            self.unsetCursor()
            self.ok.setEnabled(self.fields.is_valid())

    def reject(self) -> None:
        """Esc and the window's close button wait until the change is done."""
        if not self.busy:
            super().reject()

    def _done(self, _result: object) -> None:
        self._set_busy(False)
        self.current.clear()
        self.fields.clear()
        QtWidgets.QMessageBox.information(self, self.tr("Passwort ändern"), self.tr(
            "Das Passwort wurde geändert. Sicherungen von vorher öffnen sich weiter mit dem alten Passwort."))
        self.accept()

    def _failed(self, exc: KimError) -> None:
        self._set_busy(False)
        self.message.setText(error_text(exc))
        self.current.setFocus()
