"""The owner's profile: display name and, for case managers, the municipalities they serve."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kim_desktop.domain.roles import Role
from kim_desktop.ui.i18n import error_text
from kim_desktop.ui.pages.base import Page
from kim_desktop.ui.qt import Qt, QtGui, QtWidgets
from kim_desktop.ui.widgets.municipality_list import MunicipalityList

if TYPE_CHECKING:
    from kim_desktop.ui.session import AppSession


@dataclass(frozen=True)
class ProfileDraft:
    name: str
    municipalities: tuple[str, ...]


class ProfilePage(Page):
    def __init__(self, session: AppSession, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.name = QtWidgets.QLineEdit(self)
        self.name.setMaxLength(200)
        self.municipalities = MunicipalityList(session.deployment.municipalities, self)
        self.save_button = QtWidgets.QPushButton(self.tr("&Speichern"), self)  # Alt+S stays
        self.save_shortcut = QtGui.QShortcut(QtGui.QKeySequence.StandardKey.Save, self)
        self.save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_shortcut.activated.connect(self.save)
        self.municipalities_error = QtWidgets.QLabel(self)
        self.municipalities_error.setStyleSheet("color: #b00020;")
        self.revert_button = QtWidgets.QPushButton(self.tr("&Verwerfen"), self)
        self.message = QtWidgets.QLabel(self)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.refresh)

        form = QtWidgets.QFormLayout()
        name_label = QtWidgets.QLabel(self.tr("&Name:"), self)
        name_label.setBuddy(self.name)
        form.addRow(name_label, self.name)
        self.municipalities_label = QtWidgets.QLabel(self.tr("&Kommunen, in denen ich berate:"), self)
        self.municipalities_label.setBuddy(self.municipalities)
        form.addRow(self.municipalities_label, self.municipalities)
        form.addRow("", self.municipalities_error)
        self.case_manager = session.vault.profile.role is Role.CASE_MANAGER
        form.setRowVisible(self.municipalities, self.case_manager)
        form.setRowVisible(self.municipalities_error, self.case_manager)
        self.municipalities.checkedChanged.connect(self.municipalities_error.clear)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.refresh()

    def _show(self, name: str, municipalities: tuple[str, ...]) -> None:
        self.name.setText(name)
        self.municipalities.set_checked(municipalities)
        self.municipalities_error.clear()

    def refresh(self) -> None:
        profile = self.session.vault.profile
        self._show(profile.display_name, profile.municipalities)
        self.message.clear()

    def current(self) -> ProfileDraft:
        return ProfileDraft(self.name.text().strip(), self.municipalities.checked())

    def is_dirty(self) -> bool:
        profile = self.session.vault.profile
        draft = self.current()
        return draft.name != profile.display_name or set(draft.municipalities) != set(profile.municipalities)

    def draft(self) -> ProfileDraft | None:
        return self.current() if self.is_dirty() else None

    def restore_draft(self, draft: ProfileDraft) -> None:
        self._show(draft.name, draft.municipalities)
        self.message.setText(self.tr("Nicht gespeicherte Eingaben wurden wiederhergestellt."))

    def save(self) -> None:
        from kim_desktop.errors import KimError

        draft = self.current()
        if not draft.name:
            self.message.setText(self.tr("Bitte einen Namen eingeben."))
            self.name.setFocus()
            return
        if self.case_manager and not draft.municipalities:
            self.municipalities_error.setText(self.tr("Bitte mindestens eine Kommune auswählen."))
            self.municipalities.setFocus()
            return
        try:
            self.session.vault.update_profile(display_name=draft.name, municipalities=draft.municipalities)
        except KimError as exc:
            self.message.setText(error_text(exc))
            return
        self.message.setText(self.tr("Gespeichert."))
        self.profileChanged.emit()
