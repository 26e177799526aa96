"""The figures `python -m benchmarks` runs, in this order. Later issues append theirs here."""

from __future__ import annotations

from collections.abc import Callable

from benchmarks import consultation_list, demo_data, memory_security, password, reports, startup, sync, unlock
from benchmarks.core import Context, Row

Benchmark = Callable[[Context], list[Row]]

BENCHMARKS: list[Benchmark] = [
    startup.start_to_unlock_dialog,   # issue 3
    unlock.unlock,                    # issue 3
    password.password_change,         # issue 3
    consultation_list.consultation_list,  # issue 4: keystroke, unlock to a filled window, memory
    demo_data.demo_data_generation,   # issue 4: 100 000 consultations of demo data
    sync.sync_import,                 # issue 5: 20 packages, ≈ 100 000 records
    memory_security.sync_import_without_memory_security,  # issue 5: the price of cipher_memory_security
    sync.sync_export,                 # issue 5: 10 000 changed records
    reports.report_figures,           # issue 8: the year's overview and the XLSX of all views
]
