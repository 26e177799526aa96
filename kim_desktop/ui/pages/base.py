"""What every page of the main window can do, and the registry the navigation is built from.

A page that holds unsaved input returns it from draft() when the vault locks and gets it
back through restore_draft() after unlock; the page itself is destroyed in between, so no
data stays in widgets or models while locked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kim_desktop.domain.roles import Role
from kim_desktop.ui.qt import QtWidgets, Signal

if TYPE_CHECKING:
    from kim_desktop.ui.session import AppSession


class Page(QtWidgets.QWidget):
    profileChanged = Signal()  # noqa: N815 - Qt naming; the owner's profile was saved here
    openCaseRequested = Signal(str)  # noqa: N815 - a case id: the main window shows it in "Fälle"

    def __init__(self, session: AppSession, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session

    def draft(self) -> Any | None:
        return None

    def restore_draft(self, draft: Any) -> None:
        pass

    def refresh(self) -> None:
        pass

    def settings_changed(self) -> None:
        pass

    def profile_changed(self) -> None:
        """The profile was saved on another page: update what is shown, keep unsaved input."""


@dataclass(frozen=True)
class Section:
    key: str
    title: str  # untranslated; context "Navigation"
    roles: frozenset[Role]
    factory: Callable[[AppSession], Page]
    shortcut: str = ""


_SECTIONS: list[Section] = []


def register(section: Section) -> None:
    """Later features add their sections here; the navigation shows those that fit the role."""
    _SECTIONS[:] = [s for s in _SECTIONS if s.key != section.key] + [section]


def sections_for(role: Role) -> list[Section]:
    return [s for s in _SECTIONS if role in s.roles]
