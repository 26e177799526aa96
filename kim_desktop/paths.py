"""Default locations on disk. Every one can be overridden (settings, --vault, environment)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from kim_desktop import APP_NAME

VAULT_ENV = "KIM_DESKTOP_VAULT"
VAULT_SUFFIX = ".kimvault"
ENVELOPE_SUFFIX = ".keys"
LOCK_SUFFIX = ".lock"
SITE_CONFIG_NAME = "deployment.toml"
# Where the .deb puts IT's preset. Fixed, not platformdirs.site_config_dir: that takes the first
# entry of $XDG_CONFIG_DIRS (/etc/xdg/xdg-ubuntu, ~/.config/kdedefaults, or whatever a user
# sets), which would hide IT's file or let a user replace a policy they may not loosen.
UNIX_SITE_CONFIG_DIR = Path("/etc/xdg") / APP_NAME
# platformdirs' macOS default; its XDG_CONFIG_DIRS override is left out for the same reason.
MACOS_SITE_CONFIG_DIR = Path("/Library/Application Support") / APP_NAME


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def site_config_dir() -> Path:
    """The folder of IT's machine-wide preset, fixed per operating system (tests replace this
    function, see tests/conftest.py, so that a preset installed on the machine stays out)."""
    if sys.platform == "win32":
        return Path(platformdirs.site_config_dir(APP_NAME, appauthor=False))  # C:\ProgramData\kim-desktop
    if sys.platform == "darwin":
        return MACOS_SITE_CONFIG_DIR
    return UNIX_SITE_CONFIG_DIR


def site_config_file() -> Path:
    return site_config_dir() / SITE_CONFIG_NAME


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
