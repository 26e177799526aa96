"""What the report writers (XLSX, CSV, PDF) share: how a cell reads as text, which text a
spreadsheet would take for a formula, and the fixed words of cover pages.

Texts are German source marked for translation (context CONTEXT); `translate` (Qt's, from the GUI)
turns them into the UI language, None keeps German.
"""

from __future__ import annotations

import datetime as dt

from kim_desktop.domain.dates import format_date
from kim_desktop.domain.messages import Translate
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP
from kim_desktop.reports.disclosure import SECONDARY
from kim_desktop.reports.report_model import CellValue, Freshness, Report, ReportView, Row

CONTEXT = "ReportFiles"
EMPTY = "–"
# A spreadsheet starts a formula (or DDE call) with these; OWASP "CSV injection".
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class Texts:
    title = QT_TRANSLATE_NOOP("ReportFiles", "Bericht Kommunales Integrationsmanagement")
    cover_sheet = QT_TRANSLATE_NOOP("ReportFiles", "Bericht")
    district = QT_TRANSLATE_NOOP("ReportFiles", "Kreis")
    period = QT_TRANSLATE_NOOP("ReportFiles", "Zeitraum")
    created = QT_TRANSLATE_NOOP("ReportFiles", "Erstellt am")
    audience = QT_TRANSLATE_NOOP("ReportFiles", "Verwendung")
    internal = QT_TRANSLATE_NOOP("ReportFiles", "intern (nur zur Auswertung in der Kreisverwaltung)")
    external = QT_TRANSLATE_NOOP(
        "ReportFiles", "zur Weitergabe (pseudonymisiert, kleine Anzahlen unterdrückt)")
    filters = QT_TRANSLATE_NOOP("ReportFiles", "Auswahl")
    no_filter = QT_TRANSLATE_NOOP("ReportFiles", "alle Kommunen und Teams")
    filter_teams = QT_TRANSLATE_NOOP("ReportFiles", "Teams {teams}")
    filter_municipalities = QT_TRANSLATE_NOOP("ReportFiles", "Kommunen (AGS) {keys}")
    filter_case_managers = QT_TRANSLATE_NOOP("ReportFiles", "{count} Case Manager/innen")
    notes = QT_TRANSLATE_NOOP("ReportFiles", "Hinweise")
    suppressed = QT_TRANSLATE_NOOP(
        "ReportFiles",
        "Anzahlen von 1 bis {below} sind als „<{threshold}“ ausgewiesen; „x“: gesperrt, damit sich ein "
        "kleiner Wert nicht aus Summen errechnen lässt (Schutz vor Rückschlüssen auf einzelne Personen).")
    freshness = QT_TRANSLATE_NOOP("ReportFiles", "Stand der Daten")
    freshness_note = QT_TRANSLATE_NOOP(
        "ReportFiles",
        "Letztes eingelesenes Austauschpaket je Case Management. „veraltet“: die Zahlen können "
        "unvollständig sein.")
    who = QT_TRANSLATE_NOOP("ReportFiles", "Case Management")
    team = QT_TRANSLATE_NOOP("ReportFiles", "Team")
    last_import = QT_TRANSLATE_NOOP("ReportFiles", "Letzter Import")
    state = QT_TRANSLATE_NOOP("ReportFiles", "Stand")
    stale = QT_TRANSLATE_NOOP("ReportFiles", "veraltet")
    current = QT_TRANSLATE_NOOP("ReportFiles", "aktuell")
    never = QT_TRANSLATE_NOOP("ReportFiles", "noch nie")
    chart_suppressed = QT_TRANSLATE_NOOP(
        "ReportFiles", "Im Diagramm sind unterdrückte Anzahlen („<{threshold}“, „x“) als 0 dargestellt.")
    no_rows = QT_TRANSLATE_NOOP("ReportFiles", "Keine Daten im Zeitraum.")
    page = QT_TRANSLATE_NOOP("ReportFiles", "Seite {page} von {pages}")
    contents = QT_TRANSLATE_NOOP("ReportFiles", "Inhalt")


def phrase(translate: Translate | None, text: str, **details: object) -> str:
    translated = translate(CONTEXT, text) if translate else text
    return translated.format(**details) if details else translated


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def is_suppressed(value: CellValue) -> bool:
    """A count hidden by small-count suppression: "<5", or "x" where a sum could reveal it."""
    return isinstance(value, str) and (value == SECONDARY or (value.startswith("<") and value[1:].isdigit()))


def moment(value: dt.datetime | dt.date | None) -> str:
    """DD.MM.YYYY HH:MM in local time; a day alone (external freshness) as DD.MM.YYYY."""
    if value is None:
        return EMPTY
    if not isinstance(value, dt.datetime):
        return value.strftime("%d.%m.%Y")
    local = value.astimezone() if value.tzinfo is not None else value
    return local.strftime("%d.%m.%Y %H:%M")


def number_text(value: int | float) -> str:
    """German digits for reading (PDF): 1.234 and 12,5."""
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    text = f"{value:,.2f}"
    text = text[:-1] if text.endswith("0") else text  # one decimal at least, two at most: 44,0 and 9,25
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def period_text(first: dt.date, last: dt.date) -> str:
    return f"{format_date(first)} – {format_date(last)}"


def display(value: CellValue | object) -> str:
    """A cell as it reads on paper: numbers German, dates DD.MM.YYYY, nothing as a dash."""
    if value is None:
        return EMPTY
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return number_text(value)
    if isinstance(value, dt.datetime):
        return moment(value)
    if isinstance(value, dt.date):
        return format_date(value)
    return str(value)


def chart_value(value: CellValue) -> float:
    """Suppressed, empty and text cells are drawn as 0 (the caption says so)."""
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0


def chart_rows(view: ReportView) -> list[Row]:
    """Total rows are left out of charts (they would dwarf the rest)."""
    return [row for row in view.rows if not row.total]


def cover_facts(report: Report, translate: Translate | None) -> list[tuple[str, str]]:
    """(label, value) lines for every cover: district, period, created, use, selection, notes."""
    request = report.request
    facts = [
        (phrase(translate, Texts.district), report.district_name),
        (phrase(translate, Texts.period), period_text(request.period_from, request.period_to)),
        (phrase(translate, Texts.created), moment(report.created_at)),
        (phrase(translate, Texts.audience),
         phrase(translate, Texts.external if request.external else Texts.internal)),
    ]
    if report.notes:  # the builder's notes name the selection (municipalities by name)
        return facts
    chosen: list[str] = []
    if request.teams:
        teams = ", ".join(str(t) for t in sorted(request.teams))
        chosen.append(phrase(translate, Texts.filter_teams, teams=teams))
    if request.municipalities:
        keys = ", ".join(sorted(request.municipalities))
        chosen.append(phrase(translate, Texts.filter_municipalities, keys=keys))
    if request.case_managers:
        chosen.append(phrase(translate, Texts.filter_case_managers, count=len(request.case_managers)))
    facts.append((phrase(translate, Texts.filters), "; ".join(chosen) or phrase(translate, Texts.no_filter)))
    return facts


def cover_notes(report: Report, translate: Translate | None) -> list[str]:
    """The report's own notes, and the suppression rule for external reports unless a note says it."""
    request = report.request
    period = (format_date(request.period_from), format_date(request.period_to))
    # the period stands in the facts already
    notes = [note for note in report.notes if note and not all(day in note for day in period)]
    marker = f"<{report.threshold}"
    if report.request.external and not any(marker in note for note in notes):
        threshold = report.threshold
        notes.append(phrase(translate, Texts.suppressed, below=threshold - 1, threshold=threshold))
    return notes


def freshness_state(entry: Freshness, translate: Translate | None) -> str:
    return phrase(translate, Texts.stale if entry.stale else Texts.current)


def freshness_when(entry: Freshness, translate: Translate | None) -> str:
    return moment(entry.last_package_at) if entry.last_package_at else phrase(translate, Texts.never)
