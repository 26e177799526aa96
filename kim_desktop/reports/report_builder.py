"""Builds a coordinator report (report_model.Report) from the vault: the rows read once (report_facts),
counted once (report_tally), then one ReportView per ViewId.

Internal reports carry a Selector on every count cell that drill_down can list (its rows are
exactly the number in the cell). External reports (`request.external`) carry none, name teams
instead of case managers, and pass every count through disclosure.py. Numbers that appear in two
views (consultations per municipality in the overview and as the row totals of the cross table,
active cases per municipality in the overview and in the cases view) are protected once and shown
the same way in both, so that one view cannot reveal what the other hides. The external teams view
goes further: its numbers are sums of the overview's protected municipality numbers (teams by the
deployment's municipalities), and the Personen column is not published at all.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from kim_desktop.config.deployment import Deployment
from kim_desktop.domain.case_cycle import Phase
from kim_desktop.domain.catalogues import ContactType, LegalDomain
from kim_desktop.domain.dates import format_date
from kim_desktop.domain.escalation_status import Status
from kim_desktop.domain.messages import Translate
from kim_desktop.domain.roles import Role
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP
from kim_desktop.reports import disclosure
from kim_desktop.reports.disclosure import ProtectedCounts, Shown
from kim_desktop.reports.report_facts import Facts, device_label, load_escalations, load_facts
from kim_desktop.reports.report_freshness import freshness, local_day, team_label
from kim_desktop.reports.report_model import (
    CellValue,
    ChartKind,
    ChartSpec,
    Column,
    ColumnKind,
    Report,
    ReportRequest,
    ReportView,
    Row,
    Selector,
    Subject,
    ViewId,
)
from kim_desktop.reports.report_tally import Tally, count_facts
from kim_desktop.services.master_data import labels
from kim_desktop.storage.master_data_tables import AGENCY, LEGAL_DOMAIN, TOPIC

CONTEXT = "Reports"
ANY_AGENCY = "*"  # Selector value of "agency": a referral to any partner agency
CONSULTATIONS, ACTIVE = "consultations", "active"  # the totals shared by several views


class T:
    """Titles, headers and notes (German; translated through text_of)."""

    overview = QT_TRANSLATE_NOOP("Reports", "Übersicht nach Kommunen")
    months = QT_TRANSLATE_NOOP("Reports", "Verlauf nach Monaten")
    consultations = QT_TRANSLATE_NOOP("Reports", "Beratungen nach Kommune und Monat")
    cases = QT_TRANSLATE_NOOP("Reports", "Aktive Fälle am Ende des Zeitraums nach Phase")
    case_managers = QT_TRANSLATE_NOOP("Reports", "Case Management")
    teams = QT_TRANSLATE_NOOP("Reports", "Teams")
    legal_domains = QT_TRANSLATE_NOOP("Reports", "Rechtskreise")
    topics = QT_TRANSLATE_NOOP("Reports", "Themen")
    contact_types = QT_TRANSLATE_NOOP("Reports", "Kontaktarten")
    interpreters = QT_TRANSLATE_NOOP("Reports", "Dolmetschung")
    referrals = QT_TRANSLATE_NOOP("Reports", "Vermittlungen an Netzwerkpartner")
    escalations = QT_TRANSLATE_NOOP("Reports", "Meldungen struktureller Problemlagen nach Status")
    municipality = QT_TRANSLATE_NOOP("Reports", "Kommune")
    month = QT_TRANSLATE_NOOP("Reports", "Monat")
    total = QT_TRANSLATE_NOOP("Reports", "Insgesamt")
    n_consultations = QT_TRANSLATE_NOOP("Reports", "Beratungen")
    people = QT_TRANSLATE_NOOP("Reports", "Personen")
    new_cases = QT_TRANSLATE_NOOP("Reports", "neue Fälle")
    closed_cases = QT_TRANSLATE_NOOP("Reports", "abgeschlossene Fälle")
    active_cases = QT_TRANSLATE_NOOP("Reports", "aktive Fälle")
    with_interpreter = QT_TRANSLATE_NOOP("Reports", "Beratungen mit Dolmetschung")
    with_referral = QT_TRANSLATE_NOOP("Reports", "Beratungen mit Vermittlung")
    interpreter_short = QT_TRANSLATE_NOOP("Reports", "mit Dolmetschung")
    without_interpreter = QT_TRANSLATE_NOOP("Reports", "ohne Dolmetschung")
    case_manager = QT_TRANSLATE_NOOP("Reports", "Case Manager")
    team = QT_TRANSLATE_NOOP("Reports", "Team")
    last_import = QT_TRANSLATE_NOOP("Reports", "letzter Import")
    legal_domain = QT_TRANSLATE_NOOP("Reports", "Rechtskreis")
    topic = QT_TRANSLATE_NOOP("Reports", "Thema")
    contact_type = QT_TRANSLATE_NOOP("Reports", "Kontaktart")
    agency = QT_TRANSLATE_NOOP("Reports", "Netzwerkpartner")
    status = QT_TRANSLATE_NOOP("Reports", "Status")
    count = QT_TRANSLATE_NOOP("Reports", "Anzahl")
    share = QT_TRANSLATE_NOOP("Reports", "Anteil (%)")
    affected_cases = QT_TRANSLATE_NOOP("Reports", "betroffene Fälle")
    several = QT_TRANSLATE_NOOP(
        "Reports", "Eine Beratung kann mehrere Einträge betreffen; die Zeilen ergeben zusammen nicht die "
                   "Zahl der Beratungen. Anteil: an allen Beratungen des Zeitraums.")
    people_note = QT_TRANSLATE_NOOP(
        "Reports", "Personen: verschiedene Pseudonyme; wer in mehreren Kommunen beraten wurde, zählt in "
                   "jeder, insgesamt aber einmal.")
    cases_note = QT_TRANSLATE_NOOP(
        "Reports", "Phase am letzten Tag des Zeitraums, nach dem Phasenverlauf des Falls.")
    period = QT_TRANSLATE_NOOP("Reports", "Zeitraum: {start} bis {end}")
    filter_municipalities = QT_TRANSLATE_NOOP("Reports", "Nur Kommunen: {names}")
    filter_teams = QT_TRANSLATE_NOOP("Reports", "Nur Teams: {numbers}")
    filter_case_managers = QT_TRANSLATE_NOOP("Reports", "Nur Case Manager: {names}")
    suppressed = QT_TRANSLATE_NOOP(
        "Reports", "Anzahlen von 1 bis {last} sind als „<{threshold}“ ausgewiesen; „x“: gesperrt, damit sich "
                   "ein kleiner Wert nicht aus Summen errechnen lässt.")
    pseudonymised = QT_TRANSLATE_NOOP(
        "Reports", "Ohne personenbezogene Daten: Case Management nach Teams zusammengefasst.")
    stale = QT_TRANSLATE_NOOP(
        "Reports", "Daten möglicherweise unvollständig (letzter Import älter als 14 Tage oder vor Ende des "
                   "Zeitraums): {names}")
    never = QT_TRANSLATE_NOOP("Reports", "nie")


@dataclass
class _Ctx:
    session: Session
    request: ReportRequest
    deployment: Deployment
    text_of: Translate
    facts: Facts
    threshold: int
    now: dt.datetime
    names: dict[str, str] = field(default_factory=dict)
    # External: totals a cross table hid (secondary suppression) must stay hidden in every view.
    hidden_totals: frozenset[str] = frozenset()

    @property
    def external(self) -> bool:
        return self.request.external

    def t(self, text: str) -> str:
        return self.text_of(CONTEXT, text)

    def sel(self, subject: Subject, **criteria: str | None) -> Selector | None:
        if self.external:
            return None
        return Selector(subject, tuple((k, v) for k, v in criteria.items() if v is not None))

    def place(self, ags: str) -> str:
        return self.names.get(ags, ags)


def month_keys(start: dt.date, end: dt.date) -> list[str]:
    keys, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month):
        keys.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return keys


def month_label(key: str) -> str:
    return f"{key[5:7]}/{key[:4]}"


def _share(n: int, base: int) -> float | None:
    return round(100 * n / base, 1) if base else None


# ------------------------------------------------------------------------------------------
# Generic shapes


@dataclass(frozen=True)
class _Col:
    """One count column of a table whose rows are keys: counts per key and the total row."""

    key: str
    title: str
    counts: Mapping[Any, int]   # by row key (a municipality, a month, a device, a team …)
    total: int
    selector: Callable[[Any], Selector | None]
    partition: bool = True                      # the rows add up to the total
    protected: ProtectedCounts[Any] | None = None  # protected with another view (the same numbers)
    total_of: str = ""                          # "consultations" / "active": the total of a cross table


def _protect(ctx: _Ctx, col: _Col, keys: Sequence[Hashable]) -> tuple[dict[Hashable, Shown], Shown]:
    if not ctx.external:
        return {k: col.counts.get(k, 0) for k in keys}, col.total
    if col.protected is not None:
        total = col.protected.total
        return dict(col.protected.counts), total if total is not None else col.total
    counts = {k: col.counts.get(k, 0) for k in keys}
    protected = disclosure.protect_counts(counts, ctx.threshold, total=col.partition,
                                          hide_total=col.total_of in ctx.hidden_totals)
    total = protected.total if col.partition else disclosure.protect_total(col.total, ctx.threshold)
    return dict(protected.counts), total if total is not None else col.total


def _column_rows(ctx: _Ctx, keys: Sequence[Hashable], heads: Callable[[Hashable], tuple[CellValue, ...]],
                 cols: Sequence[_Col], *, tail: Callable[[Hashable], tuple[CellValue, ...]] | None = None,
                 total_heads: tuple[CellValue, ...] = (), total: bool = True) -> list[Row]:
    shown = [_protect(ctx, col, keys) for col in cols]
    rows = []
    for key in keys:
        head = heads(key)
        rest = tail(key) if tail else ()
        cells = (*head, *(s[0][key] for s in shown), *rest)
        selectors = (*([None] * len(head)), *(col.selector(key) for col in cols), *([None] * len(rest)))
        rows.append(Row(cells, selectors if not ctx.external else ()))
    if total:
        n_tail = len(tail(keys[0])) if tail and keys else 0
        cells = (*total_heads, *(s[1] for s in shown), *([None] * n_tail))
        selectors = (*([None] * len(total_heads)), *(col.selector(None) for col in cols), *([None] * n_tail))
        rows.append(Row(cells, selectors if not ctx.external else (), total=True))
    return rows


def _count_columns(ctx: _Ctx, cols: Sequence[_Col]) -> tuple[Column, ...]:
    return tuple(Column(col.key, col.title, ColumnKind.COUNT) for col in cols)


# ------------------------------------------------------------------------------------------
# Views


def _places(ctx: _Ctx, tally: Tally) -> list[str]:
    """Municipalities in the deployment's order: those with data or chosen in the filter."""
    used = set(tally.by_place) | {p for counter in tally.case_place.values() for p in counter}
    used |= set(ctx.request.municipalities)
    ordered = [m.ags for m in ctx.deployment.municipalities if m.ags in used]
    return ordered + sorted(used - set(ordered))


def _phases(tally: Tally) -> list[str]:
    seen = {phase for _, phase in tally.active_phase}
    standard = [str(p) for p in Phase if p is not Phase.CLOSED or str(p) in seen]
    return standard + sorted(seen - set(standard))


def _phase_label(ctx: _Ctx, code: str) -> str:
    try:
        return ctx.text_of("CaseCycle", Phase(code).label)
    except ValueError:
        return code


@dataclass(frozen=True)
class _Shared:
    """Tables protected once and shown in several views."""

    cross: disclosure.ProtectedTable[str, str] | None
    phases: disclosure.ProtectedTable[str, str] | None


def _shared(ctx: _Ctx, tally: Tally, places: list[str], months: list[str], phases: list[str]) -> _Shared:
    if not ctx.external or not places:
        return _Shared(None, None)
    cross = disclosure.protect_table({(p, m): tally.by_place_month.get((p, m), 0)
                                      for p in places for m in months},
                                     ctx.threshold, row_totals=True, col_totals=True, grand_total=True)
    by_phase = disclosure.protect_table({(p, ph): tally.active_phase.get((p, ph), 0) for p in places
                                         for ph in phases}, ctx.threshold,
                                        row_totals=True, col_totals=True, grand_total=True)
    return _Shared(cross, by_phase)


def _case_col(ctx: _Ctx, key: str, title: str, state: str, counts: Mapping[Any, int], total: int,
              criterion: str, protected: ProtectedCounts[Any] | None = None) -> _Col:
    return _Col(key, ctx.t(title), counts, total,
                lambda k: ctx.sel(Subject.CASES, case_state=state,
                                  **{criterion: None if k is None else str(k)}),
                protected=protected)


def _overview(ctx: _Ctx, tally: Tally, places: list[str], shared: _Shared) -> ReportView:
    C = Subject.CONSULTATIONS
    people = {p: len(s) for p, s in tally.people.items()}
    cross_rows = (ProtectedCounts(shared.cross.row_totals, shared.cross.grand_total)
                  if shared.cross is not None else None)
    active_rows = (ProtectedCounts(shared.phases.row_totals, shared.phases.grand_total)
                   if shared.phases is not None else None)
    # Personen are not published outside: people in several municipalities make the column no
    # partition of its total, so hidden cells could be bounded from the shown ones and the total.
    people_cols = ([] if ctx.external else
                   [_Col("people", ctx.t(T.people), people, len(tally.people_all), lambda k: None,
                         partition=False)])
    cols = [
        _Col("consultations", ctx.t(T.n_consultations), tally.by_place, tally.consultations,
             lambda k: ctx.sel(C, municipality=k), protected=cross_rows),
        *people_cols,
        _case_col(ctx, "new_cases", T.new_cases, "new", tally.case_place["new"], tally.case_total["new"],
                  "municipality"),
        _case_col(ctx, "closed_cases", T.closed_cases, "closed", tally.case_place["closed"],
                  tally.case_total["closed"], "municipality"),
        _case_col(ctx, "active_cases", T.active_cases, "active", tally.case_place["active"],
                  tally.case_total["active"], "municipality", protected=active_rows),
        _Col("interpreter", ctx.t(T.with_interpreter), tally.interpreter_place, tally.interpreters,
             lambda k: ctx.sel(C, municipality=k, interpreter="yes")),
        _Col("referrals", ctx.t(T.with_referral), tally.referral_place, tally.referrals,
             lambda k: ctx.sel(C, municipality=k, agency=ANY_AGENCY)),
    ]
    rows = _column_rows(ctx, places, lambda p: (ctx.place(str(p)),), cols, total_heads=(ctx.t(T.total),))
    return ReportView(ViewId.OVERVIEW, ctx.t(T.overview),
                      (Column("municipality", ctx.t(T.municipality), ColumnKind.LABEL),
                       *_count_columns(ctx, cols)),
                      tuple(rows), note="" if ctx.external else ctx.t(T.people_note),
                      chart=ChartSpec(ChartKind.BAR, 0, (1,)))


def _months(ctx: _Ctx, tally: Tally, months: list[str], shared: _Shared) -> ReportView:
    C = Subject.CONSULTATIONS
    cross_cols = (ProtectedCounts(shared.cross.col_totals, shared.cross.grand_total)
                  if shared.cross is not None else None)
    cols = [
        _Col("consultations", ctx.t(T.n_consultations), tally.by_month, tally.consultations,
             lambda k: ctx.sel(C, month=k), protected=cross_cols),
        _case_col(ctx, "new_cases", T.new_cases, "new", tally.case_month["new"], tally.case_total["new"],
                  "month"),
        _case_col(ctx, "closed_cases", T.closed_cases, "closed", tally.case_month["closed"],
                  tally.case_total["closed"], "month"),
        _Col("interpreter", ctx.t(T.interpreter_short), tally.interpreter_month, tally.interpreters,
             lambda k: ctx.sel(C, month=k, interpreter="yes")),
    ]
    rows = _column_rows(ctx, months, lambda m: (month_label(str(m)),), cols, total_heads=(ctx.t(T.total),))
    return ReportView(ViewId.MONTHS, ctx.t(T.months),
                      (Column("month", ctx.t(T.month), ColumnKind.LABEL), *_count_columns(ctx, cols)),
                      tuple(rows), chart=ChartSpec(ChartKind.LINE, 0, (1, 2, 3)))


def _cross_rows(ctx: _Ctx, places: list[str], columns: list[str], counts: Mapping[tuple[str, str], int],
                protected: disclosure.ProtectedTable[str, str] | None,
                selector: Callable[[str | None, str | None], Selector | None]) -> list[Row]:
    rows = []
    for place in places:
        values = [counts.get((place, c), 0) for c in columns]
        cells: list[Any] = ([protected.cells[(place, c)] for c in columns]
                                  + [protected.row_totals[place]]
                                  if protected else [*values, sum(values)])
        sels = () if ctx.external else (None, *(selector(place, c) for c in columns), selector(place, None))
        rows.append(Row((ctx.place(place), *cells), sels))
    col_sums = [sum(counts.get((p, c), 0) for p in places) for c in columns]
    totals: list[Any] = ([protected.col_totals[c] for c in columns] + [protected.grand_total]
                               if protected else [*col_sums, sum(col_sums)])
    sels = () if ctx.external else (None, *(selector(None, c) for c in columns), selector(None, None))
    rows.append(Row((ctx.t(T.total), *totals), sels, total=True))
    return rows


def _consultations(ctx: _Ctx, tally: Tally, places: list[str], months: list[str],
                   shared: _Shared) -> ReportView:
    rows = _cross_rows(ctx, places, months, tally.by_place_month, shared.cross,
                       lambda p, m: ctx.sel(Subject.CONSULTATIONS, municipality=p, month=m))
    columns = (Column("municipality", ctx.t(T.municipality), ColumnKind.LABEL),
               *(Column(m, month_label(m)) for m in months), Column("total", ctx.t(T.total)))
    return ReportView(ViewId.CONSULTATIONS, ctx.t(T.consultations), columns, tuple(rows),
                      chart=ChartSpec(ChartKind.STACKED_BAR, 0, tuple(range(1, len(months) + 1))))


def _cases(ctx: _Ctx, tally: Tally, places: list[str], phases: list[str], shared: _Shared) -> ReportView:
    rows = _cross_rows(ctx, places, phases, tally.active_phase, shared.phases,
                       lambda p, ph: ctx.sel(Subject.CASES, case_state="active", municipality=p, phase=ph))
    columns = (Column("municipality", ctx.t(T.municipality), ColumnKind.LABEL),
               *(Column(ph, _phase_label(ctx, ph)) for ph in phases), Column("total", ctx.t(T.total)))
    return ReportView(ViewId.CASES, ctx.t(T.cases), columns, tuple(rows), note=ctx.t(T.cases_note),
                      chart=ChartSpec(ChartKind.STACKED_BAR, 0, tuple(range(1, len(phases) + 1))))


def _case_managers(ctx: _Ctx, tally: Tally, overview: ReportView, places: list[str]) -> ReportView:
    if ctx.external:
        return _teams(ctx, tally, overview, places)
    C = Subject.CONSULTATIONS
    known = ctx.facts.devices
    fresh = {f.device_id: f for f in freshness(ctx.session, ctx.request, ctx.deployment, ctx.now,
                                               translate=ctx.text_of)}
    used = set(tally.by_device) | {d for counter in tally.case_device.values() for d in counter} | set(fresh)
    label = {d: device_label(d, known[d].name if d in known else "", ctx.text_of) for d in used}
    team_of = {d: known[d].team if d in known else None for d in used}
    if ctx.facts.viewer.role is Role.CASE_MANAGER:  # the own vault: the own profile's name
        label.update({d: device_label(d, known[d].name, ctx.text_of) for d in used if d in known})
    devices = sorted(used, key=lambda d: (label[d].casefold(), d))
    cols = [
        _Col("consultations", ctx.t(T.n_consultations), tally.by_device, tally.consultations,
             lambda k: ctx.sel(C, device=k)),
        _case_col(ctx, "new_cases", T.new_cases, "new", tally.case_device["new"], tally.case_total["new"],
                  "device"),
        _case_col(ctx, "closed_cases", T.closed_cases, "closed", tally.case_device["closed"],
                  tally.case_total["closed"], "device"),
        _case_col(ctx, "active_cases", T.active_cases, "active", tally.case_device["active"],
                  tally.case_total["active"], "device"),
    ]

    def last_import(device: Hashable) -> tuple[CellValue, ...]:
        entry = fresh.get(str(device))
        at = entry.last_package_at if entry else (known[str(device)].last_package_at
                                                  if str(device) in known else None)
        return (local_day(at),)

    def heads(device: Hashable) -> tuple[CellValue, ...]:
        return label[str(device)], team_label(ctx.deployment, team_of[str(device)], ctx.text_of)

    rows = _column_rows(ctx, devices, heads, cols, tail=last_import, total_heads=(ctx.t(T.total), ""))
    columns = (Column("case_manager", ctx.t(T.case_manager), ColumnKind.LABEL),
               Column("team", ctx.t(T.team), ColumnKind.LABEL), *_count_columns(ctx, cols),
               Column("last_import", ctx.t(T.last_import), ColumnKind.DATE))
    return ReportView(ViewId.CASE_MANAGERS, ctx.t(T.case_managers), columns, tuple(rows),
                      chart=ChartSpec(ChartKind.BAR, 0, (2,)))


TEAM_COLUMNS = ("consultations", "new_cases", "closed_cases", "active_cases")


def team_cell(shown: Sequence[Shown], true_sum: int, threshold: int) -> Shown:
    """A team's number from its municipalities' published ones: their sum while all are shown.
    Once one is hidden the team is hidden too, and its marker must follow from theirs alone —
    "<5" only where the one hidden member is a "<5" beside shown zeros (a team of one municipality);
    else "x". A "<5" from the true sum would tell an "x" member is 0, or narrow two "<5"."""
    hidden = [v for v in shown if isinstance(v, str)]
    if not hidden:
        return sum(int(v) for v in shown)
    small = disclosure.hidden(threshold)
    alone = all(v == 0 for v in shown if not isinstance(v, str))
    if hidden == [small] and alone and 0 < true_sum < threshold:
        return small
    return disclosure.SECONDARY


def _teams(ctx: _Ctx, tally: Tally, overview: ReportView, places: list[str]) -> ReportView:
    """External: per team of the deployment (by its municipalities, not by the device), each number
    derived from the overview's protected ones, so that no team reveals a hidden municipality."""
    team_places: list[tuple[int | None, list[str]]] = []
    placed: set[str] = set()
    for team in ctx.deployment.teams:
        mine = [p for p in places if p in team.municipalities and p not in placed]
        placed.update(mine)
        if mine or (ctx.request.teams and team.number in ctx.request.teams):
            team_places.append((team.number, mine))
    rest = [p for p in places if p not in placed]
    if rest:
        team_places.append((None, rest))
    row_of = {place: overview.rows[i] for i, place in enumerate(places)}
    total_row = next(r for r in overview.rows if r.total)
    true = {"consultations": tally.by_place, "new_cases": tally.case_place["new"],
            "closed_cases": tally.case_place["closed"], "active_cases": tally.case_place["active"]}
    rows = []
    for number, mine in team_places:
        cells: list[CellValue] = [team_label(ctx.deployment, number, ctx.text_of)]
        for key in TEAM_COLUMNS:
            index = overview.column_index(key)
            shown = [row_of[p].cells[index] for p in mine]
            cells.append(team_cell(shown, sum(true[key].get(p, 0) for p in mine),  # type: ignore[arg-type]
                                   ctx.threshold))
        rows.append(Row(tuple(cells)))
    rows.append(Row((ctx.t(T.total), *(total_row.cells[overview.column_index(k)] for k in TEAM_COLUMNS)),
                    total=True))
    titles = dict(zip(TEAM_COLUMNS, (T.n_consultations, T.new_cases, T.closed_cases, T.active_cases),
                      strict=True))
    columns = (Column("team", ctx.t(T.team), ColumnKind.LABEL),
               *(Column(key, ctx.t(titles[key]), ColumnKind.COUNT) for key in TEAM_COLUMNS))
    return ReportView(ViewId.CASE_MANAGERS, ctx.t(T.teams), columns, tuple(rows),
                      chart=ChartSpec(ChartKind.BAR, 0, (1,)))


def _list_view(ctx: _Ctx, view: ViewId, title: str, head: str, items: list[tuple[str, str]],
               counts: Mapping[str, int], criterion: str, *, partition: bool, chart: ChartKind) -> ReportView:
    """label + count + share; `items` are (code, label) in the order shown."""
    base = len(ctx.facts.consultations)
    col = _Col("count", ctx.t(T.count), counts, base, lambda k: ctx.sel(
        Subject.CONSULTATIONS, **{criterion: None if k is None else str(k)}), partition=partition,
        total_of=CONSULTATIONS)
    with_shares = CONSULTATIONS not in ctx.hidden_totals  # a share and a count would reveal the total
    codes = [code for code, _ in items]
    shown, total = _protect(ctx, col, codes)
    label_of = dict(items)
    rows = []
    for code in codes:
        value = shown[code]
        share = _share(counts.get(code, 0), base) if isinstance(value, int) and with_shares else None
        selectors = () if ctx.external else (None, col.selector(code), None)
        rows.append(Row((label_of[code], value, share), selectors))
    if partition:
        share = 100.0 if isinstance(total, int) and total and with_shares else None
        selectors = () if ctx.external else (None, col.selector(None), None)
        rows.append(Row((ctx.t(T.total), total, share), selectors, total=True))
    columns = (Column(criterion, ctx.t(head), ColumnKind.LABEL), Column("count", ctx.t(T.count)),
               Column("share", ctx.t(T.share), ColumnKind.NUMBER))
    return ReportView(view, ctx.t(title), columns, tuple(rows), note="" if partition else ctx.t(T.several),
                      chart=ChartSpec(chart, 0, (1,)))


def _catalogue_items(codes: Mapping[str, int], known: Mapping[str, str], *, keep_order: bool,
                     others: Mapping[str, str] | None = None) -> list[tuple[str, str]]:
    """keep_order: every known code in its order, then other codes with a count (labelled from
    `others`, else by the code); otherwise the codes with a count, most frequent first."""
    if keep_order:
        items = [(code, label) for code, label in known.items()]
        items += [(code, (others or {}).get(code, code)) for code in sorted(set(codes) - set(known))
                  if codes[code]]
        return items
    used = [code for code in codes if codes[code]]
    return sorted(((code, known.get(code, code)) for code in used),
                  key=lambda item: (-codes[item[0]], item[1]))


def _label_views(ctx: _Ctx, tally: Tally) -> list[ReportView]:
    # "Sonstige" has no statute ("–"): named by its label, and only listed when it has a count.
    domains = {str(d): d.short for d in LegalDomain if d is not LegalDomain.OTHER}
    other_domains = {**labels(ctx.session, LEGAL_DOMAIN, ctx.text_of),
                     str(LegalDomain.OTHER): ctx.text_of("Catalogues", LegalDomain.OTHER.label)}
    contact = {str(c): ctx.text_of("Catalogues", c.label) for c in ContactType}
    topics = labels(ctx.session, TOPIC, ctx.text_of)
    agencies = labels(ctx.session, AGENCY, ctx.text_of)
    interpreter = Counter({"yes": tally.interpreters, "no": tally.consultations - tally.interpreters})
    return [
        _list_view(ctx, ViewId.LEGAL_DOMAINS, T.legal_domains, T.legal_domain,
                   _catalogue_items(tally.legal_domains, domains, keep_order=True,
                                    others=other_domains),
                   tally.legal_domains, "legal_domain", partition=False, chart=ChartKind.BAR),
        _list_view(ctx, ViewId.TOPICS, T.topics, T.topic,
                   _catalogue_items(tally.topics, topics, keep_order=False),
                   tally.topics, "topic", partition=False, chart=ChartKind.BAR),
        _list_view(ctx, ViewId.CONTACT_TYPES, T.contact_types, T.contact_type,
                   _catalogue_items(tally.contact_types, contact, keep_order=True), tally.contact_types,
                   "contact_type", partition=True, chart=ChartKind.PIE),
        _list_view(ctx, ViewId.INTERPRETERS, T.interpreters, T.interpreters,
                   [("yes", ctx.t(T.interpreter_short)), ("no", ctx.t(T.without_interpreter))], interpreter,
                   "interpreter", partition=True, chart=ChartKind.PIE),
        _list_view(ctx, ViewId.REFERRALS, T.referrals, T.agency,
                   _catalogue_items(tally.agencies, agencies, keep_order=False), tally.agencies, "agency",
                   partition=False, chart=ChartKind.BAR),
    ]


def _escalations(ctx: _Ctx) -> ReportView:
    found = load_escalations(ctx.session, ctx.request, ctx.deployment, ctx.facts.devices)
    statuses = [s for s in Status if s is not Status.DRAFT]
    counts = Counter(str(r.status) for r in found)
    affected = Counter({str(s): sum(r.case_count for r in found if r.status is s) for s in statuses})
    cols = [
        _Col("count", ctx.t(T.count), counts, len(found), lambda k: ctx.sel(Subject.ESCALATIONS, status=k)),
        _Col("affected_cases", ctx.t(T.affected_cases), affected, sum(affected.values()), lambda k: None),
    ]
    keys = [str(s) for s in statuses]
    rows = _column_rows(ctx, keys, lambda s: (ctx.text_of("EscalationStatus", Status(str(s)).label),), cols,
                        total_heads=(ctx.t(T.total),))
    columns = (Column("status", ctx.t(T.status), ColumnKind.LABEL), *_count_columns(ctx, cols))
    return ReportView(ViewId.ESCALATIONS, ctx.t(T.escalations), columns, tuple(rows),
                      chart=ChartSpec(ChartKind.BAR, 0, (1,)))


# ------------------------------------------------------------------------------------------


def _notes(ctx: _Ctx, fresh: tuple[Any, ...]) -> tuple[str, ...]:
    request = ctx.request
    notes = [ctx.t(T.period).format(start=format_date(request.period_from),
                                    end=format_date(request.period_to))]
    if request.municipalities:
        names = ", ".join(sorted(ctx.place(a) for a in request.municipalities))
        notes.append(ctx.t(T.filter_municipalities).format(names=names))
    if request.teams:
        notes.append(ctx.t(T.filter_teams).format(numbers=", ".join(str(t) for t in sorted(request.teams))))
    if request.case_managers and not request.external:
        known = ctx.facts.devices
        names = ", ".join(sorted(device_label(d, known[d].name if d in known else "", ctx.text_of)
                                 for d in request.case_managers))
        notes.append(ctx.t(T.filter_case_managers).format(names=names))
    if request.external:
        notes.append(ctx.t(T.pseudonymised))
        notes.append(ctx.t(T.suppressed).format(threshold=ctx.threshold, last=ctx.threshold - 1))
    stale = [f.label for f in fresh if f.stale]
    if stale:
        notes.append(ctx.t(T.stale).format(names=", ".join(dict.fromkeys(stale))))
    return tuple(notes)


def build_report(session: Session, request: ReportRequest, *, deployment: Deployment,
                 translate: Translate | None = None, now: dt.datetime | None = None) -> Report:
    """All views of the report for the request; raises InputRejected for a reversed period."""
    text_of: Translate = translate or (lambda _context, text: text)
    now = now or dt.datetime.now(dt.UTC)
    facts = load_facts(session, request, deployment)
    ctx = _Ctx(session, request, deployment, text_of, facts, deployment.policy.small_count_threshold, now,
               {m.ags: m.name for m in deployment.municipalities})
    tally = count_facts(facts, request)
    places = _places(ctx, tally)
    months = month_keys(request.period_from, request.period_to)
    phases = _phases(tally)
    shared = _shared(ctx, tally, places, months, phases)
    ctx.hidden_totals = frozenset(
        name for name, table in ((CONSULTATIONS, shared.cross), (ACTIVE, shared.phases))
        if table is not None and isinstance(table.grand_total, str))
    overview = _overview(ctx, tally, places, shared)
    views = [overview, _months(ctx, tally, months, shared),
             _consultations(ctx, tally, places, months, shared), _cases(ctx, tally, places, phases, shared),
             _case_managers(ctx, tally, overview, places), *_label_views(ctx, tally)]
    views.insert(list(ViewId).index(ViewId.ESCALATIONS), _escalations(ctx))
    order = {view_id: i for i, view_id in enumerate(ViewId)}
    views.sort(key=lambda v: order[v.id])
    fresh = freshness(session, request, deployment, now, translate=text_of)
    return Report(request=request, district_name=deployment.district_name, created_at=now,
                  threshold=ctx.threshold, views=tuple(views), freshness=fresh, notes=_notes(ctx, fresh))
