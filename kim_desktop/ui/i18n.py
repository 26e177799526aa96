"""Translations: German is the source language, English comes from resources/translations."""

from __future__ import annotations

import logging

from kim_desktop.errors import KimError
from kim_desktop.resources_path import resources_dir
from kim_desktop.ui.qt import QCoreApplication, QtCore

log = logging.getLogger(__name__)
_installed: list[QtCore.QTranslator] = []


def resolve_language(setting: str | None) -> str:
    """'de' or 'en'. The system language decides when the setting says so; German otherwise."""
    if setting in ("de", "en"):
        return setting
    system = QtCore.QLocale.system().language()
    return "en" if system == QtCore.QLocale.Language.English else "de"


def install_translators(app: QCoreApplication, language: str) -> str:
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_dir = QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)
    files = [(f"qtbase_{language}", qt_dir)]
    if language != "de":
        files.append((f"kim_{language}", str(resources_dir() / "translations")))
    for name, directory in files:
        translator = QtCore.QTranslator(app)
        if translator.load(name, directory):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("translation %s not found", name)
    QtCore.QLocale.setDefault(QtCore.QLocale(QtCore.QLocale.Language.German if language == "de"
                                             else QtCore.QLocale.Language.English, QtCore.QLocale.Country.Germany))
    return language


def error_text(exc: KimError) -> str:
    return exc.message(QCoreApplication.translate)


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
