"""The deployment configuration: the shipped default, IT's override, and clear errors."""

from __future__ import annotations

import datetime as dt
import logging
import tomllib
from pathlib import Path

import pytest

from kim_desktop import paths
from kim_desktop.config.deployment import (
    DEPLOYMENT_ENV,
    ActiveFile,
    active_choice,
    active_file,
    default_file,
    load_deployment,
)
from kim_desktop.errors import ConfigInvalid

REAL_SITE_CONFIG_DIR = paths.site_config_dir  # tests/conftest.py replaces it in every test

MINIMAL = """
[district]
name = "Testkreis"
key = "09999"

[[municipalities]]
ags = "09999001"
name = "Erstdorf"
kind = "Gemeinde"
rhine_side = "links"

[[municipalities]]
ags = "09999002"
name = "Zweitstadt"
kind = "Stadt"

[[teams]]
number = 1
municipalities = ["Erstdorf", "Zweitstadt"]
"""


def write(tmp_path: Path, text: str, name: str = "deployment.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def invalid(tmp_path: Path, text: str) -> str:
    with pytest.raises(ConfigInvalid) as info:
        load_deployment(write(tmp_path, text))
    message = info.value.message()
    assert str(tmp_path / "deployment.toml") in message
    return message


# --- the shipped default ----------------------------------------------------------------------------


def test_default_is_the_rhein_sieg_kreis() -> None:
    config = load_deployment(default_file())
    assert config.district_name == "Rhein-Sieg-Kreis"
    assert config.district_key == "05382"
    assert config.state == "NW"
    assert len(config.municipalities) == 19
    assert len({m.ags for m in config.municipalities}) == 19
    assert all(m.ags.startswith("05382") and len(m.ags) == 8 for m in config.municipalities)
    assert {m.kind for m in config.municipalities} == {"Stadt", "Gemeinde"}
    assert {m.rhine_side for m in config.municipalities} == {"links", "rechts"}
    assert config.municipality("05382060").name == "Siegburg"
    assert [t.number for t in config.teams] == list(range(1, 11))
    assert config.source == str(default_file())


def test_default_teams() -> None:
    config = load_deployment(default_file())
    troisdorf = config.team(10)
    assert troisdorf is not None
    assert troisdorf.sync_policy == "pseudonymised"
    assert troisdorf.employer == "Stadt Troisdorf"
    assert [config.municipality(a).name for a in troisdorf.municipalities] == ["Troisdorf"]
    assert all(t.sync_policy == "full" for t in config.teams if t.number != 10)
    team1 = config.team(1)
    assert team1 is not None and team1.since == dt.date(2021, 10, 15)
    assert [config.municipality(a).name for a in team1.municipalities] == ["Königswinter", "Bad Honnef",
                                                                          "Hennef (Sieg)"]
    assert config.team(11) is None
    # Every team's municipalities are municipalities of the district; none is served twice.
    served = [a for t in config.teams for a in t.municipalities]
    assert len(served) == len(set(served))
    assert set(served) <= {m.ags for m in config.municipalities}


def test_default_policy() -> None:
    policy = load_deployment(default_file()).policy
    assert policy.autolock_minutes_min <= policy.autolock_minutes_default == 10 <= policy.autolock_minutes_max
    assert policy.backup_keep >= 1
    assert policy.recovery_recipient == ""


def test_default_matches_reference_data() -> None:
    """The shipped default is built from ../shared/reference/rhein-sieg-kreis.toml (when it is beside us)."""
    reference = Path(__file__).resolve().parents[3] / "shared" / "reference" / "rhein-sieg-kreis.toml"
    if not reference.is_file():
        pytest.skip("reference data not beside this checkout")
    raw = tomllib.loads(reference.read_text(encoding="utf-8"))
    config = load_deployment(default_file())
    assert [(m.ags, m.name, m.kind, m.rhine_side) for m in config.municipalities] == [
        (m["ags"], m["name"], m["kind"], m["rhine_side"]) for m in raw["municipalities"]]
    by_ags = {m.ags: m.name for m in config.municipalities}
    for ref_team in raw["case_management_teams"]:
        team = config.team(ref_team["team"])
        assert team is not None
        assert [by_ags[a] for a in team.municipalities] == ref_team["municipalities"]
        if "since" in ref_team:
            assert team.since == dt.date.fromisoformat(ref_team["since"])
        if "employer" in ref_team:
            assert team.employer == ref_team["employer"]


# --- where the configuration comes from -----------------------------------------------------------------


def test_environment_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, MINIMAL)
    monkeypatch.setenv(DEPLOYMENT_ENV, str(path))
    assert active_file() == path
    config = load_deployment()
    assert config.district_name == "Testkreis"
    assert config.source == str(path)


def test_site_config_wins_over_default_and_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    site = paths.site_config_file()
    assert site.parent == tmp_path / "site-config"  # tests/conftest.py keeps /etc out
    assert active_file() == default_file()  # no site file yet
    site.parent.mkdir()
    site.write_text(MINIMAL, encoding="utf-8")
    assert active_choice() == ActiveFile(site, "site")
    assert load_deployment().district_name == "Testkreis"
    other = write(tmp_path, MINIMAL.replace("Testkreis", "Env-Kreis"), "env.toml")
    monkeypatch.setenv(DEPLOYMENT_ENV, str(other))
    with caplog.at_level(logging.WARNING, logger="kim_desktop.config.deployment"):
        assert load_deployment().district_name == "Testkreis"  # a user cannot replace IT's policy
        assert active_choice() == ActiveFile(site, "site", other)
    assert [r.getMessage() for r in caplog.records] == [
        f"{DEPLOYMENT_ENV} ignored: the machine-wide file {site} takes precedence"]  # once, not per call
    site.unlink()
    assert load_deployment().district_name == "Env-Kreis"  # honoured on a machine without a preset


@pytest.mark.parametrize(("platform", "expected"), [
    ("linux", Path("/etc/xdg/kim-desktop/deployment.toml")),
    ("freebsd14", Path("/etc/xdg/kim-desktop/deployment.toml")),
    ("darwin", Path("/Library/Application Support/kim-desktop/deployment.toml")),
])
def test_site_file_ignores_xdg_config_dirs(platform: str, expected: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paths.sys, "platform", platform)
    monkeypatch.setenv("XDG_CONFIG_DIRS", "/etc/xdg/xdg-ubuntu:/etc/xdg")
    assert REAL_SITE_CONFIG_DIR() / paths.SITE_CONFIG_NAME == expected


def test_broken_site_config_is_an_error_not_the_default(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    site = paths.site_config_file()
    site.parent.mkdir()
    site.write_text("[district\n", encoding="utf-8")
    with pytest.raises(ConfigInvalid):
        load_deployment()


def test_minimal_config_gets_defaults(tmp_path: Path) -> None:
    config = load_deployment(write(tmp_path, MINIMAL))
    assert config.state == "NW"
    assert config.municipality("09999002").rhine_side == ""
    team = config.team(1)
    assert team is not None and team.sync_policy == "full" and team.since is None
    assert team.municipalities == ("09999001", "09999002")
    assert config.policy.autolock_minutes_default == 10
    assert config.coordinators == ()


# --- clear errors --------------------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigInvalid) as info:
        load_deployment(tmp_path / "absent.toml")
    assert "absent.toml" in info.value.message()


def test_syntax_error_names_the_line(tmp_path: Path) -> None:
    text = MINIMAL.replace('key = "09999"', 'key = "09999')
    message = invalid(tmp_path, text)
    assert "Zeile 4, Spalte" in message  # tomllib's "(at line 4, column …)" in German
    assert "TOML-Syntaxfehler" in message
    assert "at line" not in message


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "deployment.toml"
    path.write_bytes(MINIMAL.replace("Erstdorf", "Ärstdorf").encode("latin-1"))
    with pytest.raises(ConfigInvalid) as info:
        load_deployment(path)
    assert "UTF-8" in info.value.message()


@pytest.mark.parametrize(("change", "key"), [
    (lambda t: t.replace('key = "09999"', "key = 9999"), "district.key"),
    (lambda t: t + "\n[policy]\nbackup_keep = \"sieben\"\n", "policy.backup_keep"),
    (lambda t: t + "\n[policy]\nautolock_minutes_max = true\n", "policy.autolock_minutes_max"),
    (lambda t: t.replace("number = 1", 'number = "1"'), "teams[0].number"),
    (lambda t: t.replace('ags = "09999002"', "ags = 9999002"), "municipalities[1].ags"),
    (lambda t: t.replace('ags = "09999002"', 'ags = "0999900"'), "municipalities[1].ags"),
    (lambda t: t.replace('kind = "Stadt"', 'kind = "Dorf"'), "municipalities[1].kind"),
    (lambda t: t.replace('rhine_side = "links"', 'rhine_side = "oben"'), "municipalities[0].rhine_side"),
    (lambda t: t.replace('municipalities = ["Erstdorf", "Zweitstadt"]', 'municipalities = "Erstdorf"'),
     "teams[0].municipalities"),
], ids=["district-key", "policy-int", "policy-bool", "team-number", "ags-type", "ags-digits", "kind", "side",
        "team-list"])
def test_wrong_type_names_the_key(tmp_path: Path, change, key: str) -> None:  # type: ignore[no-untyped-def]
    message = invalid(tmp_path, change(MINIMAL))
    assert f"'{key}'" in message


def test_unknown_municipality_in_team(tmp_path: Path) -> None:
    message = invalid(tmp_path, MINIMAL.replace('["Erstdorf", "Zweitstadt"]', '["Erstdorf", "Drittheim"]'))
    assert "teams[0].municipalities" in message
    assert "Drittheim" in message


def test_unknown_top_level_key(tmp_path: Path) -> None:
    message = invalid(tmp_path, "colour = \"blue\"\n" + MINIMAL)
    assert "'colour'" in message


def test_unknown_policy_key(tmp_path: Path) -> None:
    message = invalid(tmp_path, MINIMAL + "\n[policy]\nautolock_minuten = 5\n")
    assert "policy.autolock_minuten" in message


@pytest.mark.parametrize(("text", "key"), [
    (MINIMAL.replace("[district]\n", "[district]\n").replace('name = "Testkreis"\n', ""), "district.name"),
    (MINIMAL + '\n[[teams]]\nnumber = 1\nmunicipalities = ["Erstdorf"]\n', "teams[1].number"),
    (MINIMAL.replace('name = "Zweitstadt"', 'name = "Erstdorf"'), "municipalities[1].name"),
    (MINIMAL + '\n[policy]\nautolock_minutes_min = 20\nautolock_minutes_max = 5\n',
     "policy.autolock_minutes_*"),
    (MINIMAL + '\n[policy]\nbackup_keep = 0\n', "policy.backup_keep"),
    (MINIMAL + '\n[policy]\nrecovery_recipient = "ssh-ed25519 AAAA"\n', "policy.recovery_recipient"),
    (MINIMAL.replace("[[teams]]\nnumber = 1", '[[teams]]\nnumber = 1\nsync_policy = "some"'),
     "teams[0].sync_policy"),
    (MINIMAL + '\n[[coordinators]]\nname = "K"\nage_recipient = "nope"\n', "coordinators[0].age_recipient"),
], ids=["missing-name", "team-twice", "municipality-twice", "autolock-order", "keep-zero", "recipient",
        "sync-policy", "coordinator-key"])
def test_invalid_values_name_the_key(tmp_path: Path, text: str, key: str) -> None:
    assert f"'{key}'" in invalid(tmp_path, text)


def test_no_municipalities(tmp_path: Path) -> None:
    assert "'municipalities'" in invalid(tmp_path, 'municipalities = []\n[district]\nname = "X"\nkey = "1"\n')


def test_coordinators_are_read(tmp_path: Path) -> None:
    import pyrage

    recipient = str(pyrage.x25519.Identity.generate().to_public())
    config = load_deployment(write(tmp_path, MINIMAL + f'\n[[coordinators]]\nname = "Koordination"\n'
                                               f'age_recipient = "{recipient}"\n'))
    assert [(c.name, c.age_recipient) for c in config.coordinators] == [("Koordination", recipient)]


# --- lines, real key checks, bounds (issue 9) ------------------------------------------------------


def recipient() -> str:
    import pyrage

    return str(pyrage.x25519.Identity.generate().to_public())


def signing_key() -> str:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from kim_desktop.sync.keys import signing_key_text

    return signing_key_text(Ed25519PrivateKey.generate().public_key())


THREE_TEAMS = MINIMAL.replace('["Erstdorf", "Zweitstadt"]', '["Erstdorf"]') + """
[[teams]]
number = 2
municipalities = ["Zweitstadt"]

[[teams]]
number = 3
municipalities = []
employer = "Stadt Drittheim"
sync_policy = "halb"
"""


def line_of(text: str, fragment: str, occurrence: int = 1) -> int:
    hits = [n for n, line in enumerate(text.splitlines(), 1) if fragment in line]
    return hits[occurrence - 1]


def test_wrong_value_names_line_and_key(tmp_path: Path) -> None:
    message = invalid(tmp_path, THREE_TEAMS)
    line = line_of(THREE_TEAMS, 'sync_policy = "halb"')
    expected = "Schlüssel 'teams[2].sync_policy': erwartet \"full\" oder \"pseudonymised\""
    assert f"Zeile {line}, {expected}" in message


def test_missing_key_names_its_table_header(tmp_path: Path) -> None:
    text = THREE_TEAMS.replace('sync_policy = "halb"', "").replace("number = 2\n", "")
    message = invalid(tmp_path, text)
    assert f"Zeile {line_of(text, '[[teams]]', 2)}, Schlüssel 'teams[1].number': fehlt" in message


def test_unknown_key_line(tmp_path: Path) -> None:
    text = MINIMAL + "\n[policy]\nbackup_keep = 3\nautolock_minuten = 5\n"
    message = invalid(tmp_path, text)
    assert f"Zeile {line_of(text, 'autolock_minuten')}, Schlüssel 'policy.autolock_minuten'" in message


def test_inline_tables_fall_back_to_the_key(tmp_path: Path) -> None:
    text = MINIMAL.replace("[[teams]]\nnumber = 1\nmunicipalities = [\"Erstdorf\", \"Zweitstadt\"]\n",
                           'teams = [{number = 1, municipalities = ["Erstdorf"], sync_policy = "x"}]\n')
    text = "teams = " + text.split("teams = ")[1] + text.split("teams = ")[0]  # top-level keys first
    message = invalid(tmp_path, text)
    assert "Schlüssel 'teams[0].sync_policy'" in message
    assert "Zeile" not in message


def test_utf8_error_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "deployment.toml"
    path.write_bytes(MINIMAL.replace("Zweitstadt\"\nkind", "Zw\xe4itstadt\"\nkind").encode("latin-1"))
    with pytest.raises(ConfigInvalid) as info:
        load_deployment(path)
    assert f"Zeile {line_of(MINIMAL, 'Zweitstadt')}: keine UTF-8-Textdatei" in info.value.message()


def test_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "deployment.toml"
    path.write_bytes(b"\xef\xbb\xbf" + MINIMAL.encode("utf-8"))
    assert load_deployment(path).district_name == "Testkreis"


@pytest.mark.parametrize(("content", "reason"), [
    (b"", "Datei ist leer"),
    (b"  \n\n", "Datei ist leer"),
    (b"\x7fELF\x02\x01\x01\x00\x00", "Binärdaten"),
    (b"# " + b"x" * 1_100_000 + b"\n", "zu groß"),
    (b"a = " + b"9" * 5000 + b"\n", "Zahl zu lang"),
    (b"a = " + b"[" * 5000 + b"]" * 5000 + b"\n", "zu tief verschachtelt"),
], ids=["empty", "blank", "binary", "huge", "long-int", "deep"])
def test_unreadable_files_give_one_reason(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "deployment.toml"
    path.write_bytes(content)
    with pytest.raises(ConfigInvalid) as info:
        load_deployment(path)
    assert reason in info.value.message()


def test_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigInvalid) as info:
        load_deployment(tmp_path)
    assert "Ordner" in info.value.message()


@pytest.mark.parametrize(("extra", "key"), [
    ("[policy]\nsmall_count_threshold = 101\n", "policy.small_count_threshold"),
    ("[policy]\nretention_years = 31\n", "policy.retention_years"),
    ("[policy]\nbackup_keep = 366\n", "policy.backup_keep"),
    ("[policy]\nautolock_minutes_max = 241\n", "policy.autolock_minutes_*"),
    ("[policy]\nautolock_minutes_min = 0\n", "policy.autolock_minutes_*"),
    ('[policy]\nbackup_location = "backups"\n', "policy.backup_location"),
    ('[policy]\nbackup_location = "$HOME/backups"\n', "policy.backup_location"),
    ('[policy]\nrecovery_recipient = "age1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq"\n',
     "policy.recovery_recipient"),
], ids=["threshold", "retention", "keep", "autolock-4h", "autolock-zero", "relative-backup", "env-backup",
        "bad-recipient-checksum"])
def test_bounds_and_formats(tmp_path: Path, extra: str, key: str) -> None:
    text = MINIMAL + "\n" + extra
    message = invalid(tmp_path, text)
    assert f"Zeile {line_of(text, key.split('.')[1].rstrip('*'))}, Schlüssel '{key}'" in message


def test_largest_allowed_values_pass(tmp_path: Path) -> None:
    text = MINIMAL + ("\n[policy]\nsmall_count_threshold = 100\nretention_years = 30\nbackup_keep = 365\n"
                      "autolock_minutes_max = 240\nbackup_location = \"~/KIM-Sicherungen\"\n"
                      f"recovery_recipient = \"{recipient()}\"\n")
    policy = load_deployment(write(tmp_path, text)).policy
    assert (policy.small_count_threshold, policy.retention_years, policy.backup_keep,
            policy.autolock_minutes_max) == (100, 30, 365, 240)
    assert policy.backup_location == "~/KIM-Sicherungen"  # expanded where used (settings), as before


def test_municipality_in_two_teams(tmp_path: Path) -> None:
    text = THREE_TEAMS.replace('sync_policy = "halb"', "")
    text = text.replace('["Zweitstadt"]', '["Zweitstadt", "Erstdorf"]')
    message = invalid(tmp_path, text)
    assert f"Zeile {line_of(text, 'Erstdorf', 3)}, Schlüssel 'teams[1].municipalities': 'Erstdorf' gehört " \
           "schon zu Team 1" in message


def test_team_number_must_be_positive(tmp_path: Path) -> None:
    message = invalid(tmp_path, MINIMAL.replace("number = 1", "number = 0"))
    assert "'teams[0].number': erwartet eine Teamnummer ≥ 1" in message


def test_states_are_those_of_the_holidays_package() -> None:
    import holidays

    from kim_desktop.config.rules import GERMAN_STATES

    codes = holidays.list_supported_countries()["DE"]
    assert set(GERMAN_STATES) == {c for c in codes if len(c) == 2 and c.isupper()}
    for state in GERMAN_STATES:
        assert holidays.country_holidays("DE", subdiv=state, years=2026)


def test_state_must_be_a_german_state(tmp_path: Path) -> None:
    text = MINIMAL.replace('key = "09999"', 'key = "09999"\nstate = "NRW"')
    message = invalid(tmp_path, text)
    assert f"Zeile {line_of(text, 'state')}, Schlüssel 'district.state'" in message
    assert "NW" in message and "BY" in message
    bavaria = load_deployment(write(tmp_path, text.replace('"NRW"', '"BY"')))
    assert bavaria.state == "BY"


def test_coordinator_keys_are_parsed_not_prefix_checked(tmp_path: Path) -> None:
    good = (f'\n[[coordinators]]\nname = "K"\nage_recipient = "{recipient()}"\n'
            f'signing_key = "{signing_key()}"\n')
    assert load_deployment(write(tmp_path, MINIMAL + good)).coordinators[0].name == "K"
    broken_recipient = good.replace('age_recipient = "age1', 'age_recipient = "age1x')
    assert "'coordinators[0].age_recipient'" in invalid(tmp_path, MINIMAL + broken_recipient)
    short_key = good.replace('signing_key = "ed25519:', 'signing_key = "ed25519:AAAA')
    message = invalid(tmp_path, MINIMAL + short_key)
    line = line_of(MINIMAL + short_key, "signing_key")
    assert f"Zeile {line}, Schlüssel 'coordinators[0].signing_key'" in message
    ssh_key = good.replace("ed25519:", "ssh-ed25519 ")
    assert "'coordinators[0].signing_key'" in invalid(tmp_path, MINIMAL + ssh_key)


def test_team_list_of_non_text(tmp_path: Path) -> None:
    text = MINIMAL.replace('["Erstdorf", "Zweitstadt"]', "[{a = 1}]")
    assert "'teams[0].municipalities'" in invalid(tmp_path, text)


@pytest.mark.parametrize("padding", [" ", "\n", "\t", "  \n"])
@pytest.mark.parametrize(("key", "template"), [
    ("policy.recovery_recipient", '\n[policy]\nrecovery_recipient = "{recipient}"\n'),
    ("coordinators[0].age_recipient",
     '\n[[coordinators]]\nname = "K"\nage_recipient = "{recipient}"\nsigning_key = "{signing}"\n'),
    ("coordinators[0].signing_key",
     '\n[[coordinators]]\nname = "K"\nage_recipient = "{bare_recipient}"\nsigning_key = "{signing}"\n'),
])
def test_padded_keys_are_refused(tmp_path: Path, key: str, template: str, padding: str) -> None:
    """The program uses keys as written; a padded one must fail here, not later in init or export."""
    toml_padding = padding.replace("\n", "\\n").replace("\t", "\\t")  # escapes inside a TOML string
    bare_recipient, bare_signing = recipient(), signing_key()

    def text(pad: str) -> str:
        padded_recipient = pad + bare_recipient + pad
        signing = pad + bare_signing if key.endswith("signing_key") else bare_signing
        return MINIMAL + template.format(recipient=padded_recipient, bare_recipient=bare_recipient,
                                         signing=signing)

    message = invalid(tmp_path, text(toml_padding))
    assert f"Schlüssel '{key}'" in message and "Leerzeichen oder Zeilenumbruch" in message
    assert load_deployment(write(tmp_path, text(""), "clean.toml")).district_name == "Testkreis"


def test_config_rules_do_not_load_sqlalchemy() -> None:
    """The check runs before the unlock dialog; sync.keys would pull in the database layer."""
    import subprocess
    import sys

    code = ("import sys; from kim_desktop.config import deployment, rules, check; "
            "from kim_desktop.sync import key_text; print('sqlalchemy' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_since_must_be_a_date_without_time(tmp_path: Path) -> None:
    text = MINIMAL.replace("[[teams]]\nnumber = 1", "[[teams]]\nnumber = 1\nsince = 2021-10-15T08:00:00")
    message = invalid(tmp_path, text)
    assert "'teams[0].since': erwartet ein Datum (JJJJ-MM-TT)" in message
    team = load_deployment(write(tmp_path, text.replace("T08:00:00", ""), "date.toml")).team(1)
    assert team is not None and team.since == dt.date(2021, 10, 15)


@pytest.mark.parametrize(("value", "valid"), [(1, False), (2, False), (3, True)])
def test_small_count_threshold_is_at_least_three(tmp_path: Path, value: int, valid: bool) -> None:
    text = MINIMAL + f"\n[policy]\nsmall_count_threshold = {value}\n"
    if valid:
        assert load_deployment(write(tmp_path, text)).policy.small_count_threshold == value
    else:
        assert "erwartet eine Zahl von 3 bis 100, nicht " + str(value) in invalid(tmp_path, text)


def test_deb_ships_the_preset_where_the_program_reads_it() -> None:
    from tests.packaging.scripts import load

    preset = Path("/") / load("debian").PRESET_PATH
    assert preset == paths.UNIX_SITE_CONFIG_DIR / paths.SITE_CONFIG_NAME
