"""`python -m benchmarks [-k TEXT] [--runs N] [--strict]`: run the figures, print one table."""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
import traceback
from pathlib import Path

from benchmarks.core import Context, Row, isolated_env


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "n/a"
    if unit == "s":
        return f"{value:.3f} s"
    if abs(value) >= 100:
        return f"{value:,.0f} {unit}".strip()
    return f"{value:.3g} {unit}".strip()


def _budget(row: Row) -> str:
    parts = []
    if row.budget_max is not None:
        parts.append(f"≤ {_fmt(row.budget_max, row.unit)}")
    if row.budget_min is not None:
        parts.append(f"≥ {_fmt(row.budget_min, row.unit)}")
    return ", ".join(parts) or "-"


def _ratio_budget(row: Row) -> str:
    parts = []
    if row.ratio_max is not None:
        parts.append(f"≤ {row.ratio_max:g}×")
    if row.ratio_min is not None:
        parts.append(f"≥ {row.ratio_min:g}×")
    return ", ".join(parts) or "-"


def _spread(samples: list[float], unit: str) -> str:
    if not samples:
        return ""
    return f"{len(samples)} runs, {_fmt(min(samples), unit)} … {_fmt(max(samples), unit)}"


def print_table(rows: list[Row]) -> None:
    header = ("figure", "value", "budget", "baseline", "ratio", "ratio budget", "result", "")
    table = [header]
    for i, row in enumerate(rows, 1):
        table.append((row.name, _fmt(row.value, row.unit), _budget(row),
                      _fmt(row.baseline, row.unit) if row.baseline_name else "-",
                      f"{row.ratio:.2f}×" if row.ratio is not None else "-",
                      _ratio_budget(row), row.verdict, f"[{i}]"))
    widths = [max(len(line[c]) for line in table) for c in range(len(header))]
    right = {1, 3, 4}
    for n, line in enumerate(table):
        cells = [cell.rjust(w) if c in right else cell.ljust(w) for c, (cell, w) in enumerate(zip(line, widths, strict=True))]
        print("  ".join(cells).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))
    print()
    for i, row in enumerate(rows, 1):
        print(f"[{i}] {row.name.strip()}: median of {_spread(row.samples, row.unit) or 'no runs'}")
        if row.baseline_name:
            print(f"    baseline: {row.baseline_name}"
                  + (f" (median of {_spread(row.baseline_samples, row.unit)})" if row.baseline_samples else ""))
        if row.note:
            print(f"    {row.note}")


def _machine() -> str:
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    try:
        sqlcipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
    finally:
        conn.close()
    try:
        import PySide6

        qt = f"PySide6 {PySide6.__version__}"
    except ImportError:
        qt = "no PySide6"
    return (f"{os.cpu_count()} CPUs, {platform.system()} {platform.release()}, Python {platform.python_version()}, "
            f"SQLCipher {sqlcipher}, {qt}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("-k", metavar="TEXT", help="run only the benchmark functions whose name contains TEXT")
    parser.add_argument("--runs", type=int, default=5, help="runs per figure; the median is shown (default 5)")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a figure is over its budget or n/a")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="kim-bench-") as tmp:
        root = Path(tmp)
        env = isolated_env(root)
        # This process too: production key derivation, and no real data, config or state folder.
        os.environ.clear()
        os.environ.update(env)
        from benchmarks.suite import BENCHMARKS

        ctx = Context(root=root, runs=max(1, args.runs), env=env)
        chosen = [b for b in BENCHMARKS if not args.k or args.k in b.__name__]
        print(f"KIM Desktop benchmarks — {_machine()}")
        print(f"budgets: DESIGN.md §7 (reference: a 2-core machine); scratch folder {root}", flush=True)
        rows: list[Row] = []
        started = time.perf_counter()
        for bench in chosen:
            t0 = time.perf_counter()
            try:
                rows += bench(ctx)
            except Exception as exc:  # one broken figure must not hide the others
                traceback.print_exc(file=sys.stderr)
                rows.append(Row(bench.__name__, None, note=f"failed: {exc.__class__.__name__}: {exc}"))
            print(f"  {bench.__name__}: {time.perf_counter() - t0:.1f} s", flush=True)
        print()
        print_table(rows)
        print(f"\ntotal {time.perf_counter() - started:.1f} s")
    if args.strict and any(row.verdict in ("OVER", "n/a") for row in rows):
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
