"""The SyncedRecord mixin on a model of its own (not the program's Base), in in-memory SQLite."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from kim_desktop.storage.schema import DEVICE_KEY, Base, SyncedRecord, UtcDateTime, VaultProfile

DEVICE = "11111111-2222-4333-8444-555555555555"
OTHER_DEVICE = "99999999-8888-4777-8666-555555555555"


class TestBase(DeclarativeBase):
    __test__ = False  # not a pytest test class


class Note(SyncedRecord, TestBase):
    __tablename__ = "note"
    __personal_columns__ = ("client_name", "text")

    client_name: Mapped[str | None] = mapped_column(String(100))
    text: Mapped[str | None] = mapped_column(String(1000))
    topic: Mapped[str] = mapped_column(String(50))


class Plain(TestBase):
    """A table without the mixin: the session hook leaves it alone."""

    __tablename__ = "plain"
    key: Mapped[str] = mapped_column(String(10), primary_key=True)


@pytest.fixture
def engine() -> Iterator[Engine]:
    eng = create_engine("sqlite://")
    TestBase.metadata.create_all(eng)
    yield eng
    eng.dispose()


def session(engine: Engine, device: str | None = DEVICE) -> Session:
    return Session(engine, info={DEVICE_KEY: device} if device else {}, expire_on_commit=False)


def add_note(engine: Engine) -> uuid.UUID:
    with session(engine) as s, s.begin():
        note = Note(client_name="Mehmet Yılmaz", text="Termin beim Jobcenter", topic="Arbeit")
        s.add(note)
    return note.id


def load(engine: Engine, note_id: uuid.UUID) -> Note:
    with Session(engine) as s:
        note = s.get(Note, note_id)
        assert note is not None
        s.expunge(note)
        return note


def test_model_is_not_on_the_programs_metadata() -> None:
    assert "note" not in Base.metadata.tables
    assert "note" in TestBase.metadata.tables


def test_insert_stamps_id_device_revision_time(engine: Engine) -> None:
    before = dt.datetime.now(dt.UTC)
    note_id = add_note(engine)
    after = dt.datetime.now(dt.UTC)
    assert isinstance(note_id, uuid.UUID) and note_id.version == 4
    note = load(engine, note_id)
    assert note.device_id == DEVICE
    assert note.revision == 1
    assert note.deleted is False
    assert note.updated_at.tzinfo is not None and note.updated_at.utcoffset() == dt.timedelta(0)
    assert before - dt.timedelta(milliseconds=1) <= note.updated_at <= after + dt.timedelta(milliseconds=1)


def test_ids_are_unique(engine: Engine) -> None:
    ids = {add_note(engine) for _ in range(20)}
    assert len(ids) == 20


def test_update_bumps_revision_and_takes_over_device(engine: Engine) -> None:
    note_id = add_note(engine)
    first = load(engine, note_id)
    with session(engine, OTHER_DEVICE) as s, s.begin():
        note = s.get(Note, note_id)
        assert note is not None
        note.topic = "Wohnen"
    second = load(engine, note_id)
    assert second.revision == 2
    assert second.device_id == OTHER_DEVICE
    assert second.updated_at >= first.updated_at
    with session(engine) as s, s.begin():
        note = s.get(Note, note_id)
        assert note is not None
        note.topic = "Sprache"
    assert load(engine, note_id).revision == 3


def test_unchanged_row_keeps_its_revision(engine: Engine) -> None:
    note_id = add_note(engine)
    with session(engine) as s, s.begin():
        note = s.get(Note, note_id)
        assert note is not None
        note.topic = note.topic  # same value: not a change
    assert load(engine, note_id).revision == 1


def test_tombstone_clears_personal_columns(engine: Engine) -> None:
    note_id = add_note(engine)
    with session(engine) as s, s.begin():
        note = s.get(Note, note_id)
        assert note is not None
        note.tombstone()
    gone = load(engine, note_id)
    assert gone.deleted is True
    assert gone.client_name is None and gone.text is None
    assert gone.topic == "Arbeit"  # statistical columns stay
    assert gone.revision == 2
    with Session(engine) as s:
        assert s.scalar(select(Note.id).where(Note.id == note_id)) == note_id  # the row is still there


def test_delete_is_refused(engine: Engine) -> None:
    note_id = add_note(engine)
    with session(engine) as s:
        note = s.get(Note, note_id)
        s.delete(note)
        with pytest.raises(TypeError, match="tombstone"):
            s.flush()
        s.rollback()
    assert load(engine, note_id).deleted is False


def test_session_without_device_id_is_refused(engine: Engine) -> None:
    with session(engine, device=None) as s:
        s.add(Note(topic="Arbeit"))
        with pytest.raises(RuntimeError):
            s.flush()
        s.rollback()
    note_id = add_note(engine)
    with session(engine, device=None) as s:
        note = s.get(Note, note_id)
        assert note is not None
        note.topic = "anders"
        with pytest.raises(RuntimeError):
            s.flush()
        s.rollback()
    with Session(engine) as s:
        assert s.scalars(select(Note)).all()[0].topic == "Arbeit"


def test_other_tables_are_left_alone(engine: Engine) -> None:
    with Session(engine) as s, s.begin():  # no device id needed for tables without the mixin
        s.add(Plain(key="a"))
    with Session(engine) as s:
        obj = s.get(Plain, "a")
        s.delete(obj)
        s.commit()
        assert s.get(Plain, "a") is None


def test_caller_cannot_forge_revision_or_device(engine: Engine) -> None:
    with session(engine) as s, s.begin():
        note = Note(topic="Arbeit", revision=41, device_id=OTHER_DEVICE)
        s.add(note)
    stored = load(engine, note.id)
    assert stored.revision == 1 and stored.device_id == DEVICE


def test_utc_datetime_refuses_naive_values() -> None:
    column = UtcDateTime()
    with pytest.raises(ValueError):
        column.process_bind_param(dt.datetime(2026, 1, 1, 12, 0), None)
    berlin = dt.timezone(dt.timedelta(hours=1))
    stored = column.process_bind_param(dt.datetime(2026, 1, 1, 12, 0, tzinfo=berlin), None)
    assert stored == dt.datetime(2026, 1, 1, 11, 0)
    assert column.process_result_value(stored, None) == dt.datetime(2026, 1, 1, 11, 0, tzinfo=dt.UTC)


def test_vault_profile_is_a_synced_record(vault) -> None:  # type: ignore[no-untyped-def]
    assert issubclass(VaultProfile, SyncedRecord)
    vault.update_profile(display_name="Neuer Name")
    with vault.reader() as s:
        row = s.scalars(select(VaultProfile)).one()
    assert row.revision == 2
    assert row.device_id == vault.profile.device_id
    assert row.updated_at.tzinfo is not None
