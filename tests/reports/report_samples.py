"""Hand-built Reports for the writer tests: a cross table with 12 months and a total, "<5" cells,
dates, None, and labels a spreadsheet would take for a formula."""

from __future__ import annotations

import datetime as dt

from kim_desktop.reports.report_model import (
    ChartKind,
    ChartSpec,
    Column,
    ColumnKind,
    Freshness,
    Report,
    ReportRequest,
    ReportView,
    Row,
    ViewId,
)

C = ColumnKind
INJECTIONS = ("=HYPERLINK(\"http://x\")", "+49 2241 0", "-2+3", "@SUM(A1)", "\tTab", "\rCR")
MONTHS = tuple(f"{m:02d}/2026" for m in range(1, 13))
CREATED = dt.datetime(2026, 11, 25, 9, 30, tzinfo=dt.UTC)


def _overview() -> ReportView:
    columns = (Column("municipality", "Kommune", C.LABEL), Column("consultations", "Beratungen"),
               Column("people", "Personen"), Column("hours", "Stunden", C.NUMBER),
               Column("first", "Erste Beratung", C.DATE))
    rows = (
        Row(("Königswinter", 1234, 87, 410.5, dt.date(2026, 1, 5))),
        Row(("Bad Honnef", "<5", "<5", 2.25, dt.date(2026, 3, 2))),
        Row(("Hennef (Sieg)", 0, 0, None, None)),
        Row((INJECTIONS[0], 7, 6, 1.5, dt.date(2026, 2, 1))),
        Row(("Insgesamt", 1244, 97, 414.25, dt.date(2026, 1, 5)), total=True),
    )
    return ReportView(ViewId.OVERVIEW, "Übersicht je Kommune", columns, rows,
                      note="Personen: verschiedene Pseudonyme im Zeitraum.",
                      chart=ChartSpec(ChartKind.BAR, 0, (1,)))


def _cross_table() -> ReportView:
    columns = (Column("municipality", "Kommune", C.LABEL),
               *(Column(f"m{i}", month) for i, month in enumerate(MONTHS, start=1)),
               Column("total", "Insgesamt"))
    towns = ("Königswinter", "Bad Honnef", "Sankt Augustin", "Neunkirchen-Seelscheid")
    rows = []
    for n, town in enumerate(towns):
        cells: list[int | str] = [100 * (n + 1) + m for m in range(12)]
        cells[3] = "<5" if n == 1 else cells[3]
        rows.append(Row((town, *cells, sum(c for c in cells if isinstance(c, int)))))
    rows.append(Row(("Insgesamt", *(10000 + m for m in range(12)), 123456), total=True))
    return ReportView(ViewId.CONSULTATIONS, "Beratungen je Kommune und Monat", columns, tuple(rows),
                      chart=ChartSpec(ChartKind.STACKED_BAR, 0, tuple(range(1, 13))))


def _months() -> ReportView:
    columns = (Column("month", "Monat", C.LABEL), Column("consultations", "Beratungen"),
               Column("new", "Neue Fälle"), Column("closed", "Abgeschlossene Fälle"))
    rows = tuple(Row((month, 50 + i * 3, "<5" if i == 2 else 8 + i, i)) for i, month in enumerate(MONTHS))
    return ReportView(ViewId.MONTHS, "Beratungen und Fälle je Monat", columns, rows,
                      chart=ChartSpec(ChartKind.LINE, 0, (1, 2, 3)))


def _legal_domains() -> ReportView:
    columns = (Column("legal_domain", "Rechtskreis", C.LABEL), Column("consultations", "Beratungen"))
    rows = (Row(("SGB II", 40)), Row(("AufenthG", 25)), Row(("SGB VIII", "<5")), Row((INJECTIONS[2], 3)),
            Row((INJECTIONS[3], 2)))
    return ReportView(ViewId.LEGAL_DOMAINS, "Beratungen je Rechtskreis", columns, rows,
                      note="Eine Beratung kann mehrere Rechtskreise betreffen.",
                      chart=ChartSpec(ChartKind.PIE, 0, (1,)))


def _case_managers(external: bool) -> ReportView:
    columns = (Column("who", "Team" if external else "Case Manager/in", C.LABEL),
               Column("consultations", "Beratungen"), Column("active", "Aktive Fälle"),
               Column("last_import", "Letzter Import", C.DATE))
    rows = (Row(("Team 1" if external else "Petra Beispiel", 420, 61, dt.date(2026, 11, 20))),
            Row(("Team 2" if external else "Jonas Muster", 310, "<5", None)),
            Row(("Insgesamt", 730, 65, None), total=True))
    return ReportView(ViewId.CASE_MANAGERS, "Je Team" if external else "Je Case Manager/in", columns, rows,
                      chart=ChartSpec(ChartKind.BAR, 0, (1, 2)))


def _escalations() -> ReportView:
    columns = (Column("status", "Status", C.LABEL), Column("count", "Meldungen"))
    rows = (Row(("eingegangen", 6)), Row(("in Bearbeitung", "<5")), Row(("gelöst", 9)),
            Row((INJECTIONS[4], 0)), Row((INJECTIONS[5], 0)), Row((INJECTIONS[1], 0)),
            Row(("Insgesamt", 17), total=True))
    return ReportView(ViewId.ESCALATIONS, "Meldungen an die Lenkungsgruppe nach Stand", columns, rows,
                      chart=ChartSpec(ChartKind.BAR, 0, (1,)))


def _empty() -> ReportView:
    columns = (Column("agency", "Stelle", C.LABEL), Column("count", "Vermittlungen"))
    return ReportView(ViewId.REFERRALS, "Vermittlungen je Stelle: Jobcenter/Ausländerbehörde [Kreis]?*",
                      columns, (), chart=ChartSpec(ChartKind.BAR))


def sample_report(*, external: bool = False, notes: tuple[str, ...] = ()) -> Report:
    request = ReportRequest(dt.date(2026, 1, 1), dt.date(2026, 12, 31), external=external,
                            teams=frozenset({1, 2}) if external else frozenset())
    freshness = (
        Freshness("dev-1", "Team 1" if external else "Petra Beispiel", 1,
                  dt.datetime(2026, 11, 20, 16, 5, tzinfo=dt.UTC), stale=False),
        Freshness("dev-2", "Team 2" if external else "Jonas Muster", 2, None, stale=True),
    )
    views = (_overview(), _months(), _cross_table(), _case_managers(external), _legal_domains(),
             _escalations(), _empty())
    return Report(request, "Rhein-Sieg-Kreis", CREATED, 5, views, freshness, notes)
