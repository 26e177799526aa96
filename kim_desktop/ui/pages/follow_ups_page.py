"""Wiedervorlagen: the follow-ups due in a chosen period, overdue ones first and marked as such.

The list is small (open follow-ups of the own cases), so it is read in one query when the page
is shown, not at unlock. Space or Ctrl+E marks the current follow-up done (with an undo),
Enter or a double click asks the main window to open the case (Page.openCaseRequested).
In a pseudonymised view (a coordinator's vault, services.personal_data_view) the rows carry the
pseudonym only: no name, no next steps (free text).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from kim_desktop.domain.dates import format_date
from kim_desktop.errors import KimError
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP
from kim_desktop.services.consultations import FollowUpRow, follow_ups, set_follow_up_done
from kim_desktop.services.personal_data_view import PersonalDataView
from kim_desktop.ui.i18n import error_text, translate
from kim_desktop.ui.pages.base import Page
from kim_desktop.ui.qt import QCoreApplication, QObject, Qt, QtCore, QtGui, QtWidgets, Signal

if TYPE_CHECKING:
    from kim_desktop.ui.session import AppSession

CONTEXT = "FollowUps"
DUE, STATE, CLIENT, PSEUDONYM, HELD_ON, NEXT_STEPS = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("FollowUps", "Fällig am"),
    QT_TRANSLATE_NOOP("FollowUps", "Stand"),
    QT_TRANSLATE_NOOP("FollowUps", "Name"),
    QT_TRANSLATE_NOOP("FollowUps", "Pseudonym"),
    QT_TRANSLATE_NOOP("FollowUps", "Beratung vom"),
    QT_TRANSLATE_NOOP("FollowUps", "Nächste Schritte"),
)
# (label, days ahead of today); "alle offenen" reaches as far as any date the program accepts.
RANGES = (
    (QT_TRANSLATE_NOOP("FollowUps", "heute"), 0),
    (QT_TRANSLATE_NOOP("FollowUps", "nächste 7 Tage"), 7),
    (QT_TRANSLATE_NOOP("FollowUps", "nächste 30 Tage"), 30),
    (QT_TRANSLATE_NOOP("FollowUps", "alle offenen"), 365 * 100),
)
ID_ROLE = Qt.ItemDataRole.UserRole
OVERDUE_BACKGROUND = QtGui.QColor("#fde7e9")


def today() -> dt.date:
    """The day the list counts from (tests replace it)."""
    return dt.date.today()


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


OVERDUE_SINCE_YESTERDAY = QT_TRANSLATE_NOOP("FollowUps", "überfällig seit gestern")
OVERDUE_SINCE = QT_TRANSLATE_NOOP("FollowUps", "überfällig seit %1 Tagen")
DUE_TODAY = QT_TRANSLATE_NOOP("FollowUps", "heute fällig")
DUE_TOMORROW = QT_TRANSLATE_NOOP("FollowUps", "morgen fällig")
DUE_IN = QT_TRANSLATE_NOOP("FollowUps", "fällig in %1 Tagen")


def state_text(row: FollowUpRow, day: dt.date) -> str:
    """Words, not colour: the state must read the same to everyone."""
    days = (row.follow_up_on - day).days
    if days == -1:
        return _tr(OVERDUE_SINCE_YESTERDAY)
    if days < 0:
        return _tr(OVERDUE_SINCE).replace("%1", str(-days))
    if days == 0:
        return _tr(DUE_TODAY)
    if days == 1:
        return _tr(DUE_TOMORROW)
    return _tr(DUE_IN).replace("%1", str(days))


class FollowUpModel(QtCore.QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[FollowUpRow] = []
        self.day = today()

    def set_rows(self, rows: list[FollowUpRow], day: dt.date) -> None:
        self.beginResetModel()
        self.rows, self.day = rows, day
        self.endResetModel()

    def rowCount(self, parent: QtCore.QModelIndex = QtCore.QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QtCore.QModelIndex = QtCore.QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(HEADERS[section])
        return None

    def data(self, index: QtCore.QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NEXT_STEPS:
                return " ".join(row.next_steps.split())  # one line in the table
            return (format_date(row.follow_up_on), state_text(row, self.day), row.client_name or "–",
                    row.pseudonym, format_date(row.held_on))[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == NEXT_STEPS and row.next_steps:
            return row.next_steps
        if role == Qt.ItemDataRole.BackgroundRole and row.overdue:
            return OVERDUE_BACKGROUND
        if role == Qt.ItemDataRole.FontRole and row.overdue and column in (DUE, STATE):
            font = QtGui.QFont()
            font.setBold(True)
            return font
        if role == ID_ROLE:
            return row.consultation_id
        return None


class _FollowUpTable(QtWidgets.QTableView):
    openRequested = Signal()  # noqa: N815 - Qt naming
    doneRequested = Signal()  # noqa: N815

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.modifiers() == Qt.KeyboardModifier.NoModifier or event.key() == Qt.Key.Key_Enter:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.openRequested.emit()
                return
            if event.key() == Qt.Key.Key_Space:
                self.doneRequested.emit()
                return
        super().keyPressEvent(event)


class FollowUpsPage(Page):
    def __init__(self, session: AppSession, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.personal = PersonalDataView.of(session.vault, translate)
        heading = QtWidgets.QLabel(self.tr("Wiedervorlagen"), self)
        heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.range = QtWidgets.QComboBox(self)
        for label, days in RANGES:
            self.range.addItem(_tr(label), days)
        self.range.setCurrentIndex(1)
        range_label = QtWidgets.QLabel(self.tr("&Zeitraum:"), self)
        range_label.setBuddy(self.range)
        self.summary = QtWidgets.QLabel(self)
        self.model = FollowUpModel(self)
        self.table = _FollowUpTable(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setResizeContentsPrecision(200)  # widths from the first rows only
        for column in (CLIENT, NEXT_STEPS):  # the pseudonym column says whose it is
            self.table.setColumnHidden(column, self.personal.pseudonymised)
        self.empty = QtWidgets.QLabel(self)
        self.done_button = QtWidgets.QPushButton(self.tr("Er&ledigt"), self)
        self.done_button.setToolTip(self.tr("Leertaste oder Strg+E"))
        self.open_button = QtWidgets.QPushButton(self.tr("Fall ö&ffnen"), self)
        self.open_button.setToolTip(self.tr("Eingabetaste oder Doppelklick"))
        self.undo_button = QtWidgets.QPushButton(self.tr("&Rückgängig"), self)
        self.undo_button.setVisible(False)
        self.status = QtWidgets.QLabel(self)
        self._undo_id: str | None = None
        self._last_index = 0  # the row to select after the current one left the list
        self._loaded = False

        shortcut = QtGui.QShortcut(QtGui.QKeySequence("Ctrl+E"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.mark_done)
        self.range.currentIndexChanged.connect(lambda _index: self.refresh())
        self.table.openRequested.connect(self.open_case)
        self.table.doneRequested.connect(self.mark_done)
        self.table.doubleClicked.connect(lambda _index: self.open_case())
        self.done_button.clicked.connect(self.mark_done)
        self.open_button.clicked.connect(self.open_case)
        self.undo_button.clicked.connect(self.undo)

        top = QtWidgets.QHBoxLayout()
        top.addWidget(range_label)
        top.addWidget(self.range)
        top.addSpacing(18)
        top.addWidget(self.summary, 1)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.open_button)
        buttons.addSpacing(18)
        buttons.addWidget(self.status)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        QtWidgets.QWidget.setTabOrder(self.range, self.table)
        QtWidgets.QWidget.setTabOrder(self.table, self.done_button)

    # --- loading --------------------------------------------------------------------------------

    def showEvent(self, event: QtGui.QShowEvent) -> None:  # noqa: N802 - Qt override
        """Read when shown (fresh after work elsewhere), never at unlock while hidden."""
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        if not self.isVisible() and not self._loaded:
            return
        self._loaded = True
        keep = self.current_row()
        day = today()
        days_ahead = int(self.range.currentData())
        with self.session.vault.reader() as reader:
            rows = [self.personal.follow_up(row) for row in follow_ups(
                reader, day, days_ahead=days_ahead, device_id=self.session.vault.profile.device_id)]
        self.model.set_rows(rows, day)
        self.table.resizeColumnsToContents()
        overdue = sum(row.overdue for row in rows)
        self.summary.setText(self.tr("%1 überfällig, %2 insgesamt").replace("%1", str(overdue))
                             .replace("%2", str(len(rows))))
        self.empty.setText(self.tr("Keine offenen Wiedervorlagen in diesem Zeitraum.") if not rows else "")
        self.empty.setVisible(not rows)
        self.done_button.setEnabled(bool(rows))
        self.open_button.setEnabled(bool(rows))
        if rows:
            kept = keep.consultation_id if keep else None
            index = next((i for i, row in enumerate(rows) if row.consultation_id == kept), None)
            self.table.selectRow(index if index is not None else min(self._last_index, len(rows) - 1))

    def current_row(self) -> FollowUpRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        return self.model.rows[index.row()]

    # --- actions --------------------------------------------------------------------------------

    def open_case(self) -> None:
        row = self.current_row()
        if row is not None:
            self.openCaseRequested.emit(row.case_id)

    def mark_done(self) -> None:
        row = self.current_row()
        if row is None:
            return
        self._last_index = self.table.currentIndex().row()
        if not self._set_done(row.consultation_id, True):
            return
        self._undo_id = row.consultation_id
        self.refresh()
        self.status.setText(self.tr("Erledigt: %1, fällig am %2.")
                            .replace("%1", row.pseudonym if self.personal.pseudonymised
                                     else row.client_name or row.pseudonym)
                            .replace("%2", format_date(row.follow_up_on)))
        self.undo_button.setVisible(True)
        self.table.setFocus()

    def undo(self) -> None:
        if self._undo_id is not None and self._set_done(self._undo_id, False):
            self._undo_id = None
            self.undo_button.setVisible(False)
            self.status.setText(self.tr("Wieder offen."))
            self.refresh()
            self.table.setFocus()

    def _set_done(self, consultation_id: str, done: bool) -> bool:
        try:
            set_follow_up_done(self.session.vault, consultation_id, done)
        except KimError as error:
            self.status.setText(error_text(error))
            return False
        return True
