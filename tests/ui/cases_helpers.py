"""Shared makers for the case GUI tests: records written through the services, stand-ins for the
dialogs other modules provide (consultation entry, Art. 15 action)."""

from __future__ import annotations

import datetime as dt
import sys
import types
from typing import Any

from kim_desktop.services import cases, clients, consultations
from kim_desktop.services.consultations import ConsultationInput
from kim_desktop.ui.qt import QtWidgets, Signal, is_alive
from kim_desktop.ui.session import AppSession

TODAY = dt.date.today()
HOME = "05382024"  # Königswinter: in the test vault's profile
BORN = dt.date(1990, 3, 4)


def app_session(vault, deployment, settings) -> AppSession:  # type: ignore[no-untyped-def]
    return AppSession(vault, deployment, settings)


def make_case(vault, first: str = "Amina", last: str = "Haddad", *, born: dt.date | None = BORN,  # type: ignore[no-untyped-def]
              days_ago: int = 60) -> tuple[str, str]:
    data = clients.ClientInput(first_name=first, last_name=last, birth_date=born)
    client = clients.create_client(vault, data)
    case_id = cases.open_case(vault, client.id, municipality_ags=HOME,
                              opened_on=TODAY - dt.timedelta(days=days_ago))
    return client.id, case_id


def record(vault, case_id: str, *, days_ago: int = 3, referrals: tuple[str, ...] = (),  # type: ignore[no-untyped-def]
           notes: str = "Mietvertrag besprochen", start: str | None = "09:30") -> str:
    data = ConsultationInput(case_id=case_id, held_on=TODAY - dt.timedelta(days=days_ago),
                             municipality_ags=HOME, start_time=start, duration_minutes=45,
                             topics=("housing",), legal_domains=("sgb-ii",), referrals=referrals, notes=notes,
                             follow_up_on=TODAY + dt.timedelta(days=7))
    missing = []
    with vault.reader() as db:
        missing = consultations.missing_consents(db, case_id, referrals, data.held_on)
    return consultations.save_consultation(vault, data, confirmed_without_consent=missing)


def dialogs(parent: QtWidgets.QWidget, kind: type) -> list[Any]:
    """The open dialogs of one kind below parent (the page opens them without a nested event loop)."""
    return [d for d in parent.findChildren(kind) if is_alive(d) and d.isVisible()]


class FakeConsultationDialog(QtWidgets.QDialog):
    """Stands in for ui/consultation_dialog.py (written alongside): records how it was opened."""

    saved = Signal(str)
    opened: list[tuple[str, str | None]] = []

    def __init__(self, app_session: AppSession, case_id: str, *, consultation_id: str | None = None,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.case_id, self.consultation_id = case_id, consultation_id
        self.notes = ""  # what the user typed, as far as these tests care
        FakeConsultationDialog.opened.append((case_id, consultation_id))

    def draft(self) -> types.SimpleNamespace | None:
        return types.SimpleNamespace(consultation_id=self.consultation_id, notes=self.notes) if self.notes \
            else None

    def restore_draft(self, draft: types.SimpleNamespace) -> None:
        self.notes = draft.notes


def install_fakes(monkeypatch) -> list[tuple[Any, ...]]:  # type: ignore[no-untyped-def]
    """Fake consultation dialog and Art. 15 action modules; returns the access requests asked for."""
    FakeConsultationDialog.opened = []
    dialog_module = types.ModuleType("kim_desktop.ui.consultation_dialog")
    dialog_module.ConsultationDialog = FakeConsultationDialog  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "kim_desktop.ui.consultation_dialog", dialog_module)
    requests: list[tuple[Any, ...]] = []
    action_module = types.ModuleType("kim_desktop.ui.access_request_action")
    def ask_and_write_access_request(parent, session, client_id, *, on_written=None, view=None):  # type: ignore[no-untyped-def]
        requests.append((parent, session, client_id))
        if on_written is not None:
            on_written("/tmp/auskunft.pdf")  # as the real action does once the file is written
        return True

    action_module.ask_and_write_access_request = ask_and_write_access_request  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "kim_desktop.ui.access_request_action", action_module)
    return requests


def answer_questions(monkeypatch, *answers: Any) -> list[str]:  # type: ignore[no-untyped-def]
    """QMessageBox.question answers these in turn, then Discard. A dialog with typed input asks
    before it closes, also when pytest-qt closes the test's widgets (while fixtures still hold):
    without an answer that would wait forever."""
    pending, asked = list(answers), []

    def question(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return pending.pop(0) if pending else QtWidgets.QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QtWidgets.QMessageBox, "question", question)
    return asked
