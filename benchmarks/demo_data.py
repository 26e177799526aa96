"""Demo data: generating 100 000 consultations (issue 4, DESIGN.md §7: ≤ 60 s), and the helper that
other benchmarks use to get a vault of that size.

The figure is `fill_demo_data` alone, on a freshly created case-manager vault of team 1 (production
key derivation): ≈ 8 000 clients, ≈ 10 000 cases with phase changes, goals and consents, and the
consultations, in one transaction, the full-text index included. One run: it takes about a minute.
Baseline: the same 100 000 consultation rows, read back from that vault, written again with the raw
DB-API `executemany` into the consultation table of a second fresh vault (one transaction; its
indexes and full-text trigger as the migrations made them, foreign keys not checked).

    from benchmarks.demo_data import build_vault_with_consultations
    path = build_vault_with_consultations(ctx.fresh_dir("x") / "bench.kimvault", 100_000, seed=4)
    # a closed vault; open it with Vault.open(path, benchmarks.core.BENCH_PASSWORD)
"""

from __future__ import annotations

import time
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING, Any

from benchmarks.core import BENCH_PASSWORD, Context, Row

if TYPE_CHECKING:
    from kim_desktop.config.deployment import Deployment
    from kim_desktop.storage.vault import Vault

CONSULTATIONS = 100_000
SEED = 0


def create_case_manager_vault(path: Path) -> tuple[Vault, Deployment]:
    """An open case-manager vault of team 1 of the shipped configuration (never a host's own file)."""
    from kim_desktop.config.deployment import default_file, load_deployment
    from kim_desktop.services.vault_setup import create_vault

    deployment = load_deployment(default_file())
    return create_vault(path, BENCH_PASSWORD, role="case-manager", name="Benchmark", team=1,
                        deployment=deployment), deployment


def build_vault_with_consultations(path: Path, consultations: int, seed: int = SEED) -> Path:
    """Creates a vault at `path` (password benchmarks.core.BENCH_PASSWORD, production key derivation
    unless the environment says otherwise) holding `consultations` demo consultations and about
    consultations / 12.5 clients (kim_desktop.services.demo_data), and returns `path`, closed.
    The same seed gives the same records; the day they end on is today."""
    from kim_desktop.services.demo_data import fill_demo_data

    vault, deployment = create_case_manager_vault(path)
    with vault:
        fill_demo_data(vault, consultations, seed=seed, deployment=deployment)
    return path


def _consultation_rows(path: Path) -> tuple[list[str], list[tuple[Any, ...]]]:
    from kim_desktop.storage.vault import Vault

    with Vault.open(path, BENCH_PASSWORD) as vault, closing(vault.raw_connection()) as conn:
        cursor = conn.execute("SELECT * FROM consultation ORDER BY rowid")
        return [d[0] for d in cursor.description], cursor.fetchall()


def _raw_executemany(path: Path, columns: list[str], rows: list[tuple[Any, ...]]) -> float:
    vault, _deployment = create_case_manager_vault(path)
    with vault, closing(vault.raw_connection()) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")  # this vault has no cases for the rows to point to
        sql = f"INSERT INTO consultation ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        started = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(sql, rows)
        conn.execute("COMMIT")
        return time.perf_counter() - started


def demo_data_generation(ctx: Context) -> list[Row]:
    from kim_desktop.services.demo_data import fill_demo_data

    work = ctx.fresh_dir("demo-data")
    vault, deployment = create_case_manager_vault(work / "demo.kimvault")
    with vault:
        started = time.perf_counter()
        summary = fill_demo_data(vault, CONSULTATIONS, seed=SEED, deployment=deployment)
        generation = time.perf_counter() - started
    columns, rows = _consultation_rows(work / "demo.kimvault")
    baseline = _raw_executemany(work / "raw.kimvault", columns, rows)
    made = (f"{summary.clients} clients, {summary.cases} cases, {summary.phase_changes} phase changes, "
            f"{summary.goals} goals, {summary.consents} consents, {summary.consultations} consultations")
    return [
        Row("demo data: generate 100 000 consultations", generation, budget_max=60.0, baseline=baseline,
            baseline_name=f"raw executemany of the same {len(rows)} rows into the consultation table "
                          "(indexes and full-text trigger as shipped)",
            samples=[generation], baseline_samples=[baseline],
            note=f"fill_demo_data on a new case-manager vault, one transaction, full-text index included: "
                 f"{made}; one run"),
    ]
