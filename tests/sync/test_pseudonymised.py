"""A team with sync policy `pseudonymised` sends no name, birth date, contact detail or note to the
Kreis: every entry of the decrypted package is searched for distinctive markers. The same
markers are found in a `full` team's package, so the search is known to work.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from kim_desktop.config.deployment import DEPLOYMENT_ENV, Deployment, load_deployment
from kim_desktop.domain.catalogues import DEFAULT_TOPICS
from kim_desktop.domain.consent import Consent
from kim_desktop.services import cases, clients, consultations
from kim_desktop.storage.consultation_tables import Client
from kim_desktop.storage.vault import Vault
from kim_desktop.sync import export
from kim_desktop.sync.importer import IMPORTED
from tests.sync import helpers
from tests.sync.helpers import KOENIGSWINTER, TODAY, import_all, keys_of, plaintext, zip_entries

PSEUDONYMISED_TEAM, FULL_TEAM = 1, 2
BORN, OPENED = dt.date(1931, 7, 29), dt.date(2026, 1, 12)
BIRTH_DATE_FORMS = ("1931-07-29", "29.07.1931", "29.7.1931", "19310729", "1931/07/29")
MARKERS = {
    "first_name": "Zorbalinde", "last_name": "Quaxmeyer-Öztürk",
    "address": "Markerweg 17, 53639 Königswinter", "phone": "0151 98765432",
    "email": "quax.marker@example.org",
    "household": "Haushaltsmarker drei Kinder", "client_notes": "Klientennotizmarker",
    "goal": "Zielmarker Sprachkurs B1", "scope": "Umfangmarker Jobcenter",
    "consultation_notes": "Beratungsnotizmarker", "next_steps": "Schrittemarker Antrag",
    "place": "Ortmarker Rathaus",
}


@pytest.fixture
def deployment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Deployment:
    """IT's configuration with team 1 set to `pseudonymised`, as the environment points to it."""
    monkeypatch.setenv(DEPLOYMENT_ENV, str(helpers.pseudonymised_deployment(tmp_path, PSEUDONYMISED_TEAM)))
    loaded = load_deployment()
    assert loaded.team(PSEUDONYMISED_TEAM).sync_policy == "pseudonymised"  # type: ignore[union-attr]
    assert loaded.team(FULL_TEAM).sync_policy == "full"  # type: ignore[union-attr]
    return loaded


def _record_everything(vault: Vault) -> str:
    """A client, case, goal, consent and consultation full of markers; returns the pseudonym."""
    client = clients.create_client(vault, clients.ClientInput(
        first_name=MARKERS["first_name"], last_name=MARKERS["last_name"], birth_date=BORN,
        address=MARKERS["address"], phone=MARKERS["phone"], email=MARKERS["email"],
        household=MARKERS["household"], notes=MARKERS["client_notes"]), today=TODAY)
    case_id = cases.open_case(vault, client.id, municipality_ags=KOENIGSWINTER, opened_on=OPENED, today=TODAY)
    cases.save_goal(vault, case_id, MARKERS["goal"], today=TODAY)
    cases.add_consent(vault, case_id, Consent("jobcenter", OPENED, MARKERS["scope"]), today=TODAY)
    consultations.save_consultation(vault, consultations.ConsultationInput(
        case_id=case_id, held_on=dt.date(2026, 2, 2), municipality_ags=KOENIGSWINTER, place=MARKERS["place"],
        topics=(DEFAULT_TOPICS[0].code,), notes=MARKERS["consultation_notes"],
        next_steps=MARKERS["next_steps"], referrals=("jobcenter",)), today=TODAY)
    return client.pseudonym


def _forms(text: str) -> list[bytes]:
    """The text as it may stand in a package: UTF-8, or JSON-escaped."""
    return [text.encode("utf-8"), json.dumps(text)[1:-1].encode("ascii")]


def _found(blob: bytes, texts: list[str]) -> list[str]:
    return [text for text in texts if any(form in blob for form in _forms(text))]


def _package_contents(tmp_path: Path, deployment: Deployment, team: int) -> tuple[bytes, str, str]:
    """Everything in the package, the client's pseudonym and the policy the export preview names."""
    cm = helpers.new_case_manager(tmp_path / f"team{team}.kimvault", team=team)
    coordinator = helpers.new_coordinator(tmp_path / f"k{team}.kimvault")
    try:
        helpers.introduce(cm, coordinator)
        pseudonym = _record_everything(cm)
        policy = export.preview_export(cm, deployment).policy
        result = export.export_for_kreis(cm, deployment, tmp_path / "out")
        entries = zip_entries(plaintext(result.path.read_bytes(), keys_of(coordinator)))
        return b"\n".join(entries.values()), pseudonym, policy
    finally:
        cm.close()
        coordinator.close()


def test_a_pseudonymised_team_sends_no_personal_data(tmp_path: Path, deployment: Deployment) -> None:
    blob, pseudonym, policy = _package_contents(tmp_path, deployment, PSEUDONYMISED_TEAM)
    assert policy == "pseudonymised"
    assert _found(blob, [pseudonym]) == [pseudonym]  # the package is not empty
    assert _found(blob, [*MARKERS.values(), *BIRTH_DATE_FORMS]) == []


def test_a_full_team_sends_the_same_markers(tmp_path: Path, deployment: Deployment) -> None:
    """The search above can fail: in a `full` team's package every marker is found."""
    blob, pseudonym, policy = _package_contents(tmp_path, deployment, FULL_TEAM)
    assert policy == "full"
    assert _found(blob, [pseudonym, *MARKERS.values(), BORN.isoformat()]) == [
        pseudonym, *MARKERS.values(), BORN.isoformat()]


def test_the_kreis_drops_names_a_pseudonymised_team_sent_anyway(tmp_path: Path,
                                                                 deployment: Deployment) -> None:
    """An older program or a laptop with another configuration sends names: the Kreis, whose
    configuration says `pseudonymised`, does not keep them."""
    cm = helpers.new_case_manager(tmp_path / "cm.kimvault", team=PSEUDONYMISED_TEAM)
    coordinator = helpers.new_coordinator(tmp_path / "k.kimvault")
    try:
        helpers.introduce(cm, coordinator)
        pseudonym = _record_everything(cm)
        sent = export.export_for_kreis(cm, helpers.shipped_deployment(), tmp_path / "out")  # there: full
        [outcome] = import_all(coordinator, [sent.path], deployment)
        assert outcome.status == IMPORTED
        with coordinator.reader() as session:
            row = session.scalars(select(Client).where(Client.pseudonym == pseudonym)).one()
        assert (row.first_name, row.last_name, row.birth_date, row.phone, row.notes) == (None,) * 5
    finally:
        cm.close()
        coordinator.close()
