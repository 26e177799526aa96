"""`kim-desktop self-check` (IT, packaging tests) and its hidden helper `_qt-probe`.

Neither touches a vault or asks for a password. Exit 0 when every check passed, 1 otherwise.
"""

from __future__ import annotations

import argparse
from typing import Any


def add_commands(sub: Any, parents: list[argparse.ArgumentParser]) -> None:
    check = sub.add_parser("self-check", parents=parents, allow_abbrev=False,
                           help="Installation prüfen: Qt, SQLCipher, age, Übersetzungen, Konfiguration "
                                "(Exit 0 = in Ordnung)")
    check.set_defaults(handler=cmd_self_check)
    # No help text: argparse then leaves it out of --help; only self-check starts it.
    probe = sub.add_parser("_qt-probe", allow_abbrev=False)
    probe.set_defaults(handler=cmd_qt_probe)


def cmd_self_check(args: argparse.Namespace) -> int:
    from kim_desktop.self_check import run_self_check

    return run_self_check()


def cmd_qt_probe(args: argparse.Namespace) -> int:
    from kim_desktop.ui.qt_probe import run_probe

    return run_probe()
