"""User settings: one typed registry, stored as JSON in the user's config folder.

Nothing personal is stored here (no names, no passwords). IT policy from the deployment
configuration bounds what the user may choose (auto-lock minutes).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kim_desktop.config.deployment import Deployment
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP
from kim_desktop.paths import config_dir, default_backup_dir
from kim_desktop.storage.atomic import write_atomic

log = logging.getLogger(__name__)
SETTINGS_FILE = "settings.json"
LANGUAGES = ("system", "de", "en")


@dataclass(frozen=True)
class Option:
    key: str
    kind: type
    default: Any
    label: str
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] | None = None


OPTIONS: dict[str, Option] = {o.key: o for o in (
    Option("language", str, "system", QT_TRANSLATE_NOOP("Settings", "Sprache"), choices=LANGUAGES),
    Option("autolock_minutes", int, 10, QT_TRANSLATE_NOOP("Settings", "Automatisch sperren nach (Minuten)"), 1, 240),
    Option("backup_dir", str, "", QT_TRANSLATE_NOOP("Settings", "Ordner für Sicherungen")),
    Option("backup_keep", int, 7, QT_TRANSLATE_NOOP("Settings", "Anzahl aufbewahrter Sicherungen"), 1, 365),
    Option("vault_path", str, "", QT_TRANSLATE_NOOP("Settings", "Datendatei")),
)}


class Settings:
    def __init__(self, deployment: Deployment, path: Path | None = None) -> None:
        self.deployment = deployment
        self.path = path or config_dir() / SETTINGS_FILE
        self._values: dict[str, Any] = {}
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raw = {}
        except (OSError, ValueError):
            log.warning("settings file unreadable, using defaults")
            raw = {}
        for key, value in raw.items() if isinstance(raw, dict) else ():
            if key in OPTIONS:
                try:
                    self._values[key] = self._validated(OPTIONS[key], value)
                except ValueError:
                    log.warning("setting %s ignored: invalid value", key)

    def bounds(self, key: str) -> tuple[int, int]:
        option = OPTIONS[key]
        low, high = option.minimum or 0, option.maximum or 2**31
        if key == "autolock_minutes":  # IT's policy: the user may not loosen it
            low = max(low, self.deployment.policy.autolock_minutes_min)
            high = min(high, self.deployment.policy.autolock_minutes_max)
        return low, high

    def default(self, key: str) -> Any:
        policy = self.deployment.policy
        if key == "autolock_minutes":
            return policy.autolock_minutes_default
        if key == "backup_keep":
            return policy.backup_keep
        if key == "backup_dir":
            return policy.backup_location or str(default_backup_dir())
        return OPTIONS[key].default

    def _validated(self, option: Option, value: Any) -> Any:
        if option.kind is int and (isinstance(value, bool) or not isinstance(value, int)):
            raise ValueError(option.key)
        if option.kind is str and not isinstance(value, str):
            raise ValueError(option.key)
        if option.choices and value not in option.choices:
            raise ValueError(option.key)
        return value

    def get(self, key: str) -> Any:
        value = self._values.get(key, self.default(key))
        if OPTIONS[key].kind is int:
            low, high = self.bounds(key)
            value = min(max(value, low), high)
        return value

    def set(self, key: str, value: Any) -> None:
        option = OPTIONS[key]
        value = self._validated(option, value)
        if option.kind is int:
            low, high = self.bounds(key)
            if not low <= value <= high:
                raise ValueError(key)
        self._values[key] = value

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(self.path, json.dumps(self._values, indent=2, sort_keys=True).encode("utf-8"))

    @property
    def backup_dir(self) -> Path:
        return Path(self.get("backup_dir")).expanduser()
