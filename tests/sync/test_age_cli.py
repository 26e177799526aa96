"""Any standard age tool with the coordinator's identity opens an export (disaster recovery):
here the `age` command-line tool of Debian's package `age`."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from kim_desktop.sync import export, package
from tests.sync import helpers
from tests.sync.helpers import add_client, keys_of

AGE = shutil.which("age") or "age"
pytestmark = pytest.mark.skipif(shutil.which("age") is None,
                                reason="the age command-line tool is missing (Debian: age)")


def _identity_file(path: Path, identity: str) -> Path:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(identity + "\n")
    return path


def test_the_age_tool_decrypts_an_export(tmp_path: Path) -> None:
    cm = helpers.new_case_manager(tmp_path / "cm.kimvault")
    coordinator = helpers.new_coordinator(tmp_path / "k.kimvault")
    stranger = helpers.new_coordinator(tmp_path / "x.kimvault", "Fremde Koordination")
    try:
        helpers.introduce(cm, coordinator)
        add_client(cm, first_name="Amina")
        result = export.export_for_kreis(cm, helpers.shipped_deployment(), tmp_path / "out")
        identity = _identity_file(tmp_path / "identity.txt", str(keys_of(coordinator).identity))
        other = _identity_file(tmp_path / "fremd.txt", str(keys_of(stranger).identity))
        device_id = cm.profile.device_id
    finally:
        for vault in (cm, coordinator, stranger):
            vault.close()

    opened = subprocess.run([AGE, "-d", "-i", str(identity), str(result.path)], capture_output=True,
                            timeout=60, check=False)
    assert opened.returncode == 0, opened.stderr.decode(errors="replace")
    with zipfile.ZipFile(io.BytesIO(opened.stdout)) as archive:
        names = set(archive.namelist())
        manifest = json.loads(archive.read(package.MANIFEST))
        clients = [json.loads(line) for line in archive.read("records/client.jsonl").splitlines()]
    assert {package.MANIFEST, package.SIGNATURE, "records/client.jsonl"} <= names
    assert (manifest["format"], manifest["device_id"], manifest["sequence"]) == (package.FORMAT, device_id, 1)
    assert [c["first_name"] for c in clients] == ["Amina"]

    refused = subprocess.run([AGE, "-d", "-i", str(other), str(result.path)], capture_output=True, timeout=60,
                             check=False)
    assert refused.returncode != 0 and refused.stdout == b""
