"""`kim-desktop self-check`: run as IT runs it (a subprocess), plus its failure paths."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from kim_desktop import self_check
from kim_desktop.self_check import CheckResult, ProbeReport

CHECKS = ("Qt-Oberfläche", "SQLCipher", "age und Signatur", "Übersetzungen", "Einsatzkonfiguration",
          "Schemaversionen", "Feiertage", "Zeitzone", "PDF-Schrift")


def run(env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = dict(os.environ)  # the isolated XDG_* folders of the test
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "kim_desktop", "self-check"], capture_output=True, text=True,
                          env=full_env, timeout=120, stdin=subprocess.DEVNULL)


def line_of(output: str, check: str) -> str:
    [line] = [line for line in output.splitlines() if line[7:].startswith(check + ":")]
    return line


def test_passes_offscreen_and_prints_every_check() -> None:
    result = run({"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr == ""
    out = result.stdout
    for check in CHECKS:
        assert line_of(out, check).startswith("OK     "), check
    assert "Plattform offscreen, Qt 6." in line_of(out, "Qt-Oberfläche")
    assert "kim_en: Passwort falsch. -> Wrong password." in line_of(out, "Qt-Oberfläche")
    assert "kdf_iter 256000" in line_of(out, "SQLCipher")
    assert "default.toml (mitgelieferte Vorgabe" in line_of(out, "Einsatzkonfiguration")
    for version in ("KIM Desktop ", "Python 3.", "PySide6 6.", "SQLCipher 4.", "SQLite 3.",
                    "SQLAlchemy ", "Alembic ", "pyrage ", "cryptography ", "openpyxl ", "reportlab ",
                    "holidays ", "System: "):
        assert version in out, version
    assert out.rstrip().endswith(f"Ergebnis: alle {len(CHECKS)} Prüfungen bestanden")


def test_broken_deployment_fails_naming_it(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[district]\nname = "X"\nkey = "1"\nstate = "Rheinland"\n'
                   '[[municipalities]]\nags = "09999001"\nname = "A"\n', encoding="utf-8")
    result = run({"QT_QPA_PLATFORM": "offscreen", "KIM_DESKTOP_DEPLOYMENT": str(bad)})
    assert result.returncode == 1
    line = line_of(result.stdout, "Einsatzkonfiguration")
    assert line.startswith("FEHLER ")
    assert f"{bad} (aus KIM_DESKTOP_DEPLOYMENT) ungültig: Zeile 4, Schlüssel 'district.state'" in line
    assert line_of(result.stdout, "SQLCipher").startswith("OK")  # the other checks still run
    assert "Ergebnis: 1 von 9 Prüfungen fehlgeschlagen (Einsatzkonfiguration)" in result.stdout


def test_ignored_environment_override_is_a_warning(tmp_path: Path) -> None:
    """IT's file wins over KIM_DESKTOP_DEPLOYMENT; the self-check says so. Run as a subprocess, this
    also shows that tests/conftest.py keeps the machine's own /etc/xdg out of `python -m kim_desktop`."""
    from kim_desktop import paths
    from kim_desktop.config.deployment import default_file

    site = paths.site_config_file()
    site.parent.mkdir()
    site.write_bytes(default_file().read_bytes())
    other = tmp_path / "other.toml"
    other.write_bytes(default_file().read_bytes())
    result = run({"QT_QPA_PLATFORM": "offscreen", "KIM_DESKTOP_DEPLOYMENT": str(other)})
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    line = line_of(result.stdout, "Einsatzkonfiguration")
    assert line.startswith(f"OK     Einsatzkonfiguration: {site} (IT-Vorgabe dieses Rechners)")
    assert (f"       Warnung: KIM_DESKTOP_DEPLOYMENT={other} wird nicht beachtet: die IT-Vorgabe dieses "
            f"Rechners ({site}) hat Vorrang.") == lines[lines.index(line) + 1]


def test_unknown_qt_platform_fails_without_hanging() -> None:
    result = run({"QT_QPA_PLATFORM": "nonexistent"})
    assert result.returncode == 1
    line = line_of(result.stdout, "Qt-Oberfläche")
    assert line.startswith("FEHLER Qt-Oberfläche: Qt startet nicht")
    assert "nonexistent" in line
    assert "Traceback" not in result.stdout + result.stderr


def test_no_screen_probes_offscreen_and_looks_for_xcb(monkeypatch: pytest.MonkeyPatch) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("the DISPLAY rule is Linux's")
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    result, report = self_check.run_probe()
    assert result.ok, result.detail
    assert report.values["platform"] == "offscreen"
    assert any("kein Bildschirm" in note for note in result.notes)
    assert any("xcb-Plugin vorhanden" in note and "libqxcb.so" in note for note in result.notes)


def test_probe_that_hangs_is_stopped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(self_check, "probe_command",
                        lambda: [sys.executable, "-c", "import threading; threading.Event().wait()"])
    result, _report = self_check.run_probe(timeout=0.5)
    assert not result.ok
    assert "abgebrochen" in result.detail


def test_frozen_probe_runs_the_bundle_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    assert self_check.probe_command()[1:] == ["-m", "kim_desktop", "_qt-probe"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert self_check.probe_command() == [sys.executable, "_qt-probe"]


def fake_probe(timeout: float = 0) -> tuple[CheckResult, ProbeReport]:
    return CheckResult("Qt-Oberfläche", True, "ersetzt"), ProbeReport({"qt": "6"}, [])


def test_missing_translations_fail(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(self_check, "run_probe", fake_probe)
    lines: list[str] = []
    assert self_check.run_self_check(lines.append, resources=tmp_path) == 1
    [line] = [line for line in lines if "Übersetzungen:" in line]
    assert line == f"FEHLER Übersetzungen: {tmp_path / 'translations' / 'kim_en.qm'} fehlt"
    assert lines[-1] == "Ergebnis: 1 von 9 Prüfungen fehlgeschlagen (Übersetzungen)"
    (tmp_path / "translations").mkdir()
    (tmp_path / "translations" / "kim_en.qm").write_bytes(b"<TS>" * 1000)
    assert not self_check.check_translations(tmp_path).ok
    assert self_check.check_translations().ok


def test_sqlcipher_leaves_nothing_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kim_desktop.storage import cipher

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    assert self_check.check_sqlcipher().ok
    assert list(tmp_path.iterdir()) == []

    def broken(conn):  # type: ignore[no-untyped-def]
        raise RuntimeError("kaputt")

    monkeypatch.setattr(cipher, "cipher_report", broken)
    result = self_check._guarded("SQLCipher", self_check.check_sqlcipher)
    assert not result.ok and "kaputt" in result.detail
    assert list(tmp_path.iterdir()) == []


def test_vera_font_is_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    from kim_desktop.reports import fonts

    vera = [pair for pair in fonts._candidates() if pair[0].name == "Vera.ttf"]
    monkeypatch.setattr(fonts, "_candidates", lambda: vera)
    result = self_check.check_pdf_font()
    assert result.ok and result.notes and "Vera" in result.detail
    assert result.lines()[1].startswith("       Warnung: Bitstream Vera")


def test_migrations_that_stop_short_fail(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kim_desktop.storage import migrate

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    assert self_check.check_migrations().ok
    real_upgrade = migrate.upgrade
    monkeypatch.setattr(migrate, "upgrade", lambda conn: real_upgrade(conn, migrate.known_revisions()[-2]))
    result = self_check.check_migrations()
    assert not result.ok
    assert f"statt {migrate.head_revision()}" in result.detail
    assert list(tmp_path.iterdir()) == []


def test_probed_platform_plugins_are_kept_in_the_bundle() -> None:
    from kim_desktop.ui.qt_probe import PLATFORM_PLUGINS
    from tests.packaging.scripts import load

    kept = load("bundle_filter").PLUGINS_KEPT["platforms"]
    # macOS is not bundled (no build for it); the others must not be filtered out of the bundle.
    missing = [name for system, name in PLATFORM_PLUGINS.items() if system != "darwin" and name not in kept]
    assert missing == []
