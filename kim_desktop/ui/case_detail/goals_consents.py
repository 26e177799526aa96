"""Ziele and Einwilligungen: the few rows of one case, each with its dialogs."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from kim_desktop.services.cases import ConsentRow
from kim_desktop.ui.case_detail.data import CaseData, goal_status_label
from kim_desktop.ui.case_detail.forms import DASH, show_date
from kim_desktop.ui.case_detail.tab import ID_ROLE, CaseTab, fit_columns, make_tree, selected_id
from kim_desktop.ui.qt import QtGui, QtWidgets

if TYPE_CHECKING:
    from kim_desktop.ui.session import AppSession

MUTED = QtGui.QColor("#6b6b6b")


class GoalsTab(CaseTab):
    def __init__(self, session: AppSession, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.tree = make_tree(self, [self.tr("Ziel"), self.tr("Stand"), self.tr("Fällig bis"),
                                     self.tr("Erreicht am")])
        self.add_button = QtWidgets.QPushButton(self.tr("Ziel &anlegen …"), self)
        self.edit_button = QtWidgets.QPushButton(self.tr("Ziel &ändern …"), self)
        self.note = QtWidgets.QLabel(self.tr("Der Fall ist abgeschlossen: Ziele lassen sich erst nach dem "
                                             "Wiederaufnehmen ändern."), self)
        self.note.setWordWrap(True)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.tree)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_goal)
        self.edit_button.clicked.connect(self.edit_goal)
        self.tree.itemActivated.connect(self.edit_goal)
        self.tree.currentItemChanged.connect(self._enable)

    def show_case(self, data: CaseData) -> None:
        super().show_case(data)
        self.tree.clear()
        for goal in data.detail.goals:
            item = QtWidgets.QTreeWidgetItem(self.tree, [goal.description.replace("\n", " "),
                                                         goal_status_label(goal.status),
                                                         show_date(goal.due_on), show_date(goal.achieved_on)])
            item.setToolTip(0, goal.description)
            item.setData(0, ID_ROLE, goal.id)
            if goal.due_on is not None and goal.due_on < dt.date.today() and goal.achieved_on is None:
                item.setForeground(2, QtGui.QColor("#b00020"))  # overdue
        fit_columns(self.tree)
        self.tree.setColumnWidth(0, max(self.tree.columnWidth(0), 320))
        self.note.setVisible(data.closed)
        self._enable()

    def _enable(self, *_items: object) -> None:
        editable = self.data is not None and not self.data.closed
        self.add_button.setEnabled(editable)
        # The goal's text is free text: pseudonymised, the form would show what the list hides.
        shown = self.data is not None and not self.data.hidden
        self.edit_button.setEnabled(editable and shown and self.tree.currentItem() is not None)

    def clear(self) -> None:
        super().clear()
        self.tree.clear()

    def add_goal(self) -> QtWidgets.QDialog | None:
        return self._open(None)

    def edit_goal(self, *_activated: object) -> QtWidgets.QDialog | None:
        goal_id = selected_id(self.tree)
        return self._open(goal_id) if goal_id is not None else None

    def _open(self, goal_id: str | None) -> QtWidgets.QDialog | None:
        from kim_desktop.ui.case_detail.goal_dialog import GoalDialog

        if self.data is None or self.data.closed or (goal_id is not None and self.data.hidden):
            return None
        goal = next((g for g in self.data.detail.goals if g.id == goal_id), None)
        dialog = GoalDialog(self.session, self.data.case_id, goal, parent=self)
        dialog.saved.connect(self.stored)
        return self.open_dialog(dialog)


class ConsentsTab(CaseTab):
    def __init__(self, session: AppSession, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.tree = make_tree(self, [self.tr("Netzwerkpartner"), self.tr("Erteilt am"),
                                     self.tr("Widerrufen am"), self.tr("Heute"), self.tr("Wofür")])
        self.add_button = QtWidgets.QPushButton(self.tr("Einwilligung &aufnehmen …"), self)
        self.revoke_button = QtWidgets.QPushButton(self.tr("&Widerrufen …"), self)
        note = QtWidgets.QLabel(self.tr("Einwilligung und Schweigepflichtentbindung je Netzwerkpartner. "
                                        "Eine Vermittlung ohne gültige Einwilligung wird bei der Beratung "
                                        "nachgefragt und vermerkt."), self)
        note.setWordWrap(True)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.tree)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_consent)
        self.revoke_button.clicked.connect(self.revoke_consent)
        self.tree.currentItemChanged.connect(self._enable)

    def show_case(self, data: CaseData) -> None:
        super().show_case(data)
        self.tree.clear()
        today = dt.date.today()
        for consent in data.detail.consents:
            valid = consent.given_on <= today and (consent.revoked_on is None or today < consent.revoked_on)
            state = self.tr("gültig") if valid else (self.tr("widerrufen") if consent.revoked_on
                                                       else self.tr("noch nicht gültig"))
            item = QtWidgets.QTreeWidgetItem(self.tree, [
                data.agencies.get(consent.agency_code, consent.agency_code), show_date(consent.given_on),
                show_date(consent.revoked_on) if consent.revoked_on else DASH, state,
                consent.scope.replace("\n", " ")])
            item.setData(0, ID_ROLE, consent.id)
            item.setToolTip(4, consent.scope)
            if not valid:
                for column in range(item.columnCount()):
                    item.setForeground(column, MUTED)
        fit_columns(self.tree)
        self._enable()

    def _consent(self) -> ConsentRow | None:
        consent_id = selected_id(self.tree)
        if self.data is None or consent_id is None:
            return None
        return next((c for c in self.data.detail.consents if c.id == consent_id), None)

    def _enable(self, *_items: object) -> None:
        consent = self._consent()
        self.add_button.setEnabled(self.data is not None)
        shown = self.data is not None and not self.data.hidden  # the form shows the scope
        self.revoke_button.setEnabled(shown and consent is not None and consent.revoked_on is None)

    def clear(self) -> None:
        super().clear()
        self.tree.clear()

    def add_consent(self) -> QtWidgets.QDialog | None:
        from kim_desktop.ui.case_detail.consent_dialog import ConsentDialog

        if self.data is None:
            return None
        dialog = ConsentDialog(self.session, self.data.case_id, parent=self)
        dialog.saved.connect(self.stored)
        return self.open_dialog(dialog)

    def revoke_consent(self) -> QtWidgets.QDialog | None:
        from kim_desktop.ui.case_detail.consent_dialog import RevokeConsentDialog

        consent = self._consent()
        if self.data is None or self.data.hidden or consent is None or consent.revoked_on is not None:
            return None
        label = self.data.agencies.get(consent.agency_code, consent.agency_code)
        dialog = RevokeConsentDialog(self.session, consent, label, parent=self)
        dialog.revoked.connect(self.stored)
        return self.open_dialog(dialog)
