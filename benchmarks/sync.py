"""Sync by export files (issue 5, DESIGN.md §7).

- Import of 20 packages with ≈ 100 000 records in all (≤ 10 s, and ≥ ⅓ of the speed of a raw
  `executemany` of the same rows into the same tables and indexes). Set-up, not timed: a
  case-manager vault of team 1 gets 20 slices of demo data, each exported with `export_for_kreis`
  right after it was added, so each package holds one slice (clients, cases, phase changes, goals,
  consents, consultations; the first also the vault profile). Timed: `import_files` of the folder
  into a fresh coordinator vault (a copy of an empty one whose keys the case manager encrypts to),
  new devices trusted. Baseline: the same rows, read back from the case manager's vault as tuples,
  written with the DB-API's `executemany` into another fresh copy of that coordinator vault over a
  connection as the vault makes them (cipher.connect: memory security on, synchronous FULL), one
  transaction per package, foreign keys off as the import has them, the full-text triggers dropped
  and the new consultations' index entries written once per package with one INSERT … SELECT.
  Up to 3 runs: one pair takes about a minute.
- Export of 10 000 changed records (≤ 2 s): a copy of the run's 100 000-consultation vault
  (benchmarks.consultation_list.bench_vault) exported in full once (timed, information only); per
  run 10 000 consultations drawn at random get a new revision, time stamp and device id as the
  session hook stamps an edit (not timed), then `export_for_kreis` writes them. Baseline: a plain
  SELECT of the same 10 000 rows by rowid.

The notes say where the time goes: the import's and export's own functions are wrapped while the
figure runs (their code is unchanged) and each gets the time spent in it minus the time of the
wrapped functions it calls; "rest" is what no wrapper covers.
"""

from __future__ import annotations

import random
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from benchmarks.core import BENCH_PASSWORD, Context, Row, median

if TYPE_CHECKING:
    import sqlcipher3

    from kim_desktop.config.deployment import Deployment
    from kim_desktop.storage.vault import Vault

PACKAGES = 20
# The demo data brings ≈ 2.02 records per consultation (clients, cases, phase changes, goals,
# consents): 20 slices of 2 475 consultations make ≈ 100 000 records; the table names the count.
CONSULTATIONS_PER_PACKAGE = 2_475
IMPORT_RUNS = 3
EXPORT_CONSULTATIONS = 100_000
CHANGED = 10_000
CHUNK = 500  # ids per IN (…): below SQLite's variable limit

# --- where the time goes ------------------------------------------------------------------------------

Target = tuple[object, str, str]  # owner, attribute, label


@dataclass
class _Parts:
    """Exclusive seconds per label of the wrapped functions, summed over the runs."""

    seconds: dict[str, float] = field(default_factory=dict)
    _stack: list[float] = field(default_factory=list)  # time the open spans' wrapped callees took

    @contextmanager
    def span(self, label: str) -> Iterator[None]:
        started = time.perf_counter()
        self._stack.append(0.0)
        try:
            yield
        finally:
            elapsed = time.perf_counter() - started
            inner = self._stack.pop()
            self.seconds[label] = self.seconds.get(label, 0.0) + elapsed - inner
            if self._stack:
                self._stack[-1] += elapsed

    def function(self, label: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            with self.span(label):
                return real(*args, **kwargs)
        return timed

    def context(self, label: str, real: Callable[..., Any]) -> Callable[..., Any]:
        """A context manager whose entry and exit are timed, its body not."""
        @contextmanager
        def timed(*args: Any, **kwargs: Any) -> Iterator[Any]:
            manager = real(*args, **kwargs)
            with self.span(label):
                value = manager.__enter__()
            try:
                yield value
            except BaseException as exc:
                if not manager.__exit__(type(exc), exc, exc.__traceback__):
                    raise
            else:
                with self.span(label):
                    manager.__exit__(None, None, None)
        return timed

    @contextmanager
    def wrapped(self, targets: list[Target], contexts: tuple[str, ...] = ()) -> Iterator[None]:
        """Each owner.attribute timed under its label while inside. A name the code no longer has
        is skipped: its time then shows in its caller's or in the rest."""
        present = [(owner, name, label) for owner, name, label in targets if hasattr(owner, name)]
        originals = [(owner, name, getattr(owner, name)) for owner, name, _ in present]
        try:
            for (owner, name, real), (_, _, label) in zip(originals, present, strict=True):
                wrap = self.context if name in contexts else self.function
                setattr(owner, name, wrap(label, real))
            yield
        finally:
            for owner, name, real in originals:
                setattr(owner, name, real)

    def describe(self, total: float, runs: int) -> str:
        shares = sorted(self.seconds.items(), key=lambda item: -item[1])
        shares.append(("rest", total - sum(self.seconds.values())))
        return ", ".join(f"{label} {seconds / runs:.2f} s" for label, seconds in shares)


def _import_parts() -> list[Target]:
    import pyrage

    from kim_desktop.sync import importer, package

    applier = importer._Applier
    return [
        (importer, "_check_sender", "sender checks"), (importer, "_open", "file read"),
        (pyrage, "decrypt", "decrypt"), (package, "_unpack", "unzip"),
        (package, "_parse_lines", "JSON parse"), (package, "read", "signature and hashes"),
        (importer, "_decode", "decode and checks"),
        (applier, "_existing", "existence look-ups"), (applier, "plan", "planning"),
        (applier, "apply", "insert"), (importer, "reindexing", "full-text index"),
        (importer, "_after_apply", "receipts and gaps"),
    ]


def _export_parts() -> list[Target]:
    import pyrage

    from kim_desktop.sync import export, package

    return [
        (export, "_changed_rows", "finding changed rows"), (export, "_encode", "encode"),
        (package, "_jsonl", "JSON"), (pyrage, "encrypt", "encrypt"), (package, "build", "zip and sign"),
        (export, "_write", "file write"), (export, "_mark_sent", "marking sent"),
    ]

# --- vaults -------------------------------------------------------------------------------------------


def _deployment() -> Deployment:
    from kim_desktop.config.deployment import default_file, load_deployment

    return load_deployment(default_file())


def _copy_vault(source: Path, target: Path) -> Path:
    """A closed vault's file, its key envelope and any WAL left over, under another name."""
    from kim_desktop.paths import envelope_path

    for src, dst in ((source, target), (envelope_path(source), envelope_path(target)),
                     (source.with_name(source.name + "-wal"), target.with_name(target.name + "-wal"))):
        if src.exists():
            shutil.copyfile(src, dst)
    return target


def _empty_coordinator(work: Path) -> tuple[Path, str]:
    """A closed coordinator vault with its keys made, and its public keys (`keys export-public`)."""
    from kim_desktop.domain.roles import Role
    from kim_desktop.storage.vault import Vault
    from kim_desktop.sync.keys import load_keys
    from kim_desktop.sync.recipients import public_key_text

    path = work / "coordinator-empty.kimvault"
    vault = Vault.create(path, BENCH_PASSWORD, role=Role.COORDINATOR, display_name="Benchmark-Koordination")
    with vault, vault.transaction() as session:
        text = public_key_text("Benchmark-Koordination", str(Role.COORDINATOR), vault.profile.device_id,
                               load_keys(session))
    return path, text


def _add_coordinator(vault: Vault, public_keys: str) -> None:
    from kim_desktop.sync.recipients import add_coordinator, parse_public_key_text

    with vault.transaction() as session:
        for coordinator in parse_public_key_text(public_keys):
            add_coordinator(session, coordinator)

# --- import -------------------------------------------------------------------------------------------

Slice = list[tuple[str, list[str], list[tuple[Any, ...]]]]  # per table: name, columns, rows


def _last_rowids(conn: sqlcipher3.Connection, tables: list[str]) -> dict[str, int]:
    return {name: conn.execute(f"SELECT coalesce(max(rowid), 0) FROM {name}").fetchone()[0]
            for name in tables}


def _packages(work: Path, public_keys: str, folder: Path) -> tuple[list[Slice], int]:
    """Writes the packages into `folder`; returns each one's rows as tuples, and the records exported."""
    from benchmarks.demo_data import create_case_manager_vault
    from kim_desktop.services.demo_data import fill_demo_data
    from kim_desktop.sync import registry
    from kim_desktop.sync.export import export_for_kreis

    tables = [entry.name for entry in registry.owned_by(registry.DEVICE)]
    vault, deployment = create_case_manager_vault(work / "case-manager.kimvault")
    bounds = [dict.fromkeys(tables, 0)]  # the vault profile goes out with the first package
    exported = 0
    with vault, closing(vault.raw_connection()) as conn:
        _add_coordinator(vault, public_keys)
        for seed in range(PACKAGES):
            fill_demo_data(vault, CONSULTATIONS_PER_PACKAGE, seed=seed, deployment=deployment)
            exported += export_for_kreis(vault, deployment, folder).records
            bounds.append(_last_rowids(conn, tables))
        slices = []
        for before, after in zip(bounds, bounds[1:], strict=False):
            package: Slice = []
            for name in tables:
                cursor = conn.execute(f"SELECT * FROM {name} WHERE rowid > ? AND rowid <= ? ORDER BY rowid",
                                      (before[name], after[name]))
                package.append((name, [d[0] for d in cursor.description], cursor.fetchall()))
            slices.append(package)
    return slices, exported


def _time_import(empty: Path, folder: Path, work: Path, deployment: Deployment, parts: _Parts) -> float:
    from kim_desktop.storage.vault import Vault
    from kim_desktop.sync import importer

    with Vault.open(_copy_vault(empty, work / "coordinator.kimvault"), BENCH_PASSWORD) as vault:
        with parts.wrapped(_import_parts(), contexts=("reindexing",)):
            started = time.perf_counter()
            outcomes = importer.import_files(vault, deployment, [folder], trust_new_devices=True)
            seconds = time.perf_counter() - started
    refused = [o for o in outcomes if o.status != importer.IMPORTED]
    if len(outcomes) != PACKAGES or refused:
        raise RuntimeError("import did not take every package: "
                           + (refused[0].reason if refused else f"{len(outcomes)} files"))
    return seconds


def _time_executemany(empty: Path, slices: list[Slice], work: Path) -> float:
    from kim_desktop.storage import cipher
    from kim_desktop.storage.search_tables import SEARCH_TABLE, TRIGGERS
    from kim_desktop.storage.vault import Vault

    index_new = (f"INSERT INTO {SEARCH_TABLE}(rowid, notes, next_steps) "
                 "SELECT rowid, notes, next_steps FROM consultation WHERE rowid > ? AND NOT deleted")
    with Vault.open(_copy_vault(empty, work / "coordinator.kimvault"), BENCH_PASSWORD) as vault, \
            closing(cipher.connect(vault.path, vault.data_key, foreign_keys=False)) as conn:
        started = time.perf_counter()
        for package in slices:
            conn.execute("BEGIN IMMEDIATE")
            for trigger in TRIGGERS:
                conn.execute(f"DROP TRIGGER {trigger}")
            last = conn.execute("SELECT coalesce(max(rowid), 0) FROM consultation").fetchone()[0]
            for name, columns, rows in package:
                conn.executemany(f"INSERT INTO {name} ({', '.join(columns)}) "
                                 f"VALUES ({', '.join('?' * len(columns))})", rows)
            conn.execute(index_new, (last,))
            for ddl in TRIGGERS.values():
                conn.execute(ddl)
            conn.execute("COMMIT")
        return time.perf_counter() - started


def sync_import(ctx: Context) -> list[Row]:
    work = ctx.fresh_dir("sync-import")
    folder = work / "packages"
    empty, public_keys = _empty_coordinator(work)
    slices, exported = _packages(work, public_keys, folder)
    records = sum(len(rows) for package in slices for _, _, rows in package)
    if exported != records:
        raise RuntimeError(f"{exported} records exported, {records} read back")
    deployment, parts, runs = _deployment(), _Parts(), min(ctx.runs, IMPORT_RUNS)
    imports: list[float] = []
    raw: list[float] = []
    for _ in range(runs):  # in turns, so that both meet the same machine state
        for samples, measure in ((imports, lambda d: _time_import(empty, folder, d, deployment, parts)),
                                 (raw, lambda d: _time_executemany(empty, slices, d))):
            scratch = ctx.fresh_dir("sync-import-run")
            samples.append(measure(scratch))
            shutil.rmtree(scratch)
    size = sum(p.stat().st_size for p in folder.iterdir()) / 1e6
    rates, raw_rates = [records / s for s in imports], [records / s for s in raw]
    baseline_name = ("raw executemany of the same rows into the same tables and indexes (vault connection, "
                     "memory security on), one transaction per package, full-text entries by one "
                     "INSERT … SELECT per package")
    return [
        Row(f"sync import: {PACKAGES} packages, {records:,} records", median(imports), budget_max=10.0,
            baseline=median(raw), baseline_name=baseline_name, samples=imports, baseline_samples=raw,
            note=f"import_files into a fresh coordinator vault ({size:.1f} MB of packages); of which "
                 f"(mean per run): {parts.describe(sum(imports), runs)}"),
        Row("  import speed", median(rates), unit="records/s", baseline=median(raw_rates),
            baseline_name=baseline_name, ratio_min=1 / 3, samples=rates, baseline_samples=raw_rates,
            note="DESIGN.md §7: at least ⅓ of the raw executemany speed"),
    ]

# --- export -------------------------------------------------------------------------------------------


def _change(vault: Vault, rowids: list[int]) -> None:
    """New revisions of these consultations, stamped as the session hook stamps an edit."""
    from sqlalchemy import Table, literal_column, update

    from kim_desktop.storage.consultation_tables import Consultation
    from kim_desktop.storage.schema import utcnow

    table, now = cast(Table, Consultation.__table__), utcnow()
    with vault.transaction() as session:
        for start in range(0, len(rowids), CHUNK):
            session.execute(update(table).where(literal_column("rowid").in_(rowids[start:start + CHUNK]))
                            .values(revision=table.c.revision + 1, updated_at=now,
                                    device_id=vault.profile.device_id))


def _time_select(vault: Vault, rowids: list[int]) -> float:
    with closing(vault.raw_connection()) as conn:
        started = time.perf_counter()
        rows = []
        for start in range(0, len(rowids), CHUNK):
            chunk = rowids[start:start + CHUNK]
            rows += conn.execute(f"SELECT * FROM consultation WHERE rowid IN ({', '.join('?' * len(chunk))})",
                                 chunk).fetchall()
        seconds = time.perf_counter() - started
    if len(rows) != len(rowids):
        raise RuntimeError(f"{len(rows)} of {len(rowids)} rows read")
    return seconds


def sync_export(ctx: Context) -> list[Row]:
    from benchmarks.consultation_list import bench_vault
    from kim_desktop.storage.vault import Vault
    from kim_desktop.sync.export import ALL, export_for_kreis

    work = ctx.fresh_dir("sync-export")
    source, made_by = bench_vault(ctx, EXPORT_CONSULTATIONS)
    _empty, public_keys = _empty_coordinator(work)
    deployment, parts, rng = _deployment(), _Parts(), random.Random(5)
    exports: list[float] = []
    selects: list[float] = []
    with Vault.open(_copy_vault(source, work / "case-manager.kimvault"), BENCH_PASSWORD) as vault:
        _add_coordinator(vault, public_keys)
        started = time.perf_counter()
        everything = export_for_kreis(vault, deployment, work / "first", mode=ALL).records
        first = time.perf_counter() - started
        with closing(vault.raw_connection()) as conn:
            rowids = [row[0] for row in conn.execute("SELECT rowid FROM consultation WHERE NOT deleted")]
        for run in range(ctx.runs):
            chosen = rng.sample(rowids, CHANGED)
            _change(vault, chosen)
            with parts.wrapped(_export_parts()):
                started = time.perf_counter()
                result = export_for_kreis(vault, deployment, work / f"run-{run}")
                exports.append(time.perf_counter() - started)
            if result.counts != {"consultation": CHANGED}:
                raise RuntimeError(f"export carried {result.counts}, not {CHANGED} consultations")
            selects.append(_time_select(vault, chosen))
    return [
        Row(f"sync export: {CHANGED:,} changed records", median(exports), budget_max=2.0,
            baseline=median(selects), baseline_name=f"plain SELECT of the same {CHANGED:,} rows by rowid",
            samples=exports, baseline_samples=selects,
            note=f"export_for_kreis of {CHANGED:,} consultations changed at random in a vault of "
                 f"{len(rowids):,} consultations; of which (mean per run): "
                 f"{parts.describe(sum(exports), ctx.runs)}; vault: {made_by}"),
        Row(f"  first export: everything, {everything:,} records", first, samples=[first],
            note="export_for_kreis --all of the same vault before the changes (as after a restore or for "
                 "»erneut senden«); one run, information only"),
    ]
