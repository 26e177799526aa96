"""The pseudonymised statistics export: an .xlsx with one row per consultation and an overview.

What never goes in: names, birth dates (only an age group on the day of the consultation),
notes, next steps, places, addresses, contact details, interpreter languages. The query selects
only the columns that may leave, so nothing else can slip into the file.

Sheet "Beratungen" holds pseudonymised single records for the Kreis's own evaluation. Sheet
"Übersicht" holds counts per municipality, legal domain and contact type; counts below the
deployment's `small_count_threshold` read "<5" (suppression.py), so that the overview can be
passed on by itself.
"""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select
from sqlalchemy.orm import Session

from kim_desktop.config.deployment import Deployment
from kim_desktop.domain.catalogues import CaseFocus, ContactType, LegalDomain
from kim_desktop.domain.dates import format_date
from kim_desktop.domain.messages import Message, Translate
from kim_desktop.errors import InputRejected
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP
from kim_desktop.reports.suppression import suppress
from kim_desktop.services.master_data import labels
from kim_desktop.storage.atomic import write_atomic
from kim_desktop.storage.consultation_tables import Case, Client, Consultation, split_codes
from kim_desktop.storage.master_data_tables import AGENCY, TOPIC

CONTEXT = "Statistics"
PERIOD_REVERSED = QT_TRANSLATE_NOOP("Statistics", "Das Ende des Zeitraums liegt vor seinem Anfang.")
SHEET_ROWS = "Beratungen"
SHEET_OVERVIEW = "Übersicht"
UNKNOWN_AGE = QT_TRANSLATE_NOOP("Statistics", "unbekannt")
DATE_FORMAT = "DD.MM.YYYY"

# (first age, last age or None, label); the age on the day of the consultation.
AGE_GROUPS: tuple[tuple[int, int | None, str], ...] = (
    (0, 5, "0–5"), (6, 17, "6–17"), (18, 26, "18–26"), (27, 44, "27–44"), (45, 64, "45–64"),
    (65, None, "65+"),
)


class _Texts:
    pseudonym = QT_TRANSLATE_NOOP("Statistics", "Pseudonym")
    age_group = QT_TRANSLATE_NOOP("Statistics", "Altersgruppe")
    focus = QT_TRANSLATE_NOOP("Statistics", "Schwerpunkt")
    ags = QT_TRANSLATE_NOOP("Statistics", "AGS")
    municipality = QT_TRANSLATE_NOOP("Statistics", "Kommune")
    date = QT_TRANSLATE_NOOP("Statistics", "Datum")
    contact_type = QT_TRANSLATE_NOOP("Statistics", "Kontaktart")
    duration = QT_TRANSLATE_NOOP("Statistics", "Dauer (Min.)")
    topics = QT_TRANSLATE_NOOP("Statistics", "Themen")
    legal_domains = QT_TRANSLATE_NOOP("Statistics", "Rechtskreise")
    referrals = QT_TRANSLATE_NOOP("Statistics", "Vermittlung an")
    title = QT_TRANSLATE_NOOP("Statistics", "Statistik Kommunales Integrationsmanagement – {district}")
    period = QT_TRANSLATE_NOOP("Statistics", "Zeitraum: {start} bis {end}")
    created = QT_TRANSLATE_NOOP("Statistics", "Erstellt am: {date}")
    suppressed = QT_TRANSLATE_NOOP(
        "Statistics",
        "Anzahlen unter {threshold} sind als „<{threshold}“ ausgewiesen (Schutz vor Rückschlüssen "
        "auf einzelne Personen).")
    rows_note = QT_TRANSLATE_NOOP(
        "Statistics",
        "Das Blatt „Beratungen“ enthält pseudonymisierte Einzeldaten: nur zur Auswertung in der "
        "Kreisverwaltung, nicht weitergeben.")
    total = QT_TRANSLATE_NOOP("Statistics", "Beratungen insgesamt")
    people = QT_TRANSLATE_NOOP("Statistics", "Personen (Pseudonyme)")
    by_municipality = QT_TRANSLATE_NOOP("Statistics", "Beratungen je Kommune")
    by_legal_domain = QT_TRANSLATE_NOOP("Statistics", "Beratungen je Rechtskreis (eine Beratung kann mehrere "
                                                      "Rechtskreise betreffen)")
    by_contact_type = QT_TRANSLATE_NOOP("Statistics", "Beratungen je Kontaktart")
    count = QT_TRANSLATE_NOOP("Statistics", "Anzahl")


@dataclass(frozen=True)
class StatisticsResult:
    path: Path
    consultations: int
    people: int


def age_group(birth_date: dt.date | None, on: dt.date) -> str | None:
    """The AGE_GROUPS label for the age on `on`; None when the birth date is unknown."""
    if birth_date is None:
        return None
    age = on.year - birth_date.year - ((on.month, on.day) < (birth_date.month, birth_date.day))
    for first, last, label in AGE_GROUPS:
        if age >= first and (last is None or age <= last):
            return label
    return None  # born after the consultation: a typing error, not an age


@dataclass(frozen=True)
class _Row:
    pseudonym: str
    age_group: str
    focus: str
    ags: str
    municipality: str
    held_on: dt.date
    contact_type: str
    duration: int | None
    topics: str
    legal_domains: tuple[str, ...]
    referrals: str


def _legal_domain(code: str) -> str:
    try:
        return LegalDomain(code).short
    except ValueError:
        return code


def _rows(session: Session, period_from: dt.date, period_to: dt.date, deployment: Deployment,
          text_of: Translate) -> list[_Row]:
    names = {m.ags: m.name for m in deployment.municipalities}
    topics, agencies = labels(session, TOPIC, text_of), labels(session, AGENCY, text_of)

    def enum_label(enum: type[ContactType] | type[CaseFocus], code: str) -> str:
        try:
            return text_of("Catalogues", enum(code).label)
        except ValueError:
            return code

    # Only the columns that may leave: the birth date is read to compute the age group and dropped.
    query = (select(Client.pseudonym, Client.birth_date, Case.focus, Consultation.municipality_ags,
                    Consultation.held_on, Consultation.contact_type, Consultation.duration_minutes,
                    Consultation.topics, Consultation.legal_domains, Consultation.referrals)
             .join(Case, Case.id == Consultation.case_id).join(Client, Client.id == Case.client_id)
             .where(Consultation.held_on >= period_from, Consultation.held_on <= period_to,
                    Consultation.deleted.is_(False), Case.deleted.is_(False), Client.deleted.is_(False))
             .order_by(Consultation.held_on, Consultation.start_time, Client.pseudonym))
    return [_Row(r.pseudonym, age_group(r.birth_date, r.held_on) or text_of(CONTEXT, UNKNOWN_AGE),
                 enum_label(CaseFocus, r.focus), r.municipality_ags, names.get(r.municipality_ags, ""),
                 r.held_on,
                 enum_label(ContactType, r.contact_type), r.duration_minutes,
                 ", ".join(topics.get(c, c) for c in split_codes(r.topics)),
                 tuple(_legal_domain(c) for c in split_codes(r.legal_domains)),
                 ", ".join(agencies.get(c, c) for c in split_codes(r.referrals)))
            for r in session.execute(query)]


def _fit_columns(sheet: Worksheet, widths: list[int]) -> None:
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width


def _write_rows(sheet: Worksheet, rows: list[_Row], text_of: Translate) -> None:
    t = _Texts
    headers = [t.pseudonym, t.age_group, t.focus, t.ags, t.municipality, t.date, t.contact_type, t.duration,
               t.topics, t.legal_domains, t.referrals]
    sheet.append([text_of(CONTEXT, h) for h in headers])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for number, row in enumerate(rows, start=2):
        sheet.append([row.pseudonym, row.age_group, row.focus, row.ags, row.municipality, row.held_on,
                      row.contact_type, row.duration, row.topics, ", ".join(row.legal_domains),
                      row.referrals])
        # Counted here: openpyxl's max_row scans every cell, which made the export quadratic.
        sheet.cell(number, 6).number_format = DATE_FORMAT
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    _fit_columns(sheet, [12, 12, 24, 10, 22, 12, 22, 12, 40, 30, 36])


def _write_overview(sheet: Worksheet, rows: list[_Row], period_from: dt.date, period_to: dt.date,
                    deployment: Deployment, text_of: Translate) -> None:
    t = _Texts
    threshold = deployment.policy.small_count_threshold
    sheet.append([text_of(CONTEXT, t.title).format(district=deployment.district_name)])
    sheet["A1"].font = Font(bold=True, size=13)
    period = text_of(CONTEXT, t.period).format(start=format_date(period_from), end=format_date(period_to))
    sheet.append([period])
    sheet.append([text_of(CONTEXT, t.created).format(date=format_date(dt.date.today()))])
    sheet.append([text_of(CONTEXT, t.suppressed).format(threshold=threshold)])
    sheet.append([text_of(CONTEXT, t.rows_note)])
    sheet.append([])
    totals = suppress({"total": len(rows), "people": len({r.pseudonym for r in rows})}, threshold)
    sheet.append([text_of(CONTEXT, t.total), None, totals["total"]])
    sheet.append([text_of(CONTEXT, t.people), None, totals["people"]])

    def table(title: str, headers: list[str], counts: Counter[tuple[str, ...]], partition: bool) -> None:
        sheet.append([])
        sheet.append([text_of(CONTEXT, title)])
        sheet.cell(sheet.max_row, 1).font = Font(bold=True)
        sheet.append([text_of(CONTEXT, h) if h else "" for h in headers])
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
        # A partition (every consultation in exactly one row) adds up to the total shown above.
        shown = suppress(dict(counts), threshold, total=len(rows) if partition else None)
        for key in sorted(counts, key=lambda k: (-counts[k], k)):
            sheet.append([*key, shown[key]])

    table(t.by_municipality, [t.ags, t.municipality, t.count],
          Counter((r.ags, r.municipality) for r in rows), partition=True)
    table(t.by_legal_domain, [t.legal_domains, "", t.count],
          Counter((domain, "") for r in rows for domain in r.legal_domains), partition=False)
    table(t.by_contact_type, [t.contact_type, "", t.count],
          Counter((r.contact_type, "") for r in rows), partition=True)
    _fit_columns(sheet, [28, 24, 12])


def export_statistics(session: Session, target_path: Path, *, period_from: dt.date, period_to: dt.date,
                      deployment: Deployment, translate: Translate | None = None) -> StatisticsResult:
    """Writes the workbook to target_path (replacing a file there) in one step."""
    if period_to < period_from:
        raise InputRejected(Message.of(CONTEXT, PERIOD_REVERSED), "period_to")
    text_of: Translate = translate or (lambda _context, text: text)
    rows = _rows(session, period_from, period_to, deployment, text_of)
    workbook = Workbook()
    workbook.properties.creator = "KIM Desktop"
    workbook.properties.lastModifiedBy = "KIM Desktop"
    workbook.properties.title = text_of(CONTEXT, _Texts.title).format(district=deployment.district_name)
    overview = workbook.active
    overview.title = SHEET_OVERVIEW
    _write_overview(overview, rows, period_from, period_to, deployment, text_of)
    _write_rows(workbook.create_sheet(SHEET_ROWS), rows, text_of)
    buffer = io.BytesIO()
    workbook.save(buffer)
    target = Path(target_path)
    write_atomic(target, buffer.getvalue())
    return StatisticsResult(target, len(rows), len({r.pseudonym for r in rows}))
