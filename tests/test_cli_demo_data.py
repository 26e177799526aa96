"""`kim-desktop demo-data` and the demo vault's data, run as a subprocess like IT and scripts run them."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kim_desktop.cli import DEMO_PASSWORD
from kim_desktop.config.deployment import load_deployment
from kim_desktop.paths import demo_vault_path
from kim_desktop.services.demo_data import count_clients
from kim_desktop.services.vault_setup import DEMO_CONSULTATIONS, create_vault
from kim_desktop.storage.consultation_tables import Consultation
from kim_desktop.storage.vault import Vault
from tests.test_cli import assert_one_clear_line, run

PASSWORD = "richtig-geheim-42"


@pytest.fixture
def cli_vault(tmp_path: Path) -> Path:
    path = tmp_path / "cli" / "vault.kimvault"
    create_vault(path, PASSWORD, role="case-manager", name="Clara Cli", team=1,
                 deployment=load_deployment()).close()
    return path


def demo_data(path: Path, *args: str, stdin: str = PASSWORD + "\n",
              env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return run("demo-data", "--vault", str(path), *args, stdin=stdin, env=env)


def consultations_in(path: Path, password: str = PASSWORD) -> int:
    with Vault.open(path, password) as vault, vault.reader() as session:
        return session.scalar(select(func.count()).select_from(Consultation)) or 0


def test_fills_an_empty_vault_and_says_what_it_made(cli_vault: Path) -> None:
    result = demo_data(cli_vault, "--consultations", "250", "--password-stdin")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "Demo-Daten angelegt: 20 Klientinnen und Klienten, 26 Fälle, 250 Beratungen (Startwert 0)."]
    assert consultations_in(cli_vault) == 250


def test_refuses_a_vault_with_clients_unless_told_to_add(cli_vault: Path) -> None:
    assert demo_data(cli_vault, "--consultations", "100", "--seed", "7", "--password-stdin").returncode == 0
    refused = demo_data(cli_vault, "--consultations", "100", "--password-stdin")
    assert refused.returncode == 13
    line = assert_one_clear_line(refused)
    assert "enthält bereits 8 Klientinnen und Klienten" in line and "--add" in line
    assert consultations_in(cli_vault) == 100
    added = demo_data(cli_vault, "--consultations", "100", "--seed", "7", "--add", stdin="",
                      env={"KIM_DESKTOP_PASSWORD": PASSWORD})
    assert added.returncode == 0, added.stderr
    assert consultations_in(cli_vault) == 200


@pytest.mark.parametrize("count", ["0", "1000001", "viele"])
def test_a_bad_count_is_refused_before_the_password_is_read(cli_vault: Path, count: str) -> None:
    result = demo_data(cli_vault, "--consultations", count, "--password-stdin", stdin="")
    assert result.returncode == 2
    line = assert_one_clear_line(result)
    assert "Zahl der Beratungen" in line and "1 bis 1.000.000" in line and f"(angegeben: {count})" in line


def test_wrong_password_changes_nothing(cli_vault: Path) -> None:
    result = demo_data(cli_vault, "--consultations", "100", "--password-stdin", stdin="falsches-Passwort-1\n")
    assert result.returncode == 3
    assert assert_one_clear_line(result) == "kim-desktop: Passwort falsch."
    with Vault.open(cli_vault, PASSWORD) as vault:
        assert count_clients(vault) == 0


def test_a_missing_vault_is_named(tmp_path: Path) -> None:
    result = demo_data(tmp_path / "nirgends.kimvault", "--consultations", "100", "--password-stdin")
    assert result.returncode == 4
    assert "nirgends.kimvault" in assert_one_clear_line(result)


def test_help_lists_the_command() -> None:
    assert "demo-data" in run("--help").stdout
    usage = run("demo-data", "--help").stdout
    assert "--consultations N" in usage and "--seed S" in usage and "--add" in usage


def test_the_demo_vault_comes_with_demo_data() -> None:
    result = run("demo", "--no-gui")
    assert result.returncode == 0, result.stderr
    assert f"Demo-Passwort: {DEMO_PASSWORD}" in result.stdout
    path = demo_vault_path()  # the test's own XDG_DATA_HOME, inherited by the subprocess
    assert consultations_in(path, DEMO_PASSWORD) == DEMO_CONSULTATIONS
    again = run("demo", "--no-gui")  # made once: a second start keeps it as it is
    assert again.returncode == 0 and consultations_in(path, DEMO_PASSWORD) == DEMO_CONSULTATIONS
