"""A case manager's "Export für den Kreis": target folder, what goes out (counted before
writing), the export in the background, and how far the Kreis has confirmed the packages."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from kim_desktop.errors import KimError
from kim_desktop.sync import export
from kim_desktop.sync.export import ExportPreview, ExportResult
from kim_desktop.ui.background import run_in_background
from kim_desktop.ui.exchange import folders, texts
from kim_desktop.ui.exchange.own_status import read_status, status_lines
from kim_desktop.ui.exchange.parts import (
    ERROR_STYLE,
    ExchangeTab,
    MessageLabel,
    action_row,
    folder_field,
    run_job,
    target_folder,
    text_label,
)
from kim_desktop.ui.exchange.progress import ProgressPanel
from kim_desktop.ui.i18n import error_text
from kim_desktop.ui.qt import Qt, QtWidgets

if TYPE_CHECKING:
    from kim_desktop.ui.session import AppSession

EXPORT_JOB = "exchange-export"


class ExportTab(ExchangeTab):
    def __init__(self, session: AppSession, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._preview_round = 0  # only the newest preview is shown
        self._preview_due = False  # asked for while another vault job ran
        self.preview: ExportPreview | None = None

        box = QtWidgets.QGroupBox(self.tr("Neues Paket"), self)
        intro = text_label(self.tr(
            "Schreibt Ihre Änderungen in eine verschlüsselte Datei (*.kimsync), z. B. auf einen USB-Stick. "
            "Öffnen kann sie nur die Koordination im Kreis."), box)
        folder_label, self.folder = folder_field(box, folders.EXPORT)
        self.modes = QtWidgets.QButtonGroup(self)
        mode_box = QtWidgets.QVBoxLayout()
        for index, (mode, text) in enumerate((
                (export.CHANGES, self.tr("Ä&nderungen seit dem letzten Export")),
                (export.ALL, self.tr("&Alles erneut senden")),
                (export.UNCONFIRMED, self.tr("Alles, was der Kreis noch nicht &bestätigt hat "
                                             "(z. B. wenn ein USB-Stick verloren ging)")))):
            button = QtWidgets.QRadioButton(text, box)
            button.setProperty("mode", mode)
            button.setChecked(index == 0)
            self.modes.addButton(button, index)
            mode_box.addWidget(button)
        self.modes.idToggled.connect(self._mode_toggled)
        self.summary = QtWidgets.QLabel(box)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QtWidgets.QPushButton(self.tr("Ex&portieren"), box)
        self.export_button.clicked.connect(self.start_export)
        self.progress = ProgressPanel(box)
        self.result = MessageLabel(box)
        form = QtWidgets.QFormLayout()
        form.addRow(folder_label, self.folder)
        form.addRow(self.tr("Umfang:"), mode_box)
        form.addRow(self.tr("Zusammenfassung:"), self.summary)
        box_layout = QtWidgets.QVBoxLayout(box)
        box_layout.addWidget(intro)
        box_layout.addLayout(form)
        box_layout.addLayout(action_row(self.export_button, self.progress))
        box_layout.addWidget(self.result)

        status_box = QtWidgets.QGroupBox(self.tr("Stand beim Kreis"), self)
        self.status = text_label("", status_box)
        QtWidgets.QVBoxLayout(status_box).addWidget(self.status)

        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(status_box)
        layout.addStretch(1)
        session.gate.busyChanged.connect(self._gate_changed)
        self._update_buttons()

    def refresh(self) -> None:
        self.refresh_status()
        self.refresh_preview()

    def mode(self) -> str:
        checked = self.modes.checkedButton()
        return str(checked.property("mode")) if checked is not None else export.CHANGES

    def _mode_toggled(self, _id: int, checked: bool) -> None:
        if checked:  # the button switched off reports too
            self.refresh_preview()

    # --- what goes out ---------------------------------------------------------------------

    def refresh_preview(self) -> None:
        if self.session.gate.busy:
            self._preview_due = True  # counted when the running job has ended
            return
        self._preview_due = False
        self._preview_round += 1
        current, mode = self._preview_round, self.mode()
        vault, deployment = self.session.vault, self.session.deployment
        self.summary.setText(html.escape(self.tr("Wird gezählt …")))
        run_in_background(lambda: export.preview_export(vault, deployment, mode),
                          lambda preview: self._previewed(current, preview),
                          lambda exc: self._preview_failed(current, exc), receiver=self)

    def _previewed(self, current: int, preview: ExportPreview) -> None:
        if current != self._preview_round:
            return
        self.preview = preview
        lines = [self.tr("Paket Nr. %1").replace("%1", texts.number(preview.sequence))]
        if preview.counts:
            lines.append(self.tr("Inhalt: %1").replace("%1", texts.counts_text(preview.counts)))
        else:
            lines.append(self.tr("Nichts Neues: es wird ein kleines Lebenszeichen geschrieben, damit der "
                                 "Kreis sieht, dass das Gerät arbeitet."))
        lines.append(self.tr("Umfang: %1").replace("%1", texts.policy_text(preview.policy)))
        text = "<br>".join(html.escape(line) for line in lines)
        if preview.recipients:
            names = ", ".join(preview.recipients)
            text += "<br>" + html.escape(self.tr("Verschlüsselt für: %1").replace("%1", names))
        else:
            text += f"<br><span style='{ERROR_STYLE}'>" + html.escape(self.tr(
                "Es ist keine Koordination als Empfänger eingerichtet. Bitte im Reiter »Schlüssel« die "
                "Schlüsseldatei der Koordination hinzufügen.")) + "</span>"
        self.summary.setText(text)
        self._update_buttons()

    def _preview_failed(self, current: int, exc: KimError) -> None:
        if current == self._preview_round:
            self.preview = None
            self.summary.setText(f"<span style='{ERROR_STYLE}'>{html.escape(error_text(exc))}</span>")
            self._update_buttons()

    # --- writing ---------------------------------------------------------------------------

    def start_export(self) -> None:
        out_dir = target_folder(self.folder)
        if out_dir is None:
            return
        vault, deployment, mode = self.session.vault, self.session.deployment, self.mode()
        relay = self.progress.start(self.tr("Export …"), cancellable=False)
        self.result.show_message("")

        def op() -> ExportResult:
            return export.export_for_kreis(vault, deployment, out_dir, mode, progress=relay.report)

        if run_job(self.session, EXPORT_JOB, op, self._exported, self._export_failed, receiver=self,
                   progress=self.progress, message=self.result):
            folders.remember_folder(folders.EXPORT, out_dir)

    def _exported(self, result: ExportResult) -> None:
        self.progress.finish()
        if result.heartbeat:
            what = self.tr("ein Lebenszeichen, nichts Neues seit Paket %1").replace(
                "%1", texts.number(result.last_content_sequence))
        else:
            what = texts.counts_text(result.counts)
        text = (self.tr("Paket %1 gespeichert: %2").replace("%1", texts.number(result.sequence))
                .replace("%2", result.path.name)
                + "\n" + self.tr("Ordner: %1").replace("%1", str(result.path.parent))
                + "\n" + self.tr("Inhalt: %1").replace("%1", what))
        self.result.show_message(text)
        self.refresh()

    def _export_failed(self, exc: KimError) -> None:
        self.progress.finish()
        text = self.tr("Es wurde nichts exportiert: %1").replace("%1", error_text(exc))
        self.result.show_message(text, error=True)
        self.refresh()

    def _gate_changed(self, busy: bool) -> None:
        if not busy and self._preview_due and self.isVisible():
            self.refresh_preview()
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self.preview is not None and bool(self.preview.recipients)
        self.export_button.setEnabled(not self.session.gate.busy and ready)

    # --- confirmations ---------------------------------------------------------------------

    def refresh_status(self) -> None:
        self.status.setText("\n".join(status_lines(read_status(self.session.vault))))
