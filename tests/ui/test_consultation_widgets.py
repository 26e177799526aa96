"""The entry helpers: short date forms that are never guessed, and the keyboard checklist."""

from __future__ import annotations

import datetime as dt

import pytest

from kim_desktop.ui.qt import Qt
from kim_desktop.ui.widgets.checkable_list import CheckableList
from kim_desktop.ui.widgets.date_field import DateField, interpret_date

TODAY = dt.date(2026, 11, 25)  # a Wednesday
BASE = dt.date(2026, 11, 20)


@pytest.mark.parametrize(("text", "expected"), [
    ("heute", TODAY), ("H", TODAY), ("gestern", dt.date(2026, 11, 24)), ("vorgestern", dt.date(2026, 11, 23)),
    ("24.12.", dt.date(2026, 12, 24)), ("4.7", dt.date(2026, 7, 4)), ("4.7.26", dt.date(2026, 7, 4)),
    ("24.12.2025", dt.date(2025, 12, 24)), ("+7", dt.date(2026, 11, 27)), ("+2w", dt.date(2026, 12, 4)),
    ("-3", dt.date(2026, 11, 17)),
])
def test_short_forms(text: str, expected: dt.date) -> None:
    assert interpret_date(text, TODAY, BASE).value == expected


@pytest.mark.parametrize(("text", "base", "expected"), [
    ("6.1.", None, dt.date(2027, 1, 6)),  # typed in November: the coming January
    ("24.12.", None, dt.date(2026, 12, 24)), ("25.11.", None, TODAY),
    ("6.1.", dt.date(2026, 12, 23), dt.date(2027, 1, 6)),  # "bis" after a "von" in December
    ("30.12.", dt.date(2026, 12, 23), dt.date(2026, 12, 30)),
    ("4.7.2026", None, dt.date(2026, 7, 4)),  # with a year: as typed, also in the past
])
def test_planning_fields_take_the_next_date_without_a_year(text: str, base: dt.date | None,
                                                           expected: dt.date) -> None:
    assert interpret_date(text, TODAY, base, forward=True).value == expected
    if base is None and text == "6.1.":
        assert interpret_date(text, TODAY).value == dt.date(2026, 1, 6), "other fields keep the current year"


@pytest.mark.parametrize(("text", "message"), [
    ("31.02.", "Den 31.02.2026 gibt es nicht: der Monat hat nur 28 Tage."),
    ("31.02.2026", "Den 31.02.2026 gibt es nicht: der Monat hat nur 28 Tage."),
    ("29.02.2027", "Den 29.02.2027 gibt es nicht: 2027 ist kein Schaltjahr, der Februar hat nur 28 Tage."),
    ("24122026", "Bitte das Datum als TT.MM.JJJJ eingeben, z. B. 24.12.2026."),
    ("morgenfrüh", "Bitte das Datum als TT.MM.JJJJ eingeben, z. B. 24.12.2026."),
])
def test_impossible_dates_are_refused_not_guessed(text: str, message: str) -> None:
    parsed = interpret_date(text, TODAY)
    assert parsed.value is None and parsed.error is not None and parsed.error.text() == message


def test_date_field_normalises_and_steps(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = DateField(today=lambda: TODAY)
    optional = DateField(optional=True, today=lambda: TODAY, base=lambda: BASE)
    for widget in (field, optional):
        qtbot.addWidget(widget)
    field.setText("24.12.")
    with qtbot.waitSignal(field.checked) as checked:
        field.check()
    assert checked.args == [""] and field.text() == "24.12.2026"
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.text() == "25.12.2026"
    field.setText("")
    assert field.check() == "Bitte ein Datum eingeben."
    assert optional.parsed().value is None and optional.check() == ""
    optional.setText("+1w")
    assert optional.date() == dt.date(2026, 11, 27), "counted from the consultation's day"


def test_checkable_list_by_keyboard(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = CheckableList()
    qtbot.addWidget(widget)
    widget.set_items([("a", "Arbeit / Ausbildung"), ("w", "Wohnen"), ("s", "SGB II – Grundsicherung"),
                      ("s3", "SGB III – Arbeitsförderung")])
    view = widget.view
    with qtbot.waitSignal(widget.checkedChanged):
        qtbot.keyClicks(view, "sgbiii")
        assert [view.isRowHidden(row) for row in range(4)] == [True, True, True, False]
        qtbot.keyClick(view, Qt.Key.Key_Space)
    assert widget.checked() == ("s3",)
    qtbot.keyClick(view, Qt.Key.Key_Backspace)
    assert widget.filter_text() == "sgbii" and not view.isRowHidden(2)
    qtbot.keyClicks(view, "x")
    assert "Kein Eintrag" in widget.summary.text()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert widget.filter_text() == "" and not any(view.isRowHidden(row) for row in range(4))
    assert widget.summary.text() == "Gewählt: SGB III – Arbeitsförderung"
    widget.set_items([("w", "Wohnen"), ("s3", "SGB III – Arbeitsförderung")])
    assert widget.checked() == ("s3",), "ticks survive a reload of the entries"
