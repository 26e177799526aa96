"""The CSV of one view read back with the csv module as German Excel would."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from kim_desktop.errors import InputRejected
from kim_desktop.reports.report_csv import write_csv
from kim_desktop.reports.report_model import ViewId
from tests.reports.report_samples import INJECTIONS, sample_report


def read(path: Path) -> list[list[str]]:
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def test_bom_semicolons_crlf_and_header(tmp_path: Path) -> None:
    target = tmp_path / "overview.csv"
    write_csv(sample_report(), ViewId.OVERVIEW, target)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.count(b"\r\n") == 1 + 5 and b"\n" not in raw.replace(b"\r\n", b"")
    rows = read(target)
    assert rows[0] == ["Kommune", "Beratungen", "Personen", "Stunden", "Erste Beratung"]
    assert rows[1] == ["Königswinter", "1234", "87", "410,5", "05.01.2026"]
    assert rows[2] == ["Bad Honnef", "<5", "<5", "2,25", "02.03.2026"]
    assert rows[3] == ["Hennef (Sieg)", "0", "0", "", ""]
    assert rows[5][0] == "Insgesamt" and rows[5][3] == "414,25"


def test_formula_like_text_gets_an_apostrophe(tmp_path: Path) -> None:
    target = tmp_path / "escalations.csv"
    write_csv(sample_report(), "escalations", target)
    labels = [row[0] for row in read(target)[1:]]
    for text in INJECTIONS[1:2] + INJECTIONS[4:]:
        assert "'" + text in labels
    assert "eingegangen" in labels  # ordinary text untouched
    overview = tmp_path / "overview.csv"
    write_csv(sample_report(), ViewId.OVERVIEW, overview)
    assert read(overview)[4][0] == "'" + INJECTIONS[0]


def test_cross_table_keeps_every_month(tmp_path: Path) -> None:
    target = tmp_path / "consultations.csv"
    write_csv(sample_report(), ViewId.CONSULTATIONS, target)
    rows = read(target)
    assert len(rows[0]) == 14 and rows[0][-1] == "Insgesamt"
    assert rows[2][4] == "<5"
    assert rows[-1][-1] == "123456"


def test_a_view_the_report_lacks_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "topics.csv"
    with pytest.raises(InputRejected, match="topics"):
        write_csv(sample_report(), ViewId.TOPICS, target)
    assert not target.exists()
