"""The schedule's files: the front-desk notice (no names), the day sheet (with names) and the .ics
calendar (names only when ticked).

Each action asks where to save (the folder last used, else the documents folder) and writes only
there: the writers build the file in memory and replace the target through a temporary file
beside it (storage.atomic), so a failure leaves no partial file. A file with client names comes
only after a warning and is audited (ids only). One page or one calendar is written in well under
a second, so this runs on the GUI thread. File-system errors become a German message.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kim_desktop.domain.dates import format_date
from kim_desktop.errors import FileProblem, KimError, as_known_error, os_reason
from kim_desktop.services.calendar_entries import export_calendar
from kim_desktop.services.report_files import write_audited
from kim_desktop.services.schedule_views import case_clients
from kim_desktop.ui.i18n import error_text
from kim_desktop.ui.qt import QCoreApplication, QtCore, QtWidgets

if TYPE_CHECKING:
    from kim_desktop.services.schedules import DayPlan
    from kim_desktop.ui.session import AppSession

CONTEXT = "ScheduleOutputs"
FOLDER_KEY = "schedule/output_dir"
DAY_SHEET_AUDIT = "schedule.day-sheet-exported"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


# --- where to save -------------------------------------------------------------------------------

def start_folder() -> Path:
    """The folder last used for a schedule file while it exists, else the documents folder."""
    from kim_desktop.ui.access_request_action import default_folder

    saved = QtCore.QSettings().value(FOLDER_KEY)
    if isinstance(saved, str) and saved and Path(saved).is_dir():
        return Path(saved)
    return default_folder()


def file_name_part(text: str) -> str:
    """A municipality's name as part of a file name: "Hennef (Sieg)" → "Hennef_Sieg"."""
    return re.sub(r"[^\w-]+", "_", text).strip("_") or "KIM"


def ask_target(parent: QtWidgets.QWidget | None, title: str, suggested: str, file_filter: str,
               suffix: str) -> Path | None:
    chosen, _filter = QtWidgets.QFileDialog.getSaveFileName(parent, title, str(start_folder() / suggested),
                                                            file_filter)
    if not chosen:
        return None
    target = Path(chosen)
    if target.suffix.lower() != suffix:
        target = target.with_name(target.name + suffix)
    QtCore.QSettings().setValue(FOLDER_KEY, str(target.parent))
    return target


def _write(parent: QtWidgets.QWidget | None, title: str, target: Path, write: Callable[[], object],
           saved_text: str) -> Path | None:
    """Runs write; tells the user where the file is, or why there is none (never a traceback)."""
    box = QtWidgets.QMessageBox
    try:
        write()
    except (KimError, OSError) as exc:
        known = as_known_error(exc)
        if isinstance(exc, OSError) and isinstance(known, FileProblem):
            # The chosen file, not the temporary name beside it; the reason in German.
            known = FileProblem(path=target, reason=os_reason(exc))
        assert known is not None  # KimError and OSError always are
        problem = _tr("Die Datei wurde nicht gespeichert: %1")
        box.warning(parent, title, problem.replace("%1", error_text(known)))
        return None
    box.information(parent, title, saved_text.replace("%1", str(target)))
    return target


# --- reading the vault ---------------------------------------------------------------------------

def _municipality_names(session: AppSession) -> dict[str, str]:
    return {m.ags: m.name for m in session.deployment.municipalities}


def _plan(session: AppSession, day: dt.date) -> DayPlan:
    from kim_desktop.services.schedules import day_plan

    with session.vault.reader() as db:
        return day_plan(db, session.vault.profile.device_id, day)


def _substitute_name(session: AppSession, plan: DayPlan) -> str:
    if not plan.substitute_device_id:
        return ""
    from kim_desktop.services.colleagues import colleague_name

    with session.vault.reader() as db:
        return colleague_name(db, plan.substitute_device_id)


# --- the three actions ---------------------------------------------------------------------------

def save_front_desk_notice(parent: QtWidgets.QWidget | None, app_session: AppSession,
                           day: dt.date) -> Path | None:
    """The notice for the front desk of the day's municipality (no client data, so no warning)."""
    from kim_desktop.reports.front_desk_notice import front_desk_notice_pdf

    title = _tr("Aushang speichern")
    plan = _plan(app_session, day)
    names = _municipality_names(app_session)
    ags = plan.municipality_ags or plan.regular_municipality_ags
    town = file_name_part(names.get(ags, ags)) if ags else "Aushang"
    target = ask_target(parent, title, f"Aushang_{town}_{day.isoformat()}.pdf", _tr("PDF-Dokument (*.pdf)"),
                        ".pdf")
    if target is None:
        return None
    substitute = _substitute_name(app_session, plan)

    def write() -> None:
        front_desk_notice_pdf(plan, target, case_manager_name=app_session.vault.profile.display_name,
                              district_name=app_session.deployment.district_name, substitute_name=substitute,
                              municipality_names=names, translate=QCoreApplication.translate)

    return _write(parent, title, target, write, _tr("Der Aushang wurde gespeichert:\n%1"))


def save_day_sheet(parent: QtWidgets.QWidget | None, app_session: AppSession, day: dt.date) -> Path | None:
    """The day sheet with the clients' names: warning first, then where, then the audited file."""
    from kim_desktop.reports.day_sheet import day_sheet_pdf

    box = QtWidgets.QMessageBox
    title = _tr("Tagesplan speichern")
    warning = _tr("Der Tagesplan vom %1 enthält die Namen Ihrer Klientinnen und Klienten und die Notizen "
                  "zu den Terminen.\n\n"
                  "Er wird als unverschlüsselte PDF-Datei an dem Ort gespeichert, den Sie im nächsten "
                  "Schritt wählen. Bitte nur einen geschützten Ort wählen (keinen geteilten Ordner), "
                  "ausdrucken und die Datei danach löschen.").replace("%1", format_date(day))
    answer = box.warning(parent, title, warning, box.StandardButton.Ok | box.StandardButton.Cancel,
                         box.StandardButton.Cancel)
    if answer != box.StandardButton.Ok:
        return None
    target = ask_target(parent, title, f"Tagesplan_{day.isoformat()}.pdf", _tr("PDF-Dokument (*.pdf)"),
                        ".pdf")
    if target is None:
        return None
    plan = _plan(app_session, day)
    with app_session.vault.reader() as db:
        names = case_clients(db, {a.case_id for a in plan.appointments})

    def write() -> None:
        day_sheet_pdf(plan, target, names=names, municipality_names=_municipality_names(app_session),
                      translate=QCoreApplication.translate)

    return _write(parent, title, target,
                  lambda: write_audited(app_session.vault, DAY_SHEET_AUDIT, target, write),
                  _tr("Der Tagesplan wurde gespeichert:\n%1\n\nBitte nach dem Ausdrucken löschen."))


def save_calendar(parent: QtWidgets.QWidget | None, app_session: AppSession, start: dt.date,
                  end: dt.date, *, shown: dt.date | None = None) -> Path | None:
    """Asks for the period (and whether names go in), then where; writes the .ics.
    start, end: the period shown; shown: the day the quick choices (day, week, month) start from."""
    from kim_desktop.ui.schedule.calendar_export_dialog import CalendarExportDialog

    dialog = CalendarExportDialog(start, end, parent, shown=shown)
    try:
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return None
        first, last, with_names = dialog.first, dialog.last, dialog.with_names
    finally:
        dialog.deleteLater()
    title = _tr("Kalender exportieren")
    target = ask_target(parent, title, f"KIM-Kalender_{first.isoformat()}_bis_{last.isoformat()}.ics",
                        _tr("iCalendar-Datei (*.ics)"), ".ics")
    if target is None:
        return None
    saved = (_tr("Der Kalender wurde gespeichert:\n%1\n\nEr enthält Namen – bitte sorgsam aufbewahren.")
             if with_names else _tr("Der Kalender wurde gespeichert:\n%1"))
    return _write(parent, title, target,
                  lambda: export_calendar(app_session.vault, target, first, last, with_names=with_names,
                                          municipality_names=_municipality_names(app_session)), saved)
