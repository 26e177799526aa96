"""A coordinator's "Rückmeldungen schreiben": one feedback package per trusted case-manager
device (master data, receipts, the coordinators' keys) and one replication package for the
other coordinators, written into a folder in the background."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kim_desktop.errors import KimError
from kim_desktop.sync import export
from kim_desktop.sync.export import ExportResult
from kim_desktop.sync.package import REPLICATION
from kim_desktop.ui.exchange import folders, texts
from kim_desktop.ui.exchange.conflicts_tab import device_owners
from kim_desktop.ui.exchange.parts import (
    MessageLabel,
    action_row,
    folder_field,
    run_job,
    target_folder,
    text_label,
)
from kim_desktop.ui.exchange.progress import ProgressPanel
from kim_desktop.ui.exchange.rows_model import RowsModel, make_table
from kim_desktop.ui.i18n import error_text
from kim_desktop.ui.qt import QtCore, QtWidgets

if TYPE_CHECKING:
    from kim_desktop.ui.session import AppSession

FEEDBACK_JOB = "exchange-feedback"
FILE, FOR, NUMBER, CONTENT = range(4)


class WrittenModel(RowsModel[ExportResult]):
    NUMERIC = frozenset({NUMBER})

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__([self.tr("Datei"), self.tr("Für"), self.tr("Paket-Nr."), self.tr("Inhalt")], parent)
        self.owners: dict[str, str] = {}

    def display(self, row: ExportResult, column: int) -> str:
        if column == FILE:
            return row.path.name
        if column == FOR:
            if row.kind == REPLICATION:
                return self.tr("die anderen Koordinationen")
            return self.owners.get(row.to_device) or texts.short_id(row.to_device)
        if column == NUMBER:
            return texts.number(row.sequence)
        if row.heartbeat:
            return self.tr("nur Bestätigungen, keine geänderten Daten")
        return texts.counts_text(row.counts)

    def sort_value(self, row: ExportResult, column: int) -> Any:
        return row.sequence if column == NUMBER else self.display(row, column)


class FeedbackTab(QtWidgets.QWidget):
    def __init__(self, session: AppSession, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        intro = text_label(self.tr(
            "Schreibt für jedes vertraute Case-Management-Gerät eine Rückmeldung (Stammdaten und die "
            "Bestätigung, welche seiner Pakete angekommen sind) und, wenn weitere Koordinationen bekannt "
            "sind, ein Abgleichspaket für sie. Jede Datei ist nur für ihren Empfänger lesbar."), self)
        folder_label, self.folder = folder_field(self, folders.FEEDBACK)
        self.write_button = QtWidgets.QPushButton(self.tr("Rückmeldungen schrei&ben"), self)
        self.write_button.clicked.connect(self.start_writing)
        self.progress = ProgressPanel(self)
        self.message = MessageLabel(self)
        self.model = WrittenModel(self)
        self.table = make_table(self.model, self, stretch=CONTENT)
        written_label = QtWidgets.QLabel(self.tr("Geschriebene Da&teien:"), self)
        written_label.setBuddy(self.table)
        folder_row = QtWidgets.QHBoxLayout()
        folder_row.addWidget(folder_label)
        folder_row.addWidget(self.folder, 1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(folder_row)
        layout.addLayout(action_row(self.write_button, self.progress))
        layout.addWidget(self.message)
        layout.addWidget(written_label)
        layout.addWidget(self.table, 1)
        session.gate.busyChanged.connect(self._gate_changed)
        self._gate_changed(session.gate.busy)

    def _gate_changed(self, busy: bool) -> None:
        self.write_button.setEnabled(not busy)

    def start_writing(self) -> None:
        out_dir = target_folder(self.folder)
        if out_dir is None:
            return
        vault, deployment = self.session.vault, self.session.deployment
        relay = self.progress.start(self.tr("Rückmeldungen …"), cancellable=False)
        self.message.show_message("")

        def op() -> list[ExportResult]:
            return export.export_from_coordinator(vault, deployment, out_dir, progress=relay.report)

        if run_job(self.session, FEEDBACK_JOB, op, self._written, self._failed, receiver=self,
                   progress=self.progress, message=self.message):
            folders.remember_folder(folders.FEEDBACK, out_dir)

    def _written(self, results: list[ExportResult]) -> None:
        self.progress.finish()
        vault = self.session.vault
        with vault.reader() as session:
            self.model.owners = device_owners(session, vault.profile.device_id)
        self.model.set_rows(results)
        if results:
            self.message.show_message(self.tr("Dateien geschrieben: %1 in %2").replace(
                "%1", texts.number(len(results))).replace("%2", str(results[0].path.parent)))
        else:
            self.message.show_message(self.tr(
                "Nichts geschrieben: noch keinem Case-Management-Gerät vertraut und keine weitere "
                "Koordination bekannt."))

    def _failed(self, exc: KimError) -> None:
        self.progress.finish()
        text = self.tr("Es wurde nichts geschrieben: %1").replace("%1", error_text(exc))
        self.message.show_message(text, error=True)
