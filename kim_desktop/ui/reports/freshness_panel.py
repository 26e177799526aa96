"""How fresh the numbers are: per case manager the day the Kreis last imported a package from
their laptop, stale ones marked; and a banner over the report while any data is stale, so that
nobody reads an incomplete month as complete."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from kim_desktop.reports import report_cells
from kim_desktop.reports.report_model import Freshness
from kim_desktop.ui.qt import Qt, QtGui, QtWidgets, Signal

BANNER_STYLE = ("QLabel#freshness_banner { background: #fff4ce; border: 1px solid #e0b000; "
                "border-radius: 3px; padding: 4px 8px; color: #3d2e00; }")
STALE_BACKGROUND = QtGui.QColor("#fff4ce")


def stale_count(entries: Sequence[Freshness]) -> int:
    return sum(1 for entry in entries if entry.stale)


def last_import_text(moment: dt.datetime | dt.date | None) -> str:
    # external reports carry the team's day only; report_cells.moment prints either
    return report_cells.moment(moment) if moment is not None else "–"


class FreshnessBanner(QtWidgets.QLabel):
    """Shown only while some case manager's data is stale; its link opens the details."""

    detailsRequested = Signal()  # noqa: N815 - Qt naming

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("freshness_banner")
        self.setStyleSheet(BANNER_STYLE)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.linkActivated.connect(lambda _link: self.detailsRequested.emit())
        self.hide()

    def show_entries(self, entries: Sequence[Freshness]) -> None:
        count = stale_count(entries)
        if count == 0:
            self.hide()
            self.setText("")
            return
        per_team = all(not entry.device_id for entry in entries)  # the external form: teams only
        if per_team and count == 1:
            text = self.tr("Daten eines Teams sind älter als 14 Tage – Zahlen können unvollständig sein.")
        elif per_team:
            text = self.tr("Daten von %1 Teams sind älter als 14 Tage – Zahlen können "
                           "unvollständig sein.").replace("%1", str(count))
        elif count == 1:
            text = self.tr("Daten von 1 Case Manager sind älter als 14 Tage – Zahlen können "
                           "unvollständig sein.")
        else:
            text = self.tr("Daten von %1 Case Managern sind älter als 14 Tage – Zahlen können "
                           "unvollständig sein.").replace("%1", str(count))
        link = self.tr("Datenstand anzeigen")
        self.setText(f"⚠ {text} <a href='details'>{link}</a>")
        self.show()


class FreshnessPanel(QtWidgets.QWidget):
    """The table of case managers (external preview: teams) with their last import."""

    def __init__(self, parent: QtWidgets.QWidget | None = None, *, own: bool = False) -> None:
        super().__init__(parent)
        # A case manager's own numbers are complete on the own laptop; what may lag is the Kreis's copy.
        self.own = own
        if own:
            intro = self.tr("Ihre Zahlen in diesem Programm sind vollständig. Darunter: wann Sie "
                            "zuletzt Daten für den Kreis exportiert haben – die Berichte der Koordination "
                            "kennen nur den Stand bis dahin.")
        else:
            intro = self.tr("Stand der importierten Daten je Case Manager. „Veraltet“: der letzte Import "
                            "ist älter als 14 Tage oder liegt vor dem Ende des Zeitraums – Beratungen danach "
                            "fehlen in den Zahlen.")
        self.intro = QtWidgets.QLabel(intro, self)
        self.intro.setWordWrap(True)
        self.table = QtWidgets.QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Case Management"), self.tr("Team"),
                                              self.tr("Letzter Export") if own else self.tr("Letzter Import"),
                                              self.tr("Stand")])
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.notes = QtWidgets.QLabel(self)
        self.notes.setWordWrap(True)
        self.notes.setObjectName("report_notes")
        self.empty = QtWidgets.QLabel(self.tr("Noch keine Daten von Case Managern importiert."), self)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notes)
        layout.addStretch(0)  # takes the room while the table is hidden
        self.setFocusProxy(self.table)
        self.show_entries((), ())

    def _state(self, stale: bool) -> str:
        if self.own:
            return self.tr("Export an den Kreis fällig") if stale else self.tr("aktuell")
        return self.tr("veraltet") if stale else self.tr("aktuell")

    def show_entries(self, entries: Sequence[Freshness], notes: Sequence[str]) -> None:
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            texts = (entry.label, str(entry.team) if entry.team is not None else "–",
                     last_import_text(entry.last_package_at),
                     self._state(entry.stale))
            for column, text in enumerate(texts):
                item = QtWidgets.QTableWidgetItem(text)
                if entry.stale:
                    item.setBackground(STALE_BACKGROUND)
                    item.setForeground(QtGui.QColor("#3d2e00"))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not entries)
        self.table.setVisible(bool(entries))
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
