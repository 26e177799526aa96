"""Unlock in the style of KeePassXC: the vault's path (changeable), password, show/hide, caps-lock hint."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kim_desktop.errors import KimError
from kim_desktop.ui.background import run_in_background
from kim_desktop.ui.i18n import error_text
from kim_desktop.ui.qt import Qt, QtWidgets, Signal
from kim_desktop.ui.titles import window_title
from kim_desktop.ui.widgets.password_field import PasswordField
from kim_desktop.ui.widgets.path_field import PathField, PathKind

if TYPE_CHECKING:
    from kim_desktop.storage.vault import Vault


class UnlockDialog(QtWidgets.QDialog):
    """open mode: choose a vault and open it. relock mode: the vault stays, only the password is asked."""

    opened = Signal(object)  # the Vault
    createRequested = Signal()  # noqa: N815 - Qt naming

    def __init__(self, path: Path, *, demo: bool = False, backup_dir: Path | None = None,
                 locked_vault: Vault | None = None, unsaved_input: bool = False,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.locked_vault = locked_vault
        self.unsaved_input = unsaved_input  # relock mode: quitting here would lose drafts
        self.backup_dir = backup_dir
        self.vault: Vault | None = None
        self.busy = False  # an open or unlock runs: it cannot be stopped, so the dialog stays
        self.waiting = False  # relock mode: the vault locks once a background job has finished
        self._refused = False
        self.setWindowTitle(window_title(self.tr("KIM Desktop – Entsperren"), demo))
        self.setMinimumWidth(520)

        heading = QtWidgets.QLabel(self.tr("Gesperrt – bitte Passwort eingeben") if locked_vault
                                   else self.tr("Datendatei entsperren"), self)
        heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.path_field = PathField(str(path), PathKind.OPEN_VAULT, accelerator=True, parent=self)
        self.path_field.set_read_only(locked_vault is not None)
        self.path_edit = self.path_field.edit
        self.browse = self.path_field.browse
        self.password = PasswordField(self)
        self.path_field.browsed.connect(lambda _path: self.password.setFocus())
        self.error = QtWidgets.QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.unlock_button = QtWidgets.QPushButton(self.tr("&Entsperren"), self)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.create_button = QtWidgets.QPushButton(self.tr("&Neue Datendatei …"), self)
        self.create_button.clicked.connect(self._create)
        self.create_button.setVisible(locked_vault is None)
        self.quit_button = QtWidgets.QPushButton(self.tr("&Beenden"), self)
        self.quit_button.clicked.connect(self.reject)
        self.password.returnPressed.connect(self.try_unlock)

        form = QtWidgets.QFormLayout()
        path_label = QtWidgets.QLabel(self.tr("&Datendatei:"), self)
        path_label.setBuddy(self.path_edit)
        form.addRow(path_label, self.path_field)
        password_label = QtWidgets.QLabel(self.tr("&Passwort:"), self)
        password_label.setBuddy(self.password.edit)
        form.addRow(password_label, self.password)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.unlock_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.password.setFocus()

    def path(self) -> Path:
        return self.path_field.path()

    def reject(self) -> None:
        """Esc, Beenden and the window's close button: in relock mode this ends the program.
        Ignored while a vault is being opened: that cannot be cut off."""
        if self.busy:
            return
        if self.unsaved_input and not self._confirm_quit():
            return
        super().reject()

    def _confirm_quit(self) -> bool:
        answer = QtWidgets.QMessageBox.question(
            self, self.tr("Beenden"),
            self.tr("Nicht gespeicherte Eingaben gehen verloren. Trotzdem beenden?"),
            QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.No,
            QtWidgets.QMessageBox.StandardButton.No)
        return answer == QtWidgets.QMessageBox.StandardButton.Yes

    def _create(self) -> None:
        self.createRequested.emit()
        self.done(2)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (self.password, self.path_edit, self.browse, self.create_button, self.quit_button):
            widget.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy and not self.waiting)
        if busy:
            self.setCursor(Qt.CursorShape.WaitCursor)
            self.error.setText(self.tr("Entsperre …"))
        else:
            self.unsetCursor()

    def set_waiting(self, waiting: bool) -> None:
        """Relock mode: a background job still uses the vault; unlocking waits until it is locked."""
        self.waiting = waiting
        self.unlock_button.setEnabled(not waiting and not self.busy)
        if waiting:
            self.error.setText(self.tr("Eine laufende Aufgabe wird noch beendet …"))
        elif self.error.text() == self.tr("Eine laufende Aufgabe wird noch beendet …"):
            self.error.clear()

    def refuse(self, exc: KimError) -> None:
        """Called by whoever handles opened(): the vault could not be used; the dialog stays."""
        self._refused = True
        self.vault = None
        self.error.setText(error_text(exc))

    def try_unlock(self) -> None:
        if self.busy or self.waiting:
            return
        password = self.password.text()
        if not password:
            self.error.setText(self.tr("Bitte das Passwort eingeben."))
            return
        self._set_busy(True)
        if self.locked_vault is not None:
            vault = self.locked_vault
            run_in_background(lambda: vault.unlock(password), lambda _none: self._opened(vault), self._failed,
                              receiver=self)
        else:
            from kim_desktop.storage.vault import Vault

            path, backup_dir = self.path(), self.backup_dir
            run_in_background(lambda: Vault.open(path, password, backup_dir=backup_dir),
                              self._opened, self._failed, receiver=self, on_discarded=_close_vault)

    def _opened(self, vault: Vault) -> None:
        self._set_busy(False)
        self.password.clear()
        self.error.clear()
        self.vault = vault
        self._refused = False
        self.opened.emit(vault)
        if not self._refused:
            self.accept()

    def _failed(self, exc: KimError) -> None:
        self._set_busy(False)
        self.error.setText(error_text(exc))
        self.password.edit.selectAll()
        self.password.setFocus()


def _close_vault(vault: Vault) -> None:
    """A vault opened for a dialog that is gone (quit meanwhile): the file must not stay in use."""
    vault.close()
