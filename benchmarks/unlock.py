"""Unlock: Vault.open with the production KDF against a raw SQLCipher open with its default PBKDF2."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import sqlcipher3

from benchmarks.core import BENCH_PASSWORD, Context, Row, median, time_runs


def _raw_sqlcipher_db(path: Path) -> None:
    with closing(sqlcipher3.connect(str(path), isolation_level=None)) as conn:
        conn.execute(f"PRAGMA key = '{BENCH_PASSWORD}'")
        conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
        conn.execute("INSERT INTO t (v) VALUES ('x')")


def _raw_sqlcipher_open(path: Path) -> None:
    with closing(sqlcipher3.connect(str(path), isolation_level=None)) as conn:
        conn.execute(f"PRAGMA key = '{BENCH_PASSWORD}'")  # SQLCipher 4 default: PBKDF2-HMAC-SHA512, 256 000
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()


def unlock(ctx: Context) -> list[Row]:
    from kim_desktop.domain.roles import Role
    from kim_desktop.storage import kdf
    from kim_desktop.storage.envelope import read_envelope
    from kim_desktop.paths import envelope_path
    from kim_desktop.storage.vault import Vault

    work = ctx.fresh_dir("unlock")
    vault_path = work / "bench.kimvault"
    Vault.create(vault_path, BENCH_PASSWORD, role=Role.CASE_MANAGER, display_name="Benchmark").close()
    raw_path = work / "raw-sqlcipher.db"
    _raw_sqlcipher_db(raw_path)

    _raw_sqlcipher_open(raw_path)  # warm-up
    Vault.open(vault_path, BENCH_PASSWORD).close()
    baseline = time_runs(lambda: _raw_sqlcipher_open(raw_path), ctx.runs)
    opens = time_runs(lambda: Vault.open(vault_path, BENCH_PASSWORD).close(), ctx.runs)
    params = read_envelope(envelope_path(vault_path)).current.kdf
    derive = time_runs(lambda: kdf.derive(BENCH_PASSWORD, params), ctx.runs)

    raw_name = "raw SQLCipher open, default PBKDF2 (PRAGMA key + 1 SELECT)"
    return [
        Row("unlock (key derivation included)", median(opens), budget_max=1.0,
            baseline=median(baseline), baseline_name=raw_name, samples=opens, baseline_samples=baseline,
            note="Vault.open + close, production Argon2id; the budget's filled main window with "
                 "100 000 consultations comes with a later issue"),
        Row("  of which Argon2id key derivation", median(derive), budget_max=0.5,
            baseline=median(baseline), baseline_name=raw_name, ratio_min=1.0, samples=derive,
            baseline_samples=baseline,
            note=f"m={params.memory_kib} KiB, t={params.iterations}, p={params.lanes}; issue 3: at least "
                 "SQLCipher's default cost (ratio ≥ 1×), at most 0.5 s"),
    ]
