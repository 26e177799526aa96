"""Who may see a client's personal details: everything in a case manager's vault, the pseudonym
in a coordinator's until a reason is stated, and that reason in the audit log (DESIGN.md §4)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from kim_desktop.domain import audit_actions
from kim_desktop.domain.consent import Consent
from kim_desktop.domain.personal_data import HIDDEN, SHOWN_ACTION_PREFIX, RevealReason
from kim_desktop.domain.roles import Role
from kim_desktop.services import cases, clients, consultations
from kim_desktop.services.consultations import ConsultationInput
from kim_desktop.services.personal_data_view import PersonalDataView
from kim_desktop.storage.vault import Vault
from tests.coordinator_helpers import new_coordinator_vault, shown_actions
from tests.services.casework import BONN_SIDE, TODAY, make_case


@pytest.fixture
def coordinator_vault(tmp_path: Path) -> Iterator[Vault]:
    with new_coordinator_vault(tmp_path) as vault:
        yield vault


def filled(vault: Vault) -> tuple[str, str]:
    """A client with everything personal filled in, a goal, a consent and a consultation."""
    client_id, case_id = make_case(vault)
    clients.update_client(vault, client_id, clients.ClientInput(
        first_name="Amina", last_name="Haddad", birth_date=dt.date(1990, 3, 4), address="Hauptstraße 1",
        phone="0171 234567", email="amina@example.org", household="zwei Kinder", notes="spricht Arabisch"),
        today=TODAY)
    cases.save_goal(vault, case_id, "Wohnung in Siegburg finden", today=TODAY)
    consent = Consent("jobcenter", dt.date(2026, 2, 1), "Antrag Bürgergeld")
    cases.add_consent(vault, case_id, consent, today=TODAY)
    consultations.save_consultation(vault, ConsultationInput(
        case_id=case_id, held_on=dt.date(2026, 3, 2), municipality_ags=BONN_SIDE, topics=("housing",),
        notes="Mietvertrag besprochen", next_steps="Vermieter anrufen", follow_up_on=TODAY), today=TODAY)
    return client_id, case_id


def personal_texts(client_id: str, vault: Vault, view: PersonalDataView) -> str:
    with vault.reader() as db:
        client = view.client(clients.get_client(db, client_id))
        rows = [view.case_row(row) for row in cases.case_rows(db, client_id=client_id)]
        detail = view.case_detail(cases.case_detail(db, rows[0].id))
        follow_ups = [view.follow_up(row) for row in consultations.follow_ups(db, TODAY)]
    return repr((client, rows, detail, follow_ups))


# Markers long enough not to turn up by chance inside a UUID or a time stamp of the repr.
PERSONAL = ("Amina", "Haddad", "date(1990", "Hauptstraße", "0171 234567", "example.org", "Kinder", "Arabisch",
            "Siegburg", "Bürgergeld", "Mietvertrag", "Vermieter")



def test_a_case_manager_sees_everything(vault: Vault) -> None:
    client_id, _ = filled(vault)
    view = PersonalDataView.of(vault)
    assert not view.pseudonymised and view.may_see(client_id) and view.may_see(None)
    shown = personal_texts(client_id, vault, view)
    assert [word for word in PERSONAL if word not in shown] == []
    assert HIDDEN not in shown


def test_a_coordinator_sees_the_pseudonym_and_placeholders(coordinator_vault: Vault) -> None:
    client_id, _ = filled(coordinator_vault)
    view = PersonalDataView.of(coordinator_vault)
    assert view.pseudonymised and not view.may_see(client_id) and not view.may_see(None)
    shown = personal_texts(client_id, coordinator_vault, view)
    assert [word for word in PERSONAL if word in shown] == []
    with coordinator_vault.reader() as db:
        pseudonym = clients.get_client(db, client_id).pseudonym
    assert pseudonym in shown and HIDDEN in shown
    assert "'housing'" in shown and "jobcenter" in shown  # codes and dates are no personal details


def test_a_stated_reason_shows_one_client_and_is_audited_once(coordinator_vault: Vault) -> None:
    client_id, _ = filled(coordinator_vault)
    other_id, _ = make_case(coordinator_vault, "Ömer", "Özdemir")
    view = PersonalDataView.of(coordinator_vault)
    view.reveal(coordinator_vault, client_id, RevealReason.SUPERVISION)
    assert view.may_see(client_id) and not view.may_see(other_id) and not view.may_see(None)
    assert shown_actions(coordinator_vault) == [
        ("client.personal-data-shown.supervision", "client", client_id)]
    assert "Haddad" in personal_texts(client_id, coordinator_vault, view)
    assert view.conceal() and not view.may_see(client_id) and not view.conceal()
    assert "Haddad" not in personal_texts(client_id, coordinator_vault, view)


def test_a_reason_off_the_list_shows_nothing_and_writes_nothing(coordinator_vault: Vault) -> None:
    client_id, _ = filled(coordinator_vault)
    view = PersonalDataView.of(coordinator_vault)
    with pytest.raises(ValueError):
        view.reveal(coordinator_vault, client_id, "weil ich neugierig bin")
    assert not view.may_see(client_id) and shown_actions(coordinator_vault) == []


def test_the_placeholder_is_translated() -> None:
    view = PersonalDataView(Role.COORDINATOR, lambda context, text: f"{context}:{text}")
    assert view.placeholder == f"PersonalData:{HIDDEN}"


def test_every_reason_has_its_own_words_in_the_protocol() -> None:
    labels = [audit_actions.action_label(reason.audit_action) for reason in RevealReason]
    assert all(label.startswith("Personendaten angezeigt: ") for label in labels)
    assert len(set(labels)) == len(RevealReason)
    assert audit_actions.action_label(SHOWN_ACTION_PREFIX + "neu") == "Personendaten angezeigt"


def test_the_case_search_of_a_pseudonymised_view_ignores_names(coordinator_vault: Vault) -> None:
    client_id, case_id = filled(coordinator_vault)
    with coordinator_vault.reader() as db:
        pseudonym = clients.get_client(db, client_id).pseudonym

        def found(text: str, pseudonymised: bool) -> list[str]:
            return [row.id for row in cases.case_rows(db, text=text, pseudonymised=pseudonymised)]

        assert found("haddad", pseudonymised=False) == [case_id]  # the case manager's search, unchanged
        assert found("haddad", pseudonymised=True) == []
        assert found("amina", pseudonymised=True) == []
        assert found(pseudonym, pseudonymised=True) == [case_id]
        assert found(pseudonym[2:6].lower(), pseudonymised=True) == [case_id]  # a part, any case
        assert found(pseudonym.replace("-", "").lower(), pseudonymised=True) == [case_id]
