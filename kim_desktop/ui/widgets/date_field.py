"""A date typed as text (DD.MM.YYYY), with short forms for fast entry; never guessed.

Besides what domain.dates.parse_date accepts (24.12.2026, 4.7.26) the field understands
- "heute"/"h", "gestern"/"g", "vorgestern", "morgen" (and the English words),
- "24.12." or "24.12": that day in the current year,
- "+7" / "-3" days and "+2w" weeks from a base date (for a follow-up: the consultation's day),
- Up/Down: one day later/earlier.
An impossible date (31.02.) gets parse_date's message, it is not rolled over into March.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from kim_desktop.domain.dates import Parsed, format_date, parse_date
from kim_desktop.ui.qt import QCoreApplication, Qt, QtGui, QtWidgets, Signal

_KEYWORDS = {"heute": 0, "h": 0, "today": 0, "gestern": -1, "g": -1, "yesterday": -1,
             "vorgestern": -2, "morgen": 1, "tomorrow": 1}
_RELATIVE = re.compile(r"([+-])\s*([0-9]{1,3})\s*([twTW]?)")
_NO_YEAR = re.compile(r"([0-9]{1,2})\.([0-9]{1,2})\.?")


def interpret_date(text: str, today: dt.date, base: dt.date | None = None, *,
                   forward: bool = False) -> Parsed[dt.date]:
    """The date meant by `text` (see the module doc); relative input counts from `base` or today.
    forward: a date without a year is the next one on or after `base` or today (planning fields:
    "6.1." typed in December means January of the coming year)."""
    stripped = text.strip()
    keyword = _KEYWORDS.get(stripped.casefold())
    if keyword is not None:
        return Parsed(today + dt.timedelta(days=keyword))
    relative = _RELATIVE.fullmatch(stripped)
    if relative is not None:
        days = int(relative[2]) * (7 if relative[3] else 1) * (-1 if relative[1] == "-" else 1)
        try:
            return Parsed((base or today) + dt.timedelta(days=days))
        except OverflowError:
            pass
    no_year = _NO_YEAR.fullmatch(stripped)
    if no_year is not None:
        reference = (base or today) if forward else today
        parsed = parse_date(f"{no_year[1]}.{no_year[2]}.{reference.year}", today=today)
        if forward and parsed.value is not None and parsed.value < reference:
            return parse_date(f"{no_year[1]}.{no_year[2]}.{reference.year + 1}", today=today)
        return parsed
    return parse_date(stripped, today=today)


class DateField(QtWidgets.QLineEdit):
    """checked(message) after each edit: "" when the input is a date (then shown as DD.MM.YYYY)
    or empty in an optional field, else the reason in the UI language."""

    checked = Signal(str)

    def __init__(self, parent: QtWidgets.QWidget | None = None, *, optional: bool = False,
                 today: Callable[[], dt.date] = dt.date.today,
                 base: Callable[[], dt.date | None] | None = None, forward: bool = False) -> None:
        super().__init__(parent)
        self.optional = optional
        self._forward = forward
        self._today = today
        self._base = base
        self.setMaxLength(20)
        self.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        self.setToolTip(self.tr("Datum als TT.MM.JJJJ; auch „heute“, „gestern“, „24.12.“ oder „+7“ (Tage), "
                                "„+2w“ (Wochen). Pfeil hoch/runter: ein Tag weiter/zurück."))
        self.editingFinished.connect(self.check)

    def parsed(self) -> Parsed[dt.date]:
        """The date, Parsed(None) for an empty optional field, or the reason it is none."""
        if self.optional and not self.text().strip():
            return Parsed(None)
        base = self._base() if self._base is not None else None
        return interpret_date(self.text(), self._today(), base, forward=self._forward)

    def date(self) -> dt.date | None:
        return self.parsed().value

    def set_date(self, value: dt.date | None) -> None:
        self.setText(format_date(value) if value is not None else "")

    def check(self) -> str:
        """Normalise a valid entry to DD.MM.YYYY; return and announce the error text ("" if none)."""
        result = self.parsed()
        if result.value is not None:
            self.set_date(result.value)
        message = result.error.text(QCoreApplication.translate) if result.error is not None else ""
        self.checked.emit(message)
        return message

    def shift(self, days: int) -> None:
        current = self.parsed().value or self._today()
        self.set_date(current + dt.timedelta(days=days))
        self.check()

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:  # noqa: N802 - Qt override
        plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
        if plain and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.shift(1 if event.key() == Qt.Key.Key_Up else -1)
            return
        super().keyPressEvent(event)
