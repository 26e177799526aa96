"""Clients: validation, the duplicate look-up before saving, creating, changing and finding them.

What `find_duplicates` returns contains names: show it, never log it.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import asdict, dataclass, fields

from sqlalchemy import ColumnElement, and_, or_, select, true
from sqlalchemy.orm import Session

from kim_desktop.domain.catalogues import Gender, ResidenceStatus
from kim_desktop.domain.messages import Message
from kim_desktop.domain.name_matching import Match, PersonKey, duplicate_candidates
from kim_desktop.domain.pseudonym import new_pseudonym, normalise_pseudonym
from kim_desktop.errors import InputRejected
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP
from kim_desktop.storage import audit
from kim_desktop.storage.consultation_tables import Client
from kim_desktop.storage.records import live_row
from kim_desktop.storage.vault import Vault

CONTEXT = "Clients"
NAME_MISSING = QT_TRANSLATE_NOOP("Clients", "Bitte Vor- oder Nachnamen eingeben.")
BORN_IN_FUTURE = QT_TRANSLATE_NOOP("Clients", "Das Geburtsdatum liegt in der Zukunft.")
BORN_TOO_EARLY = QT_TRANSLATE_NOOP("Clients", "Das Geburtsdatum liegt vor 1900.")
BAD_EMAIL = QT_TRANSLATE_NOOP("Clients", "Das ist keine E-Mail-Adresse.")
TOO_LONG = QT_TRANSLATE_NOOP("Clients", "Der Text ist zu lang (höchstens {limit} Zeichen).")
UNKNOWN_VALUE = QT_TRANSLATE_NOOP("Clients", "Unbekannter Wert „{value}“.")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
# More words add nothing to a search but make SQLite's expression tree too deep for it.
MAX_SEARCH_WORDS = 8
_LIMITS = {"first_name": 100, "last_name": 100, "nationality": 60, "languages": 200,
           "interpreter_language": 60, "phone": 60, "email": 200}


@dataclass(frozen=True)
class ClientInput:
    first_name: str = ""
    last_name: str = ""
    birth_date: dt.date | None = None
    gender: str | None = None
    nationality: str = ""
    languages: str = ""
    interpreter_needed: bool = False
    interpreter_language: str = ""
    residence_status: str | None = None
    municipality_ags: str | None = None
    address: str = ""
    phone: str = ""
    email: str = ""
    household: str = ""
    notes: str = ""


@dataclass(frozen=True)
class ClientView(ClientInput):
    id: str = ""
    pseudonym: str = ""
    revision: int = 0

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)


def _reject(template: str, field: str, **details: object) -> InputRejected:
    return InputRejected(Message.of(CONTEXT, template, **details), field)


def validate(data: ClientInput, today: dt.date) -> None:
    """Raises InputRejected naming the first field that breaks a rule."""
    if not data.first_name.strip() and not data.last_name.strip():
        raise _reject(NAME_MISSING, "last_name")
    for name, limit in _LIMITS.items():
        if len(getattr(data, name) or "") > limit:
            raise _reject(TOO_LONG, name, limit=limit)
    if data.birth_date is not None:
        if data.birth_date > today:
            raise _reject(BORN_IN_FUTURE, "birth_date")
        if data.birth_date.year < 1900:
            raise _reject(BORN_TOO_EARLY, "birth_date")
    if data.email.strip() and not _EMAIL.fullmatch(data.email.strip()):
        raise _reject(BAD_EMAIL, "email")
    if data.gender is not None and data.gender not in set(Gender):
        raise _reject(UNKNOWN_VALUE, "gender", value=data.gender)
    if data.residence_status is not None and data.residence_status not in set(ResidenceStatus):
        raise _reject(UNKNOWN_VALUE, "residence_status", value=data.residence_status)


def _person_key(client_id: str, first: str | None, last: str | None, birth: dt.date | None,
                gender: str | None) -> PersonKey:
    known = Gender(gender) if gender in set(Gender) and gender != Gender.UNSPECIFIED else None
    return PersonKey(client_id, first or "", last or "", birth, known)


def find_duplicates(session: Session, data: ClientInput, *, ignore_id: str | None = None) -> list[Match]:
    """Existing clients that may be the same person as `data`, most likely first."""
    rows = session.execute(select(Client.id, Client.first_name, Client.last_name, Client.birth_date, Client.gender)
                           .where(Client.deleted.is_(False)))
    existing = [_person_key(str(r.id), r.first_name, r.last_name, r.birth_date, r.gender)
                for r in rows if str(r.id) != ignore_id]
    new = _person_key(ignore_id or "new", data.first_name, data.last_name, data.birth_date, data.gender)
    return duplicate_candidates(new, existing)


def _clean(data: ClientInput) -> dict[str, object]:
    values: dict[str, object] = {}
    for name, value in asdict(data).items():
        values[name] = (value.strip() or None) if isinstance(value, str) else value
    values["interpreter_needed"] = bool(data.interpreter_needed)
    return values


def create_client(vault: Vault, data: ClientInput, today: dt.date | None = None) -> ClientView:
    validate(data, today or dt.date.today())
    with vault.transaction() as session:
        taken = set(session.scalars(select(Client.pseudonym)))
        client = Client(id=uuid.uuid4(), pseudonym=new_pseudonym(taken), **_clean(data))
        session.add(client)
        session.flush()
        audit.record(session, "client.created", record_type="client", record_id=client.id)
        return view_of(client)


def update_client(vault: Vault, client_id: str, data: ClientInput, today: dt.date | None = None) -> ClientView:
    validate(data, today or dt.date.today())
    with vault.transaction() as session:
        client = live_row(session, Client, client_id)
        for name, value in _clean(data).items():
            setattr(client, name, value)
        session.flush()
        audit.record(session, "client.changed", record_type="client", record_id=client.id)
        return view_of(client)


def view_of(client: Client) -> ClientView:
    values = {f.name: getattr(client, f.name) for f in fields(ClientInput)}
    for name, value in values.items():
        if value is None and name not in ("birth_date", "gender", "residence_status", "municipality_ags"):
            values[name] = ""
    return ClientView(**values, id=str(client.id), pseudonym=client.pseudonym, revision=client.revision)


def get_client(session: Session, client_id: str) -> ClientView:
    return view_of(live_row(session, Client, client_id))


@dataclass(frozen=True)
class ClientHit:
    id: str
    pseudonym: str
    first_name: str
    last_name: str
    birth_date: dt.date | None

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)


def search_clients(session: Session, text: str, *, limit: int = 50) -> list[ClientHit]:
    """Clients whose pseudonym, first or last name (any word order) matches the typed text."""
    query = select(Client.id, Client.pseudonym, Client.first_name, Client.last_name, Client.birth_date).where(
        Client.deleted.is_(False), client_text_condition(text))
    query = query.order_by(Client.last_name, Client.first_name).limit(limit)
    return [ClientHit(str(r.id), r.pseudonym, r.first_name or "", r.last_name or "", r.birth_date)
            for r in session.execute(query)]


def client_text_condition(text: str, *, pseudonymised: bool = False) -> ColumnElement[bool]:
    """What a search field means: every word in the first name, last name or pseudonym; a text that
    reads as a pseudonym (`k7f3q2m`) also finds that pseudonym exactly. A pseudonym-like word is
    still searched as a name too: one six-letter name in about thirty ("Zlatan") passes the check.
    Pseudonymised (a coordinator's view, services.personal_data_view): the pseudonym only."""
    words = [word_condition(word, pseudonymised=pseudonymised) for word in text.split()[:MAX_SEARCH_WORDS]]
    names = and_(*words) if words else true()
    pseudonym = normalise_pseudonym(text)
    return names if pseudonym is None else or_(Client.pseudonym == pseudonym, names)


def word_condition(word: str, *, pseudonymised: bool = False) -> ColumnElement[bool]:
    # SQLite's LIKE ignores the case of ASCII letters only, so "özdemir" would miss "Özdemir": the
    # word is tried in the spellings people store names in. (lower()/ILIKE would cost a function
    # call per row and fold only ASCII on SQLite as well. A PostgreSQL store needs ILIKE here.)
    variants = {_ascii_folded(v): v for v in (word, word.lower(), word.capitalize(), word.upper())}
    columns = [Client.pseudonym] if pseudonymised else [Client.first_name, Client.last_name, Client.pseudonym]
    conditions = []
    for variant in sorted(variants.values()):
        pattern = f"%{_escape_like(variant)}%"
        conditions += [column.like(pattern, escape="\\") for column in columns]
    return or_(*conditions)


def _ascii_folded(text: str) -> str:
    """Spellings LIKE cannot tell apart count once."""
    return "".join(char.lower() if char.isascii() else char for char in text)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
