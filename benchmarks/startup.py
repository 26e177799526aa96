"""Start to unlock dialog: `python -m kim_desktop --vault P` against a bare PySide6 window."""

from __future__ import annotations

from benchmarks.core import BENCH_PASSWORD, Context, Row, median, python, spawn_until_shown

BARE_WINDOW = '''
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("baseline")
window.resize(800, 600)
window.show()


def shown():
    print(f"KIM_SHOWN {time.time()}", flush=True)
    app.exit(0)


QTimer.singleShot(0, shown)
sys.exit(app.exec())
'''


def start_to_unlock_dialog(ctx: Context) -> list[Row]:
    from kim_desktop.domain.roles import Role
    from kim_desktop.storage.vault import Vault

    work = ctx.fresh_dir("startup")
    vault_path = work / "bench.kimvault"
    Vault.create(vault_path, BENCH_PASSWORD, role=Role.CASE_MANAGER, display_name="Benchmark").close()
    script = work / "bare_window.py"
    script.write_text(BARE_WINDOW, encoding="utf-8")

    env = ctx.child_env(QT_QPA_PLATFORM="offscreen", KIM_DESKTOP_BENCH_SHOWN_EXIT="1")
    app_cmd = [python(), "-m", "kim_desktop", "--vault", str(vault_path)]
    bare_cmd = [python(), str(script)]

    app_samples: list[float] = []
    bare_samples: list[float] = []
    app_problem = bare_problem = ""
    # One warm-up each (disk cache, font cache), then alternate so that drift hits both alike.
    for run in range(ctx.runs + 1):
        if not app_problem:
            app = spawn_until_shown(app_cmd, env, work)
            if app.seconds is None:
                app_problem = app.problem  # not implemented or broken: do not wait again
            elif run:
                app_samples.append(app.seconds)
        if not bare_problem:
            bare = spawn_until_shown(bare_cmd, env, work)
            if bare.seconds is None:
                bare_problem = bare.problem
            elif run:
                bare_samples.append(bare.seconds)

    note = "process start (before Popen) to the dialog shown (its zero-timer after show()), offscreen"
    if app_problem:
        note = f"kim_desktop: {app_problem}"
    rows = [
        Row("start to unlock dialog", median(app_samples) if not app_problem else None,
            budget_max=0.6, baseline=median(bare_samples), baseline_name="bare PySide6 QMainWindow, same spawn",
            ratio_max=4.0, samples=app_samples, baseline_samples=bare_samples, note=note),
    ]
    if bare_problem:
        rows[0].note += f"; baseline: {bare_problem}"
    return rows
