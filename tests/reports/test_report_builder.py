"""The report core against a hand-built coordinator vault whose every number is known.

The vault (period January–February 2026):
- devices: A "Anna Beispiel" (team 1, trusted), B "Ben Muster" (team 10, trusted), C unregistered;
- cases: K1 (A, Königswinter, open since 2025, phase history: planning at the period end), K2 (A,
  Königswinter, opened 5.1. and closed 10.2.), K3 (B, Troisdorf, opened 1.2.), K4 (C, Windeck,
  opened 20.1., closed after the period), K5 (A, tombstoned);
- consultations c1–c7 in the period (see `build_small_vault`), plus one before, one after, one of
  the tombstoned case and one tombstoned consultation that never count;
- escalations: E1 (A, Königswinter, 3 cases, in review), E2 (B, Troisdorf, 2 cases, submitted),
  E3 after the period.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

from kim_desktop.config.deployment import Deployment, load_deployment
from kim_desktop.domain.roles import Role
from kim_desktop.errors import InputRejected
from kim_desktop.reports.report_builder import build_report, team_cell
from kim_desktop.reports.report_model import Report, ReportRequest, ReportView, Subject, ViewId
from kim_desktop.storage.consultation_tables import Case, CasePhaseChange, Client, Consultation
from kim_desktop.storage.escalation_tables import Escalation, EscalationReview, EscalationStep
from kim_desktop.storage.schema import DEVICE_KEY
from kim_desktop.storage.sync_tables import SyncDevice
from kim_desktop.storage.vault import Vault
from tests.coordinator_helpers import new_coordinator_vault

KW, TD, WI = "05382024", "05382068", "05382076"  # Königswinter (team 1), Troisdorf (10), Windeck (3)
DEV_A = "aaaaaaaa-0000-4000-8000-000000000001"
DEV_B = "bbbbbbbb-0000-4000-8000-000000000002"
DEV_C = "cccccccc-0000-4000-8000-000000000003"
NOW = dt.datetime(2026, 3, 5, 12, 0, tzinfo=dt.UTC)
PERIOD = ReportRequest(dt.date(2026, 1, 1), dt.date(2026, 2, 28))
D = dt.date


def _device(device_id: str, owner: str, team: int, last: dt.datetime | None) -> SyncDevice:
    return SyncDevice(
        device_id=device_id,
        signing_key="k" + device_id[:8],
        fingerprint="F" + device_id[:8],
        age_recipient="age1" + device_id[:8],
        owner=owner,
        role=str(Role.CASE_MANAGER),
        team=team,
        status="trusted",
        first_seen_at=NOW - dt.timedelta(days=400),
        decided_at=None,
        last_package_at=last,
    )


def _consultation(
    case: Case,
    held_on: dt.date,
    place: str,
    contact: str,
    *,
    interpreter: str | None = None,
    topics: str = "",
    legal: str = "",
    referrals: str = "",
    deleted: bool = False,
) -> Consultation:
    return Consultation(
        case_id=case.id,
        held_on=held_on,
        municipality_ags=place,
        contact_type=contact,
        interpreter_language=interpreter,
        topics=topics,
        legal_domains=legal,
        referrals=referrals,
        notes="Notizmarker",
        next_steps="Schrittmarker",
        place="Ortmarker",
        duration_minutes=45,
        deleted=deleted,
    )


def _escalation(
    session: Any,
    author: str,
    title: str,
    places: str,
    cases: int,
    submitted: dt.datetime,
    review: str | None = None,
) -> None:
    session.info[DEVICE_KEY] = author  # the author's laptop wrote it (imported here)
    escalation = Escalation(
        id=uuid.uuid4(),
        owner_device_id=author,
        title=title,
        description="Beschreibung",
        municipalities=places,
        case_count=cases,
        urgency="medium",
        author_status="submitted",
        submitted_at=submitted,
    )
    session.add(escalation)
    session.add(EscalationStep(escalation_id=escalation.id, status="submitted", at=submitted))
    session.flush()
    session.info[DEVICE_KEY] = "coordinator"
    if review:
        session.add(
            EscalationReview(
                escalation_id=escalation.id,
                author_device_id=author,
                status=review,
                at=submitted + dt.timedelta(days=3),
            )
        )
        session.flush()


def fill_small_vault(vault: Vault) -> None:
    with vault.transaction() as s:
        own = s.info[DEVICE_KEY]
        s.add_all(
            [
                _device(DEV_A, "Anna Beispiel", 1, NOW - dt.timedelta(days=2)),
                _device(DEV_B, "Ben Muster", 10, NOW - dt.timedelta(days=20)),
            ]
        )
        people = [
            Client(id=uuid.uuid4(), pseudonym=f"P-000{i}", first_name="Namemarker", last_name="Zuname")
            for i in range(1, 6)
        ]
        s.add_all(people)
        s.flush()

        def case(
            client: Client,
            owner: str,
            place: str,
            phase: str,
            opened: dt.date,
            closed: dt.date | None = None,
            deleted: bool = False,
        ) -> Case:
            row = Case(
                id=uuid.uuid4(),
                client_id=client.id,
                owner_device_id=owner,
                municipality_ags=place,
                focus="general",
                phase=phase,
                opened_on=opened,
                closed_on=closed,
                deleted=deleted,
            )
            s.add(row)
            return row

        k1 = case(people[0], DEV_A, KW, "monitoring", D(2025, 11, 10))
        k2 = case(people[1], DEV_A, KW, "closed", D(2026, 1, 5), D(2026, 2, 10))
        k3 = case(people[2], DEV_B, TD, "assessment", D(2026, 2, 1))
        k4 = case(people[3], DEV_C, WI, "clearing", D(2026, 1, 20), D(2026, 3, 10))
        k5 = case(people[4], DEV_A, KW, "clearing", D(2026, 1, 2), deleted=True)
        s.flush()
        for phase, day in (
            ("clearing", D(2025, 11, 10)),
            ("assessment", D(2025, 12, 1)),
            ("planning", D(2026, 2, 15)),
            ("monitoring", D(2026, 3, 2)),
        ):
            s.add(CasePhaseChange(case_id=k1.id, phase=phase, changed_on=day))
        # K3 went from clearing to assessment on its first day: the change written later wins, even
        # when its row was stored first (as an import in another order would store it).
        for phase in ("assessment", "clearing"):
            s.add(CasePhaseChange(case_id=k3.id, phase=phase, changed_on=D(2026, 2, 1)))
            s.flush()
        s.execute(update(CasePhaseChange).where(CasePhaseChange.case_id == k3.id,
                                                CasePhaseChange.phase == "assessment")
                  .values(updated_at=dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5)))
        s.add_all(
            [
                _consultation(
                    k1,
                    D(2026, 1, 10),
                    KW,
                    "in-person",
                    interpreter="Arabisch",
                    topics=";housing;",
                    legal=";aufenthg;sgb-ii;",
                    referrals=";jobcenter;",
                ),  # c1
                _consultation(
                    k1, D(2026, 1, 20), KW, "phone", topics=";residence;", legal=";aufenthg;"
                ),  # c2
                _consultation(
                    k1, D(2026, 2, 5), TD, "in-person", topics=";health;housing;", legal=";sgb-ii;"
                ),  # c3
                _consultation(
                    k2,
                    D(2026, 1, 5),
                    KW,
                    "home-visit",
                    interpreter="Farsi",
                    referrals=";foreigners-authority;jobcenter;",
                ),  # c4
                _consultation(
                    k2, D(2026, 2, 10), KW, "in-person", topics=";work-training;", legal=";sgb-iii;"
                ),  # c5
                _consultation(
                    k3,
                    D(2026, 2, 3),
                    TD,
                    "in-person",
                    interpreter="Türkisch",
                    topics=";residence;",
                    legal=";aufenthg;",
                ),  # c6
                _consultation(k4, D(2026, 1, 25), WI, "phone"),  # c7
                _consultation(k1, D(2025, 12, 20), KW, "phone"),  # before the period
                _consultation(k3, D(2026, 3, 1), TD, "phone"),  # after the period
                _consultation(k5, D(2026, 1, 15), KW, "phone"),  # of a tombstoned case
                _consultation(k1, D(2026, 2, 20), KW, "phone", deleted=True),  # tombstoned
            ]
        )
        s.flush()
        _escalation(
            s,
            DEV_A,
            "Wartezeiten Ausländerbehörde",
            f";{KW};",
            3,
            dt.datetime(2026, 2, 2, 10, tzinfo=dt.UTC),
            review="in-review",
        )
        _escalation(
            s, DEV_B, "Fehlende Sprachkurse", f";{TD};", 2, dt.datetime(2026, 1, 15, 10, tzinfo=dt.UTC)
        )
        _escalation(s, DEV_A, "Später gemeldet", f";{KW};", 1, dt.datetime(2026, 3, 15, 10, tzinfo=dt.UTC))
        s.info[DEVICE_KEY] = own


@pytest.fixture
def deployment() -> Deployment:
    return load_deployment()


@pytest.fixture
def small_vault(tmp_path: Path):  # type: ignore[no-untyped-def]
    with new_coordinator_vault(tmp_path) as vault:
        fill_small_vault(vault)
        yield vault


def report_of(vault: Vault, deployment: Deployment, request: ReportRequest = PERIOD) -> Report:
    with vault.reader() as session:
        return build_report(session, request, deployment=deployment, now=NOW)


def table(view: ReportView) -> dict[Any, dict[str, Any]]:
    """First cell of each row → {column key: cell}."""
    return {row.cells[0]: {c.key: row.cells[i] for i, c in enumerate(view.columns)} for row in view.rows}


def test_every_view_in_order(small_vault: Vault, deployment: Deployment) -> None:
    report = report_of(small_vault, deployment)
    assert [v.id for v in report.views] == list(ViewId)
    assert report.district_name == deployment.district_name and report.threshold == 5
    assert report.notes[0] == "Zeitraum: 01.01.2026 bis 28.02.2026"


def test_overview(small_vault: Vault, deployment: Deployment) -> None:
    view = report_of(small_vault, deployment).view(ViewId.OVERVIEW)
    rows = table(view)
    assert list(rows) == ["Königswinter", "Troisdorf", "Windeck", "Insgesamt"]  # deployment order
    assert rows["Königswinter"] == {
        "municipality": "Königswinter",
        "consultations": 4,
        "people": 2,
        "new_cases": 1,
        "closed_cases": 1,
        "active_cases": 1,
        "interpreter": 2,
        "referrals": 2,
    }
    assert rows["Troisdorf"] == {
        "municipality": "Troisdorf",
        "consultations": 2,
        "people": 2,
        "new_cases": 1,
        "closed_cases": 0,
        "active_cases": 1,
        "interpreter": 1,
        "referrals": 0,
    }
    assert rows["Windeck"]["consultations"] == 1 and rows["Windeck"]["active_cases"] == 1
    # P-0001 was seen in Königswinter and in Troisdorf: counted in each, once in all.
    assert rows["Insgesamt"] == {
        "municipality": "Insgesamt",
        "consultations": 7,
        "people": 4,
        "new_cases": 3,
        "closed_cases": 1,
        "active_cases": 3,
        "interpreter": 3,
        "referrals": 2,
    }
    assert view.rows[-1].total and not view.rows[0].total


def test_months_and_cross_table(small_vault: Vault, deployment: Deployment) -> None:
    report = report_of(small_vault, deployment)
    months = table(report.view(ViewId.MONTHS))
    assert months["01/2026"] == {
        "month": "01/2026",
        "consultations": 4,
        "new_cases": 2,
        "closed_cases": 0,
        "interpreter": 2,
    }
    assert months["02/2026"] == {
        "month": "02/2026",
        "consultations": 3,
        "new_cases": 1,
        "closed_cases": 1,
        "interpreter": 1,
    }
    assert months["Insgesamt"]["consultations"] == 7
    cross = report.view(ViewId.CONSULTATIONS)
    assert [c.title for c in cross.columns] == ["Kommune", "01/2026", "02/2026", "Insgesamt"]
    assert [row.cells for row in cross.rows] == [
        ("Königswinter", 3, 1, 4),
        ("Troisdorf", 0, 2, 2),
        ("Windeck", 1, 0, 1),
        ("Insgesamt", 4, 3, 7),
    ]
    month_selector = cross.rows[0].selector(2)
    assert month_selector is not None and dict(month_selector.criteria) == {
        "municipality": KW,
        "month": "2026-02",
    }


def test_active_cases_by_phase_at_the_period_end(small_vault: Vault, deployment: Deployment) -> None:
    view = report_of(small_vault, deployment).view(ViewId.CASES)
    assert [c.title for c in view.columns] == [
        "Kommune",
        "Erstkontakt/Clearing",
        "Assessment",
        "Hilfeplanung",
        "Umsetzung/Monitoring",
        "Evaluation",
        "Insgesamt",
    ]
    # K1 is in monitoring today, but was in planning on 28.02. (its phase history).
    assert [row.cells for row in view.rows] == [
        ("Königswinter", 0, 0, 1, 0, 0, 1),
        ("Troisdorf", 0, 1, 0, 0, 0, 1),
        ("Windeck", 1, 0, 0, 0, 0, 1),
        ("Insgesamt", 1, 1, 1, 0, 0, 3),
    ]


def test_case_managers_with_names_teams_and_last_import(small_vault: Vault, deployment: Deployment) -> None:
    rows = table(report_of(small_vault, deployment).view(ViewId.CASE_MANAGERS))
    assert list(rows) == ["Anna Beispiel", "Ben Muster", "Gerät cccccccc", "Insgesamt"]
    assert rows["Anna Beispiel"] == {
        "case_manager": "Anna Beispiel",
        "team": "Team 1 – Rhein-Sieg-Kreis",
        "consultations": 5,
        "new_cases": 1,
        "closed_cases": 1,
        "active_cases": 1,
        "last_import": (NOW - dt.timedelta(days=2)).astimezone().date(),
    }
    assert rows["Ben Muster"]["consultations"] == 1
    assert rows["Ben Muster"]["team"] == "Team 10 – Stadt Troisdorf"
    assert rows["Gerät cccccccc"]["last_import"] is None and rows["Gerät cccccccc"]["active_cases"] == 1
    assert rows["Insgesamt"]["consultations"] == 7


def test_label_views(small_vault: Vault, deployment: Deployment) -> None:
    report = report_of(small_vault, deployment)
    domains = {
        label: count for label, count, _ in (r.cells for r in report.view(ViewId.LEGAL_DOMAINS).rows) if count
    }
    assert domains == {"SGB II": 2, "SGB III": 1, "AufenthG": 3}
    topics = [r.cells for r in report.view(ViewId.TOPICS).rows]
    assert topics == [
        ("Aufenthalt", 2, 28.6),
        ("Wohnen", 2, 28.6),
        ("Arbeit / Ausbildung", 1, 14.3),
        ("Gesundheit", 1, 14.3),
    ]
    assert report.view(ViewId.TOPICS).note  # several topics per consultation
    contact = {r.cells[0]: r.cells[1] for r in report.view(ViewId.CONTACT_TYPES).rows}
    assert contact["persönlich"] == 4 and contact["telefonisch"] == 2 and contact["Hausbesuch"] == 1
    assert contact["Insgesamt"] == 7
    assert [r.cells for r in report.view(ViewId.INTERPRETERS).rows] == [
        ("mit Dolmetschung", 3, 42.9),
        ("ohne Dolmetschung", 4, 57.1),
        ("Insgesamt", 7, 100.0),
    ]
    assert [r.cells[:2] for r in report.view(ViewId.REFERRALS).rows] == [
        ("Jobcenter", 2),
        ("Ausländerbehörde", 1),
    ]


def test_escalations_of_the_period_by_status(small_vault: Vault, deployment: Deployment) -> None:
    rows = table(report_of(small_vault, deployment).view(ViewId.ESCALATIONS))
    assert rows["übermittelt"]["count"] == 1 and rows["übermittelt"]["affected_cases"] == 2
    assert rows["in Prüfung (Geschäftsstelle)"]["count"] == 1
    assert rows["in Prüfung (Geschäftsstelle)"]["affected_cases"] == 3
    assert rows["Insgesamt"]["count"] == 2 and rows["Insgesamt"]["affected_cases"] == 5
    only_td = ReportRequest(PERIOD.period_from, PERIOD.period_to, municipalities=frozenset({TD}))
    assert (
        table(report_of(small_vault, deployment, only_td).view(ViewId.ESCALATIONS))["Insgesamt"]["count"] == 1
    )


@pytest.mark.parametrize(
    ("filters", "consultations", "active"),
    [
        ({"municipalities": frozenset({KW})}, 4, 1),
        ({"case_managers": frozenset({DEV_A})}, 5, 1),
        ({"teams": frozenset({10})}, 1, 1),  # B's device team, not the municipality: c3 in Troisdorf is A's
        ({"teams": frozenset({3})}, 1, 1),  # C is unregistered: its municipality's team
    ],
)
def test_filters(
    small_vault: Vault, deployment: Deployment, filters: dict[str, Any], consultations: int, active: int
) -> None:
    request = ReportRequest(PERIOD.period_from, PERIOD.period_to, **filters)
    total = table(report_of(small_vault, deployment, request).view(ViewId.OVERVIEW))["Insgesamt"]
    assert (total["consultations"], total["active_cases"]) == (consultations, active)


def test_every_count_cell_has_a_selector_internally(small_vault: Vault, deployment: Deployment) -> None:
    report = report_of(small_vault, deployment)
    for view in report.views:
        for row in view.rows:
            for i, column in enumerate(view.columns):
                if column.kind == "count" and column.key not in ("people", "affected_cases"):
                    assert row.selector(i) is not None, (view.id, column.key)


def test_external_report_is_pseudonymised_and_suppressed(small_vault: Vault, deployment: Deployment) -> None:
    request = ReportRequest(PERIOD.period_from, PERIOD.period_to, external=True)
    report = report_of(small_vault, deployment, request)
    everything = [cell for view in report.views for row in view.rows for cell in row.cells]
    assert not any(row.selectors for view in report.views for row in view.rows)
    assert not {"Anna Beispiel", "Ben Muster"} & {str(c) for c in everything}
    assert not any(isinstance(c, int) and 0 < c < 5 for c in everything)
    teams = table(report.view(ViewId.CASE_MANAGERS))
    assert list(teams) == [
        "Team 1 – Rhein-Sieg-Kreis",
        "Team 3 – Rhein-Sieg-Kreis",
        "Team 10 – Stadt Troisdorf",
        "Insgesamt",
    ]
    overview = table(report.view(ViewId.OVERVIEW))
    assert overview["Königswinter"]["consultations"] == "<5"
    # the same total as the overview's: the teams view adds nothing to what the overview publishes
    assert teams["Insgesamt"]["consultations"] == overview["Insgesamt"]["consultations"]
    assert "people" not in overview["Insgesamt"]
    assert {f.label for f in report.freshness} == {"Team 1 – Rhein-Sieg-Kreis", "Team 10 – Stadt Troisdorf"}
    assert any("<5" in note for note in report.notes)


def test_same_numbers_are_protected_alike_in_every_view(small_vault: Vault, deployment: Deployment) -> None:
    request = ReportRequest(PERIOD.period_from, PERIOD.period_to, external=True)
    report = report_of(small_vault, deployment, request)
    overview = table(report.view(ViewId.OVERVIEW))
    cross = table(report.view(ViewId.CONSULTATIONS))
    cases = table(report.view(ViewId.CASES))
    for place in ("Königswinter", "Troisdorf", "Windeck", "Insgesamt"):
        assert overview[place]["consultations"] == cross[place]["total"]
        assert overview[place]["active_cases"] == cases[place]["total"]


def test_reversed_period_is_rejected(small_vault: Vault, deployment: Deployment) -> None:
    with pytest.raises(InputRejected) as caught:
        report_of(small_vault, deployment, ReportRequest(dt.date(2026, 3, 1), dt.date(2026, 2, 1)))
    assert "Zeitraum" in caught.value.message()


def test_several_years_and_an_empty_period(small_vault: Vault, deployment: Deployment) -> None:
    report = report_of(small_vault, deployment, ReportRequest(dt.date(2020, 1, 1), dt.date(2027, 12, 31)))
    assert len(report.view(ViewId.CONSULTATIONS).columns) == 2 + 8 * 12
    assert table(report.view(ViewId.OVERVIEW))["Insgesamt"]["consultations"] == 9  # c1–c7, before, after
    empty = report_of(small_vault, deployment, ReportRequest(dt.date(2019, 1, 1), dt.date(2019, 1, 31)))
    assert [row.cells for row in empty.view(ViewId.OVERVIEW).rows] == [("Insgesamt", 0, 0, 0, 0, 0, 0, 0)]
    external = ReportRequest(dt.date(2019, 1, 1), dt.date(2019, 1, 31), external=True)
    assert report_of(small_vault, deployment, external).view(ViewId.CONSULTATIONS).rows[-1].cells == (
        "Insgesamt",
        0,
        0,
    )


def test_a_case_managers_vault_counts_only_its_own_cases(vault: Vault, deployment: Deployment) -> None:
    with vault.transaction() as s:
        own = s.info[DEVICE_KEY]
        client = Client(id=uuid.uuid4(), pseudonym="P-1")
        s.add(client)
        s.flush()
        mine = Case(
            id=uuid.uuid4(),
            client_id=client.id,
            owner_device_id=own,
            municipality_ags=KW,
            focus="general",
            phase="clearing",
            opened_on=D(2026, 1, 3),
        )
        other = Case(
            id=uuid.uuid4(),
            client_id=client.id,
            owner_device_id=DEV_B,
            municipality_ags=KW,
            focus="general",
            phase="clearing",
            opened_on=D(2026, 1, 3),
        )
        s.add_all([mine, other])
        s.flush()
        s.add_all(
            [
                _consultation(mine, D(2026, 1, 4), KW, "phone"),
                _consultation(other, D(2026, 1, 4), KW, "phone"),
            ]
        )
    report = report_of(vault, deployment)
    assert table(report.view(ViewId.OVERVIEW))["Insgesamt"]["consultations"] == 1
    names = table(report.view(ViewId.CASE_MANAGERS))
    assert "Test Nutzerin" in names and names["Test Nutzerin"]["consultations"] == 1
    assert [f.label for f in report.freshness] == ["Test Nutzerin"]


def test_selectors_name_their_subject(small_vault: Vault, deployment: Deployment) -> None:
    report = report_of(small_vault, deployment)
    overview = report.view(ViewId.OVERVIEW)
    selector = overview.rows[0].selector(overview.column_index("new_cases"))
    assert selector is not None and selector.subject is Subject.CASES
    assert dict(selector.criteria) == {"case_state": "new", "municipality": KW}


def test_external_teams_follow_the_protected_municipalities(small_vault: Vault,
                                                            deployment: Deployment) -> None:
    # A team's number was counted by the device's team: a team of one municipality then showed the
    # municipality's hidden count, and a team's total minus its shown municipalities gave the rest.
    report = report_of(small_vault, deployment, ReportRequest(PERIOD.period_from, PERIOD.period_to,
                                                              external=True))
    overview = table(report.view(ViewId.OVERVIEW))
    teams = table(report.view(ViewId.CASE_MANAGERS))
    names = {m.ags: m.name for m in deployment.municipalities}
    for team in deployment.teams:
        label = f"Team {team.number} – {team.employer}"
        if label not in teams:
            continue
        mine = [overview[names[a]] for a in team.municipalities if names[a] in overview]
        for key in ("consultations", "new_cases", "closed_cases", "active_cases"):
            values = [row[key] for row in mine]
            if all(isinstance(v, int) for v in values):
                assert teams[label][key] == sum(values), (label, key)
            else:
                assert teams[label][key] in ("<5", "x"), (label, key)
            if len(values) == 1:
                assert teams[label][key] == values[0], (label, key)
    assert set(teams) <= {f"Team {t.number} – {t.employer}" for t in deployment.teams} | {"ohne Team",
                                                                                        "Insgesamt"}


def test_team_cell_marker_follows_from_the_municipalities() -> None:
    assert team_cell([10, 0, 7], 17, 5) == 17
    assert team_cell(["<5"], 3, 5) == "<5"
    assert team_cell(["<5", 0], 3, 5) == "<5"
    assert team_cell(["<5", "x"], 3, 5) == "x"  # "<5" would tell that the "x" is 0
    assert team_cell(["<5", "<5"], 4, 5) == "x"  # "<5" would narrow both to 1 … 3
    assert team_cell(["x", 20], 30, 5) == "x"


def test_internal_legal_domains_leave_out_an_empty_other_row(small_vault: Vault,
                                                             deployment: Deployment) -> None:
    view = report_of(small_vault, deployment).view(ViewId.LEGAL_DOMAINS)
    assert all(row.cells[0] != "–" for row in view.rows)
