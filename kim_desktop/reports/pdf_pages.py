"""What the PDFs share: a canvas that knows the page count when it draws a page, and the styles."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas


def numbered_canvas(draw: Callable[[canvas.Canvas, int, int], None]) -> type[canvas.Canvas]:
    """A canvas class for `doc.build(canvasmaker=…)` that keeps every page until the end and then
    calls draw(canvas, page, pages) on each, so a footer can say "Seite x von y"."""

    class NumberedCanvas(canvas.Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for state in self._pages:
                self.__dict__.update(state)
                draw(self, self._pageNumber, len(self._pages))
                super().showPage()
            super().save()

    return NumberedCanvas


@dataclass(frozen=True)
class HouseStyles:
    """The paragraph styles the program's PDFs share, derived from one body text style."""

    cell: ParagraphStyle
    head_cell: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle


def house_styles(text: ParagraphStyle, bold: str) -> HouseStyles:
    cell = ParagraphStyle("cell", parent=text, fontSize=9, leading=11.5, spaceAfter=0)
    return HouseStyles(
        cell=cell,
        head_cell=ParagraphStyle("head", parent=cell, fontName=bold),
        h1=ParagraphStyle("h1", parent=text, fontName=bold, fontSize=18, leading=22, spaceAfter=6),
        h2=ParagraphStyle("h2", parent=text, fontName=bold, fontSize=13, leading=16, spaceBefore=8,
                          spaceAfter=4),
        h3=ParagraphStyle("h3", parent=text, fontName=bold, fontSize=10.5, leading=13, spaceBefore=6,
                          spaceAfter=2))
