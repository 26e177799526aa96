"""How fresh the numbers of a report are: when the Kreis last heard from each case manager's laptop.

A coordinator's vault knows the laptops it imports from (`SyncDevice`, trusted case-manager
devices) and the time of the last package from each; a case manager's vault knows its own last
export. A device is `stale` when nothing ever came, when the last package is older than
STALE_AFTER before now, or — for a period that has ended — when it came before the period's end
(the last days of the period may be missing). A case manager's own vault holds their data
complete: never stale there. External reports get one line per team, the day only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

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
    """Internal: one entry per case-manager device, sorted by label. External: one per team (see
    team_freshness). A case manager's own vault is complete for its own data: never stale there."""
    text_of: Translate = translate or (lambda _context, text: text)
    who = viewer(session)
    known = devices(session, who)
    own = who.role is Role.CASE_MANAGER
    entries = []
    for device in wanted_devices(request, known, who.role):
        label = device_label(device.device_id, device.name, text_of)
        stale = not own and is_stale(device.last_package_at, request.period_to, now)
        entries.append(Freshness(device.device_id, label, device.team, device.last_package_at, stale))
    if request.external:
        return team_freshness(entries, deployment, text_of)
    return tuple(sorted(entries, key=lambda f: (f.label.casefold(), f.device_id)))


def team_freshness(entries: Sequence[Freshness], deployment: Deployment,
                   text_of: Translate) -> tuple[Freshness, ...]:
    """Per team (the deployment's order; devices without a team last, as "ohne Team"): the day of its
    OLDEST last import, stale when any device is. No device id, name, time of day or device count
    leaves the Kreis: a team's line says no more about one person than the team's numbers do."""
    by_team: dict[int | None, list[Freshness]] = {}
    for entry in entries:
        by_team.setdefault(entry.team, []).append(entry)
    order: list[int | None] = [t.number for t in deployment.teams if t.number in by_team]
    order += sorted(t for t in by_team if t is not None and t not in order)
    if None in by_team:
        order.append(None)
    lines = []
    for team in order:
        members = by_team[team]
        days = [local_day(e.last_package_at) for e in members]
        oldest = None if any(d is None for d in days) else min(d for d in days if d is not None)
        # Freshness.last_package_at holds a day here (dt.date; every writer takes it as a date).
        lines.append(Freshness("", team_label(deployment, team, text_of), team, oldest,
                               any(e.stale for e in members)))
    return tuple(lines)


def local_day(moment: dt.datetime | dt.date | None) -> dt.date | None:
    if moment is None:
        return None
    if not isinstance(moment, dt.datetime):
        return moment
    return (moment.astimezone() if moment.tzinfo is not None else moment).date()
