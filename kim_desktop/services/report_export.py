"""Writing a coordinator report as a file, for the command line and the GUI alike.

The report is built anew for the request in one read session, so the file holds exactly what the
request says; then the file is written together with its audit entry (report_files.write_audited:
no file without its entry). The entry names the format only ("report.exported.xlsx"); never a
number, name or filter of the report. The builder selects no client names at all, so even an
internal export holds pseudonyms at most; external ones are pseudonymised and suppressed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from enum import StrEnum
from pathlib import Path

from kim_desktop.config.deployment import Deployment
from kim_desktop.domain.messages import Message, Translate
from kim_desktop.errors import InputRejected
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP
from kim_desktop.reports.report_model import Report, ReportRequest, ViewId
from kim_desktop.services.report_files import write_audited
from kim_desktop.storage.vault import Vault

CONTEXT = "ReportFiles"
ACTION_PREFIX = "report.exported."
UNKNOWN_FORMAT = QT_TRANSLATE_NOOP("ReportFiles", "Unbekanntes Format „{format}“; möglich: {choices}.")
UNKNOWN_VIEW = QT_TRANSLATE_NOOP("ReportFiles", "Unbekannte Ansicht „{view}“; möglich: {choices}.")


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
    always external. Raises InputRejected for an unknown format or view or a reversed period."""
    from kim_desktop.reports.report_builder import build_report

    chosen = report_format(fmt)
    wanted = view_id(view)
    if chosen is ReportFormat.STATUS and not request.external:
        request = replace(request, external=True)
    with vault.reader() as session:
        report = build_report(session, request, deployment=deployment, translate=translate)
    path = Path(target)
    write_audited(vault, chosen.audit_action, path,
                  _writer(chosen, report, path, deployment=deployment, view=wanted, translate=translate))
    return path
