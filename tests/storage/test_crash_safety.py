"""Crash safety: a `kill -9` at any point of a write or a re-key leaves a vault that opens,
passes `check` and holds either the state before or the state after the interrupted action.

A worker subprocess writes (or re-keys) and prints a line after every commit; the test reads
those lines to know how far it got, kills it with SIGKILL at varied points (seeded, so a
failure can be replayed) and then inspects the vault in this process.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from kim_desktop.domain.roles import Role
from kim_desktop.errors import KimError, WrongPassword
from kim_desktop.paths import envelope_path
from kim_desktop.storage import cipher
from kim_desktop.storage.check import check_vault
from kim_desktop.storage.envelope import read_envelope
from kim_desktop.storage.schema import AuditEntry, VaultProfile
from kim_desktop.storage.vault import Vault

pytestmark = pytest.mark.slow

REPO_ROOT = Path(__file__).resolve().parents[2]
OLD_PASSWORD = "altes-Passwort-42"
NEW_PASSWORD = "neues-Passwort-43"
PASSWORD = "richtig-geheim-42"  # the `vault` fixture's, from conftest.py
LINE_TIMEOUT = 30.0

WORKER = r'''
import os
import random
import signal
import sys
from pathlib import Path

from sqlalchemy import select, text

from kim_desktop.storage import audit
from kim_desktop.storage.schema import VaultProfile
from kim_desktop.storage.vault import Vault


def say(line):
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


mode, path = sys.argv[1], Path(sys.argv[2])
vault = Vault.open(path, os.environ["CRASH_PASSWORD"])
say("open")
if mode == "tx":
    # Committed state k: display name "name-k", k padding rows, k "crash.tick" audit entries.
    k, rng = int(sys.argv[3]), random.Random(int(sys.argv[4]))
    while True:
        k += 1
        with vault.transaction() as session:
            session.scalars(select(VaultProfile)).one().display_name = f"name-{k}"
            session.execute(text("INSERT INTO crash_pad (n, payload) VALUES (:n, randomblob(:size))"),
                            {"n": k, "size": rng.randrange(1, 150_000)})
            session.flush()
            audit.record(session, "crash.tick", record_type="tick", record_id=str(k))
        say(str(k))
elif mode == "rekey":
    for _ in range(5):  # committed, and still in the WAL when the re-key starts
        vault.audit("crash.before-rekey")
    say("start")
    vault.set_password(os.environ["CRASH_NEW_PASSWORD"], new_key=True)
    say("done")
    vault.close()
    signal.pause()  # a kill that comes after the re-key must still find the worker alive
'''


class Worker:
    """The worker subprocess and the lines it has printed so far."""

    def __init__(self, script: Path, *args: str, env_extra: dict[str, str]) -> None:
        env = dict(os.environ)
        env.update(env_extra)
        env["KIM_DESKTOP_INSECURE_TEST_KDF"] = "1"
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), env.get("PYTHONPATH", "")) if p)
        self.lines: list[str] = []
        self.proc = subprocess.Popen([sys.executable, str(script), *args], env=env, cwd=REPO_ROOT,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def read_line(self) -> str:
        line = self.proc.stdout.readline()  # type: ignore[union-attr]
        if not line:
            self.proc.wait(timeout=LINE_TIMEOUT)
            errors = self.proc.stderr.read()  # type: ignore[union-attr]
            raise AssertionError(f"worker ended early (exit {self.proc.returncode}): {errors}")
        self.lines.append(line.strip())
        return self.lines[-1]

    def wait_for(self, wanted: str) -> None:
        deadline = time.monotonic() + LINE_TIMEOUT
        while self.read_line() != wanted:
            assert time.monotonic() < deadline, f"no {wanted!r} from the worker"

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        rest, _err = self.proc.communicate(timeout=LINE_TIMEOUT)
        # Lines the worker printed between our last read and the kill were committed too.
        self.lines += [line.strip() for line in rest.splitlines() if line.strip()]
        assert self.proc.returncode == -signal.SIGKILL, f"worker was not killed: {self.proc.returncode}"


@pytest.fixture
def worker_script(tmp_path: Path) -> Path:
    script = tmp_path / "crash_worker.py"
    script.write_text(WORKER, encoding="utf-8")
    return script


def _create(path: Path, name: str) -> None:
    Vault.create(path, OLD_PASSWORD, role=Role.CASE_MANAGER, display_name=name).close()


def _assert_healthy(vault: Vault) -> None:
    report = check_vault(vault)
    assert report.ok, report.problems
    assert vault.envelope.pending is None
    assert read_envelope(envelope_path(vault.path)).pending is None


def _tx_state(vault: Vault) -> int:
    """The committed step k, after checking that profile, padding rows and audit agree on it."""
    with vault.reader() as session:
        name = session.scalars(select(VaultProfile.display_name)).one()
        k = int(name.removeprefix("name-"))
        rows = session.execute(
            text("SELECT count(*), coalesce(min(n), 0), coalesce(max(n), 0) FROM crash_pad")).one()
        ticks = session.scalars(select(AuditEntry.record_id).where(AuditEntry.action == "crash.tick")
                                .order_by(AuditEntry.seq)).all()
    assert tuple(rows) == (k, 1 if k else 0, k), f"padding rows {tuple(rows)} do not match step {k}"
    assert ticks == [str(i) for i in range(1, k + 1)], f"audit ticks do not match step {k}"
    return k


def test_kill_during_transactions_leaves_old_or_new_state(tmp_path: Path, worker_script: Path) -> None:
    path = tmp_path / "tx.kimvault"
    _create(path, "name-0")
    with Vault.open(path, OLD_PASSWORD) as vault:
        with closing(vault.raw_connection()) as conn:
            conn.execute("CREATE TABLE crash_pad (n INTEGER PRIMARY KEY, payload BLOB NOT NULL)")
        committed = _tx_state(vault)

    kills, outcomes = 24, []
    for run in range(kills):
        rng = random.Random(9000 + run)
        worker = Worker(worker_script, "tx", str(path), str(committed), str(rng.randrange(1 << 30)),
                        env_extra={"CRASH_PASSWORD": OLD_PASSWORD})
        if run % 6 == 0:
            # Early kills: while the worker starts, unlocks and switches to WAL.
            time.sleep(rng.uniform(0.1, 0.6))
        elif run % 6 == 3:
            # Right after unlocking, before or inside the first transaction.
            worker.wait_for("open")
            time.sleep(rng.uniform(0, 0.02))
        else:
            worker.wait_for("open")
            for _ in range(rng.randint(1, 6)):
                worker.read_line()
            time.sleep(rng.choice([0, 0, rng.uniform(0, 0.02)]))
        worker.kill()
        reported = max([int(line) for line in worker.lines if line.isdigit()], default=committed)

        with Vault.open(path, OLD_PASSWORD) as vault:  # opens: lock released, key intact
            _assert_healthy(vault)
            state = _tx_state(vault)
        assert state in (reported, reported + 1), f"run {run}: state {state}, worker had reported {reported}"
        committed = state
        outcomes.append(f"{reported}->{state}")
    print("kill points (reported -> stored):", " ".join(outcomes))
    assert committed >= kills, "the workers hardly committed anything"


def _fill(path: Path, rows: int) -> str:
    """Add `rows` random 4 KB rows in a test-only table; returns a digest of the vault's data."""
    with Vault.open(path, OLD_PASSWORD) as vault, closing(vault.raw_connection()) as conn:
        conn.execute("CREATE TABLE crash_pad (n INTEGER PRIMARY KEY, payload BLOB NOT NULL)")
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO crash_pad (n, payload) VALUES (?, randomblob(4000))",
                         [(n,) for n in range(1, rows + 1)])
        conn.execute("COMMIT")
        return _digest(vault)


def _digest(vault: Vault) -> str:
    h = hashlib.sha256()
    with closing(vault.raw_connection()) as conn:
        for n, payload in conn.execute("SELECT n, payload FROM crash_pad ORDER BY n"):
            h.update(n.to_bytes(8, "big") + payload)
        for row in conn.execute("SELECT display_name, role, vault_id FROM vault_profile"):
            h.update(repr(row).encode())
    return h.hexdigest()


def _copy_vault(source: Path, dest: Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, dest)
    shutil.copyfile(envelope_path(source), envelope_path(dest))


def _count_action(vault: Vault, action: str) -> int:
    with vault.reader() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == action))


def test_kill_during_rekey_leaves_a_vault_that_opens_with_old_or_new_password(
        tmp_path: Path, worker_script: Path) -> None:
    template = tmp_path / "template" / "rekey.kimvault"
    _create(template, "Rekey Test")
    digest = _fill(template, 3000)  # about 12 MB
    assert template.stat().st_size > 10_000_000

    # How long a re-key of this file takes here, so that the kills are spread across it.
    calibration = tmp_path / "calibration" / "rekey.kimvault"
    _copy_vault(template, calibration)
    with Vault.open(calibration, OLD_PASSWORD) as vault:
        started = time.perf_counter()
        vault.set_password(NEW_PASSWORD, new_key=True)
        rekey_seconds = time.perf_counter() - started

    phases: list[str] = []
    for run in range(12):
        rng = random.Random(7000 + run)
        path = tmp_path / f"run{run}" / "rekey.kimvault"
        _copy_vault(template, path)
        worker = Worker(worker_script, "rekey", str(path),
                        env_extra={"CRASH_PASSWORD": OLD_PASSWORD, "CRASH_NEW_PASSWORD": NEW_PASSWORD})
        worker.wait_for("start")
        time.sleep(rng.uniform(0, 1.3 * rekey_seconds + 0.02))
        worker.kill()
        finished = "done" in worker.lines
        hot_journal = path.with_name(path.name + "-journal").exists()

        opened, refused = None, []
        for password in (NEW_PASSWORD, OLD_PASSWORD):
            try:
                opened = Vault.open(path, password)
            except KimError as exc:  # never a traceback from sqlcipher3, never a damaged file
                refused.append(exc)
                continue
            break
        assert opened is not None, f"run {run}: opens with neither password: {refused}"
        with opened as vault:
            _assert_healthy(vault)
            assert _digest(vault) == digest
            assert _count_action(vault, "crash.before-rekey") == 5
            with closing(vault.raw_connection()) as conn:
                assert cipher.pragma(conn, "journal_mode") == "wal"
            new_key = vault.verify_password(NEW_PASSWORD)
        assert not path.with_name(path.name + "-journal").exists()
        if finished:
            assert new_key, f"run {run}: the re-key had finished, but the new password does not open"
        phases.append("after" if new_key else ("during" if hot_journal else "before"))

        # Settled: the other password is refused plainly, the right one opens again.
        with pytest.raises(WrongPassword):
            Vault.open(path, OLD_PASSWORD if new_key else NEW_PASSWORD)
        with pytest.raises(WrongPassword):
            Vault.open(path, "ganz-falsches-Passwort")
        Vault.open(path, NEW_PASSWORD if new_key else OLD_PASSWORD).close()
    print(f"re-key {rekey_seconds:.3f} s; kills landed:", " ".join(phases))
    assert "during" in phases, f"no kill landed inside the re-key: {phases}"


def test_rekey_in_wal_mode_with_wal_content(vault: Vault, vault_path: Path) -> None:
    with closing(vault.raw_connection()) as conn:
        conn.execute("CREATE TABLE crash_pad (n INTEGER PRIMARY KEY, payload BLOB NOT NULL)")
        conn.executemany("INSERT INTO crash_pad (n, payload) VALUES (?, randomblob(2000))",
                         [(n,) for n in range(300)])
    for i in range(20):
        vault.audit("before.rekey", record_id=str(i))
    wal = vault_path.with_name(vault_path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0, "the pool's connections should keep a WAL with frames"
    with closing(vault.raw_connection()) as conn:
        assert cipher.pragma(conn, "journal_mode") == "wal"
    before = _digest(vault)

    vault.set_password(NEW_PASSWORD, new_key=True)

    with closing(vault.raw_connection()) as conn:
        assert cipher.pragma(conn, "journal_mode") == "wal"
    assert _digest(vault) == before
    assert _count_action(vault, "before.rekey") == 20
    vault.audit("after.rekey")  # the vault keeps working with the new key
    _assert_healthy(vault)
    vault.close()

    with pytest.raises(WrongPassword):
        Vault.open(vault_path, PASSWORD)
    with Vault.open(vault_path, NEW_PASSWORD) as reopened:
        _assert_healthy(reopened)
        assert _digest(reopened) == before
        assert _count_action(reopened, "after.rekey") == 1
        with closing(reopened.raw_connection()) as conn:
            assert cipher.pragma(conn, "journal_mode") == "wal"


def test_rekey_with_another_connection_open_is_refused_cleanly(vault: Vault, vault_path: Path) -> None:
    vault.audit("before.rekey")
    reader = vault.raw_connection()  # e.g. a background job still holding a connection
    try:
        reader.execute("SELECT count(*) FROM audit_log").fetchone()
        with pytest.raises(KimError):
            vault.set_password(NEW_PASSWORD, new_key=True)
    finally:
        reader.close()
    assert read_envelope(envelope_path(vault_path)).pending is None
    vault.audit("after.refused.rekey")  # still usable with the old key
    _assert_healthy(vault)
    with closing(vault.raw_connection()) as conn:
        assert cipher.pragma(conn, "journal_mode") == "wal"
    vault.close()
    with pytest.raises(WrongPassword):
        Vault.open(vault_path, NEW_PASSWORD)
    with Vault.open(vault_path, PASSWORD) as reopened:
        _assert_healthy(reopened)
