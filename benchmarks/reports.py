"""Coordinator reports with 100 000 consultations (issue 8): the overview for a year ≤ 1 s, the XLSX
of all views ≤ 5 s.

Set-up (not timed): a coordinator vault of the shipped configuration filled with 100 000 demo
consultations of every team (`fill_demo_data` on a coordinator vault spreads them over the district
and registers one made-up case-manager device per team); the demo data ends today, so the year
before today holds most of them.

- report for a year: `build_report` for the last 12 months, all views, in one read session, as the
  dashboard asks for it. Baseline: a raw `SELECT` of the consultation columns the report counts for
  the same period, fetched as tuples over the vault's own connection (no grouping, no cases).
- report over every consultation: the same with the period stretched over all 100 000 (the demo
  data spans more than two years), the harder reading of "100 000 consultations".
- XLSX of all views: `export_report(…, "xlsx", …)` as the CLI and the GUI call it (the report is
  built again, written, audited). Baseline: openpyxl writing a workbook with the same number of
  plain number cells, one sheet.
"""

from __future__ import annotations

import datetime as dt
import io
import time
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.core import BENCH_PASSWORD, Context, Row, median

if TYPE_CHECKING:
    from kim_desktop.config.deployment import Deployment

CONSULTATIONS = 100_000
SEED = 8


def _coordinator_vault(ctx: Context) -> tuple[Path, Deployment]:
    from kim_desktop.config.deployment import default_file, load_deployment
    from kim_desktop.services.demo_data import fill_demo_data
    from kim_desktop.services.vault_setup import create_vault

    deployment = load_deployment(default_file())
    path = ctx.fresh_dir("reports") / "coordinator.kimvault"
    with create_vault(path, BENCH_PASSWORD, role="coordinator", name="Benchmark Koordination", team=None,
                      deployment=deployment) as vault:
        fill_demo_data(vault, CONSULTATIONS, seed=SEED, deployment=deployment)
    return path, deployment


def _year_request(today: dt.date):  # -> ReportRequest
    from kim_desktop.reports.report_model import ReportRequest

    start = (today.replace(day=1) - dt.timedelta(days=335)).replace(day=1)
    return ReportRequest(period_from=start, period_to=today)


def _whole_request(vault):  # noqa: ANN001, ANN202 - a Vault; returns a ReportRequest
    from kim_desktop.reports.report_model import ReportRequest

    with closing(vault.raw_connection()) as conn:
        first, last = conn.execute("SELECT min(held_on), max(held_on) FROM consultation").fetchone()
    return ReportRequest(period_from=dt.date.fromisoformat(first), period_to=dt.date.fromisoformat(last))


def _raw_select(vault, request) -> int:  # noqa: ANN001 - a Vault
    with closing(vault.raw_connection()) as conn:
        rows = conn.execute(
            "SELECT case_id, held_on, municipality_ags, contact_type, interpreter_language, topics, "
            "legal_domains, referrals FROM consultation WHERE held_on BETWEEN ? AND ? AND deleted = 0",
            (request.period_from.isoformat(), request.period_to.isoformat())).fetchall()
    return len(rows)


def _plain_workbook(cells: int) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    width = 10
    for start in range(0, cells, width):
        sheet.append(list(range(start, min(start + width, cells))))
    workbook.save(io.BytesIO())


def _cell_count(report) -> int:  # noqa: ANN001 - a Report
    return sum(len(view.columns) * (len(view.rows) + 1) for view in report.views)


def report_figures(ctx: Context) -> list[Row]:
    from kim_desktop.reports.report_builder import build_report
    from kim_desktop.services.report_export import export_report
    from kim_desktop.storage.vault import Vault

    path, deployment = _coordinator_vault(ctx)
    request = _year_request(dt.date.today())
    out = ctx.fresh_dir("report-out")
    build, raw, xlsx, plain, whole, whole_raw = [], [], [], [], [], []
    with Vault.open(path, BENCH_PASSWORD) as vault:
        rows_in_period = _raw_select(vault, request)  # warm-up: the page cache as after unlock
        report = None
        for _ in range(ctx.runs):
            started = time.perf_counter()
            _raw_select(vault, request)
            raw.append(time.perf_counter() - started)
            started = time.perf_counter()
            with vault.reader() as session:
                report = build_report(session, request, deployment=deployment)
            build.append(time.perf_counter() - started)
        cells = _cell_count(report)
        everything = _whole_request(vault)
        rows_in_whole = _raw_select(vault, everything)
        for _ in range(ctx.runs):
            started = time.perf_counter()
            _raw_select(vault, everything)
            whole_raw.append(time.perf_counter() - started)
            started = time.perf_counter()
            with vault.reader() as session:
                build_report(session, everything, deployment=deployment)
            whole.append(time.perf_counter() - started)
        for run in range(ctx.runs):
            started = time.perf_counter()
            export_report(vault, request, "xlsx", out / f"bericht-{run}.xlsx", deployment=deployment)
            xlsx.append(time.perf_counter() - started)
            started = time.perf_counter()
            _plain_workbook(cells)
            plain.append(time.perf_counter() - started)
    period = f"{request.period_from:%d.%m.%Y}–{request.period_to:%d.%m.%Y}"
    return [
        Row("report: overview for a year, 100 000 consultations", median(build), budget_max=1.0,
            baseline=median(raw), baseline_name="raw SELECT of the period's consultation columns as tuples",
            samples=build, baseline_samples=raw,
            note=f"build_report, all {len(report.views) if report else 0} views, period {period} "
                 f"({rows_in_period} consultations in it), coordinator vault with {CONSULTATIONS} "
                 "demo consultations"),
        Row("report: all 100 000 consultations in the period", median(whole), budget_max=1.0,
            baseline=median(whole_raw), baseline_name="raw SELECT of those consultation columns as tuples",
            samples=whole, baseline_samples=whole_raw,
            note=f"build_report, all views, period {everything.period_from:%d.%m.%Y}–"
                 f"{everything.period_to:%d.%m.%Y} ({rows_in_whole} consultations in it)"),
        Row("report: XLSX of all views", median(xlsx), budget_max=5.0, baseline=median(plain),
            baseline_name=f"openpyxl workbook with {cells} plain number cells, saved to memory",
            samples=xlsx, baseline_samples=plain,
            note="export_report(xlsx): build, write (atomic), audit entry"),
    ]
