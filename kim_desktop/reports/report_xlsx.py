"""A report as an Excel workbook: a cover sheet ("Bericht") and one sheet per view.

Numbers stay numbers (int, float), dates are dates shown DD.MM.YYYY, so that the Kreis can sum and
chart them; a suppressed count ("<5") stays text, right-aligned like the numbers around it. Each
view sheet has its title and note above a bold, frozen header row with an auto filter; the total
row is bold and left outside the filter range, so sorting cannot move it.

No text can become a formula: openpyxl stores a string starting with "=" as a formula, so every
text cell is written as a string explicitly (and one starting with = + - @ tab or CR also gets
Excel's quote prefix, so editing the cell does not turn it into a formula either).
Control characters, which master data may hold in a label, are not allowed in XLSX XML; each
becomes U+FFFD, so the file is written and the reader still sees that something was there.
The workbook is built in memory and written in one step (storage.atomic).
"""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from kim_desktop.domain.messages import Translate
from kim_desktop.reports.report_cells import (
    Texts,
    cover_facts,
    cover_notes,
    display,
    freshness_state,
    looks_like_formula,
    phrase,
)
from kim_desktop.reports.report_model import CellValue, ColumnKind, Report, ReportView
from kim_desktop.storage.atomic import write_atomic

DATE_FORMAT = "DD.MM.YYYY"
MOMENT_FORMAT = "DD.MM.YYYY HH:MM"
COUNT_FORMAT = "#,##0"
NUMBER_FORMAT = "#,##0.0#"
SHEET_NAME_MAX = 31
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
HEADER_ROW = 3  # title, note, then the header
MIN_WIDTH, MAX_WIDTH = 8, 60
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
STALE = Font(bold=True, color="B00020")
RIGHT = Alignment(horizontal="right")
WRAP = Alignment(wrap_text=True, vertical="top")
REPLACEMENT = "\ufffd"


def clean_text(text: str) -> str:
    """Text without the control characters that openpyxl refuses (IllegalCharacterError)."""
    return ILLEGAL_CHARACTERS_RE.sub(REPLACEMENT, text)


def sheet_name(title: str, taken: set[str]) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, not blank, unique (case-insensitive)."""
    visible = ILLEGAL_CHARACTERS_RE.sub(" ", title)
    base = " ".join(_SHEET_FORBIDDEN.sub(" ", visible).split()).strip("'") or "Tabelle"
    name, number = base[:SHEET_NAME_MAX], 1
    while name.casefold() in taken:
        number += 1
        suffix = f" ({number})"
        name = base[:SHEET_NAME_MAX - len(suffix)] + suffix
    taken.add(name.casefold())
    return name


def put(sheet: Worksheet, row: int, column: int, value: CellValue | dt.datetime) -> Cell:
    """One cell with its proper type; text is always stored as text, never as a formula."""
    if isinstance(value, dt.datetime):
        local = value.astimezone().replace(tzinfo=None) if value.tzinfo is not None else value
        cell = sheet.cell(row=row, column=column, value=local)
        cell.number_format = MOMENT_FORMAT
        return cell
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, str):
        value = clean_text(value)
        cell.value = value
        cell.data_type = "s"  # after the value: openpyxl makes "=…" a formula ("f")
        if looks_like_formula(value):
            cell.quotePrefix = True
        return cell
    cell.value = value
    if isinstance(value, dt.date):
        cell.number_format = DATE_FORMAT
    elif isinstance(value, int) and not isinstance(value, bool):
        cell.number_format = COUNT_FORMAT
    elif isinstance(value, float):
        cell.number_format = NUMBER_FORMAT
    return cell


def _width(value: object) -> int:
    if value is None:
        return 0
    text = display(value) if not isinstance(value, str) else value
    return max((len(line) for line in text.splitlines()), default=0)


def _fit_columns(sheet: Worksheet, widths: dict[int, int]) -> None:
    for column, width in widths.items():
        sheet.column_dimensions[get_column_letter(column)].width = max(MIN_WIDTH, min(MAX_WIDTH, width + 2))


def _view_sheet(sheet: Worksheet, view: ReportView, translate: Translate | None) -> None:
    put(sheet, 1, 1, view.title).font = TITLE
    if view.note:
        put(sheet, 2, 1, view.note)
    widths: dict[int, int] = {}
    for number, column in enumerate(view.columns, start=1):
        cell = put(sheet, HEADER_ROW, number, column.title)
        cell.font = BOLD
        if column.kind != ColumnKind.LABEL:
            cell.alignment = RIGHT
        widths[number] = _width(column.title)
    last_plain = HEADER_ROW
    for offset, row in enumerate(view.rows, start=1):
        line = HEADER_ROW + offset
        for number, value in enumerate(row.cells, start=1):
            cell = put(sheet, line, number, value)
            if row.total:
                cell.font = BOLD
            kind = view.columns[number - 1].kind if number <= len(view.columns) else ColumnKind.LABEL
            if isinstance(value, str) and kind != ColumnKind.LABEL:
                cell.alignment = RIGHT  # "<5" among numbers
            widths[number] = max(widths.get(number, 0), _width(value))
        if not row.total:
            last_plain = line
    if not view.rows:
        put(sheet, HEADER_ROW + 1, 1, phrase(translate, Texts.no_rows))
    _fit_columns(sheet, widths)
    sheet.freeze_panes = sheet.cell(row=HEADER_ROW + 1, column=2)
    last_column = get_column_letter(max(len(view.columns), 1))
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{last_column}{last_plain}"
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.page_setup.orientation = "landscape" if len(view.columns) > 7 else "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def _cover_sheet(sheet: Worksheet, report: Report, translate: Translate | None) -> None:
    put(sheet, 1, 1, phrase(translate, Texts.title)).font = TITLE
    line = 3
    widths = {1: 0, 2: 0, 3: 0, 4: 0}
    for label, value in cover_facts(report, translate):
        put(sheet, line, 1, label).font = BOLD
        put(sheet, line, 2, value)
        widths[1] = max(widths[1], _width(label))
        line += 1
    notes = cover_notes(report, translate)
    if notes:
        line += 1
        put(sheet, line, 1, phrase(translate, Texts.notes)).font = BOLD
        for note in notes:
            put(sheet, line, 2, note).alignment = WRAP
            line += 1
    if report.freshness:
        line += 1
        put(sheet, line, 1, phrase(translate, Texts.freshness)).font = TITLE
        put(sheet, line + 1, 1, phrase(translate, Texts.freshness_note))
        line += 2
        for number, head in enumerate((Texts.who, Texts.team, Texts.last_import, Texts.state), start=1):
            put(sheet, line, number, phrase(translate, head)).font = BOLD
            widths[number] = max(widths[number], _width(phrase(translate, head)))
        for entry in report.freshness:
            line += 1
            put(sheet, line, 1, entry.label)
            put(sheet, line, 2, entry.team)
            put(sheet, line, 3, entry.last_package_at or phrase(translate, Texts.never))
            state = put(sheet, line, 4, freshness_state(entry, translate))
            if entry.stale:
                state.font = STALE
            widths[1] = max(widths[1], _width(entry.label))
            widths[3] = max(widths[3], 16)
            widths[4] = max(widths[4], _width(state.value))
    _fit_columns(sheet, widths)
    sheet.column_dimensions["B"].width = 90  # the facts and notes


def render_xlsx(report: Report, translate: Translate | None = None) -> bytes:
    workbook = Workbook()
    cover = workbook.active
    assert cover is not None
    taken: set[str] = set()
    cover.title = sheet_name(phrase(translate, Texts.cover_sheet), taken)
    _cover_sheet(cover, report, translate)
    for view in report.views:
        _view_sheet(workbook.create_sheet(sheet_name(view.title, taken)), view, translate)
    workbook.properties.creator = "KIM Desktop"
    workbook.properties.title = clean_text(f"{phrase(translate, Texts.title)} – {report.district_name}")
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def write_xlsx(report: Report, target: Path, *, translate: Translate | None = None) -> None:
    """Writes the workbook to target (replacing a file there) in one step."""
    write_atomic(Path(target), render_xlsx(report, translate))
