"""Settings: language, auto-lock, backups, vault location. Bounds come from IT's policy."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kim_desktop.paths import VAULT_SUFFIX, default_vault_path
from kim_desktop.settings import Settings
from kim_desktop.ui.qt import QtWidgets


class SettingsDialog(QtWidgets.QDialog):
    def __init__(self, settings: Settings, parent: QtWidgets.QWidget | None = None, vault: Any = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.vault = vault
        self.setWindowTitle(self.tr("Einstellungen"))
        self.setMinimumWidth(640)
        self.language = QtWidgets.QComboBox(self)
        for code, text in (("system", self.tr("wie das System")), ("de", "Deutsch"), ("en", "English")):
            self.language.addItem(text, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get("language"))))
        self.autolock = QtWidgets.QSpinBox(self)
        self.autolock.setRange(*settings.bounds("autolock_minutes"))
        self.autolock.setValue(settings.get("autolock_minutes"))
        self.autolock.setSuffix(self.tr(" Minuten"))
        self.backup_dir = QtWidgets.QLineEdit(str(settings.backup_dir), self)
        self.backup_keep = QtWidgets.QSpinBox(self)
        self.backup_keep.setRange(*settings.bounds("backup_keep"))
        self.backup_keep.setValue(settings.get("backup_keep"))
        current = str(vault.path) if vault is not None else (settings.get("vault_path") or str(default_vault_path()))
        self.vault_path = QtWidgets.QLineEdit(current, self)
        self.note = QtWidgets.QLabel(self.tr("Die Sprache gilt ab dem nächsten Start. Ein neuer Ort für die "
                                             "Datendatei verschiebt sie samt Schlüsseldatei dorthin; eine dort "
                                             "schon vorhandene Datendatei wird beim nächsten Start geöffnet."), self)
        self.note.setWordWrap(True)

        form = QtWidgets.QFormLayout()
        self._row(form, self.tr("&Sprache:"), self.language)
        self._row(form, self.tr("Automatisch &sperren nach:"), self.autolock)
        self._row(form, self.tr("Ordner für Si&cherungen:"), self._with_browse(self.backup_dir, folder=True))
        self._row(form, self.tr("&Aufbewahrte Sicherungen:"), self.backup_keep)
        self._row(form, self.tr("&Datendatei:"), self._with_browse(self.vault_path, folder=False))
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok | QtWidgets.QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        policy = settings.deployment.policy
        self.autolock.setToolTip(self.tr("Von der IT vorgegeben: %1 bis %2 Minuten")
                                 .replace("%1", str(policy.autolock_minutes_min))
                                 .replace("%2", str(policy.autolock_minutes_max)))

    def _row(self, form: QtWidgets.QFormLayout, text: str, field: QtWidgets.QWidget) -> None:
        label = QtWidgets.QLabel(text, self)
        label.setBuddy(field.findChild(QtWidgets.QLineEdit) or field if not isinstance(field, QtWidgets.QLineEdit)
                       else field)
        form.addRow(label, field)

    def _with_browse(self, edit: QtWidgets.QLineEdit, *, folder: bool) -> QtWidgets.QWidget:
        box = QtWidgets.QWidget(self)
        row = QtWidgets.QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        button = QtWidgets.QPushButton(self.tr("Durchsuchen …"), box)
        row.addWidget(button)

        def browse() -> None:
            if folder:
                chosen = QtWidgets.QFileDialog.getExistingDirectory(self, self.tr("Ordner wählen"), edit.text())
            else:
                chosen, _ = QtWidgets.QFileDialog.getOpenFileName(
                    self, self.tr("Datendatei wählen"), edit.text(),
                    self.tr("KIM-Datendateien (*%1)").replace("%1", VAULT_SUFFIX))
            if chosen:
                edit.setText(chosen)

        button.clicked.connect(browse)
        return box

    def accept(self) -> None:
        if not self._move_vault_if_asked():
            return
        s = self.settings
        s.set("language", self.language.currentData())
        s.set("autolock_minutes", self.autolock.value())
        s.set("backup_keep", self.backup_keep.value())
        backup_dir = self.backup_dir.text().strip()
        s.set("backup_dir", "" if backup_dir == s.default("backup_dir") else backup_dir)
        vault_path = self.vault_path.text().strip()
        s.set("vault_path", "" if vault_path == str(default_vault_path()) else vault_path)
        s.save()
        super().accept()

    def _move_vault_if_asked(self) -> bool:
        """False keeps the dialog open (the user declined, or the move failed)."""
        from kim_desktop.errors import KimError
        from kim_desktop.ui.i18n import error_text

        target = Path(self.vault_path.text().strip()).expanduser().absolute()
        if self.vault is None or target == self.vault.path or target.exists():
            return True
        if target.suffix != VAULT_SUFFIX:
            target = target.with_name(target.name + VAULT_SUFFIX)
        answer = QtWidgets.QMessageBox.question(
            self, self.tr("Datendatei verschieben"),
            self.tr("Die Datendatei und ihre Schlüsseldatei nach\n%1\nverschieben?").replace("%1", str(target)))
        if answer != QtWidgets.QMessageBox.StandardButton.Yes:
            return False
        try:
            self.vault.move_to(target)
        except (KimError, OSError) as exc:
            text = error_text(exc) if isinstance(exc, KimError) else (exc.strerror or type(exc).__name__)
            QtWidgets.QMessageBox.warning(self, self.tr("Datendatei verschieben"), text)
            return False
        self.vault_path.setText(str(target))
        return True
