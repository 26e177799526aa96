"""Bugs end in a dialog with copyable details, a CRITICAL log line and no personal data.

Details are the traceback's frames and the exception type only: exception messages can
quote user input, so they stay out. A hard crash (segfault) leaves a faulthandler file
that the next start reports.
"""

from __future__ import annotations

import faulthandler
import logging
import sys
from pathlib import Path
from types import TracebackType
from typing import IO

from kim_desktop.crash_report import safe_details
from kim_desktop.paths import log_dir
from kim_desktop.storage.atomic import restrict_to_owner

log = logging.getLogger(__name__)
FAULT_FILE = "faulthandler.log"
_fault_stream: IO[str] | None = None


def previous_hard_crash(directory: Path | None = None) -> str | None:
    """The faulthandler output of the last run, if it crashed hard; the file is emptied."""
    path = (directory or log_dir()) / FAULT_FILE
    try:
        text = path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return None
    if text:
        path.write_text("", encoding="utf-8")
        return text
    return None


def install(show_dialog: bool = True, directory: Path | None = None) -> bool:
    """Returns whether the previous run crashed hard: the caller tells the user once the GUI is up."""
    global _fault_stream
    directory = directory or log_dir()
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    crashed = previous_hard_crash(directory)
    if crashed:
        log.critical("previous run ended in a hard crash:\n%s", crashed)
    _fault_stream = open(directory / FAULT_FILE, "a", encoding="utf-8")  # noqa: SIM115 - open for the whole run
    restrict_to_owner(directory / FAULT_FILE)
    faulthandler.enable(_fault_stream)

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        details = safe_details(exc_type, tb)
        log.critical("unhandled error\n%s", details)
        if show_dialog:
            _show(details)

    sys.excepthook = hook
    return crashed is not None


def _show(details: str) -> None:
    from kim_desktop.ui.qt import QCoreApplication, QtWidgets

    if QtWidgets.QApplication.instance() is None:
        return
    box = QtWidgets.QMessageBox()
    box.setIcon(QtWidgets.QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Crash", "KIM Desktop – Programmfehler"))
    box.setText(QCoreApplication.translate(
        "Crash", "Ein Programmfehler ist aufgetreten. Ihre gespeicherten Daten sind nicht betroffen.\n"
                 "Die Einzelheiten (ohne persönliche Daten) können Sie kopieren und an die IT senden."))
    box.setDetailedText(details)
    box.exec()
