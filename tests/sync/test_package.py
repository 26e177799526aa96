"""The `.kimsync` format on its own (no vault): round trip, and properties of the defensive reader:
no flipped byte and no truncation gets through, no entry name outside `records/` is unpacked."""

from __future__ import annotations

import hashlib
import io
import json
import re
import warnings
import zipfile

import pyrage  # type: ignore[import-untyped]
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from kim_desktop.sync import package
from kim_desktop.sync.keys import VaultKeys
from tests.sync.helpers import encrypt, jsonl, make_zip, seal, zip_entries


def _keys() -> VaultKeys:
    return VaultKeys(Ed25519PrivateKey.generate(), pyrage.x25519.Identity.generate())


SENDER, READER = _keys(), _keys()
MANIFEST = {"kind": "export", "package_id": "p", "device_id": "d", "sequence": 1}
ROWS: list[dict[str, object]] = [{"id": "a", "n": 1}, {"id": "b", "n": "zwei"}]


def _small_package() -> tuple[bytes, str]:
    contents = package.Contents(manifest=dict(MANIFEST), records={"client": ROWS, "case_file": []},
                                received=[{"device_id": "d", "sequence": 3}])
    return package.build(contents, SENDER, [READER.age_recipient])


SMALL, SMALL_HASH = _small_package()


def test_round_trip() -> None:
    opened = package.read(SMALL, READER)
    assert opened.records == {"client": ROWS}  # empty tables are left out
    assert opened.received == [{"device_id": "d", "sequence": 3}]
    assert opened.manifest_hash == SMALL_HASH
    manifest = opened.manifest
    assert {k: manifest[k] for k in MANIFEST} == MANIFEST
    assert (manifest["format"], manifest["counts"], manifest["signing_key"]) == (
        package.FORMAT, {"client": 2}, SENDER.signing_key)
    assert manifest["recipients"] == [hashlib.sha256(READER.age_recipient.encode()).hexdigest()]


def test_an_old_identity_still_opens_packages_on_their_way() -> None:
    rotated = VaultKeys(Ed25519PrivateKey.generate(), pyrage.x25519.Identity.generate(),
                        retired=(READER.identity,))
    assert package.read(SMALL, rotated).records == {"client": ROWS}
    with pytest.raises(package.Refused, match="anderen Empfänger verschlüsselt"):
        package.read(SMALL, VaultKeys(rotated.signing, rotated.identity))


@settings(max_examples=150, deadline=None)
@given(position=st.integers(0, len(SMALL) - 1), bit=st.integers(0, 7))
def test_any_flipped_bit_is_refused(position: int, bit: int) -> None:
    changed = bytearray(SMALL)
    changed[position] ^= 1 << bit
    with pytest.raises(package.Refused):
        package.read(bytes(changed), READER)


@settings(max_examples=100, deadline=None)
@given(length=st.integers(0, len(SMALL) - 1))
def test_any_truncation_is_refused(length: int) -> None:
    with pytest.raises(package.Refused):
        package.read(SMALL[:length], READER)


ALLOWED = {package.MANIFEST, package.SIGNATURE, package.RECEIVED}


@settings(max_examples=150, deadline=None)
@given(name=st.one_of(
    st.text(min_size=1, max_size=40),
    st.builds(lambda a, b: f"records/{a}{b}.jsonl", st.sampled_from(["", "..", "../", "/", "a/", "\\", "."]),
              st.text(max_size=12)),
))
def test_only_plain_names_are_unpacked(name: str) -> None:
    """Whatever the name, an entry outside `records/<table>.jsonl` is refused before unpacking."""
    entries = {name: b""} if name not in ALLOWED else {}
    try:
        data = seal(dict(MANIFEST), entries, SENDER, [READER.age_recipient])
    except (UnicodeEncodeError, ValueError, IndexError):
        return  # not a name a ZIP can hold (zipfile cuts it at a NUL)
    try:
        package.read(data, READER)
    except package.Refused as refusal:
        assert "unzulässigem Dateinamen" in refusal.reason  # nothing else is wrong with the package
        return
    assert name in ALLOWED or re.fullmatch(r"records/[A-Za-z0-9_]+\.jsonl", name)


def test_too_many_entries() -> None:
    entries = {f"records/t{i}.jsonl": b"" for i in range(package.MAX_ENTRIES)}
    with pytest.raises(package.Refused, match="zu vielen Einträgen"):
        package.read(seal(dict(MANIFEST), entries, SENDER, [READER.age_recipient]), READER)


def test_the_same_entry_twice() -> None:
    entries = zip_entries(package.pyrage.decrypt(SMALL, [READER.identity]))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # zipfile warns about the duplicate name
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            for name, data in entries.items():
                archive.writestr(name, data)
            archive.writestr("records/client.jsonl", jsonl([{"id": "c"}]))
    with pytest.raises(package.Refused, match="doppelten Einträgen"):
        package.read(encrypt(buffer.getvalue(), [READER.age_recipient]), READER)


def test_unreadable_lines() -> None:
    entries = {"records/client.jsonl": b'{"id": "a"}\n{kaputt\n'}
    data = seal(dict(MANIFEST), entries, SENDER, [READER.age_recipient])
    with pytest.raises(package.Refused, match="Inhalt unlesbar"):
        package.read(data, READER)


def test_a_manifest_that_is_no_json_object() -> None:
    manifest = b"[1, 2]"
    data = encrypt(make_zip({package.MANIFEST: manifest, package.SIGNATURE: SENDER.sign(manifest)}),
                   [READER.age_recipient])
    with pytest.raises(package.Refused, match="unbekanntes Paketformat"):
        package.read(data, READER)


def test_the_signature_covers_the_recipients() -> None:
    """Re-encrypting the same plaintext to another reader is noticed, though age itself cannot."""
    other = _keys()
    plain = package.pyrage.decrypt(SMALL, [READER.identity])
    assert json.loads(zip_entries(plain)[package.MANIFEST])["recipients"]
    with pytest.raises(package.Refused, match="anderen Empfänger bestimmt"):
        package.read(encrypt(plain, [other.age_recipient]), other)
