"""A checklist of the district's municipalities; the checked ones are given as AGS keys."""

from __future__ import annotations

from collections.abc import Iterable

from kim_desktop.config.deployment import Municipality
from kim_desktop.ui.qt import Qt, QtWidgets, Signal

AGS_ROLE = Qt.ItemDataRole.UserRole


class MunicipalityList(QtWidgets.QListWidget):
    checkedChanged = Signal()  # noqa: N815 - Qt naming

    def __init__(self, municipalities: Iterable[Municipality],
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        for municipality in municipalities:
            item = QtWidgets.QListWidgetItem(f"{municipality.name} ({municipality.kind})", self)
            item.setData(AGS_ROLE, municipality.ags)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.itemChanged.connect(self.checkedChanged)

    def set_checked(self, keys: Iterable[str]) -> None:
        wanted = set(keys)
        for row in range(self.count()):
            item = self.item(row)
            checked = item.data(AGS_ROLE) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def checked(self) -> tuple[str, ...]:
        """In the deployment's order."""
        return tuple(self.item(row).data(AGS_ROLE) for row in range(self.count())
                     if self.item(row).checkState() == Qt.CheckState.Checked)
