"""Beratungen: the case's consultations as a timeline, newest first, with the selected one in full.

A referral made without a valid consent is marked in the row (the user confirmed it when saving;
the audit log has the decision), so that a gap in the consents is seen at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kim_desktop.services.cases import TimelineRow
from kim_desktop.ui.case_detail.data import CaseData, contact_type_label
from kim_desktop.ui.case_detail.forms import DASH, ERROR_STYLE, show_date
from kim_desktop.ui.case_detail.tab import ID_ROLE, CaseTab, make_tree, selected_id
from kim_desktop.ui.qt import Qt, QtGui, QtWidgets, Signal

if TYPE_CHECKING:
    from kim_desktop.ui.session import AppSession

EXCERPT = 80
WARNING_COLOUR = QtGui.QColor("#b00020")
DATE, TIME, CONTACT, TOPICS, REFERRALS, NOTES, FOLLOW_UP = range(7)


def excerpt(text: str, limit: int = EXCERPT) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit - 1].rstrip() + "…"


class TimelineTab(CaseTab):
    openRequested = Signal(str)  # noqa: N815 - Qt naming; a consultation to open for editing

    def __init__(self, session: AppSession, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.tree = make_tree(self, [self.tr("Datum"), self.tr("Beginn, Dauer"), self.tr("Kontaktart"),
                                     self.tr("Themen"), self.tr("Vermittlungen"), self.tr("Notizen"),
                                     self.tr("Wiedervorlage")])
        # The notes get the spare width, not the short follow-up date at the end.
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(NOTES, QtWidgets.QHeaderView.ResizeMode.Stretch)
        self.details = QtWidgets.QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setTabChangesFocus(True)
        self.details.setPlaceholderText(self.tr("Eine Beratung auswählen, um sie hier ganz zu sehen; "
                                                "Eingabetaste oder Doppelklick öffnet sie zum Bearbeiten."))
        self.empty = QtWidgets.QLabel(self.tr("Zu diesem Fall gibt es noch keine Beratung."), self)
        self.open_button = QtWidgets.QPushButton(self.tr("Beratung bearbei&ten …"), self)
        self.warning = QtWidgets.QLabel(self)
        self.warning.setStyleSheet(ERROR_STYLE)
        self.warning.setWordWrap(True)
        splitter = QtWidgets.QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.details)
        splitter.setSizes([2 * self.fontMetrics().lineSpacing() * 10, self.fontMetrics().lineSpacing() * 10])
        splitter.setChildrenCollapsible(False)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.warning, 1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.tree.itemActivated.connect(self.open_selected)  # Enter and double-click
        self.tree.currentItemChanged.connect(self._selected)
        self.open_button.clicked.connect(self.open_selected)

    def _referrals(self, data: CaseData, row: TimelineRow) -> str:
        parts = []
        for code in row.referrals:
            label = data.agencies.get(code, code)
            if code in row.referrals_without_consent:
                label = self.tr("⚠ %1 (ohne Einwilligung)").replace("%1", label)
            parts.append(label)
        return ", ".join(parts) or DASH

    def _time(self, row: TimelineRow) -> str:
        if row.duration_minutes:
            return self.tr("%1 (%2 Min.)").replace("%1", row.start_time or DASH).replace(
                "%2", str(row.duration_minutes))
        return row.start_time or DASH

    def _follow_up(self, row: TimelineRow) -> str:
        if row.follow_up_on is None:
            return DASH
        day = show_date(row.follow_up_on)
        return self.tr("%1, erledigt").replace("%1", day) if row.follow_up_done else day

    def show_case(self, data: CaseData) -> None:
        super().show_case(data)
        self.tree.clear()
        self.details.clear()
        without_consent = 0
        for row in data.detail.timeline:  # newest first
            item = QtWidgets.QTreeWidgetItem(self.tree, [
                show_date(row.held_on), self._time(row), contact_type_label(row.contact_type),
                ", ".join(data.topics.get(code, code) for code in row.topics) or DASH,
                self._referrals(data, row), excerpt(row.notes) or DASH, self._follow_up(row)])
            item.setData(0, ID_ROLE, row.id)
            if row.referrals_without_consent:
                without_consent += 1
                item.setForeground(REFERRALS, WARNING_COLOUR)
                item.setToolTip(REFERRALS, self.tr("Vermittlung ohne gültige Einwilligung; die Entscheidung "
                                                   "ist im Protokoll vermerkt."))
        for column, width in ((DATE, 0), (TIME, 0), (CONTACT, 0), (TOPICS, 220), (REFERRALS, 220),
                              (FOLLOW_UP, 0)):
            self.tree.resizeColumnToContents(column)
            if width:
                self.tree.setColumnWidth(column, min(max(self.tree.columnWidth(column), 120), width))
        self.empty.setVisible(not data.detail.timeline)
        if without_consent == 1:
            self.warning.setText(self.tr("Eine Beratung mit Vermittlung ohne Einwilligung."))
        else:
            self.warning.setText(self.tr("%1 Beratungen mit Vermittlung ohne Einwilligung.")
                                 .replace("%1", str(without_consent)) if without_consent else "")
        newest = self.tree.topLevelItem(0)
        if newest is not None:
            self.tree.setCurrentItem(newest)
        self._selected()

    def _selected(self, *_items: object) -> None:
        consultation_id = selected_id(self.tree)
        hidden = self.data is not None and self.data.hidden
        self.open_button.setEnabled(consultation_id is not None and not hidden)
        self.open_button.setToolTip(self.tr("Erst „Personendaten anzeigen …“ wählen.") if hidden else "")
        row = self._row(consultation_id)
        if row is None or self.data is None:
            self.details.clear()
            return
        domains = ", ".join(self.data.legal_domains.get(code, code) for code in row.legal_domains) or DASH
        lines = [f"{show_date(row.held_on)} · {self._time(row)} · {contact_type_label(row.contact_type)}",
                 self.tr("Rechtskreise: %1").replace("%1", domains),
                 self.tr("Vermittlungen: %1").replace("%1", self._referrals(self.data, row)),
                 "", self.tr("Notizen:"), row.notes or DASH, "",
                 self.tr("Vereinbarte nächste Schritte:"), row.next_steps or DASH]
        self.details.setPlainText("\n".join(lines))

    def _row(self, consultation_id: str | None) -> TimelineRow | None:
        if self.data is None or consultation_id is None:
            return None
        return next((r for r in self.data.detail.timeline if r.id == consultation_id), None)

    def open_selected(self, *_activated: object) -> None:
        consultation_id = selected_id(self.tree)
        if consultation_id is not None:
            self.openRequested.emit(consultation_id)

    def clear(self) -> None:
        super().clear()
        self.tree.clear()
        self.details.clear()
