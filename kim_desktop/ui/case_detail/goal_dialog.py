"""Adding or changing one goal of a case: what, status, due date."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kim_desktop.domain.catalogues import CONTEXT as CATALOGUES
from kim_desktop.domain.catalogues import GoalStatus
from kim_desktop.errors import InputRejected, KimError
from kim_desktop.services import cases
from kim_desktop.services.cases import GoalRow
from kim_desktop.ui.case_detail.forms import (
    DateField,
    FieldError,
    FormErrors,
    add_field,
    fill_combo,
    labelled,
    message_text,
    ok_cancel,
    select_data,
    text_box,
)
from kim_desktop.ui.i18n import error_text
from kim_desktop.ui.qt import QtWidgets, Signal

if TYPE_CHECKING:
    from kim_desktop.ui.session import AppSession


class GoalDialog(QtWidgets.QDialog):
    saved = Signal(str)  # the goal's id

    def __init__(self, session: AppSession, case_id: str, goal: GoalRow | None = None,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.case_id, self.goal = session, case_id, goal
        self.setWindowTitle(self.tr("Ziel ändern") if goal else self.tr("Neues Ziel"))
        self.setMinimumWidth(480)
        self.general = FieldError(self)
        self.errors = FormErrors(self.general)
        self.description = text_box(self, 4)
        self.status = QtWidgets.QComboBox(self)
        fill_combo(self.status, labelled(GoalStatus, CATALOGUES))
        self.due_on = DateField(self, optional=True)
        if goal is not None:
            self.description.setPlainText(goal.description)
            select_data(self.status, goal.status)
            self.due_on.set_date(goal.due_on)
        form = QtWidgets.QFormLayout()
        add_field(form, self.errors, "description", self.tr("&Ziel:"), self.description, self)
        add_field(form, self.errors, "status", self.tr("S&tand:"), self.status, self)
        add_field(form, self.errors, "due_on", self.tr("&Fällig bis:"), self.due_on, self)
        self.buttons = ok_cancel(self, self.tr("&Speichern"))
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        self.description.setFocus()

    def accept(self) -> None:
        self.errors.clear()
        due = self.due_on.parsed()
        if due.error is not None:
            self.errors.show("due_on", message_text(due.error))
            return
        try:
            goal_id = cases.save_goal(self.session.vault, self.case_id, self.description.toPlainText(),
                                      status=self.status.currentData(), due_on=due.value,
                                      goal_id=self.goal.id if self.goal else None)
        except InputRejected as exc:
            self.errors.show_rejection(exc)
            return
        except KimError as exc:
            self.errors.show(None, error_text(exc))
            return
        self.saved.emit(goal_id)
        super().accept()
