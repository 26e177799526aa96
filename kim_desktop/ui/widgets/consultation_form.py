"""The fields of the consultation dialog, their labels, messages and tab order (no data access).

Three columns read left to right in the order Tab takes: the facts of the meeting; what it was
about (topics, legal domains, referrals); what was written down and when to look again. Each
field has its message line right below it; FIELDS names them as the service's InputRejected.field
does, in tab order, so "focus the first bad field" is a walk down that list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from kim_desktop.ui.qt import Qt, QtCore, QtGui, QtWidgets
from kim_desktop.ui.widgets.checkable_list import CheckableList
from kim_desktop.ui.widgets.date_field import DateField
from kim_desktop.ui.widgets.field_error import FieldError

FIELDS = ("held_on", "start_time", "duration_minutes", "municipality_ags", "place", "contact_type",
          "interpreter_language", "topics", "legal_domains", "referrals", "notes", "next_steps",
          "follow_up_on")

# Suggestions only: what a case manager types is stored as typed.
INTERPRETER_LANGUAGES = (
    "Albanisch", "Amharisch", "Arabisch", "Bulgarisch", "Dari", "Englisch", "Farsi", "Französisch",
    "Georgisch", "Kurdisch (Kurmandschi)", "Kurdisch (Sorani)", "Paschtu", "Polnisch", "Rumänisch",
    "Russisch", "Serbisch", "Somali", "Spanisch", "Tigrinya", "Türkisch", "Ukrainisch", "Urdu",
    "Vietnamesisch",
)


class ConsultationForm(QtWidgets.QWidget):
    def __init__(self, dialog: QtWidgets.QDialog, *, today: Callable[[], dt.date]) -> None:
        super().__init__(dialog)
        self._make_fields(today)
        self.errors: dict[str, FieldError] = {name: FieldError(self) for name in FIELDS}
        self._lay_out(dialog)
        self._set_tab_order()

    # --- widgets --------------------------------------------------------------------------------

    def _make_fields(self, today: Callable[[], dt.date]) -> None:
        self.client_label = QtWidgets.QLabel(self)
        self.client_label.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.client_label.setTextFormat(Qt.TextFormat.PlainText)
        self.case_label = QtWidgets.QLabel(self)
        self.banner = FieldError(self)  # refusals that belong to no field (closed case, record gone)
        self.status = QtWidgets.QLabel(self)
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #1b5e20;")

        self.held_on = DateField(self, today=today)
        self.start_time = QtWidgets.QLineEdit(self)
        self.start_time.setPlaceholderText(self.tr("HH:MM"))
        self.start_time.setMaxLength(5)
        self.start_time.setToolTip(self.tr("Beginn als HH:MM, 24 Stunden (optional)"))
        self.duration = QtWidgets.QLineEdit(self)
        self.duration.setValidator(QtGui.QRegularExpressionValidator(QtCore.QRegularExpression("[0-9]{0,3}"),
                                                                     self.duration))
        self.duration.setToolTip(self.tr("Dauer in Minuten (1 bis 720, optional)"))
        for short in (self.held_on, self.start_time, self.duration):
            short.setMaximumWidth(130)
        self.municipality = QtWidgets.QComboBox(self)
        self.place = QtWidgets.QLineEdit(self)
        self.place.setMaxLength(200)
        self.place.setPlaceholderText(self.tr("z. B. Rathaus, Raum 1.12"))
        self.contact_type = QtWidgets.QComboBox(self)
        self.contact_type.setToolTip(self.tr("Anfangsbuchstabe tippen: p, t, h, b, v, s"))
        self.interpreter = QtWidgets.QLineEdit(self)
        self.interpreter.setMaxLength(60)
        self.interpreter.setPlaceholderText(self.tr("ohne Dolmetschung"))
        completer = QtWidgets.QCompleter(list(INTERPRETER_LANGUAGES), self.interpreter)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QtWidgets.QCompleter.CompletionMode.InlineCompletion)
        self.interpreter.setCompleter(completer)

        self.topics = CheckableList(self, visible_rows=7)
        self.legal_domains = CheckableList(self, visible_rows=6)
        self.suggestion = QtWidgets.QLabel(self)
        self.suggestion.setWordWrap(True)
        self.suggest_button = QtWidgets.QPushButton(self.tr("Vorschl&ag übernehmen"), self)
        self.suggest_button.setAutoDefault(False)
        self.referrals = CheckableList(self, visible_rows=6)
        self.consent_warning = FieldError(self, warning=True)

        self.notes = QtWidgets.QPlainTextEdit(self)
        self.next_steps = QtWidgets.QPlainTextEdit(self)
        for text in (self.notes, self.next_steps):
            text.setTabChangesFocus(True)  # Tab leaves the text; the form stays keyboard-only
        self.notes.setMinimumHeight(150)
        self.next_steps.setMinimumHeight(90)
        self.follow_up = DateField(self, optional=True, today=today, base=self.held_on.date)
        self.follow_up.setMaximumWidth(130)
        self.follow_up.setToolTip(self.tr("Wiedervorlage als TT.MM.JJJJ, oder „+7“ (Tage) bzw. „+2w“ "
                                          "(Wochen) ab dem Beratungstag; leer: keine Wiedervorlage"))
        self.week_1 = QtWidgets.QPushButton(self.tr("+&1 Woche"), self)
        self.week_2 = QtWidgets.QPushButton(self.tr("+&2 Wochen"), self)
        for days, button in ((7, self.week_1), (14, self.week_2)):
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+1/Alt+2 or "+7" typed; no extra Tab stops
            button.clicked.connect(lambda _checked=False, days=days: self._follow_up_in(days))

        self.save_button = QtWidgets.QPushButton(self.tr("&Speichern"), self)
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Strg+Eingabe oder Strg+S"))
        self.next_button = QtWidgets.QPushButton(self.tr("Speichern und &nächste"), self)
        self.next_button.setAutoDefault(False)
        self.next_button.setToolTip(self.tr("Strg+Umschalt+Eingabe: speichern, dann die nächste Beratung "
                                            "dieses Falls erfassen"))
        self.cancel_button = QtWidgets.QPushButton(self.tr("Abbrechen"), self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.setToolTip(self.tr("Esc"))

        self.held_on.checked.connect(lambda message: self.show_error("held_on", message))
        self.follow_up.checked.connect(lambda message: self.show_error("follow_up_on", message))
        self.start_time.editingFinished.connect(self._check_time)

    def _follow_up_in(self, days: int) -> None:
        self.follow_up.setText(f"+{days}")
        self.follow_up.check()

    def _check_time(self) -> None:
        from kim_desktop.domain.dates import format_time, parse_time
        from kim_desktop.ui.qt import QCoreApplication

        text = self.start_time.text().strip()
        if not text:
            self.show_error("start_time", "")
            return
        parsed = parse_time(text)
        if parsed.value is not None:
            self.start_time.setText(format_time(parsed.value))
        self.show_error("start_time", parsed.error.text(QCoreApplication.translate) if parsed.error else "")

    # --- layout ---------------------------------------------------------------------------------

    def _label(self, text: str, buddy: QtWidgets.QWidget) -> QtWidgets.QLabel:
        label = QtWidgets.QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _with_error(self, name: str, *widgets: QtWidgets.QWidget, stretch: bool = False) -> QtWidgets.QWidget:
        box = QtWidgets.QWidget(self)
        column = QtWidgets.QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        row = QtWidgets.QHBoxLayout()
        for widget in widgets:
            row.addWidget(widget)
        if stretch:
            row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.errors[name])
        return box

    def _lay_out(self, dialog: QtWidgets.QDialog) -> None:
        facts = QtWidgets.QFormLayout()
        facts.setFieldGrowthPolicy(QtWidgets.QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        minutes = QtWidgets.QLabel(self.tr("Minuten"), self)
        rows = (
            (self.tr("&Datum:"), self.held_on, "held_on", ()),
            (self.tr("&Beginn:"), self.start_time, "start_time", ()),
            (self.tr("Da&uer:"), self.duration, "duration_minutes", (minutes,)),
            (self.tr("&Kommune:"), self.municipality, "municipality_ags", ()),
            (self.tr("&Ort:"), self.place, "place", ()),
            (self.tr("Kon&taktart:"), self.contact_type, "contact_type", ()),
            (self.tr("Dolmetsc&hung:"), self.interpreter, "interpreter_language", ()),
        )
        for text, widget, name, extra in rows:
            short = widget in (self.held_on, self.start_time, self.duration)
            facts.addRow(self._label(text, widget), self._with_error(name, widget, *extra, stretch=short))

        about = QtWidgets.QVBoxLayout()
        about.addWidget(self._label(self.tr("Th&emen:"), self.topics.view))
        about.addWidget(self.topics)
        about.addWidget(self.errors["topics"])
        about.addSpacing(6)
        about.addWidget(self._label(self.tr("&Rechtskreise:"), self.legal_domains.view))
        about.addWidget(self.legal_domains)
        suggestion = QtWidgets.QHBoxLayout()
        suggestion.addWidget(self.suggestion, 1)
        suggestion.addWidget(self.suggest_button)
        about.addLayout(suggestion)
        about.addWidget(self.errors["legal_domains"])
        about.addSpacing(6)
        about.addWidget(self._label(self.tr("&Vermittlung an:"), self.referrals.view))
        about.addWidget(self.referrals)
        about.addWidget(self.consent_warning)
        about.addWidget(self.errors["referrals"])
        about.addStretch(1)

        written = QtWidgets.QVBoxLayout()
        written.addWidget(self._label(self.tr("Noti&zen:"), self.notes))
        written.addWidget(self.notes, 2)
        written.addWidget(self.errors["notes"])
        written.addWidget(self._label(self.tr("Nächste Schr&itte:"), self.next_steps))
        written.addWidget(self.next_steps, 1)
        written.addWidget(self.errors["next_steps"])
        written.addWidget(self._label(self.tr("&Wiedervorlage:"), self.follow_up))
        written.addWidget(self._with_error("follow_up_on", self.follow_up, self.week_1, self.week_2,
                                           stretch=True))

        columns = QtWidgets.QHBoxLayout()
        columns.setSpacing(18)
        for index, part in enumerate((facts, about, written)):
            holder = QtWidgets.QVBoxLayout()
            holder.addLayout(part)
            if index == 0:
                holder.addStretch(1)
            columns.addLayout(holder, (3, 4, 4)[index])

        buttons = QtWidgets.QHBoxLayout()
        keys = QtWidgets.QLabel(self.tr("Listen: tippen filtert, Leertaste wählt · Strg+Eingabe: speichern "
                                        "· Strg+Umschalt+Eingabe: speichern und nächste · Esc: abbrechen"),
                                self)
        keys.setWordWrap(True)
        buttons.addWidget(keys, 1)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)

        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.client_label)
        layout.addWidget(self.case_label)
        layout.addWidget(self.banner)
        layout.addWidget(self.status)
        layout.addSpacing(6)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)
        outer = QtWidgets.QVBoxLayout(dialog)
        outer.addWidget(self)

    def _set_tab_order(self) -> None:
        chain = (self.held_on, self.start_time, self.duration, self.municipality, self.place,
                 self.contact_type, self.interpreter, self.topics.view, self.legal_domains.view,
                 self.suggest_button, self.referrals.view, self.notes, self.next_steps, self.follow_up,
                 self.save_button, self.next_button, self.cancel_button)
        for first, second in zip(chain, chain[1:], strict=False):
            QtWidgets.QWidget.setTabOrder(first, second)

    # --- messages -------------------------------------------------------------------------------

    def widget_for(self, name: str) -> QtWidgets.QWidget | None:
        return {"held_on": self.held_on, "start_time": self.start_time, "duration_minutes": self.duration,
                "municipality_ags": self.municipality, "place": self.place,
                "contact_type": self.contact_type, "interpreter_language": self.interpreter,
                "topics": self.topics.view, "legal_domains": self.legal_domains.view,
                "referrals": self.referrals.view, "notes": self.notes, "next_steps": self.next_steps,
                "follow_up_on": self.follow_up}.get(name)

    def show_error(self, name: str, text: str) -> None:
        """Under the field the service named; a name the form does not know goes to the banner."""
        (self.errors.get(name) or self.banner).show_message(text)

    def clear_messages(self) -> None:
        for label in (*self.errors.values(), self.banner):
            label.clear()
        self.status.clear()

    def focus_first_error(self) -> None:
        for name in FIELDS:
            if self.errors[name].text():
                widget = self.widget_for(name)
                if widget is not None:
                    widget.setFocus(Qt.FocusReason.OtherFocusReason)
                    if isinstance(widget, QtWidgets.QLineEdit):
                        widget.selectAll()
                return
