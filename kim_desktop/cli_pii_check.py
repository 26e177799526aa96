"""`kim-desktop pii-check`: a text checked for personal data by the guard's rules and the vault's clients.

Prints one line per finding (line, column, kind, reason and the found text) and exits 1 when
there are findings, 0 when the text is clean and 2 on any error (file unreadable, vault missing,
wrong password …), with one German line on stderr. The text is read from a file or from stdin
("-" or no argument); with --password-stdin and the text on stdin, the first line is the password
and the rest is the text. The found text is printed for the user on their own terminal and never
written to the log.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kim_desktop.cli import PasswordSource, _open
from kim_desktop.errors import KimError, as_known_error

EXIT_CLEAN = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2


class TextUnreadable(Exception):
    """The text to check cannot be read: one German line, exit 2."""


class _GivenPassword(PasswordSource):
    """The password already read from stdin together with the text."""

    def __init__(self, password: str) -> None:
        super().__init__(from_stdin=True)
        self._password = password

    def current(self, prompt: str = "Passwort: ") -> str:
        return self._password


def add_commands(sub: Any, parents: list[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("pii-check", parents=parents, allow_abbrev=False,
                            help="Text auf personenbezogene Daten prüfen (Namen der eigenen Personen, "
                                 "Geburtsdaten, Telefon, E-Mail, IBAN, Aktenzeichen, Anschriften); "
                                 "Exit 1 = Fundstellen, 0 = unauffällig, 2 = Fehler")
    parser.set_defaults(handler=cmd_pii_check)
    parser.add_argument("file", nargs="?", default="-", metavar="DATEI",
                        help="Textdatei (UTF-8); „-“ oder weggelassen: die Standardeingabe")


def read_text(name: str, password_stdin: bool) -> tuple[str, str | None]:
    """The text, and the password when it came first on stdin."""
    try:
        if name == "-":
            data = sys.stdin.read()
            if not password_stdin:
                return data, None
            password, _newline, text = data.partition("\n")
            return text, password.rstrip("\r")
        return Path(name).read_text(encoding="utf-8"), None
    except UnicodeDecodeError:
        raise TextUnreadable(f"Die Datei {name} ist kein UTF-8-Text.") from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise TextUnreadable(f"Die Datei {name} ist nicht lesbar ({reason}).") from None


def format_finding(text: str, finding: Any) -> str:
    from kim_desktop.domain.pii_guard import line_column

    line, column = line_column(text, finding.start)
    shown = " ".join(finding.text.split())
    return (f"Zeile {line}, Spalte {column}: {finding.label()} [{finding.kind.value}] – "
            f"{finding.reason_text()}: »{shown}«")


def cmd_pii_check(args: argparse.Namespace) -> int:
    from kim_desktop.services.pii_check import PiiChecker

    try:
        text, password = read_text(args.file, args.password_stdin)
        source = _GivenPassword(password) if password is not None else None
        vault, _deployment, _settings = _open(args, source)
        with vault:
            checker = PiiChecker.of_vault(vault)
    except TextUnreadable as exc:
        print(f"kim-desktop: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except (KimError, OSError) as exc:
        known = as_known_error(exc)
        message = known.message() if known is not None else "Die Datendatei ist nicht lesbar."
        print(f"kim-desktop: {message}", file=sys.stderr)
        return EXIT_ERROR
    findings = checker.check(text)
    for finding in findings:
        print(format_finding(text, finding))
    if findings:
        print(f"{len(findings)} Fundstelle{'n' if len(findings) != 1 else ''} – bitte entfernen oder "
              f"bewusst bestätigen.")
        return EXIT_FINDINGS
    print("Keine personenbezogenen Daten gefunden.")
    return EXIT_CLEAN
