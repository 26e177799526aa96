"""The GUI's entry: translators, crash handler, then wizard or unlock, main window, lock and auto-lock."""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path
from typing import Any

from kim_desktop import __version__
from kim_desktop.config.deployment import Deployment, load_deployment
from kim_desktop.errors import ConfigInvalid, KimError
from kim_desktop.paths import VAULT_ENV, default_vault_path, resolve_vault_path
from kim_desktop.resources_path import resources_dir
from kim_desktop.settings import Settings
from kim_desktop.ui import crash, refcount_guard
from kim_desktop.ui.i18n import error_text, install_translators, resolve_language
from kim_desktop.ui.qt import QObject, QtCore, QtGui, QTimer, QtWidgets, Signal, is_alive
from kim_desktop.ui.unlock_dialog import UnlockDialog

log = logging.getLogger(__name__)
BENCH_ENV = "KIM_DESKTOP_BENCH_SHOWN_EXIT"
BACKUP_CHECK_MS = 60 * 60 * 1000
BACKUP_RETRY_MS = 60 * 1000
# Only after the event loop has ended (shutdown): a re-key of a big vault on a slow disk takes a while.
BACKGROUND_WAIT_MS = 10 * 60 * 1000


class AppController(QObject):
    """Owns the flow between dialogs and the main window; holds the open vault."""

    unlocked = Signal()
    locked = Signal()

    def __init__(self, deployment: Deployment, settings: Settings, vault_path: Path, *, demo: bool = False,
                 remember_path: bool = False) -> None:
        """remember_path: a vault opened elsewhere than the next plain start would look becomes the
        vault_path setting. Off in demo sessions and when --vault or the environment chose the path."""
        super().__init__()
        from kim_desktop.ui.autolock import AutoLock
        from kim_desktop.ui.background import jobs

        self.deployment = deployment
        self.settings = settings
        self.vault_path = vault_path
        self.demo = demo
        self.remember_path = remember_path and not demo
        self.vault: Any = None
        self.window: Any = None
        self.session: Any = None
        self.dialog: QtWidgets.QDialog | None = None
        self.drafts: dict[str, Any] = {}
        self.lock_pending = False  # the window is cleared; vault.lock() waits for a background job
        self.quitting = False
        self.finished = False  # quit() has closed the vault and asked the application to end
        self._quit_notice: QtWidgets.QProgressDialog | None = None
        self._last_window_hooked = False
        self.autolock = AutoLock(settings.get("autolock_minutes"), parent=self)
        self.autolock.timedOut.connect(self._auto_lock)
        self.autolock.lockRequested.connect(self.lock)
        jobs.idle.connect(self._background_idle)
        # The laptop may stay on for days: the daily backup is checked every hour, not only at unlock.
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self.backup_if_due)

    # --- before a vault is open -----------------------------------------------------------------

    def start(self) -> QtWidgets.QDialog:
        if self.vault_path.exists():
            return self.show_unlock()
        return self.show_wizard()

    def show_unlock(self) -> QtWidgets.QDialog:
        dialog = UnlockDialog(self.vault_path, demo=self.demo, backup_dir=self.settings.backup_dir)
        dialog.opened.connect(self.on_opened)
        dialog.createRequested.connect(lambda: self._create_from_unlock(dialog.path()))
        dialog.rejected.connect(self._quit_if_nothing_open)
        return self._show_dialog(dialog)

    def _create_from_unlock(self, path: Path) -> None:
        self.vault_path = path.absolute()
        QTimer.singleShot(0, lambda: self.show_wizard(back_to_unlock=True))

    def show_wizard(self, *, back_to_unlock: bool = False) -> QtWidgets.QDialog:
        """back_to_unlock: cancelling returns to the unlock dialog; otherwise (first start) it quits."""
        from kim_desktop.ui.wizard import FirstStartWizard

        default = self.vault_path if not self.vault_path.exists() else self.vault_path.with_name("neu.kimvault")
        wizard = FirstStartWizard(self.deployment, default, demo=self.demo)
        wizard.created.connect(self.on_opened)
        wizard.openRequested.connect(self._open_existing)
        if back_to_unlock:
            wizard.rejected.connect(lambda: QTimer.singleShot(0, self.show_unlock))
        else:
            wizard.rejected.connect(self._quit_if_nothing_open)
        return self._show_dialog(wizard)

    def _open_existing(self, path: Path) -> None:
        self.vault_path = path
        QTimer.singleShot(0, self.show_unlock)

    def _show_dialog(self, dialog: QtWidgets.QDialog) -> QtWidgets.QDialog:
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _quit_if_nothing_open(self) -> None:
        if self.vault is None or (self.window is not None and (self.vault.locked or self.lock_pending)):
            self.quit()

    # --- open ---------------------------------------------------------------------------------

    def on_opened(self, vault: Any) -> None:
        """The unlock dialog or the wizard opened a vault. The dialog closes only when the main
        window is up; a known error is shown in the dialog, with the vault closed again."""
        dialog = self.dialog
        try:
            self._enter(vault)
        except KimError as exc:
            log.warning("opened vault not usable: %s", type(exc).__name__)
            self._abandon(vault)
            if dialog is not None and is_alive(dialog) and hasattr(dialog, "refuse"):
                dialog.refuse(exc)
            return
        self.dialog = None

    def _enter(self, vault: Any) -> None:
        from kim_desktop.ui.main_window import MainWindow
        from kim_desktop.ui.session import AppSession

        self.vault = vault
        self.vault_path = vault.path
        self._remember_vault_path(vault.path)
        vault.audit("vault.opened", record_type="vault", record_id=vault.profile.vault_id)
        log.info("vault %s opened", vault.profile.vault_id)
        self.session = AppSession(vault, self.deployment, self.settings, demo=self.demo)
        self.window = MainWindow(self.session)
        self.window.lockRequested.connect(self.lock)
        self.window.settingsChanged.connect(lambda: self.autolock.set_minutes(self.settings.get("autolock_minutes")))
        self.window.show()
        self.autolock.start()
        self.backup_timer.start()
        if not self._last_window_hooked:
            app = QtWidgets.QApplication.instance()
            assert isinstance(app, QtWidgets.QApplication)
            app.lastWindowClosed.connect(self.quit)
            self._last_window_hooked = True
        self.unlocked.emit()
        QTimer.singleShot(0, self.backup_if_due)

    def _abandon(self, vault: Any) -> None:
        """Undo a half-done _enter: no window, no timers, the vault file closed (and unlocked on disk)."""
        self.autolock.stop()
        self.backup_timer.stop()
        if self.window is not None:
            self.window.hide()
            self.window.setParent(None)
            self.window.deleteLater()
            self.window = None
        self.session = None
        self.vault = None
        try:
            vault.close()
        except Exception:  # closing is best effort here; the error shown is the first one
            log.exception("closing the vault after a failed start")

    def _remember_vault_path(self, path: Path) -> None:
        """So that the next start opens this vault instead of showing the wizard again."""
        if not self.remember_path or path == resolve_vault_path(None, self.settings.get("vault_path")):
            return
        self.settings.set("vault_path", "" if path == default_vault_path() else str(path))
        try:
            self.settings.save()
        except OSError as exc:  # the vault is open all the same; only the next start asks again
            log.warning("vault path not remembered: %s", type(exc).__name__)
        else:
            log.info("vault path remembered")

    def backup_if_due(self) -> None:
        from kim_desktop.services.backups import backup_if_due
        from kim_desktop.ui.session import BACKUP

        if (self.vault is None or self.vault.locked or self.lock_pending or self.quitting
                or self.session is None):
            return
        vault, folder, keep = self.vault, self.settings.backup_dir, self.settings.get("backup_keep")

        def done(target: Path | None) -> None:
            if target is not None and self.window is not None:
                self.window.statusBar().showMessage(self.tr("Automatische Sicherung angelegt."), 10000)

        def failed(exc: KimError) -> None:
            log.warning("automatic backup failed: %s", type(exc).__name__)
            if self.window is not None:
                self.window.statusBar().showMessage(error_text(exc), 20000)

        if not self.session.gate.run(BACKUP, lambda: backup_if_due(vault, folder, keep), done, failed):
            log.info("automatic backup postponed: another vault job runs")
            QTimer.singleShot(BACKUP_RETRY_MS, self.backup_if_due)

    # --- lock -----------------------------------------------------------------------------------

    def _auto_lock(self) -> None:
        """Inactivity during a password change is waiting, not absence: look again later."""
        from kim_desktop.ui.session import REKEY

        if self.session is not None and self.session.gate.job == REKEY:
            self.autolock.start()
            return
        self.lock()

    def lock(self) -> None:
        """Clear the screen at once; the vault itself locks as soon as no background job uses it."""
        from kim_desktop.ui.background import background_running, discard_results

        if (self.vault is None or self.vault.locked or self.window is None or self.lock_pending
                or self.quitting):
            return
        self.autolock.stop()
        self.backup_timer.stop()
        discard_results()  # their windows are cleared next
        # Asked before the dialogs close: a page keeps the input of a form it opened only while open.
        in_dialogs = self.window.page_drafts()
        for widget in QtWidgets.QApplication.topLevelWidgets():
            if isinstance(widget, QtWidgets.QDialog) and widget.isVisible():
                widget.done(QtWidgets.QDialog.DialogCode.Rejected)  # not reject(): a dialog may refuse that
        self.window.save_geometry()
        self.drafts = {**self.window.clear_pages(), **in_dialogs}
        self.window.hide()
        self.lock_pending = True
        dialog = UnlockDialog(self.vault.path, demo=self.demo, locked_vault=self.vault,
                              unsaved_input=bool(self.drafts))
        dialog.opened.connect(self.on_unlocked)
        dialog.rejected.connect(self._quit_if_nothing_open)
        self._show_dialog(dialog)
        if background_running():
            log.info("lock waits for background jobs")
            dialog.set_waiting(True)
        else:
            self._lock_vault()

    def _background_idle(self) -> None:
        if self.quitting:
            self._finish_quit()
        elif self.lock_pending:
            self._lock_vault()

    def _lock_vault(self) -> None:
        self.lock_pending = False
        self.vault.lock()
        log.info("vault %s locked", self.vault.profile.vault_id)
        if self.dialog is not None and is_alive(self.dialog) and isinstance(self.dialog, UnlockDialog):
            self.dialog.set_waiting(False)
        self.locked.emit()

    def on_unlocked(self, _vault: Any) -> None:
        self.dialog = None
        self.window.build_pages(self.drafts)
        self.drafts = {}
        self.window.show()
        self.autolock.start()
        self.backup_timer.start()
        self.unlocked.emit()
        QTimer.singleShot(0, self.backup_if_due)

    # --- quit -----------------------------------------------------------------------------------

    def quit(self) -> None:
        """End the program once no background job runs any more (an open, create, re-key or
        backup is never cut off); meanwhile a small modal notice says so."""
        from kim_desktop.ui.background import background_running, discard_results

        if self.quitting:
            return
        self.quitting = True
        self.autolock.stop()
        self.backup_timer.stop()
        discard_results()
        if background_running():
            log.info("quit waits for background jobs")
            self._show_quit_notice()
        else:
            self._finish_quit()

    def _show_quit_notice(self) -> None:
        notice = QtWidgets.QProgressDialog(
            self.tr("KIM Desktop wird beendet, sobald die laufende Aufgabe abgeschlossen ist …"), "", 0, 0)
        notice.setWindowTitle(self.tr("KIM Desktop"))
        notice.setCancelButton(None)  # type: ignore[arg-type]
        notice.setWindowModality(QtCore.Qt.WindowModality.ApplicationModal)
        notice.setMinimumDuration(0)
        notice.show()
        self._quit_notice = notice

    def _finish_quit(self) -> None:
        if self.finished:
            return
        self.finished = True
        if self._quit_notice is not None:
            self._quit_notice.close()
            self._quit_notice.deleteLater()
            self._quit_notice = None
        if self.window is not None and is_alive(self.window) and self.window.isVisible():
            self.window.save_geometry()
        if self.vault is not None:
            self.vault.close()
            self.vault = None
        QtWidgets.QApplication.quit()

    def shutdown(self) -> None:
        """After the event loop has ended (also by a signal or logout): wait for the jobs, close."""
        from kim_desktop.ui.background import discard_results, wait_for_background

        self.quitting = True
        discard_results()
        if not wait_for_background(BACKGROUND_WAIT_MS):
            log.error("background jobs still running after %d s", BACKGROUND_WAIT_MS // 1000)
        if self.vault is not None:
            self.vault.close()
            self.vault = None

    def tell_previous_crash(self) -> QtWidgets.QMessageBox:
        """After a hard crash of the last run (see crash.install): once, without blocking the start."""
        box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Warning, self.tr("KIM Desktop"), self.tr(
            "KIM Desktop wurde beim letzten Mal unerwartet beendet. Ihre gespeicherten Daten sind nicht "
            "betroffen; die technischen Angaben stehen im Protokoll."),
            QtWidgets.QMessageBox.StandardButton.Ok, self.dialog)
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box


def _benchmark_hook(app: QtWidgets.QApplication) -> None:
    """For benchmarks/: report when the first dialog is on screen, then leave."""
    def report() -> None:
        print(f"KIM_SHOWN {time.time()}", flush=True)
        app.exit(0)

    QTimer.singleShot(0, report)


_QT_LEVELS = {
    QtCore.QtMsgType.QtDebugMsg: logging.DEBUG, QtCore.QtMsgType.QtInfoMsg: logging.INFO,
    QtCore.QtMsgType.QtWarningMsg: logging.WARNING, QtCore.QtMsgType.QtCriticalMsg: logging.ERROR,
    QtCore.QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtCore.QtMsgType, _context: QtCore.QMessageLogContext, message: str) -> None:
    logging.getLogger("qt").log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def run(vault_arg: str | None, *, demo: bool = False, language: str | None = None) -> int:
    refcount_guard.hold(100_000)  # ~2.4 MB; each modal dialog's exec() costs one reference
    crashed = crash.install()
    QtCore.qInstallMessageHandler(_qt_message)
    QtCore.QCoreApplication.setOrganizationName("kim-desktop")
    QtCore.QCoreApplication.setApplicationName("KIM Desktop")
    QtCore.QCoreApplication.setApplicationVersion(__version__)
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(sys.argv[:1])
    assert isinstance(app, QtWidgets.QApplication)
    app.setWindowIcon(QtGui.QIcon(str(resources_dir() / "icons" / "kim-desktop.svg")))
    app.setQuitOnLastWindowClosed(False)
    try:
        deployment = load_deployment()
    except ConfigInvalid as exc:
        install_translators(app, resolve_language(language))
        QtWidgets.QMessageBox.critical(None, "KIM Desktop", error_text(exc))
        print(f"kim-desktop: {exc.message()}", file=sys.stderr)
        return exc.exit_code
    settings = Settings(deployment)
    install_translators(app, resolve_language(language or settings.get("language")))
    remember_path = not demo and vault_arg is None and not os.environ.get(VAULT_ENV)
    vault_path = resolve_vault_path(vault_arg, settings.get("vault_path"))
    controller = AppController(deployment, settings, vault_path, demo=demo, remember_path=remember_path)
    controller.start()
    if os.environ.get(BENCH_ENV) == "1":
        _benchmark_hook(app)
    elif crashed:
        QTimer.singleShot(0, controller.tell_previous_crash)
    status = app.exec()
    controller.shutdown()
    return status
