"""The exchange with the Kreis through files, driven by the command line only (in-process main())."""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
import re
import shutil
import stat
import subprocess
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyrage
import pytest
from sqlalchemy import func, select

from kim_desktop.cli import PASSWORD_ENV, main
from kim_desktop.resources_path import resources_dir
from kim_desktop.storage.consultation_tables import Consultation
from kim_desktop.storage.vault import Vault
from kim_desktop.sync.recipients import parse_public_key_text

PASSWORD = "richtig-geheim-42"
FINGERPRINT = re.compile(r"Fingerabdruck: ((?:[0-9A-F]{4} ){7}[0-9A-F]{4})")


@dataclass(frozen=True)
class Ran:
    code: int
    out: str
    err: str

    def row(self, name_part: str) -> str:
        """The one output line that names this file."""
        rows = [line for line in self.out.splitlines() if name_part in line]
        assert len(rows) == 1, self.out
        return rows[0]


Kim = Callable[..., Ran]


@pytest.fixture
def kim(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Kim:
    def run(*args: object, stdin: str | None = None) -> Ran:
        if stdin is None:
            monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
        else:
            monkeypatch.delenv(PASSWORD_ENV, raising=False)
            monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        try:
            code = main([str(arg) for arg in args])
        finally:
            # main() sets up a log file per call; close it before the next one replaces it.
            root = logging.getLogger()
            for handler in [h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]:
                root.removeHandler(handler)
                handler.close()
        out, err = capsys.readouterr()
        return Ran(code, out, err)
    return run


@dataclass(frozen=True)
class Linked:
    coordinator: Path
    case_manager: Path
    root: Path


@pytest.fixture
def linked(tmp_path: Path, kim: Kim) -> Linked:
    """A coordinator's vault and a case manager's with the coordinator's public keys added."""
    coordinator, case_manager = tmp_path / "kreis" / "koordination.kimvault", tmp_path / "cm" / "cm.kimvault"
    assert kim("init", "--role", "coordinator", "--name", "Koordination A", "--vault", coordinator).code == 0
    assert kim("init", "--role", "case-manager", "--name", "CM Eins", "--team", "1",
               "--vault", case_manager).code == 0
    public = kim("keys", "export-public", "--vault", coordinator)
    assert public.code == 0
    (tmp_path / "koordination.pub").write_text(public.out, encoding="utf-8")
    added = kim("recipients", "add", "--vault", case_manager, tmp_path / "koordination.pub")
    assert added.code == 0, added.err
    return Linked(coordinator, case_manager, tmp_path)


def consultations(path: Path) -> int:
    with Vault.open(path, PASSWORD) as vault, vault.reader() as session:
        return session.scalar(select(func.count()).select_from(Consultation)) or 0


def recipient_in(public_key_file: Path) -> str:
    return parse_public_key_text(public_key_file.read_text(encoding="utf-8"))[0].age_recipient


def one_error_line(ran: Ran) -> str:
    lines = ran.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kim-desktop: "), ran.err
    assert "Traceback" not in ran.err
    return lines[0]


def exported(kim: Kim, v: Linked, out: str, *options: str) -> Path:
    ran = kim("export", "--vault", v.case_manager, "--out", v.root / out, *options)
    assert ran.code == 0, ran.err
    files = sorted((v.root / out).glob("*.kimsync"))
    assert files and str(files[-1]) in ran.out
    return files[-1]


def trusted(kim: Kim, v: Linked) -> None:
    """Demo data exported and imported, the device trusted."""
    assert kim("demo-data", "--consultations", "40", "--vault", v.case_manager).code == 0
    exported(kim, v, "usb0")
    assert kim("import", "--vault", v.coordinator, "--trust-new-devices", v.root / "usb0").code == 0


def test_round_trip_case_manager_to_kreis_and_back(kim: Kim, linked: Linked) -> None:
    v = linked
    assert kim("demo-data", "--consultations", "40", "--vault", v.case_manager).code == 0
    first = kim("export", "--vault", v.case_manager, "--out", v.root / "usb")
    assert first.code == 0, first.err
    assert "Export für den Kreis, Paket 1:" in first.out and "consultation 40" in first.out
    assert "beim Kreis angekommen: noch nichts bestätigt; offen: 1" in first.out

    unknown = kim("import", "--vault", v.coordinator, v.root / "usb")
    assert unknown.code == 2
    assert "unbekanntes Gerät" in unknown.row("00001.kimsync")
    assert "»CM Eins«, Team 1" in unknown.out
    # The fingerprint the coordinator is shown is the one the case manager reads out on the phone.
    own = FINGERPRINT.search(kim("keys", "export-public", "--vault", v.case_manager).out)
    shown = FINGERPRINT.search(unknown.out)
    assert own and shown and own[1] == shown[1]
    assert "unbestätigt" in kim("devices", "list", "--vault", v.coordinator).out
    assert consultations(v.coordinator) == 0

    assert kim("devices", "trust", "--vault", v.coordinator, *shown[1].split()).code == 0
    preview = kim("import", "--vault", v.coordinator, "--dry-run", v.root / "usb")
    assert preview.code == 0 and "Vorschau" in preview.row("00001.kimsync")
    assert consultations(v.coordinator) == 0
    imported = kim("import", "--vault", v.coordinator, v.root / "usb")
    assert imported.code == 0, imported.out + imported.err
    assert "neu importiert" in imported.row("00001.kimsync")
    assert consultations(v.coordinator) == 40

    feedback = kim("export", "--vault", v.coordinator, "--out", v.root / "rueck")
    assert feedback.code == 0 and "Rückmeldung an Gerät" in feedback.out
    back = kim("import", "--vault", v.case_manager, v.root / "rueck")
    assert back.code == 0, back.out + back.err
    own_status = kim("sync", "status", "--vault", v.case_manager).out
    assert "beim Kreis angekommen bis Paket 1; offen: keine" in own_status
    kreis = kim("sync", "status", "--vault", v.coordinator).out
    assert "Geräte: 1 (1 bestätigt" in kreis and "Lücken: keine" in kreis
    assert "Konflikte im Konfliktprotokoll: 0" in kreis


def test_a_refused_file_gives_exit_2_and_the_others_still_import(kim: Kim, linked: Linked) -> None:
    v = linked
    assert kim("demo-data", "--consultations", "30", "--vault", v.case_manager).code == 0
    good = exported(kim, v, "usb")
    (v.root / "usb" / "kaputt.kimsync").write_bytes(b"kein Paket")
    ran = kim("import", "--vault", v.coordinator, "--trust-new-devices", v.root / "usb")
    assert ran.code == 2
    broken = ran.row("kaputt.kimsync")
    assert "abgelehnt" in broken and "keine KIM-Austauschdatei" in broken
    assert "neu importiert" in ran.row(good.name)
    assert "1 von 2 Dateien nicht importiert" in one_error_line(ran)
    assert consultations(v.coordinator) == 30


def test_a_heartbeat_exits_0_and_a_second_import_changes_nothing(kim: Kim, linked: Linked) -> None:
    v = linked
    exported(kim, v, "usb")
    heartbeat = kim("export", "--vault", v.case_manager, "--out", v.root / "usb")
    assert heartbeat.code == 0
    assert "Paket 2:" in heartbeat.out and "Lebenszeichen: nichts Neues seit Paket 1" in heartbeat.out
    assert kim("import", "--vault", v.coordinator, "--trust-new-devices", v.root / "usb").code == 0
    again = kim("import", "--vault", v.coordinator, v.root / "usb")
    assert again.code == 0
    assert "unverändert" in again.row("00001.kimsync") and "bereits am" in again.row("00002.kimsync")


def identity_lines(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


@pytest.mark.skipif(shutil.which("age") is None, reason="the age tool (Debian package age) is missing")
def test_identity_export_is_private_and_the_age_tool_decrypts_with_it(kim: Kim, linked: Linked) -> None:
    v = linked
    package = exported(kim, v, "usb")
    key = v.root / "tresor" / "koordination.agekey"
    key.parent.mkdir()
    ran = kim("keys", "export-identity", "--vault", v.coordinator, "--out", key, "--password-stdin",
              stdin=f"{PASSWORD}\n{PASSWORD}\n")
    assert ran.code == 0, ran.err
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert [line[:16] for line in identity_lines(key)] == ["AGE-SECRET-KEY-1"]
    decrypted = subprocess.run(["age", "-d", "-i", str(key), str(package)], capture_output=True, timeout=60)
    assert decrypted.returncode == 0, decrypted.stderr
    assert "manifest.json" in zipfile.ZipFile(io.BytesIO(decrypted.stdout)).namelist()

    before = key.read_bytes()
    again = kim("keys", "export-identity", "--vault", v.coordinator, "--out", key, "--password-stdin",
                stdin=f"{PASSWORD}\n{PASSWORD}\n")
    assert again.code == 74 and "nicht überschrieben" in one_error_line(again)
    assert key.read_bytes() == before


def test_identity_export_asks_the_password_again_and_only_on_a_coordinator(kim: Kim, linked: Linked) -> None:
    v = linked
    key = v.root / "koordination.agekey"
    wrong = kim("keys", "export-identity", "--vault", v.coordinator, "--out", key, "--password-stdin",
                stdin=f"{PASSWORD}\nfalsches-Passwort-1\n")
    assert wrong.code == 3 and one_error_line(wrong) == "kim-desktop: Passwort falsch."
    only_once = kim("keys", "export-identity", "--vault", v.coordinator, "--out", key)
    assert only_once.code == 2 and "zweites Mal" in one_error_line(only_once)
    case_manager = kim("keys", "export-identity", "--vault", v.case_manager, "--out", key, "--password-stdin",
                       stdin=f"{PASSWORD}\n{PASSWORD}\n")
    assert case_manager.code == 2 and "Koordination" in one_error_line(case_manager)
    assert not key.exists()


def test_after_a_rotation_feedback_is_accepted_and_exports_use_the_new_key(kim: Kim, linked: Linked) -> None:
    v = linked
    trusted(kim, v)
    old_key, new_key = v.root / "alt.agekey", v.root / "neu.agekey"
    stdin = f"{PASSWORD}\n{PASSWORD}\n"
    assert kim("keys", "export-identity", "--vault", v.coordinator, "--out", old_key, "--password-stdin",
               stdin=stdin).code == 0
    rotated = kim("keys", "rotate", "--vault", v.coordinator)
    assert rotated.code == 0 and "nächsten Rückmeldungen" in rotated.out
    new_recipient = parse_public_key_text(rotated.out)[0].age_recipient  # the whole output stays pasteable
    old_recipient = recipient_in(v.root / "koordination.pub")
    assert new_recipient != old_recipient

    assert kim("export", "--vault", v.coordinator, "--out", v.root / "rueck").code == 0
    accepted = kim("import", "--vault", v.case_manager, v.root / "rueck")
    assert accepted.code == 0, accepted.out  # signed with the new key, endorsed by the old one
    known = kim("recipients", "list", "--vault", v.case_manager).out
    assert new_recipient in known and "angekündigt" in known and old_recipient not in known

    package = exported(kim, v, "usb1", "--all")
    assert kim("keys", "export-identity", "--vault", v.coordinator, "--out", new_key, "--password-stdin",
               stdin=stdin).code == 0
    current, retired = identity_lines(new_key)
    assert identity_lines(old_key) == [retired]
    data = package.read_bytes()
    with pytest.raises(pyrage.DecryptError):
        pyrage.decrypt(data, [pyrage.x25519.Identity.from_str(retired)])
    assert pyrage.decrypt(data, [pyrage.x25519.Identity.from_str(current)]).startswith(b"PK")
    assert kim("import", "--vault", v.coordinator, package).code == 0


def test_a_revoked_device_is_refused_and_its_records_stay(kim: Kim, linked: Linked) -> None:
    v = linked
    trusted(kim, v)
    device_id = re.search(r"Geräte-ID: (\S+)", kim("info", "--vault", v.case_manager).out)
    assert device_id
    revoked = kim("devices", "revoke", "--vault", v.coordinator, device_id[1])
    assert revoked.code == 0 and "gesperrt" in revoked.out
    package = exported(kim, v, "usb1")
    refused = kim("import", "--vault", v.coordinator, package)
    assert refused.code == 2 and "Gerät gesperrt" in refused.row(package.name)
    assert consultations(v.coordinator) == 40
    assert "gesperrt" in kim("devices", "list", "--vault", v.coordinator).out


def test_public_keys_paste_unchanged_into_the_deployment_configuration(
        kim: Kim, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    coordinator, case_manager = tmp_path / "k.kimvault", tmp_path / "cm.kimvault"
    assert kim("init", "--role", "coordinator", "--name", "Koordination »Süd«",
               "--vault", coordinator).code == 0
    public = kim("keys", "export-public", "--vault", coordinator).out
    deployment = tmp_path / "deployment.toml"
    shipped = (resources_dir() / "deployment" / "default.toml").read_text(encoding="utf-8")
    deployment.write_text(shipped + "\n" + public, encoding="utf-8")
    monkeypatch.setenv("KIM_DESKTOP_DEPLOYMENT", str(deployment))
    assert kim("init", "--role", "case-manager", "--name", "CM Zwei", "--team", "2",
               "--vault", case_manager).code == 0
    listed = kim("recipients", "list", "--vault", case_manager)
    assert "Koordination »Süd«" in listed.out and "voreingestellt" in listed.out
    assert kim("export", "--vault", case_manager, "--out", tmp_path / "usb").code == 0
    assert kim("import", "--vault", coordinator, "--trust-new-devices", tmp_path / "usb").code == 0


def test_recipients_refuse_bad_files_and_without_one_there_is_no_export(kim: Kim, linked: Linked) -> None:
    v = linked
    bad = v.root / "kaputt.pub"
    bad.write_text("[[coordinators]]\nname = \"X\"\nage_recipient = \"age1kaputt\"\nsigning_key = \"\"\n",
                   encoding="utf-8")
    for path in (bad, v.root / "fehlt.pub"):
        ran = kim("recipients", "add", "--vault", v.case_manager, path)
        assert ran.code == 2 and one_error_line(ran).startswith("kim-desktop: Schlüssel abgelehnt:")
    unknown = kim("recipients", "remove", "--vault", v.case_manager, "age1gibtesnicht")
    assert unknown.code == 2 and "keine eingetragene Koordination" in one_error_line(unknown)

    recipient = recipient_in(v.root / "koordination.pub")
    assert kim("recipients", "remove", "--vault", v.case_manager, recipient).code == 0
    assert "Keine Koordination eingetragen" in kim("recipients", "list", "--vault", v.case_manager).out
    no_export = kim("export", "--vault", v.case_manager, "--out", v.root / "usb")
    assert no_export.code == 2 and "keine Koordination" in one_error_line(no_export)
    assert not (v.root / "usb").exists() or not list((v.root / "usb").iterdir())


def test_device_commands_are_for_coordinators_and_name_unknown_devices(kim: Kim, linked: Linked) -> None:
    v = linked
    for args in (("devices", "list"), ("keys", "rotate"), ("devices", "trust", "ABCD")):
        ran = kim(*args, "--vault", v.case_manager)
        assert ran.code == 2 and "Koordination" in one_error_line(ran), args
    unknown = kim("devices", "trust", "--vault", v.coordinator, "ABCD 1234")
    assert unknown.code == 2 and "kein Gerät" in one_error_line(unknown)
    assert "Noch kein Gerät bekannt" in kim("devices", "list", "--vault", v.coordinator).out
    empty = v.root / "leer"
    empty.mkdir()
    nothing = kim("import", "--vault", v.coordinator, empty)
    assert nothing.code == 2 and "keine .kimsync-Datei" in one_error_line(nothing)
    assert os.listdir(empty) == []
