"""The report PDF read back with poppler: headings, numbers, "<5", the freshness marker, page
numbers, and no table running off its page (a 12-month cross table gets landscape pages)."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from kim_desktop.reports.report_model import Column, ColumnKind, ReportView, Row, ViewId
from kim_desktop.reports.report_pdf import write_pdf
from tests.reports.report_samples import sample_report

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
                                reason="poppler-utils missing")


def pdf_text(path: Path) -> str:
    result = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                            check=True)
    return " ".join(result.stdout.decode("utf-8").split())


def page_sizes(path: Path) -> list[tuple[float, float]]:
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(path)], capture_output=True, check=True)
    return [(float(w), float(h)) for w, h in
            re.findall(r"Page\s+\d+ size:\s+([0-9.]+) x ([0-9.]+)", info.stdout.decode())]


def words_outside(path: Path) -> list[str]:
    """Words whose box reaches beyond the page (pdftotext -bbox reports every word's box)."""
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True,
                          check=True).stdout.decode()
    outside = []
    for page in re.findall(r"<page width=\"([0-9.]+)\" height=\"([0-9.]+)\">(.*?)</page>", html, re.S):
        width = float(page[0])
        for x_max, word in re.findall(r"xMax=\"([0-9.]+)\"[^>]*>([^<]*)</word>", page[2]):
            if float(x_max) > width - 20:  # inside the margin at least
                outside.append(word)
    return outside


@pytest.fixture
def written(tmp_path: Path) -> Path:
    target = tmp_path / "bericht.pdf"
    write_pdf(sample_report(external=True), target)
    return target


def test_sections_numbers_and_suppressed_cells(written: Path) -> None:
    text = pdf_text(written)
    assert "Bericht Kommunales Integrationsmanagement" in text
    for number, title in enumerate(v.title for v in sample_report().views):
        assert f"{number + 1}. {title.split()[0]}" in text
    assert "1.234" in text and "410,5" in text and "05.01.2026" in text
    assert "<5" in text
    assert "Im Diagramm sind unterdrückte Anzahlen" in text
    assert "Keine Daten im Zeitraum." in text


def test_title_block_with_period_and_freshness(written: Path) -> None:
    text = pdf_text(written)
    assert "Rhein-Sieg-Kreis" in text and "01.01.2026 – 31.12.2026" in text
    assert "Stand der Daten" in text and "veraltet" in text and "noch nie" in text
    assert "„<5“" in text


def test_page_numbers_count_all_pages(written: Path) -> None:
    pages = len(page_sizes(written))
    text = pdf_text(written)
    assert pages >= 3
    for page in range(1, pages + 1):
        assert f"Seite {page} von {pages}" in text


def test_cross_table_on_landscape_pages_and_nothing_runs_off(written: Path) -> None:
    sizes = page_sizes(written)
    assert sizes[0][0] < sizes[0][1]  # the title page portrait
    assert any(w > h for w, h in sizes)  # the 12-month cross table landscape
    text = pdf_text(written)
    assert "12/2026" in text and "123.456" in text
    assert words_outside(written) == []


def test_very_wide_table_gets_a_smaller_font(tmp_path: Path) -> None:
    report = sample_report()
    columns = (Column("label", "Kommune", ColumnKind.LABEL),
               *(Column(f"c{i}", f"Spalte {i}") for i in range(30)))
    wide = ReportView(ViewId.TOPICS, "Sehr breit", columns,
                      (Row(("Neunkirchen-Seelscheid", *range(100000, 100030))),))
    target = tmp_path / "breit.pdf"
    write_pdf(replace(report, views=(wide,)), target)
    assert "100029" in pdf_text(target).replace(".", "")
    assert words_outside(target) == []


def test_years_of_months_split_into_parts(tmp_path: Path) -> None:
    months = [f"{m % 12 + 1:02d}/{2020 + m // 12}" for m in range(72)]
    columns = (Column("label", "Kommune", ColumnKind.LABEL), *(Column(m, m) for m in months),
               Column("total", "Insgesamt"))
    rows = (Row(("Königswinter", *range(1000, 1072), 77777)),
            Row(("Insgesamt", *range(72), 2556), total=True))
    target = tmp_path / "jahre.pdf"
    view = ReportView(ViewId.CONSULTATIONS, "Sechs Jahre", columns, rows)
    write_pdf(replace(sample_report(), views=(view,)), target)
    text = pdf_text(target)
    assert words_outside(target) == []
    assert text.count("Königswinter") >= 3  # the label column repeats in every part
    assert "Königswinter 1.000 1.001" in text  # left-aligned label, then the numbers
    for month in ("01/2020", "12/2025"):
        assert month in text
    assert "77.777" in text and "2.556" in text


def test_internal_report_names_case_managers_only_where_given(tmp_path: Path) -> None:
    target = tmp_path / "intern.pdf"
    write_pdf(sample_report(external=False), target)
    text = pdf_text(target)
    assert "Petra Beispiel" in text  # internal: the case manager's name from the report
    assert "intern" in text
