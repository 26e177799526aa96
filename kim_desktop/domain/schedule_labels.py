"""German names of the schedule's closed sets (weekdays, exception and appointment kinds), marked
for translation so that the GUI, the PDFs and the command line say the same thing.

The GUI translates them with QCoreApplication.translate(CONTEXT, label); plain Python keeps German.
"""

from __future__ import annotations

from kim_desktop.domain.schedule_rules import AppointmentKind, ExceptionKind
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP

CONTEXT = "ScheduleLabels"

WEEKDAYS = (
    QT_TRANSLATE_NOOP("ScheduleLabels", "Montag"), QT_TRANSLATE_NOOP("ScheduleLabels", "Dienstag"),
    QT_TRANSLATE_NOOP("ScheduleLabels", "Mittwoch"), QT_TRANSLATE_NOOP("ScheduleLabels", "Donnerstag"),
    QT_TRANSLATE_NOOP("ScheduleLabels", "Freitag"), QT_TRANSLATE_NOOP("ScheduleLabels", "Samstag"),
    QT_TRANSLATE_NOOP("ScheduleLabels", "Sonntag"),
)

APPOINTMENT_KIND_LABELS: dict[str, str] = {
    AppointmentKind.BERATUNG: QT_TRANSLATE_NOOP("ScheduleLabels", "Beratung"),
    AppointmentKind.ERSTGESPRAECH: QT_TRANSLATE_NOOP("ScheduleLabels", "Erstgespräch"),
    AppointmentKind.BEGLEITUNG: QT_TRANSLATE_NOOP("ScheduleLabels", "Begleitung"),
    AppointmentKind.HAUSBESUCH: QT_TRANSLATE_NOOP("ScheduleLabels", "Hausbesuch"),
    AppointmentKind.INTERN: QT_TRANSLATE_NOOP("ScheduleLabels", "intern"),
}

EXCEPTION_KIND_LABELS: dict[str, str] = {
    ExceptionKind.LEAVE: QT_TRANSLATE_NOOP("ScheduleLabels", "Urlaub"),
    ExceptionKind.SICKNESS: QT_TRANSLATE_NOOP("ScheduleLabels", "Krankheit"),
    ExceptionKind.TRAINING: QT_TRANSLATE_NOOP("ScheduleLabels", "Fortbildung"),
    ExceptionKind.EXTRA_DAY: QT_TRANSLATE_NOOP("ScheduleLabels", "zusätzlicher Tag in einer Kommune"),
    ExceptionKind.MOVED_HOURS: QT_TRANSLATE_NOOP("ScheduleLabels", "verlegte Sprechzeit"),
}


def appointment_kind_label(code: str) -> str:
    """German label of an AppointmentKind code; an unknown code (from a newer version) as it is."""
    return APPOINTMENT_KIND_LABELS.get(code, code)


def exception_kind_label(code: str) -> str:
    return EXCEPTION_KIND_LABELS.get(code, code)
