"""Drill-down: every number of every view of the small vault lists exactly that many records,
pseudonymised, and nothing personal."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kim_desktop.config.deployment import Deployment, load_deployment
from kim_desktop.errors import InputRejected
from kim_desktop.reports.drill_down import drill_down
from kim_desktop.reports.report_builder import build_report
from kim_desktop.reports.report_model import ReportRequest, Selector, Subject, ViewId
from kim_desktop.storage.vault import Vault
from tests.coordinator_helpers import new_coordinator_vault
from tests.reports.test_report_builder import DEV_A, KW, NOW, PERIOD, fill_small_vault


@pytest.fixture
def deployment() -> Deployment:
    return load_deployment()


@pytest.fixture
def small_vault(tmp_path: Path):  # type: ignore[no-untyped-def]
    with new_coordinator_vault(tmp_path) as vault:
        fill_small_vault(vault)
        yield vault


@pytest.mark.parametrize(
    "request_",
    [
        PERIOD,
        ReportRequest(PERIOD.period_from, PERIOD.period_to, municipalities=frozenset({KW})),
        ReportRequest(PERIOD.period_from, PERIOD.period_to, teams=frozenset({10, 3})),
        ReportRequest(dt.date(2025, 12, 1), dt.date(2026, 3, 31)),
    ],
    ids=["period", "municipality", "teams", "four-months"],
)
def test_every_cell_lists_as_many_rows_as_it_counts(
    small_vault: Vault, deployment: Deployment, request_: ReportRequest
) -> None:
    checked = 0
    with small_vault.reader() as session:
        report = build_report(session, request_, deployment=deployment, now=NOW)
        for view in report.views:
            for row in view.rows:
                for index, cell in enumerate(row.cells):
                    selector = row.selector(index)
                    if selector is None:
                        continue
                    listed = drill_down(session, request_, selector, deployment=deployment)
                    assert len(listed.rows) == cell, (view.id, row.cells[0], view.columns[index].key)
                    assert all(len(r) == len(listed.columns) for r in listed.rows)
                    checked += 1
    assert checked > 50


def test_consultation_list_is_pseudonymised(small_vault: Vault, deployment: Deployment) -> None:
    selector = Selector(Subject.CONSULTATIONS, (("municipality", KW), ("interpreter", "yes")))
    with small_vault.reader() as session:
        listed = drill_down(session, PERIOD, selector, deployment=deployment)
    assert [c.title for c in listed.columns] == [
        "Pseudonym",
        "Datum",
        "Kommune",
        "Case Manager",
        "Kontaktart",
        "Dauer (Min.)",
        "Themen",
        "Rechtskreise",
        "Dolmetschung",
    ]
    assert listed.rows == (
        ("P-0002", dt.date(2026, 1, 5), "Königswinter", "Anna Beispiel", "Hausbesuch", 45, "", "", "ja"),
        (
            "P-0001",
            dt.date(2026, 1, 10),
            "Königswinter",
            "Anna Beispiel",
            "persönlich",
            45,
            "Wohnen",
            "AufenthG, SGB II",
            "ja",
        ),
    )
    text = repr(listed)
    for marker in ("Namemarker", "Zuname", "Notizmarker", "Schrittmarker", "Ortmarker", "Arabisch", "Farsi"):
        assert marker not in text


def test_case_and_escalation_lists(small_vault: Vault, deployment: Deployment) -> None:
    with small_vault.reader() as session:
        cases = drill_down(
            session,
            PERIOD,
            Selector(Subject.CASES, (("case_state", "active"), ("device", DEV_A))),
            deployment=deployment,
        )
        escalations = drill_down(
            session, PERIOD, Selector(Subject.ESCALATIONS, (("status", "in-review"),)), deployment=deployment
        )
    assert [c.title for c in cases.columns] == [
        "Pseudonym",
        "Kommune",
        "Phase",
        "eröffnet",
        "abgeschlossen",
        "Case Manager",
    ]
    assert cases.rows == (
        ("P-0001", "Königswinter", "Hilfeplanung", dt.date(2025, 11, 10), None, "Anna Beispiel"),
    )
    assert [c.title for c in escalations.columns] == ["Titel", "Status", "Kommunen", "Fälle", "übermittelt"]
    assert escalations.rows == (
        (
            "Wartezeiten Ausländerbehörde",
            "in Prüfung (Geschäftsstelle)",
            "Königswinter",
            3,
            dt.date(2026, 2, 2),
        ),
    )


def test_external_reports_and_unknown_criteria_are_refused(
    small_vault: Vault, deployment: Deployment
) -> None:
    external = ReportRequest(PERIOD.period_from, PERIOD.period_to, external=True)
    with small_vault.reader() as session:
        with pytest.raises(InputRejected):
            drill_down(session, external, Selector(Subject.CONSULTATIONS), deployment=deployment)
        with pytest.raises(InputRejected):
            drill_down(
                session, PERIOD, Selector(Subject.CONSULTATIONS, (("name", "x"),)), deployment=deployment
            )
        with pytest.raises(InputRejected):
            drill_down(
                session,
                ReportRequest(dt.date(2026, 2, 1), dt.date(2026, 1, 1)),
                Selector(Subject.CONSULTATIONS),
                deployment=deployment,
            )


def test_a_total_lists_every_consultation_of_the_period(small_vault: Vault, deployment: Deployment) -> None:
    with small_vault.reader() as session:
        report = build_report(session, PERIOD, deployment=deployment, now=NOW)
        overview = report.view(ViewId.OVERVIEW)
        selector = overview.rows[-1].selector(overview.column_index("consultations"))
        assert selector is not None
        listed = drill_down(session, PERIOD, selector, deployment=deployment)
    assert [r[1] for r in listed.rows] == sorted(r[1] for r in listed.rows)
    assert len(listed.rows) == 7
