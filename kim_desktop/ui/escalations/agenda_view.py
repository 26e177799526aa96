"""The "Lenkungsgruppe" tab of the coordinator's inbox: meetings, the agenda of the selected one
(escalations in review, in order, moved up and down), the agenda PDF and the decision per item.

Every change to the agenda saves the whole order at once (steering_group.set_agenda): putting an
escalation on it moves it to "in der Lenkungsgruppe". Escalations hold no personal data, so the
PDF needs no warning; it is written only where the user chooses.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kim_desktop.domain.dates import format_date
from kim_desktop.domain.escalation_status import Status
from kim_desktop.errors import FileProblem, KimError, as_known_error, os_reason
from kim_desktop.services import escalations, steering_group
from kim_desktop.ui.escalations.agenda_dialogs import AddItemsDialog, DecisionDialog, MeetingDialog
from kim_desktop.ui.escalations.review_dialog import status_text
from kim_desktop.ui.i18n import error_text
from kim_desktop.ui.qt import QCoreApplication, Qt, QtCore, QtGui, QtWidgets, Signal

if TYPE_CHECKING:
    from kim_desktop.services.steering_group import AgendaRow, MeetingRow
    from kim_desktop.ui.session import AppSession

ID_ROLE = Qt.ItemDataRole.UserRole
FOLDER_KEY = "escalations/output_dir"
ERROR_STYLE = "color: #b00020;"


def ask_pdf_target(parent: QtWidgets.QWidget, title: str, suggested: str) -> Path | None:
    """Where to save: the folder last used while it exists, else the documents folder."""
    from kim_desktop.ui.access_request_action import default_folder

    saved = QtCore.QSettings().value(FOLDER_KEY)
    folder = Path(saved) if isinstance(saved, str) and saved and Path(saved).is_dir() else default_folder()
    pdf_filter = QCoreApplication.translate("SteeringGroupView", "PDF-Dokument (*.pdf)")
    dialog = QtWidgets.QFileDialog
    chosen, _filter = dialog.getSaveFileName(parent, title, str(folder / suggested), pdf_filter)
    if not chosen:
        return None
    target = Path(chosen)
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    QtCore.QSettings().setValue(FOLDER_KEY, str(target.parent))
    return target


def meeting_text(meeting: MeetingRow) -> str:
    count = QCoreApplication.translate("SteeringGroupView", "%n Punkt(e)", "", meeting.item_count)
    return f"{format_date(meeting.held_on)} – {meeting.title} ({count})"


class AgendaList(QtWidgets.QListWidget):
    """Ctrl+Up/Down move the current item, Delete removes it (the list's own keys otherwise)."""

    moveRequested = Signal(int)  # noqa: N815 - Qt naming; -1 up, +1 down
    removeRequested = Signal()  # noqa: N815

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:  # noqa: N802 - Qt override
        control = event.modifiers() == Qt.KeyboardModifier.ControlModifier
        if control and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.moveRequested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        if event.matches(QtGui.QKeySequence.StandardKey.Delete):
            self.removeRequested.emit()
            return
        super().keyPressEvent(event)


class SteeringGroupView(QtWidgets.QWidget):
    changed = Signal()  # escalations changed status (agenda, decision): the inbox reads again

    def __init__(self, app_session: AppSession, parent: QtWidgets.QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.session = app_session
        self._today = today
        self.names = {m.ags: m.name for m in app_session.deployment.municipalities}
        self.meeting_rows: list[MeetingRow] = []
        self.items: list[AgendaRow] = []
        self.message = QtWidgets.QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        splitter = QtWidgets.QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._meetings_box(splitter))
        splitter.addWidget(self._agenda_box(splitter))
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([320, 960])
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        self._update_buttons()

    # --- building ---------------------------------------------------------------------------------

    def _meetings_box(self, parent: QtWidgets.QWidget) -> QtWidgets.QGroupBox:
        box = QtWidgets.QGroupBox(self.tr("Sitzungen"), parent)
        self.meetings = QtWidgets.QListWidget(box)
        self.meetings.setAccessibleName(self.tr("Sitzungen der Lenkungsgruppe"))
        self.meetings.currentRowChanged.connect(lambda _row: self.load_agenda())
        self.new_meeting_button = QtWidgets.QPushButton(self.tr("Neue &Sitzung …"), box)
        self.new_meeting_button.clicked.connect(self.new_meeting)
        self.empty_meetings = QtWidgets.QLabel(self.tr("Noch keine Sitzung angelegt."), box)
        layout = QtWidgets.QVBoxLayout(box)
        layout.addWidget(self.empty_meetings)
        layout.addWidget(self.meetings, 1)
        layout.addWidget(self.new_meeting_button)
        return box

    def _agenda_box(self, parent: QtWidgets.QWidget) -> QtWidgets.QGroupBox:
        box = QtWidgets.QGroupBox(self.tr("Tagesordnung"), parent)
        self.meeting_heading = QtWidgets.QLabel(box)
        self.meeting_heading.setStyleSheet("font-weight: 600;")
        self.meeting_heading.setWordWrap(True)
        self.agenda = AgendaList(box)
        self.agenda.setAccessibleName(self.tr("Punkte der Tagesordnung"))
        self.agenda.setWordWrap(True)
        self.agenda.setSpacing(3)
        self.agenda.setAlternatingRowColors(True)
        self.agenda.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.agenda.itemActivated.connect(lambda _item: self.decide())
        self.add_button = QtWidgets.QPushButton(self.tr("Meldungen &hinzufügen …"), box)
        self.up_button = QtWidgets.QPushButton(self.tr("Nach &oben"), box)
        self.down_button = QtWidgets.QPushButton(self.tr("Nach &unten"), box)
        self.remove_button = QtWidgets.QPushButton(self.tr("Ent&fernen"), box)
        self.decision_button = QtWidgets.QPushButton(self.tr("&Beschluss erfassen …"), box)
        self.pdf_button = QtWidgets.QPushButton(self.tr("Tagesordnung als &PDF …"), box)
        self.up_button.setToolTip(self.tr("Strg+Pfeil hoch"))
        self.down_button.setToolTip(self.tr("Strg+Pfeil runter"))
        self.add_button.clicked.connect(self.add_items)
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button.clicked.connect(lambda: self.move_item(1))
        self.remove_button.clicked.connect(self.remove_item)
        self.decision_button.clicked.connect(self.decide)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.agenda.moveRequested.connect(self.move_item)
        self.agenda.removeRequested.connect(self.remove_item)
        order = QtWidgets.QVBoxLayout()
        for button in (self.add_button, self.up_button, self.down_button, self.remove_button):
            order.addWidget(button)
        order.addStretch(1)
        order.addWidget(self.decision_button)
        order.addWidget(self.pdf_button)
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.agenda, 1)
        row.addLayout(order)
        layout = QtWidgets.QVBoxLayout(box)
        layout.addWidget(self.meeting_heading)
        layout.addLayout(row, 1)
        hint = QtWidgets.QLabel(self.tr(
            "Eingabetaste auf einem Punkt: Beschluss erfassen; Strg+Pfeil hoch/runter: verschieben; Entf: "
            "entfernen. Beschlüsse erreichen die Verfasser als Rückmeldung mit dem nächsten "
            "Rückmeldungspaket."), box)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555555;")
        layout.addWidget(hint)
        return box

    # --- reading ----------------------------------------------------------------------------------

    def current_meeting(self) -> MeetingRow | None:
        row = self.meetings.currentRow()
        return self.meeting_rows[row] if 0 <= row < len(self.meeting_rows) else None

    def current_item(self) -> AgendaRow | None:
        row = self.agenda.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def refresh(self, select_meeting: str | None = None) -> None:
        current = self.current_meeting()
        keep = select_meeting or (current.id if current is not None else None)
        with self.session.vault.reader() as db:
            self.meeting_rows = list(steering_group.meetings(db))
        self.meetings.blockSignals(True)
        self.meetings.clear()
        selected = 0 if self.meeting_rows else -1
        for number, meeting in enumerate(self.meeting_rows):
            item = QtWidgets.QListWidgetItem(meeting_text(meeting), self.meetings)
            item.setData(ID_ROLE, meeting.id)
            if meeting.id == keep:
                selected = number
        self.meetings.setCurrentRow(selected)
        self.meetings.blockSignals(False)
        self.empty_meetings.setVisible(not self.meeting_rows)
        self.load_agenda()

    def load_agenda(self, select_item: int | None = None) -> None:
        meeting = self.current_meeting()
        keep = self.agenda.currentRow() if select_item is None else select_item
        self.items = []
        if meeting is not None:
            with self.session.vault.reader() as db:
                self.items = list(steering_group.agenda(db, meeting.id))
            heading = f"{format_date(meeting.held_on)} – {meeting.title}"
            self.meeting_heading.setText(heading + (f", {meeting.place}" if meeting.place else ""))
        else:
            self.meeting_heading.setText(self.tr("Bitte zuerst eine Sitzung anlegen oder auswählen."))
        self.agenda.blockSignals(True)
        self.agenda.clear()
        for number, item in enumerate(self.items, start=1):
            self.agenda.addItem(self._item_text(number, item))
        if self.items:
            self.agenda.setCurrentRow(min(max(keep, 0), len(self.items) - 1))
        self.agenda.blockSignals(False)
        self._update_buttons()

    def _item_text(self, number: int, item: AgendaRow) -> str:
        row = item.escalation
        towns = ", ".join(self.names.get(ags, ags) for ags in row.municipalities) or "–"
        text = f"{number}. {row.title}\n    {towns} · {status_text(row.status)}"
        if item.decision:
            text += "\n    " + self.tr("Beschluss: %1").replace("%1", item.decision.replace("\n", " "))
        return text

    def _update_buttons(self) -> None:
        has_meeting = self.current_meeting() is not None
        row = self.agenda.currentRow()
        has_item = 0 <= row < len(self.items)
        self.add_button.setEnabled(has_meeting)
        self.pdf_button.setEnabled(has_meeting)
        self.up_button.setEnabled(has_item and row > 0)
        self.down_button.setEnabled(has_item and row < len(self.items) - 1)
        self.remove_button.setEnabled(has_item)
        self.decision_button.setEnabled(has_item)

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else "")

    # --- actions ----------------------------------------------------------------------------------

    def new_meeting(self) -> None:
        dialog = MeetingDialog(self.session, self, today=self._today())
        try:
            if dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted and dialog.meeting_id:
                self.refresh(select_meeting=dialog.meeting_id)
                self.show_message(self.tr("Sitzung angelegt."))
                self.agenda.setFocus()
        finally:
            dialog.deleteLater()

    def _save_order(self, escalation_ids: list[str], select_item: int) -> bool:
        meeting = self.current_meeting()
        if meeting is None:
            return False
        try:
            steering_group.set_agenda(self.session.vault, meeting.id, escalation_ids)
        except KimError as exc:
            self.show_message(error_text(exc), error=True)
            return False
        self.refresh()
        self.load_agenda(select_item)
        self.changed.emit()
        return True

    def add_items(self) -> None:
        if self.current_meeting() is None:
            return
        on_agenda = {item.escalation.id for item in self.items}
        with self.session.vault.reader() as db:
            candidates = [row for row in escalations.escalation_rows(db)
                          if row.status in (Status.IN_REVIEW, Status.STEERING_GROUP)
                          and row.id not in on_agenda]
        dialog = AddItemsDialog(candidates, self.names, self)
        try:
            if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted or not dialog.chosen():
                return
            chosen = dialog.chosen()
        finally:
            dialog.deleteLater()
        ids = [item.escalation.id for item in self.items] + chosen
        if self._save_order(ids, len(ids) - 1):
            self.show_message(self.tr("%n Meldung(en) auf die Tagesordnung gesetzt.", "", len(chosen)))
        self.agenda.setFocus()

    def move_item(self, step: int) -> None:
        row = self.agenda.currentRow()
        target = row + step
        if not (0 <= row < len(self.items) and 0 <= target < len(self.items)):
            return
        ids = [item.escalation.id for item in self.items]
        ids[row], ids[target] = ids[target], ids[row]
        self._save_order(ids, target)
        self.agenda.setFocus()

    def remove_item(self) -> None:
        item = self.current_item()
        if item is None:
            return
        box = QtWidgets.QMessageBox
        question = self.tr("„%1“ von der Tagesordnung nehmen?").replace("%1", item.escalation.title)
        if item.decision:
            question += "\n\n" + self.tr("Der erfasste Beschluss gehört zu diesem Punkt und entfällt mit "
                                         "ihm.")
        answer = box.question(self, self.tr("Punkt entfernen"), question,
                              box.StandardButton.Yes | box.StandardButton.No, box.StandardButton.No)
        if answer != box.StandardButton.Yes:
            return
        row = self.agenda.currentRow()
        ids = [other.escalation.id for other in self.items if other.item_id != item.item_id]
        self._save_order(ids, min(row, len(ids) - 1))
        self.agenda.setFocus()

    def decide(self) -> None:
        item = self.current_item()
        if item is None:
            return
        row = self.agenda.currentRow()
        dialog = DecisionDialog(self.session, item.item_id, item.escalation.title, item.decision or "", self,
                                current=item.escalation.status)
        try:
            if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
                return
        finally:
            dialog.deleteLater()
        self.load_agenda(row)
        self.show_message(self.tr("Beschluss gespeichert."))
        self.changed.emit()
        self.agenda.setFocus()

    def save_pdf(self) -> Path | None:
        from kim_desktop.reports.steering_agenda import write_agenda_pdf

        meeting = self.current_meeting()
        if meeting is None:
            return None
        title = self.tr("Tagesordnung speichern")
        name_part = re.sub(r"[^\w-]+", "_", meeting.title).strip("_") or "Lenkungsgruppe"
        target = ask_pdf_target(self, title, f"Tagesordnung_{meeting.held_on.isoformat()}_{name_part}.pdf")
        if target is None:
            return None
        try:
            with self.session.vault.reader() as db:
                write_agenda_pdf(db, meeting.id, target, district_name=self.session.deployment.district_name,
                                 municipality_names=self.names, translate=QCoreApplication.translate)
        except (KimError, OSError) as exc:
            known = as_known_error(exc)
            if isinstance(exc, OSError) and isinstance(known, FileProblem):
                known = FileProblem(path=target, reason=os_reason(exc))
            text = self.tr("Die Datei wurde nicht gespeichert: %1").replace(
                "%1", error_text(known) if known is not None else str(exc))
            self.show_message(text, error=True)
            return None
        self.show_message(self.tr("Die Tagesordnung wurde gespeichert: %1").replace("%1", str(target)))
        return target
