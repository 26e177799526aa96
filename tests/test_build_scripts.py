"""build_scripts/: what goes into the bundle, the Debian package's layout and fields, the build
command's refusals. Fast: no PyInstaller run (tests/packaging checks a real build)."""

from __future__ import annotations

import configparser
import importlib.util
import os
import re
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

import kim_desktop

ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = ROOT / "build_scripts"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"build_scripts_{name}", SCRIPTS / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


bundle_filter = _load("bundle_filter")
debian = _load("debian")
build = _load("build")


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6\\plugins\\platforms\\qwindows.dll",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so",
    "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    "PySide6\\plugins\\styles\\qmodernwindowsstyle.dll",
    "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6/Qt/lib/libQt6Charts.so.6",
    "PySide6/Qt/lib/libQt6OpenGLWidgets.so.6",
    "libQt6Widgets.so.6",
    "kim_desktop/resources/translations/kim_en.qm",
    "sqlcipher3/_sqlite3.cpython-311-x86_64-linux-gnu.so",
])
def test_what_the_program_needs_is_kept(dest: str) -> None:
    assert bundle_filter.is_wanted(dest)


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/generic/libqevdevmouseplugin.so",
    "PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-integration.so",
    "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
    "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "PySide6/Qt/translations/qtbase_fr.qm",
    "PySide6/Qt/translations/qt_help_de.qm",
    "PySide6/Qt/lib/libQt6Quick.so.6",
    "PySide6/Qt/lib/libQt6Network.so.6",
    "libQt6Qml.so.6",
    "PySide6\\Qt6VirtualKeyboard.dll",
])
def test_what_the_program_does_not_use_is_dropped(dest: str) -> None:
    assert not bundle_filter.is_wanted(dest)


def test_only_the_used_qt_modules_escape_the_excludes() -> None:
    excludes = bundle_filter.python_excludes(["QtCore", "QtCharts", "QtWebEngineCore", "Qt3DCore", "QtQml",
                                              "shiboken6"])
    assert {"PySide6.QtWebEngineCore", "PySide6.Qt3DCore", "PySide6.QtQml"} <= set(excludes)
    assert not {"PySide6.QtCore", "PySide6.QtCharts", "PySide6.shiboken6"} & set(excludes)
    assert "PIL" not in excludes, "reportlab imports PIL.Image unconditionally"


def test_libraries_no_kept_binary_links_are_found() -> None:
    binaries = [
        ("PySide6/QtGui.abi3.so", "/src/QtGui", "EXTENSION"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/qxcb", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/Gui", "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/src/XcbQpa", "BINARY"),
        ("libxcb-cursor.so.0", "/src/xcbcursor", "BINARY"),
        ("libgtk-3.so.0", "/src/gtk", "BINARY"),
        ("libcairo.so.2", "/src/cairo", "BINARY"),
    ]
    links = {"/src/QtGui": ["libQt6Gui.so.6"], "/src/qxcb": ["libQt6XcbQpa.so.6", "libQt6Gui.so.6"],
             "/src/XcbQpa": ["libxcb-cursor.so.0"], "/src/gtk": ["libcairo.so.2"]}
    unused = bundle_filter.unreferenced_libraries(binaries, lambda source: links.get(source, []))
    assert unused == {"libgtk-3.so.0", "libcairo.so.2"}


@pytest.mark.parametrize(("pep440", "expected"), [
    ("0.1.0", "0.1.0"), ("1.2", "1.2"), ("1.0rc1", "1.0~rc1"), ("1.0.0b2", "1.0.0~b2"),
    ("2.0.dev3", "2.0~dev3"), ("1.0.post1", "1.0+post1"),
])
def test_debian_versions_sort_like_the_python_ones(pep440: str, expected: str) -> None:
    assert debian.debian_version(pep440) == expected


def test_a_version_debian_cannot_express_is_refused() -> None:
    with pytest.raises(ValueError, match="PEP 440"):
        debian.debian_version("1.0 beta")


def test_the_package_depends_only_on_what_setup_installs_for_qt() -> None:
    setup = (ROOT / "scripts" / "setup.sh").read_text(encoding="utf-8")
    listed = re.search(r'APT_PACKAGES="([^"]*)"', setup)
    assert listed is not None
    apt_packages = set(listed.group(1).replace("\\\n", " ").split())
    assert set(debian.DEPENDS) <= apt_packages
    assert not {"xvfb", "xauth", "age", "poppler-utils"} & set(debian.DEPENDS)


def test_control_file_fields() -> None:
    control = debian.control_text("1.0rc1", "amd64", 1234, "IT <it@example.org>")
    fields = dict(line.split(": ", 1) for line in control.splitlines() if not line.startswith(" "))
    assert fields["Package"] == "kim-desktop"
    assert fields["Version"] == "1.0~rc1"
    assert fields["Architecture"] == "amd64"
    assert fields["Installed-Size"] == "1234"
    assert "libxcb-cursor0" in fields["Depends"]
    assert control.endswith("\n")


def _fake_bundle(tmp_path: Path) -> Path:
    bundle = tmp_path / "dist" / "kim-desktop"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "kim-desktop").write_text("#!/bin/sh\n", encoding="utf-8")
    (bundle / "kim-desktop").chmod(0o700)
    (bundle / "_internal" / "data.txt").write_text("x", encoding="utf-8")
    (bundle / "_internal" / "data.txt").chmod(0o600)
    (bundle / "_internal" / "link.so").symlink_to("data.txt")
    return bundle


def test_package_tree_with_preset(tmp_path: Path) -> None:
    preset = tmp_path / "preset.toml"
    preset.write_text("# IT\n", encoding="utf-8")
    tree = tmp_path / "root"
    debian.stage_tree(_fake_bundle(tmp_path), tree, "0.3.0", "amd64", "IT <it@example.org>", preset)
    assert os.readlink(tree / "usr/bin/kim-desktop") == "/opt/kim-desktop/kim-desktop"
    assert (tree / "opt/kim-desktop/_internal/link.so").is_symlink()
    assert (tree / "opt/kim-desktop/kim-desktop").stat().st_mode & 0o777 == 0o755
    assert (tree / "opt/kim-desktop/_internal/data.txt").stat().st_mode & 0o777 == 0o644
    assert (tree / "usr/share/applications/kim-desktop.desktop").is_file()
    assert (tree / "usr/share/icons/hicolor/scalable/apps/kim-desktop.svg").is_file()
    assert (tree / "etc/xdg/kim-desktop/deployment.toml").read_text(encoding="utf-8") == "# IT\n"
    assert (tree / "DEBIAN/conffiles").read_text(encoding="utf-8") == "/etc/xdg/kim-desktop/deployment.toml\n"
    assert "Version: 0.3.0\n" in (tree / "DEBIAN/control").read_text(encoding="utf-8")
    assert sorted(path.name for path in (tree / "DEBIAN").iterdir()) == ["conffiles", "control"]


def test_package_tree_without_preset_has_no_conffiles(tmp_path: Path) -> None:
    tree = tmp_path / "root"
    debian.stage_tree(_fake_bundle(tmp_path), tree, "0.3.0", "amd64", "IT <it@example.org>")
    assert not (tree / "DEBIAN/conffiles").exists()
    assert not (tree / "etc").exists()


def test_desktop_entry_names_german_and_english() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(SCRIPTS / "linux" / "kim-desktop.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"] == "kim-desktop" and section["Icon"] == "kim-desktop"
    assert section["Terminal"] == "false" and section["Categories"] == "Office;"
    assert "Fallverwaltung" in section["Comment"] and "Case management" in section["Comment[en]"]


def test_the_version_has_one_home() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert build.read_version(ROOT) == pyproject["project"]["version"] == kim_desktop.__version__
    assert '"0.1.0"' not in (ROOT / "kim_desktop" / "__init__.py").read_text(encoding="utf-8")


def test_staging_writes_version_and_fonts(tmp_path: Path) -> None:
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    for name in build.FONTS:
        (fonts / name).write_bytes(b"ttf")
    assert build.prepare_staging(tmp_path / "staging", "9.8.7", fonts) == []
    assert (tmp_path / "staging/kim_desktop/VERSION").read_text(encoding="utf-8") == "9.8.7\n"
    assert (tmp_path / "staging/kim_desktop/resources/fonts/DejaVuSans-Bold.ttf").read_bytes() == b"ttf"


def test_staging_without_fonts_warns(tmp_path: Path) -> None:
    warnings = build.prepare_staging(tmp_path / "staging", "1.0", tmp_path / "nowhere")
    assert len(warnings) == 1 and "DejaVuSans.ttf" in warnings[0]
    assert not (tmp_path / "staging/kim_desktop/resources/fonts").exists()


def test_bundle_size_counts_a_linked_file_once(tmp_path: Path) -> None:
    (tmp_path / "a").write_bytes(b"x" * 1000)
    (tmp_path / "b").symlink_to("a")
    assert build.tree_size(tmp_path) == 1000


@pytest.mark.parametrize(("argv", "message"), [
    (["--deployment", "x.toml"], "--deployment goes with --deb"),
    (["--deb", "--deployment", "/nonexistent/x.toml"], "does not exist"),
])
def test_build_refuses_in_one_line_before_building(argv: list[str], message: str,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert build.main(argv) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_build_refuses_an_invalid_preset_with_the_programs_message(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[district]\nname = "X"\n', encoding="utf-8")
    assert build.main(["--deb", "--deployment", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "municipalities" in err and err.count("\n") == 1


def test_inno_setup_script_keeps_users_data() -> None:
    script = (SCRIPTS / "windows" / "kim-desktop.iss").read_text(encoding="utf-8")
    assert re.search(r"AppId=\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}", script)
    assert "DefaultDirName={autopf}\\KIM Desktop" in script
    assert "kim-desktop-gui.exe" in script
    assert "{localappdata}" not in script.split("[UninstallDelete]")[-1]
