"""The statistics export carries no names, birth dates or notes, and hides small counts."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from kim_desktop.config.deployment import Deployment, load_deployment
from kim_desktop.domain.case_cycle import Phase
from kim_desktop.domain.consent import Consent
from kim_desktop.errors import InputRejected
from kim_desktop.reports.statistics_export import SHEET_OVERVIEW, SHEET_ROWS, age_group, export_statistics
from kim_desktop.reports.suppression import suppress
from kim_desktop.services import cases, clients, consultations
from kim_desktop.storage.vault import Vault

CREATED = dt.date(2026, 11, 25)
KÖNIGSWINTER, SIEGBURG = "05382024", "05382056"
BIRTH = dt.date(1937, 3, 29)


@pytest.fixture
def deployment() -> Deployment:
    return load_deployment()


def personal_markers() -> dict[str, str]:
    return {"first": "Ḥasanmarker", "last": "Zyxwüllermarker", "address": "Wegmarkerstraße 7",
            "phone": "0228 987654321", "email": "post@marker-example.org", "household": "Haushaltmarker",
            "client_notes": "Klientnotizmarker", "notes": "Beratungsnotizmarker",
            "next_steps": "Schrittmarker",
            "place": "Ortmarker Raum 4", "goal": "Zielmarker", "scope": "Umfangmarker",
            "nationality": "Natmarker", "languages": "Sprachmarker", "interpreter": "Dolmetschmarker",
            "birth_de": BIRTH.strftime("%d.%m.%Y"), "birth_iso": BIRTH.isoformat(),
            "birth_serial": str((BIRTH - dt.date(1899, 12, 30)).days)}


def fill(vault: Vault, m: dict[str, str], municipality: str, consultations_count: int,
         born: dt.date | None = BIRTH) -> str:
    client = clients.create_client(vault, clients.ClientInput(
        first_name=m["first"], last_name=m["last"], birth_date=born, nationality=m["nationality"],
        languages=m["languages"], interpreter_needed=True, interpreter_language=m["interpreter"],
        address=m["address"], phone=m["phone"], email=m["email"], household=m["household"],
        notes=m["client_notes"]), today=CREATED)
    case_id = cases.open_case(vault, client.id, municipality_ags=municipality, opened_on=dt.date(2026, 1, 5),
                              today=CREATED)
    cases.save_goal(vault, case_id, m["goal"], today=CREATED)
    cases.add_consent(vault, case_id, Consent("jobcenter", dt.date(2026, 1, 5), m["scope"]), today=CREATED)
    for day in range(consultations_count):
        consultations.save_consultation(vault, consultations.ConsultationInput(
            case_id=case_id, held_on=dt.date(2026, 2, 2) + dt.timedelta(days=day),
            municipality_ags=municipality,
            start_time="10:00", duration_minutes=30 + day, place=m["place"], contact_type="in-person",
            interpreter_language=m["interpreter"], topics=("housing",), legal_domains=("sgb-ii", "aufenthg"),
            referrals=("jobcenter",), notes=m["notes"], next_steps=m["next_steps"]), today=CREATED)
    return case_id


def cell_values(path: Path) -> list[str]:
    workbook = load_workbook(path)
    return [str(cell.value) for sheet in workbook for row in sheet.iter_rows() for cell in row
            if cell.value is not None]


def raw_members(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "\n".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())


def test_export_has_no_personal_data(vault: Vault, deployment: Deployment, tmp_path: Path) -> None:
    markers = personal_markers()
    fill(vault, markers, KÖNIGSWINTER, 6)
    target = tmp_path / "statistik.xlsx"
    with vault.reader() as session:
        result = export_statistics(session, target, period_from=dt.date(2026, 1, 1),
                                   period_to=dt.date(2026, 12, 31), deployment=deployment)
    assert (result.consultations, result.people) == (6, 1)
    values, raw = cell_values(target), raw_members(target)
    workbook = load_workbook(target)
    assert workbook.sheetnames == [SHEET_OVERVIEW, SHEET_ROWS]
    rows = list(workbook[SHEET_ROWS].iter_rows(values_only=True))
    header, first = rows[0], rows[1]
    assert len(rows) == 7
    assert first[0].startswith("K-") and first[1] == "65+"  # 88 on the day of the consultation
    assert first[3:6] == (KÖNIGSWINTER, "Königswinter", dt.datetime(2026, 2, 2))
    assert first[6:] == ("persönlich", 30, "Wohnen", "AufenthG, SGB II", "Jobcenter")
    assert "Altersgruppe" in header
    for name, marker in markers.items():
        assert not any(marker in value for value in values), name
        assert marker not in raw, name

    # the scan would see them: text that is meant to be there shows up in the cells and the raw members
    assert first[0] in raw and "Königswinter" in raw and "Königswinter" in values


def test_overview_hides_small_counts(vault: Vault, deployment: Deployment, tmp_path: Path) -> None:
    threshold = deployment.policy.small_count_threshold
    assert threshold == 5
    fill(vault, personal_markers(), KÖNIGSWINTER, 7)
    fill(vault, personal_markers(), SIEGBURG, 2)
    closed = fill(vault, personal_markers(), SIEGBURG, 1, born=None)
    cases.change_phase(vault, closed, Phase.CLOSED, on=dt.date(2026, 3, 1), closing_reason="other",
                       today=CREATED)
    target = tmp_path / "statistik.xlsx"
    with vault.reader() as session:
        export_statistics(session, target, period_from=dt.date(2026, 2, 1), period_to=dt.date(2026, 2, 28),
                          deployment=deployment)
    sheet = load_workbook(target)[SHEET_OVERVIEW]
    lines = {row[0]: row[2] for row in sheet.iter_rows(values_only=True) if row[0]}
    assert lines["Beratungen insgesamt"] == 10
    assert lines["Personen (Pseudonyme)"] == "<5"
    assert lines[KÖNIGSWINTER] == "<5", "secondary suppression: total minus Siegburg would reveal it"
    assert lines[SIEGBURG] == "<5"
    assert lines["SGB II"] == 10 and lines["AufenthG"] == 10
    assert lines["persönlich"] == 10
    ages = [row[1] for row in load_workbook(target)[SHEET_ROWS].iter_rows(min_row=2, values_only=True)]
    assert ages.count("unbekannt") == 1


def test_period_is_checked_and_bounds_are_inclusive(vault: Vault, deployment: Deployment,
                                                    tmp_path: Path) -> None:
    fill(vault, personal_markers(), KÖNIGSWINTER, 3)  # 02.02., 03.02., 04.02.
    target = tmp_path / "s.xlsx"
    with vault.reader() as session:
        with pytest.raises(InputRejected) as refused:
            export_statistics(session, target, period_from=dt.date(2026, 3, 1), period_to=dt.date(2026, 2, 1),
                              deployment=deployment)
        assert "vor seinem Anfang" in refused.value.message()
        assert not target.exists()
        result = export_statistics(session, target, period_from=dt.date(2026, 2, 3),
                                   period_to=dt.date(2026, 2, 4), deployment=deployment)
    assert result.consultations == 2


def test_age_groups() -> None:
    on = dt.date(2026, 6, 15)
    assert age_group(None, on) is None
    assert age_group(dt.date(2008, 6, 16), on) == "6–17"  # 17 until tomorrow
    assert age_group(dt.date(2008, 6, 15), on) == "18–26"
    assert age_group(dt.date(1999, 6, 16), on) == "18–26"
    assert age_group(dt.date(1999, 6, 15), on) == "27–44"
    assert age_group(dt.date(2026, 6, 15), on) == "0–5"
    assert age_group(dt.date(2026, 6, 16), on) is None


@given(st.lists(st.integers(min_value=1, max_value=40), min_size=1, max_size=8), st.integers(1, 10))
def test_suppression_hides_every_small_count_and_cannot_be_undone_by_the_total(counts: list[int],
                                                                              threshold: int) -> None:
    table = dict(enumerate(counts))
    total = sum(counts)
    shown = suppress(table, threshold, total=total)
    hidden = [key for key, value in shown.items() if isinstance(value, str)]
    assert all(isinstance(shown[key], str) for key, n in table.items() if n < threshold)
    assert all(value == table[key] for key, value in shown.items() if isinstance(value, int))
    if total >= threshold:
        assert len(hidden) != 1, "one hidden cell = the total minus the shown ones"
    primary_only = {k: (f"<{threshold}" if n < threshold else n) for k, n in table.items()}
    assert suppress(table, threshold) == primary_only


def test_command_line(vault: Vault, tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from kim_desktop.storage.kdf import INSECURE_TEST_KDF_ENV
    from tests.conftest import PASSWORD

    fill(vault, personal_markers(), KÖNIGSWINTER, 3)
    vault.close()
    env = {**os.environ, INSECURE_TEST_KDF_ENV: "1"}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "kim_desktop", "export-statistics", "--vault", str(vault.path),
                   "--password-stdin", *args]
        return subprocess.run(command, input=PASSWORD + "\n", capture_output=True, text=True, env=env,
                              timeout=60)

    target = tmp_path / "cli.xlsx"
    done = run("--from", "01.02.2026", "--to", "04.02.2026", "--out", str(target))  # 02.–04.02.
    assert done.returncode == 0, done.stderr
    assert "3 Beratungen, 1 Personen" in done.stdout and target.is_file()
    refused = run("--from", "31.02.2026", "--to", "03.02.2026", "--out", str(tmp_path / "nein.xlsx"))
    assert refused.returncode == 2 and "Den 31.02.2026 gibt es nicht" in refused.stderr
    assert not (tmp_path / "nein.xlsx").exists()
