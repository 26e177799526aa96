"""Demo data: plausible, consistent with the domain rules, deterministic by seed, stored as the ORM
stores it."""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from kim_desktop.config.deployment import Deployment, default_file, load_deployment
from kim_desktop.domain import case_cycle
from kim_desktop.domain.case_cycle import Phase, PhaseChange
from kim_desktop.domain.catalogues import (
    PARTNER_AGENCIES_BY_CODE,
    TOPICS_BY_CODE,
    CaseFocus,
    ClosingReason,
    ContactType,
    Gender,
    GoalStatus,
    LegalDomain,
    ResidenceStatus,
)
from kim_desktop.domain.consent import Consent, agencies_without_consent
from kim_desktop.domain.name_matching import PersonKey, duplicate_candidates
from kim_desktop.domain.pseudonym import is_valid_pseudonym
from kim_desktop.domain.roles import Role
from kim_desktop.services import demo_data, vault_setup
from kim_desktop.services.consultations import follow_up_counts
from kim_desktop.services.demo_data import DemoCountInvalid, DemoSummary, fill_demo_data
from kim_desktop.services.retention import due_for_deletion
from kim_desktop.storage import search_tables
from kim_desktop.storage.audit import verify_chain
from kim_desktop.storage.consultation_tables import (
    Case,
    CaseConsent,
    CaseGoal,
    CasePhaseChange,
    Client,
    Consultation,
    split_codes,
)
from kim_desktop.storage.schema import AuditEntry
from kim_desktop.storage.vault import Vault

PASSWORD = "richtig-geheim-42"

TODAY = dt.date(2026, 5, 20)  # a Wednesday; fixed, so that every run draws the same records
CONSULTATIONS = 2000
TEAM_1 = ("05382024", "05382008", "05382020")


@pytest.fixture(scope="module")
def deployment() -> Deployment:
    return load_deployment(default_file())  # never a machine-wide file of the test host


def _new_vault(path: Path, role: Role = Role.CASE_MANAGER) -> Vault:
    municipalities = TEAM_1 if role is Role.CASE_MANAGER else ()
    return Vault.create(path, PASSWORD, role=role, display_name="Demo Test",
                        team=1 if municipalities else None, municipalities=municipalities)


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory,
           deployment: Deployment) -> Iterator[tuple[Vault, DemoSummary]]:
    """One filled case-manager vault for the read-only checks (filling it is the slow part)."""
    vault = _new_vault(tmp_path_factory.mktemp("demo") / "demo.kimvault")
    summary = fill_demo_data(vault, CONSULTATIONS, seed=3, deployment=deployment, today=TODAY)
    yield vault, summary
    vault.close()


def _all(vault: Vault, table: Any) -> list[Any]:
    with vault.reader() as session:
        return list(session.execute(select(table)).all())


# --- amounts ----------------------------------------------------------------------------------


def test_counts_match_the_summary_and_the_ratios(filled: tuple[Vault, DemoSummary]) -> None:
    vault, summary = filled
    with vault.reader() as session:
        def count(model: Any) -> int:
            return session.scalar(select(func.count()).select_from(model)) or 0
        counted = (count(Client), count(Case), count(CasePhaseChange), count(CaseGoal), count(CaseConsent),
                   count(Consultation))
    assert counted == (summary.clients, summary.cases, summary.phase_changes, summary.goals, summary.consents,
                       summary.consultations)
    assert summary.consultations == CONSULTATIONS
    assert summary.clients == round(CONSULTATIONS / 12.5)
    assert summary.clients < summary.cases <= 2 * summary.clients
    cases = _all(vault, Case.__table__)
    consultations = _all(vault, Consultation.__table__)
    assert {c.client_id for c in cases} == {c.id for c in _all(vault, Client.__table__)}
    assert {c.case_id for c in consultations} == {c.id for c in cases}  # every case has its first contact
    assert max(Counter(c.case_id for c in consultations).values()) > 3 * CONSULTATIONS / summary.cases


def test_counts_are_checked(vault: Vault, deployment: Deployment) -> None:
    for bad in (0, -5, demo_data.MAX_CONSULTATIONS + 1):
        with pytest.raises(DemoCountInvalid) as raised:
            fill_demo_data(vault, bad, deployment=deployment, today=TODAY)
        assert raised.value.exit_code == 2 and "1.000.000" in raised.value.message()
    assert demo_data.check_consultation_count(" 250 ") == 250
    with pytest.raises(DemoCountInvalid):
        demo_data.check_consultation_count("zehn")
    assert demo_data.count_clients(vault) == 0


def test_a_single_consultation_still_makes_a_consistent_case(vault: Vault, deployment: Deployment) -> None:
    summary = fill_demo_data(vault, 1, deployment=deployment, today=TODAY)
    assert (summary.clients, summary.cases, summary.consultations) == (1, 1, 1)


# --- determinism ------------------------------------------------------------------------------


def _content(vault: Vault) -> dict[str, list[tuple[Any, ...]]]:
    """Every demo row without the columns that name this vault's device."""
    device_columns = {"device_id", "owner_device_id"}
    content = {}
    for model in (Client, Case, CasePhaseChange, CaseGoal, CaseConsent, Consultation):
        table = model.__table__
        columns = [c for c in table.c if c.name not in device_columns]
        with vault.reader() as session:
            rows = session.execute(select(*columns).order_by(table.c.id))
            content[table.name] = [tuple(row) for row in rows]
    return content


def test_same_seed_same_data_other_seed_other_data(tmp_path: Path, deployment: Deployment) -> None:
    contents = []
    for name, seed in (("a", 11), ("b", 11), ("c", 12)):
        with _new_vault(tmp_path / f"{name}.kimvault") as vault:
            fill_demo_data(vault, 300, seed=seed, deployment=deployment, today=TODAY)
            contents.append(_content(vault))
    first, same, other = contents
    assert first == same
    assert first["consultation"] and len(first["client"]) == 24
    for table in first:
        assert first[table] != other[table], table


def test_a_second_fill_adds_other_records(vault: Vault, deployment: Deployment) -> None:
    first = fill_demo_data(vault, 300, seed=5, deployment=deployment, today=TODAY)
    second = fill_demo_data(vault, 300, seed=5, deployment=deployment, today=TODAY)
    rows = _all(vault, Client.__table__)
    assert len(rows) == first.clients + second.clients
    assert len({r.pseudonym for r in rows}) == len(rows)
    assert len(_all(vault, Consultation.__table__)) == 600


# --- what the records say ---------------------------------------------------------------------


def test_codes_come_from_the_catalogues(filled: tuple[Vault, DemoSummary]) -> None:
    vault, _summary = filled
    clients, cases = _all(vault, Client.__table__), _all(vault, Case.__table__)
    consultations = _all(vault, Consultation.__table__)
    assert {c.gender for c in clients} <= set(Gender)
    assert {c.residence_status for c in clients} <= set(ResidenceStatus)
    assert all(is_valid_pseudonym(c.pseudonym) for c in clients)
    assert len({c.pseudonym for c in clients}) == len(clients)
    assert {c.focus for c in cases} == set(CaseFocus)
    assert {c.phase for c in cases} == set(Phase)
    assert {c.closing_reason for c in cases} - {None} <= set(ClosingReason)
    assert {g.status for g in _all(vault, CaseGoal.__table__)} == set(GoalStatus)
    assert {c.agency_code for c in _all(vault, CaseConsent.__table__)} <= set(PARTNER_AGENCIES_BY_CODE)
    assert {c.municipality_ags for c in cases} | {c.municipality_ags for c in consultations} <= set(TEAM_1)
    assert {c.contact_type for c in consultations} == set(ContactType)
    topics = Counter(code for c in consultations for code in split_codes(c.topics))
    legal = Counter(code for c in consultations for code in split_codes(c.legal_domains))
    referred = {code for c in consultations for code in split_codes(c.referrals)}
    assert set(topics) <= set(TOPICS_BY_CODE) and set(legal) <= set(LegalDomain)
    assert referred <= set(PARTNER_AGENCIES_BY_CODE)
    assert all(c.topics and c.legal_domains for c in consultations)
    assert legal.most_common(1)[0][0] == LegalDomain.SGB_II
    assert {LegalDomain.AUFENTHG, LegalDomain.SGB_III, LegalDomain.SGB_VIII, LegalDomain.ASYLBLG} \
        <= set(legal)
    assert Counter(c.contact_type for c in consultations).most_common(1)[0][0] == ContactType.IN_PERSON


def test_people_are_plausible(filled: tuple[Vault, DemoSummary]) -> None:
    vault, _summary = filled
    clients = _all(vault, Client.__table__)
    ages = [(TODAY - c.birth_date).days / 365.25 for c in clients]
    assert 15 < min(ages) and max(ages) < 80
    assert 25 < sum(ages) / len(ages) < 50
    languages = {c.interpreter_language for c in clients} - {None}
    assert {"Arabisch", "Ukrainisch", "Dari"} <= languages
    assert 0.2 < sum(c.interpreter_needed for c in clients) / len(clients) < 0.8
    assert all(c.first_name and c.last_name and c.nationality and c.address for c in clients)
    assert len({c.nationality for c in clients}) >= 8


def test_a_client_entered_twice_is_found_by_the_duplicate_check(filled: tuple[Vault, DemoSummary]) -> None:
    vault, _summary = filled
    people = [PersonKey(str(c.id), c.first_name, c.last_name, c.birth_date, Gender(c.gender))
              for c in _all(vault, Client.__table__)]
    found = [(person, duplicate_candidates(person, [p for p in people if p.id != person.id]))
             for person in people]
    assert any(matches for _person, matches in found)


def _histories(vault: Vault) -> dict[uuid.UUID, list[PhaseChange]]:
    histories: dict[uuid.UUID, list[PhaseChange]] = defaultdict(list)
    with vault.reader() as session:
        change = CasePhaseChange
        rows = session.execute(select(change.case_id, change.phase, change.changed_on)
                               .order_by(change.changed_on))
        for case_id, phase, changed_on in rows:
            histories[case_id].append(PhaseChange(Phase(phase), changed_on))
    return histories


def test_phase_histories_follow_the_case_management_cycle(filled: tuple[Vault, DemoSummary]) -> None:
    vault, _summary = filled
    histories = _histories(vault)
    reopened = 0
    for case in _all(vault, Case.__table__):
        history = histories[case.id]
        if case.phase == Phase.CLOSED:  # the reason is kept on the case
            last = history[-1]
            history[-1] = PhaseChange(Phase.CLOSED, last.changed_on, ClosingReason(case.closing_reason))
        for index, change in enumerate(history[:-1]):
            if change.phase is Phase.CLOSED:  # closed, then re-opened: any reason will do for the check
                history[index] = PhaseChange(Phase.CLOSED, change.changed_on, ClosingReason.OTHER)
                reopened += 1
        assert case_cycle.check_history(history) is None, history
        assert history[0].changed_on == case.opened_on and history[-1].changed_on <= TODAY
        assert len({c.changed_on for c in history}) == len(history)  # the order is never ambiguous
        assert case.phase == history[-1].phase
        closed = case.phase == Phase.CLOSED
        assert (case.closed_on == history[-1].changed_on) if closed else case.closed_on is None
        assert (case.closing_reason is not None) == closed
    assert reopened > 0


def test_goals_belong_to_planned_cases_and_fit_their_phase(filled: tuple[Vault, DemoSummary]) -> None:
    vault, _summary = filled
    histories = _histories(vault)
    phase = {c.id: c.phase for c in _all(vault, Case.__table__)}
    goals = _all(vault, CaseGoal.__table__)
    for goal in goals:
        planned = [c.changed_on for c in histories[goal.case_id] if c.phase is Phase.PLANNING]
        assert planned and goal.due_on > planned[0] and goal.description
        assert (goal.achieved_on is not None) == (goal.status == GoalStatus.ACHIEVED)
        assert goal.achieved_on is None or planned[0] <= goal.achieved_on <= TODAY
        if phase[goal.case_id] == Phase.CLOSED:
            assert GoalStatus(goal.status).is_final
    planned_cases = {case_id for case_id, h in histories.items() if any(c.phase is Phase.PLANNING for c in h)}
    assert {g.case_id for g in goals} == planned_cases


def test_referrals_without_consent_are_exactly_the_recorded_ones(filled: tuple[Vault, DemoSummary]) -> None:
    vault, summary = filled
    consents: dict[uuid.UUID, list[Consent]] = defaultdict(list)
    for row in _all(vault, CaseConsent.__table__):
        assert row.revoked_on is None or row.revoked_on >= row.given_on
        assert row.scope
        consents[row.case_id].append(Consent(row.agency_code, row.given_on, row.scope, row.revoked_on))
    assert any(c.revoked_on for cs in consents.values() for c in cs)
    referring = [c for c in _all(vault, Consultation.__table__) if c.referrals]
    without = 0
    for row in referring:
        missing = agencies_without_consent(split_codes(row.referrals), consents[row.case_id], row.held_on)
        assert split_codes(row.referrals_without_consent) == sorted(missing)
        without += bool(missing)
    assert without == summary.referrals_without_consent
    assert 0 < without < 0.2 * len(referring)


def test_dates_span_three_years_on_workdays(filled: tuple[Vault, DemoSummary]) -> None:
    vault, _summary = filled
    cases = {c.id: c for c in _all(vault, Case.__table__)}
    consultations = _all(vault, Consultation.__table__)
    days = [c.held_on for c in consultations]
    assert max(days) <= TODAY and (TODAY - min(days)).days > 2.5 * 365
    assert sum(day >= TODAY - dt.timedelta(days=3 * 365) for day in days) > 0.95 * len(days)
    assert all(day.weekday() < 5 for day in days)
    for c in consultations:
        case = cases[c.case_id]
        assert case.opened_on <= c.held_on <= (case.closed_on or TODAY)
        assert c.follow_up_on is None or c.follow_up_on >= c.held_on
        assert c.notes and "  " not in c.notes


def test_follow_ups_some_overdue_some_due_most_done(filled: tuple[Vault, DemoSummary]) -> None:
    vault, summary = filled
    with vault.reader() as session:
        counts = follow_up_counts(session, TODAY, device_id=vault.profile.device_id)
    assert (counts.overdue, counts.due_today) == (summary.follow_ups_overdue, summary.follow_ups_due_today)
    assert counts.overdue > 0 and counts.due_today >= 3
    with_follow_up = [c for c in _all(vault, Consultation.__table__) if c.follow_up_on]
    assert sum(c.follow_up_done for c in with_follow_up) > 0.8 * len(with_follow_up)
    assert any(TODAY < c.follow_up_on <= TODAY + dt.timedelta(days=7) for c in with_follow_up)


def test_the_retention_list_has_entries(filled: tuple[Vault, DemoSummary], deployment: Deployment) -> None:
    vault, summary = filled
    with vault.reader() as session:
        due = due_for_deletion(session, TODAY, deployment.policy.retention_years)
    assert len(due) == summary.retention_due >= 1


# --- storage ----------------------------------------------------------------------------------


def test_core_rows_read_back_through_the_orm_as_orm_rows_do(filled: tuple[Vault, DemoSummary]) -> None:
    vault, _summary = filled
    with vault.transaction() as session:  # one row the ORM writes, as the reference
        case = session.scalars(select(Case).limit(1)).one()
        session.add(Consultation(case_id=case.id, held_on=TODAY, municipality_ags=case.municipality_ags,
                                 contact_type=ContactType.PHONE, notes="ORM-Referenz"))
    with vault.reader() as session:
        orm_row = session.scalars(select(Consultation).where(Consultation.notes == "ORM-Referenz")).one()
        demo_row = session.scalars(select(Consultation).where(Consultation.id != orm_row.id).limit(1)).one()
        client = session.get(Client, session.get(Case, demo_row.case_id).client_id)  # type: ignore[union-attr]
        raw = text("SELECT id, updated_at, held_on FROM consultation WHERE id IN (:a, :b)")
        stored = session.execute(raw, {"a": orm_row.id.hex, "b": demo_row.id.hex}).all()
    assert isinstance(demo_row.id, uuid.UUID) and demo_row.id.version == 4
    assert demo_row.updated_at.tzinfo is dt.UTC and demo_row.updated_at <= dt.datetime.now(dt.UTC)
    assert isinstance(demo_row.held_on, dt.date) and demo_row.follow_up_done in (True, False)
    assert (demo_row.revision, demo_row.device_id, demo_row.deleted) == (1, vault.profile.device_id, False)
    assert client is not None and isinstance(client.birth_date, dt.date)
    shapes = {(len(row.id), "+" in row.updated_at, len(row.held_on)) for row in stored}
    assert len(stored) == 2 and shapes == {(32, False, 10)}  # hex ids, naive UTC, ISO dates: like the ORM


def test_the_search_index_matches_and_its_trigger_is_back(vault: Vault, deployment: Deployment) -> None:
    fill_demo_data(vault, 200, deployment=deployment, today=TODAY)
    with vault.transaction() as session:
        search_tables.check_search_index(session.connection())
        case = session.scalars(select(Case).limit(1)).one()
        session.add(Consultation(case_id=case.id, held_on=TODAY, municipality_ags=case.municipality_ags,
                                 contact_type=ContactType.PHONE, notes="Zebrastreifen"))
    with vault.reader() as session:
        conn = session.connection()
        search_tables.check_search_index(conn)
        query = "SELECT count(*) FROM consultation_search WHERE consultation_search MATCH ?"
        hits = conn.exec_driver_sql(query, ("Erstgespräch",)).scalar()
        new = conn.exec_driver_sql(query, ("zebrastreifen",)).scalar()
    assert hits and new == 1


def test_one_audit_entry_and_no_names_in_audit_or_log(vault: Vault, deployment: Deployment,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG):
        fill_demo_data(vault, 300, deployment=deployment, today=TODAY)
    with vault.reader() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "demo-data.filled")).all()
        assert verify_chain(session).ok
        audit_text = " ".join(str(v) for e in session.scalars(select(AuditEntry)) for v in vars(e).values())
    assert [(e.record_type, e.record_id) for e in entries] == [("vault", vault.profile.vault_id)]
    names = {n for c in _all(vault, Client.__table__) for n in (c.first_name, c.last_name)}
    logged = caplog.text + audit_text
    assert "300 consultations" in caplog.text
    assert not [name for name in names if name in logged]


def test_a_coordinator_vault_covers_the_district(tmp_path: Path, deployment: Deployment) -> None:
    with _new_vault(tmp_path / "coord.kimvault", Role.COORDINATOR) as vault:
        fill_demo_data(vault, 1500, seed=1, deployment=deployment, today=TODAY)
        cases = _all(vault, Case.__table__)
    assert {c.municipality_ags for c in cases} == {m.ags for m in deployment.municipalities}
    owners = {c.owner_device_id for c in cases}
    assert len(owners) >= 5 and vault.profile.device_id not in owners  # the teams' laptops


# --- the demo vault ---------------------------------------------------------------------------


def test_the_demo_vault_is_made_with_demo_data(tmp_path: Path) -> None:
    path = vault_setup.ensure_demo_vault("Demo-Passwort-2026", tmp_path / "demo" / "demo.kimvault",
                                         consultations=400)
    with Vault.open(path, "Demo-Passwort-2026") as vault:
        assert demo_data.count_clients(vault) == 32
        assert vault.profile.municipalities == TEAM_1


def test_a_failed_demo_fill_leaves_no_empty_demo_vault(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object, **_kwargs: object) -> DemoSummary:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(vault_setup, "fill_demo_data", broken)
    path = tmp_path / "demo" / "demo.kimvault"
    with pytest.raises(OSError):
        vault_setup.ensure_demo_vault("Demo-Passwort-2026", path)
    assert sorted(p.name for p in path.parent.iterdir() if not p.name.endswith(".lock")) == []
