"""Every package this vault was given, imported or refused: time, file, device, number,
result, records, reason (ids and counts, never content)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kim_desktop.sync.status import import_log
from kim_desktop.ui.exchange import texts
from kim_desktop.ui.exchange.conflicts_tab import device_owners
from kim_desktop.ui.exchange.parts import ListTab
from kim_desktop.ui.exchange.rows_model import RowsModel, narrow_column
from kim_desktop.ui.qt import QtCore, QtWidgets

if TYPE_CHECKING:
    from kim_desktop.ui.session import AppSession

AT, FILE, DEVICE, NUMBER, RESULT, RECORDS, REASON = range(7)


@dataclass(frozen=True)
class LogRow:
    at: dt.datetime
    file_name: str
    device: str
    sequence: int | None
    result: str
    counts: dict[str, int]  # table → new + updated
    reason: str


def changed_counts(counts_json: str) -> dict[str, int]:
    """New and updated records per table from the log's JSON; {} for what cannot be read."""
    try:
        raw = json.loads(counts_json) if counts_json else {}
        return {name: int(c.get("new", 0)) + int(c.get("updated", 0)) for name, c in raw.items()}
    except (AttributeError, TypeError, ValueError):
        return {}


class ImportLogModel(RowsModel[LogRow]):
    NUMERIC = frozenset({NUMBER, RECORDS})

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__([self.tr("Zeitpunkt"), self.tr("Datei"), self.tr("Gerät"), self.tr("Paket-Nr."),
                          self.tr("Ergebnis"), self.tr("Datensätze neu/geändert"), self.tr("Grund")], parent)

    def display(self, row: LogRow, column: int) -> str:
        values = (texts.moment(row.at), row.file_name, row.device,
                  texts.number(row.sequence) if row.sequence is not None else "–",
                  texts.result_label(row.result),
                  texts.number(sum(row.counts.values())) if row.counts else "", row.reason)
        return values[column]

    def sort_value(self, row: LogRow, column: int) -> Any:
        if column == AT:
            return row.at.isoformat()
        if column == NUMBER:
            return row.sequence or 0
        if column == RECORDS:
            return sum(row.counts.values())
        return self.display(row, column)

    def tooltip(self, row: LogRow, column: int) -> str | None:
        if column == RECORDS:
            return texts.counts_text(row.counts) or None
        if column == REASON and row.reason:
            return row.reason
        return None


class ImportLogTab(ListTab):
    def __init__(self, session: AppSession, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.build_list(self.tr("Jedes eingelesene Paket, die neuesten zuerst (höchstens 500)."),
                        self.tr("Noch kein Paket eingelesen."), ImportLogModel(self), REASON)
        narrow_column(self.table, FILE, 30)

    def refresh(self) -> None:
        vault = self.session.vault
        with vault.reader() as session:
            owners = device_owners(session, vault.profile.device_id)
            rows = [LogRow(entry.at, entry.file_name,
                           owners.get(entry.device_id) or texts.short_id(entry.device_id), entry.sequence,
                           entry.result, changed_counts(entry.counts), entry.reason)
                    for entry in import_log(session)]
        self.show_rows(rows)
