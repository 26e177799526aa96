"""Plausible German demo data: clients, cases with phase histories, goals, consents, consultations.

Everything is drawn from one `random.Random(seed)`, ids included, so a seed and a day give the same
records every time. Rows go in as Core executemany in one transaction: the ORM manages about 20 000
rows/s, too slow for 100 000 consultations in the 60 s of DESIGN.md §7; for the same reason the
notes' full-text index is rebuilt once at the end instead of row by row by its trigger. Names, notes
and addresses come from services.demo_vocabulary and describe no real person; never log them.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from kim_desktop.config.deployment import Deployment, load_deployment
from kim_desktop.domain.case_cycle import FIRST_PHASE, Phase, PhaseChange
from kim_desktop.domain.catalogues import (
    PARTNER_AGENCIES_BY_CODE,
    CaseFocus,
    ClosingReason,
    ContactType,
    Gender,
    GoalStatus,
    ResidenceStatus,
)
from kim_desktop.domain.consent import Consent, agencies_without_consent
from kim_desktop.domain.pseudonym import ALPHABET, PREFIX, RANDOM_LENGTH, check_character
from kim_desktop.domain.retention import closing_cutoff
from kim_desktop.domain.roles import Role
from kim_desktop.errors import KimError
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP
from kim_desktop.services import demo_vocabulary as vocab
from kim_desktop.services.demo_escalations import fill_demo_escalations
from kim_desktop.services.demo_schedule import fill_demo_schedule
from kim_desktop.services.demo_vocabulary import Weighted
from kim_desktop.storage import audit
from kim_desktop.storage.consultation_tables import (
    Case,
    CaseConsent,
    CaseGoal,
    CasePhaseChange,
    Client,
    Consultation,
    join_codes,
)
from kim_desktop.storage.search_tables import bulk_changes
from kim_desktop.storage.sync_tables import SyncDevice
from kim_desktop.storage.vault import Vault
from kim_desktop.sync.devices import TRUSTED
from kim_desktop.sync.keys import fingerprint, signing_key_text

log = logging.getLogger(__name__)

MIN_CONSULTATIONS = 1
MAX_CONSULTATIONS = 1_000_000
# Made-up names for the case managers' laptops of a coordinator's demo vault (no real people).
DEMO_CASE_MANAGERS = ("Katrin Hoffmann", "Jonas Becker", "Aylin Demir", "Thomas Schäfer", "Miriam Krüger",
                      "Stefan Wolff", "Leonie Braun", "Markus Neumann", "Sabine Richter", "Yusuf Kaya",
                      "Julia Lange", "Daniel Vogt", "Nadine Keller")
CONSULTATIONS_PER_CLIENT = 12.5  # 100 000 consultations ≈ 8 000 clients (issue 4)
WINDOW_DAYS = 3 * 365  # cases opened in the last three years (plus the old ones due for deletion)
CHUNK_ROWS = 20_000  # consultations per executemany: bounds memory, costs no speed
SHARE_RETENTION_DUE = 0.03  # clients whose only case was closed before the retention period
SHARE_DUPLICATES = 0.005  # clients entered twice in another spelling (for the duplicate warning)
SHARE_SECOND_CASE = 0.3
FOLLOW_UPS_DUE_TODAY = 3


class DemoCountInvalid(KimError):
    exit_code = 2
    template = QT_TRANSLATE_NOOP(
        "errors", "Die Zahl der Beratungen muss eine ganze Zahl von {low} bis {high} sein "
                  "(angegeben: {value}).")


class DemoVaultNotEmpty(KimError):
    exit_code = 13
    template = QT_TRANSLATE_NOOP(
        "errors", "Die Datendatei {path} enthält bereits {clients} Klientinnen und Klienten. "
                  "Demo-Daten kommen nur mit --add hinzu.")


@dataclass(frozen=True)
class DemoSummary:
    clients: int
    cases: int
    phase_changes: int
    goals: int
    consents: int
    consultations: int
    referrals_without_consent: int  # consultations that record such a referral
    retention_due: int  # closed cases past the deployment's retention period
    follow_ups_overdue: int
    follow_ups_due_today: int


def check_consultation_count(value: object) -> int:
    """The count as an int within bounds, else DemoCountInvalid (the CLI passes the typed text)."""
    try:
        count: int | None = int(str(value).strip())
    except ValueError:
        count = None
    if count is None or not MIN_CONSULTATIONS <= count <= MAX_CONSULTATIONS:
        raise DemoCountInvalid(low=MIN_CONSULTATIONS, high=f"{MAX_CONSULTATIONS:_}".replace("_", "."),
                               value=value)
    return count


def count_clients(vault: Vault) -> int:
    with vault.reader() as session:
        query = select(func.count()).select_from(Client).where(Client.deleted.is_(False))
        return session.scalar(query) or 0


# --- ids, pseudonyms, days --------------------------------------------------------------------


def _uuid(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def _sorted_ids(rng: random.Random, count: int) -> list[uuid.UUID]:
    """Random ids handed out in ascending order: rows then reach the primary-key index (and, as cases
    come in order, the case_id indexes) in key order, which spares SQLCipher page reads and
    re-encryptions (about a fifth of the insert time)."""
    return sorted(_uuid(rng) for _ in range(count))


def _pseudonym(rng: random.Random, taken: set[str]) -> str:
    """domain.pseudonym.new_pseudonym's format and check character, from the seeded generator
    (new_pseudonym draws from `secrets`, which no seed reproduces)."""
    while True:
        data = "".join(rng.choice(ALPHABET) for _ in range(RANDOM_LENGTH))
        body = data + check_character(data)
        pseudonym = f"{PREFIX}{body[:4]}-{body[4:]}"
        if pseudonym not in taken:
            taken.add(pseudonym)
            return pseudonym


def _plus(day: dt.date, days: int) -> dt.date:
    return day + dt.timedelta(days=days)


def _workday(day: dt.date, low: dt.date, high: dt.date) -> dt.date:
    """Case managers work Monday to Friday: a weekend day moves to the nearest workday in range."""
    weekday = day.weekday()
    if weekday < 5:
        return day
    candidates = (_plus(day, -1), _plus(day, 2)) if weekday == 5 else (_plus(day, 1), _plus(day, -2))
    return next((c for c in candidates if low <= c <= high), day)


_NO_ID = uuid.UUID(int=0)  # a case's id until every case is planned (see _sorted_ids)


# --- what is generated ------------------------------------------------------------------------


@dataclass
class _CasePlan:
    id: uuid.UUID
    client_index: int
    municipality: str
    owner: str
    focus: CaseFocus
    opened_on: dt.date
    history: list[PhaseChange]
    interpreter: str | None
    topics: Weighted[str]
    legal: Weighted[str]
    consents: list[Consent] = field(default_factory=list)

    @property
    def closed_on(self) -> dt.date | None:
        return self.history[-1].changed_on if self.history[-1].phase is Phase.CLOSED else None

    def end(self, today: dt.date) -> dt.date:
        """The last day the case was worked on."""
        return self.closed_on or today


@dataclass(frozen=True)
class _Context:
    today: dt.date
    now: dt.datetime
    device: str
    municipalities: Weighted[str]  # AGS
    names: dict[str, str]  # AGS → municipality name
    owners: dict[str, str]  # AGS → device of the responsible case manager
    early_owner: str
    retention_years: int
    # A coordinator's vault: the made-up case-manager laptops (device id, team number or None).
    devices: tuple[tuple[str, int | None], ...] = ()


def _context(vault: Vault, deployment: Deployment, today: dt.date) -> _Context:
    profile = vault.profile
    known = {m.ags: m for m in deployment.municipalities}
    keys = [k for k in profile.municipalities if k in known]
    if profile.role is Role.COORDINATOR or not keys:
        keys = list(known) or list(profile.municipalities)
    # Towns have more inhabitants, and so more clients, than rural municipalities.
    weights = Weighted((k, 2.0 if k in known and known[k].kind == "Stadt" else 1.0) for k in keys)
    owners = {k: profile.device_id for k in keys}
    early_owner = profile.device_id
    devices: list[tuple[str, int | None]] = []
    if profile.role is Role.COORDINATOR:
        # A coordinator's vault holds the imports of every team: one made-up device per team.
        device_rng = random.Random(f"devices:{deployment.district_key}")
        district = str(_uuid(device_rng))
        owners = {k: district for k in keys}
        for team in deployment.teams:
            team_device = str(_uuid(device_rng))
            owners.update({k: team_device for k in team.municipalities if k in owners})
            devices.append((team_device, team.number))
        early_owner = str(_uuid(device_rng))
        used = set(owners.values())
        devices = [(d, t) for d, t in devices if d in used]
        if district in used:
            devices.append((district, None))
        devices.append((early_owner, None))
    return _Context(today=today, now=dt.datetime.now(dt.UTC), device=profile.device_id,
                    municipalities=weights, names={k: known[k].name if k in known else k for k in keys},
                    owners=owners, early_owner=early_owner, retention_years=deployment.policy.retention_years,
                    devices=tuple(devices))


def _register_devices(session: Session, ctx: _Context, district_key: str) -> int:
    """Enters the made-up laptops of a coordinator's demo vault in its device registry, as an
    import would have (trusted case-manager devices with a name and a team), so that reports name
    them. The last packages arrived over the past days; one team's more than two weeks ago, so that
    the report's freshness warning has something to show. The keys are real key pairs nobody keeps:
    feedback for these laptops can be written, but never read. Its own random stream: the demo
    records stay the same with or without it."""
    rng = random.Random(f"device-names:{district_key}")
    known = set(session.scalars(select(SyncDevice.device_id)))
    names = rng.sample(DEMO_CASE_MANAGERS, min(len(ctx.devices), len(DEMO_CASE_MANAGERS)))
    teams = [index for index, (_, team) in enumerate(ctx.devices) if team is not None]
    late = rng.choice(teams) if teams else -1
    added = 0
    for index, (device_id, team) in enumerate(ctx.devices):
        days = rng.randint(16, 30) if index == late else rng.randint(0, 9)
        last = ctx.now - dt.timedelta(days=days, hours=rng.randint(1, 10), minutes=rng.randint(0, 59))
        signing = signing_key_text(Ed25519PrivateKey.from_private_bytes(rng.randbytes(32)).public_key())
        if device_id in known:
            continue
        owner = names[index % len(names)] if names else ""
        session.add(SyncDevice(device_id=device_id, signing_key=signing, fingerprint=fingerprint(signing),
                               age_recipient=str(pyrage.x25519.Identity.generate().to_public()), owner=owner,
                               role=str(Role.CASE_MANAGER), team=team, status=TRUSTED,
                               first_seen_at=last - dt.timedelta(days=300),
                               decided_at=last - dt.timedelta(days=300),
                               last_package_at=last))
        added += 1
    return added


class _Generator:
    """Draws the records; every call consumes the one random stream, so the order of calls matters."""

    def __init__(self, rng: random.Random, ctx: _Context, taken_pseudonyms: set[str]) -> None:
        self.rng, self.ctx, self.taken = rng, ctx, taken_pseudonyms
        self.populations = Weighted((p, p.weight) for p in vocab.POPULATIONS)
        self.contact_types = Weighted(vocab.CONTACT_TYPES)
        self.agencies = Weighted(vocab.CONSENT_AGENCIES)
        self.topics = Weighted(vocab.TOPICS)
        self.early_topics = Weighted(vocab.TOPICS_EARLY)
        self.early_reasons = Weighted(vocab.EARLY_REASONS)
        self.final_reasons = Weighted(vocab.FINAL_REASONS)
        self.stats = {"without_consent": 0, "overdue": 0, "due_today": 0}
        self.client_ids: Iterator[uuid.UUID] = iter(())

    def synced(self, row_id: uuid.UUID | None, day: dt.date, hour: int = 16,
               minute: int = 0) -> dict[str, Any]:
        """The sync columns; the row was last written on `day`, never later than now."""
        written = min(dt.datetime.combine(day, dt.time(hour, minute), dt.UTC), self.ctx.now)
        return {"id": row_id, "device_id": self.ctx.device, "revision": 1, "updated_at": written,
                "deleted": False}

    # --- clients ---

    def client(self, first_day: dt.date, municipality: str, focus: CaseFocus) -> dict[str, Any]:
        rng = self.rng
        pop = self.populations.pick(rng)
        gender = Gender.FEMALE if rng.random() < 0.52 else Gender.MALE
        if rng.random() < 0.01:
            gender = rng.choice((Gender.DIVERSE, Gender.UNSPECIFIED))
        female_name = gender is Gender.FEMALE or (gender is not Gender.MALE and rng.random() < 0.5)
        first = rng.choice(pop.female if female_name else pop.male)
        last = rng.choice(pop.surnames)
        if pop.gendered_surnames and gender is Gender.FEMALE:
            last = vocab.feminine(last)
        status = Weighted(pop.statuses).pick(rng)
        level = rng.choice(vocab.GERMAN_LEVELS)
        needs = rng.random() < pop.needs_interpreter * (1.0 if level in ("keine", "A1", "A2") else 0.3)
        interpreter = Weighted(pop.interpreter).pick(rng) if needs else None
        german = f"Deutsch ({level})" if level != "keine" else "kein Deutsch"
        town = f"{vocab.POSTCODES.get(municipality, '')} {self.ctx.names[municipality]}".strip()
        email = None
        if rng.random() < 0.3:
            email = f"{vocab.ascii_name(first)}.{vocab.ascii_name(last)}{rng.randint(1, 99)}@example.org"
        return {
            **self.synced(next(self.client_ids), first_day),
            "pseudonym": _pseudonym(rng, self.taken), "first_name": first, "last_name": last,
            "birth_date": self.birth_date(pop, first_day, focus), "gender": str(gender),
            "nationality": "deutsch" if status is ResidenceStatus.GERMAN else pop.nationality,
            "languages": ", ".join([*pop.languages, german]),
            "interpreter_needed": interpreter is not None, "interpreter_language": interpreter,
            "residence_status": str(status), "municipality_ags": municipality,
            "address": f"{rng.choice(vocab.STREETS)} {rng.randint(1, 120)}, {town}",
            "phone": None, "email": email, "household": self.household(focus),
            "notes": rng.choice(vocab.CLIENT_NOTES) if rng.random() < 0.4 else None,
        }

    def birth_date(self, pop: vocab.Population, first_day: dt.date, focus: CaseFocus) -> dt.date:
        rng = self.rng
        if focus is CaseFocus.EARLY_LANGUAGE:
            age = rng.randint(21, 42)  # parents of small children
        elif rng.random() < 0.1:
            age = rng.randint(16, 26)  # young people, often with the Jugendmigrationsdienst
        else:
            age = round(rng.triangular(18, 68, 33))
        born = _plus(first_day, -(age * 365 + rng.randint(0, 364)))
        # People from countries without reliable civil registers often carry 1 January as a substitute.
        return born.replace(month=1, day=1) if rng.random() < pop.new_year_births else born

    def household(self, focus: CaseFocus) -> str:
        rng = self.rng
        with_kids = focus is CaseFocus.EARLY_LANGUAGE or rng.random() < 0.55
        kids = rng.choice((1, 1, 2, 2, 3, 4)) if with_kids else 0
        if not kids:
            return rng.choice(("allein lebend", "allein lebend", "mit Partner/in", "bei Verwandten"))
        ages = sorted(rng.randint(0, 17) for _ in range(kids))
        if focus is CaseFocus.EARLY_LANGUAGE:
            ages = sorted([rng.randint(1, 5), *ages[1:]])
        children = f"{kids} Kind{'er' if kids > 1 else ''} ({', '.join(map(str, ages))} Jahre)"
        return ("alleinerziehend, " if rng.random() < 0.25 else "mit Partner/in, ") + children

    def duplicate_of(self, source: dict[str, Any], first_day: dt.date) -> dict[str, Any]:
        """The same person entered again in another spelling with the same birth date, as happens."""
        rng = self.rng
        twin = {**source, **self.synced(next(self.client_ids), first_day)}
        twin.update(pseudonym=_pseudonym(rng, self.taken), email=None)
        first, last = source["first_name"], source["last_name"]
        if first in vocab.SPELLINGS:
            twin["first_name"] = rng.choice(vocab.SPELLINGS[first])
        elif last in vocab.SPELLINGS:
            twin["last_name"] = rng.choice(vocab.SPELLINGS[last])
        else:
            twin["first_name"], twin["last_name"] = last, first
        return twin

    # --- cases ---

    def case(self, client_index: int, client: dict[str, Any], municipality: str, focus: CaseFocus,
             opened: dt.date, limit: dt.date, must_close: bool) -> _CasePlan:
        rng = self.rng
        early = focus is CaseFocus.EARLY_LANGUAGE
        legal = vocab.legal_weights(ResidenceStatus(client["residence_status"]), focus)
        # Each case has a few themes and statutes of its own; its consultations keep returning to them.
        case_topics = (self.early_topics if early else self.topics).distinct(rng, rng.randint(2, 4))
        case_legal = Weighted(legal.items()).distinct(rng, rng.randint(2, 4))
        plan = _CasePlan(
            id=_NO_ID, client_index=client_index, municipality=municipality,
            owner=self.ctx.early_owner if early else self.ctx.owners[municipality], focus=focus,
            opened_on=opened, history=self.history(opened, limit, must_close),
            interpreter=client["interpreter_language"], topics=Weighted((t, 1.0) for t in case_topics),
            legal=Weighted((str(d), legal[d]) for d in case_legal))
        plan.consents = self.consents(plan)
        return plan

    def history(self, opened: dt.date, limit: dt.date, must_close: bool) -> list[PhaseChange]:
        """A walk through the case-management cycle as domain.case_cycle allows it, up to `limit`;
        `must_close` closes the case on `limit` at the latest. Each change is a day after the last."""
        rng = self.rng
        walk_until = _plus(limit, -1) if must_close else limit
        changes = [PhaseChange(FIRST_PHASE, opened)]
        phase, day, replanned, reopened = FIRST_PHASE, opened, False, must_close
        while True:
            reason: ClosingReason | None = None
            if phase is Phase.CLOSED:
                if reopened or rng.random() > 0.04:
                    break
                reopened, new = True, rng.choice((Phase.CLEARING, Phase.ASSESSMENT))
            elif phase is Phase.EVALUATION and (replanned or rng.random() < 0.9):
                new, reason = Phase.CLOSED, self.final_reasons.pick(rng)
            elif phase is Phase.EVALUATION or (phase is Phase.MONITORING and not replanned
                                               and rng.random() < 0.06):
                replanned, new = True, Phase.PLANNING  # a new plan after a setback
            elif rng.random() < vocab.DROP_OUT[phase]:
                new, reason = Phase.CLOSED, self.early_reasons.pick(rng)
            else:
                new = list(Phase)[phase.rank + 1]
            day = _plus(day, rng.randint(*vocab.STEP_DAYS[phase]))
            if day > walk_until:
                break
            changes.append(PhaseChange(new, day, reason))
            phase = new
        if must_close and phase is not Phase.CLOSED:
            changes.append(PhaseChange(Phase.CLOSED, limit, self.early_reasons.pick(rng)))
        return changes

    def consents(self, plan: _CasePlan) -> list[Consent]:
        rng = self.rng
        end = plan.end(self.ctx.today)
        codes = ["school-daycare", "youth-welfare-office"] if plan.focus is CaseFocus.EARLY_LANGUAGE else []
        codes += [c for c in self.agencies.distinct(rng, rng.randint(1, 3)) if c not in codes]
        consents = []
        for code in codes:
            given = min(_plus(plan.opened_on, rng.choice((0, 0, 0, 3, 7, 14, 21))), end)
            revoked = None
            if rng.random() < 0.07 and end > given:
                revoked = _plus(given, rng.randint(1, (end - given).days))
            scope = rng.choice(vocab.CONSENT_SCOPES.get(code, vocab.CONSENT_SCOPES["*"]))
            consents.append(Consent(code, given, scope, revoked))
        return consents

    def case_rows(self, plan: _CasePlan, client_id: uuid.UUID) -> dict[str, list[dict[str, Any]]]:
        """The case, its phase changes, goals and consents (ids of the last three still to assign)."""
        last = plan.history[-1]
        reason = str(last.closing_reason) if plan.closed_on and last.closing_reason else None
        owner = plan.owner
        case = {**self.synced(plan.id, last.changed_on), "client_id": client_id, "owner_device_id": owner,
                "municipality_ags": plan.municipality, "focus": str(plan.focus), "phase": str(last.phase),
                "opened_on": plan.opened_on, "closed_on": plan.closed_on, "closing_reason": reason}
        changes = [{**self.synced(None, c.changed_on), "case_id": plan.id, "phase": str(c.phase),
                    "changed_on": c.changed_on} for c in plan.history]
        consents = [{**self.synced(None, c.revoked_on or c.given_on), "case_id": plan.id,
                     "agency_code": c.agency_code, "given_on": c.given_on, "scope": c.scope,
                     "revoked_on": c.revoked_on} for c in plan.consents]
        return {"case": [case], "changes": changes, "goals": self.goals(plan), "consents": consents}

    def goals(self, plan: _CasePlan) -> list[dict[str, Any]]:
        """Goals are agreed in Hilfeplanung; how they ended shows in the phase the case reached."""
        rng = self.rng
        planned = next((c.changed_on for c in plan.history if c.phase is Phase.PLANNING), None)
        if planned is None:
            return []
        end, last = plan.end(self.ctx.today), plan.history[-1]
        if last.phase is Phase.CLOSED:
            success = last.closing_reason is ClosingReason.GOALS_ACHIEVED
            statuses = Weighted(vocab.GOALS_AFTER_SUCCESS if success else vocab.GOALS_AFTER_CLOSING)
        else:
            statuses = Weighted(vocab.GOALS_IN_EVALUATION if last.phase is Phase.EVALUATION
                                else vocab.GOALS_IN_WORK)
        rows = []
        for text in rng.sample(vocab.GOALS, rng.randint(1, 3)):
            status = statuses.pick(rng)
            achieved = None
            if status is GoalStatus.ACHIEVED:
                achieved = _plus(planned, rng.randint(0, (end - planned).days))
            rows.append({**self.synced(None, achieved or planned), "case_id": plan.id, "description": text,
                         "status": str(status), "achieved_on": achieved,
                         "due_on": _plus(planned, rng.choice((90, 120, 180, 270, 365)))})
        return rows

    # --- consultations ---

    def consultations(self, plan: _CasePlan, count: int) -> list[dict[str, Any]]:
        """The first contact on the opening day, the others spread over the case's working days."""
        rng, end = self.rng, plan.end(self.ctx.today)
        span = (end - plan.opened_on).days
        later = (_workday(_plus(plan.opened_on, rng.randint(0, span)), plan.opened_on, end)
                 for _ in range(count - 1))
        days = [plan.opened_on, *sorted(later)]
        closing = plan.closed_on is not None
        return [self.consultation(plan, day, first=i == 0, closing=closing and i == count - 1)
                for i, day in enumerate(days)]

    def consultation(self, plan: _CasePlan, day: dt.date, *, first: bool, closing: bool) -> dict[str, Any]:
        rng = self.rng
        contact = ContactType.IN_PERSON if first else self.contact_types.pick(rng)
        topics = {plan.topics.pick(rng) if rng.random() < 0.8 else self.topics.pick(rng)
                  for _ in range(rng.choice((1, 1, 2, 2, 3)))}
        legal = {plan.legal.pick(rng) for _ in range(rng.choice((1, 1, 1, 2, 2, 3)))}
        referrals = self.referrals(plan, day)
        for code in referrals:
            agency = PARTNER_AGENCIES_BY_CODE.get(code)
            if agency and agency.legal_domains and rng.random() < 0.5:
                legal.add(str(agency.legal_domains[0]))
        missing = agencies_without_consent(referrals, plan.consents, day) if referrals else []
        self.stats["without_consent"] += bool(missing)
        interpreter = plan.interpreter if plan.interpreter and rng.random() < 0.85 else None
        hour, minute = rng.randint(8, 15), rng.choice((0, 0, 15, 30, 30, 45))
        follow_up, done = self.follow_up(plan, day)
        notes = vocab.note(rng, contact, sorted(topics), interpreter, first=first, closing=closing)
        return {
            **self.synced(None, day, hour - 1, minute),  # office hours, in UTC
            "case_id": plan.id, "held_on": day,
            "start_time": None if contact is ContactType.WRITTEN else f"{hour:02d}:{minute:02d}",
            "duration_minutes": rng.choice(vocab.DURATIONS[contact]),
            "municipality_ags": plan.municipality, "place": self.place(contact, plan.municipality),
            "contact_type": str(contact), "interpreter_language": interpreter,
            "topics": join_codes(topics), "legal_domains": join_codes(legal),
            "referrals": join_codes(referrals), "referrals_without_consent": join_codes(missing),
            "notes": notes,
            "next_steps": None if closing or rng.random() < 0.25 else vocab.next_steps(rng, sorted(topics)),
            "follow_up_on": follow_up, "follow_up_done": done,
        }

    def referrals(self, plan: _CasePlan, day: dt.date) -> list[str]:
        rng = self.rng
        if rng.random() >= 0.22:
            return []
        valid = sorted({c.agency_code for c in plan.consents if c.valid_on(day)})
        if valid and rng.random() < 0.95:
            return [rng.choice(valid)]
        # Without a valid consent most case managers hold back; some refer anyway and record it.
        return [self.agencies.pick(rng)] if rng.random() < 0.3 else []

    def follow_up(self, plan: _CasePlan, day: dt.date) -> tuple[dt.date | None, bool]:
        """Most follow-ups of the past are done; some of the last weeks are overdue."""
        rng, today = self.rng, self.ctx.today
        if rng.random() >= 0.4:
            return None, False
        due = _workday(_plus(day, rng.choice((7, 14, 14, 21, 28, 42))), day, dt.date.max)
        if plan.closed_on is not None or due >= today:
            return due, plan.closed_on is not None
        return due, not ((today - due).days <= 45 and rng.random() < 0.2)

    def place(self, contact: ContactType, municipality: str) -> str | None:
        name, rng = self.ctx.names[municipality], self.rng
        if contact is ContactType.IN_PERSON:
            return f"Rathaus {name}, Büro {rng.randint(1, 3)}.{rng.randint(1, 30):02d}"
        if contact is ContactType.HOME_VISIT:
            return "Wohnung der Familie"
        if contact is ContactType.ACCOMPANIMENT:
            return rng.choice(vocab.ACCOMPANIMENT_PLACES).format(name=name)
        return None


# --- planning and filling ---------------------------------------------------------------------


def _plan_cases(gen: _Generator, n_clients: int,
                max_cases: int) -> tuple[list[dict[str, Any]], list[_CasePlan]]:
    rng, ctx, today = gen.rng, gen.ctx, gen.ctx.today
    clients: list[dict[str, Any]] = []
    plans: list[_CasePlan] = []
    n_old = round(SHARE_RETENTION_DUE * n_clients) or (1 if n_clients >= 5 else 0)
    n_twins = round(SHARE_DUPLICATES * n_clients) or (1 if n_clients >= 50 else 0)
    cutoff = closing_cutoff(today, ctx.retention_years)
    gen.client_ids = iter(_sorted_ids(rng, n_clients))
    for index in range(n_clients):
        municipality = ctx.municipalities.pick(rng)
        focus = CaseFocus.EARLY_LANGUAGE if rng.random() < 0.06 else CaseFocus.GENERAL
        old = index < n_old
        limit = _plus(cutoff, -rng.randint(0, 300)) if old else today
        opened = _workday(_plus(limit, -rng.randint(40, 500) if old else -rng.randint(0, WINDOW_DAYS)),
                          dt.date.min, limit)
        if index >= n_clients - n_twins and len(clients) > n_old and not old:
            client = gen.duplicate_of(rng.choice(clients[n_old:]), opened)
            municipality = client["municipality_ags"]
        else:
            client = gen.client(opened, municipality, focus)
        clients.append(client)
        plan = gen.case(index, client, municipality, focus, opened, limit, must_close=old)
        plans.append(plan)
        # One case stays free for each client still to come, so that none lacks a first contact.
        if old or len(plans) + (n_clients - index - 1) >= max_cases or rng.random() >= SHARE_SECOND_CASE:
            continue
        closed = plan.closed_on
        if closed is not None and (today - closed).days > 60:  # came back later with a new matter
            again = _workday(_plus(closed, rng.randint(30, (today - closed).days)), closed, today)
            plans.append(gen.case(index, client, municipality, CaseFocus.GENERAL, again, today, False))
        else:  # at the same time: language support for a small child of the family
            again = _workday(_plus(opened, rng.randint(0, (today - opened).days)), opened, today)
            plans.append(gen.case(index, client, municipality, CaseFocus.EARLY_LANGUAGE, again, today, False))
    for plan, case_id in zip(plans, _sorted_ids(rng, len(plans)), strict=True):
        plan.id = case_id
    return clients, plans


def _consultation_counts(rng: random.Random, plans: Sequence[_CasePlan], total: int,
                         today: dt.date) -> list[int]:
    """Every case has its first contact; the rest go to cases by their length and a personal factor."""
    counts = [1] * len(plans)
    weights = [((p.end(today) - p.opened_on).days + 14) ** 0.8 * rng.lognormvariate(0, 0.6) for p in plans]
    for index in rng.choices(range(len(plans)), weights, k=total - len(plans)):
        counts[index] += 1
    return counts


def _insert(session: Session, model: type, rows: list[dict[str, Any]]) -> None:
    if rows:
        session.execute(insert(cast(Table, model.__table__)), rows)  # type: ignore[attr-defined]


def _insert_cases(session: Session, gen: _Generator, clients: list[dict[str, Any]],
                  plans: list[_CasePlan]) -> dict[str, int]:
    batch: dict[str, list[dict[str, Any]]] = {"case": [], "changes": [], "goals": [], "consents": []}
    for plan in plans:
        for key, rows in gen.case_rows(plan, clients[plan.client_index]["id"]).items():
            batch[key].extend(rows)
    for key in ("changes", "goals", "consents"):
        for row, row_id in zip(batch[key], _sorted_ids(gen.rng, len(batch[key])), strict=True):
            row["id"] = row_id
    for key, model in (("case", Case), ("changes", CasePhaseChange), ("goals", CaseGoal),
                       ("consents", CaseConsent)):
        _insert(session, model, batch[key])
    return {key: len(rows) for key, rows in batch.items()}


def _consultation_rows(gen: _Generator, plans: list[_CasePlan], counts: list[int],
                       due_today: set[int]) -> list[dict[str, Any]]:
    """All consultations in the order of their day and hour, with ascending ids: the primary key and
    the list's, day's and follow-up's indexes then all grow at their end (see _sorted_ids)."""
    today, rows = gen.ctx.today, []
    for index, (plan, count) in enumerate(zip(plans, counts, strict=True)):
        of_case = gen.consultations(plan, count)
        if index in due_today:
            of_case[-1].update(follow_up_on=today, follow_up_done=False)
        rows.extend(of_case)
    rows.sort(key=lambda row: (row["held_on"], row["start_time"] or ""))
    for row, row_id in zip(rows, _sorted_ids(gen.rng, len(rows)), strict=True):
        row["id"] = row_id
        if row["follow_up_on"] is not None and not row["follow_up_done"]:
            gen.stats["overdue"] += row["follow_up_on"] < today
            gen.stats["due_today"] += row["follow_up_on"] == today
    return rows


def _insert_consultations(session: Session, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), CHUNK_ROWS):
        _insert(session, Consultation, rows[start:start + CHUNK_ROWS])


def fill_demo_data(vault: Vault, consultations: int, *, seed: int = 0, deployment: Deployment | None = None,
                   today: dt.date | None = None) -> DemoSummary:
    """Adds `consultations` consultations for about consultations / 12.5 clients in one transaction,
    in the municipalities of the vault's profile (a coordinator's vault: the whole district).

    With clients already in the vault the seed is combined with their number, so that a second fill
    with the same seed adds other records instead of colliding ids."""
    consultations = check_consultation_count(consultations)
    deployment = deployment or load_deployment()
    today = today or dt.date.today()
    with vault.reader() as session:
        taken = set(session.scalars(select(Client.pseudonym)))
    rng = random.Random(seed if not taken else f"{seed}+{len(taken)}")
    gen = _Generator(rng, _context(vault, deployment, today), taken)
    n_clients = max(1, min(consultations, round(consultations / CONSULTATIONS_PER_CLIENT)))
    clients, plans = _plan_cases(gen, n_clients, max_cases=consultations)
    counts = _consultation_counts(rng, plans, consultations, today)
    open_cases = [i for i, plan in enumerate(plans) if plan.closed_on is None]
    due_today = set(rng.sample(open_cases, min(FOLLOW_UPS_DUE_TODAY, len(open_cases))))
    rows = _consultation_rows(gen, plans, counts, due_today)
    with vault.transaction() as session:
        _insert(session, Client, clients)
        totals = _insert_cases(session, gen, clients, plans)
        # Row by row the full-text index costs three times the insert itself; one rebuild at the end less.
        with bulk_changes(session.connection()):
            _insert_consultations(session, rows)
        _register_devices(session, gen.ctx, deployment.district_key)
        audit.record(session, "demo-data.filled", record_type="vault", record_id=vault.profile.vault_id)
    fill_demo_schedule(vault, deployment, seed=seed, today=today)
    fill_demo_escalations(vault, today)
    cutoff = closing_cutoff(today, gen.ctx.retention_years)
    summary = DemoSummary(
        clients=len(clients), cases=len(plans), phase_changes=totals["changes"], goals=totals["goals"],
        consents=totals["consents"], consultations=sum(counts),
        referrals_without_consent=gen.stats["without_consent"],
        retention_due=sum(1 for p in plans if p.closed_on is not None and p.closed_on <= cutoff),
        follow_ups_overdue=gen.stats["overdue"], follow_ups_due_today=gen.stats["due_today"])
    log.info("demo data: %d clients, %d cases, %d consultations", summary.clients, summary.cases,
             summary.consultations)
    return summary
