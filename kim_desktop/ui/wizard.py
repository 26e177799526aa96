"""First start: role, person and municipalities, password twice, location — then the vault is made.

The first page also offers to open an existing vault instead (one copied from elsewhere).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kim_desktop.config.deployment import Deployment
from kim_desktop.domain.roles import Role
from kim_desktop.errors import KimError
from kim_desktop.ui.background import run_in_background
from kim_desktop.ui.i18n import error_text
from kim_desktop.ui.qt import QtWidgets, Signal
from kim_desktop.ui.titles import window_title
from kim_desktop.ui.widgets.municipality_list import MunicipalityList
from kim_desktop.ui.widgets.new_password import NewPasswordFields
from kim_desktop.ui.widgets.path_field import PathField, PathKind, ask_vault_to_open


class RolePage(QtWidgets.QWizardPage):
    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Willkommen bei KIM Desktop"))
        self.setSubTitle(self.tr("Die Rolle wird beim Anlegen der Datendatei festgelegt und später nicht geändert."))
        self.case_manager = QtWidgets.QRadioButton(self.tr("&Case Management – Beratungen in den Kommunen"), self)
        self.coordinator = QtWidgets.QRadioButton(self.tr("&Koordination – Kreisverwaltung, Import und Berichte"),
                                                  self)
        self.case_manager.setChecked(True)
        existing_note = QtWidgets.QLabel(self.tr("Sie haben schon eine Datendatei, zum Beispiel von "
                                                 "einem anderen Rechner kopiert? Dann öffnen Sie diese, "
                                                 "statt eine neue anzulegen."), self)
        existing_note.setWordWrap(True)
        self.open_existing = QtWidgets.QPushButton(self.tr("&Vorhandene Datendatei öffnen …"), self)
        line = QtWidgets.QFrame(self)
        line.setFrameShape(QtWidgets.QFrame.Shape.HLine)
        line.setFrameShadow(QtWidgets.QFrame.Shadow.Sunken)
        open_row = QtWidgets.QHBoxLayout()
        open_row.addWidget(self.open_existing)
        open_row.addStretch(1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.case_manager)
        layout.addWidget(self.coordinator)
        layout.addStretch(1)
        layout.addWidget(line)
        layout.addWidget(existing_note)
        layout.addLayout(open_row)

    def role(self) -> Role:
        return Role.COORDINATOR if self.coordinator.isChecked() else Role.CASE_MANAGER


class PersonPage(QtWidgets.QWizardPage):
    def __init__(self, deployment: Deployment, role_page: RolePage, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.deployment = deployment
        self.role_page = role_page
        self.setTitle(self.tr("Ihre Angaben"))
        self.name = QtWidgets.QLineEdit(self)
        self.name.setMaxLength(200)
        self.team = QtWidgets.QComboBox(self)
        self.team.addItem(self.tr("– kein Team –"), None)
        names = {m.ags: m.name for m in deployment.municipalities}
        for team in deployment.teams:
            self.team.addItem(self.tr("Team %1: %2").replace("%1", str(team.number))
                              .replace("%2", ", ".join(names[a] for a in team.municipalities)), team.number)
        self.municipalities = MunicipalityList(deployment.municipalities, self)
        self.team.currentIndexChanged.connect(self._team_chosen)
        self.name.textChanged.connect(self.completeChanged)
        self.municipalities.checkedChanged.connect(self.completeChanged)

        form = QtWidgets.QFormLayout(self)
        self._label(form, self.tr("&Name (wie er im Programm erscheint):"), self.name)
        self.team_label = self._label(form, self.tr("&Team:"), self.team)
        self.list_label = self._label(form, self.tr("&Kommunen, in denen Sie beraten:"), self.municipalities)

    def _label(self, form: QtWidgets.QFormLayout, text: str, field: QtWidgets.QWidget) -> QtWidgets.QLabel:
        label = QtWidgets.QLabel(text, self)
        label.setBuddy(field)
        form.addRow(label, field)
        return label

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        case_manager = self.role_page.role() is Role.CASE_MANAGER
        for widget in (self.team, self.team_label, self.municipalities, self.list_label):
            widget.setVisible(case_manager)

    def _team_chosen(self) -> None:
        team = self.deployment.team(self.team.currentData()) if self.team.currentData() else None
        self.municipalities.set_checked(team.municipalities if team else ())

    def chosen_municipalities(self) -> tuple[str, ...]:
        if self.role_page.role() is not Role.CASE_MANAGER:
            return ()
        return self.municipalities.checked()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        if not self.name.text().strip():
            return False
        return self.role_page.role() is Role.COORDINATOR or bool(self.chosen_municipalities())


class PasswordPage(QtWidgets.QWizardPage):
    def __init__(self, deployment: Deployment, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Passwort"))
        self.setSubTitle(self.tr("Das Passwort schützt alle Daten dieser Datei. Mindestens 10 Zeichen; "
                                 "ein Satz aus mehreren Wörtern ist gut zu merken."))
        self.fields = NewPasswordFields(self)
        self.fields.validityChanged.connect(self.completeChanged)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.fields)
        self.acknowledge: QtWidgets.QCheckBox | None = None
        if deployment.policy.recovery_recipient:
            note = QtWidgets.QLabel(self.tr("Falls Sie das Passwort vergessen, kann die IT der Kreisverwaltung "
                                            "ein neues setzen (Wiederherstellungsschlüssel)."), self)
        else:
            note = QtWidgets.QLabel(self.tr("<b>Achtung:</b> Für diese Installation ist kein "
                                            "Wiederherstellungsschlüssel eingerichtet. Wer das Passwort vergisst, "
                                            "verliert alle Daten dieser Datei."), self)
            self.acknowledge = QtWidgets.QCheckBox(self.tr("Ich habe &verstanden."), self)
            self.acknowledge.toggled.connect(self.completeChanged)
        note.setWordWrap(True)
        layout.addWidget(note)
        if self.acknowledge:
            layout.addWidget(self.acknowledge)
        layout.addStretch(1)

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.fields.is_valid() and (self.acknowledge is None or self.acknowledge.isChecked())


class LocationPage(QtWidgets.QWizardPage):
    def __init__(self, default_path: Path, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Speicherort"))
        self.setSubTitle(self.tr("Neben der Datendatei liegt ihre Schlüsseldatei (.keys). "
                                 "Beide gehören zusammen, auch in Sicherungen."))
        self.setCommitPage(True)
        for button in (QtWidgets.QWizard.WizardButton.CommitButton, QtWidgets.QWizard.WizardButton.FinishButton):
            self.setButtonText(button, self.tr("&Anlegen"))
        self.path_field = PathField(str(default_path), PathKind.NEW_VAULT, accelerator=True, parent=self)
        self.path = self.path_field.edit
        self.status = QtWidgets.QLabel(self)
        self.status.setWordWrap(True)
        self.status.setObjectName("error")
        self.status.setStyleSheet("color: #b00020;")
        self.path.textChanged.connect(self.completeChanged)
        layout = QtWidgets.QVBoxLayout(self)
        label = QtWidgets.QLabel(self.tr("&Datendatei:"), self)
        label.setBuddy(self.path)
        layout.addWidget(label)
        layout.addWidget(self.path_field)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def chosen(self) -> Path:
        return Path(self.path.text().strip()).expanduser().absolute()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        text = self.path.text().strip()
        exists = bool(text) and self.chosen().exists()
        self.status.setText(self.tr("Dort liegt bereits eine Datei; sie wird nicht überschrieben.") if exists else "")
        return bool(text) and not exists


class FirstStartWizard(QtWidgets.QWizard):
    created = Signal(object)  # the Vault
    openRequested = Signal(object)  # noqa: N815 - Qt naming; the Path of an existing vault
    OPEN_EXISTING = 2  # result code: neither accepted nor rejected

    def __init__(self, deployment: Deployment, default_path: Path, *, demo: bool = False,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.deployment = deployment
        self.vault: Any = None
        self.setWindowTitle(window_title(self.tr("KIM Desktop – Datendatei anlegen"), demo))
        self.setWizardStyle(QtWidgets.QWizard.WizardStyle.ClassicStyle)
        self.setOption(QtWidgets.QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.role_page = RolePage(self)
        self.person_page = PersonPage(deployment, self.role_page, self)
        self.password_page = PasswordPage(deployment, self)
        self.location_page = LocationPage(default_path, self)
        for page in (self.role_page, self.person_page, self.password_page, self.location_page):
            self.addPage(page)
        self.role_page.open_existing.clicked.connect(self.open_existing)
        self.setMinimumSize(640, 520)
        self._creating = False
        self._refused = False

    def open_existing(self) -> None:
        """Close the wizard and let the unlock dialog open the chosen vault."""
        chosen = ask_vault_to_open(self, str(self.location_page.chosen().parent))
        if chosen:
            self.openRequested.emit(Path(chosen).expanduser().absolute())
            self.done(self.OPEN_EXISTING)

    def reject(self) -> None:
        """Cancel and Esc wait while the vault is being created: that cannot be cut off."""
        if not self._creating:
            super().reject()

    def refuse(self, exc: KimError) -> None:
        """Called by whoever handles created(): the new vault could not be used; the wizard stays."""
        self._refused = True
        self.vault = None
        self.button(QtWidgets.QWizard.WizardButton.CancelButton).setEnabled(True)
        self.location_page.status.setText(error_text(exc))

    def validateCurrentPage(self) -> bool:  # noqa: N802 - Qt override
        if self.currentPage() is not self.location_page:
            return super().validateCurrentPage()
        if self.vault is not None:
            return True
        if not self._creating:
            self._start_creation()
        return False

    def _start_creation(self) -> None:
        from kim_desktop.services.vault_setup import create_vault

        self._creating = True
        self.button(QtWidgets.QWizard.WizardButton.FinishButton).setEnabled(False)
        self.button(QtWidgets.QWizard.WizardButton.CancelButton).setEnabled(False)
        self.location_page.status.setText(self.tr("Datendatei wird angelegt …"))
        path = self.location_page.chosen()
        password = self.password_page.fields.password()
        role = self.role_page.role()
        name = self.person_page.name.text()
        team = self.person_page.team.currentData() if role is Role.CASE_MANAGER else None
        municipalities = self.person_page.chosen_municipalities()
        deployment = self.deployment
        run_in_background(
            lambda: create_vault(path, password, role=role, name=name, team=team, deployment=deployment,
                                 municipalities=municipalities),
            self._created, self._failed, receiver=self, on_discarded=lambda vault: vault.close())

    def _created(self, vault: Any) -> None:
        self._creating = False
        self.vault = vault
        self._refused = False
        self.password_page.fields.clear()
        self.created.emit(vault)
        if not self._refused:
            self.accept()

    def _failed(self, exc: KimError) -> None:
        self._creating = False
        self.button(QtWidgets.QWizard.WizardButton.FinishButton).setEnabled(True)
        self.button(QtWidgets.QWizard.WizardButton.CancelButton).setEnabled(True)
        self.location_page.status.setText(error_text(exc))
