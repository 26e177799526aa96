"""Stammdaten: add, rename and (de)activate entries; refusals at the field; drafts over a lock."""

from __future__ import annotations

import pytest

from kim_desktop.services import master_data
from kim_desktop.storage.master_data_tables import AGENCY, LEGAL_DOMAIN, TOPIC
from kim_desktop.ui.pages.master_data_page import LABEL, MasterDataPage
from kim_desktop.ui.qt import Qt, QtWidgets
from kim_desktop.ui.session import AppSession


@pytest.fixture
def page(qtbot, vault, deployment, settings) -> MasterDataPage:  # type: ignore[no-untyped-def]
    shown = MasterDataPage(AppSession(vault, deployment, settings))
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def items(vault, kind: str) -> dict[str, master_data.CatalogueItem]:  # type: ignore[no-untyped-def]
    with vault.reader() as s:
        return {item.code: item for item in master_data.catalogue(s, kind, include_inactive=True)}


def select(tab, code: str) -> None:  # type: ignore[no-untyped-def]
    row = [item.code for item in tab.model.items].index(code)
    tab.table.selectRow(row)


def test_three_catalogues_in_tabs(page):  # type: ignore[no-untyped-def]
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == ["Netzwerk&partner", "&Themen",
                                                                          "&Rechtskreise"]
    agencies, topics = page.catalogues[AGENCY], page.catalogues[TOPIC]
    assert agencies.model.data(agencies.model.index(0, LABEL)) == "Jobcenter"
    assert agencies.model.columnCount() == 4 and topics.model.columnCount() == 3
    assert page.tabs.currentWidget() is agencies and agencies.legal_domains.isVisible()
    page.tabs.setCurrentWidget(topics)
    assert not topics.legal_domains.isVisible(), "only agencies stand for legal domains"
    assert not any(b.text().replace("&", "").startswith(("Löschen", "Entfernen"))
                   for b in page.findChildren(QtWidgets.QPushButton)), "entries are deactivated, not removed"


def test_adding_an_agency_by_keyboard(qtbot, page, vault):  # type: ignore[no-untyped-def]
    tab = page.catalogues[AGENCY]
    tab.new_button.click()
    assert tab.label.hasFocus() and tab.label.text() == "" and tab.heading.text() == "Neuer Eintrag"
    qtbot.keyClicks(tab.label, "Tafel Siegburg")
    qtbot.keyClick(tab.label, Qt.Key.Key_Tab)
    assert tab.legal_domains.view.hasFocus()
    qtbot.keyClicks(tab.legal_domains.view, "sgbxii")
    qtbot.keyClick(tab.legal_domains.view, Qt.Key.Key_Space)
    tab.save_button.click()
    added = items(vault, AGENCY)["tafel-siegburg"]
    assert (added.label, added.active, added.legal_domains, added.custom, added.default) == (
        "Tafel Siegburg", True, ("sgb-xii",), True, False)
    assert tab.code == "tafel-siegburg" and tab.status.text() == "Gespeichert."
    assert tab.model.items[tab.table.currentIndex().row()].code == "tafel-siegburg"


def test_renaming_keeps_the_code(qtbot, page, vault):  # type: ignore[no-untyped-def]
    tab = page.catalogues[AGENCY]
    select(tab, "jobcenter")
    assert tab.label.text() == "Jobcenter" and tab.legal_domains.checked() == ("sgb-ii",)
    tab.label.setText("Jobcenter Rhein-Sieg")
    qtbot.keyClick(tab.label, Qt.Key.Key_Return)
    renamed = items(vault, AGENCY)["jobcenter"]
    assert (renamed.label, renamed.custom, renamed.default, renamed.legal_domains) == (
        "Jobcenter Rhein-Sieg", True, True, ("sgb-ii",))


def test_a_default_can_be_deactivated_and_activated_again(page, vault):  # type: ignore[no-untyped-def]
    page.tabs.setCurrentIndex(1)
    tab = page.catalogues[TOPIC]
    select(tab, "debts")
    assert tab.active_button.text() == "Dea&ktivieren"
    tab.active_button.click()
    stored = items(vault, TOPIC)["debts"]
    assert not stored.active and not stored.custom, "still the translated default label"
    with vault.reader() as s:
        assert "debts" not in {item.code for item in master_data.catalogue(s, TOPIC)}
    assert tab.status.text() == "„Schulden“ ist jetzt inaktiv."
    assert tab.model.data(tab.model.index(tab.table.currentIndex().row(), 1)) == "inaktiv"
    assert tab.active_button.text() == "A&ktivieren"
    tab.active_button.click()
    assert items(vault, TOPIC)["debts"].active


@pytest.mark.parametrize(("label", "message"), [
    ("   ", "Bitte eine Bezeichnung eingeben."),
    ("jugendamt", "Einen Eintrag „jugendamt“ gibt es hier schon."),
])
def test_a_refused_label_is_shown_at_the_field(page, vault, label, message):  # type: ignore[no-untyped-def]
    tab = page.catalogues[AGENCY]
    tab.new_button.click()
    tab.label.setText(label)
    tab.save_button.click()
    assert tab.label_error.text() == message and tab.label_error.isVisible()
    assert tab.label.hasFocus()
    assert all(item.default for item in items(vault, AGENCY).values()), "nothing added"


def test_unsaved_input_is_a_draft_and_comes_back(qtbot, page, vault, deployment, settings):  # type: ignore[no-untyped-def]
    assert page.draft() is None
    tab = page.catalogues[LEGAL_DOMAIN]
    select(tab, "wogg")
    tab.label.setText("WoGG – Wohngeld und Lastenzuschuss")
    draft = page.draft()
    assert draft is not None and draft[LEGAL_DOMAIN].code == "wogg"
    again = MasterDataPage(AppSession(vault, deployment, settings))
    qtbot.addWidget(again)
    again.restore_draft(draft)
    restored = again.catalogues[LEGAL_DOMAIN]
    assert restored.code == "wogg" and restored.label.text() == "WoGG – Wohngeld und Lastenzuschuss"
    restored.save()
    assert items(vault, LEGAL_DOMAIN)["wogg"].label == "WoGG – Wohngeld und Lastenzuschuss"
