"""The front-desk notice: a day's office hours for the town hall's front desk, A4 in large type.

It shows the municipality, the date, place and office hours and the day's slots as "belegt" or
"frei" — never a client's name, pseudonym, case id, appointment kind or note (only times leave
the plan). On an absence it says "heute keine Sprechstunde" and names the substitute (a
colleague) if the leave names one; on a public holiday it gives the holiday's name.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import Spacer, Table, TableStyle

from kim_desktop.domain.messages import Translate
from kim_desktop.domain.schedule_rules import TimeRange
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP
from kim_desktop.reports.schedule_pdf_parts import Parts, Texts, ranges_text, span_text, write_pdf
from kim_desktop.services.schedules import DayPlan

TITLE = QT_TRANSLATE_NOOP("SchedulePdf", "Sprechstunde Integrationsmanagement")
TAKEN = QT_TRANSLATE_NOOP("SchedulePdf", "belegt")
FREE = QT_TRANSLATE_NOOP("SchedulePdf", "frei")
CASE_MANAGER = QT_TRANSLATE_NOOP("SchedulePdf", "Ihre Ansprechperson: {name}")
NO_SLOTS = QT_TRANSLATE_NOOP("SchedulePdf", "Heute sind keine Termine mehr zu vergeben.")
SLOTS = QT_TRANSLATE_NOOP("SchedulePdf", "Termine heute")
SCALE = 1.6


def slots(plan: DayPlan) -> list[tuple[TimeRange, bool]]:
    """The day's slots in time order, True for taken. Taken are the appointments that touch the
    office hours, overlapping ones merged into one span; free are the plan's free slots."""
    busy: list[TimeRange] = []
    for span in sorted(a.span for a in plan.appointments
                       if any(a.span.overlaps(r) for r in plan.office_hours)):
        if busy and busy[-1].overlaps(span):
            busy[-1] = TimeRange(busy[-1].start, max(busy[-1].end, span.end))
        else:
            busy.append(span)
    rows = [(span, True) for span in busy] + [(span, False) for span in plan.free_slots]
    return sorted(rows, key=lambda row: (row[0].start, row[0].end))


def _slot_table(parts: Parts, rows: list[tuple[TimeRange, bool]]) -> Table:
    data = [[parts.para(span_text(span), parts.text),
             parts.para(parts.phrase(TAKEN if taken else FREE), parts.text)] for span, taken in rows]
    table = Table(data, colWidths=[75 * mm, 50 * mm], hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#9a9a9a")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    for index, (_, taken) in enumerate(rows):
        colour = "#d9d9d9" if taken else "#dff0d8"
        commands.append(("BACKGROUND", (0, index), (-1, index), colors.HexColor(colour)))
    table.setStyle(TableStyle(commands))
    return table


def _story(parts: Parts, plan: DayPlan, case_manager_name: str, substitute_name: str) -> list[Any]:
    municipality = plan.municipality_ags or plan.regular_municipality_ags
    story: list[Any] = [
        parts.para(parts.phrase(TITLE), parts.h2),
        parts.para(parts.municipality(municipality), parts.h1),
        parts.para(parts.day(plan.day), parts.h2),
    ]
    # On a holiday or an absence the plan has no place; the notice still says where the office
    # normally is, so that nobody looks for it in the wrong building next time.
    place = plan.place
    if not place and (plan.holiday or plan.absence) and not plan.municipality_ags:
        place = plan.regular_place
    if place:
        story.append(parts.para(place, parts.text))
    if case_manager_name:
        story.append(parts.para(parts.phrase(CASE_MANAGER, name=case_manager_name), parts.text))
    story.append(Spacer(1, 6 * mm))
    if plan.holiday:
        story.append(parts.para(parts.phrase(Texts.holiday, holiday=plan.holiday), parts.h2))
    if plan.holiday or plan.absence or not plan.office_hours:
        story.append(parts.para(parts.phrase(Texts.no_office_hours), parts.h1))
        if plan.absence and substitute_name:
            story.append(parts.para(parts.phrase(Texts.substitute, name=substitute_name), parts.h2))
        return story
    story.append(parts.para(f"{parts.phrase(Texts.office_hours)}:", parts.text))
    story.append(parts.para(ranges_text(plan.office_hours), parts.h2))
    story.append(Spacer(1, 4 * mm))
    rows = slots(plan)
    story.append(parts.para(parts.phrase(SLOTS), parts.h2))
    story.append(_slot_table(parts, rows))
    if not any(not taken for _, taken in rows):
        story += [Spacer(1, 4 * mm), parts.para(parts.phrase(NO_SLOTS), parts.text)]
    return story


def front_desk_notice_pdf(plan: DayPlan, path: Path, *, case_manager_name: str, district_name: str,
                          substitute_name: str = "", municipality_names: Mapping[str, str] | None = None,
                          translate: Translate | None = None) -> Path:
    """Writes the notice for plan's day to path (replacing a file there) and returns the path.
    substitute_name: the colleague named by the leave (the caller resolves the device id);
    municipality_names: AGS -> name, by default from the deployment configuration."""
    parts = Parts(translate, municipality_names, scale=SCALE)

    def draw(page_canvas: canvas.Canvas, page: int) -> None:
        page_canvas.setFont(parts.regular, 9)
        page_canvas.setFillColor(colors.HexColor("#444444"))
        page_canvas.drawString(18 * mm, 10 * mm, district_name)

    story = _story(parts, plan, case_manager_name, substitute_name)
    return write_pdf(path, story, title=parts.phrase(TITLE), author=district_name, draw_page=draw)
