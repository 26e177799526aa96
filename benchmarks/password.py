"""Password change: re-wrapping the data key, and re-keying the whole file, on a ~50 MB vault."""

from __future__ import annotations

import os
import shutil
from contextlib import closing
from pathlib import Path

from benchmarks.core import BENCH_PASSWORD, Context, Row, median, time_runs

TARGET_BYTES = 50_000_000
ROW_BYTES = 1500  # two rows to a 4 KiB page


def _copy_with_fsync(source: Path, dest: Path) -> None:
    dest.unlink(missing_ok=True)
    shutil.copyfile(source, dest)
    with open(dest, "rb+") as f:
        os.fsync(f.fileno())


def password_change(ctx: Context) -> list[Row]:
    from kim_desktop.domain.roles import Role
    from kim_desktop.storage.vault import Vault

    work = ctx.fresh_dir("password")
    vault_path = work / "bench.kimvault"
    vault = Vault.create(vault_path, BENCH_PASSWORD, role=Role.CASE_MANAGER, display_name="Benchmark")
    try:
        with closing(vault.raw_connection()) as conn:  # a test-only table, to give the file its size
            conn.execute("CREATE TABLE bench_pad (n INTEGER PRIMARY KEY, payload BLOB NOT NULL)")
            n = 0
            while vault_path.stat().st_size < TARGET_BYTES:
                conn.execute("BEGIN")
                conn.executemany("INSERT INTO bench_pad (n, payload) VALUES (?, randomblob(?))",
                                 [(n + i, ROW_BYTES) for i in range(1000)])
                conn.execute("COMMIT")
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                n += 1000
        size = vault_path.stat().st_size

        passwords, current = [BENCH_PASSWORD, BENCH_PASSWORD + "-b"], [0]

        def change(new_key: bool) -> None:
            current[0] ^= 1
            vault.set_password(passwords[current[0]], new_key=new_key)

        copy_target = work / "copy.bin"
        copies = time_runs(lambda: _copy_with_fsync(vault_path, copy_target), ctx.runs)
        copy_target.unlink()
        rewraps = time_runs(lambda: change(False), ctx.runs)
        rekeys = time_runs(lambda: change(True), ctx.runs)
    finally:
        vault.close()

    copy_name = f"copy of the same {size / 1e6:.0f} MB file + fsync"
    return [
        Row("password change --keep-key (re-wrap)", median(rewraps), baseline=median(copies), baseline_name=copy_name,
            samples=rewraps, baseline_samples=copies,
            note=f"Vault.set_password(new_key=False) on {size / 1e6:.0f} MB: one Argon2id wrap + envelope write + audit "
                 "entry; independent of the vault's size"),
        Row("password change (default: re-key)", median(rekeys), baseline=median(copies), baseline_name=copy_name,
            samples=rekeys, baseline_samples=copies,
            note=f"Vault.set_password(new_key=True) on {size / 1e6:.0f} MB: Argon2id wrap, WAL checkpoint, "
                 "SQLCipher rekey of every page in one transaction"),
    ]
