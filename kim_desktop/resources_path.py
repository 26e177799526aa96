"""Where the shipped resources are: installed package, PyInstaller bundle or source checkout."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = [Path(bundle) / "kim_desktop" / "resources"] if bundle else []
    package = Path(__file__).resolve().parent
    candidates += [package / "resources", package.parent / "resources"]
    for candidate in candidates:
        if (candidate / "deployment" / "default.toml").is_file():
            return candidate
    raise FileNotFoundError("KIM Desktop resources not found next to " + str(package))
