"""Qt stays in the ui package (Anki's rule): domain, storage and sync run without it."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "kim_desktop"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_only_ui_imports_pyside6() -> None:
    offenders = []
    checked = 0
    for path in PACKAGE.rglob("*.py"):
        if "ui" in path.relative_to(PACKAGE).parts[:1]:
            continue
        checked += 1
        if any(name.split(".")[0] == "PySide6" for name in _imports(path)):
            offenders.append(str(path.relative_to(PACKAGE)))
    assert checked > 10
    assert offenders == []


def test_only_ui_qt_module_imports_pyside6_inside_ui() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in (PACKAGE / "ui").rglob("*.py")
        if path.name != "qt.py" and any(name.split(".")[0] == "PySide6" for name in _imports(path))
    ]
    assert offenders == []
