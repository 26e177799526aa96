"""A checklist for the keyboard: type to filter, Space to tick, one Tab stop.

Typed letters narrow the list to the entries containing them (spaces are ignored in the
comparison, so "sgbii" finds "SGB II"); Backspace takes a letter back and Esc clears the
filter (a second Esc goes on to the dialog). Space ticks the current entry; Enter while a
filter is active ticks it too and clears the filter, so "wohn⏎" picks "Wohnen". Enter without
a filter is left to the dialog (its default button). The ticked entries are listed below,
since they may be scrolled out of sight.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from kim_desktop.ui.qt import Qt, QtGui, QtWidgets, Signal

CODE_ROLE = Qt.ItemDataRole.UserRole
_TEXT_MODIFIERS = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)


def _squash(text: str) -> str:
    return "".join(text.casefold().split())


class _KeyList(QtWidgets.QListWidget):
    """The list part; keys go to the owning CheckableList first."""

    def __init__(self, owner: CheckableList) -> None:
        super().__init__(owner)
        self._owner = owner

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:  # noqa: N802 - Qt override
        if not self._owner.handle_key(event):
            super().keyPressEvent(event)

    # Only the list with the focus shows its current entry highlighted: with three lists in a
    # form, three highlighted rows hide where the next Space would go.
    def focusInEvent(self, event: QtGui.QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        if self.currentItem() is not None:
            self.currentItem().setSelected(True)

    def focusOutEvent(self, event: QtGui.QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.clearSelection()


class CheckableList(QtWidgets.QWidget):
    checkedChanged = Signal()  # noqa: N815 - Qt naming

    def __init__(self, parent: QtWidgets.QWidget | None = None, *, visible_rows: int = 6) -> None:
        super().__init__(parent)
        self.view = _KeyList(self)
        self.view.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setUniformItemSizes(True)
        self._visible_rows = visible_rows
        self.summary = QtWidgets.QLabel(self)
        self.summary.setWordWrap(True)
        self._filter = ""
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.view)
        layout.addWidget(self.summary)
        self.setFocusProxy(self.view)
        self.view.itemChanged.connect(self._item_changed)
        self.setToolTip(self.tr("Tippen filtert, Leertaste wählt, Esc hebt den Filter auf"))
        self._show_summary()

    # --- content -------------------------------------------------------------------------------

    def set_items(self, items: Sequence[tuple[str, str]]) -> None:
        """(code, label) pairs in the order shown; ticked codes that remain stay ticked."""
        keep = set(self.checked())
        self.view.blockSignals(True)
        self.view.clear()
        for code, label in items:
            item = QtWidgets.QListWidgetItem(label, self.view)
            item.setData(CODE_ROLE, code)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in keep else Qt.CheckState.Unchecked)
        self.view.blockSignals(False)
        self._set_filter("")
        self._fit_height()

    def codes(self) -> list[str]:
        return [self.view.item(row).data(CODE_ROLE) for row in range(self.view.count())]

    def label_of(self, code: str) -> str:
        for row in range(self.view.count()):
            if self.view.item(row).data(CODE_ROLE) == code:
                return self.view.item(row).text()
        return code

    def checked(self) -> tuple[str, ...]:
        """In the list's order."""
        return tuple(self.view.item(row).data(CODE_ROLE) for row in range(self.view.count())
                     if self.view.item(row).checkState() == Qt.CheckState.Checked)

    def set_checked(self, codes: Iterable[str]) -> None:
        wanted = set(codes)
        self._set_states(lambda code, _checked: code in wanted)

    def add_checked(self, codes: Iterable[str]) -> None:
        extra = set(codes)
        self._set_states(lambda code, checked: checked or code in extra)

    def _set_states(self, rule) -> None:  # type: ignore[no-untyped-def]
        before = self.checked()
        self.view.blockSignals(True)
        for row in range(self.view.count()):
            item = self.view.item(row)
            on = rule(item.data(CODE_ROLE), item.checkState() == Qt.CheckState.Checked)
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.view.blockSignals(False)
        if self.checked() != before:
            self._item_changed()

    def toggle_current(self) -> None:
        item = self.view.currentItem()
        if item is None or self.view.isRowHidden(self.view.row(item)):
            return
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    # --- keys and filter -----------------------------------------------------------------------

    def handle_key(self, event: QtGui.QKeyEvent) -> bool:
        """True when the key was used here; otherwise the list (arrows) or the dialog gets it."""
        key, modifiers, text = event.key(), event.modifiers(), event.text()
        if modifiers not in _TEXT_MODIFIERS:
            return False
        if key == Qt.Key.Key_Space:
            self.toggle_current()
            return True
        if key == Qt.Key.Key_Backspace and self._filter:
            self._set_filter(self._filter[:-1])
            return True
        if key == Qt.Key.Key_Escape:
            if not self._filter:
                event.ignore()  # the dialog's cancel
                return True
            self._set_filter("")
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if not self._filter:
                event.ignore()  # the dialog's default button
                return True
            self.toggle_current()
            self._set_filter("")
            return True
        if text and text.isprintable() and not text.isspace():
            self._set_filter(self._filter + text)
            return True
        return False

    def filter_text(self) -> str:
        return self._filter

    def _set_filter(self, text: str) -> None:
        self._filter = text
        needle = _squash(text)
        first_visible = None
        for row in range(self.view.count()):
            hidden = bool(needle) and needle not in _squash(self.view.item(row).text())
            self.view.setRowHidden(row, hidden)
            if not hidden and first_visible is None:
                first_visible = row
        current = self.view.currentRow()
        if first_visible is not None and (needle or current < 0 or self.view.isRowHidden(current)):
            self.view.setCurrentRow(first_visible)
            if not self.view.hasFocus():
                self.view.clearSelection()  # highlighted only with the focus (see _KeyList)
        self._show_summary()

    def _item_changed(self, *_args: object) -> None:
        self._show_summary()
        self.checkedChanged.emit()

    def _show_summary(self) -> None:
        if self._filter:
            found = any(not self.view.isRowHidden(row) for row in range(self.view.count()))
            text = (self.tr("Filter „%1“: Leertaste wählt, Esc hebt den Filter auf") if found
                    else self.tr("Kein Eintrag enthält „%1“ (Rücktaste oder Esc)"))
            self.summary.setText(text.replace("%1", self._filter))
            return
        labels = [self.label_of(code) for code in self.checked()]
        self.summary.setText(self.tr("Gewählt: %1").replace("%1", "; ".join(labels)) if labels
                             else self.tr("Nichts gewählt"))

    def _fit_height(self) -> None:
        rows = max(1, min(self._visible_rows, self.view.count()))
        row_height = self.view.sizeHintForRow(0) if self.view.count() else self.fontMetrics().height() + 4
        frame = 2 * self.view.frameWidth()
        self.view.setFixedHeight(rows * max(row_height, 1) + frame)
