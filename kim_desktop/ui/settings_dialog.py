"""Settings: language, auto-lock, backups, vault location. Bounds come from IT's policy.

Only what the user changed here is stored: a value left as shown keeps following the
defaults (IT may change them later), and a demo session never stores its vault path.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kim_desktop.errors import KimError
from kim_desktop.paths import VAULT_SUFFIX, default_vault_path
from kim_desktop.settings import Settings
from kim_desktop.ui.qt import Qt, QtWidgets
from kim_desktop.ui.session import JobGate
from kim_desktop.ui.widgets.path_field import PathField, PathKind


class SettingsDialog(QtWidgets.QDialog):
    def __init__(self, settings: Settings, parent: QtWidgets.QWidget | None = None, vault: Any = None, *,
                 demo: bool = False, gate: JobGate | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.vault = vault
        self.demo = demo
        # With an open vault: the session's gate, so that a move waits for other vault jobs.
        self.gate = gate if gate is not None else JobGate()
        self.moving = False
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
        self.backup_dir = PathField(str(settings.backup_dir), PathKind.FOLDER, parent=self)
        self.backup_keep = QtWidgets.QSpinBox(self)
        self.backup_keep.setRange(*settings.bounds("backup_keep"))
        self.backup_keep.setValue(settings.get("backup_keep"))
        if vault is not None:
            current = str(vault.path)
        else:
            current = settings.get("vault_path") or str(default_vault_path())
        # With an open vault the field names the place to move it to: a new file name.
        kind = PathKind.NEW_VAULT if vault is not None else PathKind.OPEN_VAULT
        self.vault_path = PathField(current, kind, parent=self)
        if demo:
            note = self.tr("Die Sprache gilt ab dem nächsten Start. Die Demo-Datendatei bleibt an ihrem Ort; "
                           "ihr Speicherort lässt sich hier nicht ändern.")
        else:
            note = self.tr("Die Sprache gilt ab dem nächsten Start. Ein neuer Ort für die "
                           "Datendatei verschiebt sie samt Schlüsseldatei dorthin; eine dort "
                           "schon vorhandene Datendatei wird beim nächsten Start geöffnet.")
        self.note = QtWidgets.QLabel(note, self)
        self.note.setWordWrap(True)

        form = QtWidgets.QFormLayout()
        self._row(form, self.tr("&Sprache:"), self.language)
        self._row(form, self.tr("Automatisch sperren &nach:"), self.autolock)
        self._row(form, self.tr("Ordner für Si&cherungen:"), self.backup_dir)
        self._row(form, self.tr("Aufbe&wahrte Sicherungen:"), self.backup_keep)
        self._row(form, self.tr("&Datendatei:"), self.vault_path)
        form.setRowVisible(self.vault_path, not demo)
        standard = QtWidgets.QDialogButtonBox.StandardButton
        buttons = QtWidgets.QDialogButtonBox(standard.Ok | standard.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        self.status = QtWidgets.QLabel(self)
        self.status.setWordWrap(True)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.gate.busyChanged.connect(self._gate_changed)
        self._gate_changed(self.gate.busy)
        policy = settings.deployment.policy
        self.autolock.setToolTip(self.tr("Von der IT vorgegeben: %1 bis %2 Minuten")
                                 .replace("%1", str(policy.autolock_minutes_min))
                                 .replace("%2", str(policy.autolock_minutes_max)))
        self._shown = self._values()

    def _row(self, form: QtWidgets.QFormLayout, text: str, field: QtWidgets.QWidget) -> None:
        label = QtWidgets.QLabel(text, self)
        label.setBuddy(field.edit if isinstance(field, PathField) else field)
        form.addRow(label, field)

    def _gate_changed(self, busy: bool) -> None:
        """While a backup, check or re-key runs, the vault is not moved (see JobGate)."""
        self.vault_path.setEnabled(not busy)

    def _values(self) -> dict[str, Any]:
        """What the widgets show, by setting key."""
        values: dict[str, Any] = {
            "language": self.language.currentData(),
            "autolock_minutes": self.autolock.value(),
            "backup_keep": self.backup_keep.value(),
            "backup_dir": self.backup_dir.text().strip(),
        }
        if not self.demo:
            values["vault_path"] = self.vault_path.text().strip()
        return values

    def changed(self) -> dict[str, Any]:
        """The settings the user changed since the dialog opened."""
        shown = self._values()
        return {key: value for key, value in shown.items() if value != self._shown[key]}

    def accept(self) -> None:
        if self.moving:
            return
        if "vault_path" in self.changed():
            target = self._move_target()
            if target is False:
                return
            if isinstance(target, Path):
                self._start_move(target)
                return
        self._store()

    def reject(self) -> None:
        """Esc and Cancel wait while the vault is being moved: that cannot be cut off."""
        if not self.moving:
            super().reject()

    def _store(self) -> None:
        from kim_desktop.errors import as_known_error
        from kim_desktop.ui.i18n import error_text

        s = self.settings
        for key, value in self.changed().items():  # after a move: the path as completed by it
            if key == "backup_dir":
                value = "" if value == s.default("backup_dir") else value
            elif key == "vault_path":
                value = "" if value == str(default_vault_path()) else value
            s.set(key, value)
        try:
            s.save()
        except OSError as exc:
            known = as_known_error(exc)
            assert known is not None
            QtWidgets.QMessageBox.warning(self, self.tr("Einstellungen"), error_text(known))
            return
        super().accept()

    def _move_target(self) -> Path | None | bool:
        """Where to move the open vault; None: no move needed; False: the user declined."""
        if self.demo:
            return None
        target = self.vault_path.path().absolute()
        if self.vault is None or target == self.vault.path or target.exists():
            return None
        if target.suffix != VAULT_SUFFIX:
            target = target.with_name(target.name + VAULT_SUFFIX)
        answer = QtWidgets.QMessageBox.question(
            self, self.tr("Datendatei verschieben"),
            self.tr("Die Datendatei und ihre Schlüsseldatei nach\n%1\nverschieben?")
            .replace("%1", str(target)))
        if answer != QtWidgets.QMessageBox.StandardButton.Yes:
            return False
        return target

    def _start_move(self, target: Path) -> None:
        from kim_desktop.ui.session import MOVE

        vault = self.vault
        if not self.gate.run(MOVE, lambda: vault.move_to(target), lambda _none: self._moved(target),
                             self._move_failed, receiver=self):
            return  # another vault job runs; the field is disabled meanwhile
        self._set_moving(True)

    def _set_moving(self, moving: bool) -> None:
        self.moving = moving
        for widget in (self.buttons, self.language, self.autolock, self.backup_dir, self.backup_keep,
                       self.vault_path):
            widget.setEnabled(not moving)
        if moving:
            self.setCursor(Qt.CursorShape.WaitCursor)
            self.status.setText(self.tr("Die Datendatei wird verschoben …"))
        else:
            self.unsetCursor()
            self.status.clear()

    def _moved(self, target: Path) -> None:
        self._set_moving(False)
        self.vault_path.setText(str(target))
        self._store()

    def _move_failed(self, exc: KimError) -> None:
        from kim_desktop.ui.i18n import error_text

        self._set_moving(False)
        QtWidgets.QMessageBox.warning(self, self.tr("Datendatei verschieben"), error_text(exc))
