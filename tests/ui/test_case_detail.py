"""The case detail: phases (only allowed ones, closing with a reason), goals, consents, the timeline
with referrals made without consent, the audit view in German words, and the dialogs it opens."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from kim_desktop.domain.case_cycle import Phase
from kim_desktop.domain.consent import Consent
from kim_desktop.services import cases
from kim_desktop.ui.case_detail import CaseDetailView
from kim_desktop.ui.case_detail.audit_view import action_label
from kim_desktop.ui.case_detail.phase_dialog import allowed_phases
from kim_desktop.ui.case_detail.timeline import REFERRALS
from tests.ui.cases_helpers import TODAY, answer_questions, app_session, install_fakes, make_case, record


@pytest.fixture(autouse=True)
def asked(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    return answer_questions(monkeypatch)


@pytest.fixture
def session(vault, deployment, settings):  # type: ignore[no-untyped-def]
    return app_session(vault, deployment, settings)


@pytest.fixture
def view(qtbot, session) -> CaseDetailView:  # type: ignore[no-untyped-def]
    widget = CaseDetailView(session)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    return widget


def texts(tree, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [tree.topLevelItem(row).text(column) for row in range(tree.topLevelItemCount())]


def combo_data(combo) -> list[object]:  # type: ignore[no-untyped-def]
    return [combo.itemData(i) for i in range(combo.count())]


def test_only_allowed_phases_are_offered() -> None:
    assert allowed_phases(Phase.CLEARING) == [Phase.ASSESSMENT, Phase.CLOSED]
    assert allowed_phases(Phase.PLANNING) == [Phase.CLEARING, Phase.ASSESSMENT, Phase.MONITORING,
                                              Phase.CLOSED]
    assert allowed_phases(Phase.CLOSED) == [Phase.CLEARING, Phase.ASSESSMENT]


def test_phase_dialog_moves_on_and_closing_needs_a_reason(qtbot, view, vault):  # type: ignore[no-untyped-def]
    _, case_id = make_case(vault)
    assert view.load(case_id)
    assert view.overview.phase.text() == "Erstkontakt/Clearing"
    dialog = view.overview.change_phase()
    assert combo_data(dialog.phase) == ["assessment", "closed"]
    assert dialog.reason_label.isHidden()
    with qtbot.waitSignal(dialog.changed):
        dialog.accept()
    qtbot.waitUntil(lambda: view.overview.phase.text() == "Assessment")
    assert texts(view.overview.history, 0) == ["Assessment", "Erstkontakt/Clearing"]
    assert view.subtitle.text().startswith("Assessment · ")

    dialog = view.overview.change_phase()
    dialog.phase.setCurrentIndex(dialog.phase.findData("closed"))
    assert not dialog.reason_label.isHidden() and dialog.date_label.text() == "&Abschlussdatum:"
    dialog.accept()  # no reason chosen
    error = dialog.errors.fields["closing_reason"][1]
    assert error.text() == "Zum Abschluss bitte einen Abschlussgrund angeben." and not error.isHidden()
    dialog.changed_on.setText(dt.date(2099, 1, 1).strftime("%d.%m.%Y"))
    dialog.reason.setCurrentIndex(dialog.reason.findData("goals-achieved"))
    dialog.accept()
    future = dialog.errors.fields["changed_on"][1]
    assert future.text() == "Ein Phasenwechsel kann nicht in der Zukunft liegen."
    with vault.reader() as db:
        assert cases.case_detail(db, case_id).case.phase == "assessment"  # nothing stored yet
    dialog.changed_on.setText(TODAY.strftime("%d.%m.%Y"))
    with qtbot.waitSignal(dialog.changed):
        dialog.accept()
    qtbot.waitUntil(lambda: view.overview.phase.text() == "Abschluss")
    assert view.overview.closing.text() == f"{TODAY:%d.%m.%Y}, Ziele erreicht"
    assert not view.consultation_button.isEnabled() and not view.goals.add_button.isEnabled()
    assert view.overview.phase_button.text() == "Fall &wieder aufnehmen …"

    dialog = view.overview.change_phase()
    assert dialog.windowTitle() == "Fall wieder aufnehmen"
    assert combo_data(dialog.phase) == ["clearing", "assessment"]
    dialog.reject()


def test_goals_are_added_and_changed(qtbot, view, vault):  # type: ignore[no-untyped-def]
    _, case_id = make_case(vault)
    view.load(case_id)
    dialog = view.goals.add_goal()
    dialog.accept()
    assert dialog.errors.fields["description"][1].text() == "Bitte das Ziel beschreiben."
    dialog.description.setPlainText("Deutschkurs B1 abschließen")
    dialog.due_on.setText("31.02.2027")
    dialog.accept()
    assert "31.02.2027 gibt es nicht" in dialog.errors.fields["due_on"][1].text()
    dialog.due_on.setText("30.06.2027")
    with qtbot.waitSignal(dialog.saved):
        dialog.accept()
    qtbot.waitUntil(lambda: view.goals.tree.topLevelItemCount() == 1)
    assert [view.goals.tree.topLevelItem(0).text(c) for c in range(4)] == [
        "Deutschkurs B1 abschließen", "offen", "30.06.2027", "–"]

    view.goals.tree.setCurrentItem(view.goals.tree.topLevelItem(0))
    dialog = view.goals.edit_goal()
    assert dialog.description.toPlainText() == "Deutschkurs B1 abschließen"
    dialog.status.setCurrentIndex(dialog.status.findData("achieved"))
    with qtbot.waitSignal(dialog.saved):
        dialog.accept()
    qtbot.waitUntil(lambda: texts(view.goals.tree, 1) == ["erreicht"])
    assert texts(view.goals.tree, 3) == [f"{TODAY:%d.%m.%Y}"]
    assert any(row.action == "goal.changed" for row in view.data.audit)


def test_consents_are_added_and_revoked(qtbot, view, vault):  # type: ignore[no-untyped-def]
    _, case_id = make_case(vault)
    view.load(case_id)
    dialog = view.consents.add_consent()
    dialog.accept()
    assert dialog.errors.fields["agency"][1].text() == "Bitte einen Netzwerkpartner wählen."
    dialog.agency.setCurrentIndex(dialog.agency.findData("jobcenter"))
    dialog.accept()  # scope missing: the domain rule, shown at its field
    assert dialog.errors.fields["scope"][1].text() == "Bitte angeben, wofür die Einwilligung gilt."
    dialog.scope.setText("Austausch zum Bürgergeld")
    with qtbot.waitSignal(dialog.saved):
        dialog.accept()
    qtbot.waitUntil(lambda: view.consents.tree.topLevelItemCount() == 1)
    tree = view.consents.tree
    assert [tree.topLevelItem(0).text(c) for c in range(5)] == [
        "Jobcenter", f"{TODAY:%d.%m.%Y}", "–", "gültig", "Austausch zum Bürgergeld"]
    assert not view.consents.revoke_button.isEnabled()

    tree.setCurrentItem(tree.topLevelItem(0))
    assert view.consents.revoke_button.isEnabled()
    dialog = view.consents.revoke_consent()
    dialog.revoked_on.setText("01.01.2020")
    dialog.accept()
    assert dialog.errors.fields["revoked_on"][1].text() == "Der Widerruf kann nicht vor der Erteilung liegen."
    dialog.revoked_on.setText(TODAY.strftime("%d.%m.%Y"))
    with qtbot.waitSignal(dialog.revoked):
        dialog.accept()
    qtbot.waitUntil(lambda: texts(view.consents.tree, 3) == ["widerrufen"])
    assert texts(view.consents.tree, 2) == [f"{TODAY:%d.%m.%Y}"]


def test_timeline_shows_consultations_newest_first_and_marks_referrals_without_consent(view, vault):  # type: ignore[no-untyped-def]
    _, case_id = make_case(vault)
    cases.add_consent(vault, case_id, Consent("mbe", TODAY - dt.timedelta(days=30), "Aufenthalt"))
    older = record(vault, case_id, days_ago=10, referrals=("mbe",), notes="Erstgespräch " + "x" * 200)
    newer = record(vault, case_id, days_ago=2, referrals=("jobcenter", "mbe"), start=None)
    view.load(case_id)
    tree = view.timeline.tree
    assert tree.topLevelItemCount() == 2
    first, second = tree.topLevelItem(0), tree.topLevelItem(1)
    assert first.text(0) == f"{TODAY - dt.timedelta(days=2):%d.%m.%Y}"
    assert first.text(1) == "– (45 Min.)" and second.text(1) == "09:30 (45 Min.)"
    assert first.text(2) == "persönlich" and first.text(3) == "Wohnen"
    assert first.text(REFERRALS) == "⚠ Jobcenter (ohne Einwilligung), Migrationsberatung für Erwachsene (MBE)"
    assert second.text(REFERRALS) == "Migrationsberatung für Erwachsene (MBE)"  # consent was valid
    assert "ohne gültige Einwilligung" in first.toolTip(REFERRALS) and not second.toolTip(REFERRALS)
    assert len(second.text(5)) <= 80 and second.text(5).endswith("…")
    assert first.text(6) == f"{TODAY + dt.timedelta(days=7):%d.%m.%Y}"
    assert view.timeline.warning.text() == "Eine Beratung mit Vermittlung ohne Einwilligung."
    assert "Mietvertrag besprochen" in view.timeline.details.toPlainText()  # the selected one in full
    assert "SGB II" in view.timeline.details.toPlainText()
    assert {first.data(0, 256), second.data(0, 256)} == {newer, older}


def test_audit_tab_lists_actions_in_german(view, vault):  # type: ignore[no-untyped-def]
    _, case_id = make_case(vault)
    record(vault, case_id, referrals=("jobcenter",))
    cases.change_phase(vault, case_id, Phase.ASSESSMENT, on=TODAY)
    view.load(case_id)
    tree = view.audit.tree
    actions = texts(tree, 3)
    assert actions == ["Phase geändert", "Vermittlung ohne Einwilligung bestätigt", "Beratung erfasst",
                       "Fall eröffnet", "Person angelegt"]
    assert set(texts(tree, 1)) == {"Case Management"} and set(texts(tree, 2)) == {"dieses Gerät"}
    assert texts(tree, 4) == ["Fall", "Beratung", "Beratung", "Fall", "Person"]
    assert all(re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d", when) for when in texts(tree, 0))
    assert action_label("client.access-request") == "Auskunft nach Art. 15 DSGVO erstellt"
    assert action_label("consent.revoked") == "Einwilligung widerrufen"
    assert action_label("client.deleted-retention") == "nach Ablauf der Aufbewahrungsfrist gelöscht"
    assert action_label("something.new") == "something.new"  # unknown codes stay readable


def test_consultation_dialogs_and_art15_are_opened_for_this_case(qtbot, view, vault, monkeypatch):  # type: ignore[no-untyped-def]
    from tests.ui.cases_helpers import FakeConsultationDialog

    requests = install_fakes(monkeypatch)
    client_id, case_id = make_case(vault)
    consultation_id = record(vault, case_id)
    view.load(case_id)
    dialog = view.new_consultation()
    assert FakeConsultationDialog.opened == [(case_id, None)] and dialog.isVisible()
    second = record(vault, case_id, days_ago=1)
    dialog.saved.emit(second)  # the entry dialog stored a consultation: the timeline shows it
    assert view.timeline.tree.topLevelItemCount() == 2
    dialog.done(0)

    tree = view.timeline.tree
    row = next(i for i in range(tree.topLevelItemCount())
               if tree.topLevelItem(i).data(0, 256) == consultation_id)
    tree.setCurrentItem(tree.topLevelItem(row))
    tree.itemActivated.emit(tree.topLevelItem(row), 0)  # Enter or double-click
    assert FakeConsultationDialog.opened[-1] == (case_id, consultation_id)

    view.access_button.click()
    assert requests == [(view, view.session, client_id)]


def test_editing_the_client_updates_the_overview(qtbot, view, vault):  # type: ignore[no-untyped-def]
    _, case_id = make_case(vault)
    view.load(case_id)
    with qtbot.waitSignal(view.changed):
        dialog = view.overview.edit_client()
        dialog.phone.setText("0228 55 55")
        dialog.accept()
    assert view.overview.contact.text() == "0228 55 55"
    assert view.overview.name.text() == "Amina Haddad"


def test_clear_leaves_no_personal_data(view, vault):  # type: ignore[no-untyped-def]
    _, case_id = make_case(vault)
    record(vault, case_id)
    view.load(case_id)
    view.clear()
    assert view.title.text() == "" and view.overview.name.text() == ""
    assert view.timeline.tree.topLevelItemCount() == 0 and view.timeline.details.toPlainText() == ""
    assert not view.consultation_button.isEnabled() and not view.access_button.isEnabled()
