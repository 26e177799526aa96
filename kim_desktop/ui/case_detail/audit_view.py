"""Protokoll: who did what to the case, its client and its records, and when — never the data itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kim_desktop.domain.roles import Role
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP
from kim_desktop.services.cases import AuditRow
from kim_desktop.ui.case_detail.data import CaseData
from kim_desktop.ui.case_detail.tab import CaseTab, fit_columns, make_tree
from kim_desktop.ui.i18n import translate
from kim_desktop.ui.qt import QtWidgets

if TYPE_CHECKING:
    from kim_desktop.ui.session import AppSession

CONTEXT = "CaseAudit"
ACTION_LABELS = {
    "client.created": QT_TRANSLATE_NOOP("CaseAudit", "Person angelegt"),
    "client.changed": QT_TRANSLATE_NOOP("CaseAudit", "Angaben zur Person geändert"),
    "client.access-request": QT_TRANSLATE_NOOP("CaseAudit", "Auskunft nach Art. 15 DSGVO erstellt"),
    "case.opened": QT_TRANSLATE_NOOP("CaseAudit", "Fall eröffnet"),
    "case.phase-changed": QT_TRANSLATE_NOOP("CaseAudit", "Phase geändert"),
    "case.closed": QT_TRANSLATE_NOOP("CaseAudit", "Fall abgeschlossen"),
    "case.changed": QT_TRANSLATE_NOOP("CaseAudit", "Schwerpunkt oder Kommune geändert"),
    "goal.added": QT_TRANSLATE_NOOP("CaseAudit", "Ziel angelegt"),
    "goal.changed": QT_TRANSLATE_NOOP("CaseAudit", "Ziel geändert"),
    "consent.given": QT_TRANSLATE_NOOP("CaseAudit", "Einwilligung aufgenommen"),
    "consent.revoked": QT_TRANSLATE_NOOP("CaseAudit", "Einwilligung widerrufen"),
    "consultation.recorded": QT_TRANSLATE_NOOP("CaseAudit", "Beratung erfasst"),
    "consultation.changed": QT_TRANSLATE_NOOP("CaseAudit", "Beratung geändert"),
    "consultation.deleted": QT_TRANSLATE_NOOP("CaseAudit", "Beratung gelöscht"),
    "consultation.referral-without-consent": QT_TRANSLATE_NOOP(
        "CaseAudit", "Vermittlung ohne Einwilligung bestätigt"),
    "follow-up.done": QT_TRANSLATE_NOOP("CaseAudit", "Wiedervorlage erledigt"),
    "follow-up.reopened": QT_TRANSLATE_NOOP("CaseAudit", "Wiedervorlage wieder geöffnet"),
}
RETENTION_SUFFIX = ".deleted-retention"  # services.retention: "<record type>.deleted-retention"
RETENTION_LABEL = QT_TRANSLATE_NOOP("CaseAudit", "nach Ablauf der Aufbewahrungsfrist gelöscht")
RECORD_TYPE_LABELS = {
    "client": QT_TRANSLATE_NOOP("CaseAudit", "Person"),
    "case": QT_TRANSLATE_NOOP("CaseAudit", "Fall"),
    "case_phase_change": QT_TRANSLATE_NOOP("CaseAudit", "Phasenwechsel"),
    "case_goal": QT_TRANSLATE_NOOP("CaseAudit", "Ziel"),
    "case_consent": QT_TRANSLATE_NOOP("CaseAudit", "Einwilligung"),
    "consultation": QT_TRANSLATE_NOOP("CaseAudit", "Beratung"),
}


def action_label(action: str) -> str:
    """German words for an action code; a code this version does not know is shown as it is."""
    if action in ACTION_LABELS:
        return translate(CONTEXT, ACTION_LABELS[action])
    if action.endswith(RETENTION_SUFFIX):
        return translate(CONTEXT, RETENTION_LABEL)
    return action


def record_type_label(record_type: str | None) -> str:
    if not record_type:
        return "–"
    return translate(CONTEXT, RECORD_TYPE_LABELS[record_type]) if record_type in RECORD_TYPE_LABELS \
        else record_type


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
        note = QtWidgets.QLabel(self.tr("Wer wann was an diesem Fall und der Person geändert hat. Das "
                                        "Protokoll enthält keine Inhalte, nur die Art der Änderung."), self)
        note.setWordWrap(True)
        self.tree = make_tree(self, [self.tr("Zeitpunkt"), self.tr("Rolle"), self.tr("Gerät"),
                                     self.tr("Aktion"), self.tr("Datensatz")])
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(note)
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
