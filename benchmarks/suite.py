"""The figures `python -m benchmarks` runs, in this order. Later issues append theirs here."""

from __future__ import annotations

from collections.abc import Callable

from benchmarks import password, startup, unlock
from benchmarks.core import Context, Row

Benchmark = Callable[[Context], list[Row]]

BENCHMARKS: list[Benchmark] = [
    startup.start_to_unlock_dialog,   # issue 3
    unlock.unlock,                    # issue 3
    password.password_change,         # issue 3
]
