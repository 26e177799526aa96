"""`kim-desktop config check [FILE]` and `config path`: for IT, before and after a roll-out.

No vault and no password are involved. A wrong file prints one line per problem,
`kim-desktop: Konfiguration … ungültig: Zeile …, Schlüssel '…': …`, and exits 8 (ConfigInvalid).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kim_desktop.errors import ConfigInvalid


def add_commands(sub: Any, parents: list[argparse.ArgumentParser]) -> None:
    config = sub.add_parser("config", help="Einsatzkonfiguration prüfen (IT)", allow_abbrev=False)
    group = config.add_subparsers(dest="action", metavar="AKTION", required=True)
    check = group.add_parser("check", allow_abbrev=False,
                             help="Datei prüfen (ohne DATEI: die Datei, die das Programm jetzt verwendet)")
    check.add_argument("file", nargs="?", metavar="DATEI", help="zu prüfende TOML-Datei")
    check.set_defaults(handler=cmd_config_check)
    path = group.add_parser("path", allow_abbrev=False,
                            help="zeigen, wo die rechnerweite Datei erwartet wird und welche gilt")
    path.set_defaults(handler=cmd_config_path)


def _where_lines() -> list[str]:
    from kim_desktop.config.check import describe
    from kim_desktop.config.deployment import active_choice
    from kim_desktop.paths import site_config_file

    active = active_choice()
    site = site_config_file()
    return [f"Verwendet jetzt: {describe(active.path, active.origin)}",
            f"Rechnerweite Datei (IT): {site} ({'vorhanden' if site.is_file() else 'nicht vorhanden'})"]


def cmd_config_check(args: argparse.Namespace) -> int:
    from kim_desktop.config.check import check_deployment, summary_lines

    if args.file is not None:
        if not args.file.strip():
            error = ConfigInvalid(path="\"\"", reason="leerer Dateiname (ohne DATEI: die Datei, die das "
                                                       "Programm jetzt verwendet)")
            print(f"kim-desktop: {error.message()}", file=sys.stderr)
            return ConfigInvalid.exit_code
        path: Path | None = Path(args.file)
        print(f"Geprüfte Datei: {path}")
    else:
        path = None
        for line in _where_lines():
            print(line)
    outcome = check_deployment(path)
    if outcome.deployment is None:
        for warning in outcome.warnings:
            print(f"Warnung: {warning}")
        for problem in outcome.problems:
            error = ConfigInvalid(path=outcome.path, reason=problem)
            print(f"kim-desktop: {error.message()}", file=sys.stderr)
        return ConfigInvalid.exit_code
    for line in summary_lines(outcome.deployment):
        print(line)
    for warning in outcome.warnings:
        print(f"Warnung: {warning}")
    for note in outcome.notes:
        print(f"Hinweis: {note}")
    count = len(outcome.warnings)
    print("Ergebnis: gültig" + (f" ({count} Warnung{'en' if count != 1 else ''})" if count else ""))
    return 0


def cmd_config_path(args: argparse.Namespace) -> int:
    for line in _where_lines():
        print(line)
    return 0
