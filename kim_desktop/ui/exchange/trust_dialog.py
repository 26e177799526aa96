"""First contact with a case manager's laptop: its owner, team and key fingerprint, to be
compared with the case manager (on the phone) before the coordinator trusts it."""

from __future__ import annotations

from kim_desktop.ui.exchange.rows_model import monospace_font
from kim_desktop.ui.qt import QCoreApplication, Qt, QtWidgets

FINGERPRINT_STYLE = "font-size: 20pt; font-weight: 600;"


def fingerprint_label(fingerprint: str, parent: QtWidgets.QWidget) -> QtWidgets.QLabel:
    """Big and monospace, in two lines, selectable for copying."""
    label = QtWidgets.QLabel(fingerprint_lines(fingerprint), parent)
    label.setFont(monospace_font())
    label.setStyleSheet(FINGERPRINT_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(QCoreApplication.translate("Exchange", "Fingerabdruck"))
    return label


def fingerprint_lines(fingerprint: str) -> str:
    """Eight groups of four as two lines of four: easier to read aloud and compare."""
    groups = fingerprint.split()
    return "\n".join(" ".join(groups[start:start + 4]) for start in range(0, len(groups), 4))


class TrustDeviceDialog(QtWidgets.QDialog):
    """Accepted: trust the device. "Nicht vertrauen" is the default, so that Enter trusts nothing."""

    def __init__(self, owner: str, team: int | None, fingerprint: str,
                 parent: QtWidgets.QWidget | None = None, *, revoked: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Gerät bestätigen"))
        intro = QtWidgets.QLabel(
            self.tr("Pakete von diesem Gerät werden erst importiert, wenn Sie ihm vertrauen."), self)
        intro.setWordWrap(True)
        owner_label = QtWidgets.QLabel(owner or self.tr("(ohne Namen)"), self)
        owner_label.setStyleSheet("font-weight: 600;")
        team_label = QtWidgets.QLabel(str(team) if team is not None else "–", self)
        self.fingerprint = fingerprint_label(fingerprint, self)
        form = QtWidgets.QFormLayout()
        form.addRow(self.tr("Case Management:"), owner_label)
        form.addRow(self.tr("Team:"), team_label)
        form.addRow(self.tr("Fingerabdruck:"), self.fingerprint)
        compare = QtWidgets.QLabel(self.tr(
            "Bitte den Fingerabdruck mit der Case Managerin oder dem Case Manager vergleichen, z. B. am "
            "Telefon. Nur wenn er übereinstimmt, dem Gerät vertrauen; spätere Pakete mit einem anderen "
            "Schlüssel werden abgelehnt."), self)
        compare.setWordWrap(True)
        warning = QtWidgets.QLabel(self.tr(
            "Dieses Gerät ist gesperrt. Nur wieder vertrauen, wenn es sicher wieder in den richtigen Händen "
            "ist."), self)
        warning.setWordWrap(True)
        warning.setStyleSheet("color: #b00020;")
        warning.setVisible(revoked)
        buttons = QtWidgets.QDialogButtonBox(self)
        self.trust_button = buttons.addButton(self.tr("Gerät &vertrauen"),
                                              QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole)
        self.reject_button = buttons.addButton(self.tr("&Nicht vertrauen"),
                                               QtWidgets.QDialogButtonBox.ButtonRole.RejectRole)
        self.trust_button.setAutoDefault(False)
        self.reject_button.setDefault(True)
        self.reject_button.setFocus()
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(compare)
        layout.addWidget(warning)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
