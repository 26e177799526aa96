"""Recording one consultation (Einzelfallberatung): built for 15–20 entries a day, by keyboard.

Tab goes through the fields in reading order, column by column: date, start, duration,
municipality, place, contact type, interpreter; topics, legal domains, referrals; notes, next
steps, follow-up. Ctrl+Enter or Ctrl+S saves, Ctrl+Shift+Enter saves and clears the form for the
next consultation of the same case, Esc cancels (asking first when typed input would be lost).
Dates accept short forms ("heute", "24.12.", "+7"; widgets.date_field); an impossible date is
refused at its field, never guessed. Every refusal is shown under its field and the first bad
field gets the focus. A referral without a consent valid on the consultation's day is flagged at
once and, on saving, needs an explicit "Trotzdem vermitteln", which the service records.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kim_desktop.domain.case_cycle import CONTEXT as CYCLE_CONTEXT
from kim_desktop.domain.case_cycle import Phase
from kim_desktop.domain.catalogues import CONTEXT as CATALOGUE_CONTEXT
from kim_desktop.domain.catalogues import LEGAL_DOMAIN_SHORT, ContactType, LegalDomain
from kim_desktop.domain.consent import missing_consent_warning
from kim_desktop.domain.dates import format_date, format_time, parse_time
from kim_desktop.errors import InputRejected, KimError
from kim_desktop.services import master_data
from kim_desktop.services.consultations import (
    ConsentMissing,
    ConsultationInput,
    consultation_input,
    entry_case,
    entry_defaults,
    missing_consents,
    save_consultation,
)
from kim_desktop.services.master_data import CatalogueItem
from kim_desktop.services.schedule_views import ConsultationPrefill, scheduled_municipality
from kim_desktop.storage.master_data_tables import AGENCY, LEGAL_DOMAIN, TOPIC
from kim_desktop.ui.i18n import error_text, translate
from kim_desktop.ui.qt import QCoreApplication, QtCore, QtGui, QtWidgets, Signal
from kim_desktop.ui.widgets.consultation_form import ConsultationForm
from kim_desktop.ui.widgets.discard_question import may_discard

if TYPE_CHECKING:
    from kim_desktop.ui.session import AppSession

GEOMETRY_KEY = "consultation_dialog/geometry"
YES, NO = QtWidgets.QMessageBox.StandardButton.Yes, QtWidgets.QMessageBox.StandardButton.No


def today() -> dt.date:
    """The day the form counts from (tests replace it)."""
    return dt.date.today()


@dataclass(frozen=True)
class ConsultationDraft:
    """Every field as typed: to notice unsaved input, and to give it back after a lock."""

    consultation_id: str | None
    held_on: str
    start_time: str
    duration: str
    municipality_ags: str
    place: str
    contact_type: str
    interpreter_language: str
    topics: tuple[str, ...]
    legal_domains: tuple[str, ...]
    referrals: tuple[str, ...]
    notes: str
    next_steps: str
    follow_up_on: str


class ConsultationDialog(QtWidgets.QDialog):
    """New (consultation_id None) or existing consultation of one case; saved(id) after each save."""

    saved = Signal(str)

    def __init__(self, app_session: AppSession, case_id: str, *, consultation_id: str | None = None,
                 prefill: ConsultationPrefill | None = None, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = app_session
        self.case_id = case_id
        self.consultation_id = consultation_id
        self._agencies: dict[str, CatalogueItem] = {}
        self._suggested: list[str] = []
        self._ended = False  # after done(): a field losing focus must not read the vault any more
        self.form = ConsultationForm(self, today=today)
        self._wire()
        self._load_case()
        if consultation_id is None:
            self._load_catalogues(None)
            self._fill_defaults(prefill)
        else:
            with self.session.vault.reader() as session:
                stored = consultation_input(session, consultation_id)
            self._load_catalogues(stored)
            self._fill(stored)
        self._set_title()
        self._show_case_state()
        self._pristine = self.current()
        self._restore_geometry()
        self.form.held_on.setFocus()
        self.form.held_on.selectAll()

    # --- setting up ---------------------------------------------------------------------------

    def _wire(self) -> None:
        form = self.form
        form.save_button.clicked.connect(lambda: self.save())
        form.next_button.clicked.connect(lambda: self.save(next_one=True))
        form.cancel_button.clicked.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter", QtGui.QKeySequence.StandardKey.Save):
            QtGui.QShortcut(QtGui.QKeySequence(keys), self, activated=lambda: self.save())
        for keys in ("Ctrl+Shift+Return", "Ctrl+Shift+Enter"):
            QtGui.QShortcut(QtGui.QKeySequence(keys), self, activated=lambda: self.save(next_one=True))
        form.referrals.checkedChanged.connect(self._referrals_changed)
        form.legal_domains.checkedChanged.connect(self._update_suggestion)
        form.held_on.checked.connect(lambda _message: self._update_consent_warning())
        form.suggest_button.clicked.connect(self._take_suggestion)

    def _load_case(self) -> None:
        with self.session.vault.reader() as session:
            row = entry_case(session, self.case_id)
        phase = Phase(row.phase)
        self.form.client_label.setText(row.client_name or row.pseudonym)
        self.form.case_label.setText(
            self.tr("%1 · Phase: %2 · Fall seit %3").replace("%1", row.pseudonym)
            .replace("%2", translate(CYCLE_CONTEXT, phase.label)).replace("%3", format_date(row.opened_on)))
        self._case_closed = phase is Phase.CLOSED

    def _show_case_state(self) -> None:
        """Said at once, not only after the first attempt to save (the form's fill clears messages)."""
        if self._case_closed and self.consultation_id is None:
            self.form.banner.show_message(self.tr(
                "Der Fall ist abgeschlossen; für eine neue Beratung den Fall bitte erst wieder aufnehmen."))

    def _load_catalogues(self, stored: ConsultationInput | None) -> None:
        """Active entries, plus inactive ones the stored consultation still names."""
        used = set(stored.topics + stored.legal_domains + stored.referrals) if stored else set()
        tr = QCoreApplication.translate
        inactive = self.tr("%1 (inaktiv)")
        with self.session.vault.reader() as session:
            for kind, widget in ((TOPIC, self.form.topics), (LEGAL_DOMAIN, self.form.legal_domains),
                                 (AGENCY, self.form.referrals)):
                items = [item for item in master_data.catalogue(session, kind, include_inactive=True)
                         if item.active or item.code in used]
                widget.set_items([(item.code, item.display(tr) if item.active
                                   else inactive.replace("%1", item.display(tr))) for item in items])
                if kind == AGENCY:
                    self._agencies = {item.code: item for item in items}
        municipalities = [(m.ags, m.name) for m in self.session.deployment.municipalities]
        if stored and stored.municipality_ags not in {ags for ags, _ in municipalities}:
            municipalities.append((stored.municipality_ags, stored.municipality_ags))
        self.form.municipality.clear()
        for ags, name in municipalities:
            self.form.municipality.addItem(name, ags)
        self.form.contact_type.clear()
        for contact in ContactType:
            self.form.contact_type.addItem(translate(CATALOGUE_CONTEXT, contact.label), str(contact))

    def _set_title(self) -> None:
        self.setWindowTitle(self.tr("Beratung erfassen") if self.consultation_id is None
                            else self.tr("Beratung bearbeiten"))
        self.form.next_button.setText(self.tr("Speichern und &nächste") if self.consultation_id is None
                                      else self.tr("Speichern und &neue"))

    # --- filling and reading the fields ---------------------------------------------------------

    def _fill_defaults(self, prefill: ConsultationPrefill | None = None) -> None:
        """The service's defaults with the municipality of the day's schedule; an appointment's
        prefill (day, start, duration, where) wins over them."""
        day = prefill.held_on if prefill is not None else today()
        vault = self.session.vault
        with vault.reader() as session:
            scheduled = scheduled_municipality(session, vault, day)
            defaults = entry_defaults(session, self.case_id, vault.profile.device_id, day,
                                      scheduled_municipality=scheduled)
        data = ConsultationInput(
            case_id=self.case_id, held_on=defaults.held_on, municipality_ags=defaults.municipality_ags,
            contact_type=defaults.contact_type, duration_minutes=defaults.duration_minutes,
            interpreter_language=defaults.interpreter_language)
        if prefill is not None:
            data = dataclasses.replace(
                data, start_time=prefill.start_time,
                duration_minutes=prefill.duration_minutes or data.duration_minutes,
                municipality_ags=prefill.municipality_ags or data.municipality_ags, place=prefill.place,
                interpreter_language=prefill.interpreter_language or data.interpreter_language,
                contact_type=prefill.contact_type or data.contact_type)
        self._fill(data)

    def _fill(self, data: ConsultationInput) -> None:
        form = self.form
        form.clear_messages()
        form.held_on.set_date(data.held_on)
        form.start_time.setText(data.start_time or "")
        form.duration.setText(str(data.duration_minutes) if data.duration_minutes else "")
        _select(form.municipality, data.municipality_ags)
        form.place.setText(data.place)
        _select(form.contact_type, data.contact_type)
        form.interpreter.setText(data.interpreter_language)
        form.topics.set_checked(data.topics)
        form.legal_domains.set_checked(data.legal_domains)
        form.referrals.set_checked(data.referrals)
        form.notes.setPlainText(data.notes)
        form.next_steps.setPlainText(data.next_steps)
        form.follow_up.set_date(data.follow_up_on)
        self._referrals_changed()

    def current(self) -> ConsultationDraft:
        form = self.form
        return ConsultationDraft(
            self.consultation_id, form.held_on.text().strip(), form.start_time.text().strip(),
            form.duration.text().strip(), form.municipality.currentData() or "", form.place.text(),
            form.contact_type.currentData() or "", form.interpreter.text(), form.topics.checked(),
            form.legal_domains.checked(), form.referrals.checked(), form.notes.toPlainText(),
            form.next_steps.toPlainText(), form.follow_up.text().strip())

    def is_dirty(self) -> bool:
        return self.current() != self._pristine

    def draft(self) -> ConsultationDraft | None:
        """The unsaved input (for the opener's Page.draft() when the vault locks), else None."""
        return self.current() if self.is_dirty() else None

    def restore_draft(self, draft: ConsultationDraft) -> None:
        form = self.form
        form.held_on.setText(draft.held_on)
        form.start_time.setText(draft.start_time)
        form.duration.setText(draft.duration)
        _select(form.municipality, draft.municipality_ags)
        form.place.setText(draft.place)
        _select(form.contact_type, draft.contact_type)
        form.interpreter.setText(draft.interpreter_language)
        form.topics.set_checked(draft.topics)
        form.legal_domains.set_checked(draft.legal_domains)
        form.referrals.set_checked(draft.referrals)
        form.notes.setPlainText(draft.notes)
        form.next_steps.setPlainText(draft.next_steps)
        form.follow_up.setText(draft.follow_up_on)
        self._referrals_changed()

    def read(self) -> ConsultationInput | None:
        """The input as the service takes it, or None after showing what cannot be read."""
        form = self.form
        form.clear_messages()
        problems: dict[str, str] = {}
        held = form.held_on.parsed()
        if held.error is not None:
            problems["held_on"] = held.error.text(QCoreApplication.translate)
        start = None
        if form.start_time.text().strip():
            parsed_time = parse_time(form.start_time.text())
            if parsed_time.error is not None:
                problems["start_time"] = parsed_time.error.text(QCoreApplication.translate)
            elif parsed_time.value is not None:
                start = format_time(parsed_time.value)
        follow = form.follow_up.parsed()
        if follow.error is not None:
            problems["follow_up_on"] = follow.error.text(QCoreApplication.translate)
        if problems or held.value is None:
            for name, text in problems.items():
                form.show_error(name, text)
            form.focus_first_error()
            return None
        duration = form.duration.text().strip()
        return ConsultationInput(
            case_id=self.case_id, held_on=held.value, municipality_ags=form.municipality.currentData() or "",
            contact_type=form.contact_type.currentData() or "", start_time=start,
            duration_minutes=int(duration) if duration else None, place=form.place.text(),
            interpreter_language=form.interpreter.text(), topics=form.topics.checked(),
            legal_domains=form.legal_domains.checked(), referrals=form.referrals.checked(),
            notes=form.notes.toPlainText(), next_steps=form.next_steps.toPlainText(),
            follow_up_on=follow.value)

    # --- saving ---------------------------------------------------------------------------------

    def save(self, *, next_one: bool = False) -> str | None:
        """Save the form; the new or changed consultation's id, or None when nothing was saved."""
        data = self.read()
        if data is None:
            return None
        confirmed: tuple[str, ...] = ()
        try:
            try:
                saved_id = save_consultation(self.session.vault, data, consultation_id=self.consultation_id)
            except ConsentMissing as missing:
                if not self._confirm_without_consent(missing.agencies, data.held_on):
                    self.form.referrals.setFocus()
                    return None
                confirmed = tuple(missing.agencies)
                saved_id = save_consultation(self.session.vault, data, consultation_id=self.consultation_id,
                                             confirmed_without_consent=confirmed)
        except InputRejected as rejected:
            self.form.show_error(rejected.field or "", rejected.message(QCoreApplication.translate))
            self.form.focus_first_error()
            return None
        except KimError as error:
            self.form.banner.show_message(error_text(error))
            return None
        self.saved.emit(saved_id)
        if next_one:
            self._start_next(data.held_on)
        else:
            self._pristine = self.current()
            self.accept()
        return saved_id

    def _confirm_without_consent(self, agencies: list[str], on: dt.date) -> bool:
        names = "\n".join(f"• {self.form.referrals.label_of(code)}" for code in agencies)
        text = (self.tr("Für diese Netzwerkpartner liegt am %1 keine gültige Einwilligung oder "
                        "Schweigepflichtentbindung vor:\n\n%2\n\nTrotzdem vermitteln? Die Entscheidung "
                        "wird mit der Beratung festgehalten.")
                .replace("%1", format_date(on)).replace("%2", names))
        answer = QtWidgets.QMessageBox.question(self, self.tr("Trotzdem vermitteln?"), text, YES | NO, NO)
        return answer == YES

    def _start_next(self, saved_on: dt.date) -> None:
        self.consultation_id = None
        self._load_catalogues(None)
        self._fill_defaults()
        self._set_title()
        self._show_case_state()
        self._pristine = self.current()
        saved = self.tr("Beratung vom %1 gespeichert. Die nächste Beratung bitte hier erfassen.")
        self.form.status.setText(saved.replace("%1", format_date(saved_on)))
        self.form.held_on.setFocus()
        self.form.held_on.selectAll()

    def reject(self) -> None:
        """Esc, Abbrechen or the window's close button: ask before typed input is lost."""
        if self.is_dirty() and not may_discard(
                self, self.tr("Die Eingaben zu dieser Beratung sind nicht gespeichert. Verwerfen?")):
            return
        super().reject()

    def done(self, result: int) -> None:
        self._ended = True
        QtCore.QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().done(result)

    def _restore_geometry(self) -> None:
        saved = QtCore.QSettings().value(GEOMETRY_KEY)
        if isinstance(saved, QtCore.QByteArray) and self.restoreGeometry(saved):
            return
        # Wide enough that list entries and messages rarely wrap, never larger than the screen.
        hint = self.sizeHint()
        width, height = max(hint.width(), 1200), max(hint.height(), 720)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 40)
        self.resize(width, height)

    # --- consent and suggestions ----------------------------------------------------------------

    def _referrals_changed(self) -> None:
        self._update_consent_warning()
        self._update_suggestion()

    def _update_consent_warning(self) -> None:
        """The warning at the referrals, for the day typed (today while the date is not valid)."""
        referrals = self.form.referrals.checked()
        on = self.form.held_on.date() or today()
        missing: list[str] = []
        if referrals and not self._ended:
            with self.session.vault.reader() as session:
                missing = missing_consents(session, self.case_id, referrals, on)
        self.form.consent_warning.show_message("\n".join(
            missing_consent_warning(self.form.referrals.label_of(code), on).text(QCoreApplication.translate)
            for code in missing))

    def _update_suggestion(self) -> None:
        """Legal domains the referred agencies stand for and that are not ticked: offered, not set."""
        offered = set(self.form.legal_domains.codes())
        ticked = set(self.form.legal_domains.checked())
        suggested: list[str] = []
        for code in self.form.referrals.checked():
            agency = self._agencies.get(code)
            for domain in agency.legal_domains if agency else ():
                if domain in offered and domain not in ticked and domain not in suggested:
                    suggested.append(domain)
        self._suggested = suggested
        names = [_short_legal_domain(code, self.form.legal_domains.label_of(code)) for code in suggested]
        self.form.suggestion.setText(self.tr("Vorschlag: %1").replace("%1", ", ".join(names)))
        self.form.suggestion.setToolTip(self.tr("Die Rechtskreise der gewählten Netzwerkpartner; "
                                                "übernommen wird nur, was Sie bestätigen."))
        self.form.suggestion.setVisible(bool(suggested))
        self.form.suggest_button.setVisible(bool(suggested))

    def _take_suggestion(self) -> None:
        self.form.legal_domains.add_checked(self._suggested)
        self.form.legal_domains.setFocus()


def _select(combo: QtWidgets.QComboBox, data: str) -> None:
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)


def _short_legal_domain(code: str, label: str) -> str:
    try:
        return LEGAL_DOMAIN_SHORT[LegalDomain(code)]
    except ValueError:
        return label

