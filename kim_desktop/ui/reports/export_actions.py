"""Saving the shown report as a file: XLSX (all views), CSV (the current view), PDF (all views,
with charts) or the ready Sachstandsbericht (PDF for the committee; always the external form).

The file is written off the GUI thread (services/report_export.py builds the report anew for
the request, so the file holds exactly what the filters say). A file of the internal form says
so before it is saved: it names case managers and may only be used inside the Kreis.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from kim_desktop.errors import KimError
from kim_desktop.reports.report_model import ReportRequest, ViewId
from kim_desktop.ui.background import run_in_background
from kim_desktop.ui.i18n import error_text
from kim_desktop.ui.qt import QCoreApplication, QtCore, QtGui, QtWidgets, Signal, is_alive

log = logging.getLogger(__name__)
LAST_FOLDER_KEY = "reports/last_folder"
XLSX, CSV, PDF, STATUS = "xlsx", "csv", "pdf", "status"
SUFFIX = {XLSX: ".xlsx", CSV: ".csv", PDF: ".pdf", STATUS: ".pdf"}


def suggested_name(request: ReportRequest, fmt: str, view: ViewId) -> str:
    period = f"{request.period_from:%Y-%m-%d}_{request.period_to:%Y-%m-%d}"
    if fmt == STATUS:
        return f"Sachstandsbericht_{period}.pdf"
    form = "_extern" if request.external else ""
    part = f"_{view.value}" if fmt == CSV else ""
    return f"Bericht_{period}{part}{form}{SUFFIX[fmt]}"


class ExportActions(QtWidgets.QWidget):
    """A menu button for the four files and a line with the result."""

    exported = Signal(str)  # the path written

    def __init__(self, session, request: Callable[[], ReportRequest | None],  # type: ignore[no-untyped-def]
                 current_view: Callable[[], ViewId], parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._request = request
        self._current_view = current_view
        self.running = False
        self.button = QtWidgets.QPushButton(self.tr("E&xportieren"), self)
        self.button.setToolTip(self.tr("Bericht als Datei speichern: Excel, CSV, PDF oder Sachstandsbericht"))
        menu = QtWidgets.QMenu(self.button)
        self.actions_by_format: dict[str, QtGui.QAction] = {}
        for fmt, text in ((XLSX, self.tr("&Excel-Datei (XLSX, alle Ansichten) …")),
                          (CSV, self.tr("&CSV-Datei (aktuelle Ansicht) …")),
                          (PDF, self.tr("&PDF mit Diagrammen (alle Ansichten) …")),
                          (STATUS, self.tr("&Sachstandsbericht (PDF, für außerhalb des Kreises) …"))):
            action = menu.addAction(text)
            action.triggered.connect(lambda _checked=False, chosen=fmt: self.export(chosen))
            self.actions_by_format[fmt] = action
        self.button.setMenu(menu)
        self.result = QtWidgets.QLabel(self)
        self.result.setObjectName("export_result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(self.result.textInteractionFlags()
                                            | QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.result, 1)
        layout.addWidget(self.button)

    # --- asking --------------------------------------------------------------------------------

    def ask_target(self, fmt: str, request: ReportRequest, view: ViewId) -> Path | None:
        titles = {XLSX: self.tr("Bericht als Excel-Datei speichern"),
                  CSV: self.tr("Ansicht als CSV-Datei speichern"),
                  PDF: self.tr("Bericht als PDF speichern"), STATUS: self.tr("Sachstandsbericht speichern")}
        filters = {XLSX: self.tr("Excel-Dateien (*.xlsx)"), CSV: self.tr("CSV-Dateien (*.csv)"),
                   PDF: self.tr("PDF-Dateien (*.pdf)"), STATUS: self.tr("PDF-Dateien (*.pdf)")}
        title = titles[fmt]
        if fmt != STATUS and not request.external:
            title += " – " + self.tr("nur für den internen Gebrauch im Kreis")
        folder = QtCore.QSettings().value(LAST_FOLDER_KEY) or str(Path.home())
        suggested = str(Path(str(folder)) / suggested_name(request, fmt, view))
        chosen, _filter = QtWidgets.QFileDialog.getSaveFileName(self, title, suggested, filters[fmt])
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != SUFFIX[fmt]:
            path = path.with_name(path.name + SUFFIX[fmt])
        QtCore.QSettings().setValue(LAST_FOLDER_KEY, str(path.parent))
        return path

    def confirm_internal(self) -> bool:
        answer = QtWidgets.QMessageBox.question(
            self, self.tr("Nur für den internen Gebrauch"),
            self.tr("Diese Datei enthält die interne Fassung des Berichts: Namen der Case Manager, kleine "
                    "Zahlen nicht unterdrückt. Sie ist nur für den Gebrauch in der Kreisverwaltung bestimmt. "
                    "Für Stellen außerhalb des Kreises die Fassung „Für außerhalb des Kreises“ wählen.\n\n"
                    "Trotzdem speichern?"),
            QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.No,
            QtWidgets.QMessageBox.StandardButton.Yes)
        return answer == QtWidgets.QMessageBox.StandardButton.Yes

    # --- writing -------------------------------------------------------------------------------

    def export(self, fmt: str) -> None:
        request = self._request()
        if self.running:
            return
        if request is None:  # the filter line says what is wrong with the period
            self.result.setText(self.tr("Nicht gespeichert: erst einen gültigen Zeitraum wählen."))
            return
        if fmt == STATUS:
            request = replace(request, external=True)  # the committee's report always leaves the Kreis
        elif not request.external and not self.confirm_internal():
            return
        view = self._current_view()
        target = self.ask_target(fmt, request, view)
        if target is None:
            return
        try:
            from kim_desktop.services.report_export import export_report
        except ImportError:
            self.result.setText(self.tr("Das Speichern von Berichten ist in dieser Version noch nicht "
                                        "verfügbar."))
            return
        vault, deployment = self.session.vault, self.session.deployment
        self.running = True
        self.button.setEnabled(False)
        self.result.setText(self.tr("Die Datei wird geschrieben …"))

        def write() -> Path:
            return export_report(vault, request, fmt, target, deployment=deployment, view=view,
                                 translate=QCoreApplication.translate)

        run_in_background(write, lambda path: self._written(path, request), self._failed, receiver=self,
                          on_finished=self._finished)

    def _written(self, path: Path, request: ReportRequest) -> None:
        text = self.tr("Gespeichert: %1").replace("%1", str(path))
        if not request.external:
            text += " " + self.tr("(nur für den internen Gebrauch im Kreis)")
        self.result.setText(text)
        self.exported.emit(str(path))

    def _failed(self, exc: KimError) -> None:
        self.result.setText(self.tr("Nicht gespeichert: %1").replace("%1", error_text(exc)))

    def _finished(self) -> None:
        if not is_alive(self):  # the page went away meanwhile (lock)
            return
        self.running = False
        self.button.setEnabled(True)
