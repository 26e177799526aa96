"""One escalation read-only: its fields, then its history (who changed the status when, with which
comment); the Geschäftsstelle's feedback arrives here with its feedback package.

All user text is shown as plain text (a title with "<b>" stays as typed) and can be selected and
copied with the keyboard.
"""

from __future__ import annotations

from kim_desktop.domain.escalation_status import Status
from kim_desktop.services.escalations import EscalationDetail
from kim_desktop.ui.escalations.texts import format_day, format_when, joined, status_label, urgency_label
from kim_desktop.ui.qt import Qt, QtWidgets


class EscalationDetailView(QtWidgets.QWidget):
    FIELDS = ("title", "status", "urgency", "legal_domains", "agencies", "municipalities", "case_count",
              "first_seen", "submitted", "description", "proposed_measure", "attachments")
    LONG = ("description", "proposed_measure", "attachments")

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: dict[str, QtWidgets.QLabel] = {}
        captions = {
            "title": self.tr("Titel:"), "status": self.tr("Status:"), "urgency": self.tr("Dringlichkeit:"),
            "legal_domains": self.tr("Rechtskreise:"), "agencies": self.tr("Partner/Behörden:"),
            "municipalities": self.tr("Kommunen:"), "case_count": self.tr("Anzahl Fälle:"),
            "first_seen": self.tr("Erstmals beobachtet:"), "submitted": self.tr("Übermittelt:"),
            "description": self.tr("Beschreibung:"), "proposed_measure": self.tr("Vorgeschlagene Maßnahme:"),
            "attachments": self.tr("Anlagen:")}
        form = QtWidgets.QFormLayout()
        form.setFieldGrowthPolicy(QtWidgets.QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key in self.FIELDS:
            if key in self.LONG:
                box = QtWidgets.QPlainTextEdit(self)
                box.setObjectName(f"detail_{key}")
                box.setReadOnly(True)
                box.setTabChangesFocus(True)
                box.setMaximumHeight(110 if key == "description" else 70)
                policy = QtWidgets.QSizePolicy.Policy
                box.setSizePolicy(policy.Ignored, policy.Preferred)  # the list beside keeps its width
                self.values[key] = box  # type: ignore[assignment]
                form.addRow(captions[key], box)
                continue
            value = QtWidgets.QLabel(self)
            value.setObjectName(f"detail_{key}")
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            value.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            self.values[key] = value
            form.addRow(captions[key], value)
        self.values["title"].setStyleSheet("font-weight: 600;")
        history_label = QtWidgets.QLabel(self.tr("&Verlauf und Rückmeldungen:"), self)
        self.history = QtWidgets.QTableWidget(0, 4, self)
        self.history.setObjectName("escalation_history")
        self.history.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.verticalHeader().setVisible(False)
        self.history.setWordWrap(True)
        self.history.setHorizontalHeaderLabels([self.tr("Wann"), self.tr("Wer"), self.tr("Status"),
                                                self.tr("Kommentar")])
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QtWidgets.QHeaderView.ResizeMode.Stretch)
        # Rows grow with their wrapped comment once the column has its width.
        header.sectionResized.connect(lambda *_args: self.history.resizeRowsToContents())
        history_label.setBuddy(self.history)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(history_label)
        layout.addWidget(self.history, 1)

    def clear(self) -> None:
        for value in self.values.values():
            value.clear()
        self.history.setRowCount(0)

    def show_detail(self, detail: EscalationDetail, *, domain_labels: dict[str, str],
                    agency_labels: dict[str, str], municipality_names: dict[str, str]) -> None:
        data, row = detail.data, detail.row
        cases = str(row.case_count)
        if detail.sources:
            cases = self.tr("%1 (mit zusammengeführten Meldungen)").replace("%1", cases)
        if data.case_ids:
            linked = self.tr("%1 eigene Fälle verknüpft – die Verknüpfung bleibt auf diesem Gerät")
            cases += "\n" + linked.replace("%1", str(len(data.case_ids)))
        texts = {
            "title": data.title, "status": status_label(row.status), "urgency": urgency_label(data.urgency),
            "legal_domains": joined(domain_labels.get(c, c) for c in data.legal_domains),
            "agencies": joined(agency_labels.get(c, c) for c in data.agencies),
            "municipalities": joined(municipality_names.get(c, c) for c in data.municipalities),
            "case_count": cases, "first_seen": format_day(data.first_seen),
            "submitted": format_when(row.submitted_at) if row.status is not Status.DRAFT else
            self.tr("noch nicht (Entwurf)"),
            "description": data.description, "proposed_measure": data.proposed_measure,
            "attachments": data.attachments}
        for key, text in texts.items():
            widget = self.values[key]
            if isinstance(widget, QtWidgets.QPlainTextEdit):
                widget.setPlainText(text or "–")
            else:
                widget.setText(text or "–")
        self.history.setRowCount(len(detail.history))
        for index, entry in enumerate(detail.history):
            if entry.status:
                status = status_label(entry.status)
            elif entry.refused_status:  # crossed another change on the way: kept as a comment
                status = self.tr("nicht übernommen: %1").replace("%1", status_label(entry.refused_status))
            else:
                status = self.tr("Rückmeldung")
            cells = (format_when(entry.at), entry.who, status, entry.comment)
            for column, text in enumerate(cells):
                item = QtWidgets.QTableWidgetItem(text)
                item.setToolTip(text)
                self.history.setItem(index, column, item)
        self.history.resizeRowsToContents()
