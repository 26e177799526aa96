"""The conflict log: where one record met two revisions, which device's version lost. The
table names ids only; the details show the losing version without its personal columns (the
coordinator's views stay pseudonymised, DESIGN §4)."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import TYPE_CHECKING, Any

from kim_desktop.domain.dates import format_date
from kim_desktop.sync import registry
from kim_desktop.sync.devices import all_devices
from kim_desktop.sync.status import ConflictEntry, conflicts
from kim_desktop.ui.exchange import texts
from kim_desktop.ui.exchange.parts import ListTab
from kim_desktop.ui.exchange.rows_model import RowsModel, monospace_font, selected_id
from kim_desktop.ui.qt import QCoreApplication, QtCore, QtWidgets

if TYPE_CHECKING:
    from kim_desktop.ui.session import AppSession

TABLE, RECORD, LOSER, REVISION, CHANGED_AT, WINNER, LOGGED_AT = range(7)
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ISO_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}T[\d:.]+Z$")


class ConflictsModel(RowsModel[ConflictEntry]):
    NUMERIC = frozenset({REVISION})
    MONOSPACE = frozenset({RECORD})

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__([self.tr("Tabelle"), self.tr("Datensatz"), self.tr("Unterlegen: Gerät"),
                          self.tr("Revision"), self.tr("Geändert am"), self.tr("Gewonnen hat"),
                          self.tr("Protokolliert am")], parent)
        self.owners: dict[str, str] = {}

    def set_owners(self, owners: dict[str, str]) -> None:
        self.owners = owners

    def device(self, device_id: str) -> str:
        return self.owners.get(device_id) or texts.short_id(device_id)

    def display(self, row: ConflictEntry, column: int) -> str:
        if column == TABLE:
            return texts.table_label(row.table_name)
        if column == RECORD:
            return row.record_id
        if column == LOSER:
            return self.device(row.device_id)
        if column == REVISION:
            return texts.number(row.revision)
        if column == CHANGED_AT:
            return texts.moment(row.updated_at)
        if column == WINNER:
            return self.tr("%1 (Revision %2)").replace("%2", texts.number(row.winner_revision)).replace(
                "%1", self.device(row.winner_device_id))
        return texts.moment(row.logged_at)

    def sort_value(self, row: ConflictEntry, column: int) -> Any:
        if column == REVISION:
            return row.revision
        if column in (CHANGED_AT, LOGGED_AT):
            return (row.updated_at if column == CHANGED_AT else row.logged_at).isoformat()
        return self.display(row, column)


def device_owners(session: Any, own_device_id: str) -> dict[str, str]:
    owners = {row.device_id: row.owner for row in all_devices(session) if row.owner}
    owners[own_device_id] = QCoreApplication.translate("Exchange", "diese Datendatei")
    return owners


class ConflictsTab(ListTab):
    def __init__(self, session: AppSession, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.details_button = QtWidgets.QPushButton(self.tr("Unterlegene Fassung an&zeigen …"), self)
        self.details_button.clicked.connect(self.show_details)
        self.conflicts = ConflictsModel(self)
        self.build_list(self.tr(
            "Wo ein Datensatz in zwei Fassungen ankam, gewinnt die höhere Revision (dann die spätere "
            "Änderung, dann die Geräte-ID). Die unterlegene Fassung wird hier aufbewahrt, nicht "
            "verworfen."), self.tr("Keine Konflikte: kein Datensatz kam bisher in zwei Fassungen an."),
            self.conflicts, WINNER, [self.details_button])
        self.table.doubleClicked.connect(lambda _index: self.show_details())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def refresh(self) -> None:
        vault = self.session.vault
        with vault.reader() as session:
            rows = conflicts(session)
            self.conflicts.set_owners(device_owners(session, vault.profile.device_id))
        self.show_rows(rows)
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        self.details_button.setEnabled(selected_id(self.table) is not None)

    def show_details(self) -> None:
        index = selected_id(self.table)
        if index is None:
            return
        entry = self.conflicts.rows[index]
        ConflictDetailsDialog(entry, self.conflicts.device(entry.device_id), self).exec()


def shown_value(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("Exchange", "ja")
        return QCoreApplication.translate("Exchange", "nein")
    if isinstance(value, str) and ISO_DATE.match(value):
        return format_date(dt.date.fromisoformat(value))
    if isinstance(value, str) and ISO_MOMENT.match(value):
        return texts.moment(dt.datetime.fromisoformat(value[:-1]).replace(tzinfo=dt.UTC))
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class ConflictDetailsDialog(QtWidgets.QDialog):
    def __init__(self, entry: ConflictEntry, loser: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unterlegene Fassung"))
        table = registry.BY_NAME.get(entry.table_name)
        private = set(table.private_columns) if table is not None else set()
        hidden = self.tr("(personenbezogen, hier nicht angezeigt)")
        lines = [f"{name}: {hidden if name in private else shown_value(value)}"
                 for name, value in entry.data.items()]
        heading = QtWidgets.QLabel(self.tr("%1, Datensatz %2, Revision %3 von %4").replace(
            "%1", texts.table_label(entry.table_name)).replace("%2", entry.record_id).replace(
            "%3", texts.number(entry.revision)).replace("%4", loser), self)
        heading.setWordWrap(True)
        self.fields = QtWidgets.QPlainTextEdit("\n".join(lines), self)
        self.fields.setReadOnly(True)
        self.fields.setFont(monospace_font())
        self.fields.setTabChangesFocus(True)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.fields, 1)
        layout.addWidget(buttons)
        self.resize(640, 480)
