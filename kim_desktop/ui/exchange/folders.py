"""The folders last used for exchange files (usually a USB stick), remembered per purpose.

Kept in QSettings beside the window geometry: a folder is no personal data and no option a
user sets deliberately, only where the file dialog starts next time.
"""

from __future__ import annotations

from pathlib import Path

from kim_desktop.ui.qt import QtCore, QtWidgets

EXPORT, IMPORT, FEEDBACK, KEYS = "export", "import", "feedback", "keys"


def _key(purpose: str) -> str:
    return f"exchange/{purpose}_dir"


def last_folder(purpose: str) -> str:
    saved = QtCore.QSettings().value(_key(purpose))
    return saved if isinstance(saved, str) else ""


def remember_folder(purpose: str, folder: Path) -> None:
    QtCore.QSettings().setValue(_key(purpose), str(folder))


def start_folder(purpose: str) -> str:
    """The last folder of this purpose while it still exists, else the home folder."""
    last = last_folder(purpose)
    return last if last and Path(last).is_dir() else str(Path.home())


def ask_files(parent: QtWidgets.QWidget, title: str, purpose: str) -> list[Path]:
    chosen, _filter = QtWidgets.QFileDialog.getOpenFileNames(
        parent, title, start_folder(purpose),
        QtCore.QCoreApplication.translate("Exchange", "KIM-Austauschdateien (*.kimsync);;Alle Dateien (*)"))
    paths = [Path(name) for name in chosen]
    if paths:
        remember_folder(purpose, paths[0].parent)
    return paths


def ask_folder(parent: QtWidgets.QWidget, title: str, purpose: str) -> Path | None:
    chosen = QtWidgets.QFileDialog.getExistingDirectory(parent, title, start_folder(purpose))
    if not chosen:
        return None
    remember_folder(purpose, Path(chosen))
    return Path(chosen)
