"""What a coordinator report is made of, independent of where it is shown (dashboard, XLSX, CSV, PDF).

A report is a list of views; a view is a table (columns, rows) with an optional chart. Every
number cell may carry a Selector that names the records behind it, so the dashboard can drill
down from a number to the pseudonymised list. Reports built for outside the Kreis
(`ReportRequest.external`) carry no selectors, no names of people (case managers are grouped by
team) and small counts suppressed ("<5").

Texts (titles, column headers, labels) are already translated when a Report is built, so the
writers only place them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

CellValue = int | float | str | dt.date | None


class ViewId(StrEnum):
    """Stable identifiers: CLI `--view`, sheet order, GUI tabs."""

    OVERVIEW = "overview"              # per municipality: consultations, people, new/closed/active cases …
    MONTHS = "months"                  # per month: consultations, new and closed cases, interpreter use
    CONSULTATIONS = "consultations"    # municipality × month cross table of consultations
    CASES = "cases"                    # active cases at the end of the period by phase, per municipality
    CASE_MANAGERS = "case_managers"    # per case manager (external: per team) with the last import
    LEGAL_DOMAINS = "legal_domains"    # consultations per legal domain (several per consultation)
    TOPICS = "topics"                  # consultations per topic
    CONTACT_TYPES = "contact_types"    # consultations per contact type
    INTERPRETERS = "interpreters"      # consultations with / without an interpreter
    REFERRALS = "referrals"            # referrals per partner agency
    ESCALATIONS = "escalations"        # escalations submitted in the period by current status


class ColumnKind(StrEnum):
    LABEL = "label"    # text (a municipality, a month label, a phase …)
    COUNT = "count"    # a whole number, or "<5" when suppressed
    NUMBER = "number"  # a decimal (hours, averages)
    DATE = "date"      # dt.date or None


class ChartKind(StrEnum):
    BAR = "bar"                # one bar per row, one series per value column
    STACKED_BAR = "stacked"    # as BAR, the series stacked
    LINE = "line"              # rows are points in time
    PIE = "pie"                # one value column, shares of the rows


class Subject(StrEnum):
    """What a drill-down lists."""

    CONSULTATIONS = "consultations"
    CASES = "cases"
    ESCALATIONS = "escalations"


@dataclass(frozen=True)
class Selector:
    """The records behind one number, as criteria ANDed together. Keys: "municipality" (AGS),
    "month" ("YYYY-MM"), "device" (case manager's device id), "team" (number as text),
    "contact_type", "legal_domain", "topic", "agency", "interpreter" ("yes"/"no"), "phase",
    "case_state" ("new"/"closed"/"active"), "status" (escalation status)."""

    subject: Subject
    criteria: tuple[tuple[str, str], ...] = ()

    def get(self, key: str) -> str | None:
        return dict(self.criteria).get(key)


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    kind: ColumnKind = ColumnKind.COUNT


@dataclass(frozen=True)
class Row:
    cells: tuple[CellValue, ...]
    selectors: tuple[Selector | None, ...] = ()  # aligned with cells; empty: no drill-down
    total: bool = False  # a sum row ("Insgesamt"): bold in files, left out of charts

    def selector(self, column: int) -> Selector | None:
        return self.selectors[column] if column < len(self.selectors) else None


@dataclass(frozen=True)
class ChartSpec:
    kind: ChartKind
    category_column: int = 0        # the label column naming each bar / point / slice
    value_columns: tuple[int, ...] = (1,)


@dataclass(frozen=True)
class ReportView:
    id: ViewId
    title: str
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    note: str = ""                  # e.g. "a consultation can concern several legal domains"
    chart: ChartSpec | None = None

    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)


@dataclass(frozen=True)
class ReportRequest:
    period_from: dt.date
    period_to: dt.date
    municipalities: frozenset[str] = frozenset()  # AGS keys; empty: all
    case_managers: frozenset[str] = frozenset()   # device ids; empty: all
    teams: frozenset[int] = frozenset()           # team numbers; empty: all
    external: bool = False  # leaves the Kreis: pseudonymised, small counts suppressed, no drill-down


@dataclass(frozen=True)
class Freshness:
    """When the Kreis last heard from a case manager's laptop; None: never."""

    device_id: str
    label: str               # the case manager's name (internal) or the team (external)
    team: int | None
    last_package_at: dt.datetime | dt.date | None  # external reports: the team's oldest day only
    stale: bool              # older than the report's end or than 14 days: numbers may be incomplete


@dataclass(frozen=True)
class Report:
    request: ReportRequest
    district_name: str
    created_at: dt.datetime
    threshold: int                       # small-count threshold used (external reports)
    views: tuple[ReportView, ...]
    freshness: tuple[Freshness, ...] = ()
    notes: tuple[str, ...] = field(default=())  # lines for the cover: period, suppression, filters

    def view(self, view_id: ViewId | str) -> ReportView:
        wanted = ViewId(view_id)
        return next(v for v in self.views if v.id is wanted)
