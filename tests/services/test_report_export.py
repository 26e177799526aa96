"""export_report on a coordinator's vault: every format written with its audit entry, and no client
name, note or place can get into a file, not even into the internal form."""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, update

from kim_desktop.config.deployment import load_deployment
from kim_desktop.domain.audit_actions import action_label
from kim_desktop.errors import InputRejected
from kim_desktop.reports.report_model import ReportRequest, ViewId
from kim_desktop.services.demo_data import fill_demo_data
from kim_desktop.services.report_export import ReportFormat, export_report
from kim_desktop.storage.consultation_tables import Client, Consultation
from kim_desktop.storage.schema import AuditEntry
from kim_desktop.storage.vault import Vault
from tests.coordinator_helpers import new_coordinator_vault

PLANTED = ("Zoltanbert", "Geheimnachname", "Hinterhofgasse", "Vertraulichnotiz", "0170-5550123")
TODAY = dt.date(2026, 11, 25)
YEAR = ReportRequest(dt.date(2026, 1, 1), dt.date(2026, 12, 31))


@pytest.fixture
def coordinator(tmp_path: Path) -> Iterator[Vault]:
    vault = new_coordinator_vault(tmp_path)
    fill_demo_data(vault, 150, seed=3, deployment=load_deployment(), today=TODAY)
    with vault.transaction() as session:  # what must never leave: names, contact data, notes, places
        session.execute(update(Client).values(first_name=PLANTED[0], last_name=PLANTED[1], address=PLANTED[2],
                                              notes=PLANTED[3], phone=PLANTED[4]))
        session.execute(update(Consultation).values(notes=PLANTED[3], place=PLANTED[2],
                                                    next_steps=PLANTED[0]))
    yield vault
    vault.close()


def file_text(path: Path) -> str:
    if path.suffix == ".xlsx":
        with zipfile.ZipFile(path) as archive:
            return " ".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist())
    if path.suffix == ".pdf":
        return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                              check=True).stdout.decode("utf-8")
    return path.read_bytes().decode("utf-8-sig")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext missing")
@pytest.mark.parametrize("external", [False, True])
def test_no_planted_personal_data_in_any_file(coordinator: Vault, tmp_path: Path, external: bool) -> None:
    deployment = load_deployment()
    request = ReportRequest(YEAR.period_from, YEAR.period_to, external=external)
    written = [export_report(coordinator, request, fmt, tmp_path / f"r.{fmt}.{suffix}", deployment=deployment)
               for fmt, suffix in (("xlsx", "xlsx"), ("pdf", "pdf"), ("status", "pdf"))]
    written += [export_report(coordinator, request, "csv", tmp_path / f"{view}.csv", deployment=deployment,
                              view=view) for view in ViewId]
    pseudonyms = set()
    with coordinator.reader() as session:
        pseudonyms = set(session.scalars(select(Client.pseudonym)))
    for path in written:
        text = file_text(path)
        assert "Insgesamt" in text or path.suffix == ".csv", path  # the file has its tables
        for planted in PLANTED:
            assert planted not in text, (path, planted)
        if external:
            assert not any(p in text for p in pseudonyms), path
    with coordinator.reader() as session:
        done = list(session.scalars(select(AuditEntry.action).where(AuditEntry.action.startswith("report."))))
    assert done == ["report.exported.xlsx", "report.exported.pdf", "report.exported.status",
                    *["report.exported.csv"] * len(ViewId)]


def test_csv_of_the_overview_matches_the_vault(coordinator: Vault, tmp_path: Path) -> None:
    target = export_report(coordinator, YEAR, "csv", tmp_path / "overview.csv", deployment=load_deployment())
    rows = list(csv.reader(io.StringIO(target.read_bytes().decode("utf-8-sig"), newline=""), delimiter=";"))
    with coordinator.reader() as session:
        held = [d for d in session.scalars(select(Consultation.held_on)) if d.year == 2026]
    total = next(r for r in rows if r[0] == "Insgesamt")
    assert int(total[1]) == len(held)


def test_refusals_leave_no_file_and_no_entry(coordinator: Vault, tmp_path: Path) -> None:
    target = tmp_path / "x.docx"
    with pytest.raises(InputRejected, match="Unbekanntes Format"):
        export_report(coordinator, YEAR, "docx", target, deployment=load_deployment())
    with pytest.raises(InputRejected, match="Unbekannte Ansicht"):
        export_report(coordinator, YEAR, "csv", target, deployment=load_deployment(), view="names")
    assert not target.exists()
    with coordinator.reader() as session:
        found = select(AuditEntry.action).where(AuditEntry.action.startswith("report."))
        assert session.scalar(found) is None


def test_audit_actions_have_german_labels() -> None:
    for fmt in ReportFormat:
        assert action_label(fmt.audit_action) != fmt.audit_action
