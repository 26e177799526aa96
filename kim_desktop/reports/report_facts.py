"""The rows a coordinator report counts, read once per report with SQLAlchemy Core.

Only the columns a count needs are selected, as plain tuples (no ORM objects): with 100 000
consultations the report must stand in well under a second. Nothing personal is read: the
interpreter column becomes a yes/no inside the query, the language never reaches Python.

Scope: a coordinator's vault counts every imported record; a case manager's vault only the own
cases (`Case.owner_device_id` is the own device). Tombstoned rows never count. The filters of the
ReportRequest apply here, so that the builder and the drill-down see exactly the same rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple, Protocol

from sqlalchemy import Integer, String, and_, func, select, type_coerce
from sqlalchemy.orm import Session

from kim_desktop.config.deployment import Deployment
from kim_desktop.domain.messages import Message
from kim_desktop.domain.roles import Role
from kim_desktop.errors import InputRejected
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP
from kim_desktop.reports.report_model import ReportRequest
from kim_desktop.services.colleagues import colleague_name
from kim_desktop.services.escalations import EscalationRow, escalation_rows
from kim_desktop.storage.consultation_tables import Case, CasePhaseChange, Consultation
from kim_desktop.storage.schema import AuditEntry, VaultProfile
from kim_desktop.storage.sync_tables import SyncDevice

CONTEXT = "Reports"
PERIOD_REVERSED = QT_TRANSLATE_NOOP("Reports", "Das Ende des Zeitraums liegt vor seinem Anfang.")
DEVICE_LABEL = QT_TRANSLATE_NOOP("Reports", "Gerät {device}")
TRUSTED = "trusted"
EXPORTED_ACTION = "sync.exported"
CHUNK = 500  # ids per IN (…): well below SQLite's variable limit
OPEN_END = dt.date(9999, 12, 31)  # closed_on of a case still open, for comparisons in SQL


def raw(column: Any) -> Any:
    """A UUID column as stored (hex text): 100 000 uuid.UUID objects would cost a third of a second,
    and the report only compares ids."""
    return type_coerce(column, String)


class ConsultationFact(Protocol):
    """One consultation as the report sees it: a Core result row (by position or name), not an
    object per row. `month` and `day` are the stored text ("2026-01", "2026-01-31")."""

    month: str
    municipality: str
    contact_type: str
    interpreter: int       # 1: an interpreter was there (the language is not read)
    topics: str            # ";A;B;" as stored
    legal_domains: str
    referrals: str
    owner: str             # the case's responsible device
    client_id: str
    id: str                # raw UUID text (detail only)
    day: str               # (detail only)

    def __getitem__(self, index: int) -> Any: ...


# Positions in ConsultationFact, for operator.itemgetter in the counting pass; id and day only
# when the drill-down asks for them (`detail`).
C_MONTH, C_PLACE, C_CONTACT, C_INTERPRETER, C_TOPICS, C_LEGAL, C_REFERRALS, C_OWNER, C_CLIENT, C_ID, C_DAY = \
    range(11)


class CaseFact(NamedTuple):
    id: str
    client_id: str
    owner: str
    municipality: str
    phase: str
    opened_on: dt.date
    closed_on: dt.date | None
    end_phase: str   # the phase on the period's last day by the phase history, else the case's phase
    team: int | None


@dataclass(frozen=True)
class Viewer:
    role: Role
    device_id: str  # the own device; a coordinator's is not a case manager's


@dataclass(frozen=True)
class DeviceInfo:
    device_id: str
    name: str         # "" when the vault does not know it
    team: int | None
    trusted: bool     # a coordinator's registry: trusted case-manager laptop
    last_package_at: dt.datetime | None


@dataclass(frozen=True)
class Facts:
    viewer: Viewer
    consultations: list[ConsultationFact]
    cases: list[CaseFact]              # every live case in scope that passes the filters
    devices: dict[str, DeviceInfo]
    team_of: Callable[[str, str], int | None]


def check_period(request: ReportRequest) -> None:
    if request.period_to < request.period_from:
        raise InputRejected(Message.of(CONTEXT, PERIOD_REVERSED), "period_to")


def viewer(session: Session) -> Viewer:
    """Only a coordinator's vault holds a coordinator's profile; a case manager's vault holds no
    other profile than its own (as in services.escalations)."""
    profiles = list(session.execute(select(VaultProfile.role, VaultProfile.device_id)
                                    .where(VaultProfile.deleted.is_(False))))
    for role, device in profiles:
        if role == str(Role.COORDINATOR):
            return Viewer(Role.COORDINATOR, device)
    return Viewer(Role.CASE_MANAGER, profiles[0][1] if profiles else "")


def device_label(device_id: str, name: str, text_of: Any) -> str:
    return name or text_of(CONTEXT, DEVICE_LABEL).format(device=device_id[:8])


def devices(session: Session, who: Viewer) -> dict[str, DeviceInfo]:
    """Case-manager devices this vault knows, with name and team."""
    found: dict[str, DeviceInfo] = {}
    if who.role is Role.COORDINATOR:
        for row in session.execute(select(SyncDevice.device_id, SyncDevice.owner, SyncDevice.team,
                                          SyncDevice.status, SyncDevice.last_package_at)
                                   .where(SyncDevice.role == str(Role.CASE_MANAGER))):
            name = " ".join((row.owner or "").split()) or colleague_name(session, row.device_id)
            found[row.device_id] = DeviceInfo(row.device_id, name, row.team, row.status == TRUSTED,
                                              row.last_package_at)
    else:
        profile = session.execute(select(VaultProfile.display_name, VaultProfile.team)
                                  .where(VaultProfile.device_id == who.device_id,
                                         VaultProfile.deleted.is_(False))).first()
        last_export = session.scalar(select(func.max(AuditEntry.at))
                                     .where(AuditEntry.action == EXPORTED_ACTION))
        if last_export is not None and last_export.tzinfo is None:
            last_export = last_export.replace(tzinfo=dt.UTC)
        found[who.device_id] = DeviceInfo(who.device_id, (profile.display_name or "") if profile else "",
                                          profile.team if profile else None, True, last_export)
    return found


def team_resolver(deployment: Deployment, known: dict[str, DeviceInfo]) -> Callable[[str, str], int | None]:
    """A record's team: its device's team where the vault knows it, else the team the deployment
    gives the record's municipality. Cached per (device, municipality): called once per row."""
    by_municipality = {ags: team.number for team in deployment.teams for ags in team.municipalities}
    by_device = {d.device_id: d.team for d in known.values() if d.team is not None}
    cache: dict[tuple[str, str], int | None] = {}

    def team_of(device: str, municipality: str) -> int | None:
        key = (device, municipality)
        if key not in cache:
            team = by_device.get(device)
            cache[key] = team if team is not None else by_municipality.get(municipality)
        return cache[key]

    return team_of


def _case_filters(request: ReportRequest, who: Viewer) -> list[Any]:
    # The client's own tombstone is not checked: retention erases a client together with its cases
    # and consultations (services.retention), and reading the client table would cost a scan.
    where: list[Any] = [Case.deleted.is_(False)]
    if who.role is Role.CASE_MANAGER:
        where.append(Case.owner_device_id == who.device_id)
    if request.case_managers:
        where.append(Case.owner_device_id.in_(sorted(request.case_managers)))
    return where


def load_consultations(session: Session, request: ReportRequest, who: Viewer,
                       team_of: Callable[[str, str], int | None], *,
                       detail: bool = False) -> list[ConsultationFact]:
    """Consultations held in the period, in scope and through the filters. Dates, ids and the
    interpreter flag come as stored text and numbers: no per-row conversion in Python. `detail`:
    with id and day (for the drill-down; the counts need neither)."""
    interpreter = and_(Consultation.interpreter_language.is_not(None),
                       Consultation.interpreter_language != "")
    day = type_coerce(Consultation.held_on, String)
    columns = [func.substr(day, 1, 7).label("month"), Consultation.municipality_ags.label("municipality"),
               Consultation.contact_type, type_coerce(interpreter, Integer).label("interpreter"),
               func.coalesce(Consultation.topics, "").label("topics"),
               func.coalesce(Consultation.legal_domains, "").label("legal_domains"),
               func.coalesce(Consultation.referrals, "").label("referrals"),
               Case.owner_device_id.label("owner"), raw(Case.client_id).label("client_id")]
    if detail:
        columns += [raw(Consultation.id).label("id"), day.label("day")]
    query = (select(*columns)
             .join(Case, Case.id == Consultation.case_id)
             .where(Consultation.held_on >= request.period_from, Consultation.held_on <= request.period_to,
                    Consultation.deleted.is_(False), *_case_filters(request, who)))
    if request.municipalities:
        query = query.where(Consultation.municipality_ags.in_(sorted(request.municipalities)))
    rows: list[Any] = list(session.connection().execute(query).all())
    if request.teams:
        rows = [r for r in rows if team_of(r[C_OWNER], r[C_PLACE]) in request.teams]
    return rows


def load_cases(session: Session, request: ReportRequest, who: Viewer,
               team_of: Callable[[str, str], int | None]) -> list[CaseFact]:
    """Cases that touch the period: opened up to its end and not closed before its start."""
    day = request.period_to
    # coalesce(): not the closed_on index, whose OR-lookups cost more than reading the small table.
    query = (select(raw(Case.id), raw(Case.client_id), Case.owner_device_id, Case.municipality_ags,
                    Case.phase, Case.opened_on, Case.closed_on)
             .where(Case.opened_on <= day, func.coalesce(Case.closed_on, OPEN_END) >= request.period_from,
                    *_case_filters(request, who)))
    if request.municipalities:
        query = query.where(Case.municipality_ags.in_(sorted(request.municipalities)))
    teams = request.teams
    rows = [row for row in session.connection().execute(query) if not teams or team_of(row[2], row[3]) in teams]
    phases = phases_at(session, day, [row[0] for row in rows if row[6] is None or row[6] > day])
    facts = []
    for row in rows:
        closed = row[6]
        end_phase: str = phases.get(row[0]) or row[4] if closed is None or closed > day else row[4]
        facts.append(CaseFact(row[0], row[1], row[2], row[3], row[4], row[5], closed, end_phase,
                              team_of(row[2], row[3])))
    return facts


def phases_at(session: Session, day: dt.date, case_ids: list[str]) -> dict[str, str]:
    """The phase of each given case (raw ids) by its latest recorded phase change up to `day` (ties
    on one day by the time it was written); cases without any are missing. Looked up by the case
    index in chunks: reading the whole phase history would cost three times as much."""
    latest: dict[str, tuple[str, str, str]] = {}
    for start in range(0, len(case_ids), CHUNK):
        query = (select(raw(CasePhaseChange.case_id), type_coerce(CasePhaseChange.changed_on, String),
                        type_coerce(CasePhaseChange.updated_at, String), CasePhaseChange.phase)
                 .where(raw(CasePhaseChange.case_id).in_(case_ids[start:start + CHUNK]),
                        CasePhaseChange.changed_on <= day, CasePhaseChange.deleted.is_(False)))
        for case_id, changed_on, written, phase in session.connection().execute(query):
            seen = latest.get(case_id)
            if seen is None or (changed_on, written) > seen[:2]:
                latest[case_id] = (changed_on, written, phase)
    return {case_id: entry[2] for case_id, entry in latest.items()}


def active_at(case: CaseFact, day: dt.date) -> bool:
    return case.opened_on <= day and (case.closed_on is None or case.closed_on > day)


def load_facts(session: Session, request: ReportRequest, deployment: Deployment) -> Facts:
    check_period(request)
    who = viewer(session)
    known = devices(session, who)
    team_of = team_resolver(deployment, known)
    return Facts(who, load_consultations(session, request, who, team_of),
                 load_cases(session, request, who, team_of), known, team_of)


def load_escalations(session: Session, request: ReportRequest, deployment: Deployment,
                     known: dict[str, DeviceInfo]) -> list[EscalationRow]:
    """Escalations submitted in the period (local date), as the inbox or the own list shows them.
    A duplicate merged into a primary this vault also holds is left out: the primary counts it.
    Filters: a municipality of the escalation (its merged duplicates' included) among the chosen
    ones or the chosen teams' ones; the author among the chosen case managers."""
    rows = escalation_rows(session)
    ids = {row.id for row in rows}
    team_places = {ags for team in deployment.teams if team.number in request.teams
                   for ags in team.municipalities}
    found = []
    for row in rows:
        if row.merged_into is not None and row.merged_into in ids:
            continue
        if row.submitted_at is None:
            continue
        day = row.submitted_at.astimezone().date()
        if not request.period_from <= day <= request.period_to:
            continue
        if request.municipalities and not request.municipalities.intersection(row.municipalities):
            continue
        if request.teams:
            author = known.get(row.author_device_id)
            if not (author is not None and author.team in request.teams) \
                    and not team_places.intersection(row.municipalities):
                continue
        if request.case_managers and row.author_device_id not in request.case_managers:
            continue
        found.append(row)
    return found
