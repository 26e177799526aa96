"""build_scripts/: what goes into the bundle, the Debian package's layout and fields, the build
command's refusals. Fast: no PyInstaller run (tests/packaging checks a real build)."""

from __future__ import annotations

import configparser
import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import kim_desktop
from tests.packaging.scripts import load

ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = ROOT / "build_scripts"
ISS = SCRIPTS / "windows" / "kim-desktop.iss"
WORKFLOW = ROOT / ".github" / "workflows" / "windows-installer.yml"

bundle_filter = load("bundle_filter")
debian = load("debian")
build = load("build")


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


def test_the_build_reads_the_version_from_the_pyproject_it_is_given(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "kim-desktop"\nversion = "7.6rc5"\n',
                                             encoding="utf-8")
    assert build.read_version(tmp_path) == "7.6rc5"
    assert build.read_version(ROOT) == kim_desktop.__version__
    assert '"0.1.0"' not in (ROOT / "kim_desktop" / "__init__.py").read_text(encoding="utf-8")


def test_the_bundled_program_reads_the_version_file_the_build_writes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build.prepare_staging(tmp_path / "staging", "9.8.7rc1", tmp_path / "no-fonts")
    # The spec ships the staging folder's contents into the bundle's _internal (= sys._MEIPASS).
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "staging"), raising=False)
    assert kim_desktop._read_version() == "9.8.7rc1"


def test_print_version_is_what_ci_scripts_ask(capsys: pytest.CaptureFixture[str]) -> None:
    assert build.main(["--print-version"]) == 0
    assert capsys.readouterr().out == build.read_version(ROOT) + "\n"
    workflow = WORKFLOW.read_text(encoding="utf-8")
    assert "build_scripts/build.py --print-version" in workflow and "tomllib" not in workflow


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


def test_a_python_without_the_dependencies_is_named_before_the_preset_is_read(tmp_path: Path) -> None:
    """-S: no site-packages, like a bare python3 with the program's dependencies missing."""
    preset = tmp_path / "preset.toml"
    preset.write_text('[district]\nname = "X"\n', encoding="utf-8")
    command = [sys.executable, "-S", str(SCRIPTS / "build.py"), "--deb", "--deployment", str(preset)]
    done = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert done.returncode == 1, done.stderr
    assert "lacks KIM Desktop's dependencies" in done.stderr and "platformdirs" in done.stderr
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1


def test_missing_dependencies_are_those_of_pyproject(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\nversion = "1"\ndependencies = ["pytest>=7", "no-such-dist-kim>=1",'
        ' "other-missing-kim; sys_platform == \'win32\'"]\n', encoding="utf-8")
    assert build.missing_dependencies(tmp_path) == ["no-such-dist-kim"]
    assert build.missing_dependencies(ROOT) == []


def _refused_before_building(argv: list[str], monkeypatch: pytest.MonkeyPatch,
                             capsys: pytest.CaptureFixture[str]) -> str:
    def no_build() -> None:
        raise AssertionError("the build started")
    monkeypatch.setattr(build, "ensure_pyinstaller", no_build)
    assert build.main(argv) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    return err


@pytest.mark.parametrize("maintainer", ["X <x@example.org>\nDepends: evil", "", "IT without address",
                                        "IT <it@example.org>\n"])
def test_a_maintainer_that_is_not_one_line_name_and_address_is_refused_before_building(
        maintainer: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    err = _refused_before_building(["--deb", "--maintainer", maintainer], monkeypatch, capsys)
    assert "--maintainer" in err and "Name <address>" in err
    with pytest.raises(ValueError):
        debian.control_text("1.0", "amd64", 1, maintainer)


def test_a_version_debian_cannot_spell_is_refused_before_building(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(build, "read_version", lambda root=ROOT: "1.0 beta")
    assert "not a plain PEP 440 version" in _refused_before_building(["--deb"], monkeypatch, capsys)


def test_a_missing_dpkg_deb_is_named_before_building(monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    real_which = shutil.which
    monkeypatch.setattr(build.shutil, "which", lambda name: None if name == "dpkg-deb" else real_which(name))
    assert "--deb needs dpkg-deb" in _refused_before_building(["--deb"], monkeypatch, capsys)


@pytest.mark.parametrize("error", [subprocess.CalledProcessError(2, ["dpkg-deb", "--build"]),
                                   PermissionError(13, "Permission denied")])
def test_a_failing_dpkg_deb_is_one_line(error: Exception, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_args: object, **_kwargs: object) -> Path:
        raise error
    monkeypatch.setattr(build._debian(), "build_deb", fail)
    with pytest.raises(build.BuildFailed):
        build.build_package("1.0", "IT <it@example.org>", None)


def test_a_relative_preset_is_taken_from_the_callers_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    assert build.main(["--deb", "--deployment", "it/deployment.toml"]) == 1
    assert f"(relative paths start at {tmp_path})" in capsys.readouterr().err


def test_setup_sh_build_runs_in_the_callers_folder(tmp_path: Path) -> None:
    """sh scripts/setup.sh build --deployment preset.toml: the path is the caller's, not the repository's."""
    repo, caller, tools = tmp_path / "repo", tmp_path / "caller", tmp_path / "bin"
    for folder in (repo / "scripts", repo / ".venv" / "bin", caller, tools):
        folder.mkdir(parents=True)
    shutil.copyfile(ROOT / "scripts" / "setup.sh", repo / "scripts" / "setup.sh")
    pyproject = b"[project]\n"
    (repo / "pyproject.toml").write_bytes(pyproject)
    (repo / ".venv" / f".kim-setup-{hashlib.sha256(pyproject).hexdigest()[:16]}").touch()  # pip: done
    fake_python = repo / ".venv" / "bin" / "python"
    fake_python.write_text('#!/bin/sh\npwd\necho "$@"\n', encoding="utf-8")
    fake_dpkg_query = tools / "dpkg-query"  # every system package counts as installed
    fake_dpkg_query.write_text("#!/bin/sh\necho 'install ok installed'\n", encoding="utf-8")
    for script in (fake_python, fake_dpkg_query):
        script.chmod(0o755)
    env = {**os.environ, "PATH": f"{tools}{os.pathsep}{os.environ['PATH']}"}
    done = subprocess.run(["sh", str(repo / "scripts" / "setup.sh"), "build", "--deployment", "preset.toml"],
                          capture_output=True, text=True, cwd=caller, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [str(caller),
                                        f"{repo}/build_scripts/build.py --deb --deployment preset.toml"]


def test_build_refuses_an_invalid_preset_with_the_programs_message(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[district]\nname = "X"\n', encoding="utf-8")
    assert build.main(["--deb", "--deployment", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "municipalities" in err and err.count("\n") == 1


def _iss_sections(script: str) -> dict[str, list[str]]:
    """Inno Setup sections and their lines, without comments and preprocessor lines."""
    sections: dict[str, list[str]] = {}
    current = ""
    # A line ending in a backslash continues on the next one.
    for raw in re.sub(r"\\[ \t]*\n[ \t]*", " ", script).splitlines():
        line = raw.strip()
        if current != "Code" and (not line or line.startswith((";", "#"))):
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = header.group(1)
            sections.setdefault(current, [])
        else:
            sections.setdefault(current, []).append(line)
    return sections


DELETING_CALLS = re.compile(
    r"\b(DelTree|DeleteFile|RemoveDir|DelayDeleteFile|RenameFile|Exec|ShellExec)\s*\(", re.IGNORECASE)


def _data_at_risk(script: str) -> list[str]:
    """What in an Inno Setup script could delete anything but the program folder {app}."""
    sections = _iss_sections(script)
    risky = [f"[{name}]" for name in ("UninstallRun",) if sections.get(name)]
    for name in ("InstallDelete", "UninstallDelete"):
        for entry in sections.get(name, []):
            target = re.search(r'Name:\s*"([^"]*)"', entry)
            if target is None or not target.group(1).lower().startswith("{app}\\"):
                risky.append(f"[{name}] {entry}")
    for entry in sections.get("Files", []) + sections.get("Dirs", []):
        if re.search(r"\b(uninsalwaysuninstall|deleteafterinstall)\b", entry, re.IGNORECASE) \
                and not re.search(r'DestDir:\s*"\{app\}', entry):
            risky.append(entry)
    code = "\n".join(line for line in sections.get("Code", []) if not line.strip().startswith("{"))
    for call in DELETING_CALLS.finditer(code):
        line = code[:call.start()].count("\n")
        statement = code.splitlines()[line]
        # The one Exec allowed: the just-installed program checking the /DEPLOYMENT preset.
        if call.group(1) == "Exec" and "config check" in code[call.start():call.start() + 300]:
            continue
        risky.append(f"[Code] {statement.strip()}")
    return risky


def test_inno_setup_script_keeps_users_data() -> None:
    script = ISS.read_text(encoding="utf-8-sig")
    assert re.search(r"AppId=\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}", script)
    assert "DefaultDirName={autopf}\\KIM Desktop" in script
    assert "kim-desktop-gui.exe" in script
    assert _data_at_risk(script) == []
    preset = next(line for line in _iss_sections(script)["Files"] if "DeploymentFile" in line)
    assert "uninsneveruninstall" in preset


@pytest.mark.parametrize("addition", [
    '[UninstallDelete]\nType: filesandordirs; Name: "{localappdata}\\kim-desktop"',
    '[UninstallDelete]\nType: filesandordirs; Name: "{userappdata}\\kim-desktop"',
    '[UninstallDelete]\nType: files; Name: "{app}"',
    '[InstallDelete]\nType: filesandordirs; Name: "{commonappdata}\\kim-desktop"',
    '[UninstallRun]\nFilename: "{cmd}"; Parameters: "/C rd /s /q %LOCALAPPDATA%\\kim-desktop"',
    '[Dirs]\nName: "{localappdata}\\kim-desktop"; Flags: uninsalwaysuninstall',
    "[Code]\nprocedure DeinitializeUninstall();\nbegin\n"
    "  DelTree(ExpandConstant('{localappdata}\\kim-desktop'), True, True, True);\nend;",
    "[Code]\nprocedure X();\nbegin\n"
    "  Exec('cmd', '/C del x', '', SW_HIDE, ewWaitUntilTerminated, Code);\nend;",
])
def test_the_uninstall_check_finds_what_would_delete_users_data(addition: str) -> None:
    script = ISS.read_text(encoding="utf-8-sig")
    assert _data_at_risk(script.replace("[Code]", addition + "\n\n[Code]", 1)) != []


def test_inno_setup_script_takes_the_version_from_the_bundle() -> None:
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with a BOM: the umlauts in [CustomMessages]"
    script = raw.decode("utf-8-sig")
    assert "#if VER < EncodeVer(6, 3, 0)" in script
    version_file = re.search(r'#define VersionFile BundleDir \+ "([^"]+)"', script)
    assert version_file is not None
    # PyInstaller puts the staging folder's files below _internal\ of the bundle.
    assert version_file.group(1) == "\\_internal\\" + "\\".join(("kim_desktop", "VERSION"))
    assert "AppVersion={#AppVersion}" in script and "/DAppVersion" not in script
    assert "/DAppVersion" not in WORKFLOW.read_text(encoding="utf-8")


def test_a_compiled_in_preset_is_checked_first() -> None:
    workflow = WORKFLOW.read_text(encoding="utf-8")
    assert workflow.index("kim-desktop.exe config check") < workflow.index("/DDeploymentFile=")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    windows = readme[readme.index("**Windows**"):readme.index("### Deployment configuration")]
    assert windows.index("config check") < windows.index("iscc /DDeploymentFile=")
    assert "Inno Setup 6.3" in windows and "/DAppVersion" not in windows


def test_the_windows_icon_is_drawn_from_the_svg(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    from kim_desktop.ui.qt import QtGui

    build = load("build")
    out = tmp_path / "icon.png"
    build.render_icon(build.ICON_SVG, out, size=64)
    image = QtGui.QImage(str(out))
    assert (image.width(), image.height()) == (64, 64)
    assert image.pixelColor(0, 0).alpha() == 0, "the rounded corner stays transparent"
    assert image.pixelColor(32, 4).name() == "#1f5f8b", "the icon's blue frame is drawn"
    broken = tmp_path / "broken.svg"
    broken.write_text("<svg", encoding="utf-8")
    with pytest.raises(build.BuildFailed, match="not a readable SVG"):
        build.render_icon(broken, tmp_path / "x.png")
