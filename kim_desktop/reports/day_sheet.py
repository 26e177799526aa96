"""The case manager's own day sheet: the day's plan with the clients' names.

A file with names is a deliberate exception to "no personal data in plaintext" (DESIGN.md §3):
the caller warns first and passes the path the user chose; this module writes only there and
never reads the vault itself — the caller supplies the names per case id.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import Spacer, Table, TableStyle

from kim_desktop.domain.messages import Translate
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP
from kim_desktop.reports.schedule_pdf_parts import DASH, EMPTY, Parts, Texts, ranges_text, write_pdf
from kim_desktop.services.schedules import AppointmentView, DayPlan

TITLE = QT_TRANSLATE_NOOP("SchedulePdf", "Tagesplan")
APPOINTMENTS = QT_TRANSLATE_NOOP("SchedulePdf", "Termine ({count})")
NO_APPOINTMENTS = QT_TRANSLATE_NOOP("SchedulePdf", "Keine Termine.")
FREE_SLOTS = QT_TRANSLATE_NOOP("SchedulePdf", "Freie Zeiten")
ABSENT = QT_TRANSLATE_NOOP("SchedulePdf", "Abwesend: {reason}")
TIME = QT_TRANSLATE_NOOP("SchedulePdf", "Zeit")
DURATION = QT_TRANSLATE_NOOP("SchedulePdf", "Dauer")
MINUTES = QT_TRANSLATE_NOOP("SchedulePdf", "{minutes} Min.")
KIND = QT_TRANSLATE_NOOP("SchedulePdf", "Art")
CLIENT = QT_TRANSLATE_NOOP("SchedulePdf", "Klient/in")
INTERPRETER = QT_TRANSLATE_NOOP("SchedulePdf", "Sprachmittlung")
NOTE = QT_TRANSLATE_NOOP("SchedulePdf", "Notiz")
NO_CASE = QT_TRANSLATE_NOOP("SchedulePdf", "ohne Fall")
CONFIDENTIAL = QT_TRANSLATE_NOOP(
    "SchedulePdf", "Enthält personenbezogene Daten – nicht aushängen, nicht weitergeben.")

ClientNames = Mapping[str, tuple[str, str]]  # case id -> (client's name, pseudonym)


def _client(parts: Parts, app: AppointmentView, names: ClientNames) -> str:
    if not app.case_id:
        return parts.phrase(NO_CASE)
    name, pseudonym = names.get(app.case_id, ("", ""))
    if name and pseudonym:
        return f"{name} ({pseudonym})"
    return name or pseudonym or EMPTY


def _appointments(parts: Parts, plan: DayPlan, names: ClientNames) -> Table:
    headers = [TIME, DURATION, KIND, CLIENT, INTERPRETER, NOTE]
    data: list[list[Any]] = [[parts.para(parts.phrase(h), parts.head_cell) for h in headers]]
    for app in plan.appointments:
        data.append([parts.para(str(app.span).replace("-", DASH)),
                     parts.para(parts.phrase(MINUTES, minutes=app.duration_minutes)),
                     parts.para(parts.kind(app.kind)), parts.para(_client(parts, app, names)),
                     parts.para(app.interpreter_language), parts.para(app.note)])
    table = Table(data, colWidths=[24 * mm, 16 * mm, 26 * mm, 37 * mm, 34 * mm, None], hAlign="LEFT",
                  repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9a9a9a")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def _story(parts: Parts, plan: DayPlan, names: ClientNames) -> list[Any]:
    municipality = plan.municipality_ags or plan.regular_municipality_ags
    name = parts.municipality(municipality) if municipality else ""
    where = ", ".join(p for p in (name, plan.place or "") if p)
    story: list[Any] = [
        parts.para(f"{parts.phrase(TITLE)} {parts.day(plan.day)}", parts.h1),
        parts.para(f"{parts.phrase(Texts.place)}: {where or EMPTY}", parts.text),
        parts.para(f"{parts.phrase(Texts.office_hours)}: {ranges_text(plan.office_hours)}", parts.text),
    ]
    if plan.holiday:
        story.append(parts.para(parts.phrase(Texts.holiday, holiday=plan.holiday), parts.h2))
    if plan.absence:
        story.append(parts.para(parts.phrase(ABSENT, reason=parts.absence(plan.absence)), parts.h2))
    story += [Spacer(1, 3 * mm),
              parts.para(parts.phrase(APPOINTMENTS, count=len(plan.appointments)), parts.h2)]
    story.append(_appointments(parts, plan, names) if plan.appointments
                 else parts.para(parts.phrase(NO_APPOINTMENTS), parts.text))
    story += [Spacer(1, 3 * mm), parts.para(parts.phrase(FREE_SLOTS), parts.h2),
              parts.para(ranges_text(plan.free_slots), parts.text)]
    return story


def day_sheet_pdf(plan: DayPlan, path: Path, *, names: ClientNames,
                  municipality_names: Mapping[str, str] | None = None,
                  translate: Translate | None = None) -> Path:
    """Writes the day sheet for plan's day to path (replacing a file there) and returns the path.
    names: case id -> (client's name, pseudonym) for the linked appointments;
    municipality_names: AGS -> name, by default from the deployment configuration."""
    parts = Parts(translate, municipality_names)
    confidential = parts.phrase(CONFIDENTIAL)

    def draw(page_canvas: canvas.Canvas, page: int) -> None:
        width, _ = A4
        page_canvas.setFont(parts.regular, 8)
        page_canvas.setFillColor(colors.HexColor("#444444"))
        page_canvas.drawString(18 * mm, 10 * mm, confidential)
        page_canvas.drawRightString(width - 18 * mm, 10 * mm, parts.phrase(Texts.page, page=page))

    story = _story(parts, plan, names)
    return write_pdf(path, story, title=parts.phrase(TITLE), author="KIM Desktop", draw_page=draw)
