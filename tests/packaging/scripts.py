"""build_scripts/*.py loaded by path (build_scripts/ is no package), so that the tests take the
version, the Debian version and the size budget from the build itself instead of repeating them."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

SCRIPTS = Path(__file__).resolve().parents[2] / "build_scripts"


def load(name: str) -> ModuleType:
    """build_scripts/<name>.py as the module build_scripts_<name>, loaded once."""
    module_name = f"build_scripts_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, SCRIPTS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module
