"""Reading .kimsync files: a coordinator's import of case managers' packages (preview first,
with the confirmation of unknown devices) and a case manager's import of feedback.

Both run in the background through the session's job gate, with progress and Cancel; cancel
stops between files, and the files done so far stay imported.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kim_desktop.errors import KimError
from kim_desktop.sync import devices
from kim_desktop.sync.importer import PREVIEW, UNKNOWN_DEVICE, FileOutcome, import_files, package_files
from kim_desktop.ui.exchange import folders, texts
from kim_desktop.ui.exchange.outcome_model import FILE, REASON, OutcomeModel
from kim_desktop.ui.exchange.own_status import arrived_text, read_status
from kim_desktop.ui.exchange.parts import MessageLabel, run_job, text_label
from kim_desktop.ui.exchange.progress import ProgressPanel
from kim_desktop.ui.exchange.rows_model import make_table, narrow_column
from kim_desktop.ui.exchange.trust_dialog import TrustDeviceDialog
from kim_desktop.ui.i18n import error_text
from kim_desktop.ui.qt import QTimer, QtWidgets, Signal, is_alive

if TYPE_CHECKING:
    from kim_desktop.ui.session import AppSession

PREVIEW_JOB, IMPORT_JOB = "exchange-preview", "exchange-import"
Result = tuple[list[Path], list[FileOutcome]]


class ImportTab(QtWidgets.QWidget):
    imported = Signal()  # files were imported: what other tabs show may have changed
    previewed = Signal()  # the preview is complete, unknown devices asked about

    def __init__(self, session: AppSession, *, with_preview: bool,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.with_preview = with_preview
        self.paths: list[Path] = []
        self.outcomes: list[FileOutcome] = []
        self.asked: set[str] = set()  # devices asked about for this selection: never twice
        if with_preview:
            intro_text = self.tr(
                "Austauschdateien der Case Managerinnen und Case Manager einlesen, einzeln oder einen ganzen "
                "Ordner. Zuerst zeigt eine Vorschau, was jede Datei hinzufügen, ändern oder löschen würde; "
                "eine fehlerhafte Datei wird abgelehnt, die anderen werden trotzdem importiert.")
        else:
            intro_text = self.tr(
                "Rückmeldungen der Koordination einlesen (Dateien *.kimsync, z. B. vom USB-Stick). Sie "
                "bringen Stammdaten und die Bestätigung, welche Ihrer Pakete beim Kreis angekommen sind.")
        intro = text_label(intro_text, self)
        self.files_button = QtWidgets.QPushButton(self.tr("Da&teien wählen …"), self)
        self.folder_button = QtWidgets.QPushButton(self.tr("&Ordner wählen …"), self)
        self.files_button.clicked.connect(self.choose_files)
        self.folder_button.clicked.connect(self.choose_folder)
        self.selection = text_label(self.tr("Noch keine Dateien gewählt."), self)
        choose_row = QtWidgets.QHBoxLayout()
        choose_row.addWidget(self.files_button)
        choose_row.addWidget(self.folder_button)
        choose_row.addWidget(self.selection, 1)

        self.model = OutcomeModel(self)
        self.table = make_table(self.model, self, stretch=REASON)
        narrow_column(self.table, FILE, 30)
        results_label = QtWidgets.QLabel(self.tr("Erge&bnis je Datei:"), self)
        results_label.setBuddy(self.table)
        self.progress = ProgressPanel(self)
        self.import_button = QtWidgets.QPushButton(self.tr("Jetzt i&mportieren"), self)
        self.import_button.clicked.connect(self.start_import)
        self.import_button.setVisible(with_preview)
        self.message = MessageLabel(self)
        bottom = QtWidgets.QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.import_button)

        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(choose_row)
        layout.addWidget(results_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.progress)
        layout.addLayout(bottom)
        session.gate.busyChanged.connect(self._update_buttons)
        self._update_buttons()

    # --- choosing --------------------------------------------------------------------------

    def choose_files(self) -> None:
        paths = folders.ask_files(self, self.tr("Austauschdateien wählen"), folders.IMPORT)
        if paths:
            self.select(paths)

    def choose_folder(self) -> None:
        folder = folders.ask_folder(self, self.tr("Ordner mit Austauschdateien wählen"), folders.IMPORT)
        if folder is not None:
            self.select([folder])

    def select(self, paths: list[Path]) -> None:
        self.paths, self.asked, self.outcomes = list(paths), set(), []
        if len(paths) == 1 and paths[0].is_dir():
            self.selection.setText(self.tr("Ordner %1").replace("%1", str(paths[0])))
        else:
            names = ", ".join(path.name for path in paths[:3]) + (" …" if len(paths) > 3 else "")
            # Two texts, not one with %n: the German source would read "3 Datei(en)".
            if len(paths) == 1:
                text = self.tr("Datei %1").replace("%1", names)
            else:
                text = self.tr("%1 Dateien: %2").replace("%1", texts.number(len(paths))).replace("%2", names)
            self.selection.setText(text)
        self.model.set_rows([])
        if self.with_preview:
            self.start_preview()
        else:
            self.start_import()

    # --- running ---------------------------------------------------------------------------

    def start_preview(self) -> None:
        self._run(PREVIEW_JOB, True, self.tr("Vorschau …"), self._previewed)

    def start_import(self) -> None:
        if self.paths:
            self._run(IMPORT_JOB, False, self.tr("Import …"), self._imported)

    def _run(self, job: str, dry_run: bool, text: str, done: Callable[[Result], None]) -> None:
        vault, deployment, paths = self.session.vault, self.session.deployment, list(self.paths)
        relay = self.progress.start(text, cancellable=True)

        def op() -> Result:
            files = package_files(paths)
            return files, import_files(vault, deployment, files, dry_run=dry_run, progress=relay.report,
                                       cancelled=relay.cancelled)

        self._show_message("")
        run_job(self.session, job, op, done, self._failed, receiver=self, progress=self.progress,
                message=self.message)
        self._update_buttons()

    def _show(self, result: Result) -> list[FileOutcome]:
        self.progress.finish()
        files, outcomes = result
        not_done = [FileOutcome(name=path.name, status=texts.NOT_DONE) for path in files[len(outcomes):]]
        self.outcomes = outcomes
        self.model.set_rows(outcomes + not_done)
        if not files:
            self._show_message(self.tr("Dort liegen keine Austauschdateien (*.kimsync)."), error=True)
        return outcomes

    def _previewed(self, result: Result) -> None:
        outcomes = self._show(result)
        if not outcomes or self.progress.was_cancelled:
            if outcomes:
                self._show_message(self.tr("Vorschau abgebrochen. Bitte die Dateien erneut wählen."))
            self.outcomes = []
            self._update_buttons()
            self.previewed.emit()
            return
        text = self.tr("Vorschau, noch nichts importiert – %1")
        self._show_message(text.replace("%1", self._tally(outcomes)))
        # Dialogs only after the job has left the gate: a trusted device starts the preview again.
        QTimer.singleShot(0, self, self._confirm_devices)

    def _imported(self, result: Result) -> None:
        outcomes = self._show(result)
        self.outcomes = []  # a new import needs a new preview
        if not outcomes and not self.progress.was_cancelled:
            return
        if self.progress.was_cancelled:
            text = self.tr("Import abgebrochen; die bis dahin eingelesenen Dateien bleiben importiert – %1")
        else:
            text = self.tr("Import abgeschlossen – %1")
        text = text.replace("%1", self._tally(outcomes))
        if not self.with_preview:  # a case manager: what the receipts in the feedback say
            text += "\n" + arrived_text(read_status(self.session.vault))
        self._show_message(text)
        self.table.setFocus()
        self.imported.emit()

    def _failed(self, exc: KimError) -> None:
        self.progress.finish()
        self.outcomes = []
        self._show_message(self.tr("Abgebrochen: %1").replace("%1", error_text(exc)), error=True)
        self._update_buttons()

    def _tally(self, outcomes: list[FileOutcome]) -> str:
        counted = Counter(outcome.status for outcome in outcomes)
        return ", ".join(f"{texts.result_label(status)}: {texts.number(n)}" for status, n in counted.items())

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.message.show_message(text, error=error)
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        idle = not self.session.gate.busy
        self.files_button.setEnabled(idle)
        self.folder_button.setEnabled(idle)
        self.import_button.setEnabled(idle and any(o.status == PREVIEW for o in self.outcomes))

    # --- unknown devices -------------------------------------------------------------------

    def _confirm_devices(self) -> None:
        trusted = False
        for outcome in self.outcomes:
            info = outcome.device
            if outcome.status != UNKNOWN_DEVICE or info is None or info.device_id in self.asked:
                continue
            self.asked.add(info.device_id)
            confirmed = self.confirm_device(info)
            if not is_alive(self) or not self.isVisible():
                return  # locked meanwhile: the page is cleared, nothing is trusted unasked
            if confirmed and self._trust(info):
                trusted = True
        if trusted:
            self.start_preview()  # now with what those files would add
        else:
            self.previewed.emit()

    def confirm_device(self, info: devices.DeviceInfo) -> bool:
        dialog = TrustDeviceDialog(info.owner, info.team, info.fingerprint, self)
        return dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted

    def _trust(self, info: devices.DeviceInfo) -> bool:
        try:
            with self.session.vault.transaction() as session:
                devices.register(session, info, devices.TRUSTED)
        except KimError as exc:
            self._show_message(error_text(exc), error=True)
            return False
        return True
