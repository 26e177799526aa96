"""How fresh the numbers of a report are: when the Kreis last heard from each case manager's laptop.

A coordinator's vault knows the laptops it imports from (`SyncDevice`, trusted case-manager
devices) and the time of the last package from each; a case manager's vault knows its own last
export. A device is `stale` when nothing ever came, when the last package is older than
STALE_AFTER before now, or — for a period that has ended — when it came before the period's end
(the last days of the period may be missing).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from kim_desktop.config.deployment import Deployment
from kim_desktop.domain.messages import Translate
from kim_desktop.domain.roles import Role
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP
from kim_desktop.reports.report_facts import DeviceInfo, device_label, devices, viewer
from kim_desktop.reports.report_model import Freshness, ReportRequest

CONTEXT = "Reports"
STALE_AFTER = dt.timedelta(days=14)
TEAM_LABEL = QT_TRANSLATE_NOOP("Reports", "Team {number} – {employer}")
NO_TEAM = QT_TRANSLATE_NOOP("Reports", "ohne Team")


def team_label(deployment: Deployment, number: int | None, text_of: Translate) -> str:
    if number is None:
        return text_of(CONTEXT, NO_TEAM)
    team = deployment.team(number)
    employer = team.employer if team is not None else ""
    return text_of(CONTEXT, TEAM_LABEL).format(number=number, employer=employer).rstrip(" –")


def is_stale(last: dt.datetime | None, period_to: dt.date, now: dt.datetime) -> bool:
    if last is None:
        return True
    if last < now - STALE_AFTER:
        return True
    local_now = now.astimezone().date()
    return period_to < local_now and last.astimezone().date() < period_to


def wanted_devices(request: ReportRequest, known: dict[str, DeviceInfo], role: Role) -> list[DeviceInfo]:
    """The case-manager devices a report is about: trusted ones (a coordinator's vault) or the
    own one, narrowed by the request's case-manager and team filters."""
    found = [d for d in known.values() if role is Role.CASE_MANAGER or d.trusted]
    if request.case_managers:
        found = [d for d in found if d.device_id in request.case_managers]
    if request.teams:
        found = [d for d in found if d.team in request.teams]
    return found


def freshness(session: Session, request: ReportRequest, deployment: Deployment, now: dt.datetime,
              *, translate: Translate | None = None) -> tuple[Freshness, ...]:
    """One entry per case-manager device, sorted by label; external reports label by team."""
    text_of: Translate = translate or (lambda _context, text: text)
    who = viewer(session)
    known = devices(session, who)
    entries = []
    for device in wanted_devices(request, known, who.role):
        label = (team_label(deployment, device.team, text_of) if request.external
                 else device_label(device.device_id, device.name, text_of))
        entries.append(Freshness(device.device_id, label, device.team, device.last_package_at,
                                 is_stale(device.last_package_at, request.period_to, now)))
    return tuple(sorted(entries, key=lambda f: (f.label.casefold(), f.device_id)))
