"""Page furniture shared by the PDFs: a canvas that knows the page count when it draws a page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

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
