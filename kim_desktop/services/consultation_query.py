"""The consultation list over all cases: filter, count and page through consultations in SQL.

Only plain values leave this module (ConsultationRow); no ORM object reaches a view. The queries
are shaped by measurements on an encrypted vault with 100 000 consultations (2 cores), where every
page read is decrypted (see storage/search_tables.py for the indexes):

- A page is read in two steps: the rowids of one page in the requested order (walking the covering
  index `ix_consultation_list`, or clients → cases → consultations for the sorts by client), then
  the columns of just those rows. A sorter that carries every column reads every row: 3 s instead
  of 55 ms for the list sorted by municipality.
- What belongs to the case (case or client deleted, case closed, case manager) is one list of case
  ids, `case_id NOT IN (…)` (or `IN (…)` for one case manager), built once per query. Joining
  the case and client for every consultation cost 1.4 µs a row (160 ms per 100 000); the short
  list of excluded cases, with SQLite's Bloom filter, next to nothing (count: 33 ms).
- Free text: every word must match. A word matches the client's first name, last name or
  pseudonym as a substring, in the spellings people store names in (the case list's rule in
  services.clients), or, from three characters on, a word in the notes or next steps that begins
  with it (FTS5; "wohn" finds "Wohngeld", "müller" finds "Müller"). In the pseudonymised view
  (coordinators, DESIGN.md §4) words match pseudonyms only and names are not read at all.
- No SQL function that allocates per row (lower(), upper(), ILIKE on SQLite): with SQLCipher's
  cipher_memory_security every allocation is wiped and costs ≈ 7 µs, 1.2 s for 8 000 clients'
  names. SQLite's LIKE folds ASCII case by itself; the spelling variants cover the rest.
- The sorts by client need the client of every row: ≈ 170 ms for 100 000 consultations, against
  10–100 ms for the other sorts. Forcing SQLite's join order would halve that but needs SQL that
  SQLAlchemy cannot express; with the case manager's own few thousand rows it does not matter.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import Integer, Select, case, func, literal_column, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from kim_desktop.domain.pseudonym import normalise_pseudonym
from kim_desktop.storage import search_tables as fts
from kim_desktop.storage.consultation_tables import Case, Client, Consultation, split_codes
from kim_desktop.storage.schema import VaultProfile

# More words add nothing to a search but make SQLite's expression tree too deep for it.
MAX_SEARCH_WORDS = 8

PAGE_SIZE = 200

# Core tables: rows come back as tuples, nothing enters an identity map.
C = Consultation.__table__
F = Case.__table__
K = Client.__table__
ROWID = literal_column("consultation.rowid", Integer)


class SortKey(StrEnum):
    DATE = "date"
    MUNICIPALITY = "municipality"
    PSEUDONYM = "pseudonym"
    CLIENT_NAME = "client-name"
    CONTACT_TYPE = "contact-type"
    DURATION = "duration"


CLIENT_SORTS = frozenset({SortKey.PSEUDONYM, SortKey.CLIENT_NAME})


@dataclass(frozen=True)
class ConsultationFilter:
    """What the list shows. None or "" means: no restriction."""

    text: str = ""
    municipality_ags: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    legal_domain: str | None = None
    contact_type: str | None = None
    owner_device_id: str | None = None  # the responsible case manager's device
    include_closed: bool = True
    pseudonymised: bool = False  # coordinators: search pseudonyms only, never read names

    @property
    def words(self) -> list[str]:
        return self.text.split()[:MAX_SEARCH_WORDS]


@dataclass(frozen=True)
class SortHints:
    """Orders only the UI knows: AGS keys by municipality name, contact-type codes by their
    translated label. Empty: by key and code."""

    municipalities: tuple[str, ...] = ()
    contact_types: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ConsultationRow:
    consultation_id: str
    case_id: str
    held_on: dt.date
    start_time: str | None  # "HH:MM", 24 h
    duration_minutes: int | None
    municipality_ags: str
    contact_type: str
    legal_domains: tuple[str, ...]
    pseudonym: str
    first_name: str  # "" in the pseudonymised view
    last_name: str
    owner_device_id: str
    case_closed: bool


@dataclass(frozen=True)
class CaseManager:
    device_id: str
    name: str  # "" when no profile of that device has reached this vault


def count(session: Session, flt: ConsultationFilter) -> int:
    conditions = _consultation_conditions(session, flt) + [_case_condition(flt)]
    return int(session.execute(select(func.count()).select_from(C).where(*conditions)).scalar_one())


def page(session: Session, flt: ConsultationFilter, sort_key: SortKey = SortKey.DATE, descending: bool = True,
         offset: int = 0, limit: int = PAGE_SIZE, *, hints: SortHints = SortHints()) -> list[ConsultationRow]:
    """Rows offset … offset+limit-1 of the filtered list in this order; ties are broken by the newest
    consultation first, then by rowid, so that pages never overlap."""
    if limit <= 0:
        return []
    keys = _keys_query(session, flt, SortKey(sort_key), descending, hints).limit(limit).offset(max(offset, 0))
    rowids = list(session.execute(keys).scalars())
    return _rows(session, rowids, flt.pseudonymised) if rowids else []


def case_managers(session: Session) -> list[CaseManager]:
    """Everybody who owns a case here or has a case manager's profile in this vault, by name."""
    owners = set(session.execute(
        select(F.c.owner_device_id).where(F.c.deleted.is_(False)).distinct()).scalars())
    names: dict[str, str] = {}
    for device_id, role, name in session.execute(
            select(VaultProfile.device_id, VaultProfile.role, VaultProfile.display_name)
            .where(VaultProfile.deleted.is_(False))):
        names[device_id] = name or ""
        if role == "case-manager":
            owners.add(device_id)
    found = [CaseManager(device_id, names.get(device_id, "")) for device_id in owners]
    return sorted(found, key=lambda m: (not m.name, m.name.casefold(), m.device_id))


# --- conditions -----------------------------------------------------------------------------------

def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _consultation_conditions(session: Session, flt: ConsultationFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [C.c.deleted.is_(False)]
    if flt.municipality_ags:
        conditions.append(C.c.municipality_ags == flt.municipality_ags)
    if flt.date_from is not None:
        conditions.append(C.c.held_on >= flt.date_from)
    if flt.date_to is not None:
        conditions.append(C.c.held_on <= flt.date_to)
    if flt.contact_type:
        conditions.append(C.c.contact_type == flt.contact_type)
    if flt.legal_domain:
        # Codes are stored as ";a;b;": the delimiters keep "sgb-i" from matching "sgb-ii".
        conditions.append(C.c.legal_domains.like(f"%;{_escape_like(flt.legal_domain)};%", escape="\\"))
    if flt.words:
        with_fts = fts.has_search_index(session.connection())
        sqlite = session.connection().dialect.name == "sqlite"
        conditions.extend(_word_condition(word, flt.pseudonymised, with_fts, sqlite) for word in flt.words)
    return conditions


def _word_condition(word: str, pseudonymised: bool, with_fts: bool, sqlite: bool) -> ColumnElement[bool]:
    # Subqueries never correlate: the sorts by client have client and case in the outer FROM too.
    clients = select(K.c.id).where(_client_word(word, pseudonymised, sqlite)).correlate(None)
    by_client = C.c.case_id.in_(select(F.c.id).where(F.c.client_id.in_(clients)).correlate(None))
    expression = None if pseudonymised else fts.match_expression(word)
    if expression is None:
        return by_client
    if with_fts:
        in_text: ColumnElement[bool] = ROWID.in_(
            select(fts.search.c.rowid).where(fts.search.c[fts.SEARCH_TABLE].match(expression)).correlate(None))
    else:  # other dialects: no word index, a plain case-insensitive substring search
        pattern = f"%{_escape_like(word)}%"
        in_text = or_(C.c.notes.ilike(pattern, escape="\\"), C.c.next_steps.ilike(pattern, escape="\\"))
    return or_(by_client, in_text)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def spelling_variants(word: str) -> list[str]:
    """The word as names are stored (özdemir, Özdemir, ÖZDEMIR), without those that only differ in
    ASCII case: SQLite's LIKE finds those anyway."""
    variants: dict[str, str] = {}
    for variant in (word, word.lower(), word.capitalize(), word.upper()):
        variants.setdefault(variant.translate(_ASCII_LOWER), variant)
    return sorted(variants.values())


def _client_word(word: str, pseudonymised: bool, sqlite: bool) -> ColumnElement[bool]:
    columns = [K.c.pseudonym] if pseudonymised else [K.c.first_name, K.c.last_name, K.c.pseudonym]
    conditions: list[ColumnElement[bool]] = []
    for variant in spelling_variants(word) if sqlite else [word]:
        pattern = f"%{_escape_like(variant)}%"
        for column_ in columns:
            like = column_.like if sqlite else column_.ilike
            conditions.append(like(pattern, escape="\\"))
    exact = normalise_pseudonym(word)  # `k7f3q2m` finds K-7F3Q-2M
    if exact is not None:
        conditions.append(K.c.pseudonym == exact)
    return or_(*conditions)


def _live_cases(flt: ConsultationFilter) -> list[ColumnElement[bool]]:
    """Conditions on the joined case (F) and client (K), for the sorts that join them anyway."""
    conditions: list[ColumnElement[bool]] = [F.c.deleted.is_(False), K.c.deleted.is_(False)]
    if flt.owner_device_id is not None:
        conditions.append(F.c.owner_device_id == flt.owner_device_id)
    if not flt.include_closed:
        conditions.append(F.c.closed_on.is_(None))
    return conditions


def _case_condition(flt: ConsultationFilter) -> ColumnElement[bool]:
    """The case-level conditions as a list of case ids (see the module doc for why)."""
    deleted_clients = select(K.c.id).where(K.c.deleted.is_(True)).correlate(None)
    if flt.owner_device_id is not None:  # one case manager among many: list the few cases that stay
        kept = select(F.c.id).where(F.c.deleted.is_(False), F.c.owner_device_id == flt.owner_device_id,
                                    F.c.client_id.not_in(deleted_clients)).correlate(None)
        if not flt.include_closed:
            kept = kept.where(F.c.closed_on.is_(None))
        return C.c.case_id.in_(kept)
    excluded = or_(F.c.deleted.is_(True), F.c.client_id.in_(deleted_clients))
    if not flt.include_closed:
        excluded = or_(excluded, F.c.closed_on.is_not(None))
    return C.c.case_id.not_in(select(F.c.id).where(excluded).correlate(None))


# --- order and rows -------------------------------------------------------------------------------

def _rank(column: Any, order: Sequence[str]) -> Any:
    if not order:
        return column
    return case({value: position for position, value in enumerate(order)}, value=column, else_=len(order))


def _order_by(sort_key: SortKey, descending: bool, hints: SortHints) -> list[Any]:
    def direction(expression: Any) -> Any:
        return expression.desc() if descending else expression.asc()

    newest_first = [C.c.held_on.desc(), C.c.start_time.desc(), ROWID.desc()]
    if sort_key is SortKey.DATE:
        return [direction(C.c.held_on), direction(C.c.start_time), direction(ROWID)]
    if sort_key is SortKey.MUNICIPALITY:
        return [direction(_rank(C.c.municipality_ags, hints.municipalities)), *newest_first]
    if sort_key is SortKey.CONTACT_TYPE:
        return [direction(_rank(C.c.contact_type, hints.contact_types)), *newest_first]
    if sort_key is SortKey.DURATION:
        return [direction(C.c.duration_minutes), *newest_first]
    if sort_key is SortKey.PSEUDONYM:
        return [direction(K.c.pseudonym), *newest_first]
    return [direction(K.c.last_name), direction(K.c.first_name), direction(K.c.pseudonym), *newest_first]


def _keys_query(session: Session, flt: ConsultationFilter, sort_key: SortKey, descending: bool,
                hints: SortHints) -> Select[Any]:
    conditions = _consultation_conditions(session, flt)
    order = _order_by(sort_key, descending, hints)
    if sort_key in CLIENT_SORTS:
        source = C.join(F, F.c.id == C.c.case_id).join(K, K.c.id == F.c.client_id)
        return select(ROWID).select_from(source).where(*conditions, *_live_cases(flt)).order_by(*order)
    return select(ROWID).select_from(C).where(*conditions, _case_condition(flt)).order_by(*order)


def _rows(session: Session, rowids: list[int], pseudonymised: bool) -> list[ConsultationRow]:
    columns = [ROWID.label("consultation_rowid"), C.c.id, C.c.case_id, C.c.held_on, C.c.start_time,
               C.c.duration_minutes, C.c.municipality_ags, C.c.contact_type, C.c.legal_domains,
               F.c.owner_device_id, F.c.closed_on, K.c.pseudonym]
    if not pseudonymised:  # the pseudonymised view never reads a name
        columns += [K.c.first_name, K.c.last_name]
    # Outer joins: a page never loses a row that the count included.
    query = (select(*columns)
             .select_from(C.outerjoin(F, F.c.id == C.c.case_id).outerjoin(K, K.c.id == F.c.client_id))
             .where(ROWID.in_(rowids)))
    found = {row.consultation_rowid: row for row in session.execute(query)}
    rows = []
    for rowid in rowids:  # in the order of the first statement; both run in one transaction
        r = found[rowid]
        rows.append(ConsultationRow(
            consultation_id=str(r.id), case_id=str(r.case_id), held_on=r.held_on, start_time=r.start_time,
            duration_minutes=r.duration_minutes, municipality_ags=r.municipality_ags,
            contact_type=r.contact_type,
            legal_domains=tuple(split_codes(r.legal_domains)), pseudonym=r.pseudonym or "",
            first_name="" if pseudonymised else r.first_name or "",
            last_name="" if pseudonymised else r.last_name or "",
            owner_device_id=r.owner_device_id or "", case_closed=r.closed_on is not None))
    return rows
