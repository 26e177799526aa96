from __future__ import annotations

from enum import StrEnum

from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP


class Role(StrEnum):
    """Fixed when a vault is created: it decides what the program offers."""

    CASE_MANAGER = "case-manager"
    COORDINATOR = "coordinator"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS = {
    Role.CASE_MANAGER: QT_TRANSLATE_NOOP("Role", "Case Management"),
    Role.COORDINATOR: QT_TRANSLATE_NOOP("Role", "Koordination (Kreisverwaltung)"),
}
