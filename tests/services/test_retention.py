"""Retention: who is due, and that deleting leaves no trace of the data in the file.

The file check decrypts the SQLCipher 4 database page by page with the vault's raw data key
(AES-256-CBC; 4096-byte pages, the last 80 bytes of each are the IV and the HMAC; page 1 starts
with the 16-byte salt) and looks for marker strings written into every personal field.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sqlalchemy import select

from kim_desktop.domain.case_cycle import Phase
from kim_desktop.domain.consent import Consent
from kim_desktop.errors import RecordNotFound, RetentionNotDue
from kim_desktop.services import cases, clients, consultations, schedules
from kim_desktop.services.retention import (
    DELETED_ACTION,
    ERASED_DATE,
    delete_client_data,
    delete_clients_data,
    due_for_deletion,
)
from kim_desktop.storage.consultation_tables import (
    Case,
    CaseConsent,
    CaseGoal,
    CasePhaseChange,
    Client,
    Consultation,
)
from kim_desktop.storage.schedule_tables import Appointment
from kim_desktop.storage.schema import AuditEntry
from kim_desktop.storage.vault import Vault
from tests.conftest import PASSWORD

PAGE_SIZE = 4096
RESERVE = 80  # 16-byte IV + 64-byte HMAC-SHA512 at the end of every page
SALT = 16
WAL_HEADER, FRAME_HEADER = 32, 24
KÖNIGSWINTER = "05382024"
CREATED = dt.date(2026, 11, 25)  # the day the records are entered
TODAY = dt.date(2026, 11, 25)
YEARS = 3


# --- decrypting the file ----------------------------------------------------------------------


def decrypt_page(page: bytes, key: bytes, first: bool) -> bytes:
    start = SALT if first else 0
    iv = page[PAGE_SIZE - RESERVE:PAGE_SIZE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return bytes(start) + decryptor.update(page[start:PAGE_SIZE - RESERVE]) + decryptor.finalize()


def decrypt_database(path: Path, key: bytes) -> bytes:
    data = path.read_bytes()
    assert len(data) % PAGE_SIZE == 0
    return b"".join(decrypt_page(data[n:n + PAGE_SIZE], key, n == 0) for n in range(0, len(data), PAGE_SIZE))


def decrypt_wal(path: Path, key: bytes) -> bytes:
    """Every frame's page; empty when there is no log."""
    if not path.exists():
        return b""
    data = path.read_bytes()
    pages = []
    offset = WAL_HEADER
    while offset + FRAME_HEADER + PAGE_SIZE <= len(data):
        page_number = int.from_bytes(data[offset:offset + 4], "big")
        page = data[offset + FRAME_HEADER:offset + FRAME_HEADER + PAGE_SIZE]
        pages.append(decrypt_page(page, key, page_number == 1))
        offset += FRAME_HEADER + PAGE_SIZE
    return b"".join(pages)


def decrypt_journal(path: Path, key: bytes) -> bytes:
    """A rollback journal: a header padded to the sector size, then records of page number, page
    and checksum. In WAL mode SQLite writes none; a re-key would."""
    if not path.exists():
        return b""
    data = path.read_bytes()
    offset = int.from_bytes(data[20:24], "big") or 512 if len(data) >= 28 else len(data)
    pages = []
    while offset + 4 + PAGE_SIZE <= len(data):
        page_number = int.from_bytes(data[offset:offset + 4], "big")
        pages.append(decrypt_page(data[offset + 4:offset + 4 + PAGE_SIZE], key, page_number == 1))
        offset += 4 + PAGE_SIZE + 4
    return b"".join(pages)


def file_texts(path: Path, key: bytes) -> dict[str, bytes]:
    """Plaintext of the database, its log and journal, and the raw bytes of each."""
    wal, journal = path.with_name(path.name + "-wal"), path.with_name(path.name + "-journal")
    texts = {"db": decrypt_database(path, key), "-wal": decrypt_wal(wal, key),
             "-journal": decrypt_journal(journal, key), "db raw": path.read_bytes()}
    for side in (wal, journal):
        if side.exists():
            texts[f"{side.name} raw"] = side.read_bytes()
    return texts


def found(markers: dict[str, str], texts: dict[str, bytes]) -> dict[str, list[str]]:
    """Marker field → the files (decrypted or raw) it shows up in; the full-text index stores words
    in lower case, so both spellings count."""
    hits: dict[str, list[str]] = {}
    for field, marker in markers.items():
        needles = {marker.encode(), marker.lower().encode()}
        where = [name for name, text in texts.items() if any(needle in text for needle in needles)]
        if where:
            hits[field] = where
    return hits


def test_decryption_reads_the_file(vault: Vault) -> None:
    """The check below is only worth something if the decryption is right."""
    key = vault.data_key
    vault.close()
    plain = decrypt_database(vault.path, key)
    assert plain[16:18] == PAGE_SIZE.to_bytes(2, "big") and plain[20] == RESERVE
    assert b"CREATE TABLE client" in plain and b"CREATE TABLE" not in vault.path.read_bytes()
    wrong = decrypt_database(vault.path, bytes(32))
    assert b"CREATE TABLE" not in wrong


# --- making data ------------------------------------------------------------------------------


def make_markers() -> dict[str, str]:
    """One unique word per field; ASCII letters, so the full-text tokenizer keeps each whole."""
    token = uuid.uuid4().hex[:10]
    fields = ("first_name", "last_name", "gender", "nationality", "languages", "client_interpreter",
              "address", "phone", "email", "household", "client_notes", "goal", "scope", "place", "notes",
              "next_steps", "consultation_interpreter", "appointment_note", "appointment_interpreter")
    # Distinct first letters keep the index's prefix compression from splitting a marker.
    return {field: f"{chr(ord('a') + i)}Mk{field.replace('_', '')}{token}" for i, field in enumerate(fields)}


BIRTH_DATE = dt.date(1937, 3, 29)  # the deleted client's: no other date in these tests


def make_client(vault: Vault, markers: dict[str, str], *, closed_on: dt.date | None,
                second_case: bool = False, first_name: str | None = None,
                born: dt.date = dt.date(1990, 5, 17)) -> str:
    client = clients.create_client(vault, clients.ClientInput(
        first_name=first_name or markers["first_name"], last_name=markers["last_name"],
        birth_date=born, nationality=markers["nationality"], languages=markers["languages"],
        interpreter_needed=True, interpreter_language=markers["client_interpreter"],
        address=markers["address"],
        phone=markers["phone"], email=f"{markers['email']}@example.org", household=markers["household"],
        notes=f"Hinweis {markers['client_notes']}"), today=CREATED)
    with vault.transaction() as session:  # gender is a code in the form; any text in the file
        session.get(Client, uuid.UUID(client.id)).gender = markers["gender"]  # type: ignore[union-attr]
    for number in range(2 if second_case else 1):
        opened = dt.date(2020, 1, 10) + dt.timedelta(days=number)
        case_id = cases.open_case(vault, client.id, municipality_ags=KÖNIGSWINTER, opened_on=opened,
                                  today=CREATED)
        cases.save_goal(vault, case_id, f"Ziel {markers['goal']}", today=CREATED)
        cases.add_consent(vault, case_id, Consent("jobcenter", opened, f"Umfang {markers['scope']}"),
                          today=CREATED)
        consultations.save_consultation(vault, consultations.ConsultationInput(
            case_id=case_id, held_on=opened + dt.timedelta(days=7), municipality_ags=KÖNIGSWINTER,
            start_time="09:30", duration_minutes=45, place=f"Rathaus {markers['place']}",
            interpreter_language=markers["consultation_interpreter"], topics=("housing",),
            legal_domains=("sgb-ii",), referrals=("jobcenter",), notes=f"Gespräch {markers['notes']}",
            next_steps=f"Termin {markers['next_steps']}", follow_up_on=opened + dt.timedelta(days=14)),
            today=CREATED)
        # An appointment refers to its case without a foreign key (it may arrive before the case).
        schedules.save_appointment(vault, schedules.AppointmentInput(
            on=opened + dt.timedelta(days=21), start="10:00", duration_minutes=30, case_id=case_id,
            interpreter_language=markers["appointment_interpreter"], note=f"Termin {markers['appointment_note']}"),
            force=True)
        if closed_on is not None:
            cases.change_phase(vault, case_id, Phase.CLOSED, on=closed_on, closing_reason="goals-achieved",
                               today=CREATED)
    return client.id


# The layout migration 0005 creates ("migration": an external-content index over a view of the live
# rows, kept by triggers), none at all (other dialects), and layouts a later migration might choose.
DROP_SEARCH = [
    "DROP TRIGGER IF EXISTS consultation_search_update", "DROP TRIGGER IF EXISTS consultation_search_delete",
    "DROP TRIGGER IF EXISTS consultation_search_insert", "DROP TABLE IF EXISTS consultation_search",
    "DROP VIEW IF EXISTS consultation_search_source",
]
SEARCH_LAYOUTS = {
    "migration": [],
    "none": DROP_SEARCH,
    "own": [
        *DROP_SEARCH,
        "CREATE VIRTUAL TABLE consultation_search USING fts5(consultation_id UNINDEXED, notes, next_steps)",
        "INSERT INTO consultation_search SELECT id, notes, next_steps FROM consultation",
    ],
    "external": [
        *DROP_SEARCH,
        "CREATE VIRTUAL TABLE consultation_search USING fts5(notes, next_steps, content='consultation')",
        "CREATE TRIGGER consultation_search_au AFTER UPDATE ON consultation BEGIN "
        "INSERT INTO consultation_search(consultation_search, rowid, notes, next_steps) "
        "VALUES ('delete', old.rowid, old.notes, old.next_steps); "
        "INSERT INTO consultation_search(rowid, notes, next_steps) "
        "VALUES (new.rowid, new.notes, new.next_steps); "
        "END",
        "INSERT INTO consultation_search(consultation_search) VALUES ('rebuild')",
    ],
    "contentless": [
        *DROP_SEARCH,
        "CREATE VIRTUAL TABLE consultation_search USING fts5(notes, next_steps, content='', "
        "contentless_delete=1)",
        "INSERT INTO consultation_search(rowid, notes, next_steps) "
        "SELECT rowid, notes, next_steps FROM consultation",
    ],
}


def add_search_index(vault: Vault, layout: str) -> None:
    """What a later migration may add: a full-text index over the consultation notes."""
    conn = vault.raw_connection()
    try:
        for statement in SEARCH_LAYOUTS[layout]:
            conn.execute(statement)
    finally:
        conn.close()


def search(vault: Vault, word: str) -> int:
    conn = vault.raw_connection()
    try:
        return conn.execute("SELECT count(*) FROM consultation_search WHERE consultation_search MATCH ?",
                            (word,)).fetchone()[0]
    finally:
        conn.close()


# --- who is due -------------------------------------------------------------------------------


def test_due_for_deletion_lists_clients_whose_cases_are_all_closed_long_enough(vault: Vault) -> None:
    cutoff_closing = dt.date(2023, 11, 25)  # exactly three years before TODAY: due today
    due = make_client(vault, make_markers(), closed_on=cutoff_closing, second_case=True)
    make_client(vault, make_markers(), closed_on=dt.date(2023, 11, 26))  # due tomorrow
    open_one = make_client(vault, make_markers(), closed_on=dt.date(2021, 1, 1))
    cases.open_case(vault, open_one, municipality_ags=KÖNIGSWINTER, opened_on=dt.date(2024, 1, 1),
                    today=CREATED)  # a second, open case keeps the client
    clients.create_client(vault, clients.ClientInput(first_name="Ohne", last_name="Fall"), today=CREATED)
    deleted_case = make_client(vault, make_markers(), closed_on=dt.date(2021, 1, 1))
    extra = cases.open_case(vault, deleted_case, municipality_ags=KÖNIGSWINTER, opened_on=dt.date(2024, 1, 1),
                            today=CREATED)
    with vault.transaction() as session:  # a tombstoned open case does not count
        session.get(Case, uuid.UUID(extra)).tombstone()  # type: ignore[union-attr]

    with vault.reader() as session:
        rows = due_for_deletion(session, TODAY, YEARS)
    assert [row.client_id for row in rows] == [deleted_case, due]
    row = rows[1]
    assert (row.case_count, row.closed_on, row.due_since) == (2, cutoff_closing, TODAY)
    assert row.pseudonym.startswith("K-") and row.last_name.startswith("b")
    with vault.reader() as session:
        assert [r.client_id for r in due_for_deletion(session, TODAY - dt.timedelta(days=1), YEARS)] == \
            [deleted_case]
        assert len(due_for_deletion(session, TODAY, 10)) == 0


# --- deleting ---------------------------------------------------------------------------------


@pytest.mark.parametrize("layout", list(SEARCH_LAYOUTS))
def test_deletion_leaves_no_trace_in_the_file(vault: Vault, vault_path: Path, layout: str) -> None:
    markers = make_markers()
    client_id = make_client(vault, markers, closed_on=dt.date(2021, 3, 1), second_case=True,
                            first_name="Ünal-Łukasz " + markers["first_name"], born=BIRTH_DATE)
    markers["name with umlauts"] = "Ünal-Łukasz"
    other = make_markers()
    other_id = make_client(vault, other, closed_on=None)
    add_search_index(vault, layout)
    key = vault.data_key
    vault.close()  # the last connection checkpoints the log into the file

    before = file_texts(vault_path, key)
    assert b"CREATE TABLE client" in before["db"]
    birth = BIRTH_DATE.isoformat().encode()
    assert birth in before["db"]
    missing = set(markers) - set(found(markers, before))
    assert not missing, f"the markers must be in the file before deleting: {missing}"
    raw = {name: text for name, text in before.items() if "raw" in name}
    assert not found(markers, raw), "plaintext in the encrypted file"

    vault = Vault.open(vault_path, PASSWORD)
    try:
        if layout != "none":
            assert search(vault, markers["notes"]) == 2
        result = delete_client_data(vault, client_id, TODAY, YEARS)
        assert (result.clients, result.log_truncated) == (1, True)
        # 1 client, 2 cases, 2 phase changes each (opened, closed), 2 goals, 2 consents, 2 consultations,
        # 2 appointments
        assert result.records == 15
        while_open = file_texts(vault_path, key)
        assert found(markers, while_open) == {}, "the marker is still in the open file or its log"
        if layout != "none":
            assert search(vault, markers["notes"]) == 0
            assert search(vault, other["notes"]) == 1, "the other client's notes stay searchable"
        with vault.reader() as session:
            assert clients.get_client(session, other_id).last_name == other["last_name"]
    finally:
        vault.close()

    after = file_texts(vault_path, key)
    assert found(markers, after) == {}
    assert all(birth not in text for text in after.values())
    assert set(found(other, after)) == set(other), "the other client's data stays"


def test_tombstones_keep_only_what_sync_needs(vault: Vault) -> None:
    client_id = make_client(vault, make_markers(), closed_on=dt.date(2021, 3, 1))
    with vault.reader() as session:
        revisions = {c.id: c.revision for c in session.scalars(select(Consultation))}
    delete_client_data(vault, client_id, TODAY, YEARS)
    with vault.reader() as session:
        client = session.get(Client, uuid.UUID(client_id))
        assert client is not None and client.deleted
        assert (client.pseudonym, client.first_name, client.last_name, client.birth_date, client.notes,
                client.municipality_ags, client.interpreter_needed) == \
            ("", None, None, None, None, None, False)
        case = session.scalars(select(Case)).one()
        assert case.deleted and case.client_id == client.id
        assert case.owner_device_id == vault.profile.device_id
        assert (case.closed_on, case.closing_reason, case.opened_on, case.focus) == \
            (None, None, ERASED_DATE, "")
        consultation = session.scalars(select(Consultation)).one()
        assert consultation.deleted and consultation.case_id == case.id
        assert consultation.revision == revisions[consultation.id] + 1
        assert consultation.device_id == vault.profile.device_id
        assert (consultation.notes, consultation.next_steps, consultation.place, consultation.topics,
                consultation.held_on, consultation.start_time, consultation.follow_up_on) == \
            (None, None, None, "", ERASED_DATE, None, None)
        assert session.scalars(select(CaseGoal)).one().description is None
        assert session.scalars(select(CaseConsent)).one().scope is None
        assert all(p.deleted for p in session.scalars(select(CasePhaseChange)))
        actions = [e.action for e in session.scalars(select(AuditEntry).where(
            AuditEntry.action.like(f"%.{DELETED_ACTION}")))]
        assert sorted(actions) == sorted([f"client.{DELETED_ACTION}", f"case.{DELETED_ACTION}",
                                          f"case_phase_change.{DELETED_ACTION}",
                                          f"case_phase_change.{DELETED_ACTION}",
                                          f"case_goal.{DELETED_ACTION}", f"case_consent.{DELETED_ACTION}",
                                          f"consultation.{DELETED_ACTION}", f"appointment.{DELETED_ACTION}"])
        appointment = session.scalars(select(Appointment)).one()
        assert appointment.deleted and appointment.revision == 2
        assert (appointment.note, appointment.interpreter_language, appointment.on) == (None, None, ERASED_DATE)
        assert due_for_deletion(session, TODAY, YEARS) == []
    with pytest.raises(RecordNotFound):
        delete_client_data(vault, client_id, TODAY, YEARS)


def snapshot(vault: Vault) -> dict[str, list[tuple[object, ...]]]:
    conn = vault.raw_connection()
    try:
        return {table: sorted(conn.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
                for table in ("client", "case_file", "case_phase_change", "case_goal", "case_consent",
                              "consultation", "appointment", "audit_log", "local_state")}
    finally:
        conn.close()


@pytest.mark.parametrize("closed_on", [None, dt.date(2024, 1, 2)], ids=["open", "closed-recently"])
def test_a_client_not_due_is_refused_and_nothing_changes(vault: Vault, closed_on: dt.date | None) -> None:
    client_id = make_client(vault, make_markers(), closed_on=closed_on)
    due = make_client(vault, make_markers(), closed_on=dt.date(2021, 3, 1))
    before = snapshot(vault)
    with pytest.raises(RetentionNotDue) as refused:
        delete_client_data(vault, client_id, TODAY, YEARS)
    assert "Aufbewahrungsfrist ist noch nicht abgelaufen" in refused.value.message()
    assert "K-" in refused.value.message() and "3 Jahre" in refused.value.message()
    with pytest.raises(RetentionNotDue):  # one not due: none of them is deleted
        delete_clients_data(vault, [due, client_id], TODAY, YEARS)
    assert snapshot(vault) == before


def test_unknown_client_is_refused(vault: Vault) -> None:
    with pytest.raises(RecordNotFound):
        delete_client_data(vault, uuid.uuid4(), TODAY, YEARS)


def test_every_table_that_refers_to_a_client_is_erased_with_it() -> None:
    """Deleting follows foreign keys to synced tables (tombstones); a table that is not synced would
    keep its rows, so none may refer to a client's records. Fails for a new table of that kind."""
    from kim_desktop.storage.schema import REFERS_TO, Base, SyncedRecord

    synced = {mapper.local_table.name for mapper in Base.registry.mappers
              if issubclass(mapper.class_, SyncedRecord)}
    reached, grew = {"client"}, True
    while grew:
        grew = False
        for table in Base.metadata.tables.values():
            refers = any(fk.column.table.name in reached for fk in table.foreign_keys) or any(
                column.info.get(REFERS_TO) in reached for column in table.columns)
            if table.name not in reached and refers:
                assert table.name in synced, f"{table.name} refers to client data but is not a SyncedRecord"
                reached.add(table.name)
                grew = True
    assert {"case_file", "consultation", "case_goal", "case_consent", "case_phase_change", "appointment"} <= reached


def test_consultations_tombstoned_before_are_erased_too(vault: Vault) -> None:
    markers = make_markers()
    client_id = make_client(vault, markers, closed_on=dt.date(2021, 3, 1))
    with vault.reader() as session:
        consultation_id = str(session.scalars(select(Consultation.id)).one())
    consultations.tombstone_consultation(vault, consultation_id)
    with vault.reader() as session:
        before = session.get(Consultation, uuid.UUID(consultation_id))
        assert before is not None and before.interpreter_language is None  # a tombstone keeps no language
        assert before.topics == ";housing;"  # but it keeps codes and dates, until retention
    delete_client_data(vault, client_id, TODAY, YEARS)
    with vault.reader() as session:
        after = session.get(Consultation, uuid.UUID(consultation_id))
        assert after is not None and after.deleted
        assert (after.topics, after.referrals, after.held_on) == ("", "", ERASED_DATE)
