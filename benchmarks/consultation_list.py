"""The consultation list with 100 000 consultations (issue 4, DESIGN.md §7).

- a filter keystroke until the list shows (≤ 100 ms): search text typed letter by letter, the
  choices and a date, each the page's own query + model reset + one synchronous repaint of the
  table; baseline: the bare SQL page query for the same filter. The count follows in the
  background and is shown as information.
- unlock (key derivation included) → the main window shown with its first page and the consultation
  list filled (≤ 1.0 s): the real unlock dialog and AppController in a child process; baseline:
  Vault.open + close of the same vault without any window.
- memory (≤ 300 MB RSS) of that child after the list was shown, counted and scrolled to 2 000 rows;
  baseline: a bare PySide6 window.

The 100 000-consultation vault is built once per run (benchmarks.demo_data or the demo-data service,
else a small generator here) and kept in the run's scratch folder for every figure that wants it.
It is marked as backed up today, so that the automatic backup does not run during the figures.
The children print one line `KIM_RESULT <json>`; names and notes of the demo data are never printed.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import statistics
import subprocess
import sys
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from benchmarks.core import BENCH_PASSWORD, Context, Row, median, python, time_runs

if TYPE_CHECKING:
    from kim_desktop.ui.pages.consultation_list_page import ConsultationListPage

CONSULTATIONS = 100_000
SEED = 4
ROWS_SCROLLED = 2_000
RESULT = "KIM_RESULT "

# --- the vault --------------------------------------------------------------------------------------


def bench_vault(ctx: Context, consultations: int = CONSULTATIONS) -> tuple[Path, str]:
    """The run's vault with `consultations` consultations (built on first use) and how it was made."""
    path = ctx.root / "cache" / f"consultations-{consultations}.kimvault"
    made_by = path.with_suffix(".made-by")
    if path.exists():
        return path, made_by.read_text(encoding="utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    try:
        from benchmarks.demo_data import build_vault_with_consultations  # type: ignore[import-not-found]
    except ImportError:
        how = _create_and_fill(path, consultations)
    else:
        build_vault_with_consultations(path, consultations, SEED)
        how = "benchmarks.demo_data"
    _mark_backed_up(path)
    made_by.write_text(f"{how}, built in {time.perf_counter() - started:.0f} s", encoding="utf-8")
    return path, made_by.read_text(encoding="utf-8")


def _create_and_fill(path: Path, consultations: int) -> str:
    from kim_desktop.config.deployment import load_deployment
    from kim_desktop.domain.roles import Role
    from kim_desktop.storage.vault import Vault

    team = load_deployment().teams[0]
    vault = Vault.create(path, BENCH_PASSWORD, role=Role.CASE_MANAGER, display_name="Benchmark",
                         team=team.number, municipalities=team.municipalities)
    try:
        try:
            from kim_desktop.services.demo_data import fill_demo_data
        except ImportError:
            _local_fill(vault, consultations)
            return "benchmarks.consultation_list's own generator"
        fill_demo_data(vault, consultations, seed=SEED)
        return "kim_desktop.services.demo_data.fill_demo_data"
    finally:
        vault.close()


def _mark_backed_up(path: Path) -> None:
    from kim_desktop.storage.backup import STATE_LAST_BACKUP
    from kim_desktop.storage.local_state import set_state
    from kim_desktop.storage.vault import Vault

    with Vault.open(path, BENCH_PASSWORD) as vault, vault.transaction() as session:
        set_state(session, STATE_LAST_BACKUP, dt.datetime.now(dt.UTC).isoformat())


_WORDS = ("Termin Jobcenter Antrag Wohngeld Mietschulden Kita-Platz Integrationskurs Ausländerbehörde "
          "Aufenthaltserlaubnis Verlängerung Anerkennung Berufsabschluss Krankenkasse Familienkasse "
          "Kindergeld Übersetzung Begleitung Wohnung Vermieter Nebenkosten Bescheid Widerspruch Frist "
          "Unterlagen Schuldnerberatung Einbürgerung Arbeitsvertrag Praktikum Ausbildung besprochen "
          "vereinbart erledigt nachgereicht geklärt weitergeleitet gemeinsam ausgefüllt telefoniert mit der "
          "für und bis").split()
_FIRST = "Amina Mohammad Özlem Jürgen Ayşe Olena Dmytro Ali Yusuf Mariam Ahmad Sara Leyla Ömer Zeynep".split()
_LAST = ("Haddad Özdemir Yılmaz Müller Schäfer Kovalenko Popescu Nowak Ahmadi Rahimi Kaya Demir Çelik "
         "Berisha").split()


def _local_fill(vault: Any, consultations: int) -> None:
    """Only until the demo-data service exists: plausible enough for timing, nothing more."""
    from sqlalchemy import insert

    from kim_desktop.domain.catalogues import ContactType, LegalDomain
    from kim_desktop.storage.consultation_tables import Case, Client, Consultation, join_codes
    from kim_desktop.storage.schema import utcnow

    rng = random.Random(SEED)
    device, now = vault.profile.device_id, utcnow()
    ags = list(vault.profile.municipalities)

    def synced() -> dict[str, Any]:
        return {"id": uuid.UUID(int=rng.getrandbits(128)), "device_id": device, "revision": 1,
                "updated_at": now, "deleted": False}

    clients = [synced() | {"pseudonym": f"K-{i:04X}-{i % 97:02d}", "first_name": rng.choice(_FIRST),
                           "last_name": rng.choice(_LAST), "interpreter_needed": False}
               for i in range(max(1, consultations // 12))]
    cases = [synced() | {"client_id": c["id"], "owner_device_id": device, "municipality_ags": rng.choice(ags),
                         "focus": "general", "phase": "clearing", "opened_on": dt.date(2023, 1, 1),
                         "closed_on": dt.date(2025, 6, 1) if rng.random() < 0.3 else None} for c in clients]
    with vault.transaction() as session:
        session.execute(insert(Client), clients)
        session.execute(insert(Case), cases)
        for start in range(0, consultations, 10_000):
            rows = []
            for _ in range(min(10_000, consultations - start)):
                case = rng.choice(cases)
                domains = [str(d) for d in rng.sample(list(LegalDomain), rng.randint(0, 3))]
                rows.append(synced() | {
                    "case_id": case["id"],
                    "held_on": dt.date(2023, 1, 2) + dt.timedelta(days=rng.randrange(1000)),
                    "start_time": f"{rng.randint(8, 16):02d}:{rng.choice((0, 15, 30, 45)):02d}",
                    "duration_minutes": rng.choice((15, 30, 45, 60, 90)),
                    "municipality_ags": case["municipality_ags"],
                    "contact_type": str(rng.choice(list(ContactType))), "topics": "",
                    "legal_domains": join_codes(domains),
                    "referrals": "", "referrals_without_consent": "", "follow_up_done": False,
                    "notes": " ".join(rng.choice(_WORDS) for _ in range(rng.randint(10, 50))),
                    "next_steps": " ".join(rng.choice(_WORDS) for _ in range(rng.randint(0, 12)))})
            session.execute(insert(Consultation), rows)


# --- the figures -------------------------------------------------------------------------------------


def _child(mode: str, path: Path, ctx: Context, *extra: str,
           timeout: float = 300.0) -> tuple[dict[str, Any] | None, str]:
    cmd = [python(), "-m", "benchmarks.consultation_list", mode, str(path), *extra]
    env = ctx.child_env(QT_QPA_PLATFORM="offscreen")
    try:
        done = subprocess.run(cmd, env=env, cwd=ctx.root, stdin=subprocess.DEVNULL, capture_output=True,
                              text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, f"{mode}: no result within {timeout:.0f} s"
    for line in done.stdout.splitlines():
        if line.startswith(RESULT):
            return json.loads(line[len(RESULT):]), ""
    last = (done.stderr.strip().splitlines() or [""])[-1][:200]
    return None, f"{mode}: exit {done.returncode} without a result" + (f": {last}" if last else "")


def consultation_list(ctx: Context) -> list[Row]:
    from kim_desktop.storage.vault import Vault

    path, made_by = bench_vault(ctx)
    rows: list[Row] = []

    keys, problem = _child("keystrokes", path, ctx, str(ctx.runs))
    if keys is None:
        rows.append(Row("filter keystroke, 100 000 consultations", None, budget_max=0.1, note=problem))
    else:
        # Each filter change's median over the rounds, so that one preempted run is not "the slowest".
        gui, sql = ([statistics.median(times) for times in keys[name]] for name in ("keystroke", "bare_page"))
        counts, bare_counts = ([statistics.median(times) for times in keys[name]]
                               for name in ("count_shown", "bare_count"))
        note = (f"{len(gui)} filter changes, each its median of {ctx.runs} rounds: a name and a word from "
                f"the notes typed letter by letter, municipality, contact type, legal domain, a date, "
                f"closed cases, reset; each the query, the model reset and a repaint of the table")
        rows += [
            Row("filter keystroke, 100 000 consultations (median)", median(gui), budget_max=0.1,
                baseline=median(sql), baseline_name="bare SQL page query (consultation_query.page)",
                samples=gui, baseline_samples=sql, note=note),
            Row("  slowest filter keystroke", max(gui), budget_max=0.1, baseline=max(sql),
                baseline_name="slowest bare SQL page query", samples=gui, baseline_samples=sql),
            Row("  count, shown after the list (median)", median(counts),
                baseline=median(bare_counts), baseline_name="bare SQL count query, same filters",
                samples=counts, baseline_samples=bare_counts,
                note="runs in the background after each keystroke; the budget allows it to follow"),
            Row("  sort by a header click (slowest sort)", max(keys["sort"]), samples=keys["sort"],
                note="date, municipality, pseudonym, name, contact type, duration, each way; no filter"),
        ]

    opened = time_runs(lambda: Vault.open(path, BENCH_PASSWORD).close(), 1)  # warm-up (disk cache)
    opened = time_runs(lambda: Vault.open(path, BENCH_PASSWORD).close(), ctx.runs)
    windows: list[dict[str, Any]] = []
    problem = ""
    for run in range(ctx.runs + 1):  # one warm-up, not counted
        result, problem = _child("unlock", path, ctx)
        if result is None:
            break
        if run:
            windows.append(result)
    if not windows:
        rows.append(Row("unlock → filled main window, 100 000 consultations", None, budget_max=1.0,
                        note=problem))
    else:
        shown = [w["shown"] for w in windows]
        parts = {key: median([w["parts"].get(key, 0.0) for w in windows]) or 0.0
                 for key in windows[0]["parts"]}
        breakdown = ", ".join(f"{key} {value * 1000:.0f} ms" for key, value in parts.items())
        rows += [
            Row("unlock → filled main window, 100 000 consultations", median(shown), budget_max=1.0,
                baseline=median(opened), baseline_name="Vault.open + close of the same vault, no window",
                samples=shown, baseline_samples=opened,
                note=f"unlock dialog's button → main window shown (first page) with the consultation list "
                     f"filled ({windows[0]['rows']} rows loaded); production Argon2id; of which (medians): "
                     f"{breakdown}; the rest: window, show, first paint; vault: {made_by}"),
            Row("  … until the count shows", median([w["counted"] for w in windows]),
                samples=[w["counted"] for w in windows], note="background count after the window is up"),
        ]
    bare, bare_problem = _child("bare", path, ctx)
    if windows:
        rss = [w["rss_mb"] for w in windows]
        note = (f"after unlock, the list shown, counted and scrolled to {ROWS_SCROLLED} rows; "
                f"peak {max(w['peak_mb'] for w in windows):.0f} MB"
                + (f"; baseline: {bare_problem}" if bare_problem else ""))
        rows.append(Row("memory with 100 000 consultations open (RSS)", median(rss), unit="MB",
                        budget_max=300, baseline=bare["rss_mb"] if bare else None,
                        baseline_name="bare PySide6 QMainWindow, started the same way", samples=rss,
                        note=note))
    else:
        rows.append(Row("memory with 100 000 consultations open (RSS)", None, unit="MB", budget_max=300,
                        note=problem))
    return rows


# --- the children ------------------------------------------------------------------------------------


def _memory_mb() -> tuple[float, float]:
    """(VmRSS, VmHWM) of this process in MB (Linux)."""
    values = {}
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = int(rest.split()[0]) / 1024
    return values.get("VmRSS", 0.0), values.get("VmHWM", 0.0)


def _application() -> Any:
    from kim_desktop.ui import refcount_guard
    from kim_desktop.ui.i18n import install_translators
    from kim_desktop.ui.qt import QtCore, QtWidgets

    refcount_guard.hold(100_000)  # as ui.app.run does
    QtCore.QCoreApplication.setOrganizationName("kim-desktop")
    QtCore.QCoreApplication.setApplicationName("KIM Desktop")
    app = QtWidgets.QApplication(sys.argv[:1])
    install_translators(app, "de")
    return app


def _wait_then(condition: Any, then: Any) -> None:
    """Call `then` once `condition()` holds, polling from the event loop (no nested loops)."""
    from kim_desktop.ui.qt import QTimer

    def poll() -> None:
        if condition():
            then()
        else:
            QTimer.singleShot(2, poll)

    poll()


def _time_the_parts() -> dict[str, float]:
    """Where the unlock time goes: Vault.open and each page of the main window (wrapped, unchanged)."""
    import dataclasses

    from kim_desktop.storage.vault import Vault
    from kim_desktop.ui import main_window

    parts: dict[str, float] = {}
    real_open = Vault.open.__func__  # type: ignore[attr-defined]

    def timed_open(cls: type, *args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return real_open(cls, *args, **kwargs)
        finally:
            parts["Vault.open"] = time.perf_counter() - started

    Vault.open = classmethod(timed_open)  # type: ignore[method-assign, assignment]
    real_sections = main_window.sections_for

    def timed_sections(role: Any) -> list[Any]:
        def timed(section: Any) -> Any:
            def factory(session: Any) -> Any:
                started = time.perf_counter()
                try:
                    return section.factory(session)
                finally:
                    parts[f"page {section.key}"] = time.perf_counter() - started
            return dataclasses.replace(section, factory=factory)
        return [timed(section) for section in real_sections(role)]

    main_window.sections_for = timed_sections  # type: ignore[assignment]
    return parts


def _child_unlock(path: Path) -> None:
    """The real unlock dialog and controller: type the password, press Entsperren, time the main window."""
    from kim_desktop.config.deployment import load_deployment
    from kim_desktop.settings import Settings
    from kim_desktop.ui.app import AppController
    from kim_desktop.ui.qt import QtCore, QTimer
    from kim_desktop.ui.unlock_dialog import UnlockDialog

    app = _application()
    deployment = load_deployment()
    parts = _time_the_parts()
    controller = AppController(deployment, Settings(deployment), path)
    dialog = controller.start()
    assert isinstance(dialog, UnlockDialog)  # the vault exists
    dialog.password.edit.setText(BENCH_PASSWORD)
    marks: dict[str, Any] = {}

    def counted() -> None:
        marks["counted"] = time.perf_counter() - marks["start"]
        window = controller.window
        page = window.pages["consultations"]
        while page.model.rowCount() < ROWS_SCROLLED and page.model.canFetchMore(QtCore.QModelIndex()):
            page.model.fetchMore(QtCore.QModelIndex())
        page.table.scrollToBottom()
        window.repaint()
        marks["rss_mb"], marks["peak_mb"] = _memory_mb()
        print(RESULT + json.dumps(marks), flush=True)
        app.exit(0)

    def shown() -> None:
        marks["shown"] = time.perf_counter() - marks["start"]
        marks["parts"] = dict(parts)
        page = controller.window.pages["consultations"]
        marks["rows"] = page.model.rowCount()
        controller.window.select_section("consultations")  # the count starts when the list is seen
        _wait_then(lambda: page.total is not None, counted)

    def start() -> None:
        marks["start"] = time.perf_counter()
        dialog.try_unlock()

    controller.unlocked.connect(lambda: QTimer.singleShot(0, shown))  # after the window's first paint
    QTimer.singleShot(0, start)
    app.exec()
    controller.shutdown()


def _keystroke_plan(vault: Any) -> list[tuple[str, Any]]:
    """(kind, value) steps: a client's last name and a frequent word of the notes typed letter by letter,
    then choices and a date. The name and word are picked from the vault and never printed."""
    from sqlalchemy import func, select

    from kim_desktop.storage.consultation_tables import Client, Consultation

    with vault.reader() as session:
        name = session.scalars(select(Client.last_name).where(func.length(Client.last_name) >= 6)
                               .order_by(Client.pseudonym).limit(1).offset(50)).first() or "Haddad"
        notes = session.scalars(select(Consultation.notes).where(Consultation.notes.is_not(None))
                                .limit(500)).all()
    words = Counter(w.strip(".,;:") for text in notes for w in text.split() if len(w.strip(".,;:")) >= 7
                    and w.strip(".,;:").isalpha())
    word = words.most_common(1)[0][0] if words else "Wohngeld"
    plan: list[tuple[str, Any]] = [("text", name[:n]) for n in range(1, len(name) + 1)]
    plan += [("text", "")] + [("text", word[:n]) for n in range(1, len(word) + 1)]
    plan += [("text", ""), ("municipality", 1), ("contact_type", 2), ("legal_domain", 1),
             ("date_from", "01.01.2025"), ("include_closed", False), ("reset", None)]
    return plan


def _child_keystrokes(path: Path, rounds: int) -> None:
    """The plan `rounds` times (it ends with a reset); per step one time per round."""
    from kim_desktop.config.deployment import load_deployment
    from kim_desktop.services import consultation_query as query
    from kim_desktop.settings import Settings
    from kim_desktop.storage.vault import Vault
    from kim_desktop.ui.main_window import MainWindow
    from kim_desktop.ui.qt import Qt
    from kim_desktop.ui.session import AppSession

    app = _application()
    deployment = load_deployment()
    vault = Vault.open(path, BENCH_PASSWORD)
    window = MainWindow(AppSession(vault, deployment, Settings(deployment)))
    window.resize(1100, 720)
    window.show()
    window.select_section("consultations")
    page = cast("ConsultationListPage", window.pages["consultations"])
    plan = _keystroke_plan(vault)
    steps = [f"{kind}:{len(value) if isinstance(value, str) else value}" for kind, value in plan]  # no text
    results: dict[str, Any] = {name: [[] for _ in plan] for name in ("keystroke", "count_shown", "bare_page",
                                                                     "bare_count")}
    results["sort"] = []
    filters: list[Any] = []

    def act(kind: str, value: Any) -> None:
        if kind == "text":
            page.search.setText(value)
        elif kind == "date_from":
            page.date_from.setText(value)
        elif kind == "include_closed":
            page.include_closed.setChecked(value)
        elif kind == "reset":
            page.reset_button.click()
        else:
            getattr(page, kind).setCurrentIndex(value)
        page.apply_filter()  # what the typing pause would do next (a no-op when the choice already did)
        page.table.viewport().repaint()

    def step(index: int) -> None:
        if index == len(plan) * rounds:
            finish()
            return
        at = index % len(plan)
        started = time.perf_counter()
        act(*plan[at])
        listed = time.perf_counter()
        results["keystroke"][at].append(listed - started)
        if index < len(plan):
            filters.append(page.model.filter)

        def counted() -> None:
            results["count_shown"][at].append(time.perf_counter() - listed)
            step(index + 1)

        _wait_then(lambda: page.total is not None, counted)

    def finish() -> None:
        hints = page.labels.hints()
        with vault.reader() as session:
            for _ in range(rounds):
                for at, flt in enumerate(filters):  # in the same order as the keystrokes
                    started = time.perf_counter()
                    query.page(session, flt, hints=hints)
                    results["bare_page"][at].append(time.perf_counter() - started)
                    started = time.perf_counter()
                    query.count(session, flt)
                    results["bare_count"][at].append(time.perf_counter() - started)
        for column in range(len(page.model.fields)):
            if page.model.is_sortable(column):
                for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                    started = time.perf_counter()
                    page.table.sortByColumn(column, order)
                    page.table.viewport().repaint()
                    results["sort"].append(time.perf_counter() - started)
        print(RESULT + json.dumps(results | {"steps": steps}), flush=True)
        app.exit(0)

    _wait_then(lambda: page.total is not None, lambda: step(0))
    app.exec()
    from kim_desktop.ui.background import wait_for_background

    wait_for_background()
    vault.close()


def _child_bare() -> None:
    from kim_desktop.ui.qt import QTimer, QtWidgets

    app = _application()
    window = QtWidgets.QMainWindow()
    window.resize(1100, 720)
    window.show()

    def report() -> None:
        rss, peak = _memory_mb()
        print(RESULT + json.dumps({"rss_mb": rss, "peak_mb": peak}), flush=True)
        app.exit(0)

    QTimer.singleShot(0, report)
    app.exec()


def main(argv: list[str]) -> int:
    mode, path = argv[0], Path(argv[1])
    if mode == "unlock":
        _child_unlock(path)
    elif mode == "keystrokes":
        _child_keystrokes(path, int(argv[2]) if len(argv) > 2 else 1)
    elif mode == "bare":
        _child_bare()
    else:
        raise SystemExit(f"unknown mode {mode}")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    raise SystemExit(main(sys.argv[1:]))
