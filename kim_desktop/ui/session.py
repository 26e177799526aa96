"""What the windows share while a vault is unlocked: the vault, deployment and settings."""

from __future__ import annotations

from dataclasses import dataclass

from kim_desktop.config.deployment import Deployment
from kim_desktop.settings import Settings
from kim_desktop.storage.vault import Vault


@dataclass
class AppSession:
    vault: Vault
    deployment: Deployment
    settings: Settings
    demo: bool = False

    def municipality_names(self, keys: tuple[str, ...] | list[str]) -> list[str]:
        names = {m.ags: m.name for m in self.deployment.municipalities}
        return [names.get(k, k) for k in keys]
