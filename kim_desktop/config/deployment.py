"""The deployment configuration: district, municipalities, teams, keys and IT policy.

The shipped default is resources/deployment/default.toml; IT overrides it with a
machine-wide file. A wrong file names the line and the key that is wrong. Parsing stops at
the first wrongly typed key; the value rules (config/rules.py) then report every problem.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kim_desktop.config import rules
from kim_desktop.config.locate import key_line
from kim_desktop.errors import ConfigInvalid
from kim_desktop.paths import site_config_file
from kim_desktop.resources_path import resources_dir

log = logging.getLogger(__name__)

DEPLOYMENT_ENV = "KIM_DESKTOP_DEPLOYMENT"
SYNC_POLICIES = ("full", "pseudonymised")


@dataclass(frozen=True)
class Municipality:
    ags: str
    name: str
    kind: str
    rhine_side: str


@dataclass(frozen=True)
class Team:
    number: int
    municipalities: tuple[str, ...]  # AGS keys
    employer: str
    sync_policy: str
    since: dt.date | None = None


@dataclass(frozen=True)
class Coordinator:
    name: str
    age_recipient: str
    signing_key: str


@dataclass(frozen=True)
class Policy:
    retention_years: int = 3
    small_count_threshold: int = 5
    autolock_minutes_default: int = 10
    autolock_minutes_min: int = 1
    autolock_minutes_max: int = 30
    backup_keep: int = 7
    backup_location: str = ""
    recovery_recipient: str = ""


@dataclass(frozen=True)
class Deployment:
    district_name: str
    district_key: str
    state: str
    municipalities: tuple[Municipality, ...]
    teams: tuple[Team, ...]
    policy: Policy = field(default_factory=Policy)
    coordinators: tuple[Coordinator, ...] = ()
    source: str = ""
    administration: str = ""  # postal name and address of the district administration (letterheads)

    def municipality(self, ags: str) -> Municipality:
        return next(m for m in self.municipalities if m.ags == ags)

    def team(self, number: int) -> Team | None:
        return next((t for t in self.teams if t.number == number), None)


def default_file() -> Path:
    return resources_dir() / "deployment" / "default.toml"


@dataclass(frozen=True)
class ActiveFile:
    path: Path
    origin: str  # "site", "environment" or "default" (config.check.ORIGIN_TEXT)
    ignored_override: Path | None = None  # KIM_DESKTOP_DEPLOYMENT, set but outranked by IT's file


_logged_ignored: set[str] = set()


def active_choice() -> ActiveFile:
    """IT's machine-wide preset wins, so that no user can loosen its policy; KIM_DESKTOP_DEPLOYMENT
    counts only on a machine without one (tests, trials); else the shipped default."""
    site = site_config_file()
    override = os.environ.get(DEPLOYMENT_ENV)
    if site.is_file():
        if not override:
            return ActiveFile(site, "site")
        if override not in _logged_ignored:  # once per process: the choice is made many times
            _logged_ignored.add(override)
            log.warning("%s ignored: the machine-wide file %s takes precedence", DEPLOYMENT_ENV, site)
        return ActiveFile(site, "site", Path(override))
    if override:
        return ActiveFile(Path(override), "environment")
    return ActiveFile(default_file(), "default")


def ignored_override_text(active: ActiveFile) -> str | None:
    """The warning for `config check` and `self-check` when the environment variable is outranked."""
    if active.ignored_override is None:
        return None
    return (f"{DEPLOYMENT_ENV}={active.ignored_override} wird nicht beachtet: die IT-Vorgabe dieses "
            f"Rechners ({active.path}) hat Vorrang.")


def active_file() -> Path:
    return active_choice().path


MAX_BYTES = 1_000_000  # a real file has a few KB; more is a wrong file, not a configuration


def read_text(path: Path) -> str:
    """The file's text, or ConfigInvalid naming what is wrong with the file itself."""
    def invalid(reason: str) -> ConfigInvalid:
        return ConfigInvalid(path=path, reason=reason)

    try:
        if path.is_dir():
            raise invalid("ist ein Ordner, keine Datei")
        with path.open("rb") as stream:
            data = stream.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise invalid("Datei nicht gefunden") from None
    except PermissionError:
        raise invalid("keine Leseberechtigung") from None
    except OSError as exc:
        raise invalid(f"nicht lesbar ({exc.strerror or type(exc).__name__})") from None
    if len(data) > MAX_BYTES:
        raise invalid("Datei zu groß (über 1 MB); eine Einsatzkonfiguration hat wenige KB")
    if b"\x00" in data:
        raise invalid("keine Textdatei (enthält Binärdaten)")
    try:
        text = data.decode("utf-8-sig")  # Windows editors like to write a BOM
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise invalid(f"Zeile {line}: keine UTF-8-Textdatei (bitte als UTF-8 speichern)") from None
    if not text.strip():
        raise invalid("Datei ist leer")
    return text


_TOML_POSITION = re.compile(r"^(?P<what>.*?)\s*\(at line (?P<line>\d+), column (?P<column>\d+)\)$")


def _syntax_reason(exc: tomllib.TOMLDecodeError) -> str:
    message = str(exc)
    match = _TOML_POSITION.match(message)
    if match:
        return f"Zeile {match['line']}, Spalte {match['column']}: TOML-Syntaxfehler ({match['what']})"
    return "TOML-Syntaxfehler (" + message.replace("(at end of document)", "am Dateiende").strip() + ")"


@dataclass(frozen=True)
class Checked:
    """A file read and checked: the deployment when it is valid, else every problem found."""

    deployment: Deployment | None
    problems: tuple[str, ...]  # reasons as ConfigInvalid states them, with line where known


def check_file(path: Path) -> Checked:
    try:
        text = read_text(path)
    except ConfigInvalid as exc:
        return Checked(None, (exc.details["reason"],))
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return Checked(None, (_syntax_reason(exc),))
    except (ValueError, RecursionError):  # e.g. an integer of thousands of digits, nesting without end
        return Checked(None, ("TOML-Datei nicht lesbar (Zahl zu lang oder zu tief verschachtelt)",))
    try:
        deployment = _parse(raw, str(path))
    except _KeyProblem as problem:
        return Checked(None, (_reason(text, problem.key, problem.reason),))
    found = tuple(_reason(text, key, reason) for key, reason in rules.problems(deployment))
    return Checked(None if found else deployment, found)


def _reason(text: str, key: str, reason: str) -> str:
    line = key_line(text, key)
    return f"{f'Zeile {line}, ' if line else ''}Schlüssel '{key}': {reason}"


def load_deployment(path: Path | None = None) -> Deployment:
    path = path or active_file()
    checked = check_file(path)
    if checked.deployment is None:
        raise ConfigInvalid(path=path, reason=checked.problems[0])
    return checked.deployment


class _KeyProblem(Exception):
    def __init__(self, key: str, reason: str) -> None:
        super().__init__(key)
        self.key = key
        self.reason = reason


def _only_known(table: dict[str, Any], known: set[str] | frozenset[str], where: str) -> None:
    for key in table:
        if key not in known:
            raise _KeyProblem(f"{where}{key}", "unbekannter Schlüssel")


def _get(table: dict[str, Any], key: str, kind: type, where: str, default: Any = ...) -> Any:
    if key not in table:
        if default is ...:
            raise _KeyProblem(f"{where}{key}", "fehlt")
        return default
    value = table[key]
    if kind is int and isinstance(value, bool) or not isinstance(value, kind):
        raise _KeyProblem(f"{where}{key}", f"erwartet {_KIND_NAMES.get(kind, kind.__name__)}")
    return value


_KIND_NAMES = {str: "Text", int: "ganze Zahl", list: "Liste", dict: "Tabelle", dt.date: "Datum"}


def _parse(raw: dict[str, Any], source: str) -> Deployment:
    _only_known(raw, {"district", "policy", "municipalities", "teams", "coordinators"}, "")
    district = _get(raw, "district", dict, "")
    _only_known(district, {"name", "key", "seat", "administration", "state"}, "district.")
    municipalities = tuple(_municipality(m, i) for i, m in enumerate(_get(raw, "municipalities", list, "")))
    if not municipalities:
        raise _KeyProblem("municipalities", "mindestens eine Kommune nötig")
    _unique_municipalities(municipalities)
    by_name = {m.name: m.ags for m in municipalities}
    teams = tuple(_team(t, i, by_name) for i, t in enumerate(_get(raw, "teams", list, "", [])))
    coordinators = tuple(_coordinator(c, i) for i, c in enumerate(_get(raw, "coordinators", list, "", [])))
    return Deployment(
        district_name=_get(district, "name", str, "district."),
        district_key=_get(district, "key", str, "district."),
        state=_get(district, "state", str, "district.", "NW"),
        municipalities=municipalities,
        teams=teams,
        policy=_policy(_get(raw, "policy", dict, "", {})),
        coordinators=coordinators,
        source=source,
        administration=_get(district, "administration", str, "district.", ""),
    )


def _unique_municipalities(municipalities: tuple[Municipality, ...]) -> None:
    names: set[str] = set()
    keys: set[str] = set()
    for index, municipality in enumerate(municipalities):
        if municipality.name in names:
            raise _KeyProblem(f"municipalities[{index}].name", f"'{municipality.name}' doppelt")
        if municipality.ags in keys:
            raise _KeyProblem(f"municipalities[{index}].ags", f"{municipality.ags} doppelt")
        names.add(municipality.name)
        keys.add(municipality.ags)


def _municipality(raw: Any, index: int) -> Municipality:
    where = f"municipalities[{index}]."
    if not isinstance(raw, dict):
        raise _KeyProblem(where[:-1], "erwartet Tabelle")
    _only_known(raw, {"ags", "name", "kind", "rhine_side"}, where)
    ags = _get(raw, "ags", str, where)
    if not (len(ags) == 8 and ags.isdigit()):
        raise _KeyProblem(where + "ags", "erwartet 8 Ziffern (Amtlicher Gemeindeschlüssel)")
    kind = _get(raw, "kind", str, where, "Gemeinde")
    if kind not in ("Stadt", "Gemeinde"):
        raise _KeyProblem(where + "kind", "erwartet \"Stadt\" oder \"Gemeinde\"")
    side = _get(raw, "rhine_side", str, where, "")
    if side not in ("", "links", "rechts"):
        raise _KeyProblem(where + "rhine_side", "erwartet \"links\" oder \"rechts\"")
    return Municipality(ags=ags, name=_get(raw, "name", str, where), kind=kind, rhine_side=side)


def _team(raw: Any, index: int, by_name: dict[str, str]) -> Team:
    where = f"teams[{index}]."
    if not isinstance(raw, dict):
        raise _KeyProblem(where[:-1], "erwartet Tabelle")
    _only_known(raw, {"number", "municipalities", "employer", "sync_policy", "since"}, where)
    names = _get(raw, "municipalities", list, where)
    for name in names:
        if not isinstance(name, str):
            raise _KeyProblem(where + "municipalities", "erwartet eine Liste von Kommunennamen (Text)")
        if name not in by_name:
            raise _KeyProblem(where + "municipalities", f"'{name}' ist keine Kommune dieser Konfiguration")
    policy = _get(raw, "sync_policy", str, where, "full")
    if policy not in SYNC_POLICIES:
        raise _KeyProblem(where + "sync_policy", "erwartet \"full\" oder \"pseudonymised\"")
    return Team(
        number=_get(raw, "number", int, where),
        municipalities=tuple(by_name[n] for n in names),
        employer=_get(raw, "employer", str, where, ""),
        sync_policy=policy,
        since=_since(raw, where),
    )


def _since(raw: dict[str, Any], where: str) -> dt.date | None:
    since = _get(raw, "since", dt.date, where, None)
    if isinstance(since, dt.datetime):  # a date subclass, but compared with dates it raises TypeError
        raise _KeyProblem(where + "since", "erwartet ein Datum (JJJJ-MM-TT), ohne Uhrzeit")
    return since


def _coordinator(raw: Any, index: int) -> Coordinator:
    where = f"coordinators[{index}]."
    if not isinstance(raw, dict):
        raise _KeyProblem(where[:-1], "erwartet Tabelle")
    _only_known(raw, {"name", "age_recipient", "signing_key"}, where)
    recipient = _get(raw, "age_recipient", str, where)  # checked in rules
    return Coordinator(name=_get(raw, "name", str, where), age_recipient=recipient,
                       signing_key=_get(raw, "signing_key", str, where, ""))


def _policy(raw: dict[str, Any]) -> Policy:
    _only_known(raw, set(Policy.__dataclass_fields__), "policy.")
    values: dict[str, Any] = {}
    for name, spec in Policy.__dataclass_fields__.items():
        kind = int if isinstance(spec.default, int) else str
        values[name] = _get(raw, name, kind, "policy.", spec.default)
    return Policy(**values)  # ranges and keys: rules.problems
