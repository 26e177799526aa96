"""The sections of the main window. Features register theirs here; only working ones appear."""

from __future__ import annotations

from kim_desktop.domain.roles import Role
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP
from kim_desktop.ui.pages.base import Section, register

EVERYONE = frozenset(Role)


def register_builtin_sections() -> None:
    from kim_desktop.ui.escalations.page import EscalationsPage
    from kim_desktop.ui.exchange.page import ExchangePage
    from kim_desktop.ui.pages.cases_page import CasesPage
    from kim_desktop.ui.pages.consultation_list_page import ConsultationListPage
    from kim_desktop.ui.pages.follow_ups_page import FollowUpsPage
    from kim_desktop.ui.pages.master_data_page import MasterDataPage
    from kim_desktop.ui.pages.privacy_page import PrivacyPage
    from kim_desktop.ui.pages.profile_page import ProfilePage
    from kim_desktop.ui.pages.start_page import StartPage
    from kim_desktop.ui.reports.page import ReportsPage
    from kim_desktop.ui.schedule.page import SchedulePage

    register(Section("start", QT_TRANSLATE_NOOP("Navigation", "Start"), EVERYONE, StartPage))
    register(Section("cases", QT_TRANSLATE_NOOP("Navigation", "Fälle"), EVERYONE, CasesPage))
    register(Section("consultations", QT_TRANSLATE_NOOP("Navigation", "Beratungen"), EVERYONE,
                     ConsultationListPage))
    register(Section("follow-ups", QT_TRANSLATE_NOOP("Navigation", "Wiedervorlagen"), EVERYONE,
                     FollowUpsPage))
    register(Section("master-data", QT_TRANSLATE_NOOP("Navigation", "Stammdaten"), EVERYONE, MasterDataPage))
    register(Section("privacy", QT_TRANSLATE_NOOP("Navigation", "Datenschutz"), EVERYONE, PrivacyPage))
    register(Section("profile", QT_TRANSLATE_NOOP("Navigation", "Profil"), EVERYONE, ProfilePage))
    register(Section("exchange", QT_TRANSLATE_NOOP("Navigation", "Austausch"), EVERYONE, ExchangePage))
    register(Section("schedule", QT_TRANSLATE_NOOP("Navigation", "Terminplan"), EVERYONE, SchedulePage))
    register(Section("escalations", QT_TRANSLATE_NOOP("Navigation", "Meldungen"), EVERYONE, EscalationsPage))
    # Case managers see their own numbers; the eleventh section has no Ctrl+digit left.
    register(Section("reports", QT_TRANSLATE_NOOP("Navigation", "Berichte"), EVERYONE, ReportsPage,
                     shortcut="Ctrl+Shift+B"))
