"""Every table of the program, so that Alembic and tests see one metadata.

Later features register their modules here.
"""

from __future__ import annotations

from kim_desktop.storage import (  # noqa: F401 - their tables
    consultation_tables,
    escalation_tables,
    master_data_tables,
    schedule_tables,
    search_tables,
    sync_tables,
)
from kim_desktop.storage.schema import Base

metadata = Base.metadata
