"""`kim-desktop calendar`: the vault owner's office hours and appointments as an .ics file.

Without --with-names the file holds no client name. With it, the file is a deliberate exception
to "no personal data in plaintext" (DESIGN.md §3): a warning goes to stderr and the file is
written only to the path given with --out. The export is audited with ids only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path
from typing import Any

from kim_desktop.cli import _open

MAX_DAYS = 400
EXIT_BAD_INPUT = 2
NAMES_WARNING = ("kim-desktop: Achtung: die Kalenderdatei enthält Namen von Klientinnen und Klienten "
                 "im Klartext; sie wird nur nach {path} geschrieben. Sorgsam aufbewahren und nicht "
                 "weitergeben.")
_ISO = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class BadRange(Exception):
    """A date range the command refuses: one German line on stderr, exit 2."""


def add_commands(sub: Any, parents: list[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("calendar", parents=parents, allow_abbrev=False,
                            help="Sprechzeiten und Termine eines Zeitraums als iCalendar-Datei (.ics) "
                                 "schreiben")
    parser.set_defaults(handler=cmd_calendar)
    parser.add_argument("--from", dest="period_from", required=True, metavar="TT.MM.JJJJ",
                        help="erster Tag (auch JJJJ-MM-TT)")
    parser.add_argument("--to", dest="period_to", required=True, metavar="TT.MM.JJJJ",
                        help="letzter Tag (auch JJJJ-MM-TT)")
    parser.add_argument("--with-names", action="store_true",
                        help="Namen der Klientinnen und Klienten in die Termine schreiben (Klartext!)")
    parser.add_argument("--out", required=True, metavar="DATEI", help="Zieldatei (.ics)")


def parse_day(text: str, what: str) -> dt.date:
    """DD.MM.YYYY (kim_desktop.domain.dates) or ISO YYYY-MM-DD; BadRange with the reason."""
    from kim_desktop.domain.dates import parse_date

    stripped = text.strip()
    if _ISO.fullmatch(stripped):
        try:
            return dt.date.fromisoformat(stripped)
        except ValueError:
            raise BadRange(f"{what}: den {stripped} gibt es nicht.") from None
    parsed = parse_date(stripped)
    if parsed.value is None:
        assert parsed.error is not None
        raise BadRange(f"{what}: {parsed.error.text()}")
    return parsed.value


def period(first_text: str, last_text: str) -> tuple[dt.date, dt.date]:
    first, last = parse_day(first_text, "--from"), parse_day(last_text, "--to")
    if last < first:
        raise BadRange("--to liegt vor --from.")
    if (last - first).days + 1 > MAX_DAYS:
        raise BadRange(f"Der Zeitraum ist länger als {MAX_DAYS} Tage.")
    return first, last


def cmd_calendar(args: argparse.Namespace) -> int:
    from kim_desktop.domain.dates import format_date
    from kim_desktop.services.calendar_entries import export_calendar

    try:
        first, last = period(args.period_from, args.period_to)
    except BadRange as exc:
        print(f"kim-desktop: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    out = Path(args.out)
    if args.with_names:
        print(NAMES_WARNING.format(path=out), file=sys.stderr)
    vault, deployment, _settings = _open(args)
    with vault:
        count = export_calendar(vault, out, first, last, with_names=args.with_names,
                                municipality_names={m.ags: m.name for m in deployment.municipalities})
    print(f"Kalender gespeichert: {out} ({count} Einträge, "
          f"{format_date(first)} bis {format_date(last)})")
    return 0

