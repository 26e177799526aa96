"""The case detail: a header naming the person and the phase, the case's actions and five tabs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kim_desktop.errors import RecordNotFound
from kim_desktop.ui.case_detail.audit_view import AuditTab
from kim_desktop.ui.case_detail.data import CaseData, phase_label, read_case
from kim_desktop.ui.case_detail.forms import ERROR_STYLE
from kim_desktop.ui.case_detail.goals_consents import ConsentsTab, GoalsTab
from kim_desktop.ui.case_detail.overview import OverviewTab
from kim_desktop.ui.case_detail.tab import CaseTab
from kim_desktop.ui.case_detail.timeline import TimelineTab
from kim_desktop.ui.qt import Qt, QtGui, QtWidgets, Signal, is_alive

if TYPE_CHECKING:
    from kim_desktop.ui.session import AppSession


class CaseDetailView(QtWidgets.QWidget):
    changed = Signal(str)  # the case id: something was stored, the case list may show it differently

    def __init__(self, session: AppSession, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
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
        self.timeline.openRequested.connect(self.edit_consultation)
        # Fusion draws inactive tabs two pixels lower and cut the dots off "Ü" (Überblick).
        self.tabs.tabBar().setStyleSheet("QTabBar::tab { padding: 6px 12px 4px 12px; }")

        heading = QtWidgets.QHBoxLayout()
        titles = QtWidgets.QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        heading.addLayout(titles, 1)
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
        try:
            data = read_case(self.session.vault, case_id)
        except RecordNotFound:
            self.clear()
            return False
        self.data = data
        case = data.detail.case
        self.title.setText(f"{data.client.full_name or '–'} · {data.client.pseudonym}")
        parts = [phase_label(case.phase), self.session.municipality_names([case.municipality_ags])[0]]
        self.subtitle.setText(" · ".join(parts))
        for tab in self.tab_list:
            tab.show_case(data)
        self.message.hide()
        self.stack.setCurrentWidget(self.content)
        self._enable()
        return True

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
        self.data = None
        self.title.clear()
        self.subtitle.clear()
        self.message.hide()
        for tab in self.tab_list:
            tab.clear()
        self.stack.setCurrentWidget(self.placeholder)
        self._enable()

    def _enable(self) -> None:
        has_case = self.data is not None
        self.consultation_button.setEnabled(has_case and not self.data.closed)  # type: ignore[union-attr]
        self.access_button.setEnabled(has_case)
        if has_case and self.data.closed:  # type: ignore[union-attr]
            self.consultation_button.setToolTip(self.tr("Der Fall ist abgeschlossen; für eine neue Beratung "
                                                        "den Fall bitte erst wieder aufnehmen (Überblick)."))
        else:
            self.consultation_button.setToolTip(self.tr("Neue Beratung zu diesem Fall (Strg+B)"))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    # --- actions of other modules (imported when used: they are written alongside) --------------

    def new_consultation(self) -> QtWidgets.QDialog | None:
        if self.data is None or self.data.closed:
            return None
        return self._consultation_dialog(None)

    def edit_consultation(self, consultation_id: str) -> QtWidgets.QDialog | None:
        if self.data is None:
            return None
        return self._consultation_dialog(consultation_id)

    def _consultation_dialog(self, consultation_id: str | None) -> QtWidgets.QDialog:
        from kim_desktop.ui.consultation_dialog import ConsultationDialog

        assert self.data is not None
        dialog = ConsultationDialog(self.session, self.data.case_id, consultation_id=consultation_id,
                                    parent=self)
        dialog.saved.connect(self.reload_and_tell)  # a bound method, see CaseTab.stored
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def access_request(self) -> None:
        """Asks, then writes the PDF in the background; the audit tab shows the entry afterwards."""
        from kim_desktop.ui.access_request_action import ask_and_write_access_request

        if self.data is not None:
            ask_and_write_access_request(self, self.session, self.data.client.id,
                                         on_written=self._access_written)

    def _access_written(self, path: object) -> None:
        # The action asks with dialogs and writes in the background: a lock may have come in between.
        if path is not None and is_alive(self):
            self.reload()
