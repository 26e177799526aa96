"""Why a coordinator opens a client's personal details (DESIGN.md §4): a closed list of reasons.

Coordinators' views are pseudonymised; showing a client's name, birth date, contact details and
notes needs one of these reasons. The audit log keeps the reason as part of the action code
(`client.personal-data-shown.<reason>`), never as free text: the log holds no data of its own.
"""

from __future__ import annotations

from enum import StrEnum

from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP

CONTEXT = "PersonalData"
SHOWN_ACTION_PREFIX = "client.personal-data-shown."  # + the reason's code


class RevealReason(StrEnum):
    ACCESS_REQUEST = "access-request"
    SUPERVISION = "supervision"
    DEPUTY = "deputy"
    CORRECTION = "correction"
    OTHER = "other"

    @property
    def label(self) -> str:
        return REASON_LABELS[self]

    @property
    def audit_action(self) -> str:
        return SHOWN_ACTION_PREFIX + self.value


REASON_LABELS = {
    RevealReason.ACCESS_REQUEST: QT_TRANSLATE_NOOP("PersonalData", "Auskunftsersuchen nach Art. 15 DSGVO"),
    RevealReason.SUPERVISION: QT_TRANSLATE_NOOP("PersonalData", "Fachaufsicht oder Beschwerde"),
    RevealReason.DEPUTY: QT_TRANSLATE_NOOP(
        "PersonalData", "Vertretung der zuständigen Case Managerin / des zuständigen Case Managers"),
    RevealReason.CORRECTION: QT_TRANSLATE_NOOP("PersonalData", "Berichtigung von Daten (Art. 16 DSGVO)"),
    RevealReason.OTHER: QT_TRANSLATE_NOOP("PersonalData", "Sonstiger dienstlicher Grund"),
}
HIDDEN = QT_TRANSLATE_NOOP("PersonalData", "(pseudonymisiert)")  # in place of a hidden value
