"""May this session see a client's personal details? The one place every view asks (DESIGN.md §4).

A case manager's vault holds their own clients: everything is shown. A coordinator's vault holds
the district's clients as the case managers' laptops sent them; its views are pseudonymised: the
pseudonym stands in for the person, and the name, birth date, contact details, household and
free text (client and consultation notes, next steps, goals, consent scopes) are replaced by a
placeholder. A coordinator who needs them for one client states a reason (domain.personal_data);
that is written to the audit log and the client's details are shown until the view lets go of
them (another case, the section left, the vault locked: the pages holding this object are
destroyed then).

Views pass what they read through the methods below, which return the values as given or a copy
with the hidden fields replaced: no view checks the role itself.
"""

from __future__ import annotations

from dataclasses import replace

from kim_desktop.domain.messages import Translate
from kim_desktop.domain.personal_data import CONTEXT, HIDDEN, RevealReason
from kim_desktop.domain.roles import Role
from kim_desktop.services.cases import CaseDetail, CaseRow
from kim_desktop.services.clients import ClientView
from kim_desktop.services.consultations import FollowUpRow
from kim_desktop.storage.vault import Vault


class PersonalDataView:
    def __init__(self, role: Role | str, translate: Translate | None = None) -> None:
        self.pseudonymised = Role(role) is Role.COORDINATOR
        self.placeholder = translate(CONTEXT, HIDDEN) if translate is not None else HIDDEN
        self._revealed: set[str] = set()  # client ids

    @classmethod
    def of(cls, vault: Vault, translate: Translate | None = None) -> PersonalDataView:
        return cls(vault.profile.role, translate)

    # --- the decision -----------------------------------------------------------------------------

    def may_see(self, client_id: str | None) -> bool:
        """The client's personal details may be shown (None: a list of many clients)."""
        return not self.pseudonymised or (client_id is not None and str(client_id) in self._revealed)

    def reveal(self, vault: Vault, client_id: str, reason: RevealReason | str) -> None:
        """Shows the client's details from now on, after the audit entry is written (if writing it
        fails, nothing is shown). Raises ValueError for a reason that is not on the list."""
        reason = RevealReason(reason)
        vault.audit(reason.audit_action, record_type="client", record_id=str(client_id))
        self._revealed.add(str(client_id))

    def conceal(self) -> bool:
        """Hides every revealed client again; True when one was shown."""
        shown = bool(self._revealed)
        self._revealed.clear()
        return shown

    # --- what the views show ----------------------------------------------------------------------

    def client(self, client: ClientView) -> ClientView:
        if self.may_see(client.id):
            return client
        hidden = self.placeholder
        return replace(client, first_name=hidden, last_name="", birth_date=None, address=hidden, phone=hidden,
                       email="", household=hidden, notes=hidden)

    def case_row(self, row: CaseRow) -> CaseRow:
        if self.may_see(row.client_id):
            return row
        return replace(row, client_name=self.placeholder, birth_date=None)

    def case_detail(self, detail: CaseDetail) -> CaseDetail:
        if self.may_see(detail.case.client_id):
            return detail
        hidden = self.placeholder
        return replace(
            detail, case=self.case_row(detail.case),
            goals=tuple(replace(goal, description=hidden) for goal in detail.goals),
            consents=tuple(replace(consent, scope=hidden) for consent in detail.consents),
            timeline=tuple(replace(row, notes=_hide(row.notes, hidden),
                                   next_steps=_hide(row.next_steps, hidden)) for row in detail.timeline))

    def follow_up(self, row: FollowUpRow, client_id: str | None = None) -> FollowUpRow:
        if self.may_see(client_id):
            return row
        return replace(row, client_name=self.placeholder, next_steps=_hide(row.next_steps, self.placeholder))


def _hide(text: str, placeholder: str) -> str:
    """Free text: the placeholder where there is some (that a note exists is no personal detail)."""
    return placeholder if text else ""
