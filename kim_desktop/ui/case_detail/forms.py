"""Small pieces the case and client forms share: dates as DD.MM.YYYY text, messages at the field.

A rejected input is shown in red right under the field it concerns (the field named by
InputRejected.field), and that field gets the focus: the user never has to guess what is wrong.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from kim_desktop.domain.dates import DEFAULT_YEARS_AHEAD, Parsed, format_date, parse_date
from kim_desktop.domain.messages import Message
from kim_desktop.errors import InputRejected
from kim_desktop.ui.i18n import translate
from kim_desktop.ui.qt import QCoreApplication, Qt, QtWidgets

DASH = "–"
ERROR_STYLE = "color: #b00020;"


def show_date(value: dt.date | None) -> str:
    return format_date(value) if value is not None else DASH


def message_text(message: Message) -> str:
    return message.text(QCoreApplication.translate)


class FieldError(QtWidgets.QLabel):
    """The red message under one field; takes no room while empty."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_text(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
        if text:
            grow_to_fit(self.window())


    def clear(self) -> None:
        super().clear()
        self.hide()


def grow_to_fit(window: QtWidgets.QWidget) -> None:
    """A dialog already on screen does not grow by itself when a wrapped message appears in it."""
    layout = window.layout()
    if not window.isWindow() or layout is None:
        return
    layout.activate()
    needed = layout.totalHeightForWidth(window.width()) if layout.hasHeightForWidth() \
        else layout.totalSizeHint().height()
    if needed > window.height():
        window.resize(window.width(), needed)


def text_box(parent: QtWidgets.QWidget, lines: int) -> QtWidgets.QPlainTextEdit:
    """A multi-line field `lines` high, where Tab moves on as in every other field."""
    edit = QtWidgets.QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    margins = edit.contentsMargins()
    document_margin = int(edit.document().documentMargin())
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 2 * document_margin
                        + margins.top() + margins.bottom() + 4)
    return edit


class DateField(QtWidgets.QLineEdit):
    """A date typed as DD.MM.YYYY; impossible dates are refused with the reason, never rolled over."""

    def __init__(self, parent: QtWidgets.QWidget | None = None, *, years_ahead: int = DEFAULT_YEARS_AHEAD,
                 optional: bool = False) -> None:
        super().__init__(parent)
        self.years_ahead = years_ahead  # birth dates pass 0: "01.01.30" is 1930 there
        self.optional = optional
        self.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        self.setMaxLength(10)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00.00.00000") + 24)

    def set_date(self, value: dt.date | None) -> None:
        self.setText(format_date(value) if value is not None else "")

    def parsed(self) -> Parsed[dt.date]:
        """The date, None for an empty optional field, or the reason why the text is no date."""
        if self.optional and not self.text().strip():
            return Parsed(None)
        return parse_date(self.text(), years_ahead=self.years_ahead)


class FormErrors:
    """The fields of one form by the names the services use in InputRejected.field."""

    def __init__(self, general: FieldError) -> None:
        self.general = general  # for a rejection without a field of this form
        self.fields: dict[str, tuple[QtWidgets.QWidget, FieldError]] = {}

    def add(self, name: str, widget: QtWidgets.QWidget, error: FieldError) -> None:
        self.fields[name] = (widget, error)

    def alias(self, name: str, same_as: str) -> None:
        self.fields[name] = self.fields[same_as]

    def clear(self) -> None:
        self.general.clear()
        for _widget, error in self.fields.values():
            error.clear()

    def show(self, field: str | None, text: str) -> None:
        self.clear()
        widget, error = self.fields.get(field or "", (None, self.general))
        error.show_text(text)
        if widget is not None:
            widget.setFocus()

    def show_rejection(self, exc: InputRejected) -> None:
        self.show(exc.field, exc.message(QCoreApplication.translate))


def field_with_error(widget: QtWidgets.QWidget,
                     parent: QtWidgets.QWidget) -> tuple[QtWidgets.QWidget, FieldError]:
    """The field and its message below it, as one cell of a form."""
    cell = QtWidgets.QWidget(parent)
    layout = QtWidgets.QVBoxLayout(cell)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    error = FieldError(cell)
    layout.addWidget(error)
    return cell, error


def add_field(form: QtWidgets.QFormLayout, errors: FormErrors, name: str, text: str,
              widget: QtWidgets.QWidget, parent: QtWidgets.QWidget) -> QtWidgets.QLabel:
    """A form row with a buddy label (its & gives the mnemonic) and a place for the message."""
    cell, error = field_with_error(widget, parent)
    label = QtWidgets.QLabel(text, parent)
    label.setBuddy(widget)
    form.addRow(label, cell)
    errors.add(name, widget, error)
    return label


def fill_combo(combo: QtWidgets.QComboBox, items: Iterable[tuple[str, object]], *,
               none_text: str | None = None) -> None:
    """Entries (shown text, data); none_text adds a first entry whose data is None."""
    combo.clear()
    if none_text is not None:
        combo.addItem(none_text, None)
    for text, data in items:
        combo.addItem(text, data)


def select_data(combo: QtWidgets.QComboBox, data: object) -> None:
    index = combo.findData(data)
    combo.setCurrentIndex(max(index, 0))


def labelled(enum_items: Iterable[object], context: str) -> list[tuple[str, object]]:
    """(translated label, code) for the members of a closed set from domain.catalogues/case_cycle."""
    return [(translate(context, member.label), str(member)) for member in enum_items]  # type: ignore[attr-defined]


def ok_cancel(dialog: QtWidgets.QDialog, ok_text: str) -> QtWidgets.QDialogButtonBox:
    """Save as the default button (Enter); Cancel (Qt translates it) and Esc close without saving."""
    standard = QtWidgets.QDialogButtonBox.StandardButton
    buttons = QtWidgets.QDialogButtonBox(standard.Ok | standard.Cancel, dialog)
    ok = buttons.button(standard.Ok)
    ok.setText(ok_text)
    ok.setDefault(True)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
