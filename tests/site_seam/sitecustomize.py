"""Loaded at start-up by every Python the quick suite starts (tests/conftest.py puts this folder on
PYTHONPATH): points the program's machine-wide preset folder into the test's own folder, as
isolated_dirs does in process, so that a preset installed on this machine (/etc/xdg/kim-desktop)
cannot reach `python -m kim_desktop` in a test. The program itself has no such switch on purpose:
no user may replace IT's preset."""

import os
from pathlib import Path


def _point_site_config_into(folder: Path) -> None:
    try:
        import kim_desktop.paths as paths
    except ImportError:  # a Python without the program (pip's build environment, other tools)
        return
    paths.site_config_dir = lambda: folder  # type: ignore[assignment]


_folder = os.environ.get("KIM_DESKTOP_TEST_SITE_CONFIG_DIR")
if _folder:
    _point_site_config_into(Path(_folder))
