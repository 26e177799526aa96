"""Logs go to a rotating file in the user's log folder. They name record ids, never contents."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from kim_desktop.paths import log_dir

LOG_FILE = "kim-desktop.log"


def setup_logging(directory: Path | None = None, level: int = logging.INFO) -> Path:
    directory = directory or log_dir()
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = directory / LOG_FILE
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    root.setLevel(level)
    # SQL statements carry no values (hide_parameters), but they are noise at INFO.
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    if os.name != "nt":
        os.chmod(path, 0o600)
    return path
