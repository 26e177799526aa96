"""Meldungen (issue 7): a case manager's own escalations to the Geschäftsstelle; in a coordinator's
vault the inbox of all escalations imported from the case managers.

Read when shown. An escalation form with unsaved input survives a lock (draft/restore_draft).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kim_desktop.domain.roles import Role
from kim_desktop.ui.pages.base import Page
from kim_desktop.ui.qt import QtGui, QTimer, QtWidgets

if TYPE_CHECKING:
    from kim_desktop.ui.escalations.form_dialog import FormDraft
    from kim_desktop.ui.session import AppSession


class EscalationsPage(Page):
    def __init__(self, session: AppSession, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.coordinator = session.vault.profile.role is Role.COORDINATOR
        heading = QtWidgets.QLabel(self.tr("Meldungen – Eingang der Geschäftsstelle") if self.coordinator
                                   else self.tr("Meldungen an die Geschäftsstelle"), self)
        heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(heading)
        self.own = None
        self.inbox = None
        if self.coordinator:
            self.inbox = self._build_inbox()
            layout.addWidget(self.inbox, 1)
        else:
            from kim_desktop.ui.escalations.own_list import OwnEscalations

            self.own = OwnEscalations(session, self)
            layout.addWidget(self.own, 1)

    def _build_inbox(self) -> QtWidgets.QWidget:
        try:  # built alongside this page; until it exists the page says so instead of failing
            from kim_desktop.ui.escalations.inbox import CoordinatorInbox
        except ImportError:
            label = QtWidgets.QLabel(self.tr("Der Eingang der Meldungen ist in dieser Version noch nicht "
                                             "verfügbar."), self)
            label.setWordWrap(True)
            return label
        return CoordinatorInbox(self.session, self)

    def showEvent(self, event: QtGui.QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        if self.own is not None:
            self.own.reload()
        elif self.inbox is not None and hasattr(self.inbox, "refresh"):
            self.inbox.refresh()

    def draft(self) -> FormDraft | None:
        return self.own.form_draft() if self.own is not None else None

    def restore_draft(self, draft: FormDraft) -> None:
        if self.own is not None:
            own = self.own
            QTimer.singleShot(0, self, lambda: own.restore_form(draft))  # once the window is up
