"""The agenda of a Lenkungsgruppe meeting as a PDF: a first page with the numbered items, then one
summary per item (the problem, the proposed measure, the history with the Geschäftsstelle's
feedback, and the decision once recorded).

Escalations carry no personal data of clients; the authors are named only as "Case Management
<municipality>", never by name or device. The PDF is built in memory and written only to the
path given (a temporary file beside it, then renamed: storage.atomic).
Texts are German source marked for translation (context CONTEXT); `translate` (Qt's, from the GUI)
turns them into the UI language, None keeps German.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from sqlalchemy.orm import Session

from kim_desktop.domain.catalogues import LEGAL_DOMAIN_SHORT, LegalDomain
from kim_desktop.domain.dates import format_date
from kim_desktop.domain.escalation_status import URGENCY_LABELS, Status, Urgency
from kim_desktop.domain.messages import Translate
from kim_desktop.domain.roles import Role
from kim_desktop.errors import RecordNotFound
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP
from kim_desktop.reports.fonts import register_fonts
from kim_desktop.reports.pdf_pages import house_styles
from kim_desktop.services import escalations, steering_group
from kim_desktop.services.master_data import labels
from kim_desktop.storage.atomic import write_atomic
from kim_desktop.storage.master_data_tables import AGENCY, LEGAL_DOMAIN

CONTEXT = "SteeringAgenda"
EMPTY = "–"


class Texts:
    """The PDF's fixed texts (German source)."""

    steering_group = QT_TRANSLATE_NOOP("SteeringAgenda", "Lenkungsgruppe KIM")
    agenda = QT_TRANSLATE_NOOP("SteeringAgenda", "Tagesordnung")
    date = QT_TRANSLATE_NOOP("SteeringAgenda", "Datum")
    place = QT_TRANSLATE_NOOP("SteeringAgenda", "Ort")
    number = QT_TRANSLATE_NOOP("SteeringAgenda", "Nr.")
    title = QT_TRANSLATE_NOOP("SteeringAgenda", "Thema")
    municipalities = QT_TRANSLATE_NOOP("SteeringAgenda", "Kommunen")
    legal_domains = QT_TRANSLATE_NOOP("SteeringAgenda", "Rechtskreise")
    agencies = QT_TRANSLATE_NOOP("SteeringAgenda", "Beteiligte Stellen")
    cases = QT_TRANSLATE_NOOP("SteeringAgenda", "Fälle")
    urgency = QT_TRANSLATE_NOOP("SteeringAgenda", "Dringlichkeit")
    status = QT_TRANSLATE_NOOP("SteeringAgenda", "Status")
    no_items = QT_TRANSLATE_NOOP("SteeringAgenda", "Für diese Sitzung sind noch keine Punkte vorgesehen.")
    summaries = QT_TRANSLATE_NOOP("SteeringAgenda", "Zusammenfassungen")
    item_heading = QT_TRANSLATE_NOOP("SteeringAgenda", "TOP {number}: {title}")
    reported_by = QT_TRANSLATE_NOOP("SteeringAgenda", "Gemeldet von")
    case_management = QT_TRANSLATE_NOOP("SteeringAgenda", "Case Management {municipality}")
    submitted = QT_TRANSLATE_NOOP("SteeringAgenda", "Übermittelt am")
    first_seen = QT_TRANSLATE_NOOP("SteeringAgenda", "Zuerst beobachtet")
    merged = QT_TRANSLATE_NOOP("SteeringAgenda", "Zusammengeführt aus")
    description = QT_TRANSLATE_NOOP("SteeringAgenda", "Problembeschreibung")
    proposed_measure = QT_TRANSLATE_NOOP("SteeringAgenda", "Vorgeschlagene Maßnahme")
    history = QT_TRANSLATE_NOOP("SteeringAgenda", "Verlauf und Rückmeldungen")
    feedback_only = QT_TRANSLATE_NOOP("SteeringAgenda", "Rückmeldung")
    geschaeftsstelle = QT_TRANSLATE_NOOP("SteeringAgenda", "Geschäftsstelle")
    when = QT_TRANSLATE_NOOP("SteeringAgenda", "Zeitpunkt")
    who = QT_TRANSLATE_NOOP("SteeringAgenda", "Wer")
    what = QT_TRANSLATE_NOOP("SteeringAgenda", "Status / Kommentar")
    decision = QT_TRANSLATE_NOOP("SteeringAgenda", "Beschluss")
    no_decision = QT_TRANSLATE_NOOP("SteeringAgenda", "noch nicht gefasst")
    page = QT_TRANSLATE_NOOP("SteeringAgenda", "Seite {page}")


def default_municipality_names() -> dict[str, str]:
    from kim_desktop.config.deployment import load_deployment

    return {m.ags: m.name for m in load_deployment().municipalities}


class _Writer:
    def __init__(self, session: Session, names: Mapping[str, str], translate: Translate | None) -> None:
        self.session = session
        self.names = dict(names)
        self._translate = translate
        self.regular, self.bold = register_fonts()
        self.text = ParagraphStyle("text", fontName=self.regular, fontSize=10, leading=13, spaceAfter=2)
        styles = house_styles(self.text, self.bold)
        self.cell, self.head_cell = styles.cell, styles.head_cell
        self.h1, self.h2, self.h3 = styles.h1, styles.h2, styles.h3
        self.legal_domains = labels(session, LEGAL_DOMAIN, translate)
        # The agenda's narrow column takes the statute's abbreviation (SGB II), the summary the full name.
        self.legal_short = dict(self.legal_domains)
        self.legal_short.update({str(d): LEGAL_DOMAIN_SHORT[d].replace(" ", "\u00a0")  # "SGB II" in one line
                                 for d in LegalDomain if d is not LegalDomain.OTHER})
        self.agencies = labels(session, AGENCY, translate)

    def phrase(self, text: str, context: str = CONTEXT, **details: object) -> str:
        translated = self._translate(context, text) if self._translate else text
        return translated.format(**details) if details else translated

    def para(self, value: object, style: ParagraphStyle | None = None) -> Paragraph:
        text = EMPTY if value is None or value == "" else str(value)
        return Paragraph(escape(text).replace("\n", "<br/>"), style or self.cell)

    def codes(self, codes: Iterable[str], names: Mapping[str, str]) -> str:
        return ", ".join(names.get(code, code) for code in codes) or EMPTY

    def status(self, status: Status) -> str:
        return self.phrase(status.label, "EscalationStatus")

    def urgency(self, code: str) -> str:
        try:
            return self.phrase(URGENCY_LABELS[Urgency(code)], "EscalationStatus")
        except ValueError:
            return code

    def authors(self, municipalities: Iterable[str]) -> str:
        towns = [self.names.get(ags, ags) for ags in municipalities]
        return "; ".join(self.phrase(Texts.case_management, municipality=town) for town in towns) or \
            self.phrase(Texts.case_management, municipality="").strip()

    @staticmethod
    def moment(value: dt.datetime | None) -> str:
        return value.astimezone().strftime("%d.%m.%Y %H:%M") if value is not None else EMPTY

    def table(self, data: list[list[Any]], widths: list[float | None], *, header: bool) -> Table:
        table = Table(data, colWidths=widths, hAlign="LEFT", repeatRows=1 if header else 0, splitInRow=1)
        commands: list[tuple[Any, ...]] = [
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9a9a9a")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")) if header
                        else ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f2f2f2")))
        table.setStyle(TableStyle(commands))
        return table

    def facts(self, rows: list[tuple[str, object]]) -> Table:
        data = [[self.para(self.phrase(label), self.head_cell), self.para(value)] for label, value in rows]
        return self.table(data, [42 * mm, None], header=False)

    # --- the pages --------------------------------------------------------------------------------

    def agenda_page(self, meeting: Any, items: list[Any], district_name: str) -> list[Any]:
        t = Texts
        story: list[Any] = [
            self.para(district_name, self.h2),
            self.para(self.phrase(t.steering_group), self.h1),
            self.para(meeting.title, self.h2),
            self.facts([(t.date, format_date(meeting.held_on)), (t.place, meeting.place or EMPTY)]),
            Spacer(1, 5 * mm),
            self.para(self.phrase(t.agenda), self.h2),
        ]
        if not items:
            story.append(self.para(self.phrase(t.no_items), self.text))
            return story
        header = [self.para(self.phrase(h), self.head_cell)
                  for h in (t.number, t.title, t.municipalities, t.legal_domains, t.cases, t.urgency,
                            t.status)]
        rows = [header]
        for number, item in enumerate(items, start=1):
            row = item.escalation
            rows.append([self.para(f"{number}."), self.para(row.title),
                         self.para(self.codes(row.municipalities, self.names)),
                         self.para(self.codes(row.legal_domains, self.legal_short)),
                         self.para(row.case_count), self.para(self.urgency(row.urgency)),
                         self.para(self.status(row.status))])
        widths: list[float | None] = [9 * mm, None, 30 * mm, 26 * mm, 11 * mm, 26 * mm, 30 * mm]
        story.append(self.table(rows, widths, header=True))
        return story

    def summary(self, number: int, item: Any) -> list[Any]:
        t = Texts
        detail = escalations.escalation_detail(self.session, item.escalation.id, Role.COORDINATOR)
        row, data = detail.row, detail.data
        towns = list(dict.fromkeys([*row.municipalities,
                                    *(ags for source in detail.sources for ags in source.municipalities)]))
        facts: list[tuple[str, object]] = [
            (t.municipalities, self.codes(row.municipalities, self.names)),
            (t.legal_domains, self.codes(row.legal_domains, self.legal_domains)),
            (t.agencies, self.codes(data.agencies, self.agencies)),
            (t.cases, row.case_count),
            (t.first_seen, format_date(data.first_seen) if data.first_seen else EMPTY),
            (t.urgency, self.urgency(row.urgency)),
            (t.status, self.status(row.status)),
            (t.reported_by, self.authors(towns)),
            (t.submitted, format_date(row.submitted_at.astimezone().date()) if row.submitted_at else EMPTY),
        ]
        if detail.sources:
            facts.append((t.merged, "\n".join(f"{s.title} ({self.codes(s.municipalities, self.names)})"
                                              for s in detail.sources)))
        story: list[Any] = [
            self.para(self.phrase(t.item_heading, number=number, title=row.title), self.h2),
            self.facts(facts),
            self.para(self.phrase(t.description), self.h3), self.para(data.description, self.text),
            self.para(self.phrase(t.proposed_measure), self.h3), self.para(data.proposed_measure, self.text),
        ]
        if detail.history:
            story.append(self.para(self.phrase(t.history), self.h3))
            rows = [[self.para(self.phrase(h), self.head_cell) for h in (t.when, t.who, t.what)]]
            for entry in detail.history:
                status = (self.status(entry.status) if entry.status is not None
                          else self.phrase(t.feedback_only))
                what = status + (f"\n{entry.comment}" if entry.comment else "")
                who = self._who(entry, row, detail.sources)
                rows.append([self.para(self.moment(entry.at)), self.para(who), self.para(what)])
            story.append(self.table(rows, [28 * mm, 45 * mm, None], header=True))
        story.append(KeepTogether([self.para(self.phrase(t.decision), self.h3),
                                   self.para(item.decision or self.phrase(t.no_decision), self.text)]))
        return story

    def _who(self, entry: Any, row: Any, sources: Iterable[Any]) -> str:
        """The author is named by municipality only; a coordinator's entry as "Geschäftsstelle"."""
        for escalation in (row, *sources):
            if entry.who and entry.who == escalation.author_label:
                return self.authors(escalation.municipalities)
        if getattr(entry, "by_author", None) is True:
            return self.authors(row.municipalities)
        return self.phrase(Texts.geschaeftsstelle)


def render_agenda(session: Session, meeting_id: str, *, district_name: str,
                  municipality_names: Mapping[str, str] | None = None,
                  translate: Translate | None = None) -> bytes:
    meeting = next((m for m in steering_group.meetings(session) if str(m.id) == str(meeting_id)), None)
    if meeting is None:
        raise RecordNotFound(record=str(meeting_id))
    items = list(steering_group.agenda(session, meeting_id))
    writer = _Writer(session, municipality_names if municipality_names is not None
                     else default_municipality_names(), translate)
    story = writer.agenda_page(meeting, items, district_name)
    for number, item in enumerate(items, start=1):
        story.append(PageBreak())
        story += writer.summary(number, item)
    title = " ".join((writer.phrase(Texts.agenda), writer.phrase(Texts.steering_group),
                      format_date(meeting.held_on)))

    def on_page(page_canvas: canvas.Canvas, document: Any) -> None:
        width, _height = A4
        page_canvas.saveState()
        page_canvas.setFont(writer.regular, 8)
        page_canvas.setFillColor(colors.HexColor("#444444"))
        page_canvas.drawString(18 * mm, 10 * mm, f"{district_name} · {title}")
        page_canvas.drawRightString(width - 18 * mm, 10 * mm, writer.phrase(Texts.page, page=document.page))
        page_canvas.restoreState()

    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                                 topMargin=18 * mm, bottomMargin=18 * mm, title=title, author=district_name,
                                 creator="KIM Desktop")
    document.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buffer.getvalue()


def write_agenda_pdf(session: Session, meeting_id: str, target: Path, *, district_name: str,
                     municipality_names: Mapping[str, str] | None = None,
                     translate: Translate | None = None) -> Path:
    """Writes the meeting's agenda and summaries to target (replacing a file there); returns the path.
    municipality_names: AGS -> name, by default from the deployment configuration."""
    data = render_agenda(session, meeting_id, district_name=district_name,
                         municipality_names=municipality_names, translate=translate)
    path = Path(target)
    write_atomic(path, data, mode=0o600)
    return path
