"""The small dialogs of the Lenkungsgruppe tab: a new meeting, escalations for the agenda, and the
decision on one agenda item."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from kim_desktop.domain.escalation_status import Status
from kim_desktop.errors import InputRejected, KimError
from kim_desktop.services import steering_group
from kim_desktop.ui.case_detail.forms import FieldError, FormErrors, add_field, ok_cancel, text_box
from kim_desktop.ui.escalations.review_dialog import delivery_note, status_text
from kim_desktop.ui.i18n import error_text
from kim_desktop.ui.qt import QCoreApplication, Qt, QtWidgets
from kim_desktop.ui.widgets.date_field import DateField

if TYPE_CHECKING:
    from kim_desktop.services.escalations import EscalationRow
    from kim_desktop.ui.session import AppSession

ID_ROLE = Qt.ItemDataRole.UserRole
DECISION_STATUSES = (Status.RESOLVED, Status.UNSOLVABLE, Status.IN_REVIEW)


class MeetingDialog(QtWidgets.QDialog):
    """A new Lenkungsgruppe meeting: date, title, place. meeting_id is set after saving."""

    def __init__(self, app_session: AppSession, parent: QtWidgets.QWidget | None = None, *,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.session = app_session
        self.meeting_id: str | None = None
        self.setWindowTitle(self.tr("Neue Sitzung der Lenkungsgruppe"))
        self.general = FieldError(self)
        self.errors = FormErrors(self.general)
        form = QtWidgets.QFormLayout()
        self.held_on = DateField(self)
        self.held_on.set_date(today or dt.date.today())
        self.title = QtWidgets.QLineEdit(self.tr("Sitzung der Lenkungsgruppe"), self)
        self.title.setMaxLength(200)
        self.place = QtWidgets.QLineEdit(self)
        self.place.setMaxLength(200)
        add_field(form, self.errors, "held_on", self.tr("&Datum:"), self.held_on, self)
        add_field(form, self.errors, "title", self.tr("&Titel:"), self.title, self)
        add_field(form, self.errors, "place", self.tr("&Ort:"), self.place, self)
        self.held_on.checked.connect(lambda message: self.errors.fields["held_on"][1].show_text(message))
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(ok_cancel(self, self.tr("&Anlegen")))
        self.setMinimumWidth(440)
        self.held_on.setFocus()

    def accept(self) -> None:
        self.errors.clear()
        parsed = self.held_on.parsed()
        if parsed.value is None:
            self.errors.show("held_on", parsed.error.text(QCoreApplication.translate) if parsed.error
                             else self.tr("Bitte ein Datum eingeben."))
            return
        try:
            self.meeting_id = steering_group.create_meeting(
                self.session.vault, parsed.value, self.title.text().strip(), self.place.text().strip())
        except InputRejected as exc:
            self.errors.show_rejection(exc)
            return
        except KimError as exc:
            self.errors.show(None, error_text(exc))
            return
        super().accept()


class AddItemsDialog(QtWidgets.QDialog):
    """Escalations in review (not yet on this agenda) to tick for the agenda."""

    def __init__(self, rows: Sequence[EscalationRow], municipality_names: Mapping[str, str],
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Meldungen auf die Tagesordnung setzen"))
        intro = QtWidgets.QLabel(self.tr(
            "Meldungen in Prüfung (Geschäftsstelle) und solche, die schon in der Lenkungsgruppe sind (etwa "
            "vertagte). Mit der Tagesordnung wechseln Meldungen in Prüfung in den Status „in der "
            "Lenkungsgruppe“."), self)
        intro.setWordWrap(True)
        self.list = QtWidgets.QListWidget(self)
        self.list.setAccessibleName(self.tr("Meldungen zur Auswahl"))
        for row in rows:
            towns = ", ".join(municipality_names.get(ags, ags) for ags in row.municipalities) or "–"
            item = QtWidgets.QListWidgetItem(f"{row.title} ({towns}; {status_text(row.status)})", self.list)
            item.setData(ID_ROLE, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.list.itemActivated.connect(self._toggle)
        empty = QtWidgets.QLabel(self.tr("Keine Meldung ist in Prüfung oder in der Lenkungsgruppe und noch "
                                         "nicht auf dieser Tagesordnung."), self)
        empty.setWordWrap(True)
        empty.setVisible(not rows)
        hint = QtWidgets.QLabel(self.tr("Leertaste oder Eingabetaste: an- oder abwählen."), self)
        hint.setStyleSheet("color: #555555;")
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(empty)
        layout.addWidget(self.list, 1)
        layout.addWidget(hint)
        layout.addWidget(ok_cancel(self, self.tr("&Hinzufügen")))
        self.resize(560, 380)
        self.list.setFocus()
        if rows:
            self.list.setCurrentRow(0)

    @staticmethod
    def _toggle(item: QtWidgets.QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def check(self, escalation_id: str) -> None:
        for number in range(self.list.count()):
            item = self.list.item(number)
            if item.data(ID_ROLE) == escalation_id:
                item.setCheckState(Qt.CheckState.Checked)

    def chosen(self) -> list[str]:
        return [self.list.item(n).data(ID_ROLE) for n in range(self.list.count())
                if self.list.item(n).checkState() == Qt.CheckState.Checked]


class DecisionDialog(QtWidgets.QDialog):
    """The Lenkungsgruppe's decision on one item, and the status the escalation gets from it."""

    def __init__(self, app_session: AppSession, item_id: str, title: str, decision: str = "",
                 parent: QtWidgets.QWidget | None = None, *, current: Status = Status.STEERING_GROUP) -> None:
        super().__init__(parent)
        self.session = app_session
        self.item_id = item_id
        self.setWindowTitle(self.tr("Beschluss erfassen"))
        heading = QtWidgets.QLabel(title, self)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: 600;")
        self.general = FieldError(self)
        self.errors = FormErrors(self.general)
        form = QtWidgets.QFormLayout()
        self.decision = text_box(self, 6)
        self.decision.setPlainText(decision)
        self.status = QtWidgets.QComboBox(self)
        for status in DECISION_STATUSES:
            text = (self.tr("zurück in Prüfung (Geschäftsstelle)") if status is Status.IN_REVIEW
                    else status_text(status))
            self.status.addItem(text, str(status))
        # A decision corrected later, or on an item that has moved on: the status may stay.
        self.status.addItem(self.tr("Status bleibt („%1“)").replace("%1", status_text(current)), None)
        if current is not Status.STEERING_GROUP:
            self.status.setCurrentIndex(self.status.count() - 1)
        add_field(form, self.errors, "decision", self.tr("&Beschluss:"), self.decision, self)
        add_field(form, self.errors, "status", self.tr("&Ergebnis:"), self.status, self)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(delivery_note(self))
        layout.addWidget(self.general)
        layout.addWidget(ok_cancel(self, self.tr("&Speichern")))
        self.setMinimumWidth(520)
        self.decision.setFocus()

    def chosen_status(self) -> Status | None:
        data = self.status.currentData()
        return Status(data) if data else None

    def accept(self) -> None:
        self.errors.clear()
        text = self.decision.toPlainText().strip()
        if not text:
            self.errors.show("decision", self.tr("Bitte den Beschluss eintragen."))
            return
        try:
            steering_group.record_decision(self.session.vault, self.item_id, text,
                                           status=self.chosen_status())
        except InputRejected as exc:
            self.errors.show_rejection(exc)
            return
        except KimError as exc:
            self.errors.show(None, error_text(exc))
            return
        super().accept()
