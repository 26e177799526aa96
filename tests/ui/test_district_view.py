"""The coordinator's district week widget: people × days, or municipalities × days; an empty
state before anything was imported; no client data in any cell or tooltip."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kim_desktop.ui.qt import Qt
from kim_desktop.ui.schedule.district_view import DistrictWeekView
from kim_desktop.ui.session import AppSession
from tests.coordinator_helpers import new_coordinator_vault
from tests.services.test_district_schedule import (
    DEVICE_A,
    DEVICE_B,
    HENNEF,
    KOENIGSWINTER,
    MONDAY,
    NOTE_MARKER,
    SIEGBURG,
    add_exception,
    add_pattern,
    add_profile,
)


@pytest.fixture
def coordinator(tmp_path: Path):  # type: ignore[no-untyped-def]
    with new_coordinator_vault(tmp_path) as vault:
        yield vault


@pytest.fixture
def view(coordinator, deployment, settings, qtbot) -> DistrictWeekView:  # type: ignore[no-untyped-def]
    shown = DistrictWeekView(AppSession(coordinator, deployment, settings))
    qtbot.addWidget(shown)
    shown.resize(900, 400)
    return shown


def all_texts(view: DistrictWeekView) -> str:
    table = view.table
    return "\n".join(f"{table.item(r, c).text()}\n{table.item(r, c).toolTip()}"
                     for r in range(table.rowCount()) for c in range(table.columnCount()))


def test_empty_state_before_any_import(view: DistrictWeekView) -> None:
    view.show_week(MONDAY)
    assert view.table.isHidden() and not view.empty.isHidden()
    assert "Noch keine Wochenpläne importiert" in view.empty.text()
    assert not view.by_municipality.isEnabled()


def test_people_and_their_municipalities(coordinator, view: DistrictWeekView) -> None:  # type: ignore[no-untyped-def]
    add_profile(coordinator, DEVICE_A, "Maria Schäfer", 2)
    add_profile(coordinator, DEVICE_B, "Jonas Becker", 1)
    add_pattern(coordinator, DEVICE_A, 0, HENNEF, place="Rathaus Hennef, Raum 2.14")
    add_pattern(coordinator, DEVICE_A, 3, KOENIGSWINTER)
    add_exception(coordinator, DEVICE_A, dt.date(2026, 12, 3), "leave", substitute_device_id=DEVICE_B,
                  note=NOTE_MARKER)
    add_pattern(coordinator, DEVICE_B, 1, SIEGBURG)
    add_exception(coordinator, DEVICE_B, dt.date(2026, 12, 1), "sickness")
    view.show_week(dt.date(2026, 12, 2))
    assert not view.table.isHidden() and view.empty.isHidden()
    assert view.heading.text() == "Wochenpläne von 2 Person(en)"
    table = view.table
    assert table.columnCount() == 2 + 5 and table.horizontalHeaderItem(2).text() == "Mo 30.11."
    assert [view.cell_text(r, 0) for r in range(table.rowCount())] == ["Jonas Becker", "Maria Schäfer"]
    assert [view.cell_text(1, c) for c in range(1, 7)] == ["2", "Hennef", "–", "–", "Urlaub", "–"]
    assert view.cell_text(0, 3) == "abwesend", "sickness is health data: the district sees only an absence"
    assert "Krank" not in all_texts(view)
    monday_tip = table.item(1, 2).toolTip()
    assert "Rathaus Hennef, Raum 2.14" in monday_tip and "09:00–12:00" in monday_tip
    leave_tip = table.item(1, 5).toolTip()
    assert "Vertretung: Jonas Becker" in leave_tip and "Königswinter" in leave_tip
    assert table.item(1, 5).data(Qt.ItemDataRole.UserRole) == dt.date(2026, 12, 3)
    assert NOTE_MARKER not in all_texts(view)


def test_grouped_by_municipality(coordinator, view: DistrictWeekView) -> None:  # type: ignore[no-untyped-def]
    add_profile(coordinator, DEVICE_A, "Maria Schäfer", 2)
    add_profile(coordinator, DEVICE_B, "Jonas Becker", 1)
    add_pattern(coordinator, DEVICE_A, 0, HENNEF)
    add_pattern(coordinator, DEVICE_B, 0, HENNEF)
    add_pattern(coordinator, DEVICE_B, 4, SIEGBURG)
    view.show_week(MONDAY)
    view.by_municipality.setChecked(True)
    table = view.table
    assert table.horizontalHeaderItem(0).text() == "Kommune"
    assert [view.cell_text(r, 0) for r in range(table.rowCount())] == ["Hennef (Sieg)", "Siegburg"]
    assert view.cell_text(0, 1) == "Jonas Becker\nMaria Schäfer"
    assert view.cell_text(1, 5) == "Jonas Becker" and view.cell_text(1, 1) == "–"
    view.by_municipality.setChecked(False)
    assert table.horizontalHeaderItem(0).text() == "Person"


def test_a_week_without_plans_says_so(coordinator, view: DistrictWeekView) -> None:  # type: ignore[no-untyped-def]
    add_pattern(coordinator, DEVICE_A, 0, HENNEF, valid_to=dt.date(2026, 6, 30))
    view.show_week(MONDAY)
    assert "kein Wochenplan" in view.empty.text() and view.table.isHidden()
    view.show_week(dt.date(2026, 6, 1))
    assert view.table.rowCount() == 1 and view.cell_text(0, 0).startswith("Gerät ")


def test_keyboard_moves_through_the_cells(coordinator, view: DistrictWeekView, qtbot) -> None:  # type: ignore[no-untyped-def]
    add_pattern(coordinator, DEVICE_A, 0, HENNEF)
    view.show_week(MONDAY)
    view.show()
    view.setFocus()
    assert view.focusProxy() is view.table
    view.table.setCurrentCell(0, 2)
    qtbot.keyClick(view.table, Qt.Key.Key_Right)
    assert view.table.currentColumn() == 3
