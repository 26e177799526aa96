"""The Qt half of `self-check`, run as the hidden subcommand `_qt-probe` in a child process:
a platform plugin that cannot load ends the process with qFatal, which must not take the
self-check down with it.

Prints `key=value` lines for self_check.py to read, one `error=…` line per failed step, and
exits 0 when every step worked.
"""

from __future__ import annotations

import sys

from kim_desktop.errors import WrongPassword
from kim_desktop.resources_path import resources_dir
from kim_desktop.ui.qt import QtCharts, QtCore, QtGui, QtWidgets

# A message of Qt's own catalogue and one of ours, each with a known translation.
QT_MESSAGE = ("QPlatformTheme", "Cancel")
KIM_MESSAGE = ("errors", WrongPassword.template)
# The native plugin of each platform. Must be among the files build_scripts/bundle_filter.py keeps
# (PLUGINS_KEPT["platforms"], a test compares them); not imported from there, because build_scripts/
# is the build's, not part of the program or the bundle.
PLATFORM_PLUGINS = {"linux": "libqxcb.so", "win32": "qwindows.dll", "darwin": "libqcocoa.dylib"}


def _emit(key: str, value: object) -> None:
    print(f"{key}={value}", flush=True)


def run_probe() -> int:
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:  # the parent reads UTF-8, whatever the console's code page
        reconfigure(encoding="utf-8")
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(["kim-desktop"])
    _emit("platform", QtGui.QGuiApplication.platformName())
    _emit("qt", QtCore.qVersion())
    _emit("pyside", getattr(QtCore, "__version__", "?"))
    plugins = QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.PluginsPath)
    _emit("plugins", plugins)
    native = PLATFORM_PLUGINS.get(sys.platform)
    if native:
        path = QtCore.QDir(plugins).filePath(f"platforms/{native}")
        _emit("native_plugin", path if QtCore.QFileInfo(path).isFile() else "fehlt: " + path)
    errors = []
    for step in (_grab, _image_formats, _icon, _charts, _translations):
        try:
            step(app)
        except Exception as exc:  # every step reports, none stops the others
            errors.append(f"{step.__name__.strip('_')}: {exc}")
    for error in errors:
        _emit("error", error)
    return 1 if errors else 0


def _grab(app: QtCore.QCoreApplication) -> None:
    widget = QtWidgets.QLabel("KIM Desktop")
    widget.resize(120, 40)
    widget.show()
    app.processEvents()
    image = widget.grab().toImage()
    widget.close()
    if image.isNull() or image.width() < 1:
        raise RuntimeError("Fenster ließ sich nicht zeichnen")
    _emit("grab", f"{image.width()}x{image.height()}")


def _image_formats(app: QtCore.QCoreApplication) -> None:
    formats = {bytes(f.data()).decode("ascii", "replace") for f in QtGui.QImageReader.supportedImageFormats()}
    missing = sorted({"png", "svg"} - formats)
    if missing:
        raise RuntimeError("Bildformate fehlen: " + ", ".join(missing))
    _emit("image_formats", "png, svg")


def _icon(app: QtCore.QCoreApplication) -> None:
    path = resources_dir() / "icons" / "kim-desktop.svg"
    pixmap = QtGui.QIcon(str(path)).pixmap(64, 64)
    if pixmap.isNull():
        raise RuntimeError(f"Programmsymbol {path} nicht ladbar")
    _emit("icon", f"{pixmap.width()}x{pixmap.height()}")


def _charts(app: QtCore.QCoreApplication) -> None:
    chart = QtCharts.QChart()
    chart.addSeries(QtCharts.QBarSeries())
    _emit("charts", "ok")


def _translations(app: QtCore.QCoreApplication) -> None:
    qt_dir = QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)
    found = []
    ours = str(resources_dir() / "translations")
    catalogues = (("qtbase_de", qt_dir, QT_MESSAGE), ("kim_en", ours, KIM_MESSAGE))
    for name, directory, (context, source) in catalogues:
        translator = QtCore.QTranslator(app)
        if not translator.load(name, directory):
            raise RuntimeError(f"{name}.qm in {directory} nicht ladbar")
        translated = translator.translate(context, source)
        if not translated or translated == source:
            raise RuntimeError(f"{name}.qm übersetzt „{source}“ nicht")
        found.append(f"{name}: {source} -> {translated}")
    _emit("translations", "; ".join(found))
