"""What SQLCipher's memory security costs the sync import (information for planning).

The program switches `PRAGMA cipher_memory_security = ON` on for every connection (DESIGN.md §8):
SQLite's allocations are then locked and wiped, an mlock/munlock pair each, and bulk writes get
several times slower. Once on, it stays on for the whole process, so the comparison runs the
import figure in a child process whose connections never switch it on (the child patches
`storage.cipher` for itself; the program has no such switch). The row is information only: the
program keeps memory security on.
"""

from __future__ import annotations

import json
import subprocess
import sys
import types
from pathlib import Path

from benchmarks.core import Context, Row

ROOT = Path(__file__).resolve().parent.parent


def _switch_off_in_this_process() -> None:
    import sqlcipher3

    from kim_desktop.storage import cipher

    class WithoutMemorySecurity(sqlcipher3.Connection):  # type: ignore[misc, name-defined]
        def execute(self, sql: str, *args: object) -> sqlcipher3.Cursor:  # type: ignore[name-defined]
            if "cipher_memory_security" in sql and "ON" in sql:
                sql = "SELECT 1"
            return super().execute(sql, *args)

    shim = types.SimpleNamespace(**{name: getattr(sqlcipher3, name) for name in dir(sqlcipher3)
                                    if not name.startswith("__")})
    shim.connect = lambda *a, **k: sqlcipher3.connect(*a, factory=WithoutMemorySecurity, **k)
    cipher.sqlcipher3 = shim  # type: ignore[assignment]
    cipher.REQUIRED["cipher_memory_security"] = "0"


def sync_import_without_memory_security(ctx: Context) -> list[Row]:
    scratch = ctx.fresh_dir("sync-import-no-memory-security")
    done = subprocess.run([sys.executable, "-m", "benchmarks.memory_security", str(scratch), str(ctx.runs)],
                          cwd=ROOT, env=ctx.child_env(), capture_output=True, text=True, timeout=1800)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        return [Row("  import without SQLCipher memory security", None,
                    note=f"child failed: {(done.stderr or done.stdout).strip().splitlines()[-1:]}")]
    figure = json.loads(lines[-1])
    return [Row("  import without SQLCipher memory security (info)", figure["value"],
                baseline=figure["baseline"], baseline_name="the same raw executemany, also without it",
                samples=figure["samples"], baseline_samples=figure["baseline_samples"],
                note="the program keeps memory security on (DESIGN.md §8); this shows its price on the "
                     "import budget (≤ 10 s)")]


def _child(scratch: Path, runs: int) -> None:
    import os

    from benchmarks import sync

    _switch_off_in_this_process()
    first = sync.sync_import(Context(root=scratch, runs=runs, env=dict(os.environ)))[0]
    print(json.dumps({"value": first.value, "baseline": first.baseline, "samples": first.samples,
                      "baseline_samples": first.baseline_samples}))


if __name__ == "__main__":
    _child(Path(sys.argv[1]), int(sys.argv[2]))
