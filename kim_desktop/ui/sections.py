"""The sections of the main window. Features register theirs here; only working ones appear."""

from __future__ import annotations

from kim_desktop.domain.roles import Role
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP
from kim_desktop.ui.pages.base import Section, register

EVERYONE = frozenset(Role)


def register_builtin_sections() -> None:
    from kim_desktop.ui.pages.profile_page import ProfilePage
    from kim_desktop.ui.pages.start_page import StartPage

    register(Section("start", QT_TRANSLATE_NOOP("Navigation", "Start"), EVERYONE, StartPage))
    register(Section("profile", QT_TRANSLATE_NOOP("Navigation", "Profil"), EVERYONE, ProfilePage))
