"""What the two schedule PDFs share: German labels, the day's heading, styles, and writing.

The PDFs are built in memory and written only to the path given (a temporary file beside it, then
renamed: storage.atomic), so a day sheet with names never leaves a copy anywhere else.
Texts are German source marked for translation (context CONTEXT); `translate` (Qt's, from the GUI)
turns them into the UI language, None keeps German.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate

from kim_desktop.domain import schedule_labels as labels
from kim_desktop.domain.dates import format_date
from kim_desktop.domain.messages import Translate
from kim_desktop.domain.schedule_rules import ABSENCES, AppointmentKind, ExceptionKind, TimeRange
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP
from kim_desktop.reports.fonts import register_fonts
from kim_desktop.storage.atomic import write_atomic

CONTEXT = "SchedulePdf"
EMPTY = "–"
DASH = "–"

# The labels live in domain.schedule_labels (shared with the GUI); these names stay for importers.
WEEKDAYS = labels.WEEKDAYS
KIND_LABELS = labels.APPOINTMENT_KIND_LABELS
ABSENCE_LABELS = {kind: labels.EXCEPTION_KIND_LABELS[kind] for kind in ABSENCES}


class Texts:
    """Fixed texts both PDFs use (German source)."""

    office_hours = QT_TRANSLATE_NOOP("SchedulePdf", "Sprechzeiten")
    place = QT_TRANSLATE_NOOP("SchedulePdf", "Ort")
    municipality = QT_TRANSLATE_NOOP("SchedulePdf", "Kommune")
    holiday = QT_TRANSLATE_NOOP("SchedulePdf", "Feiertag: {holiday}")
    no_office_hours = QT_TRANSLATE_NOOP("SchedulePdf", "heute keine Sprechstunde")
    substitute = QT_TRANSLATE_NOOP("SchedulePdf", "Vertretung: {name}")
    page = QT_TRANSLATE_NOOP("SchedulePdf", "Seite {page}")


def default_municipality_names() -> dict[str, str]:
    from kim_desktop.config.deployment import load_deployment

    return {m.ags: m.name for m in load_deployment().municipalities}


class Parts:
    """Phrases and paragraph styles of one PDF; `scale` enlarges the type (the front-desk notice)."""

    def __init__(self, translate: Translate | None, municipality_names: Mapping[str, str] | None,
                 scale: float = 1.0) -> None:
        self._translate = translate
        self.names = (dict(municipality_names) if municipality_names is not None
                      else default_municipality_names())
        self.regular, self.bold = register_fonts()

        def style(name: str, size: float, bold: bool = False, space_after: float = 0) -> ParagraphStyle:
            size *= scale
            return ParagraphStyle(name, fontName=self.bold if bold else self.regular, fontSize=size,
                                  leading=size * 1.25, spaceAfter=space_after * scale)

        self.small = style("small", 8)
        self.text = style("text", 10, space_after=2)
        self.cell = style("cell", 9.5)
        self.head_cell = style("head", 9.5, bold=True)
        self.h1 = style("h1", 18, bold=True, space_after=4)
        self.h2 = style("h2", 13, bold=True, space_after=3)

    def phrase(self, text: str, **details: object) -> str:
        translated = self._translate(CONTEXT, text) if self._translate else text
        return translated.format(**details) if details else translated

    def label(self, text: str) -> str:
        """A label from domain.schedule_labels in the PDF's language."""
        return self._translate(labels.CONTEXT, text) if self._translate else text

    def para(self, value: object, style: ParagraphStyle | None = None) -> Paragraph:
        text = EMPTY if value is None or value == "" else str(value)
        return Paragraph(escape(text).replace("\n", "<br/>"), style or self.cell)

    def municipality(self, ags: str | None) -> str:
        return self.names.get(ags or "", ags or EMPTY)

    def day(self, day: dt.date) -> str:
        """ "Donnerstag, 26.11.2026" """
        return f"{self.label(WEEKDAYS[day.weekday()])}, {format_date(day)}"

    def kind(self, code: str) -> str:
        try:
            return self.label(KIND_LABELS[AppointmentKind(code)])
        except ValueError:
            return code

    def absence(self, code: str) -> str:
        try:
            return self.label(ABSENCE_LABELS[ExceptionKind(code)])
        except (KeyError, ValueError):
            return code


def span_text(span: TimeRange) -> str:
    return str(span).replace("-", f" {DASH} ")


def ranges_text(ranges: Iterable[TimeRange]) -> str:
    return ", ".join(span_text(r) for r in ranges) or EMPTY


def write_pdf(path: Path, story: list[Any], *, title: str, author: str,
              draw_page: Callable[[canvas.Canvas, int], None], margins_mm: float = 18) -> Path:
    """Builds the story into A4 portrait in memory and replaces path with it atomically."""
    buffer = io.BytesIO()

    def on_page(page_canvas: canvas.Canvas, document: Any) -> None:
        page_canvas.saveState()
        draw_page(page_canvas, document.page)
        page_canvas.restoreState()

    document = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=margins_mm * mm, rightMargin=margins_mm * mm,
                                 topMargin=margins_mm * mm, bottomMargin=16 * mm, title=title, author=author,
                                 creator="KIM Desktop")
    document.build(story, onFirstPage=on_page, onLaterPages=on_page)
    target = Path(path)
    write_atomic(target, buffer.getvalue(), mode=0o600)
    return target
