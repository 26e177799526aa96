"""The coordinator's escalation inbox as a table: one row per escalation, merged duplicates folded
into their primary (the "Quellen" column says how many were merged into it).

The inbox holds tens, at most a few hundred escalations, so the model keeps all rows; sorting
goes through a QSortFilterProxyModel on SORT_ROLE, filtering re-reads the service.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kim_desktop.domain.dates import format_date
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP
from kim_desktop.ui.i18n import translate
from kim_desktop.ui.qt import Qt, QtCore

if TYPE_CHECKING:
    from kim_desktop.services.escalations import EscalationRow

CONTEXT = "EscalationTable"
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the escalation's id
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # the raw value behind the cell
EMPTY = "–"

TITLE, STATUS, URGENCY, MUNICIPALITIES, LEGAL_DOMAINS, CASES, SOURCES, AUTHOR, SUBMITTED, CHANGED = range(10)
HEADERS = (
    QT_TRANSLATE_NOOP("EscalationTable", "Titel"),
    QT_TRANSLATE_NOOP("EscalationTable", "Status"),
    QT_TRANSLATE_NOOP("EscalationTable", "Dringlichkeit"),
    QT_TRANSLATE_NOOP("EscalationTable", "Kommunen"),
    QT_TRANSLATE_NOOP("EscalationTable", "Rechtskreise"),
    QT_TRANSLATE_NOOP("EscalationTable", "Fälle"),
    QT_TRANSLATE_NOOP("EscalationTable", "Quellen"),
    QT_TRANSLATE_NOOP("EscalationTable", "Von"),
    QT_TRANSLATE_NOOP("EscalationTable", "Übermittelt"),
    QT_TRANSLATE_NOOP("EscalationTable", "Letzte Änderung"),
)
MERGED = QT_TRANSLATE_NOOP("EscalationTable", "+%1 zusammengeführt")
MERGED_TIP = QT_TRANSLATE_NOOP(
    "EscalationTable", "Doppelte Meldungen aus anderen Kommunen wurden mit dieser zusammengeführt; die "
                       "Fallzahl zählt sie mit.")
URGENCY_ORDER = {"low": 0, "medium": 1, "high": 2, "acute": 3}
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

Index = QtCore.QModelIndex | QtCore.QPersistentModelIndex


@dataclass(frozen=True)
class Labels:
    """What codes look like on screen, already translated."""

    municipalities: Mapping[str, str] = field(default_factory=dict)  # AGS → name
    legal_domains: Mapping[str, str] = field(default_factory=dict)  # code → label
    urgencies: Mapping[str, str] = field(default_factory=dict)  # code → label


def moment(value: dt.datetime | None) -> str:
    """DD.MM.YYYY HH:MM in local time; the services keep UTC."""
    return value.astimezone().strftime("%d.%m.%Y %H:%M") if value is not None else EMPTY


def day(value: dt.datetime | None) -> str:
    return format_date(value.astimezone().date()) if value is not None else EMPTY


class EscalationTableModel(QtCore.QAbstractTableModel):
    def __init__(self, labels: Labels | None = None, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.labels = labels or Labels()
        self.rows: list[EscalationRow] = []

    def set_rows(self, rows: list[EscalationRow], labels: Labels | None = None) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        if labels is not None:
            self.labels = labels
        self.endResetModel()

    def row_of(self, escalation_id: str) -> int | None:
        for number, row in enumerate(self.rows):
            if row.id == escalation_id:
                return number
        return None

    # --- what a cell shows ----------------------------------------------------------------------

    def text(self, row: EscalationRow, column: int) -> str:
        labels = self.labels
        if column == TITLE:
            return row.title
        if column == STATUS:
            return translate("EscalationStatus", row.status.label)
        if column == URGENCY:
            return labels.urgencies.get(row.urgency, row.urgency)
        if column == MUNICIPALITIES:
            return ", ".join(labels.municipalities.get(ags, ags) for ags in row.municipalities) or EMPTY
        if column == LEGAL_DOMAINS:
            return ", ".join(labels.legal_domains.get(code, code) for code in row.legal_domains) or EMPTY
        if column == CASES:
            return str(row.case_count)
        if column == SOURCES:
            return translate(CONTEXT, MERGED).replace("%1", str(len(row.sources))) if row.sources else ""
        if column == AUTHOR:
            return row.author_label or EMPTY
        if column == SUBMITTED:
            return day(row.submitted_at)
        return moment(row.changed_at)

    def sort_value(self, row: EscalationRow, column: int) -> Any:
        if column == URGENCY:
            return URGENCY_ORDER.get(row.urgency, -1)
        if column == CASES:
            return row.case_count
        if column == SOURCES:
            return len(row.sources)
        if column == SUBMITTED:
            return row.submitted_at.isoformat() if row.submitted_at is not None else ""
        if column == CHANGED:
            return row.changed_at.isoformat()
        return self.text(row, column).casefold()

    # --- QAbstractTableModel ----------------------------------------------------------------------

    def rowCount(self, parent: Index | None = None) -> int:  # noqa: N802 - Qt override
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index | None = None) -> int:  # noqa: N802 - Qt override
        return 0 if parent is not None and parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate(CONTEXT, HEADERS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section == CASES:
            return _RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return self.sort_value(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == CASES:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == SOURCES and row.sources:
                return translate(CONTEXT, MERGED_TIP)
            if column == TITLE:
                return row.title
        return None
