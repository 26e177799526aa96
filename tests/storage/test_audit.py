"""The hash-chained audit log: every removal or alteration shows, and `kim-desktop check` says so."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from kim_desktop.storage import audit
from kim_desktop.storage.check import check_vault
from kim_desktop.storage.kdf import INSECURE_TEST_KDF_ENV
from kim_desktop.storage.schema import AuditEntry
from kim_desktop.storage.vault import Vault

PASSWORD = "richtig-geheim-42"  # the password of conftest's `vault` fixture


def run_check(path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env[INSECURE_TEST_KDF_ENV] = "1"
    return subprocess.run([sys.executable, "-m", "kim_desktop", "check", "--vault", str(path),
                           "--password-stdin"],
                          input=PASSWORD + "\n", capture_output=True, text=True, env=env, timeout=60)


def chain(vault: Vault) -> audit.ChainReport:
    with vault.reader() as session:
        return audit.verify_chain(session)


def entries(vault: Vault) -> list[AuditEntry]:
    with vault.reader() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.seq)))


@pytest.fixture
def busy_vault(vault: Vault) -> Vault:
    """A vault with a few actions of different kinds behind it."""
    vault.update_profile(display_name="Erste Änderung")
    for _ in range(3):
        vault.audit("case.viewed", record_type="case", record_id=str(uuid.uuid4()))
    vault.update_profile(municipalities=("05382048",))
    vault.audit("export.created")
    return vault


def raw_sql(vault: Vault, statement: str) -> None:
    conn = vault.raw_connection()
    try:
        conn.execute(statement)
    finally:
        conn.close()


def test_chain_is_intact_after_actions(busy_vault: Vault) -> None:
    report = chain(busy_vault)
    assert report.ok, report.problems
    assert report.entries == 7
    rows = entries(busy_vault)
    assert [r.seq for r in rows] == list(range(1, 8))
    assert rows[0].action == "vault.created" and rows[0].prev_hash == audit.GENESIS
    for earlier, later in zip(rows, rows[1:], strict=False):
        assert later.prev_hash == earlier.entry_hash
    assert all(r.device_id == busy_vault.profile.device_id for r in rows)
    assert all(r.actor_role == "case-manager" for r in rows)
    assert all(r.at.tzinfo is not None for r in rows)


def test_entries_never_hold_field_values(vault: Vault) -> None:
    marker = "Marker-" + uuid.uuid4().hex
    vault.update_profile(display_name=marker)
    conn = vault.raw_connection()
    try:
        rows = conn.execute("SELECT * FROM audit_log").fetchall()
    finally:
        conn.close()
    assert rows
    assert not any(marker in str(value) for row in rows for value in row)


def test_audit_entry_rolls_back_with_its_transaction(vault: Vault) -> None:
    before = len(entries(vault))

    class Boom(Exception):
        pass

    with pytest.raises(Boom):
        with vault.transaction() as session:
            audit.record(session, "will.vanish")
            session.flush()
            raise Boom
    assert len(entries(vault)) == before
    assert chain(vault).ok


def test_altered_action_is_detected(busy_vault: Vault) -> None:
    raw_sql(busy_vault, "UPDATE audit_log SET action = 'case.created' WHERE seq = 3")
    report = chain(busy_vault)
    assert not report.ok
    assert any("3" in p.text() for p in report.problems)


def test_altered_entry_with_recomputed_hash_breaks_the_link(busy_vault: Vault) -> None:
    rows = entries(busy_vault)
    forged = rows[2]
    forged.action = "case.created"
    new_hash = audit._entry_hash(forged)
    raw_sql(busy_vault,
            f"UPDATE audit_log SET action = 'case.created', entry_hash = '{new_hash}' WHERE seq = 3")
    report = chain(busy_vault)
    assert not report.ok
    assert any("4" in p.text() for p in report.problems)  # the next entry no longer links


def test_deleted_middle_entry_is_detected(busy_vault: Vault) -> None:
    raw_sql(busy_vault, "DELETE FROM audit_log WHERE seq = 4")
    report = chain(busy_vault)
    assert not report.ok
    assert report.entries == 6
    assert any("4" in p.text() for p in report.problems)


def test_deleted_last_entry_is_detected(busy_vault: Vault) -> None:
    raw_sql(busy_vault, "DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)")
    report = chain(busy_vault)
    assert not report.ok
    assert report.entries == 6


def test_altered_timestamp_is_detected(busy_vault: Vault) -> None:
    raw_sql(busy_vault, "UPDATE audit_log SET at = '2001-01-01 00:00:00.000000' WHERE seq = 2")
    assert not chain(busy_vault).ok


def test_chain_continues_after_reopen(vault: Vault, vault_path: Path) -> None:
    vault.audit("one")
    vault.close()
    with Vault.open(vault_path, PASSWORD) as reopened:
        reopened.audit("two")
        report = chain(reopened)
        assert report.ok and report.entries == 3


def test_check_reports_chain_problems(busy_vault: Vault) -> None:
    assert check_vault(busy_vault).ok
    raw_sql(busy_vault, "DELETE FROM audit_log WHERE seq = 2")
    report = check_vault(busy_vault)
    assert not report.ok
    assert any(p.text().startswith("Protokoll") for p in report.problems)


def test_cli_check_exit_codes(busy_vault: Vault, vault_path: Path) -> None:
    key = busy_vault.data_key
    busy_vault.close()
    clean = run_check(vault_path)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "Protokollkette: 7 Einträge" in clean.stdout

    from kim_desktop.storage import cipher

    conn = cipher.connect(vault_path, key)
    conn.execute("UPDATE audit_log SET record_type = 'other' WHERE seq = 5")
    conn.close()
    tampered = run_check(vault_path)
    assert tampered.returncode == 1
    assert "FEHLER" in tampered.stdout
    assert "Traceback" not in tampered.stderr


def test_an_emptied_log_is_detected(vault) -> None:  # type: ignore[no-untyped-def]
    conn = vault.raw_connection()
    try:
        conn.execute("DELETE FROM audit_log")
        conn.execute("DELETE FROM local_state WHERE key = 'audit_head'")
    finally:
        conn.close()
    with vault.reader() as session:
        report = audit.verify_chain(session)
    assert not report.ok
