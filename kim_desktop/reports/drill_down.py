"""From a number of an internal report to the pseudonymised list behind it.

The list is built from the same rows the report counts (report_facts, with the request's period,
scope and filters), narrowed by the Selector's criteria with the same rules the builder counts by,
so that it holds exactly as many rows as the number said. What it shows is pseudonymised: the
client's pseudonym, never a name, note, next step, place or interpreter language (only whether
an interpreter was there). External reports have no drill-down.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kim_desktop.config.deployment import Deployment
from kim_desktop.domain.case_cycle import Phase
from kim_desktop.domain.catalogues import ContactType, LegalDomain
from kim_desktop.domain.messages import Message, Translate
from kim_desktop.errors import InputRejected
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP
from kim_desktop.reports.report_facts import (
    CaseFact,
    ConsultationFact,
    active_at,
    check_period,
    device_label,
    devices,
    load_cases,
    load_consultations,
    load_escalations,
    raw,
    team_resolver,
    viewer,
)
from kim_desktop.reports.report_model import CellValue, Column, ColumnKind, ReportRequest, Selector, Subject
from kim_desktop.services.master_data import labels
from kim_desktop.storage.consultation_tables import Case, Client, Consultation, split_codes
from kim_desktop.storage.master_data_tables import TOPIC

CONTEXT = "Reports"
ANY_AGENCY = "*"
CHUNK = 500  # ids per IN (…): well below SQLite's variable limit
EXTERNAL = QT_TRANSLATE_NOOP(
    "Reports", "Berichte für außerhalb der Kreisverwaltung haben keine Einzelauflistung.")
UNKNOWN_KEY = QT_TRANSLATE_NOOP("Reports", "Unbekanntes Auswahlmerkmal: {key}")


class _T:
    consultations = QT_TRANSLATE_NOOP("Reports", "Beratungen")
    cases = QT_TRANSLATE_NOOP("Reports", "Fälle")
    escalations = QT_TRANSLATE_NOOP("Reports", "Meldungen")
    pseudonym = QT_TRANSLATE_NOOP("Reports", "Pseudonym")
    date = QT_TRANSLATE_NOOP("Reports", "Datum")
    municipality = QT_TRANSLATE_NOOP("Reports", "Kommune")
    case_manager = QT_TRANSLATE_NOOP("Reports", "Case Manager")
    contact_type = QT_TRANSLATE_NOOP("Reports", "Kontaktart")
    duration = QT_TRANSLATE_NOOP("Reports", "Dauer (Min.)")
    topics = QT_TRANSLATE_NOOP("Reports", "Themen")
    legal_domains = QT_TRANSLATE_NOOP("Reports", "Rechtskreise")
    interpreter = QT_TRANSLATE_NOOP("Reports", "Dolmetschung")
    yes = QT_TRANSLATE_NOOP("Reports", "ja")
    no = QT_TRANSLATE_NOOP("Reports", "nein")
    phase = QT_TRANSLATE_NOOP("Reports", "Phase")
    opened = QT_TRANSLATE_NOOP("Reports", "eröffnet")
    closed = QT_TRANSLATE_NOOP("Reports", "abgeschlossen")
    title = QT_TRANSLATE_NOOP("Reports", "Titel")
    status = QT_TRANSLATE_NOOP("Reports", "Status")
    municipalities = QT_TRANSLATE_NOOP("Reports", "Kommunen")
    case_count = QT_TRANSLATE_NOOP("Reports", "Fälle")
    submitted = QT_TRANSLATE_NOOP("Reports", "übermittelt")


@dataclass(frozen=True)
class DrillDown:
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[CellValue, ...], ...]


CONSULTATION_KEYS = frozenset({"municipality", "month", "device", "team", "contact_type", "legal_domain",
                               "topic", "agency", "interpreter"})
CASE_KEYS = frozenset({"municipality", "month", "device", "team", "phase", "case_state"})
ESCALATION_KEYS = frozenset({"status"})


def _month(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _has(codes: str, code: str) -> bool:
    return f";{code};" in codes


def consultation_matches(fact: ConsultationFact, criteria: dict[str, str],
                         team_of: Callable[[str, str], int | None]) -> bool:
    """The builder's counting rules, one consultation at a time."""
    for key, value in criteria.items():
        if key == "municipality" and fact.municipality != value:
            return False
        if key == "month" and fact.month != value:
            return False
        if key == "device" and fact.owner != value:
            return False
        if key == "team" and str(team_of(fact.owner, fact.municipality) or "") != value:
            return False
        if key == "contact_type" and fact.contact_type != value:
            return False
        if key == "legal_domain" and not _has(fact.legal_domains, value):
            return False
        if key == "topic" and not _has(fact.topics, value):
            return False
        if key == "agency" and not (fact.referrals if value == ANY_AGENCY else _has(fact.referrals, value)):
            return False
        if key == "interpreter" and bool(fact.interpreter) != (value == "yes"):
            return False
    return True


def case_day(case: CaseFact, state: str | None, request: ReportRequest) -> dt.date | None:
    """The day a case counts on for `state` (None: it does not count), by the builder's rules."""
    if state == "new":
        return case.opened_on if request.period_from <= case.opened_on <= request.period_to else None
    if state == "closed":
        closed = case.closed_on
        return closed if closed is not None and request.period_from <= closed <= request.period_to else None
    if state == "active":
        return request.period_to if active_at(case, request.period_to) else None
    return request.period_to  # no state named: every case touching the period


def case_matches(case: CaseFact, phase: str, criteria: dict[str, str], request: ReportRequest) -> bool:
    day = case_day(case, criteria.get("case_state"), request)
    if day is None:
        return False
    checks: dict[str, Callable[[], bool]] = {
        "municipality": lambda: case.municipality == criteria["municipality"],
        "month": lambda: _month(day) == criteria["month"],
        "device": lambda: case.owner == criteria["device"],
        "team": lambda: str(case.team if case.team is not None else "") == criteria["team"],
        "phase": lambda: phase == criteria["phase"],
    }
    return all(check() for key, check in checks.items() if key in criteria)


def _check_keys(selector: Selector, allowed: frozenset[str]) -> dict[str, str]:
    criteria = dict(selector.criteria)
    for key in criteria:
        if key not in allowed:
            raise InputRejected(Message.of(CONTEXT, UNKNOWN_KEY, key=key), "selector")
    return criteria


def _chunks(ids: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]


def _label(enum: type[ContactType] | type[Phase], code: str, context: str, text_of: Translate) -> str:
    try:
        return text_of(context, enum(code).label)
    except ValueError:
        return code


def _short(code: str) -> str:
    try:
        return LegalDomain(code).short
    except ValueError:
        return code


def drill_down(session: Session, request: ReportRequest, selector: Selector, *, deployment: Deployment,
               translate: Translate | None = None) -> DrillDown:
    """The records behind one number of an internal report, in a stable order."""
    text_of: Translate = translate or (lambda _context, text: text)
    if request.external:
        raise InputRejected(Message.of(CONTEXT, EXTERNAL), "external")
    check_period(request)
    who = viewer(session)
    known = devices(session, who)
    team_of = team_resolver(deployment, known)
    places = {m.ags: m.name for m in deployment.municipalities}

    def person(device: str) -> str:
        return device_label(device, known[device].name if device in known else "", text_of)

    def t(text: str) -> str:
        return text_of(CONTEXT, text)

    if selector.subject is Subject.CONSULTATIONS:
        criteria = _check_keys(selector, CONSULTATION_KEYS)
        facts = [f for f in load_consultations(session, request, who, team_of, detail=True)
                 if consultation_matches(f, criteria, team_of)]
        return _consultation_list(session, facts, places, person, t, text_of)
    if selector.subject is Subject.CASES:
        criteria = _check_keys(selector, CASE_KEYS)
        cases = load_cases(session, request, who, team_of)
        chosen = [(c, c.end_phase if active_at(c, request.period_to) else c.phase) for c in cases
                  if case_matches(c, c.end_phase, criteria, request)]
        return _case_list(session, chosen, places, person, t, text_of)
    criteria = _check_keys(selector, ESCALATION_KEYS)
    found = [r for r in load_escalations(session, request, deployment, known)
             if "status" not in criteria or str(r.status) == criteria["status"]]
    found.sort(key=lambda r: (r.submitted_at or dt.datetime.min.replace(tzinfo=dt.UTC), r.id))
    columns = (Column("title", t(_T.title), ColumnKind.LABEL),
               Column("status", t(_T.status), ColumnKind.LABEL),
               Column("municipalities", t(_T.municipalities), ColumnKind.LABEL),
               Column("case_count", t(_T.case_count)), Column("submitted", t(_T.submitted), ColumnKind.DATE))
    rows = tuple((r.title, text_of("EscalationStatus", r.status.label),
                  ", ".join(places.get(a, a) for a in r.municipalities), r.case_count,
                  r.submitted_at.astimezone().date() if r.submitted_at else None) for r in found)
    return DrillDown(t(_T.escalations), columns, rows)


def _pseudonyms_of_consultations(session: Session, ids: list[str]) -> dict[str, tuple[str, int | None]]:
    found: dict[str, tuple[str, int | None]] = {}
    for chunk in _chunks(ids):
        query = (select(raw(Consultation.id), Client.pseudonym, Consultation.duration_minutes)
                 .join(Case, Case.id == Consultation.case_id).join(Client, Client.id == Case.client_id)
                 .where(raw(Consultation.id).in_(chunk)))
        for row_id, pseudonym, duration in session.execute(query):
            found[row_id] = (pseudonym, duration)
    return found


def _consultation_list(session: Session, facts: list[ConsultationFact], places: dict[str, str],
                       person: Callable[[str], str], t: Callable[[str], str],
                       text_of: Translate) -> DrillDown:
    extra = _pseudonyms_of_consultations(session, [f.id for f in facts])
    topics = labels(session, TOPIC, text_of)
    facts = sorted(facts, key=lambda f: (f.day, extra.get(f.id, ("", None))[0], f.id))
    columns = (Column("pseudonym", t(_T.pseudonym), ColumnKind.LABEL),
               Column("date", t(_T.date), ColumnKind.DATE),
               Column("municipality", t(_T.municipality), ColumnKind.LABEL),
               Column("case_manager", t(_T.case_manager), ColumnKind.LABEL),
               Column("contact_type", t(_T.contact_type), ColumnKind.LABEL),
               Column("duration", t(_T.duration), ColumnKind.NUMBER),
               Column("topics", t(_T.topics), ColumnKind.LABEL),
               Column("legal_domains", t(_T.legal_domains), ColumnKind.LABEL),
               Column("interpreter", t(_T.interpreter), ColumnKind.LABEL))
    rows = []
    for f in facts:
        pseudonym, duration = extra.get(f.id, ("", None))
        rows.append((pseudonym, dt.date.fromisoformat(f.day), places.get(f.municipality, f.municipality),
                     person(f.owner),
                     _label(ContactType, f.contact_type, "Catalogues", text_of), duration,
                     ", ".join(topics.get(c, c) for c in split_codes(f.topics)),
                     ", ".join(_short(c) for c in split_codes(f.legal_domains)),
                     t(_T.yes) if f.interpreter else t(_T.no)))
    return DrillDown(t(_T.consultations), columns, tuple(rows))


def _case_list(session: Session, chosen: list[tuple[CaseFact, str]], places: dict[str, str],
               person: Callable[[str], str], t: Callable[[str], str], text_of: Translate) -> DrillDown:
    pseudonyms: dict[str, str] = {}
    client_ids = sorted({c.client_id for c, _ in chosen})
    for chunk in _chunks(client_ids):
        pseudonyms.update(session.execute(select(raw(Client.id), Client.pseudonym)
                                          .where(raw(Client.id).in_(chunk))).all())
    chosen = sorted(chosen, key=lambda item: (item[0].opened_on, pseudonyms.get(item[0].client_id, ""),
                                              str(item[0].id)))
    columns = (Column("pseudonym", t(_T.pseudonym), ColumnKind.LABEL),
               Column("municipality", t(_T.municipality), ColumnKind.LABEL),
               Column("phase", t(_T.phase), ColumnKind.LABEL),
               Column("opened", t(_T.opened), ColumnKind.DATE),
               Column("closed", t(_T.closed), ColumnKind.DATE),
               Column("case_manager", t(_T.case_manager), ColumnKind.LABEL))
    rows = tuple((pseudonyms.get(c.client_id, ""), places.get(c.municipality, c.municipality),
                  _label(Phase, phase, "CaseCycle", text_of), c.opened_on, c.closed_on, person(c.owner))
                 for c, phase in chosen)
    return DrillDown(t(_T.cases), columns, rows)
