"""The command line: the GUI by default, headless subcommands over the same services.

Passwords come from a prompt, from stdin (--password-stdin) or from the environment
(KIM_DESKTOP_PASSWORD, KIM_DESKTOP_NEW_PASSWORD), never from an argument.
Known errors print one German line on stderr and exit with the error's code.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from kim_desktop import __version__
from kim_desktop.errors import KimError, PasswordRejected, as_known_error

log = logging.getLogger(__name__)

PASSWORD_ENV = "KIM_DESKTOP_PASSWORD"
NEW_PASSWORD_ENV = "KIM_DESKTOP_NEW_PASSWORD"
DEMO_PASSWORD = "Demo-Passwort-2026"
EXIT_INTERNAL = 70


class PasswordSource:
    """Reads passwords in the order a subcommand needs them, from one of the three channels."""

    def __init__(self, from_stdin: bool) -> None:
        self._lines: list[str] | None = None
        self._from_stdin = from_stdin

    def _stdin_line(self) -> str:
        if self._lines is None:
            self._lines = sys.stdin.read().splitlines()
        if not self._lines:
            raise PasswordRejected(reason="--password-stdin: zu wenige Zeilen auf der Standardeingabe")
        return self._lines.pop(0)

    def current(self, prompt: str = "Passwort: ") -> str:
        if self._from_stdin:
            return self._stdin_line()
        if os.environ.get(PASSWORD_ENV):
            return os.environ.pop(PASSWORD_ENV)  # not inherited by anything this process starts
        return _prompt(prompt)

    def new(self, env: str = NEW_PASSWORD_ENV) -> str:
        if self._from_stdin:
            return self._stdin_line()
        if os.environ.get(env):
            return os.environ.pop(env)
        first = _prompt("Neues Passwort (mindestens 10 Zeichen): ")
        if _prompt("Neues Passwort wiederholen: ") != first:
            raise PasswordRejected(reason="Die beiden Passwörter stimmen nicht überein.")
        return first


def _prompt(text: str) -> str:
    if not sys.stdin.isatty():
        raise PasswordRejected(reason="Kein Passwort: --password-stdin oder KIM_DESKTOP_PASSWORD verwenden.")
    return getpass.getpass(text)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # argparse would echo unknown arguments, and a mistyped option may carry a password.
        if message.startswith("unrecognized arguments"):
            message = "unbekannte Argumente (Passwörter nie als Argument angeben, siehe --help)"
        elif "invalid choice" in message:
            message = "unbekannter Befehl oder Wert (siehe --help)"
        super().error(message)


def _parser() -> argparse.ArgumentParser:
    # SUPPRESS: an option given before the subcommand is not reset by the subcommand's default.
    vault_opt = _Parser(add_help=False, allow_abbrev=False)
    vault_opt.add_argument("--vault", metavar="PFAD", default=argparse.SUPPRESS,
                           help="Datendatei (Standard: KIM_DESKTOP_VAULT, Einstellung, sonst der Benutzerdatenordner)")
    pw_opt = _Parser(add_help=False, allow_abbrev=False)
    pw_opt.add_argument("--password-stdin", action="store_true",
                        help="Passwörter zeilenweise von der Standardeingabe lesen")

    parser = _Parser(prog="kim-desktop", parents=[vault_opt], allow_abbrev=False,
                                     description="KIM Desktop – Kommunales Integrationsmanagement")
    parser.add_argument("--version", action="version", version=f"kim-desktop {__version__}")
    parser.add_argument("--lang", choices=("de", "en"), help="Sprache der Oberfläche")
    sub = parser.add_subparsers(dest="command", metavar="BEFEHL")

    def add(name: str, parents: list[_Parser], text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, parents=parents, help=text, allow_abbrev=False)

    demo = add("demo", [], "Programm mit einer Demo-Datendatei starten (eigener Pfad)")
    demo.add_argument("--lang", choices=("de", "en"), default=argparse.SUPPRESS, help="Sprache der Oberfläche")
    demo.add_argument("--no-gui", action="store_true", help="nur anlegen und Passwort anzeigen")

    init = add("init", [vault_opt, pw_opt], "neue Datendatei anlegen")
    init.add_argument("--role", required=True, choices=("case-manager", "coordinator"))
    init.add_argument("--name", required=True, help="Anzeigename der Benutzerin/des Benutzers")
    init.add_argument("--team", type=int, help="Teamnummer aus der Einsatzkonfiguration (setzt die Kommunen)")

    passwd = add("passwd", [vault_opt, pw_opt], "Passwort ändern (stdin: erst altes, dann neues Passwort)")
    passwd.add_argument("--keep-key", action="store_true",
                        help="nur das Passwort neu verpacken (schnell); das alte Passwort öffnet dann mit alten "
                             "Kopien der Schlüsseldatei weiterhin die Datei")

    add("check", [vault_opt, pw_opt], "Datendatei prüfen (Exit 0 = in Ordnung)")

    backup = add("backup", [vault_opt, pw_opt], "verschlüsselte Sicherung anlegen")
    backup.add_argument("--out", metavar="ORDNER", help="Zielordner (Standard: Einstellung)")

    recover = add("recover", [vault_opt, pw_opt], "IT: neues Passwort mit dem Wiederherstellungsschlüssel setzen")
    recover.add_argument("--identity", required=True, metavar="DATEI", help="age-Schlüsseldatei der IT")

    add("info", [vault_opt, pw_opt], "Rolle, Gerät, Schema und Kommunen anzeigen")

    statistics = add("export-statistics", [vault_opt, pw_opt],
                     "pseudonymisierte Statistik der Beratungen eines Zeitraums als .xlsx schreiben")
    for option, dest, text in (("--from", "period_from", "erster Tag"), ("--to", "period_to", "letzter Tag")):
        statistics.add_argument(option, dest=dest, required=True, metavar="TT.MM.JJJJ", help=text)
    statistics.add_argument("--out", required=True, metavar="DATEI", help="Zieldatei (.xlsx)")

    demo_data = add("demo-data", [vault_opt, pw_opt], "Datendatei mit erfundenen Demo-Daten füllen")
    demo_data.add_argument("--consultations", required=True, metavar="N",
                           help="Zahl der Beratungen (1 bis 1.000.000; etwa eine Person je 12,5 Beratungen)")
    demo_data.add_argument("--seed", type=int, default=0, metavar="S",
                           help="Startwert des Zufalls: gleicher Startwert, gleiche Daten (Standard: 0)")
    demo_data.add_argument("--add", action="store_true",
                           help="auch hinzufügen, wenn die Datendatei schon Klientinnen und Klienten hat")

    # here, not at the top: both import this module
    from kim_desktop import cli_calendar, cli_config, cli_pii_check, cli_report, cli_self_check, cli_sync

    cli_sync.add_commands(sub, [vault_opt, pw_opt])
    cli_calendar.add_commands(sub, [vault_opt, pw_opt])
    cli_pii_check.add_commands(sub, [vault_opt, pw_opt])
    cli_report.add_commands(sub, [vault_opt, pw_opt])
    cli_config.add_commands(sub, [])
    cli_self_check.add_commands(sub, [])
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command is None or args.command == "demo":
        return _run_gui(args)
    from kim_desktop.logging_setup import setup_logging

    setup_logging()
    try:
        handler = COMMANDS.get(args.command) or args.handler  # cli_sync's subcommands name their own
        return handler(args)
    except (KimError, OSError) as exc:
        known = as_known_error(exc)
        assert known is not None
        print(f"kim-desktop: {known.message()}", file=sys.stderr)
        log.info("command %s failed: %s", args.command, type(known).__name__)
        return known.exit_code
    except KeyboardInterrupt:
        print("kim-desktop: abgebrochen", file=sys.stderr)
        return 130
    except Exception as exc:
        from kim_desktop.crash_report import safe_details

        # Frames and type only: an exception's message can quote personal data.
        log.critical("internal error in command %s\n%s", args.command, safe_details(type(exc), exc.__traceback__))
        print("kim-desktop: interner Fehler; Einzelheiten stehen im Protokoll.", file=sys.stderr)
        return EXIT_INTERNAL


def _context(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from kim_desktop.config.deployment import load_deployment
    from kim_desktop.paths import resolve_vault_path
    from kim_desktop.settings import Settings

    deployment = load_deployment()
    settings = Settings(deployment)
    return deployment, settings, resolve_vault_path(getattr(args, "vault", None), settings.get("vault_path"))


def _open(args: argparse.Namespace, source: PasswordSource | None = None,  # type: ignore[no-untyped-def]
          upgrade: bool = True):
    from kim_desktop.storage.vault import Vault

    deployment, settings, path = _context(args)
    if not path.is_file():
        from kim_desktop.errors import VaultNotFound

        raise VaultNotFound(path=path)
    password = (source or PasswordSource(args.password_stdin)).current()
    return Vault.open(path, password, backup_dir=settings.backup_dir, migrate=upgrade), deployment, settings


def cmd_init(args: argparse.Namespace) -> int:
    from kim_desktop.errors import ConfigInvalid
    from kim_desktop.services.vault_setup import create_vault

    deployment, _settings, path = _context(args)
    if args.team is not None and deployment.team(args.team) is None:
        raise ConfigInvalid(path=deployment.source, reason=f"Team {args.team} ist nicht konfiguriert")
    password = PasswordSource(args.password_stdin).new(env=PASSWORD_ENV)
    vault = create_vault(path, password, role=args.role, name=args.name, team=args.team, deployment=deployment)
    with vault:
        print(f"Datendatei angelegt: {path}")
        print(f"Geräte-ID: {vault.profile.device_id}")
        if not deployment.policy.recovery_recipient:
            print("Achtung: Es ist kein Wiederherstellungsschlüssel konfiguriert. "
                  "Wer das Passwort vergisst, verliert die Daten.", file=sys.stderr)
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    source = PasswordSource(args.password_stdin)
    vault, deployment, _settings = _open(args, source)
    with vault:
        new = source.new()
        vault.set_password(new, new_key=not args.keep_key,
                           recovery_recipient=deployment.policy.recovery_recipient or None)
    print("Passwort geändert." + ("" if args.keep_key else " Datenschlüssel erneuert."))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from kim_desktop.errors import VaultDamaged
    from kim_desktop.storage.check import CheckReport, check_vault

    try:
        # Read-only: an older file is reported, not upgraded.
        vault, _deployment, _settings = _open(args, upgrade=False)
    except VaultDamaged as exc:
        print(f"FEHLER: {exc.message()}")
        report = CheckReport(problems=[])
        damaged = True
    else:
        damaged = False
        with vault:
            report = check_vault(vault)
    for line in report.lines:
        print(line.text())
    for problem in report.problems:
        print(f"FEHLER: {problem.text()}")
    ok = report.ok and not damaged
    print("Ergebnis: in Ordnung" if ok else "Ergebnis: FEHLER gefunden")
    return 0 if ok else 1


def cmd_backup(args: argparse.Namespace) -> int:
    from kim_desktop.services.backups import backup_now

    vault, _deployment, settings = _open(args)
    with vault:
        target = backup_now(vault, Path(args.out) if args.out else settings.backup_dir,
                            None if args.out else settings.get("backup_keep"))
    print(f"Sicherung angelegt: {target}")
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    from kim_desktop.errors import RecoveryUnavailable
    from kim_desktop.storage.vault import Vault

    deployment, settings, path = _context(args)
    try:
        identity = Path(args.identity).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise RecoveryUnavailable(reason=f"Schlüsseldatei {args.identity} nicht lesbar") from None
    vault, _key = Vault.open_with_recovery(path, identity, backup_dir=settings.backup_dir)
    with vault:
        new = PasswordSource(args.password_stdin).new()
        vault.set_password(new, recovery_recipient=deployment.policy.recovery_recipient or None)
        vault.audit("password.recovered", record_type="vault", record_id=vault.profile.vault_id)
    print("Neues Passwort gesetzt.")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from kim_desktop.storage import migrate

    vault, deployment, _settings = _open(args)
    with vault:
        profile = vault.profile
        names = [deployment.municipality(k).name for k in profile.municipalities
                 if any(m.ags == k for m in deployment.municipalities)]
        with vault.engine.connect() as conn:
            schema = migrate.current_revision(conn)
        print(f"Datendatei: {vault.path}")
        print(f"Rolle: {profile.role.value}")
        print(f"Geräte-ID: {profile.device_id}")
        print(f"Team: {profile.team or '-'}")
        print(f"Kommunen: {', '.join(names) or '-'}")
        print(f"Schemaversion: {schema}")
        print(f"Wiederherstellung: {'eingerichtet' if vault.envelope.recovery else 'nicht eingerichtet'}")
        kdf = vault.envelope.current.kdf
        print(f"Schlüsselableitung: Argon2id, {kdf.memory_kib // 1024} MiB, {kdf.iterations} Durchgänge, "
              f"{kdf.lanes} Spuren" + (" (UNSICHERER TESTMODUS)" if kdf.memory_kib < 65536 else ""))
    return 0


def cmd_export_statistics(args: argparse.Namespace) -> int:
    from kim_desktop.domain.dates import parse_date
    from kim_desktop.errors import InputRejected
    from kim_desktop.reports.statistics_export import export_statistics

    period = []
    for text, field in ((args.period_from, "period_from"), (args.period_to, "period_to")):
        parsed = parse_date(text)
        if parsed.value is None:
            assert parsed.error is not None
            raise InputRejected(parsed.error, field)
        period.append(parsed.value)
    vault, deployment, _settings = _open(args)
    with vault:
        with vault.reader() as session:
            result = export_statistics(session, Path(args.out), period_from=period[0], period_to=period[1],
                                       deployment=deployment)
        vault.audit("statistics.exported", record_type="report")
    print(f"Statistik gespeichert: {result.path} "
          f"({result.consultations} Beratungen, {result.people} Personen)")
    return 0


def cmd_demo_data(args: argparse.Namespace) -> int:
    from kim_desktop.services.demo_data import (
        DemoVaultNotEmpty,
        check_consultation_count,
        count_clients,
        fill_demo_data,
    )

    count = check_consultation_count(args.consultations)  # before the password is asked for
    vault, deployment, _settings = _open(args)
    with vault:
        existing = count_clients(vault)
        if existing and not args.add:
            raise DemoVaultNotEmpty(path=vault.path, clients=existing)
        summary = fill_demo_data(vault, count, seed=args.seed, deployment=deployment)
    print(f"Demo-Daten angelegt: {summary.clients} Klientinnen und Klienten, {summary.cases} Fälle, "
          f"{summary.consultations} Beratungen (Startwert {args.seed}).")
    return 0


def _run_gui(args: argparse.Namespace) -> int:
    from kim_desktop.logging_setup import setup_logging

    setup_logging()
    demo = args.command == "demo"
    if demo:
        from kim_desktop.services.vault_setup import ensure_demo_vault

        try:
            path = ensure_demo_vault(DEMO_PASSWORD)
        except KimError as exc:
            print(f"kim-desktop: {exc.message()}", file=sys.stderr)
            return exc.exit_code
        print(f"Demo-Datendatei: {path}")
        print(f"Demo-Passwort: {DEMO_PASSWORD}")
        if args.no_gui:
            return 0
        vault_arg: str | None = str(path)
    else:
        vault_arg = getattr(args, "vault", None)
    from kim_desktop.ui.app import run

    return run(vault_arg, demo=demo, language=getattr(args, "lang", None))


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "init": cmd_init,
    "passwd": cmd_passwd,
    "check": cmd_check,
    "backup": cmd_backup,
    "recover": cmd_recover,
    "info": cmd_info,
    "export-statistics": cmd_export_statistics,
    "demo-data": cmd_demo_data,
}
