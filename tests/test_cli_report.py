"""`kim-desktop report` in-process on a real case manager's vault with a few consultations."""

from __future__ import annotations

import csv
import datetime as dt
import errno
import io
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from kim_desktop.domain.roles import Role
from kim_desktop.services import consultations
from kim_desktop.storage.schema import AuditEntry
from kim_desktop.storage.vault import Vault
from tests.services.casework import make_case
from tests.test_cli_sync import Kim, kim  # noqa: F401  (kim: the fixture running main() in-process)

PASSWORD = "richtig-geheim-42"
KÖNIGSWINTER = "05382024"
TODAY = dt.date(2026, 11, 25)
NAMES = ("Amina", "Haddad", "Yusuf", "Demirtas")
needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext missing")


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    """Team 1 in Königswinter: Amina Haddad 3 consultations (Feb, Mar), Yusuf Demirtas 2 (Mar)."""
    path = tmp_path / "cm.kimvault"
    vault = Vault.create(path, PASSWORD, role=Role.CASE_MANAGER, display_name="Test", team=1,
                         municipalities=(KÖNIGSWINTER,))
    with vault:
        for (first, last), days in (((NAMES[0], NAMES[1]), (dt.date(2026, 2, 3), dt.date(2026, 3, 4),
                                                            dt.date(2026, 3, 18))),
                                    ((NAMES[2], NAMES[3]), (dt.date(2026, 3, 5), dt.date(2026, 3, 25)))):
            _client, case_id = make_case(vault, first, last, opened=dt.date(2026, 1, 20))
            for day in days:
                consultations.save_consultation(vault, consultations.ConsultationInput(
                    case_id=case_id, held_on=day, municipality_ags=KÖNIGSWINTER, topics=("housing",),
                    legal_domains=("sgb-ii",), notes=f"Notiz zu {first} {last}"), today=TODAY)
    return path


def actions(path: Path) -> list[str]:
    vault = Vault.open(path, PASSWORD)
    with vault, vault.reader() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))


def run_report(kim: Kim, vault: Path, out: Path, *extra: object):  # type: ignore[no-untyped-def]  # noqa: F811
    return kim("report", "--vault", vault, "--period", "2026-01..2026-06", *extra, "--out", out)


def assert_no_names(text: str) -> None:
    for name in NAMES:
        assert name not in text


def test_xlsx_holds_every_view_with_the_counts(kim: Kim, filled: Path, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "bericht.xlsx"
    ran = run_report(kim, filled, out, "--format", "xlsx")
    assert ran.code == 0, ran.err
    assert "Bericht gespeichert" in ran.out and "01.01.2026 – 30.06.2026" in ran.out
    workbook = load_workbook(out)
    assert len(workbook.sheetnames) == 1 + 11
    overview = workbook.worksheets[1]
    row = next(r for r in overview.iter_rows(values_only=True) if r[0] == "Königswinter")
    assert row[1] == 5 and isinstance(row[1], int)  # consultations
    assert row[2] == 2  # people
    with zipfile.ZipFile(out) as archive:
        assert_no_names(" ".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist()))
    assert actions(filled)[-1] == "report.exported.xlsx"


def test_csv_of_one_view(kim: Kim, filled: Path, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "monate.csv"
    ran = run_report(kim, filled, out, "--format", "csv", "--view", "months")
    assert ran.code == 0, ran.err
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"), newline=""), delimiter=";"))
    by_month = {r[0]: r[1] for r in rows[1:]}
    assert by_month["02/2026"] == "1" and by_month["03/2026"] == "4" and by_month["06/2026"] == "0"
    assert actions(filled)[-1] == "report.exported.csv"


def test_external_csv_suppresses_small_counts(kim: Kim, filled: Path, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "extern.csv"
    ran = run_report(kim, filled, out, "--format", "csv", "--external", "--team", "1")
    assert ran.code == 0, ran.err
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"), newline=""), delimiter=";"))
    königswinter = next(r for r in rows if r[0] == "Königswinter")
    assert königswinter[1] == "5" and königswinter[2] == "<5"


@needs_pdftotext
def test_pdf_and_status_report(kim: Kim, filled: Path, tmp_path: Path) -> None:  # noqa: F811
    pdf, status = tmp_path / "bericht.pdf", tmp_path / "sachstand.pdf"
    assert run_report(kim, filled, pdf, "--format", "pdf").code == 0
    ran = run_report(kim, filled, status, "--format", "status")
    assert ran.code == 0, ran.err
    assert "zur Weitergabe" in ran.out  # status implies --external
    for path in (pdf, status):
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                              check=True).stdout.decode("utf-8")
        assert "Königswinter" in text
        assert_no_names(text)
    assert actions(filled)[-2:] == ["report.exported.pdf", "report.exported.status"]


@pytest.mark.parametrize(("extra", "words"), [
    (("--period", "2026-06..2026-01"), "endet"),
    (("--period", "31.02.2026..30.06.2026"), "31.02.2026"),
    (("--view", "persons"), "Unbekannte Ansicht"),
    (("--format", "docx"), "Unbekanntes Format"),
    (("--team", "99"), "kein Team"),
    (("--municipality", "12345678"), "keine Kommune"),
])
def test_bad_input_one_german_line_no_file(kim: Kim, filled: Path, tmp_path: Path,  # noqa: F811
                                           extra: tuple[str, ...], words: str) -> None:
    out = tmp_path / "bericht.out"
    options = {"--period": "2026-01..2026-06", "--format": "csv"}
    options.update(dict(zip(extra[::2], extra[1::2], strict=True)))
    args = [a for pair in options.items() for a in pair]
    ran = kim("report", "--vault", filled, *args, "--out", out)
    assert ran.code == 2
    assert words in ran.err and len(ran.err.strip().splitlines()) == 1
    assert not out.exists() and list(tmp_path.glob("bericht.out*")) == []


def test_wrong_password_leaves_no_file(kim: Kim, filled: Path, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "bericht.pdf"
    ran = kim("report", "--vault", filled, "--period", "2026", "--format", "pdf", "--password-stdin",
              "--out", out, stdin="falsch-falsch\n")
    assert ran.code == 3
    assert "Passwort" in ran.err and len(ran.err.strip().splitlines()) == 1
    assert not out.exists()


@pytest.mark.parametrize("suffix", ["", ".keys", "-wal"])
def test_the_vault_is_never_the_target_and_no_password_is_asked(kim: Kim, filled: Path,  # noqa: F811
                                                                 suffix: str) -> None:
    target = filled.with_name(filled.name + suffix)
    before = target.read_bytes() if target.exists() else None
    trail = actions(filled)
    # an empty stdin: had the password been read first, the error would be about the password
    ran = kim("report", "--vault", filled, "--period", "2026", "--format", "csv", "--password-stdin",
              "--out", target, stdin="")
    assert ran.code == 2, ran.err
    assert "Datendatei oder eine ihrer Begleitdateien" in ran.err and "Passwort" not in ran.err
    assert len(ran.err.strip().splitlines()) == 1
    if before is not None:
        assert target.read_bytes() == before
    assert actions(filled) == trail  # opens as before, no report entry


def test_missing_folder_and_folder_target(kim: Kim, filled: Path, tmp_path: Path) -> None:  # noqa: F811
    ran = run_report(kim, filled, tmp_path / "fehlt" / "b.csv", "--format", "csv")
    assert ran.code == 2 and "gibt es nicht" in ran.err
    folder = tmp_path / "ordner.csv"
    folder.mkdir()
    ran = run_report(kim, filled, folder, "--format", "csv")
    assert ran.code == 2 and "keine gewöhnliche Datei" in ran.err and folder.is_dir()


def test_view_with_xlsx_is_noted_and_a_wrong_suffix_warned(kim: Kim, filled: Path, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "bericht.xlsx"
    ran = run_report(kim, filled, out, "--format", "xlsx", "--view", "months")
    assert ran.code == 0, ran.err
    assert ran.err.strip() == "Hinweis: --view gilt nur für --format csv; XLSX enthält alle Ansichten."
    odd = tmp_path / "bericht.csv"
    ran = run_report(kim, filled, odd, "--format", "xlsx")
    assert ran.code == 0, ran.err
    assert ran.err.strip() == ("Warnung: Die Zieldatei endet nicht auf „.xlsx“; sie wird trotzdem als XLSX "
                               "geschrieben.")
    assert len(load_workbook(io.BytesIO(odd.read_bytes())).sheetnames) == 12  # written as asked: a workbook
    ran = run_report(kim, filled, tmp_path / "s.pdf", "--format", "status", "--view", "overview")
    assert ran.code == 0 and "Sachstandsbericht hat einen festen Aufbau" in ran.err
    ran = run_report(kim, filled, tmp_path / "m.csv", "--format", "csv", "--view", "months")
    assert ran.code == 0 and ran.err.strip() == ""


def test_unwritable_target_named_in_german(kim: Kim, filled: Path, tmp_path: Path,  # noqa: F811
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from kim_desktop.storage import atomic

    real_open = os.open

    def read_only(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(path).endswith(".tmp"):
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(atomic.os, "open", read_only)
    out = tmp_path / "b.csv"
    ran = run_report(kim, filled, out, "--format", "csv")
    monkeypatch.undo()
    assert ran.code == 74
    expected = f"Der Bericht konnte nicht als „{out}“ gespeichert werden: schreibgeschützt."
    assert ran.err.strip().endswith(expected)
    assert ".tmp" not in ran.err and "Read-only" not in ran.err
