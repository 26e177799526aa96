"""export_report on a coordinator's vault: every format written with its audit entry, and no client
name, note or place can get into a file, not even into the internal form."""

from __future__ import annotations

import csv
import datetime as dt
import errno
import io
import os
import shutil
import stat
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, update

from kim_desktop.config.deployment import load_deployment
from kim_desktop.domain.audit_actions import action_label
from kim_desktop.errors import InputRejected
from kim_desktop.paths import envelope_path
from kim_desktop.reports.report_model import ReportRequest, ViewId
from kim_desktop.services.demo_data import fill_demo_data
from kim_desktop.services.report_export import (
    ReportFormat,
    ReportNotWritten,
    check_target,
    export_report,
)
from kim_desktop.storage import atomic
from kim_desktop.storage.consultation_tables import Client, Consultation
from kim_desktop.storage.schema import AuditEntry
from kim_desktop.storage.vault import Vault
from tests.coordinator_helpers import PASSWORD, new_coordinator_vault

PLANTED = ("Zoltanbert", "Geheimnachname", "Hinterhofgasse", "Vertraulichnotiz", "0170-5550123")
TODAY = dt.date(2026, 11, 25)
YEAR = ReportRequest(dt.date(2026, 1, 1), dt.date(2026, 12, 31))


@pytest.fixture
def coordinator(tmp_path: Path) -> Iterator[Vault]:
    vault = new_coordinator_vault(tmp_path)
    fill_demo_data(vault, 150, seed=3, deployment=load_deployment(), today=TODAY)
    with vault.transaction() as session:  # what must never leave: names, contact data, notes, places
        session.execute(update(Client).values(first_name=PLANTED[0], last_name=PLANTED[1], address=PLANTED[2],
                                              notes=PLANTED[3], phone=PLANTED[4]))
        session.execute(update(Consultation).values(notes=PLANTED[3], place=PLANTED[2],
                                                    next_steps=PLANTED[0]))
    yield vault
    vault.close()


def file_text(path: Path) -> str:
    if path.suffix == ".xlsx":
        with zipfile.ZipFile(path) as archive:
            return " ".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist())
    if path.suffix == ".pdf":
        return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                              check=True).stdout.decode("utf-8")
    return path.read_bytes().decode("utf-8-sig")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext missing")
@pytest.mark.parametrize("external", [False, True])
def test_no_planted_personal_data_in_any_file(coordinator: Vault, tmp_path: Path, external: bool) -> None:
    deployment = load_deployment()
    request = ReportRequest(YEAR.period_from, YEAR.period_to, external=external)
    written = [export_report(coordinator, request, fmt, tmp_path / f"r.{fmt}.{suffix}", deployment=deployment)
               for fmt, suffix in (("xlsx", "xlsx"), ("pdf", "pdf"), ("status", "pdf"))]
    written += [export_report(coordinator, request, "csv", tmp_path / f"{view}.csv", deployment=deployment,
                              view=view) for view in ViewId]
    pseudonyms = set()
    with coordinator.reader() as session:
        pseudonyms = set(session.scalars(select(Client.pseudonym)))
    for path in written:
        text = file_text(path)
        assert "Insgesamt" in text or path.suffix == ".csv", path  # the file has its tables
        for planted in PLANTED:
            assert planted not in text, (path, planted)
        if external:
            assert not any(p in text for p in pseudonyms), path
    with coordinator.reader() as session:
        done = list(session.scalars(select(AuditEntry.action).where(AuditEntry.action.startswith("report."))))
    assert done == ["report.exported.xlsx", "report.exported.pdf", "report.exported.status",
                    *["report.exported.csv"] * len(ViewId)]


def test_csv_of_the_overview_matches_the_vault(coordinator: Vault, tmp_path: Path) -> None:
    target = export_report(coordinator, YEAR, "csv", tmp_path / "overview.csv", deployment=load_deployment())
    rows = list(csv.reader(io.StringIO(target.read_bytes().decode("utf-8-sig"), newline=""), delimiter=";"))
    with coordinator.reader() as session:
        held = [d for d in session.scalars(select(Consultation.held_on)) if d.year == 2026]
    total = next(r for r in rows if r[0] == "Insgesamt")
    assert int(total[1]) == len(held)


def test_refusals_leave_no_file_and_no_entry(coordinator: Vault, tmp_path: Path) -> None:
    target = tmp_path / "x.docx"
    with pytest.raises(InputRejected, match="Unbekanntes Format"):
        export_report(coordinator, YEAR, "docx", target, deployment=load_deployment())
    with pytest.raises(InputRejected, match="Unbekannte Ansicht"):
        export_report(coordinator, YEAR, "csv", target, deployment=load_deployment(), view="names")
    assert not target.exists()
    with coordinator.reader() as session:
        found = select(AuditEntry.action).where(AuditEntry.action.startswith("report."))
        assert session.scalar(found) is None


def test_audit_actions_have_german_labels() -> None:
    for fmt in ReportFormat:
        assert action_label(fmt.audit_action) != fmt.audit_action


# --- targets that must never be replaced (checked before anything is built or written) ----------

@pytest.fixture
def small(tmp_path: Path) -> Iterator[Vault]:
    vault = new_coordinator_vault(tmp_path)
    yield vault
    vault.close()


def vault_state(path: Path) -> tuple[bytes, list[str]]:
    """The key envelope and the audit trail, read by opening the vault anew."""
    with Vault.open(path, PASSWORD) as vault, vault.reader() as session:
        return envelope_path(path).read_bytes(), list(session.scalars(select(AuditEntry.action)
                                                                      .order_by(AuditEntry.seq)))


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", "-journal", ".keys", ".lock"])
def test_the_vault_and_its_companions_are_refused(small: Vault, suffix: str) -> None:
    target = small.path.with_name(small.path.name + suffix)
    existed = target.exists()
    before = target.read_bytes() if existed and suffix in ("", ".keys") else None
    with pytest.raises(InputRejected, match="Datendatei oder eine ihrer Begleitdateien") as refused:
        export_report(small, YEAR, "csv", target, deployment=load_deployment())
    assert refused.value.field == "out"
    assert target.exists() == existed
    if before is not None:
        assert target.read_bytes() == before
    path = small.path
    small.close()
    envelope, trail = vault_state(path)
    assert envelope == (path.with_name(path.name + ".keys")).read_bytes()
    assert not any(a.startswith("report.") for a in trail)


def test_links_to_the_vault_and_other_vault_files_are_refused(small: Vault, tmp_path: Path) -> None:
    hard = tmp_path / "bericht.csv"
    os.link(small.path, hard)
    soft = tmp_path / "link.csv"
    soft.symlink_to(small.path)
    backups = tmp_path / "backups"
    backups.mkdir()
    for target in (hard, soft, backups / "kim-0123abcd-20261125-093000-000000.kimvault",
                   tmp_path / "andere.kimvault.keys", tmp_path / "neu.kimvault"):
        with pytest.raises(InputRejected, match="Datendatei"):
            export_report(small, YEAR, "xlsx", target, deployment=load_deployment())
    assert os.path.samefile(hard, small.path) and soft.is_symlink()
    assert not (backups / "kim-0123abcd-20261125-093000-000000.kimvault").exists()
    path = small.path
    small.close()
    assert not any(a.startswith("report.") for a in vault_state(path)[1])


def test_folders_fifos_and_devices_are_refused(small: Vault, tmp_path: Path) -> None:
    folder = tmp_path / "ordner.csv"
    folder.mkdir()
    fifo = tmp_path / "rohr.csv"
    os.mkfifo(fifo)
    to_folder = tmp_path / "zeiger.csv"
    to_folder.symlink_to(folder)
    busy_tmp = tmp_path / "a.csv.tmp"  # write_atomic's first step would write into this folder
    busy_tmp.mkdir()
    for target in (folder, fifo, to_folder, tmp_path / "a.csv"):
        with pytest.raises(InputRejected, match="keine gewöhnliche Datei"):
            export_report(small, YEAR, "csv", target, deployment=load_deployment())
    assert folder.is_dir() and stat.S_ISFIFO(os.lstat(fifo).st_mode) and to_folder.is_symlink()
    with pytest.raises(InputRejected, match="keine gewöhnliche Datei"):
        check_target(os.devnull, small.path)  # check only: as root a write would replace the device
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_a_missing_folder_is_named(small: Vault, tmp_path: Path) -> None:
    target = tmp_path / "fehlt" / "bericht.csv"
    with pytest.raises(InputRejected, match=r"Den Ordner „.*fehlt“ gibt es nicht"):
        export_report(small, YEAR, "csv", target, deployment=load_deployment())
    assert not target.parent.exists()


def test_an_ordinary_file_is_replaced_and_a_dangling_link_too(small: Vault, tmp_path: Path) -> None:
    old = tmp_path / "alt.csv"
    old.write_text("alt")
    assert check_target(old, small.path) == old
    export_report(small, YEAR, "csv", old, deployment=load_deployment())
    assert old.read_bytes().startswith(b"\xef\xbb\xbf")
    dangling = tmp_path / "weg.csv"
    dangling.symlink_to(tmp_path / "nirgends.csv")
    export_report(small, YEAR, "csv", dangling, deployment=load_deployment())
    assert dangling.is_file() and not dangling.is_symlink()  # the link is replaced, not followed


@pytest.mark.parametrize(("code", "reason"), [
    (errno.EACCES, "keine Schreibrechte"), (errno.EPERM, "keine Schreibrechte"),
    (errno.ENOSPC, "Datenträger voll"), (errno.EISDIR, "ist ein Ordner"),
    (errno.ENOENT, "Ordner gibt es nicht"), (errno.EROFS, "schreibgeschützt"),
    (errno.EIO, "Schreibfehler (EIO)"),
])
def test_os_errors_name_the_target_in_german(small: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             code: int, reason: str) -> None:
    real_open = os.open

    def refusing_open(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(path).endswith(".tmp"):  # only the report's temporary file, never the vault
            raise OSError(code, os.strerror(code), str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(atomic.os, "open", refusing_open)
    target = tmp_path / "bericht.csv"
    with pytest.raises(ReportNotWritten) as failed:
        export_report(small, YEAR, "csv", target, deployment=load_deployment())
    monkeypatch.undo()
    text = failed.value.message()
    assert text == f"Der Bericht konnte nicht als „{target}“ gespeichert werden: {reason}."
    assert ".tmp" not in text and failed.value.exit_code == 74
    assert list(tmp_path.glob("bericht.csv*")) == []
    with small.reader() as session:
        exported = select(AuditEntry.action).where(AuditEntry.action.startswith("report."))
        assert session.scalar(exported) is None
