"""The colleague directory: profiles and the coordination's directory merged, the own device left
out on request, names for labels."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, cast

from sqlalchemy import Table, insert

from kim_desktop.domain.roles import Role
from kim_desktop.services.colleagues import Colleague, colleague_name, colleagues
from kim_desktop.storage.local_state import COLLEAGUE_DIRECTORY, set_state, store_colleague_directory
from kim_desktop.storage.schema import VaultProfile
from kim_desktop.storage.vault import Vault

PROFILED = "11111111-1111-4111-8111-111111111111"
LISTED_ONLY = "22222222-2222-4222-8222-222222222222"
LOCKED = "33333333-3333-4333-8333-333333333333"
COORDINATOR = "44444444-4444-4444-8444-444444444444"
TOMBSTONED = "55555555-5555-4555-8555-555555555555"
NAMELESS = "66666666-6666-4666-8666-666666666666"
NOVEMBER = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)


def _profile(vault: Vault, device_id: str, name: str | None, *, role: Role = Role.CASE_MANAGER,
             team: int | None = 1, municipalities: str = "", deleted: bool = False) -> None:
    """An imported profile row of another device (raw insert: the session hook would stamp ours)."""
    with vault.transaction() as session:
        session.execute(insert(cast(Table, VaultProfile.__table__)).values(
            id=uuid.uuid4(), device_id=device_id, revision=1, updated_at=NOVEMBER, deleted=deleted,
            vault_id=str(uuid.uuid4()), role=str(role), display_name=name, team=team,
            municipalities=municipalities, created_at=NOVEMBER))


def _entry(device_id: str, name: str, team: int | None = 2,
           municipalities: tuple[str, ...] = ()) -> dict[str, Any]:
    return {"device_id": device_id, "name": name, "team": team, "municipalities": list(municipalities)}


def _directory(vault: Vault, *entries: dict[str, Any], stamp: list[Any] | None = None) -> bool:
    with vault.transaction() as session:
        return store_colleague_directory(session, stamp or ["2026-11-25T10:00:00Z", 1, COORDINATOR],
                                         list(entries))


def test_a_case_manager_alone_knows_no_colleagues_but_its_own_name(vault: Vault) -> None:
    own = vault.profile.device_id
    with vault.reader() as session:
        assert colleagues(session, exclude_device_id=own) == []
        assert colleague_name(session, own) == "Test Nutzerin"
        assert colleague_name(session, LISTED_ONLY) == ""


def test_profiles_and_directory_are_merged_and_the_profile_wins(vault: Vault) -> None:
    own = vault.profile.device_id
    _profile(vault, PROFILED, "Zora Profilname", team=3, municipalities="05382024,05382008")
    _directory(vault, _entry(PROFILED, "Zora Verzeichnisname", 9, ("05382068",)),
               _entry(LISTED_ONLY, "Bettina Nurverzeichnis", 2, ("05382008",)),
               _entry(own, "Test Nutzerin (Verzeichnis)", 1))
    with vault.reader() as session:
        found = colleagues(session, exclude_device_id=own)
        assert colleague_name(session, PROFILED) == "Zora Profilname"
        assert colleague_name(session, own) == "Test Nutzerin"  # own profile beats the directory too
    assert found == [
        Colleague(LISTED_ONLY, "Bettina Nurverzeichnis", 2, ("05382008",)),
        Colleague(PROFILED, "Zora Profilname", 3, ("05382024", "05382008")),
    ]


def test_without_exclusion_the_own_device_is_listed_too(vault: Vault) -> None:
    own = vault.profile.device_id
    _directory(vault, _entry(LISTED_ONLY, "Bettina Nurverzeichnis"))
    with vault.transaction() as session:  # the district view labels every device, the own one included
        assert {c.device_id for c in colleagues(session)} == {own, LISTED_ONLY}
        assert [c.device_id for c in colleagues(session, exclude_device_id=own)] == [LISTED_ONLY]


def test_coordinators_tombstones_and_nameless_profiles_are_not_listed(vault: Vault) -> None:
    own = vault.profile.device_id
    _profile(vault, COORDINATOR, "Koordination Kreis", role=Role.COORDINATOR, team=None)
    _profile(vault, TOMBSTONED, None, deleted=True)
    _profile(vault, NAMELESS, "   ")
    _profile(vault, PROFILED, "Zora Profilname")
    with vault.reader() as session:
        assert [c.name for c in colleagues(session, exclude_device_id=own)] == ["Zora Profilname"]
        assert colleague_name(session, COORDINATOR) == ""
        assert colleague_name(session, NAMELESS) == ""


def test_sorted_by_name_ignoring_case(vault: Vault) -> None:
    _directory(vault, _entry(PROFILED, "dora klein"), _entry(LISTED_ONLY, "Berta Groß"),
               _entry(LOCKED, "Clara Mitte"))
    with vault.reader() as session:
        names = [c.name for c in colleagues(session, exclude_device_id=vault.profile.device_id)]
    assert names == ["Berta Groß", "Clara Mitte", "dora klein"]


def test_a_later_directory_replaces_an_earlier_one_in_any_order(vault: Vault) -> None:
    early = ["2026-11-20T08:00:00Z", 3, COORDINATOR]
    late = ["2026-11-25T08:00:00Z", 4, COORDINATOR]
    assert _directory(vault, _entry(LISTED_ONLY, "Name Neu"), stamp=late)
    assert not _directory(vault, _entry(LISTED_ONLY, "Name Alt"), _entry(PROFILED, "Weg"), stamp=early)
    with vault.reader() as session:
        names = [c.name for c in colleagues(session, exclude_device_id=vault.profile.device_id)]
    assert names == ["Name Neu"]


def test_an_unreadable_stored_directory_is_no_directory(vault: Vault) -> None:
    with vault.transaction() as session:
        set_state(session, COLLEAGUE_DIRECTORY, "{kaputt")
    with vault.reader() as session:
        assert colleagues(session, exclude_device_id=vault.profile.device_id) == []
    with vault.transaction() as session:
        set_state(session, COLLEAGUE_DIRECTORY,
                  '{"stamp": [], "entries": [7, {"device_id": 5}, {"device_id": "x", "name": "Ina Form",'
                  ' "team": "1", "municipalities": "05382024"}]}')
    with vault.reader() as session:
        found = colleagues(session, exclude_device_id=vault.profile.device_id)
    assert found == [Colleague("x", "Ina Form", None, ())]
