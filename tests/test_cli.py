"""The command line, run as IT and scripts run it: a subprocess, passwords on stdin or in the environment."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import kim_desktop
from kim_desktop.errors import WrongPassword
from kim_desktop.paths import envelope_path
from kim_desktop.storage import cipher, migrate
from kim_desktop.storage.kdf import INSECURE_TEST_KDF_ENV
from kim_desktop.storage.vault import Vault

PASSWORD = "richtig-geheim-42"
NEW_PASSWORD = "neues-Passwort-2026"


def run(*args: str, stdin: str = "", env: dict[str, str] | None = None,
        drop_env: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    full_env = dict(os.environ)  # carries the test's isolated XDG_* folders
    full_env[INSECURE_TEST_KDF_ENV] = "1"
    full_env.update(env or {})
    for name in drop_env:
        full_env.pop(name, None)
    return subprocess.run([sys.executable, "-m", "kim_desktop", *args], input=stdin, capture_output=True,
                          text=True, env=full_env, timeout=60)


def assert_one_clear_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("kim-desktop: ")
    assert "Traceback" not in result.stderr and "ERROR" not in result.stderr
    return lines[0]


@pytest.fixture
def cli_vault(tmp_path: Path) -> Path:
    """A vault made in-process the way `init` makes it (init itself is tested on its own)."""
    from kim_desktop.config.deployment import load_deployment
    from kim_desktop.services.vault_setup import create_vault

    path = tmp_path / "cli" / "vault.kimvault"
    create_vault(path, PASSWORD, role="case-manager", name="Clara Cli", team=1,
                 deployment=load_deployment()).close()
    return path


def opens_with(path: Path, password: str) -> bool:
    try:
        Vault.open(path, password).close()
    except WrongPassword:
        return False
    return True


def info(path: Path, password: str = PASSWORD) -> subprocess.CompletedProcess[str]:
    return run("info", "--vault", str(path), "--password-stdin", stdin=password + "\n")


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"kim-desktop {kim_desktop.__version__}"
    assert re.fullmatch(r"\d+\.\d+\.\d+\S*", kim_desktop.__version__)


def test_help_lists_subcommands() -> None:
    result = run("--help")
    assert result.returncode == 0
    for command in ("init", "passwd", "check", "backup", "recover", "info"):
        assert command in result.stdout


def test_init_and_info(tmp_path: Path) -> None:
    cli_vault = tmp_path / "cli" / "vault.kimvault"
    made = run("init", "--vault", str(cli_vault), "--role", "case-manager", "--name", "Clara Cli",
               "--team", "1",
               "--password-stdin", stdin=PASSWORD + "\n")
    assert made.returncode == 0, made.stderr
    assert cli_vault.is_file() and envelope_path(cli_vault).is_file()
    assert str(cli_vault) in made.stdout
    result = info(cli_vault)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Rolle: case-manager" in out
    assert "Team: 1" in out
    assert "Königswinter" in out and "Bad Honnef" in out and "Hennef (Sieg)" in out
    assert f"Schemaversion: {migrate.head_revision()}" in out
    assert "nicht eingerichtet" in out
    with Vault.open(cli_vault, PASSWORD) as vault:
        assert vault.profile.display_name == "Clara Cli"
        assert vault.profile.team == 1
        assert vault.profile.municipalities == ("05382024", "05382008", "05382020")


def test_init_warns_without_recovery(tmp_path: Path) -> None:
    path = tmp_path / "v.kimvault"
    result = run("init", "--vault", str(path), "--role", "coordinator", "--name", "Kai Koord",
                 "--password-stdin",
                 stdin=PASSWORD + "\n")
    assert result.returncode == 0
    assert "verliert die Daten" in result.stderr
    assert str(path) in result.stdout


def test_init_with_recovery_from_deployment(tmp_path: Path) -> None:
    import pyrage

    from kim_desktop.config.deployment import default_file

    identity = pyrage.x25519.Identity.generate()
    config = tmp_path / "deployment.toml"
    text = default_file().read_text(encoding="utf-8")
    with_recovery = text.replace('recovery_recipient = ""', f'recovery_recipient = "{identity.to_public()}"')
    config.write_text(with_recovery,
                      encoding="utf-8")
    path = tmp_path / "v.kimvault"
    env = {"KIM_DESKTOP_DEPLOYMENT": str(config)}
    made = run("init", "--vault", str(path), "--role", "case-manager", "--name", "R", "--team", "3",
               "--password-stdin", stdin=PASSWORD + "\n", env=env)
    assert made.returncode == 0, made.stderr
    assert "verliert" not in made.stderr
    shown = run("info", "--vault", str(path), "--password-stdin", stdin=PASSWORD + "\n", env=env)
    assert "Wiederherstellung: eingerichtet" in shown.stdout
    assert "Windeck" in shown.stdout
    recovered, _ = Vault.open_with_recovery(path, str(identity))
    recovered.close()


@pytest.mark.parametrize("where", ["policy", "coordinator"])
def test_padded_keys_in_the_configuration_are_refused_before_use(tmp_path: Path, where: str) -> None:
    """`config check` and the program agree: a key with a space or line break around it is invalid,
    not accepted by the check and then failing in init (exit 9) or export (exit 70)."""
    import pyrage

    from kim_desktop.config.deployment import default_file

    padded = f" {pyrage.x25519.Identity.generate().to_public()}\\n"
    text = default_file().read_text(encoding="utf-8")
    if where == "policy":
        text = text.replace('recovery_recipient = ""', f'recovery_recipient = "{padded}"')
        key = "policy.recovery_recipient"
    else:
        text += f'\n[[coordinators]]\nname = "Koordination"\nage_recipient = "{padded}"\n'
        key = "coordinators[0].age_recipient"
    config = tmp_path / "deployment.toml"
    config.write_text(text, encoding="utf-8")
    env = {"KIM_DESKTOP_DEPLOYMENT": str(config)}
    checked = run("config", "check", env=env)
    assert checked.returncode == 8 and f"Schlüssel '{key}'" in assert_one_clear_line(checked)
    made = run("init", "--vault", str(tmp_path / "v.kimvault"), "--role", "case-manager", "--name", "R",
               "--team", "3", "--password-stdin", stdin=PASSWORD + "\n", env=env)
    assert made.returncode == 8
    line = assert_one_clear_line(made)
    assert f"Schlüssel '{key}'" in line and "Leerzeichen oder Zeilenumbruch" in line
    assert not (tmp_path / "v.kimvault").exists()


def test_init_refuses_existing_vault(cli_vault: Path) -> None:
    before = cli_vault.read_bytes(), envelope_path(cli_vault).read_bytes()
    result = run("init", "--vault", str(cli_vault), "--role", "coordinator", "--name", "Other",
                 "--password-stdin", stdin="anderes-Passwort-1\n")
    assert result.returncode != 0
    assert str(cli_vault) in assert_one_clear_line(result)
    assert (cli_vault.read_bytes(), envelope_path(cli_vault).read_bytes()) == before


def test_init_refuses_unknown_team(tmp_path: Path) -> None:
    path = tmp_path / "v.kimvault"
    result = run("init", "--vault", str(path), "--role", "case-manager", "--name", "X", "--team", "99",
                 "--password-stdin", stdin=PASSWORD + "\n")
    assert result.returncode == 8
    assert "99" in assert_one_clear_line(result)
    assert not path.exists()


def test_init_refuses_short_password(tmp_path: Path) -> None:
    path = tmp_path / "v.kimvault"
    result = run("init", "--vault", str(path), "--role", "case-manager", "--name", "X",
                 "--password-stdin", stdin="kurz\n")
    assert result.returncode != 0
    assert "10 Zeichen" in assert_one_clear_line(result)
    assert not path.exists() and not tmp_path.joinpath("v.kimvault.keys").exists()


def test_init_without_password_source_does_not_hang(tmp_path: Path) -> None:
    path = tmp_path / "v.kimvault"
    result = run("init", "--vault", str(path), "--role", "case-manager", "--name", "X")
    assert result.returncode != 0
    assert "KIM_DESKTOP_PASSWORD" in assert_one_clear_line(result)
    assert not path.exists()


def test_init_refuses_unknown_role(tmp_path: Path) -> None:
    result = run("init", "--vault", str(tmp_path / "v.kimvault"), "--role", "admin", "--name", "X",
                 "--password-stdin", stdin=PASSWORD + "\n")
    assert result.returncode == 2


def test_check_clean_vault(cli_vault: Path) -> None:
    result = run("check", "--vault", str(cli_vault), "--password-stdin", stdin=PASSWORD + "\n")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Ergebnis: in Ordnung" in result.stdout
    assert "HMAC_SHA512" in result.stdout


def test_check_damaged_vault_exits_nonzero(cli_vault: Path) -> None:
    with Vault.open(cli_vault, PASSWORD) as vault:
        for i in range(40):
            vault.audit("case.viewed", record_id=f"{i:036d}")
    data = bytearray(cli_vault.read_bytes())
    pages = len(data) // 4096
    assert pages > 4
    data[(pages - 2) * 4096:(pages - 1) * 4096] = os.urandom(4096)
    cli_vault.write_bytes(bytes(data))
    result = run("check", "--vault", str(cli_vault), "--password-stdin", stdin=PASSWORD + "\n")
    assert result.returncode in (1, 4), result.stdout + result.stderr
    if result.returncode == 1:  # opened, then the check found the damage
        assert "FEHLER" in result.stdout and "Ergebnis: FEHLER gefunden" in result.stdout
    else:                       # refused at open, naming the file
        assert str(cli_vault) in assert_one_clear_line(result)
    assert "Traceback" not in result.stderr
    assert "interner Fehler" not in result.stderr


def test_backup_command(cli_vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "usb"
    result = run("backup", "--vault", str(cli_vault), "--out", str(out), "--password-stdin",
                 stdin=PASSWORD + "\n")
    assert result.returncode == 0, result.stderr
    made = list(out.glob("*.kimvault"))
    assert len(made) == 1 and str(made[0]) in result.stdout
    assert envelope_path(made[0]).is_file()
    with Vault.open(made[0], PASSWORD) as copy:
        assert copy.profile.display_name == "Clara Cli"


def test_backup_command_default_folder_and_keep(cli_vault: Path, tmp_path: Path) -> None:
    from kim_desktop.paths import config_dir, default_backup_dir

    config_dir().mkdir(parents=True, exist_ok=True)
    (config_dir() / "settings.json").write_text(json.dumps({"backup_keep": 2}), encoding="utf-8")
    for _ in range(3):
        result = run("backup", "--vault", str(cli_vault), "--password-stdin", stdin=PASSWORD + "\n")
        assert result.returncode == 0, result.stderr
    assert len(list(default_backup_dir().glob("*.kimvault"))) == 2


def test_passwd_keep_key_only_rewraps(cli_vault: Path, tmp_path: Path) -> None:
    with Vault.open(cli_vault, PASSWORD) as vault:
        old_key = vault.data_key
    result = run("passwd", "--keep-key", "--vault", str(cli_vault), "--password-stdin",
                 stdin=f"{PASSWORD}\n{NEW_PASSWORD}\n")
    assert result.returncode == 0, result.stderr
    assert not opens_with(cli_vault, PASSWORD)
    assert opens_with(cli_vault, NEW_PASSWORD)
    cipher.connect(cli_vault, old_key).close()  # same data key, only re-wrapped


def test_passwd_renews_the_data_key_by_default(cli_vault: Path) -> None:
    with Vault.open(cli_vault, PASSWORD) as vault:
        old_key = vault.data_key
    result = run("passwd", "--vault", str(cli_vault), "--password-stdin",
                 stdin=f"{PASSWORD}\n{NEW_PASSWORD}\n")
    assert result.returncode == 0, result.stderr
    assert "Datenschlüssel erneuert" in result.stdout
    with pytest.raises(cipher.WrongKey):
        cipher.connect(cli_vault, old_key)
    assert not opens_with(cli_vault, PASSWORD)
    checked = run("check", "--vault", str(cli_vault), "--password-stdin", stdin=NEW_PASSWORD + "\n")
    assert checked.returncode == 0, checked.stdout


def test_passwd_wrong_old_password(cli_vault: Path) -> None:
    before = envelope_path(cli_vault).read_bytes()
    result = run("passwd", "--vault", str(cli_vault), "--password-stdin",
                 stdin=f"falsch-falsch-1\n{NEW_PASSWORD}\n")
    assert result.returncode == 3
    assert_one_clear_line(result)
    assert envelope_path(cli_vault).read_bytes() == before


def test_passwd_too_short_new_password(cli_vault: Path) -> None:
    result = run("passwd", "--vault", str(cli_vault), "--password-stdin", stdin=f"{PASSWORD}\nkurz\n")
    assert result.returncode != 0
    assert_one_clear_line(result)
    assert opens_with(cli_vault, PASSWORD)


def test_passwd_missing_new_password_line(cli_vault: Path) -> None:
    result = run("passwd", "--vault", str(cli_vault), "--password-stdin", stdin=f"{PASSWORD}\n")
    assert result.returncode != 0
    assert_one_clear_line(result)
    assert opens_with(cli_vault, PASSWORD)


def test_wrong_password_is_one_clear_line(cli_vault: Path) -> None:
    for command in ("check", "backup"):
        result = run(command, "--vault", str(cli_vault), "--password-stdin", stdin="ganz-falsch-123\n")
        assert result.returncode == 3, (command, result.stderr)
        assert "Passwort falsch" in assert_one_clear_line(result)
        assert result.stdout == ""


def test_missing_vault_exit_4_and_nothing_created(tmp_path: Path) -> None:
    path = tmp_path / "absent" / "vault.kimvault"
    for command in ("info", "passwd"):
        result = run(command, "--vault", str(path), "--password-stdin", stdin=PASSWORD + "\n")
        assert result.returncode == 4, (command, result.stderr)
        assert str(path) in assert_one_clear_line(result)
    assert not path.parent.exists()


def test_not_a_vault_exit_4(tmp_path: Path) -> None:
    path = tmp_path / "notes.kimvault"
    path.write_text("just some text", encoding="utf-8")
    result = run("info", "--vault", str(path), "--password-stdin", stdin=PASSWORD + "\n")
    assert result.returncode == 4
    assert str(envelope_path(path)) in assert_one_clear_line(result)


def test_password_from_environment(tmp_path: Path) -> None:
    path = tmp_path / "env.kimvault"
    made = run("init", "--vault", str(path), "--role", "coordinator", "--name", "Env",
               env={"KIM_DESKTOP_PASSWORD": PASSWORD})
    assert made.returncode == 0, made.stderr
    assert run("info", "--vault", str(path), env={"KIM_DESKTOP_PASSWORD": PASSWORD}).returncode == 0
    wrong = run("info", "--vault", str(path), env={"KIM_DESKTOP_PASSWORD": "nicht-richtig-1"})
    assert wrong.returncode == 3
    changed = run("passwd", "--vault", str(path),
                  env={"KIM_DESKTOP_PASSWORD": PASSWORD, "KIM_DESKTOP_NEW_PASSWORD": NEW_PASSWORD})
    assert changed.returncode == 0, changed.stderr
    assert run("info", "--vault", str(path), env={"KIM_DESKTOP_PASSWORD": NEW_PASSWORD}).returncode == 0


def test_vault_from_environment(cli_vault: Path) -> None:
    result = run("info", "--password-stdin", stdin=PASSWORD + "\n", env={"KIM_DESKTOP_VAULT": str(cli_vault)})
    assert result.returncode == 0, result.stderr
    assert f"Datendatei: {cli_vault}" in result.stdout


def test_vault_option_wins_over_environment(cli_vault: Path, tmp_path: Path) -> None:
    result = run("info", "--vault", str(cli_vault), "--password-stdin", stdin=PASSWORD + "\n",
                 env={"KIM_DESKTOP_VAULT": str(tmp_path / "other.kimvault")})
    assert result.returncode == 0, result.stderr


def test_default_vault_path_is_in_user_data_dir(tmp_path: Path) -> None:
    from kim_desktop.paths import default_vault_path

    made = run("init", "--role", "coordinator", "--name", "Default", "--password-stdin",
               stdin=PASSWORD + "\n")
    assert made.returncode == 0, made.stderr
    assert default_vault_path().is_file()
    assert default_vault_path().is_relative_to(tmp_path)


def test_password_is_never_an_argument(cli_vault: Path, tmp_path: Path) -> None:
    new = tmp_path / "new.kimvault"
    for args in (["init", "--vault", str(new), "--role", "coordinator", "--name", "X",
                  "--password", PASSWORD],
                 ["check", "--vault", str(cli_vault), "--password", PASSWORD],
                 ["check", "--vault", str(cli_vault), f"--password={PASSWORD}"]):
        result = run(*args)
        assert result.returncode == 2, (args, result.stdout)  # argparse: no such option
        assert result.stderr.startswith("usage:")
        assert result.stdout == ""
    assert not new.exists()


def test_recover_without_recovery_key(cli_vault: Path, tmp_path: Path) -> None:
    import pyrage

    key_file = tmp_path / "key.txt"
    key_file.write_text(str(pyrage.x25519.Identity.generate()), encoding="utf-8")
    result = run("recover", "--vault", str(cli_vault), "--identity", str(key_file), "--password-stdin",
                 stdin=NEW_PASSWORD + "\n")
    assert result.returncode == 9
    assert_one_clear_line(result)
    missing = run("recover", "--vault", str(cli_vault), "--identity", str(tmp_path / "nope.txt"),
                  "--password-stdin", stdin=NEW_PASSWORD + "\n")
    assert missing.returncode == 9
    assert "nope.txt" in assert_one_clear_line(missing)
    assert opens_with(cli_vault, PASSWORD)


def test_broken_deployment_config_is_one_line(cli_vault: Path, tmp_path: Path) -> None:
    config = tmp_path / "broken.toml"
    config.write_text("[district\nname = 1\n", encoding="utf-8")
    result = run("info", "--vault", str(cli_vault), "--password-stdin", stdin=PASSWORD + "\n",
                 env={"KIM_DESKTOP_DEPLOYMENT": str(config)})
    assert result.returncode == 8
    assert "Zeile 1, Spalte" in assert_one_clear_line(result)


def test_vault_option_before_the_subcommand_counts(cli_vault: Path) -> None:
    result = run("--vault", str(cli_vault), "info", "--password-stdin", stdin=PASSWORD + "\n")
    assert result.returncode == 0, result.stderr
    assert str(cli_vault) in result.stdout


def test_no_abbreviated_options(cli_vault: Path) -> None:
    result = run("check", "--vault", str(cli_vault), "--password", "geheim-geheim-1")
    assert result.returncode == 2
    assert "geheim-geheim-1" not in result.stderr.replace("--password", "")


def test_check_does_not_upgrade_an_older_file(cli_vault: Path) -> None:
    from kim_desktop.storage import cipher as cipher_module

    with Vault.open(cli_vault, PASSWORD) as vault:
        key = vault.data_key
    conn = cipher_module.connect(cli_vault, key)
    try:
        conn.execute("DROP INDEX ix_audit_log_record_id")
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
    finally:
        conn.close()
    result = run("check", "--vault", str(cli_vault), "--password-stdin", stdin=PASSWORD + "\n")
    assert result.returncode == 1
    assert "Schemaversion 0001" in result.stdout
    conn = cipher_module.connect(cli_vault, key)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    finally:
        conn.close()


def test_a_mistyped_command_is_not_echoed() -> None:
    result = run("Geheimes-Passwort-9")
    assert result.returncode == 2
    assert "Geheimes-Passwort-9" not in result.stderr
