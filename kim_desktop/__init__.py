"""KIM Desktop: case management for the Kommunales Integrationsmanagement."""

from __future__ import annotations

import sys
from importlib import metadata
from pathlib import Path

APP_NAME = "kim-desktop"


def _read_version() -> str:
    """The version has one home, pyproject.toml; this finds it wherever the program runs.

    A PyInstaller bundle carries a VERSION file written from pyproject at build time; a source
    checkout (also an editable install, whose metadata may be stale) reads pyproject itself; an
    installed wheel asks its metadata.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return (Path(bundle) / "kim_desktop" / "VERSION").read_text(encoding="utf-8").strip()
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    if pyproject.is_file():
        import tomllib

        with pyproject.open("rb") as file:
            project = tomllib.load(file).get("project", {})
        if project.get("name") == APP_NAME:
            return str(project["version"])
    return metadata.version(APP_NAME)


__version__ = _read_version()
