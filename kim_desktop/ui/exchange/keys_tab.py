"""Keys: the coordinators this vault encrypts to (IT's preset, added from a key file, or
announced in feedback) and this vault's own public keys, to hand to IT or a coordinator."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kim_desktop.domain.roles import Role
from kim_desktop.errors import KimError
from kim_desktop.storage.atomic import write_atomic
from kim_desktop.sync import recipients
from kim_desktop.sync.keys import BadKey, fingerprint, load_keys
from kim_desktop.ui.exchange import folders, texts
from kim_desktop.ui.exchange.parts import ExchangeTab, ListSection, MessageLabel, text_label
from kim_desktop.ui.exchange.rows_model import RowsModel, monospace_font, selected_id
from kim_desktop.ui.exchange.trust_dialog import fingerprint_label, fingerprint_lines
from kim_desktop.ui.i18n import error_text
from kim_desktop.ui.qt import QCoreApplication, QtCore, QtGui, QtWidgets

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kim_desktop.ui.session import AppSession

MAX_KEY_FILE_BYTES = 64 * 1024  # a key file is a few lines; anything bigger is the wrong file
NAME, SOURCE, FINGERPRINT = range(3)


@dataclass(frozen=True)
class CoordinatorRow:
    coordinator: recipients.KnownCoordinator
    own: bool  # this vault's own keys (a coordinator in IT's preset)


class CoordinatorsModel(RowsModel[CoordinatorRow]):
    MONOSPACE = frozenset({FINGERPRINT})

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__([self.tr("Name"), self.tr("Herkunft"), self.tr("Fingerabdruck")], parent)

    def display(self, row: CoordinatorRow, column: int) -> str:
        coordinator = row.coordinator
        if column == NAME:
            name = coordinator.name or coordinator.age_recipient[:16]
            return name + (self.tr(" (diese Datendatei)") if row.own else "")
        if column == SOURCE:
            return texts.source_label(coordinator.source)
        return fingerprint(coordinator.signing_key) if coordinator.signing_key else "–"

    def row_id(self, row: CoordinatorRow) -> Any:
        return row.coordinator.age_recipient


class KeysTab(ExchangeTab):
    def __init__(self, session: AppSession, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.public_text = ""
        self.own_recipient = ""
        coordinator = session.vault.profile.role is Role.COORDINATOR

        known = QtWidgets.QGroupBox(self.tr("Weitere Koordinationen") if coordinator
                                    else self.tr("Koordination (Empfänger Ihrer Exporte)"), self)
        explanation = self.tr(
            "Weitere Koordinationen im Kreis: sie erhalten die Abgleichspakete dieser Datendatei.") \
            if coordinator else self.tr(
            "Exporte werden für diese Koordinationen verschlüsselt; Rückmeldungen werden nur von ihnen "
            "angenommen.")
        empty = self.tr(
            "Noch keine Koordination bekannt. IT trägt sie in die Einsatzkonfiguration ein, oder Sie fügen "
            "hier die Schlüsseldatei hinzu, die die Koordination mit »Speichern unter …« gespeichert hat.")
        self.add_button = QtWidgets.QPushButton(self.tr("Hin&zufügen …"), known)
        self.remove_button = QtWidgets.QPushButton(self.tr("En&tfernen …"), known)
        self.add_button.clicked.connect(self.add_from_file)
        self.remove_button.clicked.connect(self.remove_selected)
        self.model = CoordinatorsModel(self)
        self.section = ListSection(known, explanation, empty, self.model, NAME,
                                   [self.add_button, self.remove_button], [])
        self.table, self.empty = self.section.table, self.section.empty
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        known.setLayout(self.section.layout)

        own = QtWidgets.QGroupBox(self.tr("Öffentliche Schlüssel dieser Datendatei"), self)
        own_explanation = text_label(self.tr(
            "Nichts Geheimes: IT trägt diesen Text in die Einsatzkonfiguration ein, damit die "
            "Case-Management-Geräte für diese Koordination verschlüsseln.") if coordinator else self.tr(
            "Nichts Geheimes. Die Koordination erkennt Ihr Gerät beim ersten Import an diesem "
            "Fingerabdruck."), own)
        self.fingerprint = fingerprint_label("", own)
        self.key_text = QtWidgets.QPlainTextEdit(own)
        self.key_text.setReadOnly(True)
        self.key_text.setFont(monospace_font())
        self.key_text.setTabChangesFocus(True)
        self.key_text.setMaximumHeight(self.key_text.fontMetrics().lineSpacing() * 8)
        self.save_button = QtWidgets.QPushButton(self.tr("Speichern &unter …"), own)
        self.copy_button = QtWidgets.QPushButton(self.tr("K&opieren"), own)
        self.save_button.clicked.connect(self.save_public_keys)
        self.copy_button.clicked.connect(lambda: QtGui.QGuiApplication.clipboard().setText(self.public_text))
        own_buttons = QtWidgets.QHBoxLayout()
        own_buttons.addWidget(self.save_button)
        own_buttons.addWidget(self.copy_button)
        own_buttons.addStretch(1)
        own_layout = QtWidgets.QVBoxLayout(own)
        own_layout.addWidget(own_explanation)
        form = QtWidgets.QFormLayout()
        form.addRow(self.tr("Fingerabdruck:"), self.fingerprint)
        own_layout.addLayout(form)
        own_layout.addWidget(self.key_text)
        own_layout.addLayout(own_buttons)

        self.message = MessageLabel(self)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(known, 1)
        layout.addWidget(own)
        layout.addWidget(self.message)
        self._update_buttons()

    def refresh(self) -> None:
        vault, deployment = self.session.vault, self.session.deployment
        profile = vault.profile
        try:
            with vault.transaction() as session:  # the keys are made on first use
                keys = load_keys(session)
                known = recipients.known_coordinators(session, deployment)
        except KimError as exc:
            self.message.show_message(error_text(exc), error=True)
            return
        self.own_recipient = keys.age_recipient
        self.public_text = recipients.public_key_text(profile.display_name, profile.role.label,
                                                      profile.device_id, keys)
        self.fingerprint.setText(fingerprint_lines(keys.fingerprint))
        self.key_text.setPlainText(self.public_text)
        self.section.show_rows(self.model, [CoordinatorRow(c, c.age_recipient == keys.age_recipient)
                                            for c in known])
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        self.remove_button.setEnabled(selected_id(self.table) is not None)

    # --- coordinators ----------------------------------------------------------------------

    def add_from_file(self) -> None:
        chosen, _filter = QtWidgets.QFileDialog.getOpenFileName(
            self, self.tr("Schlüsseldatei der Koordination wählen"), folders.start_folder(folders.KEYS),
            self.tr("Schlüsseldateien (*.toml *.txt);;Alle Dateien (*)"))
        if not chosen:
            return
        folders.remember_folder(folders.KEYS, Path(chosen).parent)
        try:
            found = recipients.parse_public_key_text(read_key_file(Path(chosen)))
        except BadKey as exc:
            text = self.tr("Die Datei ist keine Schlüsseldatei der Koordination (%1).")
            self._refuse(text.replace("%1", str(exc)))
            return
        if any(c.age_recipient == self.own_recipient for c in found):
            self._refuse(self.tr("Das ist der eigene Schlüssel dieser Datendatei."))
            return
        listing = "\n".join(f"{c.name or '–'}: {fingerprint(c.signing_key)}" for c in found)
        box = QtWidgets.QMessageBox
        question = self.tr(
            "Diese Koordination hinzufügen?\n\n%1\n\nBitte den Fingerabdruck mit der Koordination "
            "vergleichen, z. B. am Telefon. Künftige Exporte werden auch für sie verschlüsselt.")
        answer = box.question(self, self.tr("Koordination hinzufügen"), question.replace("%1", listing),
                              box.StandardButton.Yes | box.StandardButton.Cancel, box.StandardButton.Cancel)
        if answer != box.StandardButton.Yes:
            return

        def add_all(session: Session) -> None:
            for entry in found:
                recipients.add_coordinator(session, entry)

        if self._change(add_all):
            self.message.show_message(self.tr("Koordination hinzugefügt."))

    def remove_selected(self) -> None:
        recipient = selected_id(self.table)
        row = next((r for r in self.model.rows if r.coordinator.age_recipient == recipient), None)
        if row is None:
            return
        box = QtWidgets.QMessageBox
        answer = box.warning(self, self.tr("Koordination entfernen"), self.tr(
            "»%1« entfernen? Künftige Exporte werden nicht mehr für sie verschlüsselt, und ihre "
            "Rückmeldungen werden abgelehnt.").replace("%1", row.coordinator.name or recipient[:16]),
            box.StandardButton.Yes | box.StandardButton.Cancel, box.StandardButton.Cancel)
        if answer != box.StandardButton.Yes:
            return
        if self._change(lambda session: recipients.remove_coordinator(session, recipient)):
            self.message.show_message(self.tr("Koordination entfernt."))

    def _change(self, action: Callable[[Session], object]) -> bool:
        try:
            with self.session.vault.transaction() as session:
                action(session)
        except KimError as exc:
            self._refuse(error_text(exc))
            return False
        self.refresh()
        return True

    def _refuse(self, text: str) -> None:
        self.message.show_message(text, error=True)
        QtWidgets.QMessageBox.warning(self, self.tr("Schlüssel"), text)

    # --- own keys --------------------------------------------------------------------------

    def save_public_keys(self) -> None:
        suggested = Path(folders.start_folder(folders.KEYS)) / (
            f"kim-oeffentliche-schluessel-{texts.short_id(self.session.vault.profile.device_id)}.toml")
        chosen, _filter = QtWidgets.QFileDialog.getSaveFileName(
            self, self.tr("Öffentliche Schlüssel speichern"), str(suggested),
            self.tr("Schlüsseldateien (*.toml *.txt);;Alle Dateien (*)"))
        if not chosen:
            return
        target = Path(chosen)
        try:
            write_atomic(target, self.public_text.encode("utf-8"), mode=0o644)
        except KimError as exc:
            self._refuse(error_text(exc))
            return
        except OSError as exc:
            self._refuse(self.tr("Nicht gespeichert: %1").replace("%1", exc.strerror or type(exc).__name__))
            return
        folders.remember_folder(folders.KEYS, target.parent)
        self.message.show_message(self.tr("Öffentliche Schlüssel gespeichert: %1").replace("%1", str(target)))


def read_key_file(path: Path) -> str:
    """The text of a key file; BadKey (German) for what cannot be one."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_KEY_FILE_BYTES + 1)
    except OSError as exc:
        raise BadKey(QCoreApplication.translate("Exchange", "Datei nicht lesbar: %1")
                     .replace("%1", exc.strerror or type(exc).__name__)) from None
    if len(data) > MAX_KEY_FILE_BYTES:
        raise BadKey(QCoreApplication.translate("Exchange", "Datei zu groß für eine Schlüsseldatei"))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise BadKey(QCoreApplication.translate("Exchange", "keine Textdatei")) from None
