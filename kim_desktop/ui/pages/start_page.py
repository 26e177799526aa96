"""Start: who this vault belongs to, its protection and backups, and the actions on the vault."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from kim_desktop.domain.roles import Role
from kim_desktop.errors import KimError
from kim_desktop.ui.i18n import error_text, translate
from kim_desktop.ui.pages.base import Page
from kim_desktop.ui.qt import QCoreApplication, Qt, QtGui, QtWidgets

if TYPE_CHECKING:
    from kim_desktop.ui.session import AppSession


def format_local(moment) -> str:  # type: ignore[no-untyped-def]
    return moment.astimezone().strftime("%d.%m.%Y %H:%M") if moment else "–"


class StartPage(Page):
    def __init__(self, session: AppSession, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.heading = QtWidgets.QLabel(self)
        self.heading.setObjectName("heading")
        self.heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.facts = QtWidgets.QFormLayout()
        self.role = QtWidgets.QLabel(self)
        self.team = QtWidgets.QLabel(self)
        self.municipalities = QtWidgets.QLabel(self)
        self.municipalities.setWordWrap(True)
        self.device = QtWidgets.QLabel(self)
        self.path = QtWidgets.QLabel(self)
        self.path.setWordWrap(True)
        self.recovery = QtWidgets.QLabel(self)
        self.recovery.setWordWrap(True)
        self.last_backup = QtWidgets.QLabel(self)
        for label in (self.device, self.path):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts.addRow(self.tr("Rolle:"), self.role)
        self.facts.addRow(self.tr("Team:"), self.team)
        self.facts.addRow(self.tr("Kommunen:"), self.municipalities)
        self.facts.addRow(self.tr("Geräte-ID:"), self.device)
        self.facts.addRow(self.tr("Datendatei:"), self.path)
        self.facts.addRow(self.tr("Passwort vergessen:"), self.recovery)
        self.facts.addRow(self.tr("Letzte Sicherung:"), self.last_backup)

        self.backup_button = QtWidgets.QPushButton(self.tr("Jetzt &sichern"), self)
        self.check_button = QtWidgets.QPushButton(self.tr("Datendatei &prüfen"), self)
        self.backup_button.clicked.connect(self.backup)
        self.check_button.clicked.connect(self.check)
        self.status = QtWidgets.QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # Counted when shown, not when built: see refresh_follow_ups.
        self.follow_ups = QtWidgets.QLabel(self)
        self.follow_ups_button = QtWidgets.QPushButton(self.tr("&Wiedervorlagen anzeigen"), self)
        self.follow_ups_button.clicked.connect(self.show_follow_ups)
        follow_ups = QtWidgets.QHBoxLayout()
        follow_ups.addWidget(self.follow_ups)
        follow_ups.addWidget(self.follow_ups_button)
        follow_ups.addStretch(1)

        self.today = QtWidgets.QLabel(self)
        self.today.setObjectName("today_schedule")
        self.today.setWordWrap(True)
        self.schedule_button = QtWidgets.QPushButton(self.tr("&Terminplan anzeigen"), self)
        self.schedule_button.clicked.connect(self.show_schedule)
        today_row = QtWidgets.QHBoxLayout()
        today_row.addWidget(self.today, 1)
        today_row.addWidget(self.schedule_button)
        self.today_row = QtWidgets.QWidget(self)
        self.today_row.setLayout(today_row)
        today_row.setContentsMargins(0, 0, 0, 0)
        self.today_row.setVisible(session.vault.profile.role is Role.CASE_MANAGER)

        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.today_row)
        layout.addLayout(follow_ups)
        layout.addSpacing(12)
        layout.addLayout(self.facts)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)
        session.gate.busyChanged.connect(self._gate_changed)
        self._gate_changed(session.gate.busy)
        self.refresh()

    def refresh(self) -> None:
        from kim_desktop.services.backups import last_backup

        vault = self.session.vault
        profile = vault.profile
        self.heading.setText(self.tr("Willkommen, %1").replace("%1", profile.display_name or "–"))
        self.role.setText(translate("Role", profile.role.label))
        self.team.setText(str(profile.team) if profile.team else "–")
        names = self.session.municipality_names(profile.municipalities)
        self.municipalities.setText(", ".join(names) if names else "–")
        self.facts.setRowVisible(self.municipalities, profile.role is Role.CASE_MANAGER)
        self.device.setText(profile.device_id)
        self.path.setText(str(vault.path))
        self.recovery.setText(self.tr("Die IT kann ein neues Passwort setzen (Wiederherstellungsschlüssel).")
                              if vault.envelope.recovery else
                              self.tr("Kein Wiederherstellungsschlüssel: ein vergessenes Passwort bedeutet "
                                      "verlorene Daten."))
        self.last_backup.setText(format_local(last_backup(vault)))

    def settings_changed(self) -> None:
        self.refresh()

    def showEvent(self, event: QtGui.QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.refresh_follow_ups()  # again after follow-ups were done elsewhere
        self.refresh_today()

    def refresh_today(self) -> None:
        """Where the schedule puts the case manager today: one day plan, a few milliseconds."""
        from kim_desktop.services.schedules import day_plan
        from kim_desktop.ui.schedule.texts import exception_label

        vault = self.session.vault
        if vault.profile.role is not Role.CASE_MANAGER:
            return
        try:
            with vault.reader() as reader:
                plan = day_plan(reader, vault.profile.device_id, dt.date.today())
        except KimError as exc:
            self.today.setText(error_text(exc))
            return
        if plan.holiday:
            where = self.tr("Feiertag (%1)").replace("%1", plan.holiday)
        elif plan.absence:
            where = exception_label(plan.absence)
        elif plan.municipality_ags:
            where = ", ".join(p for p in (self.session.municipality_names([plan.municipality_ags])[0],
                                          plan.place or "") if p)
            hours = ", ".join(str(r).replace("-", "–") for r in plan.office_hours)
            where += self.tr(", Sprechzeiten %1").replace("%1", hours) if hours else ""
        else:
            where = self.tr("kein Sprechtag")
        count = len(plan.appointments)
        appointments = self.tr("1 Termin") if count == 1 else self.tr("%1 Termine").replace("%1", str(count))
        self.today.setText(self.tr("Heute: %1 · %2").replace("%1", where).replace("%2", appointments))

    def show_schedule(self) -> None:
        select_section = getattr(self.window(), "select_section", None)
        if select_section is not None:
            select_section("schedule")

    def refresh_follow_ups(self) -> None:
        """One aggregate query on the GUI thread: the partial index of open follow-ups keeps it at
        about 15 ms with 100 000 consultations. Not in the background on purpose: a job started at
        every unlock would make each quick lock or quit wait for it."""
        from kim_desktop.services.consultations import follow_up_counts

        vault = self.session.vault
        try:
            with vault.reader() as reader:
                counts = follow_up_counts(reader, dt.date.today(), device_id=vault.profile.device_id)
        except KimError as exc:
            self.follow_ups.setText(error_text(exc))
            return
        self._show_follow_up_counts(counts)

    def _show_follow_up_counts(self, counts) -> None:  # type: ignore[no-untyped-def]
        self.follow_ups.setText(self.tr("Wiedervorlagen: %1 überfällig, %2 heute fällig")
                                .replace("%1", str(counts.overdue)).replace("%2", str(counts.due_today)))
        self.follow_ups.setStyleSheet("font-weight: 600;" if counts.overdue else "")

    def show_follow_ups(self) -> None:
        select_section = getattr(self.window(), "select_section", None)  # the main window's navigation
        if select_section is not None:
            select_section("follow-ups")

    def profile_changed(self) -> None:
        self.refresh()

    def _gate_changed(self, busy: bool) -> None:
        """One vault job at a time (see JobGate), whoever started it."""
        self.backup_button.setEnabled(not busy)
        self.check_button.setEnabled(not busy)

    def _say(self, message: str) -> None:
        self.status.setText(message)

    def backup(self) -> None:
        from kim_desktop.services.backups import backup_now
        from kim_desktop.ui.session import BACKUP

        settings, vault = self.session.settings, self.session.vault

        def op() -> Path:
            return backup_now(vault, settings.backup_dir, settings.get("backup_keep"))

        if self.session.gate.run(BACKUP, op, self._backed_up, self._failed, receiver=self):
            self._say(self.tr("Sicherung läuft …"))

    def _backed_up(self, target: Path) -> None:
        self._say(self.tr("Sicherung angelegt: %1").replace("%1", str(target)))
        self.refresh()

    def check(self) -> None:
        from kim_desktop.storage.check import check_vault
        from kim_desktop.ui.session import CHECK

        vault = self.session.vault
        if self.session.gate.run(CHECK, lambda: check_vault(vault), self._checked, self._failed,
                                 receiver=self):
            self._say(self.tr("Prüfung läuft …"))

    def _checked(self, report) -> None:  # type: ignore[no-untyped-def]
        verdict = self.tr("Ergebnis: in Ordnung") if report.ok else self.tr("Ergebnis: FEHLER gefunden")
        lines = [m.text(QCoreApplication.translate) for m in (*report.lines, *report.problems)]
        self._say("\n".join([*lines, verdict]))

    def _failed(self, exc: KimError) -> None:
        self._say(error_text(exc))
