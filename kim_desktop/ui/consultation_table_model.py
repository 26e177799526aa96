"""The consultation list's table model: plain rows, fetched from SQL a page at a time.

The model holds only the pages loaded so far (ConsultationRow values, 200 a page); the view asks
for the next page through canFetchMore/fetchMore when it is scrolled to the end. Sorting and
filtering never happen here: both re-query SQL (services.consultation_query) and reset the model.
The total count is not the model's business either (it may follow later, see the page).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from kim_desktop.domain.dates import format_date, format_time, parse_time
from kim_desktop.errors import KimError
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP
from kim_desktop.services import consultation_query as query
from kim_desktop.services.consultation_query import ConsultationFilter, ConsultationRow, SortHints, SortKey
from kim_desktop.storage.vault import Vault
from kim_desktop.ui.i18n import translate
from kim_desktop.ui.qt import Qt, QtCore, QtGui, Signal

CONTEXT = "ConsultationTable"
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the consultation's id
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3  # the raw value behind the cell (date, minutes, code)

Index = QtCore.QModelIndex | QtCore.QPersistentModelIndex
# (filter, sort key, descending, offset, limit) -> rows
PageSource = Callable[[ConsultationFilter, SortKey, bool, int, int], list[ConsultationRow]]


class Field(StrEnum):
    DATE = "date"
    TIME = "time"
    MUNICIPALITY = "municipality"
    PSEUDONYM = "pseudonym"
    NAME = "name"
    CONTACT_TYPE = "contact-type"
    DURATION = "duration"
    LEGAL_DOMAINS = "legal-domains"
    CASE_MANAGER = "case-manager"


HEADERS = {
    Field.DATE: QT_TRANSLATE_NOOP("ConsultationTable", "Datum"),
    Field.TIME: QT_TRANSLATE_NOOP("ConsultationTable", "Beginn"),
    Field.MUNICIPALITY: QT_TRANSLATE_NOOP("ConsultationTable", "Kommune"),
    Field.PSEUDONYM: QT_TRANSLATE_NOOP("ConsultationTable", "Pseudonym"),
    Field.NAME: QT_TRANSLATE_NOOP("ConsultationTable", "Name"),
    Field.CONTACT_TYPE: QT_TRANSLATE_NOOP("ConsultationTable", "Kontaktart"),
    Field.DURATION: QT_TRANSLATE_NOOP("ConsultationTable", "Dauer (Min.)"),
    Field.LEGAL_DOMAINS: QT_TRANSLATE_NOOP("ConsultationTable", "Rechtskreise"),
    Field.CASE_MANAGER: QT_TRANSLATE_NOOP("ConsultationTable", "Case Management"),
}
CLOSED_CASE = QT_TRANSLATE_NOOP("ConsultationTable", "Der Fall ist abgeschlossen.")
UNNAMED_DEVICE = QT_TRANSLATE_NOOP("ConsultationTable", "Gerät %1")  # no profile of it here yet
SORT_KEYS = {
    Field.DATE: SortKey.DATE, Field.TIME: SortKey.DATE, Field.MUNICIPALITY: SortKey.MUNICIPALITY,
    Field.PSEUDONYM: SortKey.PSEUDONYM, Field.NAME: SortKey.CLIENT_NAME,
    Field.CONTACT_TYPE: SortKey.CONTACT_TYPE, Field.DURATION: SortKey.DURATION,
}
# A case manager sees names; a coordinator's view is pseudonymised but shows whose case it is.
CASE_MANAGER_FIELDS = (Field.DATE, Field.TIME, Field.MUNICIPALITY, Field.PSEUDONYM, Field.NAME,
                       Field.CONTACT_TYPE, Field.DURATION, Field.LEGAL_DOMAINS)
COORDINATOR_FIELDS = (Field.DATE, Field.TIME, Field.MUNICIPALITY, Field.PSEUDONYM, Field.CONTACT_TYPE,
                      Field.DURATION, Field.LEGAL_DOMAINS, Field.CASE_MANAGER)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CLOSED_COLOUR = QtGui.QColor("#6b6b6b")
_R = Qt.ItemDataRole
_ROLES = frozenset({_R.DisplayRole, _R.ToolTipRole, _R.TextAlignmentRole, _R.ForegroundRole,
                    ID_ROLE, CASE_ID_ROLE, SORT_ROLE})


@dataclass(frozen=True)
class Labels:
    """What codes look like on screen, already translated."""

    municipalities: Mapping[str, str] = field(default_factory=dict)  # AGS → name
    contact_types: Mapping[str, str] = field(default_factory=dict)  # code → label
    legal_domains: Mapping[str, str] = field(default_factory=dict)  # code → short form (SGB II …)
    case_managers: Mapping[str, str] = field(default_factory=dict)  # device id → name

    def hints(self) -> SortHints:
        """Sorting by municipality or contact type follows the names shown, not the codes."""
        def by_label(labels: Mapping[str, str]) -> tuple[str, ...]:
            return tuple(sorted(labels, key=lambda code: (labels[code].casefold(), code)))

        return SortHints(by_label(self.municipalities), by_label(self.contact_types))


def vault_source(vault: Vault, hints: SortHints) -> PageSource:
    """Every page in its own short read transaction (the vault's pooled connections)."""
    def fetch(flt: ConsultationFilter, key: SortKey, descending: bool, offset: int,
              limit: int) -> list[ConsultationRow]:
        with vault.reader() as session:
            return query.page(session, flt, key, descending, offset, limit, hints=hints)

    return fetch


class ConsultationTableModel(QtCore.QAbstractTableModel):
    """queryFailed(KimError) when a query the view started (next page, sort by header) failed: the
    rows shown stay as they were. set_filter/reload/refresh raise to their caller instead."""

    queryFailed = Signal(object)  # noqa: N815 - Qt naming

    def __init__(self, source: PageSource, labels: Labels, fields: Sequence[Field] = CASE_MANAGER_FIELDS, *,
                 page_size: int = query.PAGE_SIZE, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self.labels = labels
        self.fields = tuple(fields)
        self.page_size = page_size
        self.filter = ConsultationFilter()
        self.sort_key = SortKey.DATE
        self.descending = True
        self._rows: list[ConsultationRow] = []
        self._more = False
        self._loaded = False

    # --- what the page asks for -----------------------------------------------------------------

    def set_filter(self, flt: ConsultationFilter) -> None:
        """Re-query with this filter (and the current order); nothing happens for the same filter."""
        if self._loaded and flt == self.filter:
            return
        self.filter = flt
        self.reload()

    def reload(self, rows: int | None = None) -> None:
        """The first page again (or as many rows as `rows`, rounded up to a page) from SQL.
        The query runs before the reset: when it fails, the model keeps showing what it had."""
        wanted = max(self.page_size, rows or 0)
        fetched = self._source(self.filter, self.sort_key, self.descending, 0, wanted)
        self.beginResetModel()
        self._rows = fetched
        self._more = len(fetched) == wanted
        self._loaded = True
        self.endResetModel()

    def refresh(self) -> None:
        """The data changed: read again as many rows as are loaded now (the scroll depth stays)."""
        self.reload(len(self._rows))

    def is_sortable(self, column: int) -> bool:
        return 0 <= column < len(self.fields) and self.fields[column] in SORT_KEYS

    def sort_column(self) -> int:
        """The column whose header shows the current order."""
        for column, field_ in enumerate(self.fields):
            if SORT_KEYS.get(field_) is self.sort_key:
                return column
        return 0

    def row_at(self, row: int) -> ConsultationRow:
        return self._rows[row]

    def consultation_id(self, row: int) -> str:
        return self._rows[row].consultation_id

    def case_id(self, row: int) -> str:
        return self._rows[row].case_id

    # --- QAbstractTableModel ----------------------------------------------------------------------

    def rowCount(self, parent: Index | None = None) -> int:  # noqa: N802 - Qt override
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index | None = None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self.fields)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index) -> None:  # noqa: N802 - the view scrolled to the end
        if parent.isValid() or not self._more:
            return
        try:
            fetched = self._source(self.filter, self.sort_key, self.descending, len(self._rows),
                                   self.page_size)
        except KimError as exc:
            self._more = False  # asked again on every scroll otherwise
            self.queryFailed.emit(exc)
            return
        self._more = len(fetched) == self.page_size
        if fetched:
            first = len(self._rows)
            self.beginInsertRows(QtCore.QModelIndex(), first, first + len(fetched) - 1)
            self._rows.extend(fetched)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Re-query in this order. Before the first load (the view calls this when sorting is switched
        on) only the order is noted: the first set_filter/reload reads the rows once."""
        key = SORT_KEYS.get(self.fields[column]) if 0 <= column < len(self.fields) else None
        descending = order == Qt.SortOrder.DescendingOrder
        if key is None or (key, descending) == (self.sort_key, self.descending):
            return
        before = self.sort_key, self.descending
        self.sort_key, self.descending = key, descending
        if self._loaded:
            try:
                self.reload()
            except KimError as exc:
                self.sort_key, self.descending = before
                self.queryFailed.emit(exc)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.fields):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate(CONTEXT, HEADERS[self.fields[section]])
        if role == Qt.ItemDataRole.TextAlignmentRole and self.fields[section] is Field.DURATION:
            return int(_RIGHT)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A repaint asks every visible cell for about ten roles: the ones not answered leave first.
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        field_ = self.fields[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, field_)
        if role == ID_ROLE:
            return row.consultation_id
        if role == CASE_ID_ROLE:
            return row.case_id
        if role == SORT_ROLE:
            return _raw(row, field_)
        if role == Qt.ItemDataRole.TextAlignmentRole and field_ is Field.DURATION:
            return int(_RIGHT)
        if row.case_closed:
            if role == Qt.ItemDataRole.ForegroundRole:
                return CLOSED_COLOUR  # as in the case list: closed cases step back
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate(CONTEXT, CLOSED_CASE)
        return None

    def _text(self, row: ConsultationRow, field_: Field) -> str:
        labels = self.labels
        if field_ is Field.DATE:
            return format_date(row.held_on)
        if field_ is Field.TIME:
            parsed = parse_time(row.start_time or "")
            return format_time(parsed.value) if parsed.value is not None else (row.start_time or "")
        if field_ is Field.MUNICIPALITY:
            return labels.municipalities.get(row.municipality_ags, row.municipality_ags)
        if field_ is Field.PSEUDONYM:
            return row.pseudonym
        if field_ is Field.NAME:  # the pseudonymised view reads no names: the pseudonym stands in
            return ", ".join(part for part in (row.last_name, row.first_name) if part) or row.pseudonym
        if field_ is Field.CONTACT_TYPE:
            return labels.contact_types.get(row.contact_type, row.contact_type)
        if field_ is Field.DURATION:
            return "" if row.duration_minutes is None else str(row.duration_minutes)
        if field_ is Field.LEGAL_DOMAINS:
            return ", ".join(labels.legal_domains.get(code, code) for code in row.legal_domains)
        return (labels.case_managers.get(row.owner_device_id)
                or translate(CONTEXT, UNNAMED_DEVICE).replace("%1", row.owner_device_id[:8]))


def _raw(row: ConsultationRow, field_: Field) -> Any:
    values: dict[Field, Any] = {
        Field.DATE: row.held_on.isoformat(), Field.TIME: row.start_time,
        Field.MUNICIPALITY: row.municipality_ags,
        Field.PSEUDONYM: row.pseudonym, Field.NAME: f"{row.last_name}\t{row.first_name}",
        Field.CONTACT_TYPE: row.contact_type, Field.DURATION: row.duration_minutes,
        Field.LEGAL_DOMAINS: ";".join(row.legal_domains), Field.CASE_MANAGER: row.owner_device_id,
    }
    return values[field_]
