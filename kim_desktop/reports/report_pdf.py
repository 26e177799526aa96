"""A report as a PDF: a title block (district, period, created, selection, notes, freshness of the
data per case manager), then one section per view with its heading, note, chart and table.

A4 portrait; a view too wide for it (the municipality × month cross table) gets landscape pages,
and if even that is too narrow a smaller font, so no table runs off the page. Header rows repeat
on every page, total rows are bold, the footer says "Seite x von y". Fonts from reports.fonts
(DejaVu: umlauts and ß). The PDF is built in memory and written in one step (storage.atomic).

`PdfKit` holds the styles and building blocks; status_report.py builds the Sachstandsbericht
with it.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from kim_desktop.domain.dates import format_date
from kim_desktop.domain.messages import Translate
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP
from kim_desktop.reports import report_charts
from kim_desktop.reports.fonts import register_fonts
from kim_desktop.reports.pdf_pages import house_styles, numbered_canvas
from kim_desktop.reports.report_cells import (
    Texts,
    cover_facts,
    cover_notes,
    display,
    freshness_state,
    freshness_when,
    phrase,
)
from kim_desktop.reports.report_model import ColumnKind, Freshness, Report, ReportView
from kim_desktop.storage.atomic import write_atomic

MARGIN = 18 * mm
PORTRAIT, LANDSCAPE = "portrait", "landscape"
PORTRAIT_WIDTH = A4[0] - 2 * MARGIN
LANDSCAPE_WIDTH = landscape(A4)[0] - 2 * MARGIN
TABLE_FONT_SIZE, MIN_FONT_SIZE, PART_FONT_SIZE = 8.5, 6.0, 7.5
LABEL_MAX = 62 * mm
PAD = 3
GRID = colors.HexColor("#9a9a9a")
HEAD_BACKGROUND = colors.HexColor("#e8e8e8")
TOTAL_BACKGROUND = colors.HexColor("#f2f2f2")
STALE_COLOR = "#b00020"
OTHERS = QT_TRANSLATE_NOOP("ReportFiles", "Übrige")
SECTION = QT_TRANSLATE_NOOP("ReportFiles", "{number}. {title}")


def _when(entry: Freshness, translate: Translate | None) -> str:
    """An external report's freshness holds the day only (per team), an internal one the moment."""
    day = entry.last_package_at
    if day is not None and not isinstance(day, dt.datetime):
        return format_date(day)
    return freshness_when(entry, translate)


class PdfKit:
    """Styles and building blocks of the report PDFs (the house style of steering_agenda.py)."""

    def __init__(self, translate: Translate | None = None) -> None:
        self.translate = translate
        self.regular, self.bold = register_fonts()
        self.text = ParagraphStyle("text", fontName=self.regular, fontSize=10, leading=13, spaceAfter=3)
        self.small = ParagraphStyle("small", parent=self.text, fontSize=8.5, leading=11,
                                    textColor=colors.HexColor("#444444"))
        styles = house_styles(self.text, self.bold)
        self.cell, self.head_cell = styles.cell, styles.head_cell
        self.h1, self.h2, self.h3 = styles.h1, styles.h2, styles.h3

    def phrase(self, text: str, **details: object) -> str:
        return phrase(self.translate, text, **details)

    def para(self, value: object, style: ParagraphStyle | None = None) -> Paragraph:
        text = display(value) if not isinstance(value, str) else (value or "–")
        return Paragraph(escape(text).replace("\n", "<br/>"), style or self.cell)

    def grid(self, data: list[list[Any]], widths: Sequence[float | None], *, header: bool = True) -> Table:
        table = Table(data, colWidths=list(widths), hAlign="LEFT", repeatRows=1 if header else 0,
                      splitInRow=1)
        commands: list[tuple[Any, ...]] = [
            ("GRID", (0, 0), (-1, -1), 0.4, GRID), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_BACKGROUND) if header
            else ("BACKGROUND", (0, 0), (0, -1), TOTAL_BACKGROUND),
        ]
        table.setStyle(TableStyle(commands))
        return table

    def facts(self, rows: list[tuple[str, str]]) -> Table:
        data = [[self.para(label, self.head_cell), self.para(value)] for label, value in rows]
        return self.grid(data, [42 * mm, None], header=False)

    # --- title block -------------------------------------------------------------------------------

    def cover(self, report: Report, title: str) -> list[Flowable]:
        story: list[Flowable] = [self.para(report.district_name, self.h2), self.para(title, self.h1),
                                 self.facts(cover_facts(report, self.translate)), Spacer(1, 3 * mm)]
        story += [self.para(note, self.small) for note in cover_notes(report, self.translate)]
        story += self.freshness(report)
        return story

    def freshness(self, report: Report) -> list[Flowable]:
        if not report.freshness:
            return []
        head = [self.para(self.phrase(h), self.head_cell)
                for h in (Texts.who, Texts.team, Texts.last_import, Texts.state)]
        stale = ParagraphStyle("stale", parent=self.head_cell, textColor=colors.HexColor(STALE_COLOR))
        rows = [head] + [[self.para(e.label), self.para(e.team), self.para(_when(e, self.translate)),
                          self.para(freshness_state(e, self.translate), stale if e.stale else self.cell)]
                         for e in report.freshness]
        return [self.para(self.phrase(Texts.freshness), self.h3), self.para(self.phrase(Texts.freshness_note),
                                                                            self.small),
                self.grid(rows, [None, 16 * mm, 36 * mm, 24 * mm])]

    # --- one view ------------------------------------------------------------------------------------

    def table_layout(self, view: ReportView, *,
                     portrait_only: bool = False) -> tuple[str, float, list[float], list[list[int]]]:
        """(page orientation, font size, column widths, column parts) so that the table fits the
        frame: portrait, else landscape, else landscape (portrait_only: portrait) with a smaller
        font, and where even that is too small (years of months), in parts of columns one below the
        other, each repeating the first column."""
        size = TABLE_FONT_SIZE
        natural = self._natural_widths(view, size)
        everything = [list(range(len(view.columns)))]
        if sum(natural) <= PORTRAIT_WIDTH:
            return PORTRAIT, size, natural, everything
        if sum(natural) <= LANDSCAPE_WIDTH and not portrait_only:
            return LANDSCAPE, size, natural, everything
        orientation, width = (PORTRAIT, PORTRAIT_WIDTH) if portrait_only else (LANDSCAPE, LANDSCAPE_WIDTH)
        scale = width / sum(natural)
        if size * scale >= MIN_FONT_SIZE:
            return orientation, size * scale, [w * scale for w in natural], everything
        size = PART_FONT_SIZE
        natural = self._natural_widths(view, size)
        parts: list[list[int]] = [[0]]
        for index in range(1, len(view.columns)):
            if len(parts[-1]) > 1 and sum(natural[i] for i in parts[-1]) + natural[index] > width:
                parts.append([0])
            parts[-1].append(index)
        return orientation, size, natural, parts

    def _natural_widths(self, view: ReportView, size: float) -> list[float]:
        widths: list[float] = []
        for index, column in enumerate(view.columns):
            cells = [display(row.cells[index]) for row in view.rows if index < len(row.cells)]
            content = max((stringWidth(text, self.bold, size) for text in cells), default=0)
            words = max((stringWidth(word, self.bold, size) for word in column.title.split()), default=0)
            whole_head = stringWidth(column.title, self.bold, size)
            if column.kind == ColumnKind.LABEL:
                widths.append(min(LABEL_MAX, max(content, words, 20 * mm)) + 2 * PAD)
            else:  # a number column: a long heading wraps
                widths.append(max(content, words, min(whole_head, 20 * mm)) + 2 * PAD)
        return widths

    def view_table(self, view: ReportView, size: float, widths: list[float],
                   columns: Sequence[int] | None = None) -> Table:
        """The table of the view (or of the given columns of it)."""
        chosen = list(columns) if columns is not None else list(range(len(view.columns)))
        cell = ParagraphStyle("c", parent=self.cell, fontSize=size, leading=size * 1.3)
        bold = ParagraphStyle("cb", parent=cell, fontName=self.bold)
        right = ParagraphStyle("h", parent=bold, alignment=2)
        kinds = [view.columns[i].kind for i in chosen]
        numeric = [n for n, kind in enumerate(kinds) if kind != ColumnKind.LABEL]
        head = [self.para(view.columns[i].title, bold if kind == ColumnKind.LABEL else right)
                for i, kind in zip(chosen, kinds, strict=True)]
        data: list[list[Any]] = [head]
        commands: list[tuple[Any, ...]] = [("FONTNAME", (0, 1), (-1, -1), self.regular),
                                           ("FONTSIZE", (0, 0), (-1, -1), size)]
        for r, row in enumerate(view.rows, start=1):
            line: list[Any] = []
            for n, i in enumerate(chosen):
                value = row.cells[i] if i < len(row.cells) else None
                if n in numeric:
                    line.append(display(value))
                else:
                    line.append(self.para(value, bold if row.total else cell))
            data.append(line)
            if row.total:
                commands += [("FONTNAME", (0, r), (-1, r), self.bold), ("BACKGROUND", (0, r), (-1, r),
                                                                        TOTAL_BACKGROUND),
                             ("LINEABOVE", (0, r), (-1, r), 1.0, colors.black)]
        for i in numeric:
            commands.append(("ALIGN", (i, 1), (i, -1), "RIGHT"))
        table = self.grid(data, [widths[i] for i in chosen])
        table.setStyle(TableStyle(commands))
        return table

    def chart(self, view: ReportView, width: float, threshold: int) -> list[Flowable]:
        chart = report_charts.drawing(view, width, self.regular, others=self.phrase(OTHERS))
        if chart is None:
            return []
        story: list[Flowable] = [chart.drawing]
        if chart.suppressed_as_zero:
            story.append(self.para(self.phrase(Texts.chart_suppressed, threshold=threshold), self.small))
        story.append(Spacer(1, 3 * mm))
        return story

    def section(self, view: ReportView, heading: str, threshold: int, *, with_chart: bool = True,
                portrait_only: bool = False, intro: Sequence[Flowable] = ()) -> tuple[str, list[Flowable]]:
        """(orientation, flowables) of one view: heading, note, intro, chart, table."""
        orientation, size, widths, parts = self.table_layout(view, portrait_only=portrait_only)
        width = LANDSCAPE_WIDTH if orientation == LANDSCAPE else PORTRAIT_WIDTH
        opening: list[Flowable] = [self.para(heading, self.h2)]
        if view.note:
            opening.append(self.para(view.note, self.small))
        opening += intro
        if with_chart:
            opening += self.chart(view, width, threshold)
        if not view.rows:
            return orientation, [KeepTogether(opening), self.para(self.phrase(Texts.no_rows), self.text)]
        tables: list[Flowable] = []
        for part in parts:
            tables += [self.view_table(view, size, widths, part), Spacer(1, 4 * mm)]
        return orientation, [KeepTogether(opening), *tables, Spacer(1, 2 * mm)]

    # --- the document --------------------------------------------------------------------------------

    def sections(self, report: Report, views: Sequence[ReportView], *, numbered: bool = True,
                 first: int = 1, new_page: bool = True) -> list[Flowable]:
        """The views one after the other (from a new page); a wide view on landscape pages of its own."""
        story: list[Flowable] = []
        current = "" if new_page else PORTRAIT
        for number, view in enumerate(views, start=first):
            heading = self.phrase(SECTION, number=number, title=view.title) if numbered else view.title
            orientation, flowables = self.section(view, heading, report.threshold)
            if orientation != current or orientation == LANDSCAPE:
                story += [NextPageTemplate(orientation), PageBreak()]
                current = orientation
            story += flowables
        return story

    def build(self, story: list[Flowable], *, title: str, author: str, footer: str = "") -> bytes:
        buffer = io.BytesIO()
        document = BaseDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                                   topMargin=MARGIN,
                                   bottomMargin=MARGIN, title=title, author=author, creator="KIM Desktop")
        templates = []
        for name, size in ((PORTRAIT, A4), (LANDSCAPE, landscape(A4))):
            frame = Frame(MARGIN, MARGIN, size[0] - 2 * MARGIN, size[1] - 2 * MARGIN, id=name,
                          leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            templates.append(PageTemplate(id=name, frames=[frame], pagesize=size))
        document.addPageTemplates(templates)
        document.build(story, canvasmaker=self._numbered_canvas(footer or f"{author} · {title}"))
        return buffer.getvalue()

    def _numbered_canvas(self, footer: str) -> type[canvas.Canvas]:
        def draw(page_canvas: canvas.Canvas, page: int, pages: int) -> None:
            page_canvas.saveState()
            page_canvas.setFont(self.regular, 8)
            page_canvas.setFillColor(colors.HexColor("#444444"))
            page_canvas.drawString(MARGIN, 10 * mm, footer)
            page_canvas.drawRightString(page_canvas._pagesize[0] - MARGIN, 10 * mm,
                                        self.phrase(Texts.page, page=page, pages=pages))
            page_canvas.restoreState()

        return numbered_canvas(draw)


def render_pdf(report: Report, translate: Translate | None = None) -> bytes:
    kit = PdfKit(translate)
    title = kit.phrase(Texts.title)
    story = kit.cover(report, title)
    story += kit.sections(report, report.views)
    return kit.build(story, title=title, author=report.district_name)


def write_pdf(report: Report, target: Path, *, translate: Translate | None = None) -> None:
    """Writes the PDF of all views to target (replacing a file there) in one step."""
    write_atomic(Path(target), render_pdf(report, translate))
