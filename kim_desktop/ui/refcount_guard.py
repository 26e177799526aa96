"""Work around a PySide6 6.12.0 bug on CPython 3.11: every processEvents()/exec()/qWait() called
from Python drops one reference to None (and some calls to True/False). Once the count reaches
zero the interpreter aborts ("none_dealloc"). Holding extra references keeps it far from zero;
each entry costs one pointer (8 bytes)."""

from __future__ import annotations

import sys

_held: list[object] = []


def hold(count: int) -> None:
    if sys.version_info < (3, 12):  # from 3.12 on, None, True and False are immortal
        _held.extend([None, True, False] * count)
