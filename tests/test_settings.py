"""User settings: typed, bounded by IT's policy, robust against a broken file, saved atomically."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from kim_desktop.config.deployment import Deployment, default_file, load_deployment
from kim_desktop.paths import config_dir, default_backup_dir
from kim_desktop.settings import OPTIONS, SETTINGS_FILE, Settings


@pytest.fixture
def deployment() -> Deployment:
    return load_deployment(default_file())


def strict(deployment: Deployment, **policy: object) -> Deployment:
    return dataclasses.replace(deployment, policy=dataclasses.replace(deployment.policy, **policy))


def settings_file(tmp_path: Path, content: object) -> Path:
    path = tmp_path / "settings.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return path


def test_defaults_without_file(deployment: Deployment, tmp_path: Path) -> None:
    settings = Settings(deployment, tmp_path / "absent.json")
    assert settings.get("language") == "system"
    assert settings.get("autolock_minutes") == deployment.policy.autolock_minutes_default == 10
    assert settings.get("backup_keep") == deployment.policy.backup_keep
    assert settings.backup_dir == default_backup_dir()
    assert settings.get("vault_path") == ""
    assert not (tmp_path / "absent.json").exists()  # reading never creates the file


def test_default_location_is_user_config_dir(deployment: Deployment) -> None:
    assert Settings(deployment).path == config_dir() / SETTINGS_FILE


def test_policy_sets_defaults(deployment: Deployment, tmp_path: Path) -> None:
    it = strict(deployment, autolock_minutes_default=5, backup_keep=14,
                backup_location=str(tmp_path / "share"))
    settings = Settings(it, tmp_path / "s.json")
    assert settings.get("autolock_minutes") == 5
    assert settings.get("backup_keep") == 14
    assert settings.backup_dir == tmp_path / "share"


def test_autolock_bounds_come_from_policy(deployment: Deployment, tmp_path: Path) -> None:
    it = strict(deployment, autolock_minutes_min=5, autolock_minutes_default=10, autolock_minutes_max=20)
    settings = Settings(it, tmp_path / "s.json")
    assert settings.bounds("autolock_minutes") == (5, 20)
    for allowed in (5, 12, 20):
        settings.set("autolock_minutes", allowed)
        assert settings.get("autolock_minutes") == allowed
    for refused in (4, 21, 0, -1):
        with pytest.raises(ValueError):
            settings.set("autolock_minutes", refused)
    assert settings.get("autolock_minutes") == 20


def test_stored_value_outside_policy_is_clamped(deployment: Deployment, tmp_path: Path) -> None:
    path = settings_file(tmp_path, {"autolock_minutes": 200})
    it = strict(deployment, autolock_minutes_min=2, autolock_minutes_default=10, autolock_minutes_max=15)
    assert Settings(it, path).get("autolock_minutes") == 15
    path = settings_file(tmp_path, {"autolock_minutes": 1})
    assert Settings(it, path).get("autolock_minutes") == 2


def test_other_int_bounds(deployment: Deployment, tmp_path: Path) -> None:
    settings = Settings(deployment, tmp_path / "s.json")
    low, high = settings.bounds("backup_keep")
    assert low == OPTIONS["backup_keep"].minimum == 1
    with pytest.raises(ValueError):
        settings.set("backup_keep", 0)
    with pytest.raises(ValueError):
        settings.set("backup_keep", high + 1)
    settings.set("backup_keep", 3)
    assert settings.get("backup_keep") == 3


@pytest.mark.parametrize(("key", "value"), [
    ("autolock_minutes", "10"),
    ("autolock_minutes", True),
    ("autolock_minutes", 7.5),
    ("language", "fr"),
    ("language", 1),
    ("backup_dir", 42),
])
def test_set_refuses_wrong_types_and_choices(deployment: Deployment, tmp_path: Path, key: str,
                                             value: object) -> None:
    settings = Settings(deployment, tmp_path / "s.json")
    before = settings.get(key)
    with pytest.raises(ValueError):
        settings.set(key, value)
    assert settings.get(key) == before


def test_unknown_key_is_refused(deployment: Deployment, tmp_path: Path) -> None:
    with pytest.raises(KeyError):
        Settings(deployment, tmp_path / "s.json").set("password", "geheim")


@pytest.mark.parametrize("content", ["{ not json", "", "[1, 2]", "null", '"text"', "\x00\x01"])
def test_broken_file_is_ignored(deployment: Deployment, tmp_path: Path, content: str) -> None:
    settings = Settings(deployment, settings_file(tmp_path, content))
    assert settings.get("language") == "system"
    assert settings.get("autolock_minutes") == 10


def test_binary_file_is_ignored(deployment: Deployment, tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b"\xff\xfe\x00\x00garbage")
    assert Settings(deployment, path).get("backup_keep") == deployment.policy.backup_keep


def test_invalid_values_are_ignored_one_by_one(deployment: Deployment, tmp_path: Path) -> None:
    path = settings_file(tmp_path, {"language": "fr", "autolock_minutes": "ten", "backup_keep": 3,
                                    "unknown_option": 1, "backup_dir": ["x"],
                                    "vault_path": "/data/v.kimvault"})
    settings = Settings(deployment, path)
    assert settings.get("language") == "system"
    assert settings.get("autolock_minutes") == 10
    assert settings.get("backup_keep") == 3
    assert settings.backup_dir == default_backup_dir()
    assert settings.get("vault_path") == "/data/v.kimvault"


def test_save_and_reload(deployment: Deployment, tmp_path: Path) -> None:
    path = tmp_path / "nested" / "settings.json"
    settings = Settings(deployment, path)
    settings.set("language", "en")
    settings.set("autolock_minutes", 25)
    settings.set("backup_dir", str(tmp_path / "bk"))
    settings.set("backup_keep", 4)
    settings.set("vault_path", str(tmp_path / "v.kimvault"))
    settings.save()
    assert path.is_file()
    assert not path.with_name(path.name + ".tmp").exists()
    reloaded = Settings(deployment, path)
    for key in OPTIONS:
        assert reloaded.get(key) == settings.get(key), key
    assert reloaded.backup_dir == tmp_path / "bk"
    assert json.loads(path.read_text(encoding="utf-8")) == {
        "language": "en", "autolock_minutes": 25, "backup_dir": str(tmp_path / "bk"), "backup_keep": 4,
        "vault_path": str(tmp_path / "v.kimvault")}


def test_only_changed_values_are_saved(deployment: Deployment, tmp_path: Path) -> None:
    """Defaults stay unsaved, so that a new IT policy default reaches users who never chose."""
    path = tmp_path / "settings.json"
    settings = Settings(deployment, path)
    settings.set("language", "de")
    settings.save()
    assert json.loads(path.read_text(encoding="utf-8")) == {"language": "de"}
    it = strict(deployment, autolock_minutes_default=3)
    assert Settings(it, path).get("autolock_minutes") == 3


def test_backup_dir_expands_home(deployment: Deployment, tmp_path: Path) -> None:
    settings = Settings(deployment, tmp_path / "s.json")
    settings.set("backup_dir", "~/Sicherungen")
    assert settings.backup_dir == Path.home() / "Sicherungen"
    assert settings.backup_dir.is_relative_to(tmp_path)  # HOME is isolated by conftest
