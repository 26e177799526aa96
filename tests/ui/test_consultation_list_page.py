"""The consultation list page: filters change rows and count, dates are checked, header sorts, Enter opens."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kim_desktop.domain.roles import Role
from kim_desktop.errors import VaultLocked
from kim_desktop.services.consultation_query import ConsultationFilter, ConsultationRow, SortKey
from kim_desktop.storage.vault import Vault
from kim_desktop.ui.consultation_table_model import (
    CASE_ID_ROLE,
    ID_ROLE,
    ConsultationTableModel,
    Field,
    Labels,
)
from kim_desktop.ui.pages.consultation_list_page import ConsultationListPage
from kim_desktop.ui.qt import Qt, QtCore, QtWidgets
from kim_desktop.ui.session import AppSession
from tests.conftest import PASSWORD
from tests.services.test_consultation_query import ALFTER, OTHER_DEVICE, SIEGBURG, TROISDORF, rows_of

CASES: dict[str, str] = {}


@pytest.fixture
def filled(vault: Vault) -> Vault:
    """Five consultations of three clients; one more that is deleted."""
    with rows_of(vault) as add:
        oezdemir = add.case(add.client("Ayşe", "Özdemir", "K-7F3Q-2T"))
        haddad = add.case(add.client("Amina", "Haddad", "K-AB12-30"), ags=TROISDORF,
                          closed_on=dt.date(2026, 2, 1))
        nowak = add.case(add.client("Piotr", "Nowak", "K-0000-00"), owner=OTHER_DEVICE, ags=ALFTER)
        CASES.update(oezdemir=str(oezdemir), haddad=str(haddad), nowak=str(nowak))
        add.consultation(oezdemir, held_on=dt.date(2026, 3, 5), start="14:00", minutes=60, legal=("sgb-ii",),
                         notes="Wohngeld beantragt")
        add.consultation(oezdemir, held_on=dt.date(2026, 3, 4), start="9:30", minutes=15, contact="phone")
        add.consultation(haddad, held_on=dt.date(2026, 1, 20), start=None, minutes=None, ags=TROISDORF,
                         contact="home-visit", legal=("aufenthg", "sgb-ii"))
        add.consultation(nowak, held_on=dt.date(2026, 2, 10), start="11:00", minutes=90, ags=ALFTER,
                         contact="video", next_steps="Sprachkurs anmelden")
        add.consultation(nowak, held_on=dt.date(2025, 12, 1), start="08:15", minutes=30, ags=SIEGBURG)
        add.consultation(oezdemir, notes="gelöscht", deleted=True)
    return vault


@pytest.fixture
def page(qtbot, filled: Vault, deployment, settings) -> ConsultationListPage:  # type: ignore[no-untyped-def]
    made = ConsultationListPage(AppSession(filled, deployment, settings))
    qtbot.addWidget(made)
    made.resize(1200, 700)
    made.show()
    qtbot.waitExposed(made)
    qtbot.waitUntil(lambda: made.total == 5)
    return made


def column_texts(page: ConsultationListPage, field: Field) -> list[str]:
    column = page.model.fields.index(field)
    return [page.model.index(row, column).data() for row in range(page.model.rowCount())]


def test_lists_every_live_consultation_with_its_count(page: ConsultationListPage) -> None:
    assert page.count_label.text() == "5 Beratungen"
    assert column_texts(page, Field.DATE) == ["05.03.2026", "04.03.2026", "10.02.2026", "20.01.2026",
                                              "01.12.2025"]
    assert column_texts(page, Field.TIME) == ["14:00", "09:30", "11:00", "", "08:15"]  # 24 h, two digits
    assert column_texts(page, Field.NAME)[0] == "Özdemir, Ayşe"
    assert column_texts(page, Field.MUNICIPALITY)[:3] == ["Siegburg", "Siegburg", "Alfter"]
    assert column_texts(page, Field.CONTACT_TYPE)[:3] == ["persönlich", "telefonisch", "Video"]
    assert column_texts(page, Field.LEGAL_DOMAINS)[3] == "AufenthG, SGB II"
    assert column_texts(page, Field.DURATION)[:4] == ["60", "15", "90", ""]
    assert Field.CASE_MANAGER not in page.model.fields and not page.case_manager.isVisibleTo(page)
    closed = page.model.index(3, 0)
    assert closed.data(Qt.ItemDataRole.ToolTipRole) == "Der Fall ist abgeschlossen."
    assert closed.data(CASE_ID_ROLE) == CASES["haddad"] and closed.data(ID_ROLE)


def test_typing_filters_rows_and_count(qtbot, page: ConsultationListPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(page.search, "nowak")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and page.count_label.text() == "2 Beratungen")
    page.search.clear()
    page.search.insert("özdemir")  # QTest types ASCII only: as an input method would deliver it
    qtbot.waitUntil(lambda: page.count_label.text() == "2 Beratungen" and page.model.filter.text == "özdemir")
    assert set(column_texts(page, Field.NAME)) == {"Özdemir, Ayşe"}
    page.search.clear()
    qtbot.keyClicks(page.search, "sprachk")  # next steps, by the beginning of the word
    qtbot.waitUntil(lambda: page.count_label.text() == "1 Beratung")
    assert column_texts(page, Field.NAME) == ["Nowak, Piotr"]
    qtbot.keyClicks(page.search, "x")
    qtbot.waitUntil(lambda: page.count_label.text() == "Keine Beratungen")
    assert page.model.rowCount() == 0


def test_choices_filter_at_once(qtbot, page: ConsultationListPage) -> None:  # type: ignore[no-untyped-def]
    page.municipality.setCurrentIndex(page.municipality.findData(SIEGBURG))
    assert page.model.rowCount() == 3
    qtbot.waitUntil(lambda: page.count_label.text() == "3 Beratungen")
    page.contact_type.setCurrentIndex(page.contact_type.findData("phone"))
    assert column_texts(page, Field.TIME) == ["09:30"]
    page.contact_type.setCurrentIndex(0)
    page.municipality.setCurrentIndex(0)
    page.legal_domain.setCurrentIndex(page.legal_domain.findData("sgb-ii"))
    assert page.model.rowCount() == 2
    page.include_closed.setChecked(False)
    assert page.model.rowCount() == 1
    qtbot.waitUntil(lambda: page.count_label.text() == "1 Beratung")
    page.reset_button.click()
    assert page.model.rowCount() == 5 and page.model.filter == ConsultationFilter()
    assert page.legal_domain.currentIndex() == 0 and page.include_closed.isChecked()
    qtbot.waitUntil(lambda: page.count_label.text() == "5 Beratungen")


def test_date_range(qtbot, page: ConsultationListPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(page.date_from, "01.02.2026")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    qtbot.keyClicks(page.date_to, "4.3.26")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert not page.date_from_error.isVisible() and not page.date_to_error.isVisible()
    qtbot.waitUntil(lambda: page.count_label.text() == "2 Beratungen")


def test_impossible_date_is_named_at_the_field_and_not_guessed(qtbot, page: ConsultationListPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(page.date_from, "31.02.2026")
    assert page.date_from_error.isVisible()
    assert page.date_from_error.text() == "Den 31.02.2026 gibt es nicht: der Monat hat nur 28 Tage."
    assert page.date_from.accessibleDescription() == page.date_from_error.text()
    qtbot.waitUntil(lambda: not page.typing.isActive())  # past the typing pause: no 03.03.2026 either
    assert page.model.filter.date_from is None and page.model.rowCount() == 5
    page.date_from.clear()
    assert not page.date_from_error.isVisible()


def test_unfinished_date_is_checked_when_the_field_is_left(qtbot, page: ConsultationListPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(page.date_to, "30.2.")
    assert not page.date_to_error.isVisible()  # still typing
    page.search.setFocus()
    page.date_to.editingFinished.emit()
    assert page.date_to_error.isVisible() and "30.02." in page.date_to_error.text()


def test_from_after_to_is_said(qtbot, page: ConsultationListPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(page.date_from, "05.03.2026")
    qtbot.keyClicks(page.date_to, "01.03.2026")
    assert page.date_to_error.text() == "„bis“ liegt vor „von“."
    qtbot.waitUntil(lambda: page.count_label.text() == "Keine Beratungen")


def click_header(qtbot, page: ConsultationListPage, field: Field) -> None:  # type: ignore[no-untyped-def]
    header = page.table.horizontalHeader()
    column = page.model.fields.index(field)
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QtCore.QPoint(x, header.height() // 2))


def test_header_click_sorts_in_sql(qtbot, page: ConsultationListPage) -> None:  # type: ignore[no-untyped-def]
    click_header(qtbot, page, Field.DURATION)
    assert page.model.sort_key is SortKey.DURATION
    minutes = [int(t) if t else -1 for t in column_texts(page, Field.DURATION)]
    assert minutes == sorted(minutes, reverse=page.model.descending)
    click_header(qtbot, page, Field.DURATION)  # the other way round
    again = [int(t) if t else -1 for t in column_texts(page, Field.DURATION)]
    assert again == minutes[::-1]
    click_header(qtbot, page, Field.NAME)
    assert page.model.sort_key is SortKey.CLIENT_NAME
    names = column_texts(page, Field.NAME)
    assert names == sorted(names, reverse=page.model.descending)


def test_header_of_an_unsortable_column_keeps_the_order(qtbot, page: ConsultationListPage) -> None:  # type: ignore[no-untyped-def]
    click_header(qtbot, page, Field.LEGAL_DOMAINS)
    header = page.table.horizontalHeader()
    assert page.model.sort_key is SortKey.DATE and page.model.descending
    qtbot.waitUntil(lambda: header.sortIndicatorSection() == page.model.fields.index(Field.DATE))
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_enter_and_double_click_ask_for_the_case(qtbot, page: ConsultationListPage) -> None:  # type: ignore[no-untyped-def]
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(2, 0))
    with qtbot.waitSignal(page.openCaseRequested, timeout=1000) as blocker:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert blocker.args == [CASES["nowak"]]
    index = page.model.index(0, 1)
    rect = page.table.visualRect(index)
    # QTest's double click alone has no press before it, which the view needs to know the row.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.openCaseRequested, timeout=1000) as blocker:
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [CASES["oezdemir"]]


def test_keyboard_from_search_to_list(qtbot, page: ConsultationListPage) -> None:  # type: ignore[no-untyped-def]
    page.activateWindow()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.search.hasFocus)
    qtbot.keyClicks(page.search, "haddad")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # the list at once, and the focus moves on
    assert page.model.rowCount() == 1 and page.table.hasFocus()
    with qtbot.waitSignal(page.openCaseRequested, timeout=1000) as blocker:
        qtbot.keyClick(page.table, Qt.Key.Key_Enter)
    assert blocker.args == [CASES["haddad"]]
    qtbot.waitUntil(lambda: page.count_label.text() == "1 Beratung")


def test_refresh_reads_changes(qtbot, filled: Vault, page: ConsultationListPage) -> None:  # type: ignore[no-untyped-def]
    with rows_of(filled) as add:
        add.consultation(add.case(add.client("Neu", "Person", "K-1111-11")), held_on=dt.date(2026, 4, 1))
    page.refresh()
    assert column_texts(page, Field.NAME)[0] == "Person, Neu"
    qtbot.waitUntil(lambda: page.count_label.text() == "6 Beratungen")


def test_count_uses_the_locale(page: ConsultationListPage) -> None:
    before = QtCore.QLocale()
    QtCore.QLocale.setDefault(QtCore.QLocale(QtCore.QLocale.Language.German, QtCore.QLocale.Country.Germany))
    try:
        page.show_count(100_000)
        assert page.count_label.text() == "100.000 Beratungen"
    finally:
        QtCore.QLocale.setDefault(before)


def test_coordinator_sees_pseudonyms_and_case_managers(qtbot, tmp_path: Path, deployment, settings) -> None:  # type: ignore[no-untyped-def]
    vault = Vault.create(tmp_path / "koordination.kimvault", PASSWORD, role=Role.COORDINATOR,
                         display_name="Koordination")
    try:
        with rows_of(vault) as add:
            case = add.case(add.client("Ayşe", "Özdemir", "K-7F3Q-2T"), owner=OTHER_DEVICE)
            add.consultation(case, notes="Wohngeld")
        coordinator = ConsultationListPage(AppSession(vault, deployment, settings))
        qtbot.addWidget(coordinator)
        assert coordinator.total is None  # a page nobody sees does not count
        coordinator.show()
        qtbot.waitUntil(lambda: coordinator.count_label.text() == "1 Beratung")
        assert Field.NAME not in coordinator.model.fields and Field.CASE_MANAGER in coordinator.model.fields
        assert coordinator.case_manager.findData(OTHER_DEVICE) > 0
        assert coordinator.model.row_at(0).first_name == ""
        manager_column = coordinator.model.fields.index(Field.CASE_MANAGER)
        assert coordinator.model.index(0, manager_column).data() == f"Gerät {OTHER_DEVICE[:8]}"
        coordinator.search.setText("özdemir")
        coordinator.apply_filter()
        assert coordinator.model.rowCount() == 0
        coordinator.search.setText("K-7F3Q")
        coordinator.apply_filter()
        assert coordinator.model.rowCount() == 1
        coordinator.case_manager.setCurrentIndex(coordinator.case_manager.findData(OTHER_DEVICE))
        assert coordinator.model.filter.owner_device_id == OTHER_DEVICE and coordinator.model.rowCount() == 1
        qtbot.waitUntil(lambda: coordinator.count_label.text() == "1 Beratung")
    finally:
        vault.close()


# --- the model alone ------------------------------------------------------------------------------------

def fake_rows(n: int) -> list[ConsultationRow]:
    return [ConsultationRow(f"id-{i}", f"case-{i}", dt.date(2026, 1, 1) + dt.timedelta(days=i), "10:00", 30,
                            SIEGBURG, "phone", ("sgb-ii",), f"K-{i:04d}-00", "Vor", f"Name{i}", "dev",
                            case_closed=i % 2 == 0) for i in range(n)]


class FakeSource:
    def __init__(self, rows: list[ConsultationRow]) -> None:
        self.rows = rows
        self.calls: list[tuple[ConsultationFilter, SortKey, bool, int, int]] = []
        self.fail = False

    def __call__(self, flt: ConsultationFilter, key: SortKey, descending: bool, offset: int,
                 limit: int) -> list[ConsultationRow]:
        if self.fail:
            raise VaultLocked()
        self.calls.append((flt, key, descending, offset, limit))
        return self.rows[offset:offset + limit]


def test_model_fetches_pages_as_the_view_scrolls(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    source = FakeSource(fake_rows(7))
    model = ConsultationTableModel(source, Labels(municipalities={SIEGBURG: "Siegburg"}), page_size=3)
    model.reload()
    root = QtCore.QModelIndex()
    assert model.rowCount() == 3 and model.canFetchMore(root)
    model.fetchMore(root)
    model.fetchMore(root)
    assert model.rowCount() == 7 and not model.canFetchMore(root)
    assert [call[3] for call in source.calls] == [0, 3, 6]
    model.refresh()  # as deep as it was scrolled, in one query
    assert model.rowCount() == 7 and source.calls[-1][3:] == (0, 7)
    model.sort(model.fields.index(Field.MUNICIPALITY), Qt.SortOrder.AscendingOrder)
    assert source.calls[-1][1:4] == (SortKey.MUNICIPALITY, False, 0) and model.rowCount() == 3
    model.sort(model.fields.index(Field.LEGAL_DOMAINS), Qt.SortOrder.AscendingOrder)  # not sortable: no query
    assert source.calls[-1][1] is SortKey.MUNICIPALITY
    assert model.index(0, model.fields.index(Field.MUNICIPALITY)).data() == "Siegburg"
    qtmodeltester.check(model)  # fetches the rest itself
    assert model.rowCount() == 7


def test_model_keeps_its_rows_when_a_query_fails(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    source = FakeSource(fake_rows(2))
    model = ConsultationTableModel(source, Labels())
    model.reload()
    source.fail = True
    with pytest.raises(VaultLocked):
        model.set_filter(ConsultationFilter(text="x"))
    assert model.rowCount() == 2
    qtmodeltester.check(model)


def test_model_reports_failed_sorts_and_pages(qtbot) -> None:  # type: ignore[no-untyped-def]
    source = FakeSource(fake_rows(5))
    model = ConsultationTableModel(source, Labels(), page_size=2)
    model.reload()
    source.fail = True
    with qtbot.waitSignal(model.queryFailed, timeout=1000) as blocker:
        model.sort(model.fields.index(Field.DURATION), Qt.SortOrder.AscendingOrder)
    assert isinstance(blocker.args[0], VaultLocked)
    assert (model.sort_key, model.descending) == (SortKey.DATE, True) and model.rowCount() == 2
    with qtbot.waitSignal(model.queryFailed, timeout=1000):
        model.fetchMore(QtCore.QModelIndex())
    assert not model.canFetchMore(QtCore.QModelIndex()) and model.rowCount() == 2


def test_page_shows_a_query_error(qtbot, page: ConsultationListPage, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    def locked(*_args: object) -> list[ConsultationRow]:
        raise VaultLocked()

    monkeypatch.setattr(page.model, "_source", locked)
    page.search.setText("haddad")
    page.apply_filter()
    assert page.error_label.isVisible() and page.model.rowCount() == 5
    assert isinstance(page.table, QtWidgets.QTableView)


def test_section_in_the_main_window(qtbot, filled: Vault, deployment, settings) -> None:  # type: ignore[no-untyped-def]
    from kim_desktop.ui.main_window import MainWindow

    window = MainWindow(AppSession(filled, deployment, settings))
    qtbot.addWidget(window)
    titles = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert "Beratungen" in titles
    page = window.pages["consultations"]
    assert isinstance(page, ConsultationListPage) and page.model.rowCount() == 5  # filled when built
    assert page.total is None  # counted once it is seen
    window.show()
    window.select_section("consultations")
    qtbot.waitUntil(lambda: page.count_label.text() == "5 Beratungen")
