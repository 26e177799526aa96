"""The bundle's entry point for both executables: the console one and, on Windows, the windowed
kim-desktop-gui.exe of the start-menu entry."""

import os
import sys

# A windowed Windows executable has no console: sys.stdout/stderr are None, and the CLI's print()
# (e.g. `demo` prints the demo password) would fail. Nobody could read it there anyway.
if sys.stdout is None:
    sys.stdout = open(os.devnull, "w", encoding="utf-8")
if sys.stderr is None:
    sys.stderr = open(os.devnull, "w", encoding="utf-8")

from kim_desktop.cli import main  # noqa: E402 - after the stream fix on purpose

raise SystemExit(main())
