"""Moving a case along the cycle: only the allowed phases are offered; closing asks for reason and date."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from kim_desktop.domain import case_cycle
from kim_desktop.domain.case_cycle import Phase
from kim_desktop.domain.catalogues import CLOSING_REASON_LABELS, ClosingReason
from kim_desktop.domain.catalogues import CONTEXT as CATALOGUES
from kim_desktop.domain.messages import Message
from kim_desktop.errors import InputRejected, KimError
from kim_desktop.services import cases
from kim_desktop.ui.case_detail.forms import (
    DateField,
    FieldError,
    FormErrors,
    add_field,
    fill_combo,
    message_text,
    ok_cancel,
)
from kim_desktop.ui.i18n import error_text, translate
from kim_desktop.ui.qt import QtWidgets, Signal

if TYPE_CHECKING:
    from kim_desktop.ui.session import AppSession

# Which field a rule of domain.case_cycle is about (the service names them all "phase").
_FIELD_OF_PROBLEM = {
    case_cycle.CLOSING_NEEDS_REASON: "closing_reason",
    case_cycle.BEFORE_LAST_CHANGE: "changed_on",
    case_cycle.IN_THE_FUTURE: "changed_on",
}


def allowed_phases(current: Phase) -> list[Phase]:
    """The phases a case in `current` may move to, in cycle order (Abschluss given a reason)."""
    return [phase for phase in Phase if case_cycle.check_transition(
        current, phase, ClosingReason.OTHER if phase is Phase.CLOSED else None) is None]


class PhaseDialog(QtWidgets.QDialog):
    changed = Signal(str)  # the case id, after the change is stored

    def __init__(self, session: AppSession, case_id: str, current: Phase,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.case_id, self.current = session, case_id, current
        self.setWindowTitle(self.tr("Fall wieder aufnehmen") if current is Phase.CLOSED
                            else self.tr("Phase ändern"))
        self.setMinimumWidth(440)
        self.general = FieldError(self)
        self.errors = FormErrors(self.general)
        self.phase = QtWidgets.QComboBox(self)
        fill_combo(self.phase, [(translate(case_cycle.CONTEXT, p.label), str(p))
                                for p in allowed_phases(current)])
        self.changed_on = DateField(self)
        self.changed_on.set_date(dt.date.today())
        self.reason = QtWidgets.QComboBox(self)
        fill_combo(self.reason, [(translate(CATALOGUES, CLOSING_REASON_LABELS[r]), str(r))
                                 for r in ClosingReason], none_text=self.tr("– bitte wählen –"))

        form = QtWidgets.QFormLayout()
        form.addRow(self.tr("Bisherige Phase:"),
                    QtWidgets.QLabel(translate(case_cycle.CONTEXT, current.label), self))
        add_field(form, self.errors, "phase", self.tr("&Neue Phase:"), self.phase, self)
        self.date_label = add_field(form, self.errors, "changed_on", self.tr("&Datum des Wechsels:"),
                                    self.changed_on, self)
        self.reason_label = add_field(form, self.errors, "closing_reason", self.tr("Abschluss&grund:"),
                                      self.reason, self)
        self.form = form
        self.buttons = ok_cancel(self, self.tr("Phase &ändern"))
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        self.phase.currentIndexChanged.connect(self._phase_chosen)
        self._phase_chosen()

    def chosen_phase(self) -> Phase:
        return Phase(self.phase.currentData())

    def _phase_chosen(self) -> None:
        closing = self.chosen_phase() is Phase.CLOSED
        self.form.setRowVisible(self.reason_label, closing)
        self.date_label.setText(self.tr("&Abschlussdatum:") if closing else self.tr("&Datum des Wechsels:"))
        self.errors.clear()

    def accept(self) -> None:
        self.errors.clear()
        phase = self.chosen_phase()
        parsed = self.changed_on.parsed()
        if parsed.error is not None or parsed.value is None:
            self.errors.show("changed_on", message_text(parsed.error) if parsed.error else "")
            return
        reason = self.reason.currentData() if phase is Phase.CLOSED else None
        if phase is Phase.CLOSED and reason is None:
            self.errors.show("closing_reason", message_text(
                Message.of(case_cycle.CONTEXT, case_cycle.CLOSING_NEEDS_REASON)))
            return
        try:
            cases.change_phase(self.session.vault, self.case_id, phase, on=parsed.value,
                               closing_reason=reason)
        except InputRejected as exc:
            self.errors.show(_FIELD_OF_PROBLEM.get(exc.reason.template, exc.field), message_text(exc.reason))
            return
        except KimError as exc:  # e.g. the vault is busy with a backup: try again
            self.errors.show(None, error_text(exc))
            return
        self.changed.emit(self.case_id)
        super().accept()
