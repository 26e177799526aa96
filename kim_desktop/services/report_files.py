"""Writing a file the user asked for together with its audit entry: no file without its entry.

The entry names the kind of report only (ids, never content). Should the entry fail to commit,
the file written in the same transaction is removed again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from kim_desktop.storage import audit
from kim_desktop.storage.vault import Vault

T = TypeVar("T")


def write_audited(vault: Vault, action: str, target: Path, write: Callable[[], T]) -> T:
    written = False
    try:
        with vault.transaction() as session:
            audit.record(session, action, record_type="report")
            result = write()
            written = True
    except BaseException:
        if written:
            target.unlink(missing_ok=True)
        raise
    return result
