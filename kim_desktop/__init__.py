"""KIM Desktop: case management for the Kommunales Integrationsmanagement."""

from __future__ import annotations

from importlib import metadata

try:
    __version__ = metadata.version("kim-desktop")
except metadata.PackageNotFoundError:  # running from a source checkout
    __version__ = "0.1.0"

APP_NAME = "kim-desktop"
