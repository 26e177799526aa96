"""Which tables travel in packages, who owns them, and which columns never leave a laptop
of a `pseudonymised` team. A new synced table only needs a line in TABLES (parents first);
a table that must never leave the laptop (an escalation's links to the author's own cases) is
simply not listed here.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Table

from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP
from kim_desktop.storage.consultation_tables import (
    Case,
    CaseConsent,
    CaseGoal,
    CasePhaseChange,
    Client,
    Consultation,
)
from kim_desktop.storage.escalation_tables import (
    AgendaItem,
    Escalation,
    EscalationReview,
    EscalationStep,
    SteeringMeeting,
)
from kim_desktop.storage.master_data_tables import CatalogueEntry
from kim_desktop.storage.schedule_tables import Appointment, ScheduleException, WeeklyPattern
from kim_desktop.storage.schema import SyncedRecord, VaultProfile

DEVICE = "device"  # the case manager whose laptop made the record owns it
COORDINATION = "coordination"  # the coordinators own it (master data, escalation feedback)

FEEDBACK_ALL, FEEDBACK_AUTHOR, FEEDBACK_NONE = "all", "author", "none"
AUTHOR_COLUMN = "author_device_id"  # the column FEEDBACK_AUTHOR selects by

SYNC_COLUMNS = ("id", "device_id", "revision", "updated_at", "deleted")


@dataclass(frozen=True)
class SyncTable:
    model: type[SyncedRecord]
    owner: str
    label: str  # German plural for summaries (translate with context "SyncTable")
    # Never leave the laptop of a team with sync policy "pseudonymised" (DESIGN §4).
    private_columns: tuple[str, ...] = ()
    # Coordination tables only: which case managers' feedback packages carry the rows.
    # FEEDBACK_ALL: every case manager (master data); FEEDBACK_AUTHOR: only rows whose
    # author_device_id is the receiving device; FEEDBACK_NONE: replicated to coordinators only.
    feedback: str = FEEDBACK_ALL

    @property
    def table(self) -> Table:
        return self.model.__table__  # type: ignore[attr-defined, no-any-return]

    @property
    def name(self) -> str:
        return self.table.name


TABLES: tuple[SyncTable, ...] = (
    SyncTable(VaultProfile, DEVICE, QT_TRANSLATE_NOOP("SyncTable", "Geräteprofile")),
    SyncTable(Client, DEVICE, QT_TRANSLATE_NOOP("SyncTable", "Personen"),
              ("first_name", "last_name", "birth_date", "address", "phone", "email", "household", "notes")),
    SyncTable(Case, DEVICE, QT_TRANSLATE_NOOP("SyncTable", "Fälle")),
    SyncTable(CasePhaseChange, DEVICE, QT_TRANSLATE_NOOP("SyncTable", "Phasenwechsel")),
    SyncTable(CaseGoal, DEVICE, QT_TRANSLATE_NOOP("SyncTable", "Ziele"), ("description",)),
    SyncTable(CaseConsent, DEVICE, QT_TRANSLATE_NOOP("SyncTable", "Einwilligungen"), ("scope",)),
    SyncTable(Consultation, DEVICE, QT_TRANSLATE_NOOP("SyncTable", "Beratungen"), ("notes", "next_steps", "place")),
    SyncTable(WeeklyPattern, DEVICE, QT_TRANSLATE_NOOP("SyncTable", "Wochenpläne")),
    SyncTable(ScheduleException, DEVICE, QT_TRANSLATE_NOOP("SyncTable", "Abweichungen vom Wochenplan"),
              ("note",)),
    SyncTable(Appointment, DEVICE, QT_TRANSLATE_NOOP("SyncTable", "Termine"), ("note",)),
    # Escalations: only submitted ones and their steps travel (sync.export keeps drafts back).
    SyncTable(Escalation, DEVICE, QT_TRANSLATE_NOOP("SyncTable", "Meldungen")),
    SyncTable(EscalationStep, DEVICE, QT_TRANSLATE_NOOP("SyncTable", "Schritte von Meldungen")),
    SyncTable(CatalogueEntry, COORDINATION, QT_TRANSLATE_NOOP("SyncTable", "Stammdaten")),
    SyncTable(EscalationReview, COORDINATION, QT_TRANSLATE_NOOP("SyncTable", "Rückmeldungen zu Meldungen"),
              feedback=FEEDBACK_AUTHOR),
    SyncTable(SteeringMeeting, COORDINATION, QT_TRANSLATE_NOOP("SyncTable", "Sitzungen der Lenkungsgruppe"),
              feedback=FEEDBACK_NONE),
    SyncTable(AgendaItem, COORDINATION, QT_TRANSLATE_NOOP("SyncTable", "Tagesordnungspunkte"),
              feedback=FEEDBACK_NONE),
)

BY_NAME = {entry.name: entry for entry in TABLES}


def owned_by(owner: str) -> tuple[SyncTable, ...]:
    return tuple(entry for entry in TABLES if entry.owner == owner)


def in_feedback() -> tuple[SyncTable, ...]:
    """The coordination tables a case manager's feedback package may carry."""
    return tuple(entry for entry in owned_by(COORDINATION) if entry.feedback != FEEDBACK_NONE)
