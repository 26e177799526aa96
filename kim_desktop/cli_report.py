"""`kim-desktop report`: a coordinator report (or a case manager's own) as XLSX, CSV, PDF or the
Sachstandsbericht, through services.report_export as the GUI does.

Everything the user typed is checked before the password is asked for, so a typing error costs
no unlock. Errors print one German line and exit non-zero; no file is left behind.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kim_desktop.cli import _open
from kim_desktop.domain.messages import Message
from kim_desktop.errors import InputRejected
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP
from kim_desktop.reports.report_model import ReportRequest, ViewId

CONTEXT = "ReportFiles"
UNKNOWN_MUNICIPALITY = QT_TRANSLATE_NOOP(
    "ReportFiles",
    "--municipality: „{ags}“ ist keine Kommune der Einsatzkonfiguration (AGS, z. B. {example}).")
UNKNOWN_TEAM = QT_TRANSLATE_NOOP(
    "ReportFiles", "--team: „{team}“ ist kein Team der Einsatzkonfiguration ({teams}).")
VIEW_IGNORED = QT_TRANSLATE_NOOP(
    "ReportFiles", "Hinweis: --view gilt nur für --format csv; {format} enthält alle Ansichten.")
VIEW_IGNORED_STATUS = QT_TRANSLATE_NOOP(
    "ReportFiles",
    "Hinweis: --view gilt nur für --format csv; der Sachstandsbericht hat einen festen Aufbau.")
SUFFIX_MISMATCH = QT_TRANSLATE_NOOP(
    "ReportFiles",
    "Warnung: Die Zieldatei endet nicht auf „{suffix}“; sie wird trotzdem als {format} geschrieben.")
VIEWS = ", ".join(v.value for v in ViewId)


def add_commands(sub: Any, parents: list[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "report", parents=parents, allow_abbrev=False,
        help="Bericht eines Zeitraums als XLSX, CSV, PDF oder Sachstandsbericht (PDF) schreiben")
    parser.set_defaults(handler=cmd_report)
    parser.add_argument("--period", required=True, metavar="ZEITRAUM",
                        help="z. B. 2026-01..2026-06, 2026, 2026-03, 2026-01-15..2026-03-31 oder "
                             "01.01.2026..30.06.2026")
    parser.add_argument("--format", dest="fmt", required=True, metavar="FORMAT",
                        help="xlsx (alle Ansichten), csv (eine Ansicht), pdf (alle Ansichten mit Diagrammen) "
                             "oder status (Sachstandsbericht für den Ausschuss, immer --external)")
    parser.add_argument("--view", default=None, metavar="ANSICHT",
                        help=f"Ansicht der CSV-Datei (Standard: overview): {VIEWS}")
    parser.add_argument("--external", action="store_true",
                        help="zur Weitergabe außerhalb des Kreises: pseudonymisiert, Teams statt Namen, "
                             "kleine Anzahlen unterdrückt")
    parser.add_argument("--municipality", action="append", default=[], metavar="AGS",
                        help="nur diese Kommune (mehrfach möglich)")
    parser.add_argument("--team", action="append", default=[], metavar="N",
                        help="nur dieses Team (mehrfach möglich)")
    parser.add_argument("--out", required=True, metavar="DATEI", help="Zieldatei")


def _filters(args: argparse.Namespace, deployment: Any) -> tuple[frozenset[str], frozenset[int]]:
    known_places = {m.ags for m in deployment.municipalities}
    for ags in args.municipality:
        if ags not in known_places:
            example = next(iter(sorted(known_places)), "05382024")
            raise InputRejected(Message.of(CONTEXT, UNKNOWN_MUNICIPALITY, ags=ags, example=example),
                                "municipality")
    teams: set[int] = set()
    numbers = ", ".join(str(t.number) for t in deployment.teams) or "–"
    for text in args.team:
        number = int(text) if text.strip().isdigit() else None
        if number is None or deployment.team(number) is None:
            raise InputRejected(Message.of(CONTEXT, UNKNOWN_TEAM, team=text, teams=numbers), "team")
        teams.add(number)
    return frozenset(args.municipality), frozenset(teams)


def _notes(fmt: Any, view_given: bool, out: Path) -> list[str]:
    """Hints on stderr, not errors: a --view that the format ignores, an --out of another type."""
    from kim_desktop.services.report_export import ReportFormat

    notes = []
    if view_given and fmt is not ReportFormat.CSV:
        template = VIEW_IGNORED_STATUS if fmt is ReportFormat.STATUS else VIEW_IGNORED
        notes.append(Message.of(CONTEXT, template, format=fmt.value.upper()).text())
    suffix = ".pdf" if fmt is ReportFormat.STATUS else f".{fmt.value}"
    if out.suffix.lower() != suffix:
        kind = "PDF" if fmt is ReportFormat.STATUS else fmt.value.upper()
        notes.append(Message.of(CONTEXT, SUFFIX_MISMATCH, suffix=suffix, format=kind).text())
    return notes


def cmd_report(args: argparse.Namespace) -> int:
    from kim_desktop.cli import _context
    from kim_desktop.reports.report_period import parse_period
    from kim_desktop.services.report_export import (
        ReportFormat,
        check_target,
        export_report,
        report_format,
        view_id,
    )

    fmt = report_format(args.fmt)
    view = view_id(args.view if args.view is not None else ViewId.OVERVIEW)
    period = parse_period(args.period)
    deployment, _settings, vault_path = _context(args)
    municipalities, teams = _filters(args, deployment)
    out = check_target(args.out, vault_path)  # again in export_report; here before the password
    for note in _notes(fmt, args.view is not None, out):
        print(note, file=sys.stderr)
    request = ReportRequest(period.first, period.last, municipalities=municipalities, teams=teams,
                            external=args.external or fmt is ReportFormat.STATUS)
    vault, deployment, _settings = _open(args)
    with vault:
        path = export_report(vault, request, fmt, out, deployment=deployment, view=view)
    kind = "Sachstandsbericht" if fmt is ReportFormat.STATUS else "Bericht"
    form = "zur Weitergabe" if request.external else "intern"
    print(f"{kind} gespeichert: {path} ({period.label}, {form})")
    return 0
