"""A new password entered twice, with a strength hint and the reason it is not yet acceptable."""

from __future__ import annotations

from kim_desktop.domain.password_policy import STRENGTH_LABELS, Strength, check_password
from kim_desktop.ui.i18n import translate
from kim_desktop.ui.qt import QtWidgets, Signal
from kim_desktop.ui.widgets.password_field import PasswordField

_COLOURS = {Strength.TOO_SHORT: "#b00020", Strength.WEAK: "#b00020", Strength.FAIR: "#a15c00",
            Strength.GOOD: "#2e7d32", Strength.STRONG: "#1b5e20"}


class NewPasswordFields(QtWidgets.QWidget):
    validityChanged = Signal(bool)  # noqa: N815 - Qt naming

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = PasswordField(self)
        self.second = PasswordField(self)
        self.meter = QtWidgets.QProgressBar(self)
        self.meter.setRange(0, int(Strength.STRONG))
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.strength = QtWidgets.QLabel(self)
        self.problem = QtWidgets.QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        form = QtWidgets.QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Neues Passwort:"), self.first)
        form.addRow(self.tr("Wie&derholen:"), self.second)
        form.addRow(self.tr("Stärke:"), self.meter)
        form.addRow("", self.strength)
        form.addRow("", self.problem)
        for label, field in ((form.labelForField(self.first), self.first), (form.labelForField(self.second),
                                                                             self.second)):
            if isinstance(label, QtWidgets.QLabel):
                label.setBuddy(field.edit)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._valid = False
        self._update()

    def _update(self) -> None:
        password, repeated = self.first.text(), self.second.text()
        result = check_password(password, repeated)
        self.meter.setValue(int(result.strength))
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {_COLOURS[result.strength]}; }}")
        self.strength.setText(translate("Password", STRENGTH_LABELS[result.strength]) if password else "")
        # Say "mismatch" only once the user has typed into the second field.
        show_problem = result.problem and (len(password) >= 1) and (repeated or result.strength == Strength.TOO_SHORT)
        self.problem.setText(translate("Password", result.problem) if show_problem and result.problem else "")
        valid = result.acceptable
        if valid != self._valid:
            self._valid = valid
            self.validityChanged.emit(valid)

    def is_valid(self) -> bool:
        return self._valid

    def password(self) -> str:
        return self.first.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
