"""Freshness: when the Kreis last heard from each case manager's laptop, and when that is stale."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from kim_desktop.config.deployment import Deployment, load_deployment
from kim_desktop.reports.report_freshness import freshness, is_stale
from kim_desktop.reports.report_model import ReportRequest
from kim_desktop.storage import audit
from kim_desktop.storage.sync_tables import SyncDevice
from kim_desktop.storage.vault import Vault
from tests.coordinator_helpers import new_coordinator_vault
from tests.reports.test_report_builder import DEV_A, DEV_B, NOW, PERIOD, fill_small_vault

UTC = dt.UTC


@pytest.fixture
def deployment() -> Deployment:
    return load_deployment()


@pytest.mark.parametrize(
    ("last", "period_to", "stale"),
    [
        (None, dt.date(2026, 2, 28), True),
        (NOW - dt.timedelta(days=2), dt.date(2026, 2, 28), False),
        (NOW - dt.timedelta(days=13), dt.date(2026, 2, 1), False),
        (NOW - dt.timedelta(days=15), dt.date(2026, 2, 1), True),  # older than 14 days
        (
            dt.datetime(2026, 3, 1, 12, tzinfo=UTC),
            dt.date(2026, 3, 3),
            True,
        ),  # before the end of a past period
        (
            dt.datetime(2026, 3, 4, 12, tzinfo=UTC),
            dt.date(2026, 12, 31),
            False,
        ),  # the period runs on: 14 days rule
    ],
)
def test_stale_rules(last: dt.datetime | None, period_to: dt.date, stale: bool) -> None:
    assert is_stale(last, period_to, NOW) is stale


def test_coordinator_vault_lists_trusted_case_manager_devices(tmp_path: Path, deployment: Deployment) -> None:
    with new_coordinator_vault(tmp_path) as vault:
        fill_small_vault(vault)
        with vault.transaction() as s:
            s.add(
                SyncDevice(
                    device_id="dddddddd-0000-4000-8000-000000000004",
                    signing_key="k",
                    fingerprint="f",
                    age_recipient="a",
                    owner="Revoked Laptop",
                    role="case-manager",
                    team=2,
                    status="revoked",
                    first_seen_at=NOW,
                )
            )
        with vault.reader() as session:
            entries = freshness(session, PERIOD, deployment, NOW)
            external = freshness(
                session, ReportRequest(PERIOD.period_from, PERIOD.period_to, external=True), deployment, NOW
            )
            only_b = freshness(
                session,
                ReportRequest(PERIOD.period_from, PERIOD.period_to, teams=frozenset({10})),
                deployment,
                NOW,
            )
    assert [(f.label, f.device_id, f.team, f.stale) for f in entries] == [
        ("Anna Beispiel", DEV_A, 1, False),
        ("Ben Muster", DEV_B, 10, True),
    ]
    assert entries[0].last_package_at == NOW - dt.timedelta(days=2)
    assert [(f.label, f.device_id, f.team, f.stale) for f in external] == [
        ("Team 1 – Rhein-Sieg-Kreis", "", 1, False), ("Team 10 – Stadt Troisdorf", "", 10, True)]
    # the day only, not the moment of a person's last import
    assert external[0].last_package_at == entries[0].last_package_at.astimezone().date()
    assert not isinstance(external[0].last_package_at, dt.datetime)
    assert [f.device_id for f in only_b] == [DEV_B]


def test_case_managers_vault_reports_its_own_last_export(vault: Vault, deployment: Deployment) -> None:
    with vault.reader() as session:
        (never,) = freshness(session, PERIOD, deployment, NOW)
    # the own data is complete on the own laptop: not stale, even before the first export
    assert never.label == "Test Nutzerin" and never.last_package_at is None and not never.stale
    with vault.transaction() as s:
        audit.record(s, "sync.exported", record_type="package", record_id="p1")
    with vault.reader() as session:
        (own,) = freshness(session, PERIOD, deployment, dt.datetime.now(UTC))
    assert own.device_id == vault.profile.device_id and own.last_package_at is not None
    assert dt.datetime.now(UTC) - own.last_package_at < dt.timedelta(minutes=5)


def test_a_coordinators_demo_vault_names_its_made_up_laptops(tmp_path: Path, deployment: Deployment) -> None:
    from kim_desktop.services.demo_data import fill_demo_data
    from kim_desktop.sync.keys import parse_recipient, parse_signing_key

    today = dt.date.today()
    with new_coordinator_vault(tmp_path) as vault:
        fill_demo_data(vault, 150, seed=2, deployment=deployment, today=today)
        fill_demo_data(vault, 20, seed=3, deployment=deployment, today=today)  # a second fill adds no device
        with vault.reader() as session:
            entries = freshness(
                session, ReportRequest(today - dt.timedelta(days=90), today), deployment, dt.datetime.now(UTC)
            )
            rows = list(session.scalars(select(SyncDevice)))
    teams = {f.team for f in entries if f.team is not None}
    assert teams == {t.number for t in deployment.teams}
    assert len(rows) == len(entries) and all(not f.label.startswith("Gerät") for f in entries)
    stale = [f for f in entries if f.stale]
    assert len(stale) == 1 and stale[0].team is not None  # one team last heard from over two weeks ago
    for row in rows:  # keys as an import registers them: exports of feedback can use them
        parse_signing_key(row.signing_key)
        parse_recipient(row.age_recipient)
        assert row.status == "trusted" and row.role == "case-manager"


def test_external_freshness_is_one_line_per_team_with_its_oldest_day(tmp_path: Path,
                                                                    deployment: Deployment) -> None:
    external = ReportRequest(PERIOD.period_from, PERIOD.period_to, external=True)
    with new_coordinator_vault(tmp_path) as vault:
        fill_small_vault(vault)
        with vault.transaction() as s:
            for n, (team, days) in enumerate([(1, 5), (1, 20), (None, 1)]):
                s.add(SyncDevice(device_id=f"eeeeeeee-0000-4000-8000-00000000000{n}", signing_key=f"k{n}",
                                 fingerprint=f"f{n}", age_recipient=f"a{n}", owner=f"Person {n}",
                                 role="case-manager", team=team, status="trusted", first_seen_at=NOW,
                                 last_package_at=NOW - dt.timedelta(days=days)))
        with vault.reader() as session:
            entries = freshness(session, external, deployment, NOW)
    assert [(f.label, f.team, f.stale) for f in entries] == [
        ("Team 1 – Rhein-Sieg-Kreis", 1, True),  # one of its laptops is 20 days behind
        ("Team 10 – Stadt Troisdorf", 10, True),
        ("ohne Team", None, False),
    ]
    assert entries[0].last_package_at == (NOW - dt.timedelta(days=20)).astimezone().date()
    assert all(f.device_id == "" for f in entries)
    assert not any("Person" in f.label for f in entries)


def test_own_vault_report_does_not_call_its_own_data_incomplete(vault: Vault, deployment: Deployment) -> None:
    from kim_desktop.reports.report_builder import build_report

    with vault.reader() as session:
        report = build_report(session, PERIOD, deployment=deployment, now=NOW)
    assert not any(f.stale for f in report.freshness)
    assert not any("unvollständig" in note for note in report.notes)


def test_writers_take_a_teams_day(tmp_path: Path, deployment: Deployment) -> None:
    import io

    from openpyxl import load_workbook

    from kim_desktop.reports.report_builder import build_report
    from kim_desktop.reports.report_pdf import render_pdf
    from kim_desktop.reports.report_xlsx import render_xlsx

    with new_coordinator_vault(tmp_path) as vault:
        fill_small_vault(vault)
        with vault.reader() as session:
            report = build_report(session, ReportRequest(PERIOD.period_from, PERIOD.period_to, external=True),
                                  deployment=deployment, now=NOW)
    day = report.freshness[0].last_package_at
    assert day is not None and not isinstance(day, dt.datetime)
    cover = load_workbook(io.BytesIO(render_xlsx(report))).worksheets[0]
    found = [c.value for row in cover.iter_rows() for c in row if isinstance(c.value, dt.datetime)]
    assert dt.datetime.combine(day, dt.time()) in found  # a date cell, no time of day
    assert render_pdf(report).startswith(b"%PDF")
