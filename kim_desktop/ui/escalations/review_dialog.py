"""The Geschäftsstelle answers an escalation: a new status (only those the rules allow from the
current one) and/or feedback for the author. Without a new status the feedback is required.

Status and feedback are saved here at once, but reach the author only with the next feedback
package (Austausch → Rückmeldungen schreiben); the dialog says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kim_desktop.domain.escalation_status import Status
from kim_desktop.errors import InputRejected, KimError
from kim_desktop.services import escalations
from kim_desktop.ui.case_detail.forms import FieldError, FormErrors, field_with_error, ok_cancel, text_box
from kim_desktop.ui.i18n import error_text, translate
from kim_desktop.ui.qt import QCoreApplication, Qt, QtWidgets

if TYPE_CHECKING:
    from kim_desktop.services.escalations import EscalationDetail
    from kim_desktop.ui.session import AppSession

# The order the choices are offered in: forward first, ending last, back to review at the end.
STATUS_ORDER = (Status.IN_REVIEW, Status.STEERING_GROUP, Status.RESOLVED, Status.UNSOLVABLE,
                Status.WITHDRAWN, Status.SUBMITTED)


def status_text(status: Status) -> str:
    return translate("EscalationStatus", status.label)


def ordered(statuses: frozenset[Status]) -> list[Status]:
    return [s for s in STATUS_ORDER if s in statuses] + sorted(set(statuses) - set(STATUS_ORDER))


def delivery_note(parent: QtWidgets.QWidget) -> QtWidgets.QLabel:
    """Where status and feedback go from here: shown wherever the coordinator writes them."""
    label = QtWidgets.QLabel(QCoreApplication.translate(
        "CoordinatorInbox",
        "Status und Rückmeldung erreichen die Verfasserin oder den Verfasser mit dem nächsten "
        "Rückmeldungspaket (Austausch → Rückmeldungen schreiben)."), parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #444444;")
    return label


class ReviewDialog(QtWidgets.QDialog):
    def __init__(self, app_session: AppSession, detail: EscalationDetail,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = app_session
        self.detail = detail
        self.setWindowTitle(self.tr("Status ändern / Rückmeldung"))
        current = detail.row.status
        heading = QtWidgets.QLabel(self)
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setText(self.tr("„%1“ – derzeit: %2").replace("%1", detail.row.title).replace(
            "%2", status_text(current)))
        heading.setStyleSheet("font-weight: 600;")

        self.general = FieldError(self)
        self.errors = FormErrors(self.general)
        status_box = QtWidgets.QGroupBox(self.tr("Neuer Status"), self)
        self.status_group = QtWidgets.QButtonGroup(self)
        box_layout = QtWidgets.QVBoxLayout(status_box)
        self.keep = QtWidgets.QRadioButton(self.tr("Status &bleibt – nur Rückmeldung"), status_box)
        self.keep.setChecked(True)
        self.status_group.addButton(self.keep)
        box_layout.addWidget(self.keep)
        self.status_buttons: dict[Status, QtWidgets.QRadioButton] = {}
        for number, status in enumerate(ordered(detail.next_statuses), start=1):
            button = QtWidgets.QRadioButton(f"&{number} {status_text(status)}", status_box)
            self.status_group.addButton(button)
            self.status_buttons[status] = button
            box_layout.addWidget(button)
        if not detail.next_statuses:
            box_layout.addWidget(QtWidgets.QLabel(self.tr("Aus diesem Status gibt es keinen Wechsel."),
                                                  status_box))
        self.status_error = FieldError(status_box)
        box_layout.addWidget(self.status_error)
        self.errors.add("status", self.keep, self.status_error)

        self.feedback = text_box(self, 6)
        self.feedback.setAccessibleName(self.tr("Rückmeldung"))
        feedback_label = QtWidgets.QLabel(self.tr("&Rückmeldung an die Verfasserin / den Verfasser:"), self)
        feedback_label.setBuddy(self.feedback)
        feedback_cell, feedback_error = field_with_error(self.feedback, self)
        self.errors.add("feedback", self.feedback, feedback_error)
        self.feedback_hint = QtWidgets.QLabel(self)
        self.feedback_hint.setWordWrap(True)
        self.status_group.buttonToggled.connect(lambda *_: self._update_hint())

        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(status_box)
        layout.addWidget(feedback_label)
        layout.addWidget(feedback_cell)
        layout.addWidget(self.feedback_hint)
        layout.addStretch(1)  # extra height goes below the fields, not between label and field
        layout.addWidget(delivery_note(self))
        layout.addWidget(self.general)
        layout.addWidget(ok_cancel(self, self.tr("&Speichern")))
        self._update_hint()
        self.setMinimumWidth(520)
        (self.keep if not self.status_buttons else next(iter(self.status_buttons.values()))).setFocus()

    def chosen_status(self) -> Status | None:
        for status, button in self.status_buttons.items():
            if button.isChecked():
                return status
        return None

    def choose(self, status: Status | None) -> None:
        (self.keep if status is None else self.status_buttons[status]).setChecked(True)

    def _update_hint(self) -> None:
        self.feedback_hint.setText(
            self.tr("Ohne Statuswechsel ist eine Rückmeldung nötig.") if self.chosen_status() is None
            else self.tr("Die Rückmeldung ist freiwillig."))

    def accept(self) -> None:
        self.errors.clear()
        status, feedback = self.chosen_status(), self.feedback.toPlainText().strip()
        if status is None and not feedback:
            self.errors.show("feedback", self.tr("Bitte eine Rückmeldung schreiben oder einen neuen Status "
                                                 "wählen."))
            return
        try:
            escalations.review(self.session.vault, self.detail.row.id, status=status, feedback=feedback)
        except InputRejected as exc:
            self.errors.show_rejection(exc)
            return
        except KimError as exc:
            self.errors.show(None, error_text(exc))
            return
        super().accept()
