"""What of PyInstaller's collection goes into the bundle: the Qt parts KIM Desktop uses, nothing else.

PyInstaller's Qt hooks collect every plugin and translation of each Qt module imported, and the
plugins pull in libraries of their own (the GTK theme plugin alone brings GTK, cairo and pango).
The program uses QtCore, QtGui, QtWidgets and QtCharts (kim_desktop/ui/qt.py), prints nothing
through Qt (PDFs come from reportlab) and loads only Qt's qtbase_de/en translations
(kim_desktop/ui/i18n.py). Plain functions over destination paths, so tests can check them
without a build; the spec file applies them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from fnmatch import fnmatch
from pathlib import PurePosixPath

# Qt plugins by folder: the file patterns kept; folders not listed are dropped entirely.
PLUGINS_KEPT: dict[str, tuple[str, ...]] = {
    # xcb for X11 (and XWayland), offscreen and minimal for headless runs, qwindows on Windows.
    "platforms": ("libqxcb.so", "libqoffscreen.so", "libqminimal.so", "qwindows.dll", "qoffscreen.dll",
                  "qminimal.dll"),
    "xcbglintegrations": ("*",),
    # SVG for the program icon; ICO, JPEG and GIF are cheap. PNG is built into QtGui.
    "imageformats": ("*qsvg.*", "*qico.*", "*qjpeg.*", "*qgif.*"),
    "iconengines": ("*qsvgicon.*",),
    # Dead keys and input methods (compose, IBus) so that typing umlauts and names works everywhere.
    "platforminputcontexts": ("*composeplatforminputcontextplugin.*", "*ibusplatforminputcontextplugin.*"),
    # Native file dialogs in sandboxed desktops; only needs DBus (the GTK theme drags in GTK itself).
    "platformthemes": ("*qxdgdesktopportal.*",),
    "styles": ("*",),  # Windows 11 style (qmodernwindowsstyle.dll)
}

# Qt libraries only the dropped plugins or unused modules need (Linux .so and Windows .dll names).
QT_LIBRARIES_DROPPED = ("*Qt6Qml*", "*Qt6Quick*", "*Qt6VirtualKeyboard*", "*Qt6Wayland*", "*Qt6WlShell*",
                        "*Qt6EglFS*", "*Qt6EglFs*", "*Qt6Network*", "*Qt6Pdf*")

QT_TRANSLATIONS_KEPT = ("qtbase_de.qm", "qtbase_en.qm")

QT_MODULES_USED = frozenset({"QtCore", "QtGui", "QtWidgets", "QtCharts", "QtOpenGL", "QtOpenGLWidgets",
                             "QtDBus", "QtSvg"})
# Python modules PyInstaller's analysis finds but the program never runs: build tools, and Pillow's
# optional codecs (reportlab imports PIL.Image unconditionally, so Pillow itself stays; AVIF, WebP,
# colour management, Tk and Qt glue bring 7 MB of libraries no report uses).
PYTHON_EXCLUDES = ("tkinter", "_tkinter", "setuptools", "pkg_resources", "distutils", "pip",
                   "PySide6.scripts", "IPython", "pytest", "numpy",
                   "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin", "PIL._imagingcms",
                   "PIL.ImageCms", "PIL._imagingtk", "PIL.ImageTk", "PIL.ImageQt")


def python_excludes(pyside_modules: Iterable[str]) -> list[str]:
    """Modules for PyInstaller's `excludes`: the Qt modules we do not use plus PYTHON_EXCLUDES."""
    unused = sorted(f"PySide6.{name}" for name in pyside_modules
                    if name.startswith("Qt") and name not in QT_MODULES_USED)
    return unused + list(PYTHON_EXCLUDES)


def _parts(dest: str) -> tuple[str, ...]:
    return PurePosixPath(dest.replace("\\", "/")).parts


def is_wanted(dest: str) -> bool:
    """False for a file (its path inside the bundle) that the program does not need."""
    parts = _parts(dest)
    name = parts[-1]
    if "plugins" in parts[:-1] and parts[0] == "PySide6":
        folder = parts[parts.index("plugins") + 1] if len(parts) > parts.index("plugins") + 2 else ""
        return any(fnmatch(name, pattern) for pattern in PLUGINS_KEPT.get(folder, ()))
    if "translations" in parts[:-1] and parts[0] == "PySide6":
        return name in QT_TRANSLATIONS_KEPT
    if parts[0] == "PySide6" or len(parts) == 1:
        if any(fnmatch(name, pattern) for pattern in QT_LIBRARIES_DROPPED):
            return False
    return True


def is_loaded_directly(dest: str) -> bool:
    """Binaries Python or Qt load by path (extension modules, Qt plugins, the Python library):
    the roots from which the shared libraries they link are found."""
    parts = _parts(dest)
    name = parts[-1]
    if "plugins" in parts and parts[0] == "PySide6":
        return True
    if ".cpython-" in name or ".abi3." in name or "lib-dynload" in parts:
        return True
    return name.startswith("libpython")


def unreferenced_libraries(binaries: list[tuple[str, str, str]],
                           imports_of: Callable[[str], Iterable[str]]) -> set[str]:
    """Destinations of shared libraries that no kept binary links, directly or through others.

    `binaries` are PyInstaller TOC entries (dest, source, typecode); `imports_of(source)` gives
    the library names (sonames) a binary links. Linux only: on Windows Qt loads some DLLs by name
    at run time (opengl32sw, d3dcompiler), which no import table shows.
    """
    by_name: dict[str, list[tuple[str, str]]] = {}
    for dest, source, _typecode in binaries:
        by_name.setdefault(_parts(dest)[-1], []).append((dest, source))
    reached: set[str] = set()
    pending = [(dest, source) for dest, source, _ in binaries if is_loaded_directly(dest)]
    while pending:
        dest, source = pending.pop()
        if dest in reached:
            continue
        reached.add(dest)
        for library in imports_of(source):
            pending.extend(by_name.get(PurePosixPath(library).name, []))
    return {dest for dest, _source, _typecode in binaries if dest not in reached}
