"""The Art. 15 access request as one action: warn, ask where, write the PDF, audit.

Used by the privacy page and by the case detail page:
`ask_and_write_access_request(parent, session, client_id)`.
The PDF holds the client's personal data in plain text, so it is written only where the user
chooses, after a warning, straight to that file (no temporary copy elsewhere). In a pseudonymised
view (a coordinator's vault) the reason is asked first and audited (ui.reveal_dialog), unless the
caller's view already shows this client.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kim_desktop.domain.personal_data import RevealReason
from kim_desktop.errors import KimError
from kim_desktop.services.personal_data_view import PersonalDataView
from kim_desktop.ui.i18n import error_text, translate
from kim_desktop.ui.qt import QCoreApplication, QtCore, QtWidgets

if TYPE_CHECKING:
    from kim_desktop.ui.session import AppSession

JOB = "access-request"


def _pseudonym(session: AppSession, client_id: str) -> str | None:
    from kim_desktop.errors import RecordNotFound
    from kim_desktop.services.clients import get_client

    try:
        with session.vault.reader() as db:
            return get_client(db, client_id).pseudonym
    except (RecordNotFound, ValueError):  # ValueError: not a record id at all
        return None


def default_folder() -> Path:
    paths = QtCore.QStandardPaths
    documents = paths.writableLocation(paths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def write_in_background(session: AppSession, client_id: str, target: Path,
                        on_done: Callable[[Path], None], on_error: Callable[[KimError], None],
                        receiver: QtCore.QObject | None = None) -> bool:
    """Writes the PDF and its audit entry off the GUI thread; False when another vault task runs."""
    from kim_desktop.reports.access_request import AUDIT_ACTION, write_access_request

    vault, deployment = session.vault, session.deployment
    produced_by = vault.profile.display_name

    def op() -> Path:
        with vault.reader() as db:
            written = write_access_request(db, client_id, target, deployment=deployment,
                                           produced_by=produced_by, translate=QCoreApplication.translate)
        try:
            vault.audit(AUDIT_ACTION, record_type="client", record_id=str(client_id))
        except BaseException:
            written.unlink(missing_ok=True)  # no PDF without its audit entry
            raise
        return written

    return session.gate.run(JOB, op, on_done, on_error, receiver=receiver)


def reason_given(parent: QtWidgets.QWidget, session: AppSession, client_id: str, pseudonym: str,
                 view: PersonalDataView | None) -> bool:
    """True when this view may show the client, or the user stated a reason now (audited)."""
    from kim_desktop.ui.reveal_dialog import RevealDialog

    view = view if view is not None else PersonalDataView.of(session.vault, translate)
    if view.may_see(client_id):
        return True
    dialog = RevealDialog(session.vault, view, client_id, pseudonym, reason=RevealReason.ACCESS_REQUEST,
                          parent=parent)
    try:
        return dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


def ask_and_write_access_request(parent: QtWidgets.QWidget, session: AppSession, client_id: str, *,
                                 on_written: Callable[[Path | None], None] | None = None,
                                 view: PersonalDataView | None = None) -> bool:
    """Warns, asks for the file, then writes it in the background and tells the user the result.
    Returns True when the PDF is being written; on_written gets the path, or None on failure.
    `view`: the caller's PersonalDataView, if it may already show this client."""
    box = QtWidgets.QMessageBox
    title = QCoreApplication.translate("AccessRequestAction", "Auskunft nach Art. 15 DSGVO")
    if session.gate.busy:
        box.information(parent, title, QCoreApplication.translate(
            "AccessRequestAction",
            "Gerade läuft eine andere Aufgabe mit der Datendatei. Bitte gleich noch einmal versuchen."))
        return False
    pseudonym = _pseudonym(session, client_id)
    if pseudonym is None:
        box.warning(parent, title, QCoreApplication.translate(
            "AccessRequestAction", "Diese Person ist nicht (mehr) gespeichert."))
        return False
    if not reason_given(parent, session, client_id, pseudonym, view):
        return False
    warning = QCoreApplication.translate(
        "AccessRequestAction",
        "Die Auskunft enthält alle gespeicherten Daten von %1: Stammdaten, Fälle, Einwilligungen, "
        "Beratungen mit Notizen und die Protokolleinträge.\n\n"
        "Sie wird als unverschlüsselte PDF-Datei an dem Ort gespeichert, den Sie im nächsten "
        "Schritt wählen. Bitte einen geschützten Ort wählen (keinen geteilten Ordner) und die Datei nach der "
        "Übergabe löschen.")
    answer = box.warning(parent, title, warning.replace("%1", pseudonym),
                         box.StandardButton.Ok | box.StandardButton.Cancel, box.StandardButton.Ok)
    if answer != box.StandardButton.Ok:
        return False
    chosen, _filter = QtWidgets.QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("AccessRequestAction", "Auskunft speichern"),
        str(default_folder() / f"Auskunft-Art15-{pseudonym}.pdf"),
        QCoreApplication.translate("AccessRequestAction", "PDF-Dokument (*.pdf)"))
    if not chosen:
        return False
    target = Path(chosen)
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")

    def done(path: Path) -> None:
        saved = QCoreApplication.translate("AccessRequestAction", "Die Auskunft wurde gespeichert:\n%1")
        box.information(parent, title, saved.replace("%1", str(path)))
        if on_written is not None:
            on_written(path)

    def failed(exc: KimError) -> None:
        problem = QCoreApplication.translate("AccessRequestAction",
                                             "Die Auskunft wurde nicht gespeichert: %1")
        box.warning(parent, title, problem.replace("%1", error_text(exc)))
        if on_written is not None:
            on_written(None)

    return write_in_background(session, client_id, target, done, failed, receiver=parent)
