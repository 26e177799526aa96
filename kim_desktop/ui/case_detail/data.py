"""Everything the case detail shows, read in one go, plus the labels the tabs need."""

from __future__ import annotations

from dataclasses import dataclass, replace

from kim_desktop.domain import case_cycle, personal_data
from kim_desktop.domain.case_cycle import Phase
from kim_desktop.domain.catalogues import (
    CASE_FOCUS_LABELS,
    CLOSING_REASON_LABELS,
    CONTACT_TYPE_LABELS,
    GENDER_LABELS,
    GOAL_STATUS_LABELS,
    RESIDENCE_STATUS_LABELS,
    CaseFocus,
    ClosingReason,
    ContactType,
    Gender,
    GoalStatus,
    ResidenceStatus,
)
from kim_desktop.domain.catalogues import CONTEXT as CATALOGUES
from kim_desktop.services import cases, clients, master_data
from kim_desktop.services.cases import AuditRow, CaseDetail
from kim_desktop.services.clients import ClientView
from kim_desktop.services.personal_data_view import PersonalDataView
from kim_desktop.storage.master_data_tables import AGENCY, LEGAL_DOMAIN, TOPIC
from kim_desktop.storage.vault import Vault
from kim_desktop.ui.i18n import translate


@dataclass(frozen=True)
class CaseData:
    detail: CaseDetail
    client: ClientView
    audit: tuple[AuditRow, ...]
    agencies: dict[str, str]  # code -> label, inactive ones too (old records name them)
    topics: dict[str, str]
    legal_domains: dict[str, str]
    own_device_id: str
    hidden: bool = False  # the personal details are pseudonymised (services.personal_data_view)

    @property
    def case_id(self) -> str:
        return self.detail.case.id

    @property
    def phase(self) -> Phase:
        return Phase(self.detail.case.phase)

    @property
    def closed(self) -> bool:
        return self.phase is Phase.CLOSED


def read_case(vault: Vault, case_id: str, view: PersonalDataView | None = None) -> CaseData:
    with vault.reader() as db:
        detail = cases.case_detail(db, case_id)
        data = CaseData(detail, clients.get_client(db, detail.case.client_id),
                        tuple(cases.case_audit(db, case_id)),
                        master_data.labels(db, AGENCY, translate), master_data.labels(db, TOPIC, translate),
                        master_data.labels(db, LEGAL_DOMAIN, translate), vault.profile.device_id)
    return shown_to(view, data) if view is not None else data


def hidden_text() -> str:
    """What stands in for a pseudonymised value."""
    return translate(personal_data.CONTEXT, personal_data.HIDDEN)


def shown_to(view: PersonalDataView, data: CaseData) -> CaseData:
    """The case as this view may see it: the personal details replaced unless revealed."""
    if view.may_see(data.client.id):
        return data
    return replace(data, detail=view.case_detail(data.detail), client=view.client(data.client), hidden=True)


def _label(labels: dict, enum: type, code: str | None, context: str = CATALOGUES) -> str:  # type: ignore[type-arg]
    """The translated label of a stored code; an unknown code (newer program version) as it is."""
    if not code:
        return "–"
    try:
        return translate(context, labels[enum(code)])
    except (ValueError, KeyError):
        return code


def phase_label(code: str) -> str:
    return _label(case_cycle.PHASE_LABELS, Phase, code, case_cycle.CONTEXT)


def focus_label(code: str) -> str:
    return _label(CASE_FOCUS_LABELS, CaseFocus, code)


def goal_status_label(code: str) -> str:
    return _label(GOAL_STATUS_LABELS, GoalStatus, code)


def closing_reason_label(code: str | None) -> str:
    return _label(CLOSING_REASON_LABELS, ClosingReason, code)


def contact_type_label(code: str) -> str:
    return _label(CONTACT_TYPE_LABELS, ContactType, code)


def gender_label(code: str | None) -> str:
    return _label(GENDER_LABELS, Gender, code)


def residence_label(code: str | None) -> str:
    return _label(RESIDENCE_STATUS_LABELS, ResidenceStatus, code)
