"""Escalations (Meldungen struktureller Problemlagen): the case manager's form, submission with the
personal-data guard, withdrawal; the Geschäftsstelle's inbox, reviews and merging of duplicates.

Who owns what (storage.escalation_tables): the author's laptop writes the escalation and its
steps (draft, submitted, withdrawn); the coordinators write reviews (status and/or feedback).
The current status is the replay of both in time order (`at`, ties by id) through the rules of
domain.escalation_status: an author's step moves it as the case manager, a review as the
coordinator; a move the rules do not allow from the status reached so far is refused (it stays
in the history with its comment, but changes nothing). So a withdrawal and a review crossing
each other cannot break the rules (a withdrawal that arrives after the item reached the
Lenkungsgruppe is refused, as is a review of an escalation withdrawn before it), a forged step
cannot resolve an escalation, and the result is the same in every vault that holds the same
records, whatever order they arrived in.

A merged duplicate keeps its own record (both sources stay) and gets a review pointing to the
primary (merged_into); every later review of the primary is copied to it, so that its author
sees the outcome in the own history. Which merges count is decided over all merge reviews in
time order, again independent of import order: per duplicate the earliest merge wins, a merge
that would close a cycle (two coordinators merging the same pair both ways) is ignored, and a
merge into a primary its author withdrew no longer counts (the duplicate is back in the inbox
with its own status). The links to the author's cases never leave the laptop.

Every change is one vault transaction with an audit entry (codes and ids only).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from kim_desktop.domain.escalation_status import (
    NOT_ALLOWED,
    ONLY_DRAFTS,
    Status,
    Urgency,
    editable_by_author,
    may_move,
    next_statuses,
    withdrawable,
)
from kim_desktop.domain.messages import Message
from kim_desktop.domain.pii_guard import Finding
from kim_desktop.domain.roles import Role
from kim_desktop.errors import InputRejected, RecordNotFound
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP
from kim_desktop.services.colleagues import colleague_name
from kim_desktop.services.pii_check import PiiChecker, record_confirmation
from kim_desktop.storage import audit
from kim_desktop.storage.consultation_tables import Case, join_codes, split_codes
from kim_desktop.storage.escalation_tables import (
    Escalation,
    EscalationCaseLink,
    EscalationReview,
    EscalationStep,
)
from kim_desktop.storage.records import as_uuid, live_row
from kim_desktop.storage.schema import DEVICE_KEY, VaultProfile, utcnow
from kim_desktop.storage.sync_tables import SyncDevice
from kim_desktop.storage.vault import Vault

CONTEXT = "Escalations"
STATUS_CONTEXT = "EscalationStatus"
MAX_TITLE = 200
MAX_CASES = 100_000
MAX_TEXT = 20_000

TITLE_REQUIRED = QT_TRANSLATE_NOOP("Escalations", "Bitte einen Titel angeben.")
TITLE_TOO_LONG = QT_TRANSLATE_NOOP("Escalations", "Der Titel darf höchstens {max} Zeichen lang sein.")
DESCRIPTION_REQUIRED = QT_TRANSLATE_NOOP("Escalations", "Bitte das Problem beschreiben.")
TEXT_TOO_LONG = QT_TRANSLATE_NOOP("Escalations", "Der Text darf höchstens {max} Zeichen lang sein.")
BAD_CASE_COUNT = QT_TRANSLATE_NOOP(
    "Escalations", "Die Zahl der betroffenen Fälle muss zwischen 1 und {max} liegen.")
FEWER_CASES_THAN_LINKS = QT_TRANSLATE_NOOP(
    "Escalations", "Es sind {links} Fälle verknüpft; die Zahl der betroffenen Fälle kann nicht kleiner sein.")
BAD_URGENCY = QT_TRANSLATE_NOOP("Escalations", "Bitte eine Dringlichkeit wählen.")
FIRST_SEEN_FUTURE = QT_TRANSLATE_NOOP("Escalations", "„Zuerst beobachtet“ kann nicht in der Zukunft liegen.")
UNKNOWN_CASE = QT_TRANSLATE_NOOP("Escalations", "Verknüpft werden können nur eigene, vorhandene Fälle.")
ONLY_CASE_MANAGERS = QT_TRANSLATE_NOOP("Escalations", "Meldungen schreibt das Case Management.")
ONLY_COORDINATORS = QT_TRANSLATE_NOOP(
    "Escalations", "Meldungen bearbeitet nur die Geschäftsstelle (Koordination).")
NOT_OWN = QT_TRANSLATE_NOOP("Escalations", "Diese Meldung stammt von einem anderen Gerät.")
FEEDBACK_REQUIRED = QT_TRANSLATE_NOOP(
    "Escalations", "Bitte eine Rückmeldung schreiben oder einen neuen Status wählen.")
IS_MERGED = QT_TRANSLATE_NOOP(
    "Escalations", "Die Meldung ist mit einer anderen zusammengeführt; bitte dort bearbeiten.")
MERGE_NOTHING = QT_TRANSLATE_NOOP(
    "Escalations", "Bitte mindestens eine weitere Meldung zum Zusammenführen wählen.")
MERGE_SELF = QT_TRANSLATE_NOOP(
    "Escalations", "Eine Meldung kann nicht mit sich selbst zusammengeführt werden.")
MERGE_HAS_SOURCES = QT_TRANSLATE_NOOP(
    "Escalations", "„{title}“ fasst schon andere Meldungen zusammen und kann nicht selbst zugeordnet werden.")
MERGE_WITHDRAWN = QT_TRANSLATE_NOOP(
    "Escalations", "„{title}“ ist zurückgezogen und kann nicht zusammengeführt werden.")
MERGED_COMMENT = QT_TRANSLATE_NOOP("Escalations", "Mit einer gleichartigen Meldung zusammengeführt.")
DEVICE_LABEL = QT_TRANSLATE_NOOP("Escalations", "Gerät {device}")
GESCHAEFTSSTELLE = QT_TRANSLATE_NOOP("Escalations", "Geschäftsstelle")

DRAFT_SAVED = "escalation.draft-saved"
DRAFT_DELETED = "escalation.draft-deleted"
SUBMITTED = "escalation.submitted"
WITHDRAWN = "escalation.withdrawn"
REVIEWED = "escalation.reviewed"
MERGED = "escalation.merged"
RECORD_TYPE = "escalation"


@dataclass(frozen=True)
class EscalationInput:
    title: str
    description: str
    legal_domains: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()
    municipalities: tuple[str, ...] = ()
    case_count: int = 1
    first_seen: dt.date | None = None
    urgency: str = "medium"
    proposed_measure: str = ""
    attachments: str = ""
    case_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class EscalationRow:
    id: str
    title: str
    status: Status
    urgency: str
    municipalities: tuple[str, ...]
    legal_domains: tuple[str, ...]
    case_count: int  # incl. merged duplicates (unless their authors withdrew them)
    author_device_id: str
    author_label: str  # the colleague's name or "Gerät xxxxxxxx"; "" in the author's own vault
    submitted_at: dt.datetime | None
    changed_at: dt.datetime
    merged_into: str | None
    sources: tuple[str, ...]  # ids of the duplicates merged into this one


@dataclass(frozen=True)
class HistoryEntry:
    at: dt.datetime
    who: str
    status: Status | None  # None: feedback only, or a refused move (see refused_status)
    comment: str
    refused_status: Status | None = None  # the move the rules refused (it changed nothing)


@dataclass(frozen=True)
class EscalationDetail:
    row: EscalationRow
    data: EscalationInput  # case_ids only in the author's vault
    history: tuple[HistoryEntry, ...]  # oldest first
    sources: tuple[EscalationRow, ...]
    editable: bool
    withdrawable: bool
    next_statuses: frozenset[Status]


@dataclass(frozen=True)
class FieldFinding:
    """A finding of the guard and the form field whose text it is in (positions relative to it)."""

    field: str  # "title", "description", "proposed_measure", "attachments"
    finding: Finding


def _reject(template: str, field_name: str | None = None, context: str = CONTEXT,
            **details: object) -> InputRejected:
    return InputRejected(Message.of(context, template, **details), field_name)


def _audit(session: Session, action: str, record_id: uuid.UUID) -> None:
    audit.record(session, action, record_type=RECORD_TYPE, record_id=record_id)


# --- reading the records --------------------------------------------------------------------


@dataclass(frozen=True)
class _Event:
    at: dt.datetime
    key: str
    status: Status | None
    who_device: str  # steps: the author's device; reviews: ""
    coordinator: str
    comment: str
    merged_into: str | None


def _status(text: str | None) -> Status | None:
    try:
        return Status(text) if text else None
    except ValueError:  # written by a newer version: shown as feedback only
        return None


def _events(session: Session, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, list[_Event]]:
    wanted = list(ids)
    found: dict[uuid.UUID, list[_Event]] = defaultdict(list)
    owners: dict[uuid.UUID, str] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        owners.update(session.execute(select(Escalation.id, Escalation.owner_device_id)
                                      .where(Escalation.id.in_(chunk))).all())
        for step in session.scalars(select(EscalationStep).where(EscalationStep.escalation_id.in_(chunk),
                                                                 EscalationStep.deleted.is_(False))):
            if step.device_id != owners.get(step.escalation_id):
                continue  # only the author's laptop writes steps: another device's would be forged
            found[step.escalation_id].append(_Event(step.at, f"s{step.id}", _status(step.status),
                                                    step.device_id, "", step.comment or "", None))
        reviews = select(EscalationReview).where(EscalationReview.escalation_id.in_(chunk),
                                                 EscalationReview.deleted.is_(False))
        for review in session.scalars(reviews):
            found[review.escalation_id].append(_Event(
                review.at, f"r{review.id}", _status(review.status), "", review.coordinator_name or "",
                review.feedback or "", str(review.merged_into) if review.merged_into else None))
    for events in found.values():
        events.sort(key=lambda e: (e.at, e.key))
    return found


def _replay(events: list[_Event]) -> tuple[Status, frozenset[str]]:
    """The status the events (in time order) lead to, and the keys of the events whose move the
    rules refused from the status reached so far (a repeated status is no move, not refused)."""
    status, refused = Status.DRAFT, set()
    for event in events:
        if event.status is None or event.status is status:
            continue
        role = Role.CASE_MANAGER if event.key.startswith("s") else Role.COORDINATOR
        if may_move(role, status, event.status):
            status = event.status
        else:
            refused.add(event.key)
    return status, frozenset(refused)


def _current(events: list[_Event]) -> Status:
    return _replay(events)[0]


def current_status(session: Session, escalation_id: str | uuid.UUID) -> Status:
    """The author's steps and the coordinators' reviews replayed through the status rules; draft if none."""
    key = as_uuid(escalation_id)
    return _current(_events(session, [key]).get(key, []))


def _merge_map(session: Session) -> dict[uuid.UUID, uuid.UUID]:
    """duplicate -> primary for every merge that counts (see the module doc). Chains that arise
    when coordinators merge concurrently are followed to their end, so that a primary carries
    every duplicate below it."""
    merges = list(session.execute(
        select(EscalationReview.id, EscalationReview.escalation_id, EscalationReview.merged_into,
               EscalationReview.at)
        .where(EscalationReview.merged_into.is_not(None), EscalationReview.deleted.is_(False))))
    if not merges:
        return {}
    primaries = {m.merged_into for m in merges}
    primary_events = _events(session, primaries)
    # A primary missing from this vault (the duplicate's author's laptop) cannot be judged: the merge stays.
    withdrawn = {p for p in primaries if _current(primary_events.get(p, [])) is Status.WITHDRAWN}
    target: dict[uuid.UUID, uuid.UUID] = {}
    for merge in sorted(merges, key=lambda m: (m.at, f"r{m.id}")):
        duplicate, primary = merge.escalation_id, merge.merged_into
        if duplicate in target or primary in withdrawn or duplicate == primary:
            continue
        node, seen = primary, {primary}
        while node in target:
            node = target[node]
            if node in seen:
                break
            seen.add(node)
        if duplicate in seen:
            continue  # would close a cycle
        target[duplicate] = primary
    roots = {}
    for duplicate in target:
        node = target[duplicate]
        while node in target:
            node = target[node]
        roots[duplicate] = node
    return roots


def merged_into(session: Session, escalation_id: str | uuid.UUID) -> str | None:
    """The primary the escalation is merged into (a merge that counts), or None."""
    primary = _merge_map(session).get(as_uuid(escalation_id))
    return str(primary) if primary else None


def _viewer(session: Session) -> tuple[Role, str]:
    """This vault's role and device. A transaction knows them; a plain reader session is told by
    the profiles: only a coordinator's vault holds a coordinator's profile (feedback carries no
    profiles), and a case manager's vault holds no other profile than its own."""
    device = session.info.get(DEVICE_KEY)
    role = session.info.get("role")
    if device and role:
        return Role(role), str(device)
    profiles = list(session.execute(select(VaultProfile.role, VaultProfile.device_id)
                                    .where(VaultProfile.deleted.is_(False))))
    if any(r == str(Role.COORDINATOR) for r, _ in profiles):
        return Role.COORDINATOR, ""
    return Role.CASE_MANAGER, profiles[0][1] if profiles else ""


def _device_label(session: Session, device_id: str, names: dict[str, str]) -> str:
    if device_id not in names:
        name = colleague_name(session, device_id)
        if not name:
            device = session.get(SyncDevice, device_id)
            name = (device.owner or "") if device is not None else ""
        names[device_id] = name or Message.of(CONTEXT, DEVICE_LABEL, device=device_id[:8]).text()
    return names[device_id]


def _load(session: Session, role: Role, own_device: str) -> list[Escalation]:
    query = select(Escalation).where(Escalation.deleted.is_(False))
    if role is Role.CASE_MANAGER:
        query = query.where(Escalation.owner_device_id == own_device)
    else:
        query = query.where(Escalation.author_status != str(Status.DRAFT))
    return list(session.scalars(query))


def _rows(session: Session, escalations: list[Escalation], role: Role, own_device: str,
          names: dict[str, str]) -> dict[uuid.UUID, EscalationRow]:
    events = _events(session, [e.id for e in escalations])
    merge_map = _merge_map(session)
    merged = {e.id: (str(merge_map[e.id]) if e.id in merge_map else None) for e in escalations}
    sources: dict[str, list[Escalation]] = defaultdict(list)
    for e in escalations:
        target = merged[e.id]
        if target:
            sources[target].append(e)
    rows = {}
    for e in escalations:
        own = sources.get(str(e.id), [])
        history = events.get(e.id, [])
        changed = max([e.updated_at, *(event.at for event in history)])
        label = "" if role is Role.CASE_MANAGER and e.owner_device_id == own_device \
            else _device_label(session, e.owner_device_id, names)
        # A source its author withdrew after the merge stays a source, but its cases no longer count.
        counted = [s for s in own if _current(events.get(s.id, [])) is not Status.WITHDRAWN]
        # The merged problem is also the duplicates' municipalities' and legal domains' problem
        # (filters and the agenda show it there).
        rows[e.id] = EscalationRow(
            id=str(e.id), title=e.title, status=_current(history), urgency=e.urgency,
            municipalities=_union(e.municipalities, (s.municipalities for s in counted)),
            legal_domains=_union(e.legal_domains, (s.legal_domains for s in counted)),
            case_count=e.case_count + sum(s.case_count for s in counted), author_device_id=e.owner_device_id,
            author_label=label, submitted_at=e.submitted_at, changed_at=changed, merged_into=merged[e.id],
            sources=tuple(sorted(str(s.id) for s in own)))
    return rows


def _union(own: str, others: Iterable[str]) -> tuple[str, ...]:
    codes = list(split_codes(own))
    for other in others:
        codes += split_codes(other)
    return tuple(dict.fromkeys(codes))


def escalation_rows(session: Session, *, status: Status | None = None, municipality: str | None = None,
                    legal_domain: str | None = None, urgency: str | None = None,
                    include_merged: bool = False) -> list[EscalationRow]:
    """A case manager's own escalations (merged ones included: they are the author's), or a
    coordinator's inbox of every submitted escalation imported; newest change first. Merged
    duplicates are left out of the inbox unless `include_merged`; their primary counts their cases."""
    role, own_device = _viewer(session)
    rows = list(_rows(session, _load(session, role, own_device), role, own_device, {}).values())
    if role is Role.COORDINATOR and not include_merged:
        rows = [r for r in rows if r.merged_into is None]
    if status is not None:
        rows = [r for r in rows if r.status is status]
    if municipality:
        rows = [r for r in rows if municipality in r.municipalities]
    if legal_domain:
        rows = [r for r in rows if legal_domain in r.legal_domains]
    if urgency:
        rows = [r for r in rows if r.urgency == urgency]
    rows.sort(key=lambda r: (r.changed_at, r.id), reverse=True)
    return rows


def _history(session: Session, events: list[_Event], names: dict[str, str]) -> tuple[HistoryEntry, ...]:
    refused = _replay(events)[1]
    entries = []
    for event in events:
        if event.key.startswith("s"):
            who = _device_label(session, event.who_device, names)
        else:
            who = event.coordinator or Message.of(CONTEXT, GESCHAEFTSSTELLE).text()
        comment = event.comment
        if event.merged_into and not comment:
            comment = MERGED_COMMENT
        if event.key in refused:
            entries.append(HistoryEntry(event.at, who, None, comment, refused_status=event.status))
        else:
            entries.append(HistoryEntry(event.at, who, event.status, comment))
    return tuple(entries)


def escalation_detail(session: Session, escalation_id: str | uuid.UUID, role: Role) -> EscalationDetail:
    """Everything the form shows; what the viewer may do next depends on the role (a case
    manager only acts on own escalations)."""
    row = live_row(session, Escalation, escalation_id)
    viewer_role, own_device = _viewer(session)
    own_device = own_device if viewer_role is Role.CASE_MANAGER else ""
    names: dict[str, str] = {}
    duplicates = list(session.scalars(select(Escalation).where(Escalation.deleted.is_(False))
                                      .where(Escalation.id.in_(_source_ids(session, row.id)))))
    rows = _rows(session, [row, *duplicates], role, own_device, names)
    main = rows[row.id]
    events = _events(session, [row.id]).get(row.id, [])
    own = role is Role.CASE_MANAGER and row.owner_device_id == own_device
    case_ids: tuple[str, ...] = ()
    if own:
        case_ids = tuple(sorted(str(link.case_id) for link in _links(session, row.id)))
    data = EscalationInput(
        title=row.title, description=row.description, legal_domains=tuple(split_codes(row.legal_domains)),
        agencies=tuple(split_codes(row.agencies)), municipalities=tuple(split_codes(row.municipalities)),
        case_count=row.case_count, first_seen=row.first_seen, urgency=row.urgency,
        proposed_measure=row.proposed_measure or "", attachments=row.attachments or "", case_ids=case_ids)
    if role is Role.CASE_MANAGER:
        moves = next_statuses(role, main.status) if own else frozenset()
    else:
        moves = next_statuses(role, main.status) if main.merged_into is None else frozenset()
    return EscalationDetail(
        row=main, data=data, history=_history(session, events, names),
        sources=tuple(rows[d.id] for d in sorted(duplicates, key=lambda d: str(d.id))),
        editable=own and editable_by_author(main.status), withdrawable=own and withdrawable(main.status),
        next_statuses=moves)


def _source_ids(session: Session, primary: uuid.UUID) -> list[uuid.UUID]:
    return sorted((d for d, p in _merge_map(session).items() if p == primary), key=str)


def _links(session: Session, escalation_id: uuid.UUID) -> list[EscalationCaseLink]:
    return list(session.scalars(select(EscalationCaseLink).where(
        EscalationCaseLink.escalation_id == escalation_id, EscalationCaseLink.deleted.is_(False))))


# --- the author -----------------------------------------------------------------------------


def _text(value: str, field_name: str, *, required: str | None = None, limit: int = MAX_TEXT) -> str:
    cleaned = (value or "").strip()
    if required and not cleaned:
        raise _reject(required, field_name)
    if len(cleaned) > limit:
        raise _reject(TITLE_TOO_LONG if field_name == "title" else TEXT_TOO_LONG, field_name, max=limit)
    return cleaned


def _codes(values: Iterable[str]) -> str:
    return join_codes([str(v).replace(";", "") for v in values])


def checked_input(data: EscalationInput, *, today: dt.date | None = None) -> EscalationInput:
    """The input trimmed and checked (InputRejected with the field to mark); case ids are checked
    against the vault on saving."""
    title = _text(data.title, "title", required=TITLE_REQUIRED, limit=MAX_TITLE)
    description = _text(data.description, "description", required=DESCRIPTION_REQUIRED)
    proposed = _text(data.proposed_measure, "proposed_measure")
    attachments = _text(data.attachments, "attachments")
    case_ids = tuple(dict.fromkeys(str(c) for c in data.case_ids))
    if isinstance(data.case_count, bool) or not isinstance(data.case_count, int) \
            or not 1 <= data.case_count <= MAX_CASES:
        raise _reject(BAD_CASE_COUNT, "case_count", max=MAX_CASES)
    if data.case_count < len(case_ids):
        raise _reject(FEWER_CASES_THAN_LINKS, "case_count", links=len(case_ids))
    if data.urgency not in {str(u) for u in Urgency}:
        raise _reject(BAD_URGENCY, "urgency")
    if data.first_seen is not None and data.first_seen > (today or dt.date.today()):
        raise _reject(FIRST_SEEN_FUTURE, "first_seen")
    return replace(data, title=title, description=description, proposed_measure=proposed,
                   attachments=attachments, case_ids=case_ids)


def _case_uuids(session: Session, case_ids: tuple[str, ...], own_device: str) -> list[uuid.UUID]:
    try:
        wanted = [as_uuid(c) for c in case_ids]
    except ValueError:
        raise _reject(UNKNOWN_CASE, "case_ids") from None
    if not wanted:
        return []
    found = set(session.scalars(select(Case.id).where(Case.id.in_(wanted), Case.deleted.is_(False),
                                                      Case.owner_device_id == own_device)))
    if len(found) != len(set(wanted)):
        raise _reject(UNKNOWN_CASE, "case_ids")
    return wanted


def _own(session: Session, vault: Vault, escalation_id: str | uuid.UUID) -> Escalation:
    if vault.profile.role is not Role.CASE_MANAGER:
        raise _reject(ONLY_CASE_MANAGERS)
    row = live_row(session, Escalation, escalation_id)
    if row.owner_device_id != vault.profile.device_id:
        raise _reject(NOT_OWN)
    return row


def _own_draft(session: Session, vault: Vault, escalation_id: str | uuid.UUID) -> Escalation:
    row = _own(session, vault, escalation_id)
    status = current_status(session, row.id)
    if row.author_status != str(Status.DRAFT) or not editable_by_author(status):
        raise _reject(ONLY_DRAFTS, context=STATUS_CONTEXT, current=status.label)
    return row


def _fill(row: Escalation, data: EscalationInput) -> None:
    row.title, row.description = data.title, data.description
    row.legal_domains, row.agencies = _codes(data.legal_domains), _codes(data.agencies)
    row.municipalities = _codes(data.municipalities)
    row.case_count, row.first_seen, row.urgency = data.case_count, data.first_seen, data.urgency
    row.proposed_measure = data.proposed_measure or None
    row.attachments = data.attachments or None


def save_draft(vault: Vault, data: EscalationInput, *, escalation_id: str | None = None) -> str:
    """A new draft, or changes to one (only drafts can be changed). The case links are replaced."""
    if vault.profile.role is not Role.CASE_MANAGER:
        raise _reject(ONLY_CASE_MANAGERS)
    data = checked_input(data)
    own_device = vault.profile.device_id
    with vault.transaction() as session:
        cases = _case_uuids(session, data.case_ids, own_device)
        if escalation_id is None:
            row = Escalation(id=uuid.uuid4(), owner_device_id=own_device, author_status=str(Status.DRAFT))
            _fill(row, data)
            session.add(row)
            session.add(EscalationStep(id=uuid.uuid4(), escalation_id=row.id, status=str(Status.DRAFT),
                                       comment=None, at=utcnow()))
        else:
            row = _own_draft(session, vault, escalation_id)
            _fill(row, data)
        linked = {link.case_id: link for link in _links(session, row.id)}
        for case_id, link in linked.items():
            if case_id not in cases:
                link.tombstone()
        for case_id in dict.fromkeys(cases):
            if case_id not in linked:
                session.add(EscalationCaseLink(id=uuid.uuid4(), escalation_id=row.id, case_id=case_id))
        session.flush()
        _audit(session, DRAFT_SAVED, row.id)
        return str(row.id)


def delete_draft(vault: Vault, escalation_id: str) -> None:
    """A draft goes with its links and steps; its texts are emptied (a draft is not yet checked
    for personal data). Drafts never left the laptop, so the tombstones stay here too."""
    with vault.transaction() as session:
        row = _own_draft(session, vault, escalation_id)
        for link in _links(session, row.id):
            link.tombstone()
        for step in session.scalars(select(EscalationStep).where(EscalationStep.escalation_id == row.id)):
            step.comment = None
            step.tombstone()
        row.title, row.description, row.proposed_measure, row.attachments = "", "", None, None
        row.tombstone()
        _audit(session, DRAFT_DELETED, row.id)


def _submitted_texts(row: Escalation) -> list[tuple[str, str]]:
    return [("title", row.title), ("description", row.description),
            ("proposed_measure", row.proposed_measure or ""), ("attachments", row.attachments or "")]


def submission_findings(vault: Vault, escalation_id: str, *, today: dt.date | None = None,
                        checker: PiiChecker | None = None) -> list[FieldFinding]:
    """What the guard finds in the texts that would be submitted, per field."""
    with vault.reader() as session:
        row = live_row(session, Escalation, escalation_id)
        texts = _submitted_texts(row)
    checker = checker or PiiChecker.of_vault(vault)
    return [FieldFinding(name, finding) for name, text in texts
            for finding in checker.check(text, today=today)]


def submit(vault: Vault, escalation_id: str, *, confirm_findings: bool = False,
           today: dt.date | None = None) -> list[Finding]:
    """Submit a draft: it leaves with the next export. The title, description, proposed measure
    and attachments are checked for personal data first; with findings and no confirmation
    nothing changes and the findings are returned (in field order; positions relative to each
    field's text, see submission_findings). Confirmed findings are audited with the submission.
    Returns [] when submitted clean, the confirmed findings otherwise."""
    if vault.profile.role is not Role.CASE_MANAGER:
        raise _reject(ONLY_CASE_MANAGERS)
    with vault.reader() as session:
        _own_draft(session, vault, escalation_id)
    findings = [f.finding for f in submission_findings(vault, escalation_id, today=today)]
    if findings and not confirm_findings:
        return findings
    with vault.transaction() as session:
        row = _own_draft(session, vault, escalation_id)
        now = utcnow()
        row.author_status, row.submitted_at = str(Status.SUBMITTED), now
        session.add(EscalationStep(id=uuid.uuid4(), escalation_id=row.id, status=str(Status.SUBMITTED),
                                   comment=None, at=now))
        _audit(session, SUBMITTED, row.id)
        if findings:
            record_confirmation(session, record_id=row.id, record_type=RECORD_TYPE)
    return findings


def _withdrawable_row(session: Session, vault: Vault, escalation_id: str) -> Escalation:
    row = _own(session, vault, escalation_id)
    status = current_status(session, row.id)
    if not withdrawable(status):
        raise _reject(NOT_ALLOWED, "status", context=STATUS_CONTEXT, current=status.label,
                      target=Status.WITHDRAWN.label)
    return row


def withdraw(vault: Vault, escalation_id: str, comment: str = "", *, confirm_findings: bool = False,
             today: dt.date | None = None) -> list[Finding]:
    """The author takes a submitted escalation back, as long as it is not in the Lenkungsgruppe.
    The comment goes to the Geschäftsstelle, so it gets the same personal-data check as a
    submission: with findings and no confirmation nothing changes and the findings are returned
    (positions relative to the comment); confirmed findings are audited with the withdrawal.
    Returns [] when withdrawn clean, the confirmed findings otherwise."""
    comment = _text(comment, "comment")
    with vault.reader() as session:
        _withdrawable_row(session, vault, escalation_id)
    findings = PiiChecker.of_vault(vault).check(comment, today=today) if comment else []
    if findings and not confirm_findings:
        return findings
    with vault.transaction() as session:
        row = _withdrawable_row(session, vault, escalation_id)
        row.author_status = str(Status.WITHDRAWN)
        session.add(EscalationStep(id=uuid.uuid4(), escalation_id=row.id, status=str(Status.WITHDRAWN),
                                   comment=comment or None, at=utcnow()))
        _audit(session, WITHDRAWN, row.id)
        if findings:
            record_confirmation(session, record_id=row.id, record_type=RECORD_TYPE)
    return findings


# --- the Geschäftsstelle ----------------------------------------------------------------------


def _coordinator_check(vault: Vault) -> None:
    if vault.profile.role is not Role.COORDINATOR:
        raise _reject(ONLY_COORDINATORS)


def _inbox_row(session: Session, escalation_id: str | uuid.UUID) -> Escalation:
    row = live_row(session, Escalation, escalation_id)
    if row.author_status == str(Status.DRAFT):  # never arrives; guards a crafted id
        raise RecordNotFound(record=str(escalation_id))
    return row


def _add_review(session: Session, vault: Vault, row: Escalation, *, status: Status | None, feedback: str,
                at: dt.datetime, merged_into: uuid.UUID | None = None) -> None:
    session.add(EscalationReview(
        id=uuid.uuid4(), escalation_id=row.id, author_device_id=row.owner_device_id,
        status=str(status) if status is not None else None, feedback=feedback or None, at=at,
        coordinator_name=(vault.profile.display_name or "")[:200], merged_into=merged_into))


def _coordinator_path(current: Status, target: Status) -> list[Status] | None:
    """The shortest way from current to target through the coordinator's moves ([] when already
    there, None when there is none), so that a duplicate can follow its primary step by step."""
    if current is target:
        return []
    paths: dict[Status, list[Status]] = {current: []}
    queue = [current]
    while queue:
        status = queue.pop(0)
        for following in sorted(next_statuses(Role.COORDINATOR, status)):
            if following not in paths:
                paths[following] = [*paths[status], following]
                if following is target:
                    return paths[following]
                queue.append(following)
    return None


_STEP = dt.timedelta(microseconds=1)


def _after(at: dt.datetime, events: list[_Event]) -> dt.datetime:
    """`at`, or just after the latest event the coordinator saw: a review is a reply to them, and
    a laptop clock running ahead must not make it replay before (and be refused)."""
    return max(at, events[-1].at + _STEP) if events else at


def _follow(session: Session, vault: Vault, duplicate: Escalation, current: Status, status: Status | None,
            feedback: str, at: dt.datetime, merged_into: uuid.UUID | None = None) -> None:
    """Reviews that bring a duplicate to the primary's status (one per allowed move, a microsecond
    apart so that they replay in order), the feedback on the last; feedback only when the rules
    offer no way."""
    path = _coordinator_path(current, status) if status is not None else []
    if not path:
        if feedback or merged_into is not None:
            _add_review(session, vault, duplicate, status=None, feedback=feedback, at=at,
                        merged_into=merged_into)
        return
    for index, step in enumerate(path):
        last = index == len(path) - 1
        _add_review(session, vault, duplicate, status=step, feedback=feedback if last else "",
                    at=at + index * _STEP, merged_into=merged_into if index == 0 else None)


def review_in(session: Session, vault: Vault, escalation_id: str | uuid.UUID, *, status: Status | None,
              feedback: str = "", at: dt.datetime | None = None) -> None:
    """review() in the caller's transaction (the steering group records decisions with it).
    `at` lets a caller order several reviews of one transaction (default: now)."""
    feedback = _text(feedback, "feedback")
    row = _inbox_row(session, escalation_id)
    events = _events(session, [row.id]).get(row.id, [])
    if merged_into(session, row.id):
        raise _reject(IS_MERGED, "status")
    current = _current(events)
    if status is None and not feedback:
        raise _reject(FEEDBACK_REQUIRED, "feedback")
    if status is not None and not may_move(Role.COORDINATOR, current, status):
        raise _reject(NOT_ALLOWED, "status", context=STATUS_CONTEXT, current=current.label,
                      target=status.label)
    at = _after(at or utcnow(), events)
    _add_review(session, vault, row, status=status, feedback=feedback, at=at)
    duplicates = list(session.scalars(select(Escalation).where(
        Escalation.id.in_(_source_ids(session, row.id)), Escalation.deleted.is_(False))))
    dup_events = _events(session, [d.id for d in duplicates])
    for duplicate in duplicates:
        dup_status = _current(dup_events.get(duplicate.id, []))
        if dup_status is Status.WITHDRAWN:
            continue  # its author took it back: it no longer follows the primary
        _follow(session, vault, duplicate, dup_status, status, feedback,
                _after(at, dup_events.get(duplicate.id, [])))
    _audit(session, REVIEWED, row.id)


def review(vault: Vault, escalation_id: str, *, status: Status | None, feedback: str = "") -> None:
    """The Geschäftsstelle moves the escalation (status rules of domain.escalation_status) and/or
    writes feedback; merged duplicates get the same review, so that their authors see it."""
    _coordinator_check(vault)
    with vault.transaction() as session:
        review_in(session, vault, escalation_id, status=status, feedback=feedback)


def merge(vault: Vault, primary_id: str, duplicate_ids: list[str], *, feedback: str = "") -> None:
    """The duplicates become sources of the primary: each gets a review pointing to it, with the
    primary's status (from then on every review of the primary is copied to them). The primary's
    author gets the feedback too, when there is one."""
    _coordinator_check(vault)
    feedback = _text(feedback, "feedback")
    wanted = list(dict.fromkeys(str(as_uuid(d)) for d in duplicate_ids))
    if not wanted:
        raise _reject(MERGE_NOTHING, "duplicates")
    with vault.transaction() as session:
        primary = _inbox_row(session, primary_id)
        if str(primary.id) in wanted:
            raise _reject(MERGE_SELF, "duplicates")
        primary_events = _events(session, [primary.id]).get(primary.id, [])
        merge_map = _merge_map(session)
        if primary.id in merge_map:
            raise _reject(IS_MERGED, "primary")
        primary_status = _current(primary_events)
        if primary_status is Status.WITHDRAWN:
            raise _reject(MERGE_WITHDRAWN, "primary", title=primary.title)
        at = utcnow()
        for duplicate_id in wanted:
            duplicate = _inbox_row(session, duplicate_id)
            events = _events(session, [duplicate.id]).get(duplicate.id, [])
            if merge_map.get(duplicate.id) == primary.id:
                continue
            if duplicate.id in merge_map:
                raise _reject(IS_MERGED, "duplicates")
            if _source_ids(session, duplicate.id):
                raise _reject(MERGE_HAS_SOURCES, "duplicates", title=duplicate.title)
            current = _current(events)
            if current is Status.WITHDRAWN:
                raise _reject(MERGE_WITHDRAWN, "duplicates", title=duplicate.title)
            _follow(session, vault, duplicate, current, primary_status, feedback, _after(at, events),
                    merged_into=primary.id)
            _audit(session, MERGED, duplicate.id)
        if feedback:
            _add_review(session, vault, primary, status=None, feedback=feedback, at=at)
        _audit(session, MERGED, primary.id)
