"""Short German words of the schedule views (weekdays, months), and the kinds' labels translated
(domain.schedule_labels holds those, shared with the PDFs)."""

from __future__ import annotations

from kim_desktop.domain import schedule_labels as labels
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP
from kim_desktop.ui.i18n import translate

CONTEXT = "ScheduleTexts"

WEEKDAY_SHORT = (
    QT_TRANSLATE_NOOP("ScheduleTexts", "Mo"), QT_TRANSLATE_NOOP("ScheduleTexts", "Di"),
    QT_TRANSLATE_NOOP("ScheduleTexts", "Mi"), QT_TRANSLATE_NOOP("ScheduleTexts", "Do"),
    QT_TRANSLATE_NOOP("ScheduleTexts", "Fr"), QT_TRANSLATE_NOOP("ScheduleTexts", "Sa"),
    QT_TRANSLATE_NOOP("ScheduleTexts", "So"),
)

MONTHS = (
    QT_TRANSLATE_NOOP("ScheduleTexts", "Januar"), QT_TRANSLATE_NOOP("ScheduleTexts", "Februar"),
    QT_TRANSLATE_NOOP("ScheduleTexts", "März"), QT_TRANSLATE_NOOP("ScheduleTexts", "April"),
    QT_TRANSLATE_NOOP("ScheduleTexts", "Mai"), QT_TRANSLATE_NOOP("ScheduleTexts", "Juni"),
    QT_TRANSLATE_NOOP("ScheduleTexts", "Juli"), QT_TRANSLATE_NOOP("ScheduleTexts", "August"),
    QT_TRANSLATE_NOOP("ScheduleTexts", "September"), QT_TRANSLATE_NOOP("ScheduleTexts", "Oktober"),
    QT_TRANSLATE_NOOP("ScheduleTexts", "November"), QT_TRANSLATE_NOOP("ScheduleTexts", "Dezember"),
)


def kind_label(kind: str) -> str:
    """An unknown code (from a newer version) is shown as it is."""
    label = labels.APPOINTMENT_KIND_LABELS.get(kind)
    return translate(labels.CONTEXT, label) if label else kind


def exception_label(kind: str) -> str:
    label = labels.EXCEPTION_KIND_LABELS.get(kind)
    return translate(labels.CONTEXT, label) if label else kind


def weekday_short(index: int) -> str:
    return translate(CONTEXT, WEEKDAY_SHORT[index])


def month_name(month: int) -> str:
    return translate(CONTEXT, MONTHS[month - 1])
