"""A `kill -9` of the importing process leaves the coordinator's vault consistent, with all of the
package or none of it, and the package imports again.

A worker subprocess imports a large package (5 000 consultations) and prints where it is; the
test kills it at that point: inside the transaction after the consultations were written (the
worker runs with a small page cache, so uncommitted pages are in the WAL file, and waits to be
killed), or right when it starts to commit (the kill lands before,
during or after the commit; every outcome must be whole).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kim_desktop.services.demo_data import fill_demo_data
from kim_desktop.storage.check import check_vault
from kim_desktop.storage.consultation_tables import Consultation
from kim_desktop.storage.search_tables import check_search_index
from kim_desktop.storage.vault import Vault
from kim_desktop.sync import export, package
from kim_desktop.sync.importer import IMPORTED, UNCHANGED
from tests.sync import helpers
from tests.sync.helpers import PASSWORD, copy_vault, import_all, keys_of

pytestmark = pytest.mark.slow

REPO_ROOT = Path(__file__).resolve().parents[2]
CONSULTATIONS = 5_000
TIMEOUT = 120.0

WORKER = r'''
import os
import sys
from contextlib import contextmanager
from pathlib import Path

from kim_desktop.config.deployment import default_file, load_deployment
from kim_desktop.storage.vault import Vault
from kim_desktop.sync import importer


def say(line):
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


mode, vault_path, package_path = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
vault = Vault.open(vault_path, os.environ["CRASH_PASSWORD"])
deployment = load_deployment(default_file())
if mode == "mid-transaction":
    apply = importer._Applier.apply

    def apply_with_small_cache(self):
        self.conn.exec_driver_sql("PRAGMA cache_size = 16")  # pages spill into the WAL before the commit
        apply(self)

    importer._Applier.apply = apply_with_small_cache
    written = importer.reindexing

    @contextmanager
    def then_wait(conn, changed_ids, new_ids):
        with written(conn, changed_ids, new_ids):
            yield
        if new_ids:  # the consultations are written and indexed; nothing is committed
            say("applying")
            sys.stdin.readline()  # the test kills us here

    importer.reindexing = then_wait
elif mode == "commit":
    logged = importer._log

    def then_commit(session, outcome, manifest):
        logged(session, outcome, manifest)
        say("committing")  # the transaction commits right after this

    importer._log = then_commit
say("ready")
outcomes = importer.import_files(vault, deployment, [package_path], trust_new_devices=True)
say("done " + outcomes[0].status)
'''


@dataclass
class Big:
    coordinator: Path
    package: Path
    consultations: int


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Big:
    folder = tmp_path_factory.mktemp("crash")
    cm = helpers.new_case_manager(folder / "cm.kimvault")
    coordinator = helpers.new_coordinator(folder / "k.kimvault")
    try:
        helpers.introduce(cm, coordinator)
        fill_demo_data(cm, CONSULTATIONS, seed=3, deployment=helpers.shipped_deployment())
        result = export.export_for_kreis(cm, helpers.shipped_deployment(), folder / "out")
        keys = keys_of(coordinator)
    finally:
        cm.close()
        coordinator.close()
    count = package.read(result.path.read_bytes(), keys).manifest["counts"]["consultation"]
    assert count == CONSULTATIONS
    return Big(coordinator.path, result.path, count)


def _start(tmp_path: Path, mode: str, vault: Path, big: Big) -> subprocess.Popen[str]:
    script = tmp_path / "import_worker.py"
    script.write_text(WORKER, encoding="utf-8")
    env = dict(os.environ, CRASH_PASSWORD=PASSWORD, KIM_DESKTOP_INSECURE_TEST_KDF="1")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), env.get("PYTHONPATH", "")) if p)
    return subprocess.Popen([sys.executable, str(script), mode, str(vault), str(big.package)], env=env,
                            cwd=REPO_ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _wait_for(worker: subprocess.Popen[str], wanted: str) -> None:
    assert worker.stdout is not None
    while (line := worker.stdout.readline()) and line.strip() != wanted:
        pass
    if not line:
        worker.wait(timeout=TIMEOUT)
        errors = worker.stderr.read() if worker.stderr else ""
        raise AssertionError(f"worker ended before {wanted!r} (exit {worker.returncode}): {errors}")


def _kill(worker: subprocess.Popen[str]) -> str:
    worker.send_signal(signal.SIGKILL)
    rest, _errors = worker.communicate(timeout=TIMEOUT)
    assert worker.returncode == -signal.SIGKILL
    return rest


def _consultations(vault: Vault) -> int:
    with vault.reader() as session:
        return session.scalar(select(func.count()).select_from(Consultation)) or 0


def _healthy_and_whole(path: Path, big: Big) -> int:
    """Opens, passes the check, holds all of the package or nothing; returns what it holds."""
    with Vault.open(path, PASSWORD) as vault:
        report = check_vault(vault)
        assert report.ok, report.problems
        count = _consultations(vault)
        assert count in (0, big.consultations)
        with vault.engine.connect() as conn:
            check_search_index(conn)
        return count


def _imports_again(path: Path, big: Big, held: int) -> None:
    with Vault.open(path, PASSWORD) as vault:
        [outcome] = import_all(vault, [big.package])
        assert outcome.status == (UNCHANGED if held else IMPORTED), outcome.reason
        assert _consultations(vault) == big.consultations
        with vault.engine.connect() as conn:
            check_search_index(conn)


def test_kill_inside_the_import_transaction(big: Big, tmp_path: Path) -> None:
    path = copy_vault(big.coordinator, tmp_path / "k.kimvault")
    worker = _start(tmp_path, "mid-transaction", path, big)
    _wait_for(worker, "ready")
    wal = path.with_name(path.name + "-wal")
    at_start = wal.stat().st_size if wal.exists() else 0
    _wait_for(worker, "applying")
    assert wal.stat().st_size > at_start  # uncommitted pages on disk when the kill comes
    assert "done" not in _kill(worker)
    assert _healthy_and_whole(path, big) == 0
    _imports_again(path, big, held=0)


def test_kill_when_the_import_commits(big: Big, tmp_path: Path) -> None:
    path = copy_vault(big.coordinator, tmp_path / "k.kimvault")
    worker = _start(tmp_path, "commit", path, big)
    _wait_for(worker, "committing")
    _kill(worker)
    held = _healthy_and_whole(path, big)
    _imports_again(path, big, held)
