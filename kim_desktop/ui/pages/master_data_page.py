"""Stammdaten: partner agencies, topics and legal domains, each in a tab with a table and a form.

Entries are added, renamed and (de)activated, never removed: older consultations keep naming
them, and a shipped default (translated label) can only be switched off. A rename keeps the
entry's code, so every reference stays. A refusal (empty or taken label) is shown at the field.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kim_desktop.domain.catalogues import LEGAL_DOMAIN_SHORT, LegalDomain
from kim_desktop.errors import InputRejected, KimError
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP
from kim_desktop.services import master_data
from kim_desktop.services.master_data import CatalogueItem
from kim_desktop.storage.master_data_tables import AGENCY, LEGAL_DOMAIN, TOPIC
from kim_desktop.ui.i18n import error_text
from kim_desktop.ui.pages.base import Page
from kim_desktop.ui.qt import QCoreApplication, QObject, Qt, QtCore, QtGui, QtWidgets
from kim_desktop.ui.widgets.checkable_list import CheckableList
from kim_desktop.ui.widgets.field_error import FieldError

if TYPE_CHECKING:
    from kim_desktop.ui.session import AppSession

CONTEXT = "MasterDataPage"
LABEL, STATE, ORIGIN, DOMAINS = range(4)  # legal domains only for agencies, as the last column
HEADERS = (QT_TRANSLATE_NOOP("MasterDataPage", "Bezeichnung"),
           QT_TRANSLATE_NOOP("MasterDataPage", "Status"),
           QT_TRANSLATE_NOOP("MasterDataPage", "Herkunft"),
           QT_TRANSLATE_NOOP("MasterDataPage", "Rechtskreise"))
TABS = ((AGENCY, QT_TRANSLATE_NOOP("MasterDataPage", "Netzwerk&partner")),
        (TOPIC, QT_TRANSLATE_NOOP("MasterDataPage", "&Themen")),
        (LEGAL_DOMAIN, QT_TRANSLATE_NOOP("MasterDataPage", "&Rechtskreise")))
ACTIVE = QT_TRANSLATE_NOOP("MasterDataPage", "aktiv")
INACTIVE = QT_TRANSLATE_NOOP("MasterDataPage", "inaktiv")
SHIPPED = QT_TRANSLATE_NOOP("MasterDataPage", "mitgeliefert")
ADDED = QT_TRANSLATE_NOOP("MasterDataPage", "eigener Eintrag")
CODE_ROLE = Qt.ItemDataRole.UserRole


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def short_domain(code: str, labels: dict[str, str]) -> str:
    try:
        return LEGAL_DOMAIN_SHORT[LegalDomain(code)]
    except ValueError:
        return labels.get(code, code)


class CatalogueModel(QtCore.QAbstractTableModel):
    def __init__(self, kind: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.items: list[CatalogueItem] = []
        self.domain_labels: dict[str, str] = {}

    def set_items(self, items: list[CatalogueItem], domain_labels: dict[str, str]) -> None:
        self.beginResetModel()
        self.items, self.domain_labels = items, domain_labels
        self.endResetModel()

    def rowCount(self, parent: QtCore.QModelIndex = QtCore.QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QtCore.QModelIndex = QtCore.QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else (4 if self.kind == AGENCY else 3)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(HEADERS[section])
        return None

    def data(self, index: QtCore.QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == LABEL:
                return item.display(QCoreApplication.translate)
            if column == STATE:
                return _tr(ACTIVE) if item.active else _tr(INACTIVE)
            if column == DOMAINS:
                return ", ".join(short_domain(code, self.domain_labels) for code in item.legal_domains)
            return _tr(SHIPPED) if item.default else _tr(ADDED)
        if role == Qt.ItemDataRole.ToolTipRole and column == DOMAINS and item.legal_domains:
            return "\n".join(self.domain_labels.get(code, code) for code in item.legal_domains)
        if role == Qt.ItemDataRole.ForegroundRole and not item.active:
            return QtGui.QBrush(QtGui.QColor("#6b6b6b"))
        if role == CODE_ROLE:
            return item.code
        return None


@dataclass(frozen=True)
class TabDraft:
    code: str | None
    label: str
    legal_domains: tuple[str, ...]


class CatalogueTab(QtWidgets.QWidget):
    """One catalogue: the table on the left, the form for the chosen (or a new) entry on the right."""

    def __init__(self, session: AppSession, kind: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.kind = kind
        self.code: str | None = None  # the entry in the form; None: a new one
        self._loaded = TabDraft(None, "", ())
        self.model = CatalogueModel(kind, self)
        self.table = QtWidgets.QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)

        self.heading = QtWidgets.QLabel(self)
        self.heading.setStyleSheet("font-weight: 600;")
        self.label = QtWidgets.QLineEdit(self)
        self.label.setMaxLength(master_data.MAX_LABEL)
        self.label_error = FieldError(self)
        self.legal_domains = CheckableList(self, visible_rows=10)
        self.new_button = QtWidgets.QPushButton(self.tr("&Neu"), self)
        self.save_button = QtWidgets.QPushButton(self.tr("&Speichern"), self)
        self.active_button = QtWidgets.QPushButton(self)
        self.status = QtWidgets.QLabel(self)
        self.status.setWordWrap(True)
        note = QtWidgets.QLabel(self.tr("Einträge werden nicht gelöscht, sondern deaktiviert: ältere "
                                        "Beratungen nennen sie weiter. Deaktivierte Einträge werden für neue "
                                        "Beratungen nicht mehr angeboten."), self)
        note.setWordWrap(True)

        form = QtWidgets.QFormLayout()
        label_label = QtWidgets.QLabel(self.tr("&Bezeichnung:"), self)
        label_label.setBuddy(self.label)
        label_box = QtWidgets.QVBoxLayout()
        label_box.setSpacing(2)
        label_box.addWidget(self.label)
        label_box.addWidget(self.label_error)
        form.addRow(label_label, label_box)
        domains_label = QtWidgets.QLabel(self.tr("Re&chtskreise:"), self)
        domains_label.setBuddy(self.legal_domains.view)
        form.addRow(domains_label, self.legal_domains)
        form.setRowVisible(self.legal_domains, kind == AGENCY)
        buttons = QtWidgets.QHBoxLayout()
        for button in (self.save_button, self.new_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        side = QtWidgets.QVBoxLayout()
        side.addWidget(self.heading)
        side.addLayout(form)
        side.addLayout(buttons)
        side.addWidget(self.status)
        side.addStretch(1)
        side.addWidget(note)
        layout = QtWidgets.QHBoxLayout(self)
        layout.addWidget(self.table, 3)
        layout.addLayout(side, 2)

        self.table.selectionModel().currentRowChanged.connect(lambda current, _old: self._show_row(current))
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.active_button.clicked.connect(self.toggle_active)
        self.label.returnPressed.connect(self.save)
        self.label.textEdited.connect(lambda _text: self.label_error.clear())
        chain = (self.table, self.label, self.legal_domains.view, self.save_button, self.new_button,
                 self.active_button)
        for first, second in zip(chain, chain[1:], strict=False):
            QtWidgets.QWidget.setTabOrder(first, second)

    # --- loading --------------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        translate = QCoreApplication.translate
        with self.session.vault.reader() as reader:
            items = master_data.catalogue(reader, self.kind, include_inactive=True)
            domains = master_data.catalogue(reader, LEGAL_DOMAIN, include_inactive=True)
        self.legal_domains.set_items([(d.code, d.display(translate)) for d in domains if d.active])
        self.model.set_items(items, {d.code: d.display(translate) for d in domains})
        self.table.resizeColumnsToContents()
        codes = [item.code for item in items]
        wanted = select if select in codes else self.code if self.code in codes else None
        if wanted is not None:
            self.table.selectRow(codes.index(wanted))
            self._show_row(self.table.currentIndex())
        elif items and self.code is None and not self.label.text():
            self.table.selectRow(0)
            self._show_row(self.table.currentIndex())

    def item(self, code: str | None) -> CatalogueItem | None:
        return next((item for item in self.model.items if item.code == code), None)

    def _show_row(self, index: QtCore.QModelIndex) -> None:
        if not index.isValid():
            return
        item = self.model.items[index.row()]
        self.code = item.code
        self._fill(TabDraft(item.code, item.display(QCoreApplication.translate), item.legal_domains))
        self.heading.setText(self.tr("Eintrag bearbeiten"))

    def _fill(self, draft: TabDraft) -> None:
        self.label.setText(draft.label)
        self.legal_domains.set_checked(draft.legal_domains)
        self.label_error.clear()
        self._loaded = draft
        item = self.item(self.code)
        self.active_button.setEnabled(item is not None)
        self.active_button.setText(self.tr("Dea&ktivieren") if item is None or item.active
                                   else self.tr("A&ktivieren"))

    # --- editing --------------------------------------------------------------------------------

    def current(self) -> TabDraft:
        return TabDraft(self.code, self.label.text(), self.legal_domains.checked())

    def draft(self) -> TabDraft | None:
        return self.current() if self.current() != self._loaded else None

    def restore(self, draft: TabDraft) -> None:
        self.code = draft.code if self.item(draft.code) is not None else None
        self.label.setText(draft.label)
        self.legal_domains.set_checked(draft.legal_domains)
        self.heading.setText(self.tr("Neuer Eintrag") if self.code is None else self.tr("Eintrag bearbeiten"))

    def start_new(self) -> None:
        self.table.setCurrentIndex(QtCore.QModelIndex())
        self.table.clearSelection()
        self.code = None
        self._fill(TabDraft(None, "", ()))
        self.heading.setText(self.tr("Neuer Eintrag"))
        self.status.clear()
        self.label.setFocus()

    def save(self) -> None:
        item = self.item(self.code)
        self._save(self.label.text(), active=item.active if item else True,
                   legal_domains=self.legal_domains.checked(), done=self.tr("Gespeichert."))

    def toggle_active(self) -> None:
        item = self.item(self.code)
        if item is None:
            return
        label = item.display(QCoreApplication.translate)  # unchanged: a default keeps its translation
        done = self.tr("„%1“ ist jetzt inaktiv.") if item.active else self.tr("„%1“ ist wieder aktiv.")
        self._save(label, active=not item.active, legal_domains=item.legal_domains, done=done)

    def _save(self, label: str, *, active: bool, legal_domains: tuple[str, ...], done: str) -> None:
        self.label_error.clear()
        try:
            code = master_data.save_item(self.session.vault, self.kind, label, code=self.code, active=active,
                                         legal_domains=legal_domains if self.kind == AGENCY else (),
                                         translate=QCoreApplication.translate)
        except InputRejected as rejected:
            self.label_error.show_message(rejected.message(QCoreApplication.translate))
            self.label.setFocus()
            self.label.selectAll()
            return
        except KimError as error:
            self.status.setText(error_text(error))
            return
        self.code = code
        self.reload(select=code)
        saved = self.item(code)
        self.status.setText(done.replace("%1", saved.display(QCoreApplication.translate) if saved else label))


class MasterDataPage(Page):
    def __init__(self, session: AppSession, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(session, parent)
        heading = QtWidgets.QLabel(self.tr("Stammdaten"), self)
        heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.tabs = QtWidgets.QTabWidget(self)
        self.catalogues: dict[str, CatalogueTab] = {}
        for kind, title in TABS:
            tab = CatalogueTab(session, kind, self.tabs)
            self.catalogues[kind] = tab
            self.tabs.addTab(tab, _tr(title))
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        self._loaded = False

    def showEvent(self, event: QtGui.QShowEvent) -> None:  # noqa: N802 - Qt override
        """Read when first shown, not at unlock (the page is rarely used)."""
        super().showEvent(event)
        if not self._loaded:
            self.refresh()

    def refresh(self) -> None:
        self._loaded = True
        for tab in self.catalogues.values():
            tab.reload()

    def draft(self) -> dict[str, TabDraft] | None:
        drafts = {kind: draft for kind, tab in self.catalogues.items() if (draft := tab.draft()) is not None}
        return drafts or None

    def restore_draft(self, draft: Any) -> None:
        self.refresh()
        for kind, tab_draft in dict(draft).items():
            if kind in self.catalogues:
                self.catalogues[kind].restore(tab_draft)
