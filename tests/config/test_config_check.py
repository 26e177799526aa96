"""`kim-desktop config check [FILE]` and `config path`: what IT sees before a roll-out."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kim_desktop import paths
from kim_desktop.cli import main
from kim_desktop.config.check import check_deployment
from kim_desktop.config.deployment import DEPLOYMENT_ENV, default_file
from tests.config.test_deployment import MINIMAL, THREE_TEAMS, recipient, signing_key, write

README = Path(__file__).resolve().parents[2] / "README.md"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["config", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def assert_clear_lines(err: str, path: Path, count: int = 1) -> list[str]:
    lines = err.strip().splitlines()
    assert len(lines) == count, err
    for line in lines:
        assert line.startswith(f"kim-desktop: Konfiguration {path} ungültig: "), line
    assert "Traceback" not in err
    return lines


def readme_example() -> str:
    text = README.read_text(encoding="utf-8")
    section = text.split("### Deployment configuration", 1)[1].split("\n### ", 1)[0]
    blocks = re.findall(r"```toml\n(.*?)```", section, flags=re.S)
    assert len(blocks) == 1
    return blocks[0]


# --- valid files ---------------------------------------------------------------------------------------


def test_shipped_default_is_valid_without_problems() -> None:
    outcome = check_deployment(default_file())
    assert outcome.ok and outcome.problems == ()
    assert any("Wiederherstellungsschlüssel" in w for w in outcome.warnings)
    assert any("Team 10 (Stadt Troisdorf)" in n for n in outcome.notes)


def test_readme_example_is_complete_and_valid(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = write(tmp_path, readme_example())
    code, out, err = run(capsys, "check", str(path))
    assert (code, err) == (0, "")
    assert "Kreis: Rhein-Sieg-Kreis (05382), Land NW" in out
    assert "Wiederherstellungsschlüssel: ja" in out
    assert "Koordination: 1" in out
    assert "Ergebnis: gültig" in out
    # Every key the parser knows appears in the example, so the README documents them all.
    example = readme_example()
    for key in ("retention_years", "small_count_threshold", "autolock_minutes_default",
                "autolock_minutes_min", "autolock_minutes_max", "backup_keep", "backup_location",
                "recovery_recipient", "ags", "kind", "rhine_side", "employer", "sync_policy", "since",
                "age_recipient", "signing_key", "seat", "administration", "state"):
        assert re.search(rf"^{key} = ", example, flags=re.M), key


def test_summary(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    text = (THREE_TEAMS.replace('sync_policy = "halb"', 'sync_policy = "pseudonymised"')
            + f'\n[[coordinators]]\nname = "Koordination Nord"\nage_recipient = "{recipient()}"\n'
            + '\n[policy]\nautolock_minutes_min = 2\nautolock_minutes_default = 5\n'
              'autolock_minutes_max = 15\nretention_years = 4\nsmall_count_threshold = 7\nbackup_keep = 9\n'
              'backup_location = "~/Sicherung"\n')
    path = write(tmp_path, text)
    code, out, err = run(capsys, "check", str(path))
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == f"Geprüfte Datei: {path}"
    for expected in ("Kreis: Testkreis (09999), Land NW", "Kommunen: 2",
                     "Teams: 3 – 2 × full (Team 1, 2), 1 × pseudonymised (Team 3)",
                     "Koordination: 1 (Koordination Nord)", "Wiederherstellungsschlüssel: nein",
                     "Automatische Sperre: mindestens 2, Vorgabe 5, höchstens 15 Minuten",
                     "Aufbewahrung abgeschlossener Fälle: 4 Jahre", "Kleine Anzahlen unterdrückt unter: 7",
                     f"Sicherungen: 9 behalten, Ordner: {Path('~/Sicherung').expanduser()}",
                     "Warnung: Kein Wiederherstellungsschlüssel",
                     "Warnung: Koordination „Koordination Nord“ ohne signing_key",
                     "Hinweis: Team 3 (Stadt Drittheim) gibt nur pseudonymisierte Daten",
                     "Ergebnis: gültig (2 Warnungen)"):
        assert expected in out, expected
    assert "gehört zu keinem Team" not in out
    assert "Keine Koordination" not in out


def test_warnings_for_unserved_municipality_and_no_coordinators(tmp_path: Path) -> None:
    text = MINIMAL.replace('["Erstdorf", "Zweitstadt"]', '["Erstdorf"]')
    outcome = check_deployment(write(tmp_path, text))
    assert outcome.ok
    assert "Kommune Zweitstadt (09999002) gehört zu keinem Team." in outcome.warnings
    assert any("Keine Koordination eingetragen" in w for w in outcome.warnings)
    signed = text + (f'\n[[coordinators]]\nname = "K"\nage_recipient = "{recipient()}"\n'
                     f'signing_key = "{signing_key()}"\n[policy]\nrecovery_recipient = "{recipient()}"\n')
    assert check_deployment(write(tmp_path, signed)).warnings == ("Kommune Zweitstadt (09999002) gehört zu "
                                                                  "keinem Team.",)


# --- which file ------------------------------------------------------------------------------------------


def test_without_file_names_the_active_one(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    site = paths.site_config_file()
    code, out, _err = run(capsys, "check")
    assert code == 0
    assert f"Verwendet jetzt: {default_file()} (mitgelieferte Vorgabe" in out
    assert f"Rechnerweite Datei (IT): {site} (nicht vorhanden)" in out
    assert "Kreis: Rhein-Sieg-Kreis" in out

    env_file = write(tmp_path, MINIMAL.replace("Testkreis", "Env-Kreis"), "env.toml")
    monkeypatch.setenv(DEPLOYMENT_ENV, str(env_file))
    code, out, _err = run(capsys, "path")
    assert code == 0
    assert out.splitlines() == [f"Verwendet jetzt: {env_file} (aus KIM_DESKTOP_DEPLOYMENT)",
                                f"Rechnerweite Datei (IT): {site} (nicht vorhanden)"]
    code, out, _err = run(capsys, "check")
    assert code == 0 and "Kreis: Env-Kreis" in out and "wird nicht beachtet" not in out

    site.parent.mkdir()
    site.write_text(MINIMAL, encoding="utf-8")
    code, out, _err = run(capsys, "check")
    assert code == 0
    assert f"Verwendet jetzt: {site} (IT-Vorgabe dieses Rechners)" in out
    assert f"Rechnerweite Datei (IT): {site} (vorhanden)" in out and "Kreis: Testkreis" in out
    assert (f"Warnung: {DEPLOYMENT_ENV}={env_file} wird nicht beachtet: die IT-Vorgabe dieses Rechners "
            f"({site}) hat Vorrang.") in out.splitlines()
    assert "Ergebnis: gültig (3 Warnungen)" in out  # with MINIMAL's two (no recovery key, no coordination)
    code, out, _err = run(capsys, "check", str(env_file))  # a named file is checked as it is
    assert code == 0 and "wird nicht beachtet" not in out and "Kreis: Env-Kreis" in out


def test_ignored_environment_is_a_warning_even_when_the_site_file_is_broken(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = paths.site_config_file()
    site.parent.mkdir()
    site.write_text("[district\n", encoding="utf-8")
    monkeypatch.setenv(DEPLOYMENT_ENV, str(write(tmp_path, MINIMAL)))
    code, out, err = run(capsys, "check")
    assert code == 8
    assert "wird nicht beachtet" in out
    assert_clear_lines(err, site)


@pytest.mark.parametrize("name", ["", "  "])
def test_empty_file_name_is_refused(capsys: pytest.CaptureFixture[str], name: str) -> None:
    code, out, err = run(capsys, "check", name)
    assert (code, out) == (8, "")
    assert err.startswith('kim-desktop: Konfiguration "" ungültig: leerer Dateiname') and err.count("\n") == 1


def test_broken_active_file(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                            monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, MINIMAL.replace("number = 1", 'number = "eins"'))
    monkeypatch.setenv(DEPLOYMENT_ENV, str(path))
    code, out, err = run(capsys, "check")
    assert code == 8
    assert f"Verwendet jetzt: {path} (aus KIM_DESKTOP_DEPLOYMENT)" in out
    [line] = assert_clear_lines(err, path)
    number_line = MINIMAL.splitlines().index("number = 1") + 1
    assert line.endswith(f"Zeile {number_line}, Schlüssel 'teams[0].number': erwartet ganze Zahl")


# --- errors ----------------------------------------------------------------------------------------------


def test_every_value_problem_is_listed(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    text = THREE_TEAMS.replace('sync_policy = "halb"', "")
    text += '\n[policy]\nbackup_keep = 400\nretention_years = 0\n'
    text = text.replace('key = "09999"', 'key = "09999"\nstate = "XX"')
    path = write(tmp_path, text)
    code, out, err = run(capsys, "check", str(path))
    assert code == 8
    assert "Ergebnis" not in out
    lines = assert_clear_lines(err, path, 3)
    assert [re.search(r"Schlüssel '([^']+)'", line)[1] for line in lines] == [  # type: ignore[index]
        "policy.retention_years", "policy.backup_keep", "district.state"]


@pytest.mark.parametrize(("make", "reason"), [
    (lambda d: d / "absent.toml", "Datei nicht gefunden"),
    (lambda d: d, "ist ein Ordner"),
    (lambda d: write(d, "", "empty.toml"), "Datei ist leer"),
    (lambda d: _bytes(d, b"\x89PNG\r\n\x1a\n\x00\x00"), "keine Textdatei"),
    (lambda d: _bytes(d, "name = \"Köln\"\n".encode("cp1252")), "Zeile 1: keine UTF-8-Textdatei"),
    (lambda d: _bytes(d, b"x" * 2_000_000), "Datei zu groß"),
    (lambda d: write(d, MINIMAL.replace('name = "Erstdorf"', 'name = "Erstdorf'), "syntax.toml"),
     "Zeile 8, Spalte 17: TOML-Syntaxfehler"),
], ids=["missing", "directory", "empty", "binary", "cp1252", "huge", "syntax"])
def test_bad_files_give_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path,  # type: ignore[no-untyped-def]
                                 make, reason: str) -> None:
    path = make(tmp_path)
    code, out, err = run(capsys, "check", str(path))
    assert code == 8
    [line] = assert_clear_lines(err, path)
    assert reason in line


def _bytes(folder: Path, data: bytes) -> Path:
    path = folder / "data.toml"
    path.write_bytes(data)
    return path
