"""The personal-data guard while typing: findings highlighted in the fields and listed below them.

The name index (PiiChecker) is built once, off the GUI thread, when the form opens; afterwards
each check runs on the GUI thread, ~400 ms after the last key stroke (a check of a page of text
takes about a millisecond). Finding offsets are Python character offsets; Qt counts UTF-16 code
units, so an emoji or another character outside the BMP before a finding shifts it by one: the
offsets are converted before they reach a cursor. The findings hold the user's text: they are
shown, never logged.
"""

from __future__ import annotations

from dataclasses import dataclass

from kim_desktop.domain.pii_guard import Finding, line_column
from kim_desktop.errors import KimError
from kim_desktop.services.pii_check import PiiChecker
from kim_desktop.storage.vault import Vault
from kim_desktop.ui.background import run_in_background
from kim_desktop.ui.qt import QCoreApplication, QObject, Qt, QtCore, QtGui, QTimer, QtWidgets, Signal

DELAY_MS = 400
HIGHLIGHT = QtGui.QColor("#ffd0d0")
UNDERLINE = QtGui.QColor("#b00020")
LINE_EDIT_STYLE = "QLineEdit { background: #ffe4e4; }"

TextField = QtWidgets.QPlainTextEdit | QtWidgets.QLineEdit


def utf16_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


def finding_tip(finding: Finding) -> str:
    return f"{finding.label(QCoreApplication.translate)}: {finding.reason_text(QCoreApplication.translate)}"


@dataclass(frozen=True)
class FieldFinding:
    field: str
    field_label: str
    line: int
    column: int
    finding: Finding


class PiiWatcher(QObject):
    """Checks the watched fields and marks what it finds; `findingsChanged` after every check."""

    findingsChanged = Signal()  # noqa: N815 - Qt naming
    ready = Signal()

    def __init__(self, vault: Vault, parent: QObject | None = None, *, delay_ms: int = DELAY_MS) -> None:
        super().__init__(parent)
        self.checker: PiiChecker | None = None
        self.failed = False
        self.fields: dict[str, tuple[str, TextField]] = {}
        self._findings: dict[str, list[Finding]] = {}
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.check_now)
        run_in_background(lambda: PiiChecker.of_vault(vault), self._built, self._build_failed, receiver=self)

    def watch(self, key: str, label: str, widget: TextField) -> None:
        self.fields[key] = (label, widget)
        widget.textChanged.connect(lambda *_text: self.timer.start())  # QLineEdit's carries the text
        if isinstance(widget, QtWidgets.QPlainTextEdit):
            widget.viewport().installEventFilter(self)

    def _built(self, checker: PiiChecker) -> None:
        self.checker = checker
        self.check_now()
        self.ready.emit()

    def _build_failed(self, _error: KimError) -> None:
        self.failed = True  # the service checks again on submit; here only the hint is missing
        self.findingsChanged.emit()

    @property
    def is_ready(self) -> bool:
        return self.checker is not None

    # --- checking --------------------------------------------------------------------------

    def check_now(self) -> None:
        self.timer.stop()
        if self.checker is None:
            return
        for key, (_label, widget) in self.fields.items():
            findings = self.checker.check(_text_of(widget))
            self._findings[key] = findings
            self._mark(widget, findings)
        self.findingsChanged.emit()

    def findings(self) -> list[FieldFinding]:
        result: list[FieldFinding] = []
        for key, (label, widget) in self.fields.items():
            text = _text_of(widget)
            for finding in self._findings.get(key, []):
                line, column = line_column(text, finding.start)
                result.append(FieldFinding(key, label, line, column, finding))
        return result

    def _mark(self, widget: TextField, findings: list[Finding]) -> None:
        if isinstance(widget, QtWidgets.QLineEdit):
            # A line edit has no extra selections: the whole field is tinted, the tooltip says why.
            widget.setStyleSheet(LINE_EDIT_STYLE if findings else "")
            widget.setToolTip("\n".join(f"„{f.text}“ – {finding_tip(f)}" for f in findings))
            return
        text = widget.toPlainText()
        selections = []
        for finding in findings:
            selection = QtWidgets.QTextEdit.ExtraSelection()
            cursor = QtGui.QTextCursor(widget.document())
            cursor.setPosition(utf16_offset(text, finding.start))
            cursor.setPosition(utf16_offset(text, finding.end), QtGui.QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            fmt = QtGui.QTextCharFormat()
            fmt.setBackground(HIGHLIGHT)
            fmt.setUnderlineStyle(QtGui.QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(UNDERLINE)
            fmt.setToolTip(finding_tip(finding))
            selection.format = fmt
            selections.append(selection)
        widget.setExtraSelections(selections)

    def select(self, item: FieldFinding) -> None:
        """Put the cursor on the finding in its field, selected, so that it can be typed over."""
        _label, widget = self.fields[item.field]
        text = _text_of(widget)
        start, end = utf16_offset(text, item.finding.start), utf16_offset(text, item.finding.end)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, QtWidgets.QLineEdit):
            widget.setSelection(start, end - start)
            return
        cursor = widget.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QtGui.QTextCursor.MoveMode.KeepAnchor)
        widget.setTextCursor(cursor)
        widget.ensureCursorVisible()

    # --- tooltips over the highlighted text ------------------------------------------------

    def eventFilter(self, watched: QObject, event: QtCore.QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QtCore.QEvent.Type.ToolTip:
            for key, (_label, widget) in self.fields.items():
                if isinstance(widget, QtWidgets.QPlainTextEdit) and widget.viewport() is watched:
                    return self._show_tip(key, widget, event)  # type: ignore[arg-type]
        return super().eventFilter(watched, event)

    def _show_tip(self, key: str, widget: QtWidgets.QPlainTextEdit, event: QtGui.QHelpEvent) -> bool:
        position = widget.cursorForPosition(event.pos()).position()
        text = widget.toPlainText()
        for finding in self._findings.get(key, []):
            if utf16_offset(text, finding.start) <= position <= utf16_offset(text, finding.end):
                QtWidgets.QToolTip.showText(event.globalPos(), finding_tip(finding), widget)
                return True
        QtWidgets.QToolTip.hideText()
        return True


def _text_of(widget: TextField) -> str:
    return widget.text() if isinstance(widget, QtWidgets.QLineEdit) else widget.toPlainText()


class FindingsList(QtWidgets.QWidget):
    """What the watcher found, one row per finding; Enter or a click selects it in its field."""

    def __init__(self, watcher: PiiWatcher, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.watcher = watcher
        self.status = QtWidgets.QLabel(self)
        self.status.setWordWrap(True)
        self.tree = QtWidgets.QTreeWidget(self)
        self.tree.setObjectName("pii_findings")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Feld"), self.tr("Zeile"), self.tr("Art"), self.tr("Fundstelle"),
                                   self.tr("Grund")])
        self.tree.setToolTip(self.tr("Eingabe oder Klick markiert die Fundstelle im Feld"))
        self.tree.setMaximumHeight(130)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.tree)
        self.items: list[FieldFinding] = []
        watcher.findingsChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.items = self.watcher.findings()
        self.tree.clear()
        for index, item in enumerate(self.items):
            finding = item.finding
            row = QtWidgets.QTreeWidgetItem(self.tree, [
                item.field_label, str(item.line), finding.label(QCoreApplication.translate), finding.text,
                finding.reason_text(QCoreApplication.translate)])
            row.setData(0, Qt.ItemDataRole.UserRole, index)
        for column in range(4):
            self.tree.resizeColumnToContents(column)
        self.tree.setVisible(bool(self.items))
        if self.watcher.failed:
            text = self.tr("Die Prüfung auf personenbezogene Daten ist gerade nicht möglich; "
                           "beim Übermitteln wird erneut geprüft.")
        elif not self.watcher.is_ready:
            text = self.tr("Prüfung auf personenbezogene Daten wird vorbereitet …")
        elif self.items:
            text = self.tr("Möglicherweise personenbezogene Daten (%1) – bitte entfernen oder "
                           "umschreiben:").replace("%1", str(len(self.items)))
        else:
            text = self.tr("Keine Hinweise auf personenbezogene Daten.")
        self.status.setText(text)
        self.status.setStyleSheet("color: #b00020; font-weight: 600;" if self.items else "color: #2e6b30;")

    def _activated(self, row: QtWidgets.QTreeWidgetItem, _column: int = 0) -> None:
        index = row.data(0, Qt.ItemDataRole.UserRole)
        if index is not None and 0 <= index < len(self.items):
            self.watcher.select(self.items[index])
