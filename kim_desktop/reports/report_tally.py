"""The counting pass of a coordinator report: everything the views show, counted once from the
facts (report_facts). Consultations are counted by C-level passes (Counter over itemgetter) and
then over their few thousand distinct combinations; cases one by one (there are far fewer).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from kim_desktop.reports.report_facts import (
    C_CLIENT,
    C_CONTACT,
    C_INTERPRETER,
    C_LEGAL,
    C_MONTH,
    C_OWNER,
    C_PLACE,
    C_REFERRALS,
    C_TOPICS,
    Facts,
    active_at,
)
from kim_desktop.reports.report_model import ReportRequest
from kim_desktop.storage.consultation_tables import split_codes

STATES = ("new", "closed", "active")


@dataclass
class Tally:
    """Everything counted in the one pass over consultations and cases."""

    by_place: Counter[str] = field(default_factory=Counter)
    by_place_month: Counter[tuple[str, str]] = field(default_factory=Counter)
    by_month: Counter[str] = field(default_factory=Counter)
    by_device: Counter[str] = field(default_factory=Counter)
    people: dict[str, set[Any]] = field(default_factory=dict)
    people_all: set[Any] = field(default_factory=set)
    interpreter_place: Counter[str] = field(default_factory=Counter)
    interpreter_month: Counter[str] = field(default_factory=Counter)
    referral_place: Counter[str] = field(default_factory=Counter)
    contact_types: Counter[str] = field(default_factory=Counter)
    legal_domains: Counter[str] = field(default_factory=Counter)
    topics: Counter[str] = field(default_factory=Counter)
    agencies: Counter[str] = field(default_factory=Counter)
    interpreters: int = 0
    referrals: int = 0
    consultations: int = 0
    # cases: "new" / "closed" / "active" → counters per place, month, device (external teams are
    # derived from the protected places, report_builder._teams)
    case_place: dict[str, Counter[str]] = field(default_factory=lambda: {s: Counter() for s in STATES})
    case_month: dict[str, Counter[str]] = field(default_factory=lambda: {s: Counter() for s in STATES})
    case_device: dict[str, Counter[str]] = field(default_factory=lambda: {s: Counter() for s in STATES})
    case_total: Counter[str] = field(default_factory=Counter)
    active_phase: Counter[tuple[str, str]] = field(default_factory=Counter)


def _expand(raw_counts: Counter[str]) -> Counter[str]:
    """Counts of ";A;B;" texts → counts per code: most consultations share a few combinations,
    so each text is split once."""
    codes: Counter[str] = Counter()
    for text, n in raw_counts.items():
        for code in split_codes(text):
            codes[code] += n
    return codes


def count_facts(facts: Facts, request: ReportRequest) -> Tally:
    """Counts the consultations by C-level passes (Counter over itemgetter), then the few thousand
    distinct combinations in Python; the cases one by one (there are far fewer)."""
    tally = Tally()
    rows = facts.consultations
    combos = Counter(map(itemgetter(C_PLACE, C_MONTH, C_OWNER, C_CONTACT, C_INTERPRETER), rows))
    with_referral = Counter(map(itemgetter(C_PLACE), (r for r in rows if r[C_REFERRALS])))
    for (place, month, owner, contact, interpreter), n in combos.items():
        tally.by_place[place] += n
        tally.by_place_month[(place, month)] += n
        tally.by_month[month] += n
        tally.by_device[owner] += n
        tally.contact_types[contact] += n
        if interpreter:
            tally.interpreters += n
            tally.interpreter_place[place] += n
            tally.interpreter_month[month] += n
    tally.referral_place = with_referral
    tally.referrals = sum(with_referral.values())
    tally.people_all = set(map(itemgetter(C_CLIENT), rows))
    tally.people = {}
    for place, client in set(map(itemgetter(C_PLACE, C_CLIENT), rows)):
        tally.people.setdefault(place, set()).add(client)
    tally.agencies = _expand(Counter(map(itemgetter(C_REFERRALS), rows)))
    tally.legal_domains = _expand(Counter(map(itemgetter(C_LEGAL), rows)))
    tally.topics = _expand(Counter(map(itemgetter(C_TOPICS), rows)))
    tally.consultations = len(rows)
    for case in facts.cases:
        states = []
        if request.period_from <= case.opened_on <= request.period_to:
            states.append(("new", case.opened_on))
        if case.closed_on is not None and request.period_from <= case.closed_on <= request.period_to:
            states.append(("closed", case.closed_on))
        if active_at(case, request.period_to):
            states.append(("active", request.period_to))
            tally.active_phase[(case.municipality, case.end_phase)] += 1
        for state, day in states:
            tally.case_place[state][case.municipality] += 1
            tally.case_month[state][f"{day.year:04d}-{day.month:02d}"] += 1
            tally.case_device[state][case.owner] += 1
            tally.case_total[state] += 1
    return tally
