"""Auskunft nach Art. 15 DSGVO: everything the vault holds about one client, as a PDF.

Master data, every case (phase history, goals, consents with their revocations, closing), every
consultation and the audit entries of all these records. The PDF is built in memory and written
straight to the path the user chose (a temporary file beside it, then renamed), so no copy lands
anywhere else; the caller warns before and records the audit entry "client.access-request".

Texts are German source marked for translation (context CONTEXT); `translate` (Qt's, from the GUI)
turns them and the catalogue labels into the UI language, None keeps German.
"""

from __future__ import annotations

import datetime as dt
import io
import uuid
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from sqlalchemy import select
from sqlalchemy.orm import Session

from kim_desktop.config.deployment import Deployment
from kim_desktop.domain import audit_actions, schedule_labels
from kim_desktop.domain.case_cycle import Phase
from kim_desktop.domain.catalogues import (
    CaseFocus,
    ClosingReason,
    ContactType,
    Gender,
    GoalStatus,
    ResidenceStatus,
)
from kim_desktop.domain.dates import format_date
from kim_desktop.domain.messages import Translate
from kim_desktop.domain.roles import Role
from kim_desktop.domain.schedule_labels import appointment_kind_label
from kim_desktop.errors import RecordNotFound
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP
from kim_desktop.reports.fonts import register_fonts
from kim_desktop.reports.pdf_pages import numbered_canvas
from kim_desktop.services.master_data import labels
from kim_desktop.storage.atomic import write_atomic
from kim_desktop.storage.consultation_tables import (
    Case,
    CaseConsent,
    CaseGoal,
    CasePhaseChange,
    Client,
    Consultation,
    split_codes,
)
from kim_desktop.storage.master_data_tables import AGENCY, LEGAL_DOMAIN, TOPIC
from kim_desktop.storage.schedule_tables import Appointment
from kim_desktop.storage.schema import AuditEntry, VaultProfile

CONTEXT = "AccessRequest"
AUDIT_ACTION = "client.access-request"
TITLE = QT_TRANSLATE_NOOP("AccessRequest", "Auskunft nach Art. 15 DSGVO")
EMPTY = "–"


class _Texts:
    """The PDF's fixed texts (German source)."""

    controller = QT_TRANSLATE_NOOP("AccessRequest", "Verantwortliche Stelle")
    issued = QT_TRANSLATE_NOOP("AccessRequest", "Ausgestellt am")
    produced_by = QT_TRANSLATE_NOOP("AccessRequest", "Erstellt von")
    subject = QT_TRANSLATE_NOOP("AccessRequest", "Betroffene Person")
    intro = QT_TRANSLATE_NOOP(
        "AccessRequest",
        "Diese Auskunft enthält alle Daten, die im Kommunalen Integrationsmanagement (KIM) mit dem Programm "
        "KIM Desktop auf diesem Gerät zu der genannten Person gespeichert sind, und die Protokolleinträge "
        "dazu.")
    processing = QT_TRANSLATE_NOOP("AccessRequest", "1. Angaben zur Verarbeitung")
    purpose_label = QT_TRANSLATE_NOOP("AccessRequest", "Zweck")
    purpose = QT_TRANSLATE_NOOP(
        "AccessRequest",
        "Beratung und Begleitung im Case Management des Kommunalen Integrationsmanagements; "
        "Statistik nur in pseudonymisierter Form.")
    recipients_label = QT_TRANSLATE_NOOP("AccessRequest", "Empfänger")
    recipients_full = QT_TRANSLATE_NOOP(
        "AccessRequest",
        "Die Koordination des Case Managements bei der Kreisverwaltung ({district}) erhält die Daten; "
        "Netzwerkpartner nur im Rahmen der unten aufgeführten Einwilligungen.")
    recipients_pseudonymised = QT_TRANSLATE_NOOP(
        "AccessRequest",
        "Die Kreisverwaltung ({district}) erhält nur pseudonymisierte Angaben ohne Namen, Geburtsdatum, "
        "Kontaktdaten und Notizen; Netzwerkpartner nur im Rahmen der unten aufgeführten Einwilligungen.")
    retention_label = QT_TRANSLATE_NOOP("AccessRequest", "Speicherdauer")
    retention = QT_TRANSLATE_NOOP(
        "AccessRequest",
        "Bis {years} Jahre nach Abschluss des letzten Falls; danach werden die Daten gelöscht.")
    rights_label = QT_TRANSLATE_NOOP("AccessRequest", "Ihre Rechte")
    rights = QT_TRANSLATE_NOOP(
        "AccessRequest",
        "Berichtigung (Art. 16 DSGVO), Löschung (Art. 17), Einschränkung der Verarbeitung (Art. 18), "
        "Widerspruch (Art. 21), Widerruf einer Einwilligung für die Zukunft (Art. 7 Abs. 3) und "
        "Beschwerde bei einer Datenschutz-Aufsichtsbehörde (Art. 77).")
    master_data = QT_TRANSLATE_NOOP("AccessRequest", "2. Stammdaten")
    pseudonym = QT_TRANSLATE_NOOP("AccessRequest", "Pseudonym")
    first_name = QT_TRANSLATE_NOOP("AccessRequest", "Vorname")
    last_name = QT_TRANSLATE_NOOP("AccessRequest", "Nachname")
    birth_date = QT_TRANSLATE_NOOP("AccessRequest", "Geburtsdatum")
    gender = QT_TRANSLATE_NOOP("AccessRequest", "Geschlecht")
    nationality = QT_TRANSLATE_NOOP("AccessRequest", "Staatsangehörigkeit")
    languages = QT_TRANSLATE_NOOP("AccessRequest", "Sprachen")
    interpreter = QT_TRANSLATE_NOOP("AccessRequest", "Sprachmittlung")
    interpreter_needed = QT_TRANSLATE_NOOP("AccessRequest", "nötig ({language})")
    interpreter_not_needed = QT_TRANSLATE_NOOP("AccessRequest", "nicht nötig")
    residence_status = QT_TRANSLATE_NOOP("AccessRequest", "Aufenthaltsstatus")
    residence = QT_TRANSLATE_NOOP("AccessRequest", "Wohnort (Kommune)")
    address = QT_TRANSLATE_NOOP("AccessRequest", "Anschrift")
    phone = QT_TRANSLATE_NOOP("AccessRequest", "Telefon")
    email = QT_TRANSLATE_NOOP("AccessRequest", "E-Mail")
    household = QT_TRANSLATE_NOOP("AccessRequest", "Haushalt")
    notes = QT_TRANSLATE_NOOP("AccessRequest", "Notizen")
    last_change = QT_TRANSLATE_NOOP("AccessRequest", "Zuletzt geändert")
    cases = QT_TRANSLATE_NOOP("AccessRequest", "3. Fälle")
    no_cases = QT_TRANSLATE_NOOP("AccessRequest", "Keine Fälle gespeichert.")
    case_heading = QT_TRANSLATE_NOOP("AccessRequest", "Fall {number}: {municipality}, eröffnet am {date}")
    municipality = QT_TRANSLATE_NOOP("AccessRequest", "Kommune")
    focus = QT_TRANSLATE_NOOP("AccessRequest", "Schwerpunkt")
    phase = QT_TRANSLATE_NOOP("AccessRequest", "Phase")
    opened_on = QT_TRANSLATE_NOOP("AccessRequest", "Eröffnet am")
    closed_on = QT_TRANSLATE_NOOP("AccessRequest", "Abgeschlossen am")
    closing_reason = QT_TRANSLATE_NOOP("AccessRequest", "Abschlussgrund")
    phases = QT_TRANSLATE_NOOP("AccessRequest", "Phasenverlauf")
    since = QT_TRANSLATE_NOOP("AccessRequest", "seit")
    goals = QT_TRANSLATE_NOOP("AccessRequest", "Ziele")
    goal = QT_TRANSLATE_NOOP("AccessRequest", "Ziel")
    status = QT_TRANSLATE_NOOP("AccessRequest", "Stand")
    due_on = QT_TRANSLATE_NOOP("AccessRequest", "bis")
    achieved_on = QT_TRANSLATE_NOOP("AccessRequest", "erreicht am")
    consents = QT_TRANSLATE_NOOP("AccessRequest", "Einwilligungen und Schweigepflichtentbindungen")
    agency = QT_TRANSLATE_NOOP("AccessRequest", "Netzwerkpartner")
    given_on = QT_TRANSLATE_NOOP("AccessRequest", "erteilt am")
    scope = QT_TRANSLATE_NOOP("AccessRequest", "Umfang")
    revoked_on = QT_TRANSLATE_NOOP("AccessRequest", "widerrufen am")
    none = QT_TRANSLATE_NOOP("AccessRequest", "keine")
    consultations = QT_TRANSLATE_NOOP("AccessRequest", "Beratungen ({count})")
    consultation_heading = QT_TRANSLATE_NOOP("AccessRequest", "Beratung am {date}")
    appointments = QT_TRANSLATE_NOOP("AccessRequest", "Termine ({count})")
    date = QT_TRANSLATE_NOOP("AccessRequest", "Datum")
    kind = QT_TRANSLATE_NOOP("AccessRequest", "Art")
    note = QT_TRANSLATE_NOOP("AccessRequest", "Notiz")
    time = QT_TRANSLATE_NOOP("AccessRequest", "Uhrzeit")
    duration = QT_TRANSLATE_NOOP("AccessRequest", "Dauer")
    minutes = QT_TRANSLATE_NOOP("AccessRequest", "{minutes} Minuten")
    place = QT_TRANSLATE_NOOP("AccessRequest", "Ort")
    contact_type = QT_TRANSLATE_NOOP("AccessRequest", "Kontaktart")
    topics = QT_TRANSLATE_NOOP("AccessRequest", "Themen")
    legal_domains = QT_TRANSLATE_NOOP("AccessRequest", "Rechtskreise")
    referrals = QT_TRANSLATE_NOOP("AccessRequest", "Vermittlung an")
    without_consent = QT_TRANSLATE_NOOP("AccessRequest", "ohne gültige Einwilligung vermittelt")
    next_steps = QT_TRANSLATE_NOOP("AccessRequest", "Nächste Schritte")
    follow_up = QT_TRANSLATE_NOOP("AccessRequest", "Wiedervorlage")
    follow_up_done = QT_TRANSLATE_NOOP("AccessRequest", "{date} (erledigt)")
    audit = QT_TRANSLATE_NOOP("AccessRequest", "4. Protokoll")
    audit_intro = QT_TRANSLATE_NOOP(
        "AccessRequest", "Wer wann was mit diesen Daten getan hat (das Protokoll enthält keine Inhalte).")
    when = QT_TRANSLATE_NOOP("AccessRequest", "Zeitpunkt")
    action = QT_TRANSLATE_NOOP("AccessRequest", "Aktion")
    record = QT_TRANSLATE_NOOP("AccessRequest", "Datensatz")
    role = QT_TRANSLATE_NOOP("AccessRequest", "Rolle")
    page = QT_TRANSLATE_NOOP("AccessRequest", "Seite {page} von {pages}")
    closing = QT_TRANSLATE_NOOP(
        "AccessRequest",
        "Dieses Dokument enthält personenbezogene Daten. Bitte nur der betroffenen Person aushändigen "
        "und nicht weitergeben.")


class _Writer:
    """Builds the story of flowables; one instance per PDF."""

    def __init__(self, session: Session, deployment: Deployment, translate: Translate | None) -> None:
        self.session = session
        self.deployment = deployment
        self._translate = translate
        self.regular, self.bold = register_fonts()
        self.text = ParagraphStyle("text", fontName=self.regular, fontSize=9, leading=11.5)
        self.cell = ParagraphStyle("cell", parent=self.text, fontSize=8.5, leading=10.5)
        self.head_cell = ParagraphStyle("head", parent=self.cell, fontName=self.bold)
        self.h1 = ParagraphStyle("h1", parent=self.text, fontName=self.bold, fontSize=16, leading=20,
                                 spaceAfter=6)
        self.h2 = ParagraphStyle("h2", parent=self.text, fontName=self.bold, fontSize=12, leading=15,
                                 spaceBefore=10, spaceAfter=4)
        self.h3 = ParagraphStyle("h3", parent=self.text, fontName=self.bold, fontSize=10, leading=13,
                                 spaceBefore=8, spaceAfter=3)
        self.h4 = ParagraphStyle("h4", parent=self.text, fontName=self.bold, fontSize=9, leading=12,
                                 spaceBefore=5, spaceAfter=2)
        self.names = {m.ags: m.name for m in deployment.municipalities}
        self.agencies = labels(session, AGENCY, translate)
        self.topics = labels(session, TOPIC, translate)
        self.legal_domains = labels(session, LEGAL_DOMAIN, translate)

    # --- small helpers ------------------------------------------------------------------------

    def phrase(self, text: str, context: str = CONTEXT, **details: object) -> str:
        translated = self._translate(context, text) if self._translate else text
        return translated.format(**details) if details else translated

    def enum_label(self, enum: type[StrEnum], code: str | None, context: str = "Catalogues") -> str:
        if not code:
            return EMPTY
        try:
            return self.phrase(enum(code).label, context)  # type: ignore[attr-defined]
        except ValueError:
            return code

    def codes(self, text: str | None, names: dict[str, str]) -> str:
        return ", ".join(names.get(code, code) for code in split_codes(text)) or EMPTY

    def municipality(self, ags: str | None) -> str:
        return self.names.get(ags or "", ags or EMPTY)

    def para(self, value: object, style: ParagraphStyle | None = None) -> Paragraph:
        text = EMPTY if value is None or value == "" else str(value)
        return Paragraph(escape(text).replace("\n", "<br/>"), style or self.cell)

    def facts(self, rows: Iterable[tuple[str, object]]) -> Table:
        data = [[self.para(self.phrase(label), self.head_cell), self.para(value)] for label, value in rows]
        table = Table(data, colWidths=[42 * mm, None], hAlign="LEFT", splitInRow=1)  # notes longer than a page
        table.setStyle(self._grid(header=False))
        return table

    def grid(self, headers: list[str], rows: list[list[object]], widths: list[float | None]) -> Table:
        data = [[self.para(self.phrase(h), self.head_cell) for h in headers]]
        data += [[self.para(value) for value in row] for row in rows]
        table = Table(data, colWidths=widths, hAlign="LEFT", repeatRows=1, splitInRow=1)
        table.setStyle(self._grid(header=True))
        return table

    @staticmethod
    def _grid(header: bool) -> TableStyle:
        commands: list[tuple[Any, ...]] = [
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9a9a9a")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
        if header:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")))
        else:
            commands.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f2f2f2")))
        return TableStyle(commands)

    @staticmethod
    def date(value: dt.date | None) -> str:
        return format_date(value) if value else EMPTY

    # --- the sections ---------------------------------------------------------------------------

    def story(self, client: Client, produced_by: str, issued_on: dt.date) -> list[Any]:
        t, policy = _Texts, self.deployment.policy
        name = " ".join(p for p in (client.first_name, client.last_name) if p) or EMPTY
        story: list[Any] = [
            Paragraph(escape(self.phrase(TITLE)), self.h1),
            self.facts([(t.controller, self.deployment.administration or self.deployment.district_name), (t.issued, self.date(issued_on)),
                        (t.produced_by, produced_by or EMPTY), (t.subject, f"{name} ({client.pseudonym})")]),
            Spacer(1, 4 * mm),
            self.para(self.phrase(t.intro), self.text),
            Paragraph(escape(self.phrase(t.processing)), self.h2),
            self.facts([(t.purpose_label, self.phrase(t.purpose)), (t.recipients_label, self._recipients()),
                        (t.retention_label, self.phrase(t.retention, years=policy.retention_years)),
                        (t.rights_label, self.phrase(t.rights))]),
            Paragraph(escape(self.phrase(t.master_data)), self.h2),
            self._master_data(client),
            Paragraph(escape(self.phrase(t.cases)), self.h2),
        ]
        cases = list(self.session.scalars(
            select(Case).where(Case.client_id == client.id, Case.deleted.is_(False))
            .order_by(Case.opened_on, Case.updated_at)))
        if not cases:
            story.append(self.para(self.phrase(t.no_cases), self.text))
        record_ids = {str(client.id)}
        for number, case in enumerate(cases, start=1):
            story += self._case(number, case, record_ids)
        story += [Paragraph(escape(self.phrase(t.audit)), self.h2),
                  self.para(self.phrase(t.audit_intro), self.text),
                  Spacer(1, 2 * mm), self._audit(record_ids), Spacer(1, 6 * mm),
                  self.para(self.phrase(t.closing), self.text)]
        return story

    def _recipients(self) -> str:
        profile = self.session.scalars(select(VaultProfile)).first()
        team = self.deployment.team(profile.team) if profile is not None and profile.team else None
        pseudonymised = team is not None and team.sync_policy == "pseudonymised"
        template = _Texts.recipients_pseudonymised if pseudonymised else _Texts.recipients_full
        return self.phrase(template, district=self.deployment.district_name)

    def _master_data(self, client: Client) -> Table:
        t = _Texts
        interpreter = (self.phrase(t.interpreter_needed, language=client.interpreter_language or EMPTY)
                       if client.interpreter_needed else self.phrase(t.interpreter_not_needed))
        changed = client.updated_at.astimezone().strftime("%d.%m.%Y %H:%M") if client.updated_at else EMPTY
        return self.facts([
            (t.pseudonym, client.pseudonym), (t.first_name, client.first_name),
            (t.last_name, client.last_name), (t.birth_date, self.date(client.birth_date)),
            (t.gender, self.enum_label(Gender, client.gender)), (t.nationality, client.nationality),
            (t.languages, client.languages), (t.interpreter, interpreter),
            (t.residence_status, self.enum_label(ResidenceStatus, client.residence_status)),
            (t.residence, self.municipality(client.municipality_ags) if client.municipality_ags else EMPTY),
            (t.address, client.address), (t.phone, client.phone), (t.email, client.email),
            (t.household, client.household), (t.notes, client.notes), (t.last_change, changed),
        ])

    def _live(self, table: Any, case_id: uuid.UUID, *order: Any) -> list[Any]:
        query = select(table).where(table.case_id == case_id, table.deleted.is_(False)).order_by(*order)
        return list(self.session.scalars(query))

    def _case(self, number: int, case: Case, record_ids: set[str]) -> list[Any]:
        t = _Texts
        phases = self._live(CasePhaseChange, case.id, CasePhaseChange.changed_on, CasePhaseChange.updated_at)
        goals = self._live(CaseGoal, case.id, CaseGoal.updated_at)
        consents = self._live(CaseConsent, case.id, CaseConsent.given_on)
        consultations = self._live(Consultation, case.id, Consultation.held_on, Consultation.start_time)
        appointments = self._live(Appointment, case.id, Appointment.on, Appointment.start)
        record_ids.add(str(case.id))
        record_ids.update(str(row.id) for row in (*phases, *goals, *consents, *consultations, *appointments))
        municipality = self.municipality(case.municipality_ags)
        heading = self.phrase(t.case_heading, number=number, municipality=municipality,
                          date=self.date(case.opened_on))
        parts: list[Any] = [
            Paragraph(escape(heading), self.h3),
            self.facts([(t.municipality, municipality),
                        (t.focus, self.enum_label(CaseFocus, case.focus)),
                        (t.phase, self.enum_label(Phase, case.phase, "CaseCycle")),
                        (t.opened_on, self.date(case.opened_on)), (t.closed_on, self.date(case.closed_on)),
                        (t.closing_reason, self.enum_label(ClosingReason, case.closing_reason))]),
            Paragraph(escape(self.phrase(t.phases)), self.h4),
            self.grid([t.since, t.phase],
                      [[self.date(p.changed_on), self.enum_label(Phase, p.phase, "CaseCycle")]
                       for p in phases],
                      [30 * mm, None]),
            Paragraph(escape(self.phrase(t.goals)), self.h4),
        ]
        parts.append(self.grid([t.goal, t.status, t.due_on, t.achieved_on],
                               [[g.description, self.enum_label(GoalStatus, g.status), self.date(g.due_on),
                                 self.date(g.achieved_on)] for g in goals],
                               [None, 28 * mm, 22 * mm, 22 * mm])
                     if goals else self.para(self.phrase(t.none), self.text))
        parts.append(Paragraph(escape(self.phrase(t.consents)), self.h4))
        parts.append(self.grid([t.agency, t.given_on, t.scope, t.revoked_on],
                               [[self.agencies.get(c.agency_code, c.agency_code), self.date(c.given_on),
                                 c.scope, self.date(c.revoked_on)] for c in consents],
                               [45 * mm, 22 * mm, None, 24 * mm])
                     if consents else self.para(self.phrase(t.none), self.text))
        parts.append(Paragraph(escape(self.phrase(t.consultations, count=len(consultations))), self.h4))
        parts += [self._consultation(c) for c in consultations]
        parts.append(Paragraph(escape(self.phrase(t.appointments, count=len(appointments))), self.h4))
        if appointments:
            parts.append(self.grid(
                [t.date, t.time, t.duration, t.kind, t.interpreter, t.note],
                [[self.date(a.on), a.start, self.phrase(t.minutes, minutes=a.duration_minutes),
                  self.phrase(appointment_kind_label(a.kind), schedule_labels.CONTEXT),
                  a.interpreter_language or EMPTY, a.note or EMPTY] for a in appointments],
                [20 * mm, 13 * mm, 20 * mm, 25 * mm, 25 * mm, None]))
        return parts

    def _consultation(self, c: Consultation) -> Any:
        t = _Texts
        referrals = self.codes(c.referrals, self.agencies)
        if split_codes(c.referrals_without_consent):
            missing = self.codes(c.referrals_without_consent, self.agencies)
            referrals += f" ({self.phrase(t.without_consent)}: {missing})"
        follow_up = EMPTY
        if c.follow_up_on:
            follow_up = (self.phrase(t.follow_up_done, date=self.date(c.follow_up_on)) if c.follow_up_done
                         else self.date(c.follow_up_on))
        heading = Paragraph(escape(self.phrase(t.consultation_heading, date=self.date(c.held_on))), self.h4)
        table = self.facts([
            (t.time, c.start_time or EMPTY),
            (t.duration, self.phrase(t.minutes, minutes=c.duration_minutes) if c.duration_minutes else EMPTY),
            (t.municipality, self.municipality(c.municipality_ags)), (t.place, c.place),
            (t.contact_type, self.enum_label(ContactType, c.contact_type)),
            (t.interpreter, c.interpreter_language), (t.topics, self.codes(c.topics, self.topics)),
            (t.legal_domains, self.codes(c.legal_domains, self.legal_domains)), (t.referrals, referrals),
            (t.notes, c.notes), (t.next_steps, c.next_steps), (t.follow_up, follow_up),
        ])
        return KeepTogether([heading, table])

    def _record_type(self, record_type: str | None) -> str:
        return audit_actions.record_type_label(record_type, self._translate) if record_type else EMPTY

    def _audit(self, record_ids: set[str]) -> Table:
        entries = self.session.scalars(select(AuditEntry).where(AuditEntry.record_id.in_(sorted(record_ids)))
                                       .order_by(AuditEntry.seq))
        rows = [[entry.at.astimezone().strftime("%d.%m.%Y %H:%M"),
                 audit_actions.action_label(entry.action, self._translate),
                 self._record_type(entry.record_type), self.enum_label(Role, entry.actor_role, "Role")]
                for entry in entries]
        return self.grid([_Texts.when, _Texts.action, _Texts.record, _Texts.role], rows,
                         [30 * mm, None, 32 * mm, 45 * mm])


def render_access_request(session: Session, client_id: str | uuid.UUID, *, deployment: Deployment,
                          produced_by: str, translate: Translate | None = None,
                          issued_on: dt.date | None = None) -> bytes:
    """The PDF as bytes (kept in memory; write_access_request puts it where the user chose)."""
    client = session.get(Client, uuid.UUID(str(client_id)))
    if client is None or client.deleted:
        raise RecordNotFound(record=str(client_id))
    writer = _Writer(session, deployment, translate)
    story = writer.story(client, produced_by, issued_on or dt.date.today())
    title = writer.phrase(TITLE)

    def draw(page_canvas: canvas.Canvas, page: int, pages: int) -> None:
        width, height = A4
        page_canvas.saveState()
        page_canvas.setFont(writer.regular, 8)
        page_canvas.setFillColor(colors.HexColor("#444444"))
        page_canvas.drawString(18 * mm, height - 12 * mm, deployment.district_name)
        page_canvas.drawRightString(width - 18 * mm, height - 12 * mm, title)
        page_canvas.drawString(18 * mm, 10 * mm, client.pseudonym)
        footer = writer.phrase(_Texts.page, page=page, pages=pages)
        page_canvas.drawRightString(width - 18 * mm, 10 * mm, footer)
        page_canvas.restoreState()

    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                                 topMargin=18 * mm, bottomMargin=16 * mm, title=title,
                                 author=deployment.district_name, creator="KIM Desktop")
    document.build(story, canvasmaker=numbered_canvas(draw))
    return buffer.getvalue()


def write_access_request(session: Session, client_id: str | uuid.UUID, target_path: Path, *,
                         deployment: Deployment, produced_by: str,
                         translate: Translate | None = None) -> Path:
    """Writes the Art. 15 PDF to target_path (replacing a file there) and returns the path.
    The caller has warned the user and records the audit entry AUDIT_ACTION."""
    data = render_access_request(session, client_id, deployment=deployment, produced_by=produced_by,
                                 translate=translate)
    target = Path(target_path)
    write_atomic(target, data, mode=0o600)
    return target
