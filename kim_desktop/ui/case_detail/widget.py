"""The case detail: a header naming the person and the phase, the case's actions and five tabs.

In a pseudonymised view (a coordinator's vault) the person's details are replaced by placeholders
(services.personal_data_view) until "Personendaten anzeigen …" is confirmed with a reason; they
stay shown for this case until another case is shown, the section is left or the vault locks.
Forms that would show the hidden details (the person, a consultation, a goal, a consent's scope)
open only then.

The case may be deleted while it is shown: its client erased after the retention period
(services.retention, on the Datenschutz page) or tombstoned by an import. Opening something that
is gone says so and reads the case again; a case that is gone leaves the placeholder saying so.
When the section is shown again, the case is looked up (one row) before anything is opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kim_desktop.domain.personal_data import RevealReason
from kim_desktop.errors import RecordNotFound
from kim_desktop.services.consultations import entry_case
from kim_desktop.services.personal_data_view import PersonalDataView
from kim_desktop.ui.case_detail.audit_view import AuditTab
from kim_desktop.ui.case_detail.data import CaseData, hidden_text, phase_label, read_case, shown_to
from kim_desktop.ui.case_detail.forms import ERROR_STYLE
from kim_desktop.ui.case_detail.goals_consents import ConsentsTab, GoalsTab
from kim_desktop.ui.case_detail.overview import OverviewTab
from kim_desktop.ui.case_detail.tab import CaseTab
from kim_desktop.ui.case_detail.timeline import TimelineTab
from kim_desktop.ui.i18n import translate
from kim_desktop.ui.qt import Qt, QtGui, QTimer, QtWidgets, Signal, is_alive

if TYPE_CHECKING:
    from kim_desktop.ui.reveal_dialog import RevealDialog
    from kim_desktop.ui.session import AppSession


class CaseDetailView(QtWidgets.QWidget):
    changed = Signal(str)  # the case id: something was stored, the case list may show it differently

    def __init__(self, session: AppSession, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.personal = PersonalDataView.of(session.vault, translate)
        self.data: CaseData | None = None
        self.title = QtWidgets.QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.subtitle = QtWidgets.QLabel(self)
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.message = QtWidgets.QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.consultation_button = QtWidgets.QPushButton(self.tr("Neue &Beratung …"), self)
        self.consultation_button.setToolTip(self.tr("Neue Beratung zu diesem Fall (Strg+B)"))
        self.access_button = QtWidgets.QPushButton(self.tr("Auskunft Art. 1&5 …"), self)
        self.access_button.setToolTip(self.tr("Alles, was über die Person gespeichert ist, als PDF "
                                              "(Auskunft nach Art. 15 DSGVO)"))
        self.reveal_button = QtWidgets.QPushButton(self)
        self.reveal_button.setVisible(self.personal.pseudonymised)
        self.reveal_button.clicked.connect(self.toggle_personal_data)
        self.consultation_shortcut = QtGui.QShortcut(QtGui.QKeySequence("Ctrl+B"), self)
        self.consultation_shortcut.activated.connect(self.new_consultation)
        self.consultation_button.clicked.connect(self.new_consultation)
        self.access_button.clicked.connect(self.access_request)

        self.overview, self.goals = OverviewTab(session, self), GoalsTab(session, self)
        self.consents, self.timeline = ConsentsTab(session, self), TimelineTab(session, self)
        self.audit = AuditTab(session, self)
        self.tabs = QtWidgets.QTabWidget(self)
        for tab, title in ((self.overview, self.tr("&Überblick")), (self.goals, self.tr("&Ziele")),
                           (self.consents, self.tr("Einwilli&gungen")),
                           (self.timeline, self.tr("Be&ratungen")), (self.audit, self.tr("Protoko&ll"))):
            self.tabs.addTab(tab, title)
            tab.changed.connect(self.reload_and_tell)
            tab.case_still_there = self.still_there
        self.timeline.openRequested.connect(self.edit_consultation)
        # Fusion draws inactive tabs two pixels lower and cut the dots off "Ü" (Überblick).
        self.tabs.tabBar().setStyleSheet("QTabBar::tab { padding: 6px 12px 4px 12px; }")

        heading = QtWidgets.QHBoxLayout()
        titles = QtWidgets.QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        heading.addLayout(titles, 1)
        heading.addWidget(self.reveal_button, 0, Qt.AlignmentFlag.AlignBottom)
        heading.addWidget(self.consultation_button, 0, Qt.AlignmentFlag.AlignBottom)
        heading.addWidget(self.access_button, 0, Qt.AlignmentFlag.AlignBottom)
        content = QtWidgets.QWidget(self)
        content_layout = QtWidgets.QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(heading)
        content_layout.addWidget(self.message)
        content_layout.addWidget(self.tabs, 1)
        self.placeholder = QtWidgets.QLabel(self.tr("Bitte einen Fall in der Liste auswählen."), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: #6b6b6b;")
        self.stack = QtWidgets.QStackedLayout(self)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(content)
        self.content = content
        self._enable()

    @property
    def tab_list(self) -> list[CaseTab]:
        return [self.overview, self.goals, self.consents, self.timeline, self.audit]

    @property
    def case_id(self) -> str | None:
        return self.data.case_id if self.data is not None else None

    # --- showing -------------------------------------------------------------------------------

    def load(self, case_id: str) -> bool:
        """Shows the case; False (and the placeholder) when it is gone."""
        if case_id != self.case_id:
            self.personal.conceal()  # another case: its person is hidden again
        try:
            data = read_case(self.session.vault, case_id, self.personal)
        except RecordNotFound:
            self.clear()
            self.placeholder.setText(self.tr(
                "Dieser Fall ist nicht mehr gespeichert: er wurde inzwischen gelöscht, zum Beispiel nach "
                "Ablauf der Aufbewahrungsfrist."))
            return False
        self._show(data)
        return True

    def _show(self, data: CaseData) -> None:
        self.data = data
        case = data.detail.case
        if data.hidden:  # the pseudonym is who the person is here
            self.title.setText(f"{data.client.pseudonym} · {hidden_text()}")
        else:
            self.title.setText(f"{data.client.full_name or '–'} · {data.client.pseudonym}")
        parts = [phase_label(case.phase), self.session.municipality_names([case.municipality_ags])[0]]
        self.subtitle.setText(" · ".join(parts))
        for tab in self.tab_list:
            tab.show_case(data)
        self.message.hide()
        self.stack.setCurrentWidget(self.content)
        self._enable()

    def reload(self) -> None:
        if self.data is not None:
            self.load(self.data.case_id)

    def reload_and_tell(self, *_ids: str) -> None:
        if self.data is not None:
            case_id = self.data.case_id
            self.load(case_id)
            self.changed.emit(case_id)

    def clear(self) -> None:
        """No case shown, and no personal data left in any widget."""
        self.personal.conceal()
        self.data = None
        self.title.clear()
        self.subtitle.clear()
        self.message.hide()
        for tab in self.tab_list:
            tab.clear()
        self.placeholder.setText(self.tr("Bitte einen Fall in der Liste auswählen."))
        self.stack.setCurrentWidget(self.placeholder)
        self._enable()

    def _enable(self) -> None:
        data = self.data
        self.consultation_button.setEnabled(data is not None and not data.closed and not data.hidden)
        self.access_button.setEnabled(data is not None)
        self.reveal_button.setEnabled(data is not None)
        if data is not None and data.hidden:
            self.consultation_button.setToolTip(self.tr("Die Beratung zeigt Personendaten: bitte erst "
                                                        "„Personendaten anzeigen …“ wählen."))
        elif data is not None and data.closed:
            self.consultation_button.setToolTip(self.tr("Der Fall ist abgeschlossen; für eine neue Beratung "
                                                        "den Fall bitte erst wieder aufnehmen (Überblick)."))
        else:
            self.consultation_button.setToolTip(self.tr("Neue Beratung zu diesem Fall (Strg+B)"))
        if data is not None and not data.hidden:
            self.reveal_button.setText(self.tr("Personendaten a&usblenden"))
            self.reveal_button.setToolTip(self.tr("Wieder nur das Pseudonym zeigen"))
        else:
            self.reveal_button.setText(self.tr("Personendaten anze&igen …"))
            self.reveal_button.setToolTip(self.tr("Name, Geburtsdatum, Kontaktdaten und Notizen dieser "
                                                  "Person anzeigen (mit Grund, wird protokolliert)"))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    # --- records deleted while shown ------------------------------------------------------------

    def still_there(self) -> bool:
        """Looks the shown case up (one row, nothing of it shown); a case deleted meanwhile is read
        again and the list told, which then both show that it is gone."""
        if self.data is None:
            return False
        try:
            with self.session.vault.reader() as db:
                entry_case(db, self.data.case_id)
        except RecordNotFound:
            self.reload_and_tell()
            return False
        return True

    def _gone(self, text: str) -> None:
        """Something of the case was opened that is deleted: the case is read again, and the message
        stays under its header (or, when the case went with it, the placeholder says so)."""
        self.reload_and_tell()
        if self.data is not None:
            self._say(text)

    def showEvent(self, event: QtGui.QShowEvent) -> None:  # noqa: N802 - Qt override
        """Back in the section: the case may have been erased elsewhere meanwhile (Datenschutz, an
        import). Looked up once the event loop runs again: a lock shows every page for a moment."""
        super().showEvent(event)
        if not event.spontaneous() and self.data is not None:
            QTimer.singleShot(0, self, self._check_when_shown)

    def _check_when_shown(self) -> None:
        if self.isVisible():
            self.still_there()

    # --- actions of other modules (imported when used: they are written alongside) --------------

    def new_consultation(self) -> QtWidgets.QDialog | None:
        if self.data is None or self.data.closed or self.data.hidden:
            return None
        return self._consultation_dialog(None)

    def edit_consultation(self, consultation_id: str) -> QtWidgets.QDialog | None:
        if self.data is None or self.data.hidden:
            return None
        return self._consultation_dialog(consultation_id)

    def _consultation_dialog(self, consultation_id: str | None) -> QtWidgets.QDialog | None:
        from kim_desktop.ui.consultation_dialog import ConsultationDialog

        assert self.data is not None
        try:
            dialog = ConsultationDialog(self.session, self.data.case_id, consultation_id=consultation_id,
                                        parent=self)
        except RecordNotFound:  # the consultation, or the whole case, was deleted meanwhile
            self._gone(self.tr("Diese Beratung ist nicht mehr gespeichert: sie wurde inzwischen gelöscht."))
            return None
        dialog.saved.connect(self.reload_and_tell)  # a bound method, see CaseTab.stored
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def access_request(self) -> None:
        """Asks, then writes the PDF in the background; the audit tab shows the entry afterwards.
        A pseudonymised view asks for the reason first (Art. 15 preselected)."""
        from kim_desktop.ui.access_request_action import ask_and_write_access_request

        if not self.still_there():
            return
        assert self.data is not None
        if not self.personal.may_see(self.data.client.id):
            dialog = self.reveal_personal_data(RevealReason.ACCESS_REQUEST)
            if dialog is not None:
                dialog.revealed.connect(self._revealed_for_access_request)
            return
        ask_and_write_access_request(self, self.session, self.data.client.id, on_written=self._access_written,
                                     view=self.personal)

    def _revealed_for_access_request(self, _client_id: str) -> None:
        QTimer.singleShot(0, self, self.access_request)  # once the reason dialog has closed

    def _access_written(self, path: object) -> None:
        # The action asks with dialogs and writes in the background: a lock may have come in between.
        if path is not None and is_alive(self):
            self.reload()

    # --- personal data in a pseudonymised view ---------------------------------------------------

    def toggle_personal_data(self) -> None:
        if self.data is not None and self.data.hidden:
            self.reveal_personal_data()
        else:
            self.conceal_personal_data()

    def reveal_personal_data(self, reason: RevealReason | None = None) -> RevealDialog | None:
        """Asks for the reason; once confirmed (and audited) the case is read again, unmasked."""
        from kim_desktop.ui.reveal_dialog import RevealDialog

        if not self.still_there():  # no reason asked, and none audited, for a person erased meanwhile
            return None
        assert self.data is not None
        client = self.data.client
        dialog = RevealDialog(self.session.vault, self.personal, client.id, client.pseudonym, reason=reason,
                              parent=self)
        dialog.revealed.connect(self._revealed)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _revealed(self, _client_id: str) -> None:
        if is_alive(self):
            self.reload()

    def conceal_personal_data(self) -> None:
        """Back to the pseudonym, from what is in memory (the details are dropped, nothing is read)."""
        if self.personal.conceal() and self.data is not None:
            self._show(shown_to(self.personal, self.data))

    def hideEvent(self, event: QtGui.QHideEvent) -> None:  # noqa: N802 - Qt override
        """Leaving the section leaves the case: its person is hidden again (minimising is not leaving)."""
        super().hideEvent(event)
        if not event.spontaneous():
            self.conceal_personal_data()
