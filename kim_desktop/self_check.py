"""`kim-desktop self-check`: does this installation (bundle or source) have what it needs?

No vault, no password, nothing personal: every check works on throw-away data in a temporary
folder. Qt is probed in a child process (`_qt-probe`, ui/qt_probe.py), because a platform plugin
that fails to load ends its process. Each check is one `OK`/`FEHLER` line; warnings are shown
under it and do not fail it.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import platform
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from kim_desktop import __version__

log = logging.getLogger(__name__)

PROBE_COMMAND = "_qt-probe"
PROBE_TIMEOUT = 60.0
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass
class CheckResult:
    name: str
    ok: bool
    detail: str
    notes: list[str] = field(default_factory=list)  # warnings: shown, not failing

    def lines(self) -> list[str]:
        head = f"{'OK    ' if self.ok else 'FEHLER'} {self.name}: {self.detail}"
        return [head, *(f"       Warnung: {note}" for note in self.notes)]


@dataclass
class ProbeReport:
    values: dict[str, str]
    errors: list[str]


def frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def probe_command() -> list[str]:
    if frozen():
        return [sys.executable, PROBE_COMMAND]
    return [sys.executable, "-m", "kim_desktop", PROBE_COMMAND]


def _headless(env: dict[str, str]) -> bool:
    return (sys.platform.startswith("linux") and not env.get("QT_QPA_PLATFORM")
            and not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"))


def run_probe(timeout: float = PROBE_TIMEOUT) -> tuple[CheckResult, ProbeReport]:
    env = dict(os.environ)
    notes = []
    headless = _headless(env)
    if headless:
        notes.append("kein Bildschirm (DISPLAY/WAYLAND_DISPLAY nicht gesetzt): "
                     "geprüft mit QT_QPA_PLATFORM=offscreen")
        env["QT_QPA_PLATFORM"] = "offscreen"
    name = "Qt-Oberfläche"
    report = ProbeReport({}, [])
    try:
        done = subprocess.run(probe_command(), env=env, capture_output=True, text=True, timeout=timeout,
                              stdin=subprocess.DEVNULL, encoding="utf-8", errors="replace")
    except subprocess.TimeoutExpired:
        reason = f"Prüfprozess nach {timeout:.0f} s abgebrochen (hängt)"
        return CheckResult(name, False, reason, notes), report
    except OSError as exc:
        return CheckResult(name, False, f"Prüfprozess nicht startbar ({exc.strerror})", notes), report
    for line in done.stdout.splitlines():
        key, sep, value = line.partition("=")
        if not sep:
            continue
        if key == "error":
            report.errors.append(value)
        else:
            report.values[key] = value
    values = report.values
    if "platform" not in values:
        last = [line for line in done.stderr.splitlines() if line.strip()]
        reason = next((line for line in last if "plugin" in line.lower()),
                      last[-1] if last else "keine Ausgabe")
        detail = f"Qt startet nicht (Exit {done.returncode}): {reason.strip()}"
        return CheckResult(name, False, detail, notes), report
    native = values.get("native_plugin", "")
    if native.startswith("fehlt"):
        report.errors.append(f"Plattform-Plugin {native}")
    if done.returncode != 0 and not report.errors:
        report.errors.append(f"Prüfprozess endete mit Exit {done.returncode}")
    detail = f"Plattform {values['platform']}, Qt {values.get('qt', '?')}"
    if report.errors:
        return CheckResult(name, False, detail + "; " + "; ".join(report.errors), notes), report
    if native and headless:
        notes.append(f"xcb-Plugin vorhanden ({native}), mangels Bildschirm nicht geladen")
    found = ", ".join(f"{key} {values[key]}" for key in ("grab", "image_formats", "icon", "charts")
                      if key in values)
    return CheckResult(name, True, f"{detail}; {found}; {values.get('translations', '')}", notes), report


def check_sqlcipher() -> CheckResult:
    from kim_desktop.storage import cipher

    name = "SQLCipher"
    with tempfile.TemporaryDirectory(prefix="kim-self-check-") as folder:
        path = Path(folder) / "probe.db"
        key = os.urandom(32)
        conn = cipher.connect(path, key)
        try:
            conn.execute("CREATE TABLE probe (id INTEGER PRIMARY KEY, text TEXT)")
            conn.execute("INSERT INTO probe (text) VALUES ('Prüfung')")
            row = conn.execute("SELECT text FROM probe").fetchone()
            report = cipher.cipher_report(conn)
        finally:
            conn.close()
        if row is None or row[0] != "Prüfung":
            return CheckResult(name, False, "geschriebene Zeile nicht wieder gelesen")
        if path.read_bytes()[:16] == SQLITE_HEADER:
            return CheckResult(name, False, "Datei ist nicht verschlüsselt (SQLite-Kopf im Klartext)")
        try:
            cipher.connect(path, os.urandom(32)).close()
        except cipher.WrongKey:
            pass
        else:
            return CheckResult(name, False, "ein falscher Schlüssel öffnete die Datei")
    return CheckResult(name, True, (
        f"Version {report['cipher_version']} ({report['cipher_provider']}), kdf_iter {report['kdf_iter']}, "
        f"Seitengröße {report['cipher_page_size']}, HMAC {report['cipher_hmac_algorithm']}; "
        "Datei verschlüsselt, falscher Schlüssel abgewiesen"))


def check_age_and_signing() -> CheckResult:
    import pyrage
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from kim_desktop.sync.keys import signing_key_text, verify

    identity = pyrage.x25519.Identity.generate()
    secret = os.urandom(64)
    if pyrage.decrypt(pyrage.encrypt(secret, [identity.to_public()]), [identity]) != secret:
        return CheckResult("age und Signatur", False, "age-Rundreise liefert andere Daten")
    private = Ed25519PrivateKey.generate()
    public = signing_key_text(private.public_key())
    signature = private.sign(secret)
    if not verify(public, signature, secret) or verify(public, signature, secret + b"x"):
        return CheckResult("age und Signatur", False, "Ed25519-Signatur nicht prüfbar")
    return CheckResult("age und Signatur", True, "age (X25519) verschlüsselt und entschlüsselt; "
                                                 "Ed25519 signiert, Prüfung erkennt Änderungen")


def check_translations(resources: Path | None = None) -> CheckResult:
    from kim_desktop.resources_path import resources_dir

    path = (resources or resources_dir()) / "translations" / "kim_en.qm"
    name = "Übersetzungen"
    try:
        data = path.read_bytes()
    except OSError:
        return CheckResult(name, False, f"{path} fehlt")
    if len(data) < 1024 or not data.startswith(QM_MAGIC):
        return CheckResult(name, False, f"{path} ist keine Qt-Übersetzungsdatei ({len(data)} Byte)")
    return CheckResult(name, True, f"{path} ({len(data) // 1024} KB)")


def check_configuration() -> CheckResult:
    from kim_desktop.config.check import check_deployment

    outcome = check_deployment()
    name = "Einsatzkonfiguration"
    if outcome.deployment is None:
        return CheckResult(name, False, f"{outcome.where} ungültig: " + " | ".join(outcome.problems),
                           list(outcome.warnings))
    return CheckResult(name, True, f"{outcome.where}: {outcome.deployment.district_name}",
                       list(outcome.warnings))


def check_migrations() -> CheckResult:
    from alembic.script import ScriptDirectory

    from kim_desktop.storage import migrate

    name = "Schemaversionen"
    revisions = migrate.known_revisions()
    heads = ScriptDirectory.from_config(migrate.alembic_config()).get_heads()
    files = sorted(p.name.split("_")[0] for p in (migrate.MIGRATIONS_DIR / "versions").iterdir()
                   if p.suffix in (".py", ".pyc") and p.name[:1].isdigit())
    expected = sorted(set(files))
    if len(heads) != 1 or revisions != expected:
        return CheckResult(name, False, f"Revisionen {', '.join(revisions) or '-'} passen nicht zu den "
                                        f"Dateien {', '.join(expected) or '-'} "
                                        f"(Köpfe: {', '.join(heads) or '-'})")
    reached = _migrate_scratch_database()
    if reached != revisions[-1]:
        detail = f"eine neue Datenbank erreicht {reached or '-'} statt {revisions[-1]}"
        return CheckResult(name, False, detail)
    return CheckResult(name, True, f"{len(revisions)} Revisionen, {revisions[0]} bis {revisions[-1]} (Kopf); "
                                   "eine neue verschlüsselte Datenbank ließ sich bis zum Kopf migrieren")


def _migrate_scratch_database() -> str | None:
    """What a new vault goes through (as Vault.create does), on a throw-away database."""
    from kim_desktop.storage import migrate
    from kim_desktop.storage.engine import make_engine

    with tempfile.TemporaryDirectory(prefix="kim-self-check-") as folder:
        engine = make_engine(Path(folder) / "schema.db", os.urandom(32), foreign_keys=False)
        try:
            with engine.begin() as conn:
                migrate.upgrade(conn)
                return migrate.current_revision(conn)
        finally:
            engine.dispose()


def check_holidays(state: str) -> CheckResult:
    import holidays

    year = dt.date.today().year
    days = holidays.country_holidays("DE", subdiv=state, years=year, language="de")
    unity = days.get(dt.date(year, 10, 3))
    if not unity:
        return CheckResult("Feiertage", False, f"{state} {year}: Tag der Deutschen Einheit fehlt")
    return CheckResult("Feiertage", True, f"{state} {year}: {len(days)} Feiertage (3.10.: {unity})")


def check_time_zone() -> CheckResult:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        berlin = ZoneInfo("Europe/Berlin")
    except ZoneInfoNotFoundError:
        return CheckResult("Zeitzone", False, "Europe/Berlin unbekannt (Windows: Paket tzdata fehlt)")
    winter = dt.datetime(2026, 1, 15, 12, tzinfo=berlin).utcoffset()
    summer = dt.datetime(2026, 7, 15, 12, tzinfo=berlin).utcoffset()
    if winter != dt.timedelta(hours=1) or summer != dt.timedelta(hours=2):
        return CheckResult("Zeitzone", False, f"Europe/Berlin mit falschen Abständen ({winter}, {summer})")
    return CheckResult("Zeitzone", True, "Europe/Berlin (MEZ/MESZ)")


def check_pdf_font() -> CheckResult:
    from kim_desktop.reports import fonts

    found = next((regular for regular, bold in fonts._candidates() if regular.is_file() and bold.is_file()),
                 None)
    if found is None:
        return CheckResult("PDF-Schrift", True, "Helvetica",
                           ["keine TrueType-Schrift: nur Latin-1-Buchstaben"])
    if found.name.startswith("Vera"):
        return CheckResult("PDF-Schrift", True, str(found),
                           ["Bitstream Vera aus reportlab: Buchstaben wie ā, ş, ł fehlen in PDFs "
                            "(DejaVu Sans installieren, Debian: fonts-dejavu-core)"])
    return CheckResult("PDF-Schrift", True, str(found))


def _guarded(name: str, check: Callable[[], CheckResult]) -> CheckResult:
    try:
        return check()
    except Exception as exc:  # a broken bundle shows as FEHLER, never as a traceback
        log.warning("self-check %s failed: %s", name, type(exc).__name__)
        return CheckResult(name, False, f"{type(exc).__name__}: {exc}")


def _state() -> str:
    from kim_desktop.config.deployment import load_deployment

    try:
        return load_deployment().state
    except Exception:
        return "NW"  # the configuration check reports the problem itself


def version_lines(probe: ProbeReport) -> list[str]:
    def version(dist: str, module: str = "") -> str:
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:  # a bundle may leave the metadata out
            try:
                return str(getattr(__import__(module or dist), "__version__", "?"))
            except ImportError:
                return "fehlt"

    import sqlcipher3

    lines = [f"KIM Desktop {__version__}",
             f"Python {platform.python_version()} ({platform.python_implementation()})",
             f"Qt {probe.values.get('qt', '?')}, PySide6 {probe.values.get('pyside', '?')}",
             f"SQLCipher {_cipher_version()}, SQLite {sqlcipher3.sqlite_version}"]
    lines.append(", ".join(f"{label} {version(dist, module)}" for label, dist, module in (
        ("SQLAlchemy", "SQLAlchemy", "sqlalchemy"), ("Alembic", "alembic", ""), ("pyrage", "pyrage", ""),
        ("cryptography", "cryptography", ""), ("openpyxl", "openpyxl", ""), ("reportlab", "reportlab", ""),
        ("holidays", "holidays", ""))))
    lines.append(f"System: {platform.platform()}")
    bundle = getattr(sys, "_MEIPASS", None)
    lines.append(f"Gebündelt (PyInstaller): {bundle}" if frozen() else
                 f"Aus Python-Paketen: {Path(__file__).resolve().parent}")
    return lines


def _cipher_version() -> str:
    import sqlcipher3

    from kim_desktop.storage import cipher

    conn = sqlcipher3.connect(":memory:")
    try:
        conn.execute(cipher.key_pragma(os.urandom(32)))
        report = cipher.cipher_report(conn)
    finally:
        conn.close()
    provider = f"{report['cipher_provider'] or '?'} {report['cipher_provider_version']}".strip()
    return f"{report['cipher_version'] or '?'} (Kryptografie: {provider})"


def run_self_check(out: Callable[[str], None] = print, *, resources: Path | None = None,
                   probe_timeout: float = PROBE_TIMEOUT) -> int:
    """Prints versions, one line per check and a summary; 0 when every check passed, else 1."""
    qt_result, probe = run_probe(probe_timeout)
    state = _state()
    checks: list[tuple[str, Callable[[], CheckResult]]] = [
        ("SQLCipher", check_sqlcipher),
        ("age und Signatur", check_age_and_signing),
        ("Übersetzungen", lambda: check_translations(resources)),
        ("Einsatzkonfiguration", check_configuration),
        ("Schemaversionen", check_migrations),
        ("Feiertage", lambda: check_holidays(state)),
        ("Zeitzone", check_time_zone),
        ("PDF-Schrift", check_pdf_font),
    ]
    results = [qt_result, *(_guarded(name, check) for name, check in checks)]
    try:
        versions = version_lines(probe)
    except Exception as exc:  # versions are information; a missing one must not hide the checks
        versions = [f"Versionen nicht vollständig ermittelbar ({type(exc).__name__})"]
    for line in versions:
        out(line)
    out("")
    for result in results:
        for line in result.lines():
            out(line)
    failed = [r.name for r in results if not r.ok]
    out("")
    out(f"Ergebnis: alle {len(results)} Prüfungen bestanden" if not failed else
        f"Ergebnis: {len(failed)} von {len(results)} Prüfungen fehlgeschlagen ({', '.join(failed)})")
    log.info("self-check: %d checks, %d failed", len(results), len(failed))
    return 1 if failed else 0
