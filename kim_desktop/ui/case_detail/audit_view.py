"""Protokoll: who did what to the case, its client and its records, and when, including a coordinator's
look at the personal details with its reason (services.personal_data_view) — never the data itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kim_desktop.domain import audit_actions
from kim_desktop.domain.roles import Role
from kim_desktop.services.cases import AuditRow
from kim_desktop.ui.case_detail.data import CaseData
from kim_desktop.ui.case_detail.tab import CaseTab, fit_columns, make_tree
from kim_desktop.ui.i18n import translate
from kim_desktop.ui.qt import QtWidgets

if TYPE_CHECKING:
    from kim_desktop.ui.session import AppSession

def action_label(action: str) -> str:
    return audit_actions.action_label(action, translate)


def record_type_label(record_type: str | None) -> str:
    return audit_actions.record_type_label(record_type, translate)


def role_label(role: str) -> str:
    try:
        return translate("Role", Role(role).label)
    except ValueError:
        return role or "–"


def local_time(row: AuditRow) -> str:
    return row.at.astimezone().strftime("%d.%m.%Y %H:%M")


class AuditTab(CaseTab):
    def __init__(self, session: AppSession, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.note = QtWidgets.QLabel(self.tr(
            "Wer wann was an diesem Fall und der Person geändert hat, und wann die Personendaten in der "
            "pseudonymisierten Ansicht der Koordination angezeigt wurden (mit dem angegebenen Grund). Das "
            "Protokoll enthält keine Inhalte, nur die Art des Vorgangs."), self)
        self.note.setWordWrap(True)
        self.tree = make_tree(self, [self.tr("Zeitpunkt"), self.tr("Rolle"), self.tr("Gerät"),
                                     self.tr("Aktion"), self.tr("Datensatz")])
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.tree)

    def show_case(self, data: CaseData) -> None:
        super().show_case(data)
        self.tree.clear()
        for row in reversed(data.audit):  # newest first, like the timeline
            device = self.tr("dieses Gerät") if row.device_id == data.own_device_id else row.device_id[:8]
            QtWidgets.QTreeWidgetItem(self.tree, [
                local_time(row), role_label(row.actor_role), device, action_label(row.action),
                record_type_label(row.record_type)])
        fit_columns(self.tree)

    def clear(self) -> None:
        super().clear()
        self.tree.clear()
