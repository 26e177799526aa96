"""Beratungen: every consultation over all cases, filtered and sorted in SQL, fast at 100 000.

A keystroke re-queries the first page on the GUI thread (≤ 100 ms, DESIGN.md §7) after a short
pause in typing; the count follows from a background job, so a slow count never holds up the list.
The first page is read when the main window is built (the list is filled at unlock); the first
count waits until the page is shown, so that it does not compete with building the window.
Coordinators get the pseudonymised view (DESIGN.md §4, services.personal_data_view): no names,
the search looks at pseudonyms only (never at names or notes); and a filter by case manager.
Enter or a double click asks to open the consultation's case.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from kim_desktop.domain.catalogues import CONTACT_TYPE_LABELS, LEGAL_DOMAIN_SHORT, LegalDomain
from kim_desktop.domain.roles import Role
from kim_desktop.errors import KimError
from kim_desktop.services import consultation_query as query
from kim_desktop.services.consultation_query import ConsultationFilter
from kim_desktop.services.personal_data_view import PersonalDataView
from kim_desktop.ui.background import run_in_background
from kim_desktop.ui.consultation_table_model import (
    CASE_MANAGER_FIELDS,
    COORDINATOR_FIELDS,
    ConsultationTableModel,
    Field,
    Labels,
    vault_source,
)
from kim_desktop.ui.i18n import error_text, translate
from kim_desktop.ui.pages.base import Page
from kim_desktop.ui.qt import QCoreApplication, Qt, QtCore, QtGui, QTimer, QtWidgets, Signal, is_alive
from kim_desktop.ui.widgets.date_field import DateField
from kim_desktop.ui.widgets.field_error import FieldError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kim_desktop.ui.session import AppSession

TYPING_PAUSE_MS = 150  # the list follows the typing; a pause this long is the end of a word
# A complete-looking date is checked while it is typed (31.02.2026 is marked at once); a shorter
# one only when the field is left, so that nobody is scolded halfway through "1.1.2026".
_FULL_DATE = re.compile(r"\s*[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4}\s*")
COLUMN_CHARS = {Field.DATE: 10, Field.TIME: 6, Field.MUNICIPALITY: 20, Field.PSEUDONYM: 11, Field.NAME: 28,
                Field.CONTACT_TYPE: 18, Field.DURATION: 6, Field.LEGAL_DOMAINS: 20, Field.CASE_MANAGER: 20}


def legal_domain_labels(session: Session) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """(choices for the filter: code and full label, in catalogue order; code → short form for the
    table). Master data may rename or add legal domains; a statute keeps its own abbreviation."""
    from kim_desktop.services import master_data
    from kim_desktop.storage.master_data_tables import LEGAL_DOMAIN

    items = master_data.catalogue(session, LEGAL_DOMAIN, include_inactive=True)
    choices = [(item.code, item.display(QCoreApplication.translate)) for item in items if item.active]
    short = {item.code: item.display(QCoreApplication.translate) for item in items}
    short.update({str(domain): LEGAL_DOMAIN_SHORT[domain] for domain in LegalDomain
                  if domain is not LegalDomain.OTHER})
    return choices, short


class ConsultationTableView(QtWidgets.QTableView):
    """Enter on a row, or a double click, means "open"."""

    rowActivated = Signal(int)  # noqa: N815 - Qt naming

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.doubleClicked.connect(lambda index: self.rowActivated.emit(index.row()))

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.rowActivated.emit(self.currentIndex().row())
            event.accept()
            return
        super().keyPressEvent(event)


class ConsultationListPage(Page):
    """openCaseRequested(case_id) (from Page) on Enter or double click on a row."""

    def __init__(self, session: AppSession, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.coordinator = session.vault.profile.role is Role.COORDINATOR  # a filter by case manager
        self.pseudonymised = PersonalDataView.of(session.vault).pseudonymised
        with session.vault.reader() as db:
            legal_choices, legal_short = legal_domain_labels(db)
            managers = query.case_managers(db) if self.coordinator else []
        municipalities = sorted(session.deployment.municipalities, key=lambda m: m.name.casefold())
        contact_labels = {str(code): translate("Catalogues", label)
                          for code, label in CONTACT_TYPE_LABELS.items()}
        self.labels = Labels(municipalities={m.ags: m.name for m in municipalities},
                             contact_types=contact_labels, legal_domains=legal_short,
                             case_managers={m.device_id: m.name for m in managers if m.name})

        self.search = QtWidgets.QLineEdit(self)
        self.search.setMaxLength(200)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Pseudonym") if self.pseudonymised
            else self.tr("Name, Pseudonym oder Wort aus den Notizen"))
        self.municipality = self._combo(self.tr("alle Kommunen"), [(m.ags, m.name) for m in municipalities])
        self.date_from = DateField(self, optional=True)
        self.date_to = DateField(self, optional=True)
        self.date_from_error = FieldError(self)
        self.date_to_error = FieldError(self)
        self.legal_domain = self._combo(self.tr("alle Rechtskreise"), legal_choices)
        self.contact_type = self._combo(self.tr("alle Kontaktarten"), list(contact_labels.items()))
        self.case_manager = self._combo(
            self.tr("alle"), [(m.device_id, m.name or self.tr("Gerät %1").replace("%1", m.device_id[:8]))
                              for m in managers])
        self.include_closed = QtWidgets.QCheckBox(self.tr("abgeschlossene &Fälle einbeziehen"), self)
        self.include_closed.setChecked(True)
        self.reset_button = QtWidgets.QPushButton(self.tr("Filter &zurücksetzen"), self)
        self.count_label = QtWidgets.QLabel(self)
        self.count_label.setObjectName("consultation_count")
        self.error_label = FieldError(self)

        fields = COORDINATOR_FIELDS if self.pseudonymised else CASE_MANAGER_FIELDS
        source = vault_source(session.vault, self.labels.hints())
        self.model = ConsultationTableModel(source, self.labels, fields, parent=self)
        self.table = ConsultationTableView(self)
        self.table.setAccessibleName(self.tr("Beratungen"))
        self._setup_table()
        self._layout()
        self.typing = self._timer(TYPING_PAUSE_MS, self.apply_filter)
        self._count_timer = self._timer(0, self._start_count)  # zero: after the list has been painted
        self._counting = False  # a count job runs
        self._count_pending = False  # the list changed since the last count started
        self.total: int | None = None  # None while counting
        self._connect()
        self.apply_filter(force=True)

    # --- building -----------------------------------------------------------------------------------

    def _timer(self, interval_ms: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval_ms)
        timer.timeout.connect(slot)
        return timer

    def _connect(self) -> None:
        self.search.textChanged.connect(self.typing.start)
        self.search.returnPressed.connect(self._search_done)
        for combo in (self.municipality, self.legal_domain, self.contact_type, self.case_manager):
            combo.currentIndexChanged.connect(self._choice_changed)
        self.include_closed.toggled.connect(self._choice_changed)
        for date_field in (self.date_from, self.date_to):
            date_field.textChanged.connect(self._date_typed)
            date_field.editingFinished.connect(self._date_left)
        self.reset_button.clicked.connect(self.reset_filter)
        self.model.queryFailed.connect(self._query_failed)
        self.table.rowActivated.connect(self._open_row)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sort_indicator_changed)
        find = QtGui.QShortcut(QtGui.QKeySequence.StandardKey.Find, self)
        find.activated.connect(self.focus_search)

    def _combo(self, everything: str, choices: list[tuple[str, str]]) -> QtWidgets.QComboBox:
        combo = QtWidgets.QComboBox(self)
        combo.addItem(everything, None)
        for code, label in choices:
            combo.addItem(label, code)
        combo.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(14)
        return combo

    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        # Every row has the same height: the view need not measure 100 000 of them.
        table.verticalHeader().setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        metrics = table.fontMetrics()
        width = metrics.averageCharWidth()
        # Columns of catalogue labels fit their longest label ("schriftlich (Brief, E-Mail)").
        labelled = {Field.CONTACT_TYPE: self.labels.contact_types.values(),
                    Field.MUNICIPALITY: self.labels.municipalities.values()}
        for column, field_ in enumerate(self.model.fields):  # wide enough for the header and its arrow
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            labels = labelled.get(field_, ())
            longest = max((metrics.horizontalAdvance(text) for text in labels), default=0)
            header.resizeSection(column, max(COLUMN_CHARS[field_] * width + 16, longest + 16,
                                             header.fontMetrics().horizontalAdvance(title) + 28))
        header.setStretchLastSection(True)
        header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.DescendingOrder)
        table.setSortingEnabled(True)  # calls model.sort with the indicator: already the model's order

    def _layout(self) -> None:
        grid = QtWidgets.QGridLayout()
        grid.setHorizontalSpacing(8)

        def labelled(text: str, widget: QtWidgets.QWidget, row: int, column: int, span: int = 1) -> None:
            label = QtWidgets.QLabel(text, self)
            label.setBuddy(widget)
            grid.addWidget(label, row, column)
            grid.addWidget(widget, row, column + 1, 1, span)

        labelled(self.tr("&Suche:"), self.search, 0, 0, 3)
        labelled(self.tr("&Kommune:"), self.municipality, 0, 4)
        labelled(self.tr("&Rechtskreis:"), self.legal_domain, 0, 6)
        labelled(self.tr("Datum &von:"), self.date_from, 1, 0)
        labelled(self.tr("b&is:"), self.date_to, 1, 2)
        labelled(self.tr("Kontakt&art:"), self.contact_type, 1, 4)
        if self.coordinator:
            labelled(self.tr("Case &Management:"), self.case_manager, 1, 6)
        else:
            self.case_manager.hide()
        # Each message under its own field, with room to the right so that it need not wrap much.
        grid.addWidget(self.date_from_error, 2, 1, 1, 3)
        grid.addWidget(self.date_to_error, 3, 3, 1, 5)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(5, 2)
        grid.setColumnStretch(7, 2)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.include_closed)
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)
        count_font = self.count_label.font()
        count_font.setBold(True)
        self.count_label.setFont(count_font)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addWidget(self.count_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        order: list[QtWidgets.QWidget] = [self.search, self.municipality, self.legal_domain, self.date_from,
                                          self.date_to, self.contact_type]
        if self.coordinator:
            order.append(self.case_manager)
        order += [self.include_closed, self.reset_button, self.table]
        for first, second in zip(order, order[1:], strict=False):
            QtWidgets.QWidget.setTabOrder(first, second)

    # --- filtering ----------------------------------------------------------------------------------

    def current_filter(self) -> ConsultationFilter:
        date_from, date_to = self._dates(final=False)
        return ConsultationFilter(
            text=self.search.text().strip(), municipality_ags=self.municipality.currentData(),
            date_from=date_from, date_to=date_to, legal_domain=self.legal_domain.currentData(),
            contact_type=self.contact_type.currentData(),
            owner_device_id=self.case_manager.currentData() if self.coordinator else None,
            include_closed=self.include_closed.isChecked(), pseudonymised=self.pseudonymised)

    def apply_filter(self, *, force: bool = False) -> None:
        """Show the first page for the fields as they are now; the count follows in the background."""
        self.typing.stop()
        flt = self.current_filter()
        if not force and flt == self.model.filter:
            return
        try:
            if force:
                self.model.filter = flt
                self.model.reload()
            else:
                self.model.set_filter(flt)
        except KimError as exc:
            self.error_label.show_message(error_text(exc))
            return
        self.error_label.clear()
        self.count_again()

    def refresh(self) -> None:
        """Consultations changed elsewhere: read the list (as deep as it is scrolled) and count again."""
        try:
            self.model.refresh()
        except KimError as exc:
            self.error_label.show_message(error_text(exc))
            return
        self.count_again()

    def reset_filter(self) -> None:
        widgets: list[QtCore.QObject] = [self.search, self.date_from, self.date_to, self.municipality,
                                         self.legal_domain, self.contact_type, self.case_manager,
                                         self.include_closed]
        for widget in widgets:  # one query at the end, not one per field
            widget.blockSignals(True)
        try:
            self.search.clear()
            self.date_from.clear()
            self.date_to.clear()
            for combo in (self.municipality, self.legal_domain, self.contact_type, self.case_manager):
                combo.setCurrentIndex(0)
            self.include_closed.setChecked(True)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._dates(final=True)
        self.apply_filter()

    def _choice_changed(self, *_args: object) -> None:
        self.apply_filter()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _search_done(self) -> None:
        """Enter in the search field: the list at once, and the keyboard moves on to it."""
        self.apply_filter()
        if self.model.rowCount() > 0:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.table.currentIndex().isValid():
                self.table.setCurrentIndex(self.model.index(0, 0))

    def _date_typed(self) -> None:
        self._dates(final=False)
        self.typing.start()

    def _date_left(self) -> None:
        self._dates(final=True)
        self.apply_filter()

    def _dates(self, *, final: bool) -> tuple[dt.date | None, dt.date | None]:
        """The dates that count, and each field's message: an impossible date (31.02.2026) is named,
        never guessed, and does not filter until it is corrected."""
        values: list[dt.date | None] = []
        for date_field, error in ((self.date_from, self.date_from_error), (self.date_to, self.date_to_error)):
            parsed = date_field.parsed()
            values.append(parsed.value)
            if parsed.error is None:
                error.clear()
            elif final or _FULL_DATE.fullmatch(date_field.text()):
                error.show_message(parsed.error.text(QCoreApplication.translate))
            date_field.setAccessibleDescription(error.text() if error.isVisible() else "")
        date_from, date_to = values
        if date_from is not None and date_to is not None and date_from > date_to:
            self.date_to_error.show_message(self.tr("„bis“ liegt vor „von“."))
        return date_from, date_to

    # --- sorting, opening -----------------------------------------------------------------------------

    def _sort_indicator_changed(self, column: int, _order: Qt.SortOrder) -> None:
        """A click on a column that cannot be sorted puts the arrow back where the order comes from."""
        if not self.model.is_sortable(column):
            QTimer.singleShot(0, self._restore_sort_indicator)  # not from inside the header's own signal

    def _restore_sort_indicator(self) -> None:
        if is_alive(self):
            order = Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder
            self.table.horizontalHeader().setSortIndicator(self.model.sort_column(), order)

    def _query_failed(self, exc: KimError) -> None:
        """A sort or the next page could not be read: say so; the rows and order shown stay."""
        self.error_label.show_message(error_text(exc))
        self._restore_sort_indicator()

    def _open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.openCaseRequested.emit(self.model.case_id(row))

    # --- the count ----------------------------------------------------------------------------------

    def showEvent(self, event: QtGui.QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._count_pending:
            self._count_timer.start()

    def count_again(self) -> None:
        """The list changed: count again in the background, once the list has been painted (a zero
        timer runs after the paint) and the page can be seen. One count runs at a time; a newer
        filter is counted when it ends, and only the last one is shown."""
        self.total = None
        self.count_label.setText(self.tr("Beratungen werden gezählt …"))
        self._count_pending = True
        if self.isVisible():
            self._count_timer.start()

    def _start_count(self) -> None:
        if not self._count_pending or self._counting or not self.isVisible():
            return
        self._count_pending = False
        self._counting = True
        vault, flt = self.session.vault, self.model.filter

        def count() -> int:
            with vault.reader() as db:
                return query.count(db, flt)

        def done(total: int) -> None:
            if not self._count_pending:
                self.show_count(total)

        def failed(exc: KimError) -> None:
            if not self._count_pending:
                self.count_label.setText(error_text(exc))

        run_in_background(count, done, failed, receiver=self, on_finished=self._count_finished)

    def _count_finished(self) -> None:
        self._counting = False  # also when the page is gone: then nothing else happens
        if self._count_pending and is_alive(self):
            self._start_count()

    def show_count(self, total: int) -> None:
        self.total = total
        if total == 0:
            text = self.tr("Keine Beratungen")
        elif total == 1:
            text = self.tr("1 Beratung")
        else:
            text = self.tr("%1 Beratungen").replace("%1", QtCore.QLocale().toString(total))
        self.count_label.setText(text)
