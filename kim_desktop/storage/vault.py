"""The vault: one SQLCipher file plus its key envelope, opened by one process at a time.

create() and open() are the only ways in; both hold the vault's lock file until close().
"""

from __future__ import annotations

import logging
import errno
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path

import filelock
import sqlcipher3
from sqlalchemy import Engine, select
from sqlalchemy.exc import DatabaseError, MultipleResultsFound, OperationalError
from sqlalchemy.orm import Session

from kim_desktop.domain.password_policy import check_password
from kim_desktop.domain.roles import Role
from kim_desktop.errors import (
    InterruptedPasswordChange,
    PasswordRejected,
    RecoveryUnavailable,
    SchemaTooNew,
    StorageFull,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    VaultBusy,
    VaultLocked,
    VaultNotWritable,
    VaultNotFound,
    WrongPassword,
)
from kim_desktop.paths import envelope_path, lock_path
from kim_desktop.storage import audit, cipher, migrate
from kim_desktop.storage.atomic import fsync_dir, restrict_to_owner
from kim_desktop.storage.engine import WRITE_OPTION, make_engine
from kim_desktop.storage.envelope import (
    Envelope,
    read_envelope,
    recover_data_key,
    recovery_copy,
    unwrap,
    wrap,
    write_envelope,
)
from kim_desktop.storage.kdf import KEY_BYTES
from kim_desktop.storage.local_state import get_state, set_state
from kim_desktop.storage.schema import DEVICE_KEY, VaultProfile

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ProfileInfo:
    """What the rest of the program needs to know about the vault's owner, detached from the ORM."""

    vault_id: str
    device_id: str
    role: Role
    display_name: str
    team: int | None
    municipalities: tuple[str, ...]

    @classmethod
    def of(cls, row: VaultProfile) -> ProfileInfo:
        return cls(vault_id=row.vault_id, device_id=row.device_id, role=Role(row.role),
                   display_name=row.display_name or "", team=row.team,
                   municipalities=tuple(row.municipality_keys))


def _acquire_lock(path: Path) -> filelock.BaseFileLock:
    # thread_local=False: the GUI opens in a worker thread and closes in the main thread.
    lock = filelock.FileLock(lock_path(path), timeout=0, thread_local=False, mode=0o600)
    try:
        lock.acquire()
    except filelock.Timeout:
        raise VaultInUse(path=path) from None
    except OSError as exc:
        raise VaultNotWritable(path=path.parent, reason=exc.strerror or type(exc).__name__) from None
    return lock


def _is_disk_full(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "disk is full" in text or "no space" in text or getattr(exc, "errno", None) in (errno.ENOSPC,
                                                                                            errno.EDQUOT)


@contextmanager
def _write_errors_explained() -> Iterator[None]:
    try:
        yield
    except OperationalError as exc:
        if _is_disk_full(exc):
            raise StorageFull(reason="Datenträger voll") from None
        if "locked" in str(exc) or "busy" in str(exc):
            raise VaultBusy() from None
        raise


RECOVERY_STATE = "recovery_recipient"
BULK_CACHE_KIB = 32 * 1024  # SQLite's default page cache is 2 MB


class Vault:
    def __init__(self, path: Path, data_key: bytes, envelope: Envelope, lock: filelock.BaseFileLock) -> None:
        self.path = path
        self._data_key = data_key
        self.envelope = envelope
        self._lock = lock
        self.engine: Engine = make_engine(path, self._current_key)
        self._write_engine = self.engine.execution_options(**{WRITE_OPTION: True})
        try:
            with Session(self.engine) as session:
                # A coordinator's vault also holds the profiles of the laptops it imports from.
                row = session.scalars(select(VaultProfile).where(VaultProfile.vault_id == envelope.vault_id)
                                      ).one_or_none()
        except (DatabaseError, MultipleResultsFound) as exc:
            self.engine.dispose()
            raise VaultDamaged(path=path, reason=f"Profil unlesbar ({exc.__class__.__name__})") from None
        if row is None:
            self.engine.dispose()
            raise VaultDamaged(path=path, reason="die Schlüsseldatei gehört zu einer anderen Datendatei")
        self.profile = ProfileInfo.of(row)

    # --- creating and opening -------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, password: str, *, role: Role, display_name: str, team: int | None = None,
               municipalities: tuple[str, ...] = (), recovery_recipient: str | None = None) -> Vault:
        path = Path(path).absolute()
        problem = check_password(password).problem
        if problem:
            raise PasswordRejected(reason=problem)
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise VaultNotWritable(path=path.parent, reason=exc.strerror or type(exc).__name__) from None
        lock = _acquire_lock(path)
        try:
            if path.exists():
                raise VaultExists(path=path)
            data_key = os.urandom(KEY_BYTES)
            vault_id, device_id = str(uuid.uuid4()), str(uuid.uuid4())
            envelope = Envelope(vault_id, wrap(data_key, password, vault_id),
                                recovery_copy(data_key, recovery_recipient))
            # Built under a temporary name and moved into place last, so that a crash during
            # creation never leaves a half-made vault under the real name.
            staging = path.with_name(path.name + ".creating")
            for leftover in (staging, staging.with_name(staging.name + "-wal")):
                leftover.unlink(missing_ok=True)
            engine = make_engine(staging, data_key, foreign_keys=False)
            try:
                with engine.begin() as conn:
                    migrate.upgrade(conn)
                with Session(engine, info={DEVICE_KEY: device_id, "role": str(role)}) as session, session.begin():
                    profile = VaultProfile(vault_id=vault_id, role=str(role), display_name=display_name,
                                           team=team, municipalities=",".join(municipalities))
                    session.add(profile)
                    session.flush()
                    if recovery_recipient:
                        set_state(session, RECOVERY_STATE, recovery_recipient)
                    audit.record(session, "vault.created", record_type="vault", record_id=vault_id)
            finally:
                engine.dispose()
            write_envelope(envelope_path(path), envelope)
            restrict_to_owner(staging)
            os.replace(staging, path)
            fsync_dir(path.parent)
            cipher.enable_wal(path, data_key)  # before the first pooled connection exists
            vault = cls(path, data_key, envelope, lock)
            log.info("vault %s created (role %s)", vault_id, role)
            return vault
        except OSError as exc:
            lock.release()
            if _is_disk_full(exc):
                raise StorageFull(reason="Datenträger voll") from None
            raise VaultNotWritable(path=path, reason=exc.strerror or type(exc).__name__) from None
        except BaseException:
            lock.release()
            raise

    @classmethod
    def open(cls, path: Path, password: str, *, backup_dir: Path | None = None, migrate: bool = True) -> Vault:
        """migrate=False opens an older file as it is (for `check`), without backup or upgrade."""
        return cls._open(path, lambda envelope: password_candidates(envelope, password), backup_dir, migrate)

    @classmethod
    def open_with_recovery(cls, path: Path, identity_text: str, *,
                           backup_dir: Path | None = None) -> tuple[Vault, bytes]:
        """For IT: open with the recovery identity instead of the password (then set a new one)."""
        vault = cls._open(path, lambda envelope: recovery_candidates(envelope, identity_text), backup_dir, True)
        return vault, vault.data_key

    @classmethod
    def _open(cls, path: Path, candidates: Callable[[Envelope], list[tuple[str, bytes]]],
              backup_dir: Path | None, upgrade: bool) -> Vault:
        path = Path(path).absolute()
        if not path.is_file():
            raise VaultNotFound(path=path)
        # Lock first: another process may be re-keying, and its envelope must be read afterwards.
        lock = _acquire_lock(path)
        try:
            envelope = read_envelope(envelope_path(path))
            data_key, envelope = _settle_key(path, envelope, candidates(envelope))
            known = migrate.known_revisions()
            current = _schema_revision(path, data_key)
            if current not in known:
                # Newer than this program: touch nothing, not even the journal mode.
                raise SchemaTooNew(path=path)
            if current != known[-1] and upgrade:
                _migrate_with_backup(path, data_key, envelope, backup_dir)
            cipher.enable_wal(path, data_key)  # before the first pooled connection exists
            return cls(path, data_key, envelope, lock)
        except BaseException:
            lock.release()
            raise

    def _current_key(self) -> bytes:
        if not self._data_key:
            raise VaultLocked()
        return self._data_key

    @property
    def locked(self) -> bool:
        return not self._data_key

    def lock(self) -> None:
        """Forget the key and close every connection, but keep the file lock: nobody else opens it meanwhile."""
        self.engine.dispose()
        self._data_key = b""

    def unlock(self, password: str) -> None:
        data_key, self.envelope = _settle_key(self.path, self.envelope,
                                              password_candidates(self.envelope, password))
        self._data_key = data_key
        self.audit("vault.unlocked", record_type="vault", record_id=self.profile.vault_id)

    def close(self) -> None:
        """Close every connection and release the lock; the key is dropped with this object."""
        self.engine.dispose()
        self._data_key = b""
        if self._lock.is_locked:
            self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- using ----------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: everything in it commits together or not at all."""
        session = Session(self._write_engine, info={DEVICE_KEY: self.profile.device_id,
                                                    "role": str(self.profile.role)},
                          expire_on_commit=False)
        try:
            with _write_errors_explained(), session.begin():
                yield session
        finally:
            session.close()

    @contextmanager
    def unchecked_writer(self) -> Iterator[Callable[[], AbstractContextManager[Session]]]:
        """Write transactions without foreign-key enforcement, for applying sync packages: the
        records of several packages arrive in any order (a consultation before its case). Yields
        a factory of transactions that share one connection with a larger page cache, so that a
        folder of packages does not pay for a new connection and a cold cache each time."""
        engine = make_engine(self.path, self._current_key, foreign_keys=False)
        writing = engine.execution_options(**{WRITE_OPTION: True})
        info = {DEVICE_KEY: self.profile.device_id, "role": str(self.profile.role)}

        @contextmanager
        def transaction() -> Iterator[Session]:
            session = Session(writing, info=dict(info), expire_on_commit=False)
            try:
                with _write_errors_explained(), session.begin():
                    session.connection().exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
                    yield session
            finally:
                session.close()

        try:
            yield transaction
        finally:
            engine.dispose()

    @contextmanager
    def reader(self) -> Iterator[Session]:
        with Session(self.engine) as session:
            yield session

    def raw_connection(self) -> sqlcipher3.Connection:
        """A keyed DB-API connection outside the pool, for the backup API and re-keying."""
        return cipher.connect(self.path, self._current_key())

    @property
    def data_key(self) -> bytes:
        return self._current_key()

    def update_profile(self, *, display_name: str | None = None, municipalities: tuple[str, ...] | None = None) -> None:
        with self.transaction() as session:
            own = select(VaultProfile).where(VaultProfile.vault_id == self.envelope.vault_id)
            row = session.scalars(own).one()
            if display_name is not None:
                row.display_name = display_name
            if municipalities is not None:
                row.municipalities = ",".join(municipalities)
            session.flush()
            audit.record(session, "profile.changed", record_type="vault_profile", record_id=row.id)
        self.profile = ProfileInfo.of(row)

    def audit(self, action: str, *, record_type: str | None = None, record_id: str | None = None) -> None:
        with self.transaction() as session:
            audit.record(session, action, record_type=record_type, record_id=record_id)

    # --- password ---------------------------------------------------------------------------

    def verify_password(self, password: str) -> bool:
        return unwrap(self.envelope.current, password, self.envelope.vault_id) == self._data_key

    def change_password(self, old_password: str, new_password: str, *, new_key: bool = True,
                        recovery_recipient: str | None = None) -> None:
        if not self.verify_password(old_password):
            raise WrongPassword()
        self.set_password(new_password, new_key=new_key, recovery_recipient=recovery_recipient)

    def set_password(self, new_password: str, *, new_key: bool = True,
                     recovery_recipient: str | None = None) -> None:
        """Re-encrypt the file under a new data key, so that neither the old password nor an old copy
        of the key file opens it any more. new_key=False only re-wraps the data key (instant).

        recovery_recipient is IT's current one; None keeps the one recorded inside the vault
        (never the one in the key file, which anyone with write access could have swapped).
        """
        problem = check_password(new_password).problem
        if problem:
            raise PasswordRejected(reason=problem)
        recipient = recovery_recipient or self._recorded_recipient()
        if new_key:
            from kim_desktop.storage.rekey import rekey  # only this path needs it

            rekey(self, new_password, recipient)
        else:
            envelope = Envelope(self.envelope.vault_id, wrap(self._current_key(), new_password, self.envelope.vault_id),
                                recovery_copy(self._current_key(), recipient))
            write_envelope(envelope_path(self.path), envelope)
            self.envelope = envelope
        with self.transaction() as session:
            if recipient:
                set_state(session, RECOVERY_STATE, recipient)
            audit.record(session, "key.rotated" if new_key else "password.changed", record_type="vault",
                         record_id=self.profile.vault_id)
        log.info("vault %s: password changed (new data key: %s)", self.profile.vault_id, new_key)

    def _recorded_recipient(self) -> str | None:
        with self.reader() as session:
            return get_state(session, RECOVERY_STATE)

    def ensure_idle(self) -> None:
        """Re-keying and moving need every pooled connection back (no reader or writer in flight)."""
        if self.engine.pool.checkedout():  # type: ignore[attr-defined]
            raise VaultBusy()

    def move_to(self, target: Path) -> None:
        """Move the vault and its key file (one unit) to another place, keeping it open."""
        from kim_desktop.storage.backup import snapshot

        target = Path(target).absolute()
        if target.exists() or envelope_path(target).exists():
            raise VaultExists(path=target)
        try:
            target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise VaultNotWritable(path=target.parent, reason=exc.strerror or type(exc).__name__) from None
        self.ensure_idle()
        new_lock = _acquire_lock(target)
        self.engine.dispose()
        partial = target.with_name(target.name + ".moving")
        key = self._current_key()
        try:
            snapshot(self.path, key, partial)
            write_envelope(envelope_path(target), self.envelope)
            os.replace(partial, target)
            fsync_dir(target.parent)
            if not cipher.opens(target, key):
                raise VaultDamaged(path=target, reason="die Kopie lässt sich nicht öffnen")
        except BaseException as exc:
            for leftover in (partial, target, envelope_path(target)):
                leftover.unlink(missing_ok=True)
            new_lock.release()
            if isinstance(exc, OSError):
                raise (StorageFull(reason="Datenträger voll") if _is_disk_full(exc)
                       else VaultNotWritable(path=target, reason=exc.strerror or type(exc).__name__)) from None
            raise
        old = self.path
        self.path, old_lock, self._lock = target, self._lock, new_lock
        self._replace_key(key, self.envelope)
        for leftover in (old, envelope_path(old), old.with_name(old.name + "-wal"), old.with_name(old.name + "-shm")):
            leftover.unlink(missing_ok=True)
        old_lock.release()
        self.audit("vault.moved", record_type="vault", record_id=self.profile.vault_id)
        log.info("vault %s moved", self.profile.vault_id)

    def _replace_key(self, data_key: bytes, envelope: Envelope) -> None:
        self.engine.dispose()
        self._data_key = data_key
        self.envelope = envelope
        self.engine = make_engine(self.path, self._current_key)
        self._write_engine = self.engine.execution_options(**{WRITE_OPTION: True})


def password_candidates(envelope: Envelope, password: str) -> list[tuple[str, bytes]]:
    """The data keys this password unwraps: the current one and, after an interrupted re-key, the pending one."""
    found = []
    for slot, wrapped in (("current", envelope.current), ("pending", envelope.pending)):
        if wrapped is not None and (key := unwrap(wrapped, password, envelope.vault_id)) is not None:
            found.append((slot, key))
    if not found:
        raise WrongPassword()
    return found


def recovery_candidates(envelope: Envelope, identity_text: str) -> list[tuple[str, bytes]]:
    found = [("current", recover_data_key(envelope.recovery, identity_text))]
    if envelope.pending_recovery is not None:
        try:
            found.append(("pending", recover_data_key(envelope.pending_recovery, identity_text)))
        except RecoveryUnavailable:
            pass
    return found


def _settle_key(path: Path, envelope: Envelope, candidates: list[tuple[str, bytes]]) -> tuple[bytes, Envelope]:
    """The candidate key that opens the file; an interrupted re-key is finished or undone on the way."""
    for slot, key in candidates:
        if not cipher.opens(path, key):
            continue
        if envelope.pending is not None:
            envelope = envelope.pending_committed() if slot == "pending" else envelope.pending_dropped()
            write_envelope(envelope_path(path), envelope)
        return key, envelope
    if envelope.pending is not None:
        raise InterruptedPasswordChange()
    raise VaultDamaged(path=path, reason="der Schlüssel passt, die Datei lässt sich aber nicht lesen")


def _schema_revision(path: Path, data_key: bytes) -> str | None:
    conn = cipher.connect(path, data_key)
    try:
        has_table = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()[0]
        if not has_table:
            raise VaultDamaged(path=path, reason="keine Versionsangabe")
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except (sqlite3.DatabaseError, sqlcipher3.DatabaseError) as exc:
        raise VaultDamaged(path=path, reason=str(exc)) from None
    finally:
        conn.close()


def _migrate_with_backup(path: Path, data_key: bytes, envelope: Envelope, backup_dir: Path | None) -> None:
    from kim_desktop.storage.backup import backup_file

    backup = backup_file(path, data_key, envelope, backup_dir or path.parent / "backups", reason="vor-update")
    log.info("vault %s: backup %s before migration", envelope.vault_id, backup.name)
    engine = make_engine(path, data_key, foreign_keys=False)
    try:
        with engine.begin() as conn:
            before = migrate.current_revision(conn)
            migrate.upgrade(conn)
            after = migrate.current_revision(conn)
            if conn.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                raise VaultDamaged(path=path, reason="Fremdschlüssel nach der Aktualisierung verletzt")
        with Session(engine.execution_options(**{WRITE_OPTION: True})) as session, session.begin():
            own = select(VaultProfile).where(VaultProfile.vault_id == envelope.vault_id)
            profile = session.scalars(own).one()
            device, role = profile.device_id, profile.role
            session.info.update({DEVICE_KEY: device, "role": role})
            audit.record(session, "vault.migrated", record_type="schema", record_id=f"{before}-{after}")
    finally:
        engine.dispose()
