"""The report workbook read back with openpyxl: real numbers and dates, header, filter, widths,
and no text that a spreadsheet would run as a formula."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.worksheet.worksheet import Worksheet

from kim_desktop.reports.report_model import ViewId
from kim_desktop.reports.report_xlsx import HEADER_ROW, clean_text, sheet_name, write_xlsx
from tests.reports.report_samples import INJECTIONS, sample_report


@pytest.fixture
def workbook(tmp_path: Path):  # type: ignore[no-untyped-def]
    target = tmp_path / "bericht.xlsx"
    write_xlsx(sample_report(), target)
    return load_workbook(target)


def rows_of(sheet: Worksheet) -> list[tuple[object, ...]]:
    return [tuple(c.value for c in row) for row in sheet.iter_rows(min_row=HEADER_ROW + 1)]


def test_one_sheet_per_view_after_the_cover(workbook) -> None:  # type: ignore[no-untyped-def]
    report = sample_report()
    assert workbook.sheetnames[0] == "Bericht"
    assert len(workbook.sheetnames) == 1 + len(report.views)
    assert workbook.sheetnames[1] == "Übersicht je Kommune"
    for name in workbook.sheetnames:
        assert len(name) <= 31 and not set(name) & set("[]:*?/\\")


def test_numbers_and_dates_are_typed_not_text(workbook) -> None:  # type: ignore[no-untyped-def]
    sheet = workbook["Übersicht je Kommune"]
    assert [c.value for c in sheet[HEADER_ROW]] == ["Kommune", "Beratungen", "Personen", "Stunden",
                                                    "Erste Beratung"]
    first = sheet.cell(HEADER_ROW + 1, 2)
    assert first.value == 1234 and first.data_type == "n" and isinstance(first.value, int)
    hours = sheet.cell(HEADER_ROW + 1, 4)
    assert hours.value == pytest.approx(410.5) and isinstance(hours.value, float)
    day = sheet.cell(HEADER_ROW + 1, 5)
    assert day.value == dt.datetime(2026, 1, 5) and day.number_format == "DD.MM.YYYY"
    suppressed = sheet.cell(HEADER_ROW + 2, 2)
    assert suppressed.value == "<5" and suppressed.data_type == "s"
    assert suppressed.alignment.horizontal == "right"
    assert sheet.cell(HEADER_ROW + 3, 4).value is None


def test_header_frozen_filtered_bold_and_total_row_bold(workbook) -> None:  # type: ignore[no-untyped-def]
    sheet = workbook["Beratungen je Kommune und Monat"]
    assert sheet.freeze_panes == f"B{HEADER_ROW + 1}"
    assert all(c.font.b for c in sheet[HEADER_ROW])
    # the filter stops above the total row, so sorting leaves "Insgesamt" at the bottom
    assert sheet.auto_filter.ref == f"A{HEADER_ROW}:N{HEADER_ROW + 4}"
    total = sheet[HEADER_ROW + 5]
    assert total[0].value == "Insgesamt" and all(c.font.b for c in total)
    assert not sheet.cell(HEADER_ROW + 1, 1).font.b
    assert total[13].value == 123456


def test_column_widths_follow_the_content(workbook) -> None:  # type: ignore[no-untyped-def]
    sheet = workbook["Beratungen je Kommune und Monat"]
    label = sheet.column_dimensions["A"].width
    month = sheet.column_dimensions["B"].width
    assert label >= len("Neunkirchen-Seelscheid") and month < label


def test_formula_like_text_stays_text(workbook) -> None:  # type: ignore[no-untyped-def]
    # XML turns a carriage return into a line feed on reading (openpyxl and Excel alike)
    expected = {text.replace("\r", "\n") for text in INJECTIONS}
    found = {}
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value in expected:
                    found[cell.value] = cell
    assert set(found) == expected
    for text, cell in found.items():
        assert cell.data_type == "s", text
        assert cell.value == text
        assert cell.quotePrefix


def test_cover_has_period_suppression_note_and_stale_marker(tmp_path: Path) -> None:
    target = tmp_path / "extern.xlsx"
    write_xlsx(sample_report(external=True), target)
    cover = load_workbook(target)["Bericht"]
    texts = [str(c.value) for row in cover.iter_rows() for c in row if c.value is not None]
    joined = "\n".join(texts)
    assert "Rhein-Sieg-Kreis" in joined
    assert "01.01.2026 – 31.12.2026" in joined
    assert "„<5“" in joined
    assert "Teams 1, 2" in joined
    assert "veraltet" in texts and "aktuell" in texts
    assert "noch nie" in texts
    imported = next(c for row in cover.iter_rows() for c in row if isinstance(c.value, dt.datetime))
    assert imported.number_format == "DD.MM.YYYY HH:MM"


def test_months_sheet_keeps_the_chart_order(workbook) -> None:  # type: ignore[no-untyped-def]
    sheet = workbook[sheet_name(sample_report().view(ViewId.MONTHS).title, set())]
    values = rows_of(sheet)
    assert [v[0] for v in values] == [f"{m:02d}/2026" for m in range(1, 13)]
    assert all(isinstance(v[1], int) for v in values)


def test_sheet_names_are_cleaned_and_unique() -> None:
    taken: set[str] = set()
    assert sheet_name("Vermittlungen: Jobcenter/Ausländerbehörde [Kreis]?*", taken) == \
        "Vermittlungen Jobcenter Ausländ"
    assert sheet_name("Vermittlungen: Jobcenter/Ausländerbehörde", taken).endswith(" (2)")
    assert sheet_name("", taken) == "Tabelle"
    assert all(len(name) <= 31 for name in taken)


def test_control_characters_in_labels_do_not_break_the_workbook(tmp_path: Path) -> None:
    # master data accepts a label like "Ctrl\x01Thema"; openpyxl refuses it (IllegalCharacterError)
    report = sample_report()
    overview = report.view(ViewId.OVERVIEW)
    first = overview.rows[0]
    dirty_row = replace(first, cells=("Ctrl\x01Thema", *first.cells[1:]))
    dirty_view = replace(overview, title="Über\x02sicht", note="Hinweis\x1b",
                         rows=(dirty_row, *overview.rows[1:]))
    dirty = replace(report, district_name="Kreis\x00", notes=("Notiz\x0b",),
                    views=tuple(dirty_view if v is overview else v for v in report.views))
    target = tmp_path / "steuerzeichen.xlsx"
    write_xlsx(dirty, target)
    book = load_workbook(target)
    texts = [c.value for sheet in book.worksheets for row in sheet.iter_rows() for c in row
             if isinstance(c.value, str)]
    assert "Ctrl\ufffdThema" in texts and "Hinweis\ufffd" in texts
    assert not any(ILLEGAL_CHARACTERS_RE.search(text) for text in texts)
    assert "Über sicht" in book.sheetnames
    assert clean_text("a\x01b\tc\nd") == "a\ufffdb\tc\nd"  # tab and line feed are allowed
