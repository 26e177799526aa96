"""Start to unlock dialog: `python -m kim_desktop --vault P` and the PyInstaller bundle against a bare
PySide6 window."""

from __future__ import annotations

from benchmarks.core import BENCH_PASSWORD, REPO_ROOT, Context, Row, median, python, spawn_until_shown

BUNDLE = REPO_ROOT / "dist" / "kim-desktop" / "kim-desktop"

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
    """From source, and from IT's bundle (dist/kim-desktop) when build_scripts/build.py made one."""
    from kim_desktop.domain.roles import Role
    from kim_desktop.storage.vault import Vault

    work = ctx.fresh_dir("startup")
    vault_path = work / "bench.kimvault"
    Vault.create(vault_path, BENCH_PASSWORD, role=Role.CASE_MANAGER, display_name="Benchmark").close()
    script = work / "bare_window.py"
    script.write_text(BARE_WINDOW, encoding="utf-8")

    env = ctx.child_env(QT_QPA_PLATFORM="offscreen", KIM_DESKTOP_BENCH_SHOWN_EXIT="1")
    commands = {"source": [python(), "-m", "kim_desktop", "--vault", str(vault_path)]}
    if BUNDLE.is_file():
        commands["bundle"] = [str(BUNDLE), "--vault", str(vault_path)]
    samples: dict[str, list[float]] = {name: [] for name in (*commands, "bare")}
    problems: dict[str, str] = {}
    commands["bare"] = [python(), str(script)]
    # One warm-up each (disk cache, font cache), then alternate so that drift hits all alike.
    for run in range(ctx.runs + 1):
        for name, cmd in commands.items():
            if name in problems:
                continue  # not implemented or broken: do not wait again
            spawned = spawn_until_shown(cmd, env, work)
            if spawned.seconds is None:
                problems[name] = spawned.problem
            elif run:
                samples[name].append(spawned.seconds)

    note = "process start (before Popen) to the dialog shown (its zero-timer after show()), offscreen"
    baseline = median(samples["bare"]) if "bare" not in problems else None
    rows = []
    for name, label in (("source", "start to unlock dialog"), ("bundle", "start to unlock dialog, bundle")):
        if name not in commands:
            continue  # no bundle built here: nothing to measure, and --strict must not fail for it
        problem = problems.get(name, "")
        rows.append(Row(label, median(samples[name]) if not problem else None, budget_max=0.6, baseline=baseline,
                        baseline_name="bare PySide6 QMainWindow, same spawn", ratio_max=4.0,
                        samples=samples[name], baseline_samples=samples["bare"],
                        note=f"{name}: {problem}" if problem else note))
    if "bare" in problems:
        rows[0].note += f"; baseline: {problems['bare']}"
    return rows
