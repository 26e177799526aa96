"""German words for what the sync core reports in identifiers: tables, results, device states,
policies; plus number and date formats shared by the tabs of the "Austausch" page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP
from kim_desktop.sync import devices, importer, recipients
from kim_desktop.ui.qt import QCoreApplication, QtCore

CONTEXT = "Exchange"
NOT_DONE = "not-done"  # a file the import did not reach because it was cancelled

TABLES = {
    "vault_profile": QT_TRANSLATE_NOOP("Exchange", "Profil"),
    "client": QT_TRANSLATE_NOOP("Exchange", "Personen"),
    "case_file": QT_TRANSLATE_NOOP("Exchange", "Fälle"),
    "case_phase_change": QT_TRANSLATE_NOOP("Exchange", "Phasenwechsel"),
    "case_goal": QT_TRANSLATE_NOOP("Exchange", "Ziele"),
    "case_consent": QT_TRANSLATE_NOOP("Exchange", "Einwilligungen"),
    "consultation": QT_TRANSLATE_NOOP("Exchange", "Beratungen"),
    "catalogue_entry": QT_TRANSLATE_NOOP("Exchange", "Stammdaten"),
}
RESULTS = {
    importer.IMPORTED: QT_TRANSLATE_NOOP("Exchange", "neu importiert"),
    importer.UNCHANGED: QT_TRANSLATE_NOOP("Exchange", "unverändert (schon importiert)"),
    importer.REFUSED: QT_TRANSLATE_NOOP("Exchange", "abgelehnt"),
    importer.UNKNOWN_DEVICE: QT_TRANSLATE_NOOP("Exchange", "unbekanntes Gerät"),
    importer.PREVIEW: QT_TRANSLATE_NOOP("Exchange", "bereit zum Import"),
    NOT_DONE: QT_TRANSLATE_NOOP("Exchange", "abgebrochen, nicht bearbeitet"),
}
DEVICE_STATES = {
    devices.TRUSTED: QT_TRANSLATE_NOOP("Exchange", "vertraut"),
    devices.REVOKED: QT_TRANSLATE_NOOP("Exchange", "gesperrt"),
    devices.PENDING: QT_TRANSLATE_NOOP("Exchange", "unbestätigt"),
}
SOURCES = {
    recipients.PRESET: QT_TRANSLATE_NOOP("Exchange", "Einsatzkonfiguration"),
    recipients.ADDED: QT_TRANSLATE_NOOP("Exchange", "hier hinzugefügt"),
    recipients.ANNOUNCED: QT_TRANSLATE_NOOP("Exchange", "aus einer Rückmeldung"),
}


def _word(words: dict[str, str], key: str) -> str:
    return QCoreApplication.translate(CONTEXT, words[key]) if key in words else key


def table_label(name: str) -> str:
    return _word(TABLES, name)


def result_label(status: str) -> str:
    return _word(RESULTS, status)


def device_state_label(status: str) -> str:
    return _word(DEVICE_STATES, status)


def source_label(source: str) -> str:
    return _word(SOURCES, source)


def policy_text(policy: str) -> str:
    if policy == "pseudonymised":
        return QCoreApplication.translate(
            "Exchange",
            "pseudonymisiert: Namen, Geburtsdaten, Kontaktdaten und Notizen bleiben auf diesem Gerät")
    return QCoreApplication.translate("Exchange", "vollständig")


def number(value: int) -> str:
    """1.234 in German, 1,234 in English (the locale install_translators set)."""
    return QtCore.QLocale().toString(value)


def moment(value: dt.datetime | None) -> str:
    """DD.MM.YYYY HH:MM in local time; the core keeps UTC."""
    return value.astimezone().strftime("%d.%m.%Y %H:%M") if value is not None else "–"


def number_ranges(numbers: Iterable[int]) -> str:
    """[3, 5, 6, 7] → "3, 5–7": a device that missed many packages still fits in a cell."""
    parts: list[str] = []
    run: list[int] = []
    for value in sorted(set(numbers)):
        if run and value == run[-1] + 1:
            run.append(value)
            continue
        if run:
            parts.append(_run_text(run))
        run = [value]
    if run:
        parts.append(_run_text(run))
    return ", ".join(parts)


def _run_text(run: list[int]) -> str:
    if len(run) == 1:
        return str(run[0])
    return f"{run[0]}–{run[-1]}" if len(run) > 2 else f"{run[0]}, {run[1]}"


def counts_text(counts: dict[str, int]) -> str:
    """"Personen: 160, Fälle: 205" in the order the tables sync."""
    order = list(TABLES)
    ranked = sorted(counts.items(), key=lambda item: order.index(item[0]) if item[0] in order else len(order))
    return ", ".join(f"{table_label(name)}: {number(count)}" for name, count in ranked if count)


def short_id(device_id: str) -> str:
    return device_id[:8] if device_id else "–"
