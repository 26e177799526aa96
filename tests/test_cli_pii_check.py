"""`kim-desktop pii-check` in-process: findings, exit codes 0/1/2, stdin, and nothing in the log."""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

import pytest

from kim_desktop.domain.roles import Role
from kim_desktop.services import clients
from kim_desktop.storage.vault import Vault
from tests.test_cli_sync import Kim, kim  # noqa: F401  (kim: the fixture running main() in-process)

PASSWORD = "richtig-geheim-42"
CLEAN = ("Seit 01.03.2022 warten Familien in Hennef 4 Monate auf einen Termin bei der Ausländerbehörde;\n"
         "das Jobcenter verlangt Nachweise nach § 7 SGB II.\n")
DIRTY = ("Seit 01.03.2022 wartet Herr Oezdemir auf einen Termin.\n"
         "Rückruf unter 0176 9876543 erbeten.\n")


@pytest.fixture
def vault_file(tmp_path: Path) -> Path:
    path = tmp_path / "cm.kimvault"
    vault = Vault.create(path, PASSWORD, role=Role.CASE_MANAGER, display_name="Test", team=1,
                         municipalities=("05382024",))
    with vault:
        clients.create_client(vault, clients.ClientInput(first_name="Mehmet", last_name="Özdemir",
                                                         birth_date=dt.date(1978, 8, 17)),
                              today=dt.date(2026, 11, 25))
    return path


def write(tmp_path: Path, text: str, name: str = "meldung.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_findings_are_listed_with_line_column_kind_and_reason(kim: Kim, vault_file: Path,  # noqa: F811
                                                             tmp_path: Path) -> None:
    ran = kim("pii-check", "--vault", vault_file, write(tmp_path, DIRTY))
    assert ran.code == 1, ran.err
    assert ran.err == ""
    lines = ran.out.splitlines()
    assert lines[0] == ("Zeile 1, Spalte 29: Name [client-name] – ähnelt dem Namen einer Ihrer Personen: "
                        "»Oezdemir«")
    assert lines[1] == ("Zeile 2, Spalte 15: Telefonnummer [phone] – sieht aus wie eine Telefonnummer: "
                        "»0176 9876543«")
    assert lines[2].startswith("2 Fundstellen")
    assert "Özdemir" not in ran.out and "Mehmet" not in ran.out  # the client's stored name is never shown


def test_a_clean_text_exits_zero(kim: Kim, vault_file: Path, tmp_path: Path) -> None:  # noqa: F811
    ran = kim("pii-check", "--vault", vault_file, write(tmp_path, CLEAN))
    assert ran.code == 0, ran.err
    assert ran.out.strip() == "Keine personenbezogenen Daten gefunden."


def test_the_text_can_come_from_stdin_after_the_password(kim: Kim, vault_file: Path) -> None:  # noqa: F811
    ran = kim("pii-check", "--vault", vault_file, "--password-stdin", "-", stdin=f"{PASSWORD}\n{DIRTY}")
    assert ran.code == 1, ran.err
    assert "»Oezdemir«" in ran.out and "Zeile 1, Spalte 29" in ran.out
    clean = kim("pii-check", "--vault", vault_file, "--password-stdin", stdin=f"{PASSWORD}\n{CLEAN}")
    assert clean.code == 0, clean.err


def test_the_text_alone_on_stdin_with_the_password_from_the_environment(
        kim: Kim, vault_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    monkeypatch.setattr(sys, "stdin", io.StringIO(DIRTY))
    ran = kim("pii-check", "--vault", vault_file, "-")
    assert ran.code == 1, ran.err
    assert "»0176 9876543«" in ran.out


def one_error_line(ran) -> str:  # type: ignore[no-untyped-def]
    lines = ran.err.strip().splitlines()
    assert len(lines) == 1, ran.err
    assert "Traceback" not in ran.err
    return lines[0]


def test_errors_exit_two_with_one_german_line(kim: Kim, vault_file: Path, tmp_path: Path) -> None:  # noqa: F811
    text = write(tmp_path, DIRTY)
    missing_text = kim("pii-check", "--vault", vault_file, tmp_path / "gibt-es-nicht.txt")
    assert missing_text.code == 2 and "nicht lesbar" in one_error_line(missing_text)
    binary = tmp_path / "bild.txt"
    binary.write_bytes(b"\xff\xfe\x00Bild")
    not_utf8 = kim("pii-check", "--vault", vault_file, binary)
    assert not_utf8.code == 2 and "kein UTF-8-Text" in one_error_line(not_utf8)
    wrong = kim("pii-check", "--vault", vault_file, "--password-stdin", text, stdin="falsches-Passwort-1\n")
    assert wrong.code == 2 and one_error_line(wrong) == "kim-desktop: Passwort falsch."
    no_vault = kim("pii-check", "--vault", tmp_path / "keine.kimvault", text)
    assert no_vault.code == 2 and "Keine Datendatei" in one_error_line(no_vault)
    for ran in (missing_text, not_utf8, wrong, no_vault):
        assert ran.out == ""


def test_the_found_text_is_never_written_to_the_log(kim: Kim, vault_file: Path, tmp_path: Path,  # noqa: F811
                                                    isolated_dirs: Path) -> None:
    marker = "0176 5551234"
    source = write(tmp_path, f"Herr Oezdemir, Tel. {marker}\n")
    assert kim("pii-check", "--vault", vault_file, source).code == 1
    assert kim("pii-check", "--vault", tmp_path / "keine.kimvault", source).code == 2
    written = [p for p in isolated_dirs.rglob("*") if p.is_file()]
    assert any(p.suffix == ".log" or "log" in p.name for p in written)  # the log exists and was looked at
    for path in written:
        data = path.read_bytes()
        assert marker.encode() not in data and b"Oezdemir" not in data, path
