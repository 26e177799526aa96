"""One row per file of an import (or its preview): what it added, changed, deleted, and why
it was refused. Shared by the coordinator's import and the case manager's feedback import."""

from __future__ import annotations

from typing import Any

from kim_desktop.sync.importer import UNKNOWN_DEVICE, FileOutcome
from kim_desktop.ui.exchange import texts
from kim_desktop.ui.exchange.rows_model import RowsModel
from kim_desktop.ui.qt import QCoreApplication, QtCore

# The reason last: it is the longest text and takes the width that is left.
FILE, RESULT, NEW, UPDATED, UNCHANGED, DELETED, CONFLICTS, MISSING, REASON = range(9)
COUNTED = {NEW: "new", UPDATED: "updated", UNCHANGED: "unchanged", DELETED: "deleted", CONFLICTS: "conflicts"}


def reason_text(outcome: FileOutcome) -> str:
    """The core's reason and notes; an unknown device gets the GUI's way to trust it instead of
    the command line's."""
    if outcome.status == UNKNOWN_DEVICE and outcome.device is not None:
        template = QCoreApplication.translate(
            "Exchange",
            "Gerät von »%1« noch nicht bestätigt (Fingerabdruck %2); vertrauen im Reiter »Geräte«")
        reason = template.replace("%2", outcome.device.fingerprint).replace("%1", outcome.device.owner or "?")
    else:
        reason = outcome.reason
    return "; ".join(part for part in (reason, *outcome.notes) if part)


class OutcomeModel(RowsModel[FileOutcome]):
    NUMERIC = frozenset(COUNTED)

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__([self.tr("Datei"), self.tr("Ergebnis"), self.tr("neu"), self.tr("geändert"),
                          self.tr("unverändert"), self.tr("gelöscht"), self.tr("Konflikte"),
                          self.tr("fehlende Pakete"), self.tr("Grund / Hinweise")], parent)

    def display(self, row: FileOutcome, column: int) -> str:
        if column == FILE:
            return row.name
        if column == RESULT:
            return texts.result_label(row.status)
        if column in COUNTED:
            return texts.number(row.total(COUNTED[column])) if row.tables else ""
        if column == REASON:
            return reason_text(row)
        return texts.number_ranges(row.missing)

    def sort_value(self, row: FileOutcome, column: int) -> Any:
        if column in COUNTED:
            return row.total(COUNTED[column])
        return self.display(row, column)

    def tooltip(self, row: FileOutcome, column: int) -> str | None:
        if column == REASON:
            return reason_text(row) or None
        if column in COUNTED or column == FILE:
            parts = {name: getattr(counts, COUNTED.get(column, "new")) for name, counts in row.tables.items()}
            return texts.counts_text(parts) or None
        return None
