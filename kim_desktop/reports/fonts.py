"""A Unicode TrueType font for PDFs, so that umlauts, ß and transliterated names (ā, ḥ, ʿ, ş, ł …)
print as typed.

Looked for in this order: a copy shipped in resources/fonts (for installers), DejaVu Sans from the
system (Debian: fonts-dejavu-core), DejaVu or Arial on Windows, and last the Bitstream Vera that
comes with reportlab itself (Latin-1 only: umlauts and ß yes, most other accented letters no).
"""

from __future__ import annotations

import logging
import os
from functools import cache
from pathlib import Path

import reportlab
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

log = logging.getLogger(__name__)

REGULAR, BOLD = "KimSans", "KimSans-Bold"


def _candidates() -> list[tuple[Path, Path]]:
    pairs: list[tuple[Path, Path]] = []
    try:
        from kim_desktop.resources_path import resources_dir

        shipped = resources_dir() / "fonts"
        pairs.append((shipped / "DejaVuSans.ttf", shipped / "DejaVuSans-Bold.ttf"))
    except FileNotFoundError:
        pass
    for folder in ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF",
                   "/usr/local/share/fonts", str(Path.home() / ".local/share/fonts"), "/Library/Fonts"):
        pairs.append((Path(folder) / "DejaVuSans.ttf", Path(folder) / "DejaVuSans-Bold.ttf"))
    windows = Path(os.environ.get("WINDIR", "C:\\Windows")) / "Fonts"
    pairs.append((windows / "DejaVuSans.ttf", windows / "DejaVuSans-Bold.ttf"))
    pairs.append((windows / "arial.ttf", windows / "arialbd.ttf"))
    bundled = Path(reportlab.__file__).parent / "fonts"
    pairs.append((bundled / "Vera.ttf", bundled / "VeraBd.ttf"))
    return pairs


@cache
def register_fonts() -> tuple[str, str]:
    """Registers the first font pair found as REGULAR and BOLD; returns the names to use."""
    for regular, bold in _candidates():
        if regular.is_file() and bold.is_file():
            pdfmetrics.registerFont(TTFont(REGULAR, str(regular)))
            pdfmetrics.registerFont(TTFont(BOLD, str(bold)))
            pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
            log.info("PDF font: %s", regular.name)
            return REGULAR, BOLD
    log.warning("no TrueType font found; PDFs use Helvetica (no letters beyond Latin-1)")
    return "Helvetica", "Helvetica-Bold"
