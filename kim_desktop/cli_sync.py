"""The exchange with the Kreis on the command line: `export`, `import`, `keys`, `recipients`,
`devices` and `sync status` (README, "Austausch mit dem Kreis").

kim_desktop.sync does the work; this module checks roles, asks for passwords and prints German
tables. Module-level imports stay light: the parser is built on every start, the GUI's too.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shlex
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from kim_desktop.cli import PasswordSource, _open
from kim_desktop.domain.roles import Role
from kim_desktop.errors import FileProblem, KeysRefused, PasswordRejected, SyncNotReady, WrongPassword

EXIT_NOT_ALL_IMPORTED = 2
NOT_OVERWRITTEN = "die Datei gibt es schon; sie wird nicht überschrieben"

RESULT_LABELS = {"imported": "neu importiert", "unchanged": "unverändert", "refused": "abgelehnt",
                 "unknown-device": "unbekanntes Gerät", "preview": "Vorschau"}
DEVICE_STATUS_LABELS = {"trusted": "bestätigt", "pending": "unbestätigt", "revoked": "gesperrt"}
SOURCE_LABELS = {"preset": "voreingestellt", "added": "hinzugefügt", "announced": "angekündigt"}


def add_commands(sub: Any, parents: list[argparse.ArgumentParser]) -> None:
    """Registers the subcommands; each leaf names its function as `handler`."""

    def add(group: Any, name: str, text: str, handler: Callable[[argparse.Namespace], int]) -> Any:
        parser = group.add_parser(name, parents=parents, help=text, allow_abbrev=False)
        parser.set_defaults(handler=handler)
        return parser

    def group(name: str, text: str) -> Any:
        return sub.add_parser(name, help=text, allow_abbrev=False).add_subparsers(
            dest="action", metavar="AKTION", required=True)

    export = add(sub, "export", "Austauschdatei schreiben (Case Management: für den Kreis; Koordination: "
                                "Rückmeldungen und Abgleich)", cmd_export)
    export.add_argument("--out", required=True, metavar="ORDNER", help="Zielordner (wird angelegt)")
    mode = export.add_mutually_exclusive_group()
    mode.add_argument("--all", action="store_true",
                      help="alle eigenen Datensätze, nicht nur die Änderungen")
    mode.add_argument("--unconfirmed", action="store_true",
                      help="alles, was der Kreis noch nicht bestätigt hat (erneut senden)")

    imp = add(sub, "import", "Austauschdateien einlesen (Exit 2: mindestens eine nicht importiert)",
              cmd_import)
    imp.add_argument("files", nargs="+", metavar="DATEI|ORDNER", help=".kimsync-Dateien oder Ordner")
    imp.add_argument("--dry-run", action="store_true", help="nur zeigen, was sich ändern würde")
    imp.add_argument("--trust-new-devices", action="store_true",
                     help="unbekannte Geräte ohne Rückfrage bestätigen (nur bei Dateien sicherer Herkunft)")

    keys = group("keys", "eigene Austauschschlüssel")
    add(keys, "export-public", "öffentliche Schlüssel ausgeben (Einsatzkonfiguration)", cmd_keys_public)
    identity = add(keys, "export-identity", "Koordination: geheime age-Identität für den Notfall in eine "
                                            "Datei schreiben (Passwort wird erneut abgefragt)",
                   cmd_keys_identity)
    identity.add_argument("--out", required=True, metavar="DATEI", help="neue Datei (wird nie überschrieben)")
    add(keys, "rotate", "Koordination: neue Schlüssel erzeugen", cmd_keys_rotate)

    recipients = group("recipients", "Koordinationen, an die exportiert wird")
    add(recipients, "add", "Schlüsseldatei einer Koordination eintragen", cmd_recipients_add).add_argument(
        "file", metavar="DATEI", help="Ausgabe von »kim-desktop keys export-public« der Koordination")
    add(recipients, "list", "eingetragene Koordinationen anzeigen", cmd_recipients_list)
    add(recipients, "remove", "Koordination austragen", cmd_recipients_remove).add_argument(
        "recipient", metavar="AGE_EMPFÄNGER", help="age1…")

    devices = group("devices", "Koordination: Geräte der Case Manager")
    add(devices, "list", "bekannte Geräte anzeigen", cmd_devices_list)
    for name, text, handler in (("trust", "Gerät bestätigen", cmd_devices_trust),
                                ("revoke", "Gerät sperren (z. B. gestohlenes Notebook)", cmd_devices_revoke)):
        add(devices, name, text, handler).add_argument(
            "device", nargs="+", metavar="FINGERABDRUCK|GERÄTE-ID", help="mit oder ohne Leerzeichen")

    add(group("sync", "Stand des Austauschs"), "status", "Stand des Austauschs anzeigen", cmd_sync_status)


# --- export and import ----------------------------------------------------------------------


def cmd_export(args: argparse.Namespace) -> int:
    from kim_desktop.sync import export, status

    mode = export.ALL if args.all else export.UNCONFIRMED if args.unconfirmed else export.CHANGES
    vault, deployment, _settings = _open(args)
    with vault:
        out = Path(args.out)
        if vault.profile.role is Role.COORDINATOR:
            if mode != export.CHANGES:
                raise SyncNotReady(reason="--all und --unconfirmed gelten nur für das Case Management.")
            results = export.export_from_coordinator(vault, deployment, out)
            if not results:
                print("Nichts geschrieben: noch kein bestätigtes Case-Management-Gerät und keine weitere "
                      "Koordination bekannt.")
        else:
            results = [export.export_for_kreis(vault, deployment, out, mode)]
        for result in results:
            print(_export_line(result))
        if vault.profile.role is Role.CASE_MANAGER:
            with vault.reader() as session:
                print(_arrival_line(status.own_export_status(session, vault.profile.device_id)))
    return 0


def _export_line(result: Any) -> str:
    labels = {"export": "Export für den Kreis", "replication": "Abgleich für die anderen Koordinationen",
              "feedback": f"Rückmeldung an Gerät {result.to_device[:8]}"}
    if result.heartbeat:
        content = (f"Lebenszeichen: nichts Neues seit Paket {result.last_content_sequence}"
                   if result.last_content_sequence else "Lebenszeichen: noch keine Datensätze")
    else:
        content = f"{result.records} Datensätze ({_counts_text(result.counts)})"
    return f"{labels.get(result.kind, result.kind)}, Paket {result.sequence}: {result.path} – {content}"


def _counts_text(counts: dict[str, int]) -> str:
    return ", ".join(f"{name} {count}" for name, count in counts.items())


def _arrival_line(own: Any) -> str:
    arrived = (f"beim Kreis angekommen bis Paket {own.confirmed_up_to}" if own.confirmed_up_to
               else "beim Kreis angekommen: noch nichts bestätigt")
    return f"{arrived}; offen: {_ranges(own.outstanding) or 'keine'}"


def _ranges(numbers: Iterable[int]) -> str:
    """1, 2, 3, 5 → "1–3, 5": a long gap stays one short line."""
    runs: list[list[int]] = []
    for number in sorted(numbers):
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return ", ".join(str(run[0]) if len(run) == 1 else f"{run[0]}–{run[-1]}" for run in runs)


def cmd_import(args: argparse.Namespace) -> int:
    from kim_desktop.sync import importer

    files = importer.package_files(Path(name) for name in args.files)
    if not files:
        raise SyncNotReady(reason="keine .kimsync-Datei in " + ", ".join(args.files))
    vault, deployment, _settings = _open(args)
    with vault:
        outcomes = importer.import_files(vault, deployment, files, dry_run=args.dry_run,
                                         trust_new_devices=args.trust_new_devices)
        vault_path = vault.path
    headers = ("Datei", "Ergebnis", "neu", "geändert", "unverändert", "gelöscht", "Konflikte",
               "fehlende Paketnummern", "Grund/Hinweise")
    counted = ("new", "updated", "unchanged", "deleted", "conflicts")
    rows = [(o.name, RESULT_LABELS.get(o.status, o.status), *(o.total(a) if o.ok else "–" for a in counted),
             _ranges(o.missing) or "–", "; ".join(filter(None, [_reason(o), *o.notes])) or "–")
            for o in outcomes]
    for line in _table(headers, rows, numeric=range(2, 7)):
        print(line)
    _print_unknown_devices([o for o in outcomes if o.status == "unknown-device"], vault_path)
    failed = sum(not o.ok for o in outcomes)
    if failed:
        rest = "; die anderen sind importiert" if failed < len(outcomes) else ""
        print(f"kim-desktop: {failed} von {len(outcomes)} Dateien nicht importiert (abgelehnt oder Gerät "
              f"nicht bestätigt){rest}.", file=sys.stderr)
        return EXIT_NOT_ALL_IMPORTED
    return 0


def _reason(outcome: Any) -> str:
    if outcome.status == "unknown-device":
        return "Gerät nicht bestätigt (siehe unten)"
    return str(outcome.reason) if outcome.status == "refused" else ""


def _print_unknown_devices(outcomes: list[Any], vault_path: Path) -> None:
    seen: set[str] = set()
    for outcome in outcomes:
        device = outcome.device
        if device is None or device.device_id in seen:
            continue
        seen.add(device.device_id)
        team = f", Team {device.team}" if device.team is not None else ""
        print(f"\nUnbekanntes Gerät: »{device.owner or '?'}«{team}, Geräte-ID {device.device_id}")
        print(f"  Fingerabdruck: {device.fingerprint}")
        print("  Den Fingerabdruck mit der Absenderin oder dem Absender vergleichen (z. B. am Telefon; "
              "dort zeigt ihn »kim-desktop sync status«), dann bestätigen und die Dateien erneut "
              "importieren:")
        print(f"  kim-desktop devices trust --vault {shlex.quote(str(vault_path))} "
              f"{device.fingerprint.replace(' ', '')}")


def _table(headers: Sequence[str], rows: Sequence[Sequence[object]],
           numeric: Iterable[int] = ()) -> list[str]:
    """Columns padded to their widest cell, numbers right-aligned, the last column unpadded."""
    right = set(numeric)
    cells = [[str(cell) for cell in row] for row in [headers, *rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    return ["  ".join(cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
                      for i, cell in enumerate(row)).rstrip() for row in cells]


# --- keys -------------------------------------------------------------------------------------


def _open_coordinator(args: argparse.Namespace, what: str, source: PasswordSource | None = None) -> Any:
    vault, _deployment, _settings = _open(args, source)
    if vault.profile.role is not Role.COORDINATOR:
        vault.close()
        raise SyncNotReady(reason=f"{what} gibt es nur in einer Datendatei der Koordination.")
    return vault


def _public_text(vault: Any, keys: Any) -> str:
    from kim_desktop.sync.recipients import public_key_text

    profile = vault.profile
    return public_key_text(profile.display_name, str(profile.role), profile.device_id, keys)


def cmd_keys_public(args: argparse.Namespace) -> int:
    from kim_desktop.sync.keys import load_keys

    vault, _deployment, _settings = _open(args)
    with vault:
        with vault.transaction() as session:
            keys = load_keys(session)  # made on first use; committed, so the printed keys stay valid
        sys.stdout.write(_public_text(vault, keys))
    return 0


def cmd_keys_identity(args: argparse.Namespace) -> int:
    from kim_desktop.storage import audit
    from kim_desktop.sync.keys import load_keys

    out = Path(args.out)
    _check_new_file(out)
    source = PasswordSource(args.password_stdin)
    vault = _open_coordinator(args, "Den Export der age-Identität", source)
    with vault:
        # The identity opens every package sent to this coordinator: one more proof of presence.
        if not args.password_stdin and not sys.stdin.isatty():
            raise PasswordRejected(reason="Das Passwort wird zur Bestätigung ein zweites Mal abgefragt: "
                                          "am Terminal eingeben oder --password-stdin mit zwei Zeilen.")
        if not vault.verify_password(source.current("Passwort zur Bestätigung: ")):
            raise WrongPassword()
        written = False
        try:
            with vault.transaction() as session:
                keys = load_keys(session)
                audit.record(session, "keys.identity-exported", record_type="vault",
                             record_id=vault.profile.vault_id)
                _write_private(out, _identity_text(vault, keys))
                written = True
        except BaseException:
            if written:  # the audit entry did not commit: no copy without a trace
                out.unlink(missing_ok=True)
            raise
    print(f"age-Identität geschrieben: {out} (nur für Sie lesbar; offline und sicher aufbewahren)")
    print(f"Entschlüsseln eines Pakets: age -d -i {shlex.quote(str(out))} PAKET.kimsync > PAKET.zip")
    return 0


def _check_new_file(path: Path) -> None:
    if path.exists() or path.is_symlink():
        raise FileProblem(path=path, reason=NOT_OVERWRITTEN)
    if not path.parent.is_dir():
        raise FileProblem(path=path, reason="der Ordner fehlt")


def _identity_text(vault: Any, keys: Any) -> str:
    from kim_desktop.domain.dates import format_date, format_time

    now = dt.datetime.now().astimezone()
    lines = [f"# KIM Desktop – age-Identität der Koordination »{vault.profile.display_name}«",
             f"# Datendatei {vault.profile.vault_id}, Gerät {vault.profile.device_id}",
             f"# erstellt am {format_date(now.date())} um {format_time(now.time())} Uhr",
             "# GEHEIM: öffnet jedes Paket an diese Koordination. Offline aufbewahren.",
             "# Entschlüsseln: age -d -i DIESE_DATEI PAKET.kimsync > PAKET.zip"]
    for index, identity in enumerate(keys.identities):
        lines += ["# aktuelle Identität" if index == 0 else "# frühere Identität (vor Schlüsselwechsel)",
                  f"# public key: {identity.to_public()}", str(identity)]
    return "\n".join(lines) + "\n"


def _write_private(path: Path, text: str) -> None:
    """Created readable by the owner only from the first byte on, never over an existing file."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # made meanwhile
        raise FileProblem(path=path, reason=NOT_OVERWRITTEN) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def cmd_keys_rotate(args: argparse.Namespace) -> int:
    from kim_desktop.storage import audit
    from kim_desktop.sync.keys import rotate_keys

    vault = _open_coordinator(args, "Den Schlüsselwechsel")
    with vault:
        with vault.transaction() as session:
            keys = rotate_keys(session)
            audit.record(session, "keys.rotated", record_type="vault", record_id=vault.profile.vault_id)
        sys.stdout.write(_public_text(vault, keys))
    # Comment lines: the whole output stays a valid [[coordinators]] entry.
    print("# Neue Schlüssel erzeugt. Die nächsten Rückmeldungen (kim-desktop export) melden sie\n"
          "# den Case-Management-Geräten, signiert mit dem bisherigen Schlüssel. Pakete an den\n"
          "# bisherigen Schlüssel lassen sich weiter öffnen. Die IT ersetzt den Eintrag in der\n"
          "# Einsatzkonfiguration; andere Koordinationen tragen ihn mit »kim-desktop recipients add« ein.")
    return 0


# --- recipients -------------------------------------------------------------------------------


def cmd_recipients_add(args: argparse.Namespace) -> int:
    from kim_desktop.storage import audit
    from kim_desktop.sync.keys import BadKey, load_keys, recipient_fingerprint
    from kim_desktop.sync.recipients import add_coordinator, parse_public_key_text

    try:
        text = Path(args.file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise KeysRefused(reason=f"Datei {args.file} nicht lesbar") from None
    try:
        found = parse_public_key_text(text)
    except BadKey as exc:
        raise KeysRefused(reason=f"{args.file}: {exc}") from None
    vault, _deployment, _settings = _open(args)
    with vault:
        with vault.transaction() as session:
            own = load_keys(session).age_recipient
            for coordinator in found:
                if coordinator.age_recipient == own:
                    raise KeysRefused(reason=f"{args.file}: die eigenen Schlüssel dieser Datendatei")
                add_coordinator(session, coordinator)
                audit.record(session, "recipient.added", record_type="recipient",
                             record_id=recipient_fingerprint(coordinator.age_recipient)[:36])
    for coordinator in found:
        print(f"Eingetragen: {coordinator.name or '(ohne Namen)'} ({coordinator.age_recipient})")
    return 0


def cmd_recipients_list(args: argparse.Namespace) -> int:
    from kim_desktop.sync.keys import fingerprint
    from kim_desktop.sync.recipients import known_coordinators

    vault, deployment, _settings = _open(args)
    with vault, vault.reader() as session:
        known = known_coordinators(session, deployment)
    if not known:
        print("Keine Koordination eingetragen (Einsatzkonfiguration oder »kim-desktop recipients add«).")
        return 0
    rows = [(c.name or "–", SOURCE_LABELS.get(c.source, c.source), c.age_recipient,
             fingerprint(c.signing_key) if c.signing_key else "–") for c in known]
    for line in _table(("Name", "Herkunft", "age-Empfänger", "Fingerabdruck des Signaturschlüssels"), rows):
        print(line)
    return 0


def cmd_recipients_remove(args: argparse.Namespace) -> int:
    from kim_desktop.storage import audit
    from kim_desktop.sync.keys import recipient_fingerprint
    from kim_desktop.sync.recipients import known_coordinators, remove_coordinator

    wanted = args.recipient.strip()
    vault, deployment, _settings = _open(args)
    with vault, vault.transaction() as session:
        if wanted not in {c.age_recipient for c in known_coordinators(session, deployment)}:
            raise KeysRefused(reason=f"{wanted[:70]} ist keine eingetragene Koordination "
                                     "(siehe recipients list)")
        remove_coordinator(session, wanted)
        audit.record(session, "recipient.removed", record_type="recipient",
                     record_id=recipient_fingerprint(wanted)[:36])
    print(f"Ausgetragen: {wanted}. Künftige Exporte sind nicht mehr an ihn verschlüsselt.")
    return 0


# --- devices and status -------------------------------------------------------------------------


def _when(moment: dt.datetime | None) -> str:
    from kim_desktop.domain.dates import format_date, format_time

    if moment is None:
        return "–"
    local = moment.astimezone()
    return f"{format_date(local.date())} {format_time(local.time())}"


def cmd_devices_list(args: argparse.Namespace) -> int:
    from kim_desktop.sync.status import device_statuses

    vault = _open_coordinator(args, "Die Geräteverwaltung")
    with vault:
        with vault.reader() as session:
            found = device_statuses(session)
    if not found:
        print("Noch kein Gerät bekannt: es wird beim ersten Import seiner Pakete eingetragen.")
        return 0
    rows = [(d.owner or "–", d.team if d.team is not None else "–", d.device_id, d.fingerprint,
             DEVICE_STATUS_LABELS.get(d.status, d.status), _when(d.last_package_at),
             d.last_sequence or "–", _ranges(d.missing) or "–") for d in found]
    for line in _table(("Besitzer/in", "Team", "Geräte-ID", "Fingerabdruck", "Status", "letztes Paket",
                        "letzte Nr.", "fehlende Nr."), rows, numeric=(1, 6)):
        print(line)
    return 0


def cmd_devices_trust(args: argparse.Namespace) -> int:
    return _decide_device(args, "trusted", "Seine Pakete jetzt (erneut) importieren.")


def cmd_devices_revoke(args: argparse.Namespace) -> int:
    return _decide_device(args, "revoked", "Pakete von ihm werden ab jetzt abgelehnt; frühere Daten bleiben.")


def _decide_device(args: argparse.Namespace, status: str, consequence: str) -> int:
    from kim_desktop.sync import devices

    wanted = " ".join(args.device)  # a fingerprint typed in groups arrives as several arguments
    vault = _open_coordinator(args, "Die Geräteverwaltung")
    with vault:
        with vault.transaction() as session:
            row = devices.find(session, wanted)
            if row is None:
                raise SyncNotReady(reason=f"kein Gerät mit Fingerabdruck oder Geräte-ID {wanted[:40]} "
                                          "bekannt (es wird beim ersten Import seiner Pakete eingetragen)")
            before = row.status
            if before != status:
                devices.set_status(session, row, status)
    name, label = f"»{row.owner or '?'}« ({row.device_id})", DEVICE_STATUS_LABELS[status]
    print(f"Gerät {name} war bereits {label}." if before == status else
          f"Gerät {name} {label} (bisher {DEVICE_STATUS_LABELS.get(before, before)}). {consequence}")
    return 0


def cmd_sync_status(args: argparse.Namespace) -> int:
    vault, deployment, _settings = _open(args)
    with vault:
        lines = (_coordinator_status(vault) if vault.profile.role is Role.COORDINATOR
                 else _case_manager_status(vault, deployment))
    for line in lines:
        print(line)
    return 0


def _case_manager_status(vault: Any, deployment: Any) -> list[str]:
    from kim_desktop.sync import status
    from kim_desktop.sync.export import team_policy
    from kim_desktop.sync.keys import load_keys
    from kim_desktop.sync.recipients import known_coordinators

    with vault.transaction() as session:
        keys = load_keys(session)
        own = status.own_export_status(session, vault.profile.device_id)
        known = known_coordinators(session, deployment)
    policy = team_policy(vault, deployment)
    policy_text = "pseudonymisiert" if policy == "pseudonymised" else "vollständig"
    return [
        f"Fingerabdruck dieses Geräts: {keys.fingerprint}",
        f"Weitergabe an den Kreis: {policy_text} ({policy})",
        f"Epoche: {own.epoch or 'noch kein Export'}",
        f"letztes Paket: {own.last_sequence or '–'}",
        _arrival_line(own),
        "Koordinationen (Empfänger): " + (", ".join(
            f"{c.name or c.age_recipient[:16]} ({SOURCE_LABELS.get(c.source, c.source)})" for c in known)
            or "keine – »kim-desktop recipients add« oder Einsatzkonfiguration"),
    ]


def _coordinator_status(vault: Any) -> list[str]:
    from sqlalchemy import func, select

    from kim_desktop.storage.sync_tables import SyncConflict
    from kim_desktop.sync import status

    with vault.reader() as session:
        found = status.device_statuses(session)
        conflicts = session.scalar(select(func.count()).select_from(SyncConflict)) or 0
        recent = status.import_log(session, limit=10)
        log_rows = [(_when(r.at), RESULT_LABELS.get(r.result, r.result), r.device_id[:8] or "–",
                     r.sequence if r.sequence is not None else "–", r.file_name) for r in recent]
    by_status = {key: sum(d.status == key for d in found) for key in DEVICE_STATUS_LABELS}
    lines = [f"Geräte: {len(found)} (" + ", ".join(f"{by_status[k]} {label}" for k, label
                                                    in DEVICE_STATUS_LABELS.items()) + ")"]
    gaps = [d for d in found if d.missing]
    lines.append("Lücken:" + ("" if gaps else " keine"))
    lines += [f"  »{d.owner or '?'}« ({d.device_id[:8]}): fehlende Pakete {_ranges(d.missing)}" for d in gaps]
    lines.append(f"Konflikte im Konfliktprotokoll: {conflicts}")
    lines.append("Letzte Importe:" + ("" if log_rows else " keine"))
    if log_rows:
        lines += ["  " + line for line in _table(("Zeit", "Ergebnis", "Gerät", "Paket", "Datei"), log_rows,
                                                 numeric=(3,))]
    return lines
