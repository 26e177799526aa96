"""Default locations on disk. Every one can be overridden (settings, --vault, environment)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from kim_desktop import APP_NAME

VAULT_ENV = "KIM_DESKTOP_VAULT"
VAULT_SUFFIX = ".kimvault"
ENVELOPE_SUFFIX = ".keys"
LOCK_SUFFIX = ".lock"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def site_config_file() -> Path:
    return Path(platformdirs.site_config_dir(APP_NAME, appauthor=False)) / "deployment.toml"


def default_vault_path() -> Path:
    return data_dir() / f"vault{VAULT_SUFFIX}"


def demo_vault_path() -> Path:
    """Kept apart from the real vault so that demo data never mixes with real cases."""
    return data_dir() / "demo" / f"demo{VAULT_SUFFIX}"


def default_backup_dir() -> Path:
    return data_dir() / "backups"


def envelope_path(vault: Path) -> Path:
    """The key envelope lives beside the vault and travels with it."""
    return vault.with_name(vault.name + ENVELOPE_SUFFIX)


def lock_path(vault: Path) -> Path:
    return vault.with_name(vault.name + LOCK_SUFFIX)


def resolve_vault_path(cli_value: str | None, setting: str | None = None) -> Path:
    """--vault wins over the environment, which wins over the setting, which wins over the default."""
    for value in (cli_value, os.environ.get(VAULT_ENV), setting):
        if value:
            return Path(value).expanduser().absolute()
    return default_vault_path()
