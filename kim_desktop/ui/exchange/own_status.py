"""How far a case manager's packages have arrived at the Kreis, in words: shown under the export
and right after a feedback package brought new receipts."""

from __future__ import annotations

from kim_desktop.storage.vault import Vault
from kim_desktop.sync.status import OwnExportStatus, own_export_status
from kim_desktop.ui.exchange import texts
from kim_desktop.ui.qt import QCoreApplication


def read_status(vault: Vault) -> OwnExportStatus:
    with vault.reader() as session:
        return own_export_status(session, vault.profile.device_id)


def arrived_text(status: OwnExportStatus) -> str:
    if status.confirmed_up_to:
        return QCoreApplication.translate("Exchange", "Beim Kreis angekommen bis Paket %1.").replace(
            "%1", texts.number(status.confirmed_up_to))
    return QCoreApplication.translate(
        "Exchange", "Noch keine Bestätigung vom Kreis; sie kommt mit der nächsten Rückmeldung der "
                    "Koordination.")


def status_lines(status: OwnExportStatus) -> list[str]:
    if status.last_sequence == 0:
        return [QCoreApplication.translate("Exchange", "Noch kein Paket für den Kreis geschrieben.")]
    lines = [QCoreApplication.translate("Exchange", "Zuletzt geschrieben: Paket %1.").replace(
        "%1", texts.number(status.last_sequence)), arrived_text(status)]
    if not status.outstanding:
        lines.append(QCoreApplication.translate("Exchange", "Alle Pakete sind angekommen."))
    elif status.confirmed_up_to:
        numbers = texts.number_ranges(status.outstanding)
        template = (QCoreApplication.translate("Exchange", "Noch nicht bestätigt: Paket %1.")
                    if len(status.outstanding) == 1
                    else QCoreApplication.translate("Exchange", "Noch nicht bestätigt: Pakete %1."))
        lines.append(template.replace("%1", numbers))
    if any(number < status.last_sequence for number in status.outstanding):
        # Only the newest package unconfirmed is normal; older ones may have been lost on the way.
        lines.append(QCoreApplication.translate(
            "Exchange", "Falls ein USB-Stick verloren ging: »Alles, was der Kreis noch nicht bestätigt hat« "
                     "exportieren."))
    return lines
