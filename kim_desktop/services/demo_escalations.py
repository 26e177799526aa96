"""Three plausible escalations for a case manager's demo vault: a draft, a submitted one (linked to
up to two of the owner's open cases) and one withdrawn after submission.

Written through the escalation services, so the records, steps and audit entries are what the
program itself writes. The texts hold no personal data (the guard finds nothing in them). A vault
that already has escalations of its owner, or a coordinator's vault, is left alone.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from kim_desktop.domain.escalation_status import Urgency
from kim_desktop.domain.roles import Role
from kim_desktop.services.escalations import EscalationInput, save_draft, submit, withdraw
from kim_desktop.storage.consultation_tables import Case
from kim_desktop.storage.escalation_tables import Escalation
from kim_desktop.storage.vault import Vault


def _forms(municipalities: tuple[str, ...], today: dt.date) -> dict[str, EscalationInput]:
    here = municipalities[:1]
    return {
        "draft": EscalationInput(
            title="Wohnungen für anerkannte Geflüchtete fehlen",
            description="Nach der Anerkennung müssen Familien aus der Gemeinschaftsunterkunft ausziehen, "
                        "finden aber keine Wohnung, die das Jobcenter als angemessen anerkennt. "
                        "Die Mietobergrenzen liegen unter den Angebotsmieten im Ort.",
            legal_domains=("sgb-ii", "wogg"), agencies=("jobcenter", "housing-office"),
            municipalities=here, case_count=5, first_seen=today - dt.timedelta(days=120),
            urgency=str(Urgency.HIGH),
            proposed_measure="Mietobergrenzen überprüfen; Gespräch mit der Wohnungsbaugesellschaft "
                             "des Kreises."),
        "submitted": EscalationInput(
            title="Integrationskurse ohne Kinderbetreuung",
            description="Mütter kleiner Kinder können die Integrationskurse nicht besuchen, weil es keine "
                        "Kinderbetreuung während der Kurszeiten gibt. Die Wartelisten der Kitas sind lang.",
            legal_domains=("sgb-viii", "aufenthg", "school-daycare"),
            agencies=("youth-welfare-office", "bamf"), municipalities=municipalities, case_count=8,
            first_seen=today - dt.timedelta(days=200), urgency=str(Urgency.MEDIUM),
            proposed_measure="Kurse mit Kinderbetreuung beim BAMF beantragen; "
                             "Brückenangebote des Jugendamts.",
            attachments="Kurszeiten der Träger im Kreis: vormittags 8:30 bis 12:45 Uhr."),
        "withdrawn": EscalationInput(
            title="Lange Wartezeiten bei der Ausländerbehörde",
            description="Termine zur Verlängerung von Aufenthaltstiteln gibt es erst nach Ablauf der Titel; "
                        "Fiktionsbescheinigungen kommen verspätet, Arbeitgeber werden unsicher.",
            legal_domains=("aufenthg",), agencies=("foreigners-authority",), municipalities=here,
            case_count=3, first_seen=today - dt.timedelta(days=90), urgency=str(Urgency.ACUTE)),
    }


def fill_demo_escalations(vault: Vault, today: dt.date | None = None) -> int:
    """The three escalations; returns how many were written (0 when left alone)."""
    if vault.profile.role is not Role.CASE_MANAGER:
        return 0
    today = today or dt.date.today()
    owner = vault.profile.device_id
    with vault.reader() as session:
        existing = session.scalar(select(func.count(Escalation.id))
                                  .where(Escalation.owner_device_id == owner))
        open_cases = select(Case.id).where(Case.owner_device_id == owner, Case.deleted.is_(False),
                                           Case.closed_on.is_(None))
        cases = list(session.scalars(open_cases.order_by(Case.opened_on, Case.id).limit(2)))
    if existing:
        return 0
    municipalities = vault.profile.municipalities or ("05382024",)
    forms = _forms(tuple(municipalities), today)
    save_draft(vault, forms["draft"])
    linked = EscalationInput(**{**forms["submitted"].__dict__, "case_ids": tuple(str(c) for c in cases)})
    submitted = save_draft(vault, linked)
    submit(vault, submitted, today=today)  # clean texts: submitted without a confirmation
    withdrawn = save_draft(vault, forms["withdrawn"])
    submit(vault, withdrawn, today=today)  # clean texts: submitted without a confirmation
    withdraw(vault, withdrawn, "Die Ausländerbehörde hat zusätzliche Termine eingerichtet.")
    return 3
