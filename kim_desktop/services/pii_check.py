"""The personal-data guard over the vault: the user's clients as a name index, texts checked against it.

The index is built once (one query over the live clients: first name, last name, birth date) and
then answers any number of checks without touching the vault; an escalation form builds it when it
opens (off the GUI thread: about 0.1 s per 10 000 clients) and checks on every edit.
Pseudonymised clients (no names any more) add nothing. What a check returns holds text of the
user's input: show it, never log it.

When the user submits despite findings, `record_confirmation` writes the audit entry, in the
transaction that saves the text: the kinds of the findings are not part of it (the audit log
carries codes and ids only).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kim_desktop.domain.pii_guard import Finding, KnownPerson, PeopleIndex, check
from kim_desktop.storage import audit
from kim_desktop.storage.consultation_tables import Client
from kim_desktop.storage.vault import Vault

CONFIRMED_ACTION = "escalation.pii-confirmed"


def people_index(session: Session) -> PeopleIndex:
    """The live clients' names and birth dates as a PeopleIndex."""
    rows = session.execute(select(Client.first_name, Client.last_name, Client.birth_date)
                           .where(Client.deleted.is_(False)))
    return PeopleIndex(KnownPerson(first or "", last or "", birth)
                       for first, last, birth in rows if first or last or birth)


@dataclass
class PiiChecker:
    """A text check against one vault's clients, with the index built once."""

    people: PeopleIndex

    @classmethod
    def of_vault(cls, vault: Vault) -> PiiChecker:
        with vault.reader() as session:
            return cls(people_index(session))

    def check(self, text: str, *, today: dt.date | None = None) -> list[Finding]:
        return check(text, self.people, today=today)


def check_text(vault: Vault, text: str, *, today: dt.date | None = None) -> list[Finding]:
    """One check; for several texts keep a PiiChecker."""
    return PiiChecker.of_vault(vault).check(text, today=today)


def record_confirmation(session: Session, *, record_id: str | uuid.UUID,
                        record_type: str = "escalation") -> None:
    """Audit that the user sent a text although the guard found something in it (caller's transaction)."""
    audit.record(session, CONFIRMED_ACTION, record_type=record_type, record_id=record_id)
