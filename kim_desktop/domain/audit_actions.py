"""German words for the audit log's action codes and record types: the case's "Protokoll" tab and
the Art. 15 access request show the same, translated in the context CONTEXT."""

from __future__ import annotations

from kim_desktop.domain.messages import Translate
from kim_desktop.domain.personal_data import SHOWN_ACTION_PREFIX
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP

CONTEXT = "CaseAudit"
ACTION_LABELS = {
    "client.created": QT_TRANSLATE_NOOP("CaseAudit", "Person angelegt"),
    "client.changed": QT_TRANSLATE_NOOP("CaseAudit", "Angaben zur Person geändert"),
    "client.access-request": QT_TRANSLATE_NOOP("CaseAudit", "Auskunft nach Art. 15 DSGVO erstellt"),
    # A coordinator opened the personal details, for the reason in the code (domain.personal_data).
    "client.personal-data-shown.access-request": QT_TRANSLATE_NOOP(
        "CaseAudit", "Personendaten angezeigt: Auskunftsersuchen nach Art. 15 DSGVO"),
    "client.personal-data-shown.supervision": QT_TRANSLATE_NOOP(
        "CaseAudit", "Personendaten angezeigt: Fachaufsicht oder Beschwerde"),
    "client.personal-data-shown.deputy": QT_TRANSLATE_NOOP(
        "CaseAudit", "Personendaten angezeigt: Vertretung im Case Management"),
    "client.personal-data-shown.correction": QT_TRANSLATE_NOOP(
        "CaseAudit", "Personendaten angezeigt: Berichtigung von Daten"),
    "client.personal-data-shown.other": QT_TRANSLATE_NOOP(
        "CaseAudit", "Personendaten angezeigt: sonstiger dienstlicher Grund"),
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
    "appointment.added": QT_TRANSLATE_NOOP("CaseAudit", "Termin angelegt"),
    "appointment.changed": QT_TRANSLATE_NOOP("CaseAudit", "Termin geändert"),
    "appointment.deleted": QT_TRANSLATE_NOOP("CaseAudit", "Termin gelöscht"),
    "schedule.pattern-saved": QT_TRANSLATE_NOOP("CaseAudit", "Wochenplan gespeichert"),
    "schedule.pattern-replaced": QT_TRANSLATE_NOOP("CaseAudit", "Wochenplan ersetzt"),
    "schedule.pattern-ended": QT_TRANSLATE_NOOP("CaseAudit", "Wochenplan beendet"),
    "schedule.exception-added": QT_TRANSLATE_NOOP("CaseAudit", "Abweichung vom Wochenplan eingetragen"),
    "schedule.exception-deleted": QT_TRANSLATE_NOOP("CaseAudit", "Abweichung vom Wochenplan gelöscht"),
    "escalation.pii-confirmed": QT_TRANSLATE_NOOP(
        "CaseAudit", "Meldung trotz Hinweis auf personenbezogene Daten bestätigt"),
    "escalation.draft-saved": QT_TRANSLATE_NOOP("CaseAudit", "Entwurf einer Meldung gespeichert"),
    "escalation.draft-deleted": QT_TRANSLATE_NOOP("CaseAudit", "Entwurf einer Meldung gelöscht"),
    "escalation.submitted": QT_TRANSLATE_NOOP("CaseAudit", "Meldung übermittelt"),
    "escalation.withdrawn": QT_TRANSLATE_NOOP("CaseAudit", "Meldung zurückgezogen"),
    "escalation.reviewed": QT_TRANSLATE_NOOP("CaseAudit", "Meldung bearbeitet (Status oder Rückmeldung)"),
    "escalation.merged": QT_TRANSLATE_NOOP("CaseAudit", "Meldungen zusammengeführt"),
    "steering.meeting-saved": QT_TRANSLATE_NOOP("CaseAudit", "Sitzung der Lenkungsgruppe angelegt"),
    "steering.agenda-set": QT_TRANSLATE_NOOP("CaseAudit", "Tagesordnung der Lenkungsgruppe geändert"),
    "steering.decision-recorded": QT_TRANSLATE_NOOP("CaseAudit", "Beschluss der Lenkungsgruppe eingetragen"),
    # services.report_export: "report.exported.<format>"
    "report.exported.xlsx": QT_TRANSLATE_NOOP("CaseAudit", "Bericht als Excel-Datei (XLSX) gespeichert"),
    "report.exported.csv": QT_TRANSLATE_NOOP("CaseAudit", "Berichtsansicht als CSV-Datei gespeichert"),
    "report.exported.pdf": QT_TRANSLATE_NOOP("CaseAudit", "Bericht als PDF gespeichert"),
    "report.exported.status": QT_TRANSLATE_NOOP("CaseAudit", "Sachstandsbericht (PDF) gespeichert"),
}
RETENTION_SUFFIX = ".deleted-retention"  # services.retention: "<record type>.deleted-retention"
RETENTION_LABEL = QT_TRANSLATE_NOOP("CaseAudit", "nach Ablauf der Aufbewahrungsfrist gelöscht")
SHOWN_LABEL = QT_TRANSLATE_NOOP("CaseAudit", "Personendaten angezeigt")  # a reason this version does not know
RECORD_TYPE_LABELS = {
    "client": QT_TRANSLATE_NOOP("CaseAudit", "Person"),
    "case": QT_TRANSLATE_NOOP("CaseAudit", "Fall"),
    "case_phase_change": QT_TRANSLATE_NOOP("CaseAudit", "Phasenwechsel"),
    "case_goal": QT_TRANSLATE_NOOP("CaseAudit", "Ziel"),
    "case_consent": QT_TRANSLATE_NOOP("CaseAudit", "Einwilligung"),
    "consultation": QT_TRANSLATE_NOOP("CaseAudit", "Beratung"),
    "appointment": QT_TRANSLATE_NOOP("CaseAudit", "Termin"),
    "schedule_pattern": QT_TRANSLATE_NOOP("CaseAudit", "Wochenplan"),
    "schedule_exception": QT_TRANSLATE_NOOP("CaseAudit", "Abweichung vom Wochenplan"),
    "escalation": QT_TRANSLATE_NOOP("CaseAudit", "Meldung"),
    "escalation_case_link": QT_TRANSLATE_NOOP("CaseAudit", "Fallbezug einer Meldung"),
    "steering_meeting": QT_TRANSLATE_NOOP("CaseAudit", "Sitzung der Lenkungsgruppe"),
    "agenda_item": QT_TRANSLATE_NOOP("CaseAudit", "Tagesordnungspunkt"),
    "report": QT_TRANSLATE_NOOP("CaseAudit", "Bericht"),
}


def action_label(action: str, translate: Translate | None = None) -> str:
    """German words for an action code; a code this version does not know is shown as it is."""
    if action in ACTION_LABELS:
        return _text(translate, ACTION_LABELS[action])
    if action.endswith(RETENTION_SUFFIX):
        return _text(translate, RETENTION_LABEL)
    if action.startswith(SHOWN_ACTION_PREFIX):
        return _text(translate, SHOWN_LABEL)
    return action


def record_type_label(record_type: str | None, translate: Translate | None = None) -> str:
    if not record_type:
        return "–"
    return _text(translate, RECORD_TYPE_LABELS[record_type]) if record_type in RECORD_TYPE_LABELS \
        else record_type


def _text(translate: Translate | None, source: str) -> str:
    return translate(CONTEXT, source) if translate else source
