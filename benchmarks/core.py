"""What every benchmark shares: the result row, the run context and timing helpers."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]

# Never inherited by the benchmark or its children: they would weaken the KDF, point at the
# user's real vault or feed it a password.
SCRUBBED_ENV = ("KIM_DESKTOP_INSECURE_TEST_KDF", "KIM_DESKTOP_VAULT", "KIM_DESKTOP_PASSWORD",
                "KIM_DESKTOP_NEW_PASSWORD", "KIM_DESKTOP_DEPLOYMENT", "KIM_DESKTOP_BENCH_SHOWN_EXIT")

BENCH_PASSWORD = "Benchmark-Passwort-2026"


@dataclass
class Row:
    """One figure of the table. A value of None means "could not be measured" (see note)."""

    name: str
    value: float | None
    unit: str = "s"
    budget_max: float | None = None      # value ≤ budget_max
    budget_min: float | None = None      # value ≥ budget_min (throughputs)
    baseline: float | None = None        # same unit, measured in the same run
    baseline_name: str = ""
    ratio_max: float | None = None       # value / baseline ≤ ratio_max
    ratio_min: float | None = None       # value / baseline ≥ ratio_min
    samples: list[float] = field(default_factory=list)
    baseline_samples: list[float] = field(default_factory=list)
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.baseline:
            return None
        return self.value / self.baseline

    @property
    def has_budget(self) -> bool:
        return any(b is not None for b in (self.budget_max, self.budget_min, self.ratio_max, self.ratio_min))

    @property
    def verdict(self) -> str:
        if self.value is None:
            return "n/a"
        if not self.has_budget:
            return "info"
        ratio = self.ratio
        over = ((self.budget_max is not None and self.value > self.budget_max)
                or (self.budget_min is not None and self.value < self.budget_min)
                or (ratio is not None and self.ratio_max is not None and ratio > self.ratio_max)
                or (ratio is not None and self.ratio_min is not None and ratio < self.ratio_min))
        return "OVER" if over else "ok"


@dataclass
class Context:
    """A run's scratch directory (deleted afterwards), run count and the children's environment."""

    root: Path
    runs: int
    env: dict[str, str]
    _dirs: int = 0

    def fresh_dir(self, name: str) -> Path:
        self._dirs += 1
        path = self.root / f"{self._dirs:02d}-{name}"
        path.mkdir(parents=True)
        return path

    def child_env(self, **extra: str) -> dict[str, str]:
        env = dict(self.env)
        env.update(extra)
        return env


def isolated_env(root: Path) -> dict[str, str]:
    """The current environment with the program's data, config and state folders under root."""
    env = {k: v for k, v in os.environ.items() if k not in SCRUBBED_ENV}
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"), ("XDG_STATE_HOME", "state")):
        (root / "home" / sub).mkdir(parents=True, exist_ok=True)
        env[var] = str(root / "home" / sub)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), env.get("PYTHONPATH", "")) if p)
    return env


def median(samples: list[float]) -> float | None:
    return statistics.median(samples) if samples else None


def time_runs(fn: Callable[[], object], runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return samples


@dataclass
class Spawned:
    seconds: float | None  # from just before Popen to the KIM_SHOWN time the child printed
    problem: str = ""


def spawn_until_shown(cmd: list[str], env: dict[str, str], cwd: Path, timeout: float = 30.0) -> Spawned:
    """Start cmd and wait for its `KIM_SHOWN <time.time()>` line (it exits right after)."""
    started = time.time()
    proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    problem = ""
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        problem = f"did not exit within {timeout:.0f} s"
    for line in out.splitlines():
        if line.startswith("KIM_SHOWN "):
            try:
                return Spawned(float(line.split()[1]) - started, problem)
            except (IndexError, ValueError):
                return Spawned(None, f"unreadable line {line!r}")
    last = (err.strip().splitlines() or [""])[-1][:160]
    return Spawned(None, problem or f"exit {proc.returncode} without a KIM_SHOWN line" + (f": {last}" if last else ""))


def python() -> str:
    return sys.executable
