"""Schema versions: older vaults are migrated after a backup, newer ones refused untouched."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, select

from kim_desktop.errors import SchemaTooNew
from kim_desktop.paths import envelope_path
from kim_desktop.storage import cipher, migrate
from kim_desktop.storage.check import check_vault
from kim_desktop.storage.schema import AuditEntry
from kim_desktop.storage.tables import metadata
from kim_desktop.storage.vault import Vault

PASSWORD = "richtig-geheim-42"  # the password of conftest's `vault` fixture
INDEX = "ix_audit_log_record_id"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def revision_of(path: Path, key: bytes) -> str:
    conn = cipher.connect(path, key)
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


def indexes(path: Path, key: bytes) -> set[str]:
    conn = cipher.connect(path, key)
    try:
        return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    finally:
        conn.close()


def downgrade_to(vault: Vault, revision: str) -> bytes:
    """Close a freshly made vault and turn it into what that release wrote; returns the data key."""
    from kim_desktop.storage.engine import make_engine

    key = vault.data_key
    vault.close()
    engine = make_engine(vault.path, key, foreign_keys=False)
    try:
        with engine.begin() as conn:
            migrate.downgrade(conn, revision)
    finally:
        engine.dispose()
    return key


def downgrade_to_0001(vault: Vault) -> bytes:
    return downgrade_to(vault, "0001")


def test_revisions_are_linear_and_fresh_vault_is_at_head(vault: Vault) -> None:
    known = migrate.known_revisions()
    assert known[0] == "0001"
    assert len(known) == len(set(known)) >= 2
    assert migrate.head_revision() == known[-1]
    assert revision_of(vault.path, vault.data_key) == migrate.head_revision()
    assert INDEX in indexes(vault.path, vault.data_key)


def test_migrations_build_the_models_schema(tmp_path: Path) -> None:
    """Upgrading an empty database gives exactly the tables and columns the models declare."""
    engine = create_engine(f"sqlite:///{tmp_path / 'plain.db'}")
    try:
        with engine.begin() as conn:
            migrate.upgrade(conn)
        inspector = inspect(engine)
        tables = set(inspector.get_table_names()) - {"alembic_version"}
        assert tables == set(metadata.tables)
        for name, table in metadata.tables.items():
            assert {c["name"] for c in inspector.get_columns(name)} == {c.name for c in table.columns}, name
            declared = {ix.name for ix in table.indexes}
            assert declared <= {ix["name"] for ix in inspector.get_indexes(name)}, name
    finally:
        engine.dispose()


def test_older_vault_is_migrated_after_backup(vault: Vault, tmp_path: Path) -> None:
    profile = vault.profile
    key = downgrade_to_0001(vault)
    assert INDEX not in indexes(vault.path, key)
    backups = tmp_path / "migration-backups"

    with Vault.open(vault.path, PASSWORD, backup_dir=backups) as migrated:
        assert migrated.profile == profile
        with migrated.reader() as session:
            last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
        assert last is not None and last.action == "vault.migrated"
        assert last.record_id == f"0001-{migrate.head_revision()}"
        report = check_vault(migrated)
        assert report.ok, report.problems
    assert revision_of(vault.path, key) == migrate.head_revision()
    assert INDEX in indexes(vault.path, key)

    made = [p for p in backups.iterdir() if p.suffix == ".kimvault"]
    assert len(made) == 1 and "vor-update" in made[0].name
    assert envelope_path(made[0]).is_file()
    # The backup is the state before the update, and opens with the same password.
    assert revision_of(made[0], key) == "0001"
    assert INDEX not in indexes(made[0], key)


def test_vault_at_head_is_not_backed_up_on_open(vault: Vault, tmp_path: Path) -> None:
    vault.close()
    backups = tmp_path / "migration-backups"
    Vault.open(vault.path, PASSWORD, backup_dir=backups).close()
    assert not backups.exists() or list(backups.iterdir()) == []


def test_default_migration_backup_goes_beside_the_vault(vault: Vault) -> None:
    downgrade_to_0001(vault)
    Vault.open(vault.path, PASSWORD).close()
    made = list((vault.path.parent / "backups").glob("*vor-update*.kimvault"))
    assert len(made) == 1


def test_newer_schema_is_refused_and_left_untouched(vault: Vault) -> None:
    key = vault.data_key
    vault.close()
    conn = cipher.connect(vault.path, key)
    try:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    finally:
        conn.close()
    folder = vault.path.parent
    listing = sorted(p.name for p in folder.iterdir())
    before = digest(vault.path), digest(envelope_path(vault.path))

    with pytest.raises(SchemaTooNew) as info:
        Vault.open(vault.path, PASSWORD, backup_dir=folder / "bk")
    assert str(vault.path) in info.value.message()
    assert "unverändert" in info.value.message()

    assert (digest(vault.path), digest(envelope_path(vault.path))) == before
    assert sorted(p.name for p in folder.iterdir()) == listing
    for suffix in ("-wal", "-shm", "-journal"):
        assert not Path(str(vault.path) + suffix).exists()
    # The lock was released: another attempt gets the same clear refusal, not "in use".
    with pytest.raises(SchemaTooNew):
        Vault.open(vault.path, PASSWORD)


def test_newer_schema_is_refused_by_recovery_too(vault_path: Path) -> None:
    import pyrage

    from kim_desktop.domain.roles import Role

    identity = pyrage.x25519.Identity.generate()
    made = Vault.create(vault_path, PASSWORD, role=Role.COORDINATOR, display_name="IT-Test",
                        recovery_recipient=str(identity.to_public()))
    key = made.data_key
    made.close()
    conn = cipher.connect(vault_path, key)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    before = digest(vault_path)
    with pytest.raises(SchemaTooNew):
        Vault.open_with_recovery(vault_path, str(identity))
    assert digest(vault_path) == before


def test_every_revision_downgrades_and_upgrades_again(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'roundtrip.db'}")
    try:
        with engine.begin() as conn:
            migrate.upgrade(conn)
            for older in reversed(migrate.known_revisions()[:-1]):
                migrate.downgrade(conn, older)
                assert migrate.current_revision(conn) == older
            migrate.upgrade(conn)
            assert migrate.current_revision(conn) == migrate.head_revision()
    finally:
        engine.dispose()


def test_a_0002_vault_gains_the_consultation_tables(vault: Vault, tmp_path: Path) -> None:
    downgrade_to(vault, "0002")
    with Vault.open(vault.path, PASSWORD, backup_dir=tmp_path / "bk") as migrated:
        with migrated.engine.connect() as conn:
            names = set(inspect(conn).get_table_names())
    assert {"client", "case_file", "consultation", "case_consent", "case_goal", "case_phase_change"} <= names
