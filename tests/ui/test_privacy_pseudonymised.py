"""The Datenschutz page in a coordinator's vault is pseudonymised (DESIGN.md §4): the retention list
has no names, the Art. 15 person search finds the whole pseudonym only and shows nothing else, and
the access request asks for the reason first (audited).
A case manager's page: tests/ui/test_privacy_page.py."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from kim_desktop.domain.personal_data import RevealReason
from kim_desktop.domain.pseudonym import new_pseudonym
from kim_desktop.services import clients
from kim_desktop.storage.vault import Vault
from kim_desktop.ui.pages.privacy_page import ClientPicker, PrivacyPage, RetentionModel
from kim_desktop.ui.qt import QtWidgets
from kim_desktop.ui.reveal_dialog import RevealDialog
from kim_desktop.ui.session import AppSession
from tests.coordinator_helpers import new_coordinator_vault, shown_actions
from tests.services.test_retention import make_client, make_markers
from tests.ui.test_privacy_page import OK, Boxes, audit_actions, save_dialog
from tests.ui.test_pseudonymised_views import model_texts, shown_texts

ART_15_SHOWN = RevealReason.ACCESS_REQUEST.audit_action
BORN = dt.date(1990, 5, 17)  # make_client's birth date


@pytest.fixture
def coordinator_vault(tmp_path: Path) -> Iterator[Vault]:
    with new_coordinator_vault(tmp_path) as vault:
        yield vault


@pytest.fixture
def coordinator(coordinator_vault, deployment, settings) -> AppSession:  # type: ignore[no-untyped-def]
    return AppSession(coordinator_vault, deployment, settings)


@pytest.fixture
def people(coordinator_vault):  # type: ignore[no-untyped-def]
    """As the case managers' laptops sent them: one client due for deletion, one with an open case."""
    due_markers, open_markers = make_markers(), make_markers()
    due = make_client(coordinator_vault, due_markers, closed_on=dt.date(2021, 3, 1))
    open_one = make_client(coordinator_vault, open_markers, closed_on=None)
    with coordinator_vault.reader() as db:
        pseudonyms = {client_id: clients.get_client(db, client_id).pseudonym for client_id in (due, open_one)}
    return {"due": due, "open": open_one, "markers": [due_markers, open_markers], "pseudonyms": pseudonyms}


def names(people) -> list[str]:  # type: ignore[no-untyped-def]
    return [markers[field] for markers in people["markers"] for field in ("first_name", "last_name")]


def leaked(text: str, people) -> list[str]:  # type: ignore[no-untyped-def]
    return [word for word in [*names(people), "17.05.1990"] if word in text]


def test_the_retention_list_shows_pseudonyms_only(qtbot, coordinator, people) -> None:  # type: ignore[no-untyped-def]
    page = PrivacyPage(coordinator)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()  # a shown page reads its list
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.proxy.index(0, RetentionModel.PSEUDONYM).data() == people["pseudonyms"][people["due"]]
    assert page.table.isColumnHidden(RetentionModel.NAME)
    assert page.proxy.index(0, RetentionModel.NAME).data() == "(pseudonymisiert)"
    assert leaked("\n".join(model_texts(page.proxy)), people) == []
    assert leaked(shown_texts(page), people) == []
    page.table.selectRow(0)
    assert page.selected_ids() == [people["due"]] and page.delete_button.isEnabled()
    assert shown_actions(coordinator.vault) == [], "listing is no look at personal details"


def test_the_person_search_finds_the_whole_pseudonym_only(qtbot, coordinator, people) -> None:  # type: ignore[no-untyped-def]
    picker = ClientPicker(coordinator)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    assert picker.results.count() == 0 and not picker.ok.isEnabled(), "no list of everybody"
    assert picker.hint.isVisible() and "Pseudonym" in picker.hint.text()
    assert picker.search.placeholderText() == "Pseudonym (K-XXXX-XX)"
    for word in names(people):
        picker.search.setText(word)
        assert picker.results.count() == 0, word
    pseudonym = people["pseudonyms"][people["open"]]
    picker.search.setText(pseudonym[:6])  # a part: nothing, and the hint says why
    assert picker.results.count() == 0 and "ganze Pseudonym" in picker.hint.text()
    other = people["pseudonyms"][people["due"]]
    stored = set(people["pseudonyms"].values())
    picker.search.setText(new_pseudonym(taken=stored))  # a valid one nobody has
    assert picker.results.count() == 0
    assert picker.hint.text() == "Unter diesem Pseudonym ist niemand gespeichert."
    picker.search.setText(other)
    assert [picker.results.item(row).text() for row in range(picker.results.count())] == [other]
    picker.search.clear()
    qtbot.keyClicks(picker.search, pseudonym.replace("-", "").lower())  # as people type it
    assert [picker.results.item(row).text() for row in range(picker.results.count())] == [pseudonym]
    assert not picker.hint.isVisible() and picker.ok.isEnabled()
    shown = [label.text() for label in picker.findChildren(QtWidgets.QLabel)]
    shown += [picker.results.item(row).text() for row in range(picker.results.count())]
    assert leaked("\n".join(shown), people) == []
    picker.accept()
    assert picker.chosen is not None and picker.chosen.id == people["open"]
    assert picker.chosen.full_name == "(pseudonymisiert)" and picker.chosen.birth_date is None


def test_the_access_request_asks_the_coordinator_for_the_reason(qtbot, coordinator, people,  # type: ignore[no-untyped-def]
                                                                monkeypatch, tmp_path) -> None:
    client_id = people["open"]
    pseudonym = people["pseudonyms"][client_id]
    answers = [QtWidgets.QDialog.DialogCode.Rejected, QtWidgets.QDialog.DialogCode.Accepted]
    reasons: list[RevealReason | None] = []

    def choose(picker: ClientPicker) -> int:
        picker.search.setText(pseudonym)
        picker.accept()
        return picker.result()

    def state_reason(dialog: RevealDialog) -> int:  # cancelled once, then the preselected reason confirmed
        reasons.append(dialog.chosen())
        if answers.pop(0) == QtWidgets.QDialog.DialogCode.Accepted:
            dialog.accept()
        else:
            dialog.reject()
        return dialog.result()

    monkeypatch.setattr(ClientPicker, "exec", choose)
    monkeypatch.setattr(RevealDialog, "exec", state_reason)
    boxes = Boxes(monkeypatch, answer=OK)
    asked = save_dialog(monkeypatch, tmp_path / "auskunft")
    page = PrivacyPage(coordinator)
    qtbot.addWidget(page)
    page.access_button.click()  # no reason: nothing written, nothing audited
    assert asked == [] and boxes.said == [] and not coordinator.gate.busy
    assert shown_actions(coordinator.vault) == []
    page.access_button.click()
    qtbot.waitUntil(lambda: not coordinator.gate.busy and bool(boxes.texts("information")), timeout=10000)
    assert reasons == [RevealReason.ACCESS_REQUEST] * 2
    assert (tmp_path / "auskunft.pdf").read_bytes().startswith(b"%PDF")
    assert asked[0].endswith(f"Auskunft-Art15-{pseudonym}.pdf") and leaked(asked[0], people) == []
    assert leaked("\n".join(text for _kind, text in boxes.said), people) == []
    assert shown_actions(coordinator.vault) == [(ART_15_SHOWN, "client", client_id)]
    assert ("client.access-request", client_id) in audit_actions(coordinator.vault)
