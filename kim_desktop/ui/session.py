"""What the windows share while a vault is unlocked: the vault, deployment, settings and the job gate."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from kim_desktop.config.deployment import Deployment
from kim_desktop.errors import KimError
from kim_desktop.settings import Settings
from kim_desktop.storage.vault import Vault
from kim_desktop.ui.qt import QObject, Signal

BACKUP, CHECK, REKEY, MOVE = "backup", "check", "rekey", "move"


class JobGate(QObject):
    """One vault job at a time: a backup, check, re-key or move. While one runs the others'
    buttons are disabled (busyChanged) and the automatic backup tries again later."""

    busyChanged = Signal(bool)  # noqa: N815 - Qt naming

    def __init__(self) -> None:
        super().__init__()
        self.job: str | None = None

    @property
    def busy(self) -> bool:
        return self.job is not None

    def run(self, job: str, op: Callable[[], Any], on_done: Callable[[Any], None],
            on_error: Callable[[KimError], None], *, receiver: QObject | None = None) -> bool:
        """Start op in the background unless another vault job runs; False when refused."""
        from kim_desktop.ui.background import run_in_background

        if self.busy:
            return False
        self.job = job
        self.busyChanged.emit(True)
        run_in_background(op, on_done, on_error, receiver=receiver, on_finished=self._end)
        return True

    def _end(self) -> None:
        self.job = None
        self.busyChanged.emit(False)


@dataclass
class AppSession:
    vault: Vault
    deployment: Deployment
    settings: Settings
    demo: bool = False
    gate: JobGate = field(default_factory=JobGate)

    def municipality_names(self, keys: tuple[str, ...] | list[str]) -> list[str]:
        names = {m.ags: m.name for m in self.deployment.municipalities}
        return [names.get(k, k) for k in keys]
