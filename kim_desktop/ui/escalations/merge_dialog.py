"""Merge duplicates: the same problem reported from two municipalities becomes one escalation.

The coordinator picks which of the selected escalations stays (the primary); the others are kept
as its sources, follow its status from then on and get the optional feedback (services.merge).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from kim_desktop.errors import InputRejected, KimError
from kim_desktop.services import escalations
from kim_desktop.ui.case_detail.forms import FieldError, FormErrors, field_with_error, ok_cancel, text_box
from kim_desktop.ui.escalations.review_dialog import delivery_note, status_text
from kim_desktop.ui.i18n import error_text
from kim_desktop.ui.qt import QtWidgets

if TYPE_CHECKING:
    from kim_desktop.services.escalations import EscalationRow
    from kim_desktop.ui.session import AppSession


class MergeDialog(QtWidgets.QDialog):
    def __init__(self, app_session: AppSession, rows: Sequence[EscalationRow],
                 municipality_names: Mapping[str, str], parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        assert len(rows) >= 2, "merging needs two escalations"
        self.session = app_session
        self.rows = list(rows)
        self.setWindowTitle(self.tr("Meldungen zusammenführen"))
        intro = QtWidgets.QLabel(self.tr(
            "Welche Meldung bleibt bestehen? Die anderen werden ihr als Quellen zugeordnet, zählen bei der "
            "Fallzahl mit und folgen ab jetzt ihrem Status."), self)
        intro.setWordWrap(True)
        self.general = FieldError(self)
        self.errors = FormErrors(self.general)
        box = QtWidgets.QGroupBox(self.tr("Bestehen bleibt"), self)
        box_layout = QtWidgets.QVBoxLayout(box)
        self.group = QtWidgets.QButtonGroup(self)
        self.buttons: list[QtWidgets.QRadioButton] = []
        for number, row in enumerate(self.rows, start=1):
            towns = ", ".join(municipality_names.get(ags, ags) for ags in row.municipalities) or "–"
            text = self.tr("&%1 %2 – %3, %4, Fälle: %5").replace("%1", str(number)).replace(
                "%2", row.title.replace("&", "&&")).replace("%3", towns).replace(
                "%4", status_text(row.status)).replace("%5", str(row.case_count))
            button = QtWidgets.QRadioButton(text, box)
            self.group.addButton(button)
            self.buttons.append(button)
            box_layout.addWidget(button)
        self.buttons[0].setChecked(True)
        primary_error = FieldError(box)
        box_layout.addWidget(primary_error)
        self.errors.add("primary", self.buttons[0], primary_error)
        self.errors.alias("duplicates", "primary")

        self.feedback = text_box(self, 4)
        feedback_label = QtWidgets.QLabel(self.tr("&Rückmeldung an die Verfasser (freiwillig):"), self)
        feedback_label.setBuddy(self.feedback)
        feedback_cell, feedback_error = field_with_error(self.feedback, self)
        self.errors.add("feedback", self.feedback, feedback_error)

        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(box)
        layout.addWidget(feedback_label)
        layout.addWidget(feedback_cell)
        layout.addStretch(1)  # extra height goes below the fields, not between label and field
        layout.addWidget(delivery_note(self))
        layout.addWidget(self.general)
        layout.addWidget(ok_cancel(self, self.tr("&Zusammenführen")))
        self.setMinimumWidth(560)
        self.buttons[0].setFocus()

    def primary(self) -> EscalationRow:
        for row, button in zip(self.rows, self.buttons, strict=True):
            if button.isChecked():
                return row
        return self.rows[0]

    def choose(self, escalation_id: str) -> None:
        for row, button in zip(self.rows, self.buttons, strict=True):
            button.setChecked(row.id == escalation_id)

    def accept(self) -> None:
        self.errors.clear()
        primary = self.primary()
        duplicates = [row.id for row in self.rows if row.id != primary.id]
        try:
            escalations.merge(self.session.vault, primary.id, duplicates,
                              feedback=self.feedback.toPlainText().strip())
        except InputRejected as exc:
            self.errors.show_rejection(exc)
            return
        except KimError as exc:
            self.errors.show(None, error_text(exc))
            return
        super().accept()
