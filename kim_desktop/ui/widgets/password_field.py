"""A password entry in the style of KeePassXC: show/hide toggle and a caps-lock hint."""

from __future__ import annotations

from kim_desktop.ui.qt import QObject, Qt, QtCore, QtGui, QtWidgets, Signal

SECRET_HINTS = (Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhNoPredictiveText
                | Qt.InputMethodHint.ImhSensitiveData)


def caps_lock_guess(event: QtGui.QKeyEvent) -> bool | None:
    """Qt cannot ask the keyboard; a letter whose case contradicts Shift tells us. None: no clue."""
    text = event.text()
    if len(text) != 1 or not text.isalpha() or text.lower() == text.upper():
        return None
    shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
    return text.isupper() != shift


class _KeyWatcher(QObject):
    """Caps-lock guesses from typed letters, and Ctrl+H to show or hide the password."""

    changed = Signal(bool)
    toggleRequested = Signal()  # noqa: N815 - Qt naming

    def eventFilter(self, watched: QObject, event: QtCore.QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QtCore.QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_H and event.modifiers() == Qt.KeyboardModifier.ControlModifier:  # type: ignore[attr-defined]
                self.toggleRequested.emit()
                return True
            guess = caps_lock_guess(event)  # type: ignore[arg-type]
            if guess is not None:
                self.changed.emit(guess)
        return False


class PasswordField(QtWidgets.QWidget):
    textChanged = Signal(str)  # noqa: N815 - Qt naming
    returnPressed = Signal()  # noqa: N815

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QtWidgets.QLineEdit(self)
        self._set_echo(QtWidgets.QLineEdit.EchoMode.Password)
        self.toggle = QtWidgets.QToolButton(self)
        self.toggle.setCheckable(True)
        self.toggle.setText(self.tr("Anzeigen"))
        self.toggle.setToolTip(self.tr("Passwort anzeigen oder verbergen (Strg+H)"))
        self.toggle.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.toggle.toggled.connect(self._show_plain)
        self.caps_hint = QtWidgets.QLabel(self.tr("Die Feststelltaste ist aktiv."), self)
        self.caps_hint.setStyleSheet("color: #a15c00;")
        self.caps_hint.setVisible(False)
        self._watcher = _KeyWatcher(self)
        self._watcher.changed.connect(self.caps_hint.setVisible)
        self._watcher.toggleRequested.connect(self.toggle.toggle)
        self.edit.installEventFilter(self._watcher)
        self.edit.textChanged.connect(self.textChanged)
        self.edit.returnPressed.connect(self.returnPressed)
        self.setFocusProxy(self.edit)

        row = QtWidgets.QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.toggle)
        column = QtWidgets.QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.caps_hint)

    def _set_echo(self, mode: QtWidgets.QLineEdit.EchoMode) -> None:
        """setEchoMode resets the input-method hints: a shown password must still not reach an
        on-screen keyboard's dictionary or history."""
        self.edit.setEchoMode(mode)
        self.edit.setInputMethodHints(SECRET_HINTS)

    def _show_plain(self, plain: bool) -> None:
        self._set_echo(QtWidgets.QLineEdit.EchoMode.Normal if plain else QtWidgets.QLineEdit.EchoMode.Password)
        self.toggle.setText(self.tr("Verbergen") if plain else self.tr("Anzeigen"))

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        self.edit.setText(text)

    def clear(self) -> None:
        self.edit.clear()
        self.toggle.setChecked(False)
