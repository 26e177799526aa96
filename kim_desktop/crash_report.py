"""What a bug report may contain: versions, the exception type and the code frames — no messages,
no values, because an exception's message can quote a client's data."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from types import TracebackType

from kim_desktop import __version__


def safe_details(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    frames = traceback.extract_tb(tb)
    lines = [f"KIM Desktop {__version__}, Python {sys.version.split()[0]}", f"{exc_type.__module__}.{exc_type.__name__}"]
    lines += [f'  File "{Path(f.filename).name}", line {f.lineno}, in {f.name}' for f in frames]
    return "\n".join(lines)
