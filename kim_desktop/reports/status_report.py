"""The "Sachstandsbericht Kommunales Integrationsmanagement" for the committee (Ausschuss für Soziales
und Integration) as a ready PDF, in the order of the Kreis's own reports: preliminary remarks, the
teams of the case management with their municipalities, caseload and consultations per team, the
course over the months, legal domains and topics, and the structural problems reported to the
steering group with their outcomes.

It leaves the Kreis, so it is built only from an external report (pseudonymised, case managers
grouped by team, small counts suppressed); an internal one is refused. After suppression even a
total may read "<5" or "x": the sentences quote the cell as it is, never a number worked out.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from kim_desktop.config.deployment import Deployment, Team
from kim_desktop.domain.dates import format_date
from kim_desktop.domain.messages import Message, Translate
from kim_desktop.errors import InputRejected
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP
from kim_desktop.reports.report_cells import CONTEXT, cover_notes, display, moment, period_text
from kim_desktop.reports.report_model import CellValue, Report, ReportView, ViewId
from kim_desktop.reports.report_pdf import PdfKit
from kim_desktop.storage.atomic import write_atomic


class Texts:
    title = QT_TRANSLATE_NOOP(
        "ReportFiles", "Sachstandsbericht Kommunales Integrationsmanagement – {district}")
    internal_refused = QT_TRANSLATE_NOOP(
        "ReportFiles",
        "Der Sachstandsbericht geht an den Ausschuss und wird nur aus einem Bericht zur Weitergabe erstellt "
        "(pseudonymisiert, kleine Anzahlen unterdrückt).")
    period = QT_TRANSLATE_NOOP("ReportFiles", "Berichtszeitraum")
    created = QT_TRANSLATE_NOOP("ReportFiles", "Erstellt am")
    basis = QT_TRANSLATE_NOOP("ReportFiles", "Datengrundlage")
    basis_text = QT_TRANSLATE_NOOP(
        "ReportFiles",
        "Pseudonymisierte Daten der Case Managerinnen und Case Manager aus KIM Desktop, ohne Namen und ohne "
        "andere personenbezogene Angaben; Anzahlen unter {threshold} unterdrückt.")
    remarks = QT_TRANSLATE_NOOP("ReportFiles", "Vorbemerkungen")
    remarks_text = QT_TRANSLATE_NOOP(
        "ReportFiles",
        "Über den Stand des Case Managements im Kommunalen Integrationsmanagement (Modul 2) im "
        "{district} wird für den Zeitraum vom {start} bis {end} informiert: welche Teams in welchen "
        "Kommunen arbeiten, wie viele Fälle und Beratungen sie hatten, welche Rechtskreise und Themen "
        "die Beratungen betrafen und welche strukturellen Problemlagen der Geschäftsstelle der "
        "Lenkungsgruppe gemeldet wurden.")
    teams = QT_TRANSLATE_NOOP("ReportFiles", "Teams und Kommunen des Case Managements")
    teams_text = QT_TRANSLATE_NOOP(
        "ReportFiles", "Die Teams des Case Managements und ihre Kommunen (Teams: {teams}, Kommunen: "
                       "{municipalities}):")
    team = QT_TRANSLATE_NOOP("ReportFiles", "Team")
    municipalities = QT_TRANSLATE_NOOP("ReportFiles", "Kommunen")
    employer = QT_TRANSLATE_NOOP("ReportFiles", "Anstellungsträger")
    since = QT_TRANSLATE_NOOP("ReportFiles", "seit")
    caseload = QT_TRANSLATE_NOOP("ReportFiles", "Fallzahlen und Beratungen je Team")
    caseload_text = QT_TRANSLATE_NOOP(
        "ReportFiles", "Im Berichtszeitraum fanden insgesamt {consultations} Beratungen statt.")
    caseload_active_text = QT_TRANSLATE_NOOP(
        "ReportFiles",
        "Im Berichtszeitraum fanden insgesamt {consultations} Beratungen statt; am Ende des Zeitraums "
        "waren {active} Fälle aktiv.")
    months = QT_TRANSLATE_NOOP("ReportFiles", "Beratungen und Fälle im Verlauf")
    domains = QT_TRANSLATE_NOOP("ReportFiles", "Rechtskreise und Themen der Beratungen")
    escalations = QT_TRANSLATE_NOOP(
        "ReportFiles", "Strukturelle Problemlagen: Meldungen an die Lenkungsgruppe")
    escalations_text = QT_TRANSLATE_NOOP(
        "ReportFiles",
        "Bei rechtskreisübergreifenden, strukturellen Problemlagen informieren die Case Managerinnen und "
        "Case Manager die Geschäftsstelle der Lenkungsgruppe. Im Berichtszeitraum wurden {count} Meldungen "
        "übermittelt; die Tabelle zeigt ihren heutigen Stand.")
    heading = QT_TRANSLATE_NOOP("ReportFiles", "{number}. {title}")
    closing = QT_TRANSLATE_NOOP("ReportFiles", "Erstellt mit KIM Desktop am {created}.")


def _check_external(report: Report) -> None:
    if not report.request.external:
        raise InputRejected(Message.of(CONTEXT, Texts.internal_refused), "external")


def _view(report: Report, view_id: ViewId) -> ReportView | None:
    return next((v for v in report.views if v.id is view_id), None)


def _total(view: ReportView | None, key: str) -> CellValue:
    """The total row's cell of column `key`, as shown (possibly "<5")."""
    if view is None or not any(c.key == key for c in view.columns):
        return None
    index = view.column_index(key)
    row = next((r for r in view.rows if r.total), None)
    return row.cells[index] if row is not None and index < len(row.cells) else None


def _teams_shown(report: Report, deployment: Deployment) -> list[Team]:
    request = report.request
    teams = [t for t in deployment.teams if not request.teams or t.number in request.teams]
    if request.municipalities:
        teams = [t for t in teams if set(t.municipalities) & request.municipalities]
    return teams


class _StatusReport:
    def __init__(self, report: Report, deployment: Deployment, translate: Translate | None) -> None:
        self.report, self.deployment = report, deployment
        self.kit = PdfKit(translate)
        self.number = 0

    def heading(self, title: str) -> str:
        self.number += 1
        return self.kit.phrase(Texts.heading, number=self.number, title=self.kit.phrase(title))

    def opening(self, title: str) -> list[Flowable]:
        kit, report = self.kit, self.report
        request = report.request
        facts = [(kit.phrase(Texts.period), period_text(request.period_from, request.period_to)),
                 (kit.phrase(Texts.created), moment(report.created_at)),
                 (kit.phrase(Texts.basis), kit.phrase(Texts.basis_text, threshold=report.threshold))]
        story: list[Flowable] = [
            kit.para(report.district_name, kit.h2),
            kit.para(title, kit.h1), kit.facts(facts), Spacer(1, 4 * mm),
            kit.para(kit.phrase(Texts.remarks), kit.h3),
            kit.para(kit.phrase(Texts.remarks_text, district=report.district_name,
                                start=format_date(request.period_from), end=format_date(request.period_to)),
                     kit.text)]
        story += [kit.para(note, kit.small) for note in cover_notes(report, kit.translate)]
        story += kit.freshness(report)
        return story

    def teams(self) -> list[Flowable]:
        kit = self.kit
        teams = _teams_shown(self.report, self.deployment)
        names = {m.ags: m.name for m in self.deployment.municipalities}
        towns = {ags for t in teams for ags in t.municipalities}
        rows = [[kit.para(kit.phrase(h), kit.head_cell)
                 for h in (Texts.team, Texts.municipalities, Texts.employer, Texts.since)]]
        for team in teams:
            rows.append([kit.para(str(team.number)),
                         kit.para(", ".join(names.get(ags, ags) for ags in team.municipalities)),
                         kit.para(team.employer), kit.para(format_date(team.since) if team.since else "–")])
        return [kit.para(self.heading(Texts.teams), kit.h2),
                kit.para(kit.phrase(Texts.teams_text, teams=len(teams), municipalities=len(towns)), kit.text),
                kit.grid(rows, [14 * mm, None, 48 * mm, 22 * mm]), Spacer(1, 4 * mm)]

    def view(self, view_id: ViewId, title: str, intro: Sequence[Flowable] = (), *,
             chart: bool = True) -> list[Flowable]:
        view = _view(self.report, view_id)
        if view is None:
            return []
        return self.kit.section(view, self.heading(title), self.report.threshold, with_chart=chart,
                                portrait_only=True, intro=intro)[1]

    def caseload(self) -> list[Flowable]:
        overview = _view(self.report, ViewId.OVERVIEW)
        consultations, active = _total(overview, "consultations"), _total(overview, "active_cases")
        text = self.kit.phrase(Texts.caseload_text if active is None else Texts.caseload_active_text,
                               consultations=display(consultations), active=display(active))
        return self.view(ViewId.CASE_MANAGERS, Texts.caseload, [self.kit.para(text, self.kit.text)])

    def domains(self) -> list[Flowable]:
        story = self.view(ViewId.LEGAL_DOMAINS, Texts.domains)
        topics = _view(self.report, ViewId.TOPICS)
        if topics is not None:
            story += self.kit.section(topics, topics.title, self.report.threshold, portrait_only=True)[1]
        return story

    def escalations(self) -> list[Flowable]:
        count = display(_total(_view(self.report, ViewId.ESCALATIONS), "count"))
        intro = [self.kit.para(self.kit.phrase(Texts.escalations_text, count=count), self.kit.text)]
        return self.view(ViewId.ESCALATIONS, Texts.escalations, intro, chart=False)

    def story(self, title: str) -> list[Flowable]:
        story = self.opening(title)
        story += self.teams()
        story.append(PageBreak())
        story += self.caseload()
        story += self.view(ViewId.MONTHS, Texts.months)
        story += self.domains()
        story += self.escalations()
        story.append(self.kit.para(self.kit.phrase(Texts.closing, created=moment(self.report.created_at)),
                                   self.kit.small))
        return story


def render_status_report(report: Report, deployment: Deployment, translate: Translate | None = None) -> bytes:
    _check_external(report)
    writer = _StatusReport(report, deployment, translate)
    title = writer.kit.phrase(Texts.title, district=report.district_name)
    return writer.kit.build(writer.story(title), title=title, author=report.district_name, footer=title)


def write_status_report(report: Report, deployment: Deployment, target: Path, *,
                        translate: Translate | None = None) -> None:
    """Writes the Sachstandsbericht to target (replacing a file there); InputRejected for an
    internal report."""
    write_atomic(Path(target), render_status_report(report, deployment, translate))
