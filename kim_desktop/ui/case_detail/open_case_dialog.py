"""Opening a case for a client: found by name or pseudonym, or given (right after creating the client)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from kim_desktop.domain.catalogues import CONTEXT as CATALOGUES
from kim_desktop.domain.catalogues import CaseFocus
from kim_desktop.errors import InputRejected, KimError
from kim_desktop.services import cases, clients
from kim_desktop.ui.case_detail.forms import (
    DateField,
    FieldError,
    FormErrors,
    add_field,
    fill_combo,
    labelled,
    message_text,
    ok_cancel,
    select_data,
    show_date,
)
from kim_desktop.ui.i18n import error_text
from kim_desktop.ui.qt import Qt, QtWidgets, Signal

if TYPE_CHECKING:
    from kim_desktop.ui.session import AppSession

ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_LIMIT = 50


def person_text(name: str, birth_date: dt.date | None, pseudonym: str) -> str:
    born = f" ({show_date(birth_date)})" if birth_date else ""
    return f"{name or '–'}{born} · {pseudonym}"


def municipality_choices(session: AppSession) -> list[tuple[str, str]]:
    """The user's own municipalities first (those are chosen most), then the rest of the district."""
    own = session.vault.profile.municipalities
    everyone = session.deployment.municipalities
    first = [(m.name, m.ags) for ags in own for m in everyone if m.ags == ags]
    return first + [(m.name, m.ags) for m in everyone if m.ags not in own]


class OpenCaseDialog(QtWidgets.QDialog):
    opened = Signal(str)  # the new case's id

    def __init__(self, session: AppSession, client_id: str | None = None, *, search_text: str = "",
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.client_id = client_id
        self.setWindowTitle(self.tr("Fall öffnen"))
        self.setMinimumWidth(560)
        self.general = FieldError(self)
        self.errors = FormErrors(self.general)
        form = QtWidgets.QFormLayout()
        self.search: QtWidgets.QLineEdit | None = None
        self.hits: QtWidgets.QListWidget | None = None
        if client_id is None:
            self.search = QtWidgets.QLineEdit(self)
            self.search.setPlaceholderText(self.tr("Name oder Pseudonym (K-XXXX-XX)"))
            self.search.setClearButtonEnabled(True)
            self.hits = QtWidgets.QListWidget(self)
            self.hits.setMinimumHeight(160)
            label = QtWidgets.QLabel(self.tr("&Suche:"), self)
            label.setBuddy(self.search)
            form.addRow(label, self.search)
            add_field(form, self.errors, "client", self.tr("&Person:"), self.hits, self)
            self.search.textChanged.connect(self._find)
            self.hits.currentItemChanged.connect(self._client_chosen)
        else:
            self.person = QtWidgets.QLabel(self)
            form.addRow(self.tr("Person:"), self.person)
        self.municipality = QtWidgets.QComboBox(self)
        fill_combo(self.municipality, municipality_choices(session), none_text=self.tr("– bitte wählen –"))
        self.focus_box = QtWidgets.QComboBox(self)
        fill_combo(self.focus_box, labelled(CaseFocus, CATALOGUES))
        self.opened_on = DateField(self)
        self.opened_on.set_date(dt.date.today())
        self.existing = QtWidgets.QLabel(self)  # a hint, not a refusal: a second case may be right
        self.existing.setWordWrap(True)
        self.existing.hide()
        add_field(form, self.errors, "municipality", self.tr("&Kommune:"), self.municipality, self)
        add_field(form, self.errors, "focus", self.tr("Sch&werpunkt:"), self.focus_box, self)
        add_field(form, self.errors, "opened_on", self.tr("&Beginn:"), self.opened_on, self)
        self.buttons = ok_cancel(self, self.tr("Fall &öffnen"))
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.existing)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        if self.search is not None:
            self.search.setText(search_text)
            self.search.setFocus()
        else:
            self._client_chosen()
            self.municipality.setFocus()

    def _find(self, text: str) -> None:
        assert self.hits is not None
        self.hits.clear()
        if not text.strip():
            return
        with self.session.vault.reader() as db:
            found = clients.search_clients(db, text, limit=SEARCH_LIMIT)
        for hit in found:
            text = person_text(hit.full_name, hit.birth_date, hit.pseudonym)
            item = QtWidgets.QListWidgetItem(text, self.hits)
            item.setData(ID_ROLE, hit.id)
        if found:
            self.hits.setCurrentRow(0)

    def chosen_client(self) -> str | None:
        if self.hits is None:
            return self.client_id
        item = self.hits.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def _client_chosen(self, *_items: object) -> None:
        """Default municipality: where the person lives, else the user's first one; note open cases."""
        client_id = self.chosen_client()
        self.existing.hide()
        if client_id is None:
            return
        with self.session.vault.reader() as db:
            client = clients.get_client(db, client_id)
            open_cases = cases.case_rows(db, client_id=client_id)
        if self.hits is None:
            self.person.setText(person_text(client.full_name, client.birth_date, client.pseudonym))
        own = self.session.vault.profile.municipalities
        select_data(self.municipality, client.municipality_ags or (own[0] if own else None))
        if open_cases:
            self.existing.setText(self.tr("Für diese Person ist schon ein Fall offen (seit %1). "
                                          "Ein weiterer Fall ist nur bei einem neuen Anliegen sinnvoll.")
                                  .replace("%1", show_date(open_cases[0].opened_on)))
            self.existing.show()

    def accept(self) -> None:
        self.errors.clear()
        client_id = self.chosen_client()
        if client_id is None:
            self.errors.show("client", self.tr("Bitte eine Person auswählen."))
            return
        opened = self.opened_on.parsed()
        if opened.error is not None or opened.value is None:
            self.errors.show("opened_on", message_text(opened.error) if opened.error else "")
            return
        try:
            case_id = cases.open_case(self.session.vault, client_id,
                                      municipality_ags=self.municipality.currentData() or "",
                                      focus=self.focus_box.currentData(), opened_on=opened.value)
        except InputRejected as exc:
            self.errors.show_rejection(exc)
            return
        except KimError as exc:
            self.errors.show(None, error_text(exc))
            return
        self.opened.emit(case_id)
        super().accept()


class CaseFocusDialog(QtWidgets.QDialog):
    """Changing an open case's focus and municipality (e.g. after a move within the district)."""

    changed = Signal(str)  # the case id

    def __init__(self, session: AppSession, case_id: str, focus: str, municipality_ags: str,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.case_id = session, case_id
        self.setWindowTitle(self.tr("Schwerpunkt und Kommune"))
        self.setMinimumWidth(440)
        self.general = FieldError(self)
        self.errors = FormErrors(self.general)
        self.municipality = QtWidgets.QComboBox(self)
        fill_combo(self.municipality, municipality_choices(session), none_text=self.tr("– bitte wählen –"))
        select_data(self.municipality, municipality_ags)
        self.focus_box = QtWidgets.QComboBox(self)
        fill_combo(self.focus_box, labelled(CaseFocus, CATALOGUES))
        select_data(self.focus_box, focus)
        form = QtWidgets.QFormLayout()
        add_field(form, self.errors, "municipality", self.tr("&Kommune:"), self.municipality, self)
        add_field(form, self.errors, "focus", self.tr("Sch&werpunkt:"), self.focus_box, self)
        self.buttons = ok_cancel(self, self.tr("&Speichern"))
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        self.errors.clear()
        municipality = self.municipality.currentData()
        if not municipality:
            self.errors.show("municipality", self.tr("Bitte eine Kommune wählen."))
            return
        try:
            cases.set_focus(self.session.vault, self.case_id, self.focus_box.currentData(), municipality)
        except KimError as exc:
            self.errors.show(None, error_text(exc))
            return
        self.changed.emit(self.case_id)
        super().accept()
