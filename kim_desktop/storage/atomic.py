"""Replace a small file so that a crash leaves either the old or the new content."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from kim_desktop.errors import StorageFull


def restrict_to_owner(path: Path) -> None:
    """Owner-only access; SQLite gives -wal and -shm files the same mode as their database."""
    if os.name != "nt":
        os.chmod(path, 0o600)


def fsync_dir(directory: Path) -> None:
    if os.name == "nt":  # directories cannot be opened for fsync on Windows
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes, mode: int = 0o600) -> None:
    tmp = path.with_name(path.name + ".tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        try:
            view = memoryview(data)
            while view:  # os.write may write less than asked, e.g. on a USB stick
                view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise StorageFull(reason="Datenträger voll") from None
        raise
