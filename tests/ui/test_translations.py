"""The English translation: up to date with the sources, complete, and really loaded at run time."""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from kim_desktop.domain.roles import Role
from kim_desktop.errors import VaultNotFound, WrongPassword
from kim_desktop.ui.i18n import error_text, install_translators, translate
from kim_desktop.ui.qt import QtCore, QtGui, QtWidgets
from kim_desktop.ui.unlock_dialog import UnlockDialog

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "kim_en.ts"
PLACEHOLDER = re.compile(r"%(?:\d+|n)|\{[A-Za-z_]\w*\}")
# Contexts marked with QT_TRANSLATE_NOOP, mostly outside ui/: lupdate must have found them.
NOOP_CONTEXTS = {"errors", "Role", "Password", "Settings", "Navigation", "Crash"}


def _script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("update_translations",
                                                  ROOT / "build_scripts" / "update_translations.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


def _messages() -> list[tuple[str, str, ET.Element | None]]:
    return [(context.findtext("name") or "", message.findtext("source") or "", message.find("translation"))
            for context in ET.parse(TS).getroot().iter("context") for message in context.iter("message")]


def _accelerators(text: str) -> int:
    return text.replace("&&", "").count("&")


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&(\w)", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _qt_cancel_text() -> str:
    cancel = QtWidgets.QDialogButtonBox.StandardButton.Cancel
    box = QtWidgets.QDialogButtonBox(cancel)  # keep it alive while its button is read
    return box.button(cancel).text().replace("&", "")


@pytest.fixture
def english(qapp: QtWidgets.QApplication) -> Iterator[None]:
    locale = QtCore.QLocale()
    try:
        assert install_translators(qapp, "en") == "en"
        yield
    finally:
        install_translators(qapp, "de")  # what the program does in German; other tests expect German
        QtCore.QLocale.setDefault(locale)


def test_translation_files_are_up_to_date() -> None:
    problems = _script().check()
    assert problems == [], "\n".join([*problems, "run .venv/bin/python build_scripts/update_translations.py"])


def test_every_message_is_translated_and_keeps_placeholders_and_accelerators() -> None:
    messages = _messages()
    assert len(messages) > 100
    assert NOOP_CONTEXTS <= {context for context, _, _ in messages}, "QT_TRANSLATE_NOOP strings not extracted"
    assert ("errors", "Passwort falsch.") in {(c, s) for c, s, _ in messages}
    for context, source, translation in messages:
        where = f"{context}: {source!r}"
        assert translation is not None, where
        assert translation.get("type") is None, f"{where} is {translation.get('type')}"
        plural_forms = [form.text or "" for form in translation.findall("numerusform")]
        for text in plural_forms or [translation.text or ""]:
            assert text.strip(), f"{where} has no translation"
            placeholders = Counter(PLACEHOLDER.findall(text))
            expected = Counter(PLACEHOLDER.findall(source))
            if plural_forms:  # "1 person" may spell the number out instead of %n
                placeholders.pop("%n", None)
                expected.pop("%n", None)
            assert placeholders == expected, f"{where} -> {text!r}: placeholders differ"
            assert _accelerators(text) == _accelerators(source), f"{where} -> {text!r}: '&' accelerators differ"
            assert text[:len(text) - len(text.lstrip())] == source[:len(source) - len(source.lstrip())], where
            assert text[len(text.rstrip()):] == source[len(source.rstrip()):], where


# Qt's own buttons in a window, per language (German as in qtbase_de and KDE's button boxes).
QT_BUTTONS = {
    "en": {"wizard": ["< &Back", "&Next >"], "button box": ["&OK", "&Cancel"]},
    "de": {"wizard": ["< &Zurück", "&Weiter >"], "button box": ["&OK", "&Abbrechen"]},
}


@pytest.mark.parametrize("language", ["de", "en"])
def test_accelerators_do_not_clash_within_a_window(language: str) -> None:
    """Texts that share a window, plus Qt's own buttons there (wizard: < &Back, &Next >; button
    boxes: &OK and &Cancel in some desktop themes). Menu entries are checked per menu."""
    shown: dict[tuple[str, str], str] = {
        (context, source): source if language == "de" else (translation.text or "") if translation is not None
        else "" for context, source, translation in _messages()}

    def texts(context: str, *sources: str) -> list[str]:
        return [text for (c, s), text in shown.items() if c == context and (not sources or s in sources)]

    wizard, button_box = QT_BUTTONS[language]["wizard"], QT_BUTTONS[language]["button box"]
    menu_bar = texts("MainWindow", "&Datei", "&Extras", "&Hilfe")
    path_field = texts("PathField", "D&urchsuchen …")  # the button with an accelerator
    windows = {
        "unlock dialog": texts("UnlockDialog") + texts("PasswordField") + path_field,
        "change password": texts("ChangePasswordDialog") + texts("NewPasswordFields") + button_box,
        "settings": texts("SettingsDialog") + texts("PathField", "Durchsuchen …") + button_box,
        "main window, start page": menu_bar + texts("StartPage"),
        "main window, profile page": menu_bar + texts("ProfilePage"),
        "file menu": texts("MainWindow", "&Sperren", "Passwort &ändern …", "&Beenden"),
        "wizard, role page": texts("RolePage") + wizard,
        "wizard, person page": texts("PersonPage") + wizard,
        "wizard, password page": texts("PasswordPage") + texts("NewPasswordFields") + wizard,
        "wizard, location page": texts("LocationPage") + path_field,
    }
    for window, window_texts in windows.items():
        assert window_texts, window
        letters = [m for m in map(_mnemonic, set(window_texts)) if m]  # a text used twice is one widget
        clashes = [letter for letter, n in Counter(letters).items() if n > 1]
        assert not clashes, f"{window}: accelerator letters used twice: {clashes}"


def test_unlock_dialog_and_errors_in_english(english: None, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = UnlockDialog(tmp_path / "nirgends.kimvault")
    qtbot.addWidget(dialog)
    assert dialog.unlock_button.text() == "&Unlock"
    assert dialog.quit_button.text() == "&Quit"
    assert dialog.browse.text() == "&Browse…"
    assert dialog.windowTitle().startswith("KIM Desktop – Unlock")
    assert dialog.password.toggle.text() == "Show"  # a widget class of its own inside the dialog
    dialog.try_unlock()
    assert dialog.error.text() == "Please enter the password."
    assert error_text(WrongPassword()) == "Wrong password."
    assert error_text(VaultNotFound(path="/x/y.kimvault")) == "No vault found at /x/y.kimvault."
    assert translate("Role", Role.COORDINATOR.label) == "Coordination (district administration)"
    assert _qt_cancel_text() == "Cancel"


def test_german_loads_qts_own_german_texts(qapp: QtWidgets.QApplication, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    locale = QtCore.QLocale()
    try:
        assert install_translators(qapp, "de") == "de"
        assert _qt_cancel_text() == "Abbrechen", "Qt's own German (qtbase_de.qm) is not loaded"
        dialog = UnlockDialog(tmp_path / "nirgends.kimvault")
        qtbot.addWidget(dialog)
        assert dialog.unlock_button.text() == "&Entsperren"
        assert error_text(WrongPassword()) == "Passwort falsch."
    finally:
        QtCore.QLocale.setDefault(locale)


def _shown_texts(window: QtWidgets.QWidget) -> set[str]:
    texts = {window.windowTitle(), window.toolTip()}
    for widget in [window, *window.findChildren(QtWidgets.QWidget)]:
        texts |= {widget.windowTitle(), widget.toolTip()}
        if isinstance(widget, QtWidgets.QLabel | QtWidgets.QAbstractButton):
            texts.add(widget.text())
        if isinstance(widget, QtWidgets.QComboBox):
            texts |= {widget.itemText(i) for i in range(widget.count())}
        if isinstance(widget, QtWidgets.QListWidget):
            texts |= {widget.item(i).text() for i in range(widget.count())}
        if isinstance(widget, QtWidgets.QSpinBox):
            texts.add(widget.suffix())
        if isinstance(widget, QtWidgets.QWizardPage):
            texts |= {widget.title(), widget.subTitle()}
        if isinstance(widget, QtWidgets.QMenu):
            texts.add(widget.title())
    texts |= {action.text() for action in window.findChildren(QtGui.QAction)}
    return texts


def test_no_german_text_is_left_in_the_windows(english: None, qtbot, vault, deployment, settings,  # type: ignore[no-untyped-def]
                                               tmp_path: Path) -> None:
    """Every window's widgets, looked up under the context PySide6 uses at run time."""
    from kim_desktop.ui.change_password_dialog import ChangePasswordDialog
    from kim_desktop.ui.main_window import MainWindow
    from kim_desktop.ui.session import AppSession
    from kim_desktop.ui.settings_dialog import SettingsDialog
    from kim_desktop.ui.wizard import FirstStartWizard

    german = {source for _context, source, translation in _messages()
              if translation is not None and translation.text != source}
    session = AppSession(vault, deployment, settings)
    windows = [UnlockDialog(tmp_path / "a.kimvault"), UnlockDialog(vault.path, locked_vault=vault),
               SettingsDialog(settings), ChangePasswordDialog(session), MainWindow(session),
               FirstStartWizard(deployment, tmp_path / "neu.kimvault")]
    for window in windows:
        qtbot.addWidget(window)
        left = sorted(_shown_texts(window) & german)
        assert not left, f"{type(window).__name__} still shows German: {left}"
    assert "Home" in _shown_texts(windows[4]) and "Case Management" in _shown_texts(windows[4])


def test_check_report_reads_in_english(english: None, vault) -> None:  # type: ignore[no-untyped-def]
    from kim_desktop.storage.check import check_vault
    from kim_desktop.ui.qt import QCoreApplication

    report = check_vault(vault)
    lines = [m.text(QCoreApplication.translate) for m in report.lines]
    assert "SQLCipher integrity check: OK" in lines
    assert any(line.startswith("Audit chain: ") and "intact" in line for line in lines)
    assert [m.text() for m in report.lines][1] == "SQLCipher-Integritätsprüfung: in Ordnung"
