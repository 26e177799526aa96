"""A coordinator's registry of case managers' laptops: who, which key, how far their packages
have arrived and which are missing; trusting a new laptop, blocking a stolen one."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kim_desktop.errors import KimError
from kim_desktop.sync import devices
from kim_desktop.sync.status import DeviceStatus, device_statuses
from kim_desktop.ui.exchange import texts
from kim_desktop.ui.exchange.parts import ListTab
from kim_desktop.ui.exchange.rows_model import ID_ROLE, RowsModel, selected_id
from kim_desktop.ui.exchange.trust_dialog import TrustDeviceDialog
from kim_desktop.ui.i18n import error_text
from kim_desktop.ui.qt import QtCore, QtWidgets

if TYPE_CHECKING:
    from kim_desktop.ui.session import AppSession

OWNER, TEAM, FINGERPRINT, STATUS, LAST_AT, LAST_NUMBER, MISSING = range(7)


class DevicesModel(RowsModel[DeviceStatus]):
    NUMERIC = frozenset({TEAM, LAST_NUMBER})
    MONOSPACE = frozenset({FINGERPRINT})

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__([self.tr("Case Management"), self.tr("Team"), self.tr("Fingerabdruck"),
                          self.tr("Status"), self.tr("Letztes Paket am"), self.tr("Letzte Nr."),
                          self.tr("Fehlende Pakete")], parent)

    def display(self, row: DeviceStatus, column: int) -> str:
        values = (row.owner or texts.short_id(row.device_id), str(row.team) if row.team is not None else "–",
                  row.fingerprint, texts.device_state_label(row.status), texts.moment(row.last_package_at),
                  texts.number(row.last_sequence) if row.last_sequence else "–",
                  texts.number_ranges(row.missing))
        return values[column]

    def sort_value(self, row: DeviceStatus, column: int) -> Any:
        if column == TEAM:
            return row.team or 0
        if column == LAST_AT:
            return row.last_package_at.isoformat() if row.last_package_at else ""
        if column == LAST_NUMBER:
            return row.last_sequence
        return self.display(row, column)

    def row_id(self, row: DeviceStatus) -> Any:
        return row.device_id


class DevicesTab(ListTab):
    def __init__(self, session: AppSession, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.trust_button = QtWidgets.QPushButton(self.tr("&Vertrauen …"), self)
        self.revoke_button = QtWidgets.QPushButton(self.tr("Sperre&n …"), self)
        self.trust_button.clicked.connect(self.trust_selected)
        self.revoke_button.clicked.connect(self.revoke_selected)
        intro = self.tr(
            "Die Geräte der Case Managerinnen und Case Manager, von denen Pakete kamen. Ein gesperrtes Gerät "
            "(z. B. ein gestohlener Laptop) wird ab dann abgelehnt; seine bisherigen Daten bleiben.")
        empty = self.tr(
            "Noch keine Geräte bekannt. Ein Gerät erscheint hier, sobald sein erstes Paket eingelesen wird.")
        self.build_list(intro, empty, DevicesModel(self), OWNER, [self.trust_button, self.revoke_button])
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def refresh(self) -> None:
        chosen = selected_id(self.table)
        with self.session.vault.reader() as session:
            self.show_rows(device_statuses(session))
        if chosen is not None:
            self._select(chosen)
        self._update_buttons()

    def _select(self, device_id: str) -> None:
        table_model = self.table.model()
        for row in range(table_model.rowCount()):
            index = table_model.index(row, 0)
            if index.data(ID_ROLE) == device_id:
                self.table.selectRow(row)

    def selected(self) -> DeviceStatus | None:
        device_id = selected_id(self.table)
        return next((row for row in self.model.rows if row.device_id == device_id), None)

    def _update_buttons(self, *_args: object) -> None:
        row = self.selected()
        self.trust_button.setEnabled(row is not None and row.status != devices.TRUSTED)
        self.revoke_button.setEnabled(row is not None and row.status != devices.REVOKED)

    def trust_selected(self) -> None:
        row = self.selected()
        if row is None or row.status == devices.TRUSTED:
            return
        dialog = TrustDeviceDialog(row.owner, row.team, row.fingerprint, self,
                                   revoked=row.status == devices.REVOKED)
        if dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted:
            self._set_status(row, devices.TRUSTED, self.tr("»%1« wird vertraut."))

    def revoke_selected(self) -> None:
        row = self.selected()
        if row is None or row.status == devices.REVOKED:
            return
        box = QtWidgets.QMessageBox
        answer = box.warning(self, self.tr("Gerät sperren"), self.tr(
            "Das Gerät von »%1« sperren?\n\nEin gesperrtes Gerät wird ab jetzt abgelehnt; seine bisherigen "
            "Daten bleiben.").replace("%1", row.owner or texts.short_id(row.device_id)),
            box.StandardButton.Yes | box.StandardButton.Cancel, box.StandardButton.Cancel)
        if answer == box.StandardButton.Yes:
            self._set_status(row, devices.REVOKED, self.tr("Das Gerät von »%1« ist gesperrt."))

    def _set_status(self, row: DeviceStatus, status: str, done_text: str) -> None:
        try:
            with self.session.vault.transaction() as session:
                device = devices.find(session, row.device_id)
                if device is not None:
                    devices.set_status(session, device, status)
        except KimError as exc:
            self.message.show_message(error_text(exc), error=True)
            return
        self.message.show_message(done_text.replace("%1", row.owner or texts.short_id(row.device_id)))
        self.refresh()
