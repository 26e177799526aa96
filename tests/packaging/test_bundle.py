"""The one-folder bundle that `build_scripts/build.py` made: size, contents, and the program inside it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.packaging.conftest import PASSWORD, Runner, project_version
from tests.packaging.scripts import load

pytestmark = pytest.mark.packaging

BUDGET_MB = load("build").BUDGET_MB
# Qt modules the program does not use (kim_desktop/ui/qt.py imports QtCore, QtGui, QtWidgets, QtCharts).
UNUSED_QT = re.compile(r"Qt6?(WebEngine|WebChannel|WebSockets|WebView|3D|Multimedia|SpatialAudio|Quick|Qml|"
                       r"Pdf|Bluetooth|Nfc|Positioning|Location|Sensors|SerialPort|SerialBus|RemoteObjects|"
                       r"Scxml|StateMachine|TextToSpeech|VirtualKeyboard|Designer|Help|UiTools|Test|Sql|"
                       r"Network|HttpServer|Graphs|DataVisualization|ShaderTools|Wayland|WlShell|EglFs)")


def _files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and not p.is_symlink()]


def test_the_bundle_stays_within_its_size_budget(bundle: Path) -> None:
    size_mb = sum(p.stat().st_size for p in _files(bundle)) / 1_000_000
    print(f"bundle {size_mb:.0f} MB (budget ≤ {BUDGET_MB} MB)")
    assert 30 < size_mb <= BUDGET_MB


def test_no_qt_module_the_program_does_not_use(bundle: Path) -> None:
    unused = sorted(str(p.relative_to(bundle)) for p in _files(bundle) if UNUSED_QT.search(p.name))
    assert unused == []
    names = {p.name for p in _files(bundle)}
    for needed in ("libqxcb.so", "libqoffscreen.so", "libqsvg.so", "qtbase_de.qm", "kim_en.qm", "default.toml",
                   "kim-desktop.svg", "env.py", "DejaVuSans.ttf"):
        assert needed in names, needed
    assert any(name.startswith("libQt6Charts") for name in names)


def test_every_shared_library_in_the_bundle_finds_its_dependencies(bundle: Path) -> None:
    if shutil.which("ldd") is None:
        pytest.skip("no ldd on this machine")
    # As the program runs: PyInstaller's bootloader restarts itself with LD_LIBRARY_PATH set to
    # _internal alone (LD_DEBUG=libs shows it); everything else (Qt's lib folder) is found
    # through the libraries' own RUNPATH ($ORIGIN) or the system's.
    env = {key: value for key, value in os.environ.items() if not key.startswith("LD_")}
    env["LD_LIBRARY_PATH"] = str(bundle / "_internal")
    missing = {}
    for library in _files(bundle):
        if not (library.suffix == ".so" or ".so." in library.name):
            continue
        out = subprocess.run(["ldd", str(library)], capture_output=True, text=True, env=env).stdout
        lost = [line.split()[0] for line in out.splitlines() if "not found" in line]
        if lost:
            missing[str(library.relative_to(bundle))] = lost
    assert missing == {}


def test_the_bundle_reports_the_version_of_pyproject(kim: Runner) -> None:
    assert kim("--version").ok().out.strip() == f"kim-desktop {project_version()}"


def test_self_check_passes_in_the_bundle(kim: Runner) -> None:
    ran = kim("self-check").ok()
    assert "FEHLER" not in ran.out
    assert project_version() in ran.out and "offscreen" in ran.out


def test_self_check_loads_the_xcb_plugin_on_a_virtual_screen(bundle: Path, home: Path) -> None:
    if shutil.which("xvfb-run") is None:
        pytest.skip("xvfb-run missing (scripts/setup.sh installs it)")
    env = {"QT_QPA_PLATFORM": "xcb"}
    from tests.packaging.conftest import clean_env

    done = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", str(bundle / "kim-desktop"),
                           "self-check"], capture_output=True, text=True, env=clean_env(home, **env), timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "xcb" in done.stdout and "FEHLER" not in done.stdout


def test_headless_round_trip_with_the_bundled_binary(kim: Runner, home: Path) -> None:
    """Create, fill with demo data, export to the Kreis, import there, send feedback back."""
    env = {"KIM_DESKTOP_PASSWORD": PASSWORD}
    coordinator, case_manager = home / "kreis" / "k.kimvault", home / "cm" / "cm.kimvault"
    kim("init", "--role", "coordinator", "--name", "Koordination", "--vault", coordinator, env=env).ok()
    kim("init", "--role", "case-manager", "--name", "CM", "--team", "1", "--vault", case_manager, env=env).ok()
    public = kim("keys", "export-public", "--vault", coordinator, env=env).ok()
    (home / "k.pub").write_text(public.out, encoding="utf-8")
    kim("recipients", "add", "--vault", case_manager, home / "k.pub", env=env).ok()
    kim("demo-data", "--consultations", "30", "--vault", case_manager, env=env).ok()
    kim("export", "--vault", case_manager, "--out", home / "usb", env=env).ok()
    packages = sorted((home / "usb").glob("*.kimsync"))
    assert len(packages) == 1
    assert b"Beratung" not in packages[0].read_bytes()  # encrypted on the way
    kim("import", "--vault", coordinator, "--trust-new-devices", home / "usb", env=env).ok()
    assert "Geräte: 1 (1 bestätigt" in kim("sync", "status", "--vault", coordinator, env=env).ok().out
    kim("export", "--vault", coordinator, "--out", home / "rueck", env=env).ok()
    kim("import", "--vault", case_manager, home / "rueck", env=env).ok()
    assert "offen: keine" in kim("sync", "status", "--vault", case_manager, env=env).ok().out
    assert _consultations(coordinator) == 30
    report = home / "bericht.csv"
    kim("report", "--period", "2020-01..2030-12", "--format", "csv", "--view", "overview", "--out", report,
        "--vault", coordinator, env=env).ok()
    assert report.stat().st_size > 0


def _consultations(vault_path: Path) -> int:
    from kim_desktop.storage.consultation_tables import Consultation
    from kim_desktop.storage.vault import Vault

    with Vault.open(vault_path, PASSWORD) as vault, vault.reader() as session:
        return session.scalar(select(func.count()).select_from(Consultation)) or 0


def test_bad_input_gives_one_german_line_and_a_non_zero_exit(kim: Runner, home: Path) -> None:
    wrong = kim("info", "--vault", home / "missing.kimvault", env={"KIM_DESKTOP_PASSWORD": PASSWORD})
    assert wrong.code != 0 and wrong.err.startswith("kim-desktop: ") and "Traceback" not in wrong.err
    bad = home / "bad.toml"
    bad.write_text('[district]\nname = 1\nkey = "05382"\n\n[[municipalities]]\nags = "05382004"\nname = "Alfter"\n',
                   encoding="utf-8")
    checked = kim("config", "check", bad)
    assert checked.code == 8 and "Zeile 2, Schlüssel 'district.name'" in checked.err
    assert "Traceback" not in checked.err
