"""Writing a coordinator report as a file, for the command line and the GUI alike.

The report is built anew for the request in one read session, so the file holds exactly what the
request says; then the file is written together with its audit entry (report_files.write_audited:
no file without its entry). The entry names the format only ("report.exported.xlsx"); never a
number, name or filter of the report. The builder selects no client names at all, so even an
internal export holds pseudonyms at most; external ones are pseudonymised and suppressed.

The target is checked before anything is built or written (check_target): a report never replaces
the open vault, its SQLite companions, key envelope, lock or any other vault or backup file, nor a
device, folder or fifo; an OS error while writing names the user's target with a German reason.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from dataclasses import replace
from enum import StrEnum
from pathlib import Path

from kim_desktop.config.deployment import Deployment
from kim_desktop.domain.messages import Message, Translate
from kim_desktop.errors import InputRejected, KimError, StorageFull
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP
from kim_desktop.paths import ENVELOPE_SUFFIX, LOCK_SUFFIX, VAULT_SUFFIX
from kim_desktop.reports.report_model import Report, ReportRequest, ViewId
from kim_desktop.services.report_files import write_audited
from kim_desktop.storage.vault import Vault

CONTEXT = "ReportFiles"
ACTION_PREFIX = "report.exported."
UNKNOWN_FORMAT = QT_TRANSLATE_NOOP("ReportFiles", "Unbekanntes Format „{format}“; möglich: {choices}.")
UNKNOWN_VIEW = QT_TRANSLATE_NOOP("ReportFiles", "Unbekannte Ansicht „{view}“; möglich: {choices}.")
VAULT_TARGET = QT_TRANSLATE_NOOP(
    "ReportFiles",
    "„{path}“ ist die Datendatei oder eine ihrer Begleitdateien (Schlüssel, Sperre, Journal, Sicherung) "
    "und wird nicht überschrieben. Bitte eine andere Zieldatei wählen.")
NOT_A_FILE = QT_TRANSLATE_NOOP(
    "ReportFiles",
    "„{path}“ ist keine gewöhnliche Datei (sondern z. B. ein Ordner oder ein Gerät) und wird nicht "
    "überschrieben. Bitte eine Zieldatei wählen.")
NO_FOLDER = QT_TRANSLATE_NOOP(
    "ReportFiles",
    "Den Ordner „{folder}“ gibt es nicht. Bitte die Zieldatei in einem vorhandenen Ordner wählen.")
NOT_WRITTEN = QT_TRANSLATE_NOOP(
    "ReportFiles", "Der Bericht konnte nicht als „{path}“ gespeichert werden: {reason}.")
NO_RIGHTS = QT_TRANSLATE_NOOP("ReportFiles", "keine Schreibrechte")
DISK_FULL = QT_TRANSLATE_NOOP("ReportFiles", "Datenträger voll")
IS_FOLDER = QT_TRANSLATE_NOOP("ReportFiles", "ist ein Ordner")
FOLDER_MISSING = QT_TRANSLATE_NOOP("ReportFiles", "Ordner gibt es nicht")
READ_ONLY = QT_TRANSLATE_NOOP("ReportFiles", "schreibgeschützt")
OTHER_OS_ERROR = QT_TRANSLATE_NOOP("ReportFiles", "Schreibfehler ({code})")
_REASONS = {
    errno.EACCES: NO_RIGHTS, errno.EPERM: NO_RIGHTS,
    errno.ENOSPC: DISK_FULL, errno.EDQUOT: DISK_FULL,
    errno.EISDIR: IS_FOLDER,
    errno.ENOENT: FOLDER_MISSING, errno.ENOTDIR: FOLDER_MISSING,
    errno.EROFS: READ_ONLY,
}
# Beside a vault: SQLite's companions, the key envelope, the lock; ".creating" and ".part" are
# the half-made vaults of create() and of a backup.
_COMPANION_SUFFIXES = ("-wal", "-shm", "-journal", ENVELOPE_SUFFIX, LOCK_SUFFIX)
_STAGING_SUFFIXES = (".creating", ".part")
TMP_SUFFIX = ".tmp"  # storage.atomic.write_atomic writes target + ".tmp" first


class ReportNotWritten(KimError):
    """Writing the report file failed; names the target the user chose, with a German reason."""

    exit_code = 74  # EX_IOERR, as errors.FileProblem

    def __init__(self, target: Path, reason: str, **details: object) -> None:
        self.target = target
        self.reason = Message.of(CONTEXT, reason, **details)
        super().__init__(path=target)

    def message(self, translate: Translate | None = None) -> str:  # type: ignore[override]
        reason = self.reason.text(translate)
        return Message.of(CONTEXT, NOT_WRITTEN, path=self.target, reason=reason).text(translate)


def _names_of_vault(path: Path) -> list[Path]:
    named = [path, *(path.with_name(path.name + s) for s in (*_COMPANION_SUFFIXES, *_STAGING_SUFFIXES))]
    return named + [p.with_name(p.name + "-wal") for p in named if p.name.endswith(_STAGING_SUFFIXES)]


def _looks_like_vault_file(name: str) -> bool:
    """Any KIM vault (a backup too) or one of its companions, by name: never a report's target."""
    for suffix in (*_COMPANION_SUFFIXES, *_STAGING_SUFFIXES):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    for suffix in _STAGING_SUFFIXES:  # "x.kimvault.creating-wal"
        name = name.removesuffix(suffix)
    return name.endswith(VAULT_SUFFIX)


def _same_file(a: Path, b: Path) -> bool:
    if a.resolve() == b.resolve():
        return True
    try:
        return os.path.samefile(a, b)  # hard links, bind mounts, case-insensitive file systems
    except OSError:  # one of them does not exist
        return False


def _kind_refused(path: Path) -> bool:
    """An existing non-regular file (device, folder, fifo, socket; a symlink to one counts too)."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:  # nothing there, or a dangling symlink: os.replace replaces the link
        return False
    except OSError:
        return False  # not reachable: the write reports it with its German reason
    return not stat.S_ISREG(mode)


def check_target(target: Path | str, vault_path: Path) -> Path:
    """The absolute target if a report may be written there; else InputRejected (field "out"):
    the open vault and its companion files, any vault or backup file by name, an existing
    non-regular file, or a folder that does not exist. Writes nothing."""
    path = Path(target).expanduser().absolute()
    folder = path.parent
    if not folder.is_dir():
        raise InputRejected(Message.of(CONTEXT, NO_FOLDER, folder=folder), "out")
    protected = _names_of_vault(Path(vault_path).absolute())
    for candidate in (path, path.with_name(path.name + TMP_SUFFIX)):
        if _looks_like_vault_file(candidate.name) or any(_same_file(candidate, p) for p in protected):
            raise InputRejected(Message.of(CONTEXT, VAULT_TARGET, path=candidate), "out")
        if _kind_refused(candidate):
            raise InputRejected(Message.of(CONTEXT, NOT_A_FILE, path=candidate), "out")
    return path


def _not_written(target: Path, exc: OSError | StorageFull) -> ReportNotWritten:
    if isinstance(exc, StorageFull):
        return ReportNotWritten(target, DISK_FULL)
    code = exc.errno or 0
    if code in _REASONS:
        return ReportNotWritten(target, _REASONS[code])
    return ReportNotWritten(target, OTHER_OS_ERROR, code=errno.errorcode.get(code, code))


class ReportFormat(StrEnum):
    XLSX = "xlsx"      # all views, one sheet each
    CSV = "csv"        # the one view asked for
    PDF = "pdf"        # all views with their charts
    STATUS = "status"  # the Sachstandsbericht (PDF), always built external

    @property
    def audit_action(self) -> str:
        return ACTION_PREFIX + self.value


def report_format(text: str) -> ReportFormat:
    try:
        return ReportFormat(text.strip().lower())
    except ValueError:
        choices = ", ".join(f.value for f in ReportFormat)
        reason = Message.of(CONTEXT, UNKNOWN_FORMAT, format=text, choices=choices)
        raise InputRejected(reason, "format") from None


def view_id(text: str | ViewId) -> ViewId:
    try:
        return ViewId(str(text).strip().lower())
    except ValueError:
        choices = ", ".join(v.value for v in ViewId)
        raise InputRejected(Message.of(CONTEXT, UNKNOWN_VIEW, view=text, choices=choices), "view") from None


def _writer(fmt: ReportFormat, report: Report, target: Path, *, deployment: Deployment, view: ViewId,
            translate: Translate | None) -> Callable[[], None]:
    # Imported here: reportlab and openpyxl load only when their format is asked for.
    if fmt is ReportFormat.XLSX:
        from kim_desktop.reports.report_xlsx import write_xlsx

        return lambda: write_xlsx(report, target, translate=translate)
    if fmt is ReportFormat.CSV:
        from kim_desktop.reports.report_csv import write_csv

        return lambda: write_csv(report, view, target)
    if fmt is ReportFormat.PDF:
        from kim_desktop.reports.report_pdf import write_pdf

        return lambda: write_pdf(report, target, translate=translate)
    from kim_desktop.reports.status_report import write_status_report

    return lambda: write_status_report(report, deployment, target, translate=translate)


def export_report(vault: Vault, request: ReportRequest, fmt: str, target: Path, *, deployment: Deployment,
                  view: ViewId | str = ViewId.OVERVIEW, translate: Translate | None = None) -> Path:
    """Builds the report for `request` and writes it as `fmt` (xlsx, csv, pdf, status) to target,
    replacing a file there; returns the path. `view`: the view of a CSV. The Sachstandsbericht is
    always external. Raises InputRejected for an unknown format or view, a reversed period or a
    target that must not be replaced (check_target), ReportNotWritten when the OS refuses."""
    from kim_desktop.reports.report_builder import build_report

    chosen = report_format(fmt)
    wanted = view_id(view)
    path = check_target(target, vault.path)
    if chosen is ReportFormat.STATUS and not request.external:
        request = replace(request, external=True)
    with vault.reader() as session:
        report = build_report(session, request, deployment=deployment, translate=translate)
    try:
        write_audited(vault, chosen.audit_action, path,
                      _writer(chosen, report, path, deployment=deployment, view=wanted, translate=translate))
    except StorageFull as exc:
        raise _not_written(path, exc) from None
    except OSError as exc:
        ours = (path, path.with_name(path.name + TMP_SUFFIX), path.parent)
        if exc.filename is not None and Path(exc.filename).absolute() not in ours:
            raise  # not the report file (e.g. the vault itself): the caller's handler names it
        raise _not_written(path, exc) from None
    return path
