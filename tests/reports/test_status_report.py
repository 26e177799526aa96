"""The Sachstandsbericht: only from an external report; teams and municipalities from the
deployment, caseload per team, the months, legal domains, escalations; "<5" quoted as it is."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from kim_desktop.config.deployment import load_deployment
from kim_desktop.errors import InputRejected
from kim_desktop.reports.report_model import ViewId
from kim_desktop.reports.status_report import write_status_report
from tests.reports.report_samples import sample_report
from tests.reports.test_report_pdf import pdf_text, words_outside

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) missing")


def test_internal_report_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "sachstand.pdf"
    with pytest.raises(InputRejected, match="Weitergabe") as caught:
        write_status_report(sample_report(external=False), load_deployment(), target)
    assert caught.value.field == "external"
    assert not target.exists()


def test_structure_teams_and_numbers(tmp_path: Path) -> None:
    deployment = load_deployment()
    target = tmp_path / "sachstand.pdf"
    write_status_report(sample_report(external=True), deployment, target)
    text = pdf_text(target)
    assert f"Sachstandsbericht Kommunales Integrationsmanagement – {deployment.district_name}" in text
    assert "Vorbemerkungen" in text and "01.01.2026 – 31.12.2026" in text
    headings = ["1. Teams und Kommunen des Case Managements", "2. Fallzahlen und Beratungen je Team",
                "3. Beratungen und Fälle im Verlauf", "4. Rechtskreise und Themen der Beratungen",
                "5. Strukturelle Problemlagen: Meldungen an die Lenkungsgruppe"]
    positions = [text.index(h) for h in headings]
    assert positions == sorted(positions)
    team = deployment.teams[0]  # the sample report asks for teams 1 and 2
    names = ", ".join(deployment.municipality(ags).name for ags in team.municipalities)
    assert names in text and team.employer in text
    places = len({*deployment.teams[0].municipalities, *deployment.teams[1].municipalities})
    assert f"(Teams: 2, Kommunen: {places})" in text
    assert "insgesamt 1.244 Beratungen" in text  # the overview's total row
    assert "wurden 17 Meldungen" in text  # the escalations' total row
    assert "<5" in text and "veraltet" in text
    assert words_outside(target) == []


def test_suppressed_totals_are_quoted_as_shown(tmp_path: Path) -> None:
    report = sample_report(external=True)
    escalations = report.view(ViewId.ESCALATIONS)
    rows = tuple(replace(r, cells=(r.cells[0], "<5")) if r.total else r for r in escalations.rows)
    views = tuple(replace(v, rows=rows) if v.id is ViewId.ESCALATIONS else v for v in report.views)
    target = tmp_path / "sachstand.pdf"
    write_status_report(replace(report, views=views), load_deployment(), target)
    assert "wurden <5 Meldungen" in pdf_text(target)


def test_only_the_chosen_teams(tmp_path: Path) -> None:
    deployment = load_deployment()
    report = sample_report(external=True)
    chosen = replace(report, request=replace(report.request, teams=frozenset({deployment.teams[1].number})))
    target = tmp_path / "sachstand.pdf"
    write_status_report(chosen, deployment, target)
    text = pdf_text(target)
    assert "(Teams: 1, Kommunen" in text
    first = deployment.municipality(deployment.teams[0].municipalities[0]).name
    assert first not in text.split("2. Fallzahlen")[0].split("1. Teams")[1]


def test_without_views_it_still_has_its_frame(tmp_path: Path) -> None:
    report = replace(sample_report(external=True), views=())
    target = tmp_path / "leer.pdf"
    write_status_report(report, load_deployment(), target)
    text = pdf_text(target)
    assert "1. Teams und Kommunen" in text and "(Teams: 2," in text
    assert "Fallzahlen" not in text
