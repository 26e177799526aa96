"""The `.kimsync` file: a ZIP (manifest, its Ed25519 signature, one JSON-lines file per table)
encrypted with age to every recipient.

Reading is defensive, in this order: the size is capped before decrypting (pyrage decrypts in
memory), the ZIP's entry names are checked before anything is unpacked, every entry is unpacked
against a byte budget that does not trust the sizes the ZIP claims (decompression bombs), and
the signature and the hashes of all entries are checked before a single record is decoded.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import uuid
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import pyrage

from kim_desktop.sync.keys import VaultKeys, recipient_fingerprint, verify

FORMAT = "kimsync/1"
SUFFIX = ".kimsync"
AGE_MAGIC = b"age-encryption.org/v1\n"
MANIFEST, SIGNATURE = "manifest.json", "manifest.sig"
RECORDS_DIR, RECEIVED = "records/", "received.jsonl"

MAX_PACKAGE_BYTES = 256 * 1024 * 1024
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024
MAX_ENTRIES = 200
_CHUNK = 1024 * 1024

EXPORT, FEEDBACK, REPLICATION = "export", "feedback", "replication"
KINDS = (EXPORT, FEEDBACK, REPLICATION)


class Refused(Exception):
    """A package that is not applied; the reason is German and names no personal data."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class Contents:
    """What goes into a package, before signing and encryption."""

    manifest: dict[str, Any]
    records: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # table → encoded rows
    received: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class OpenedPackage:
    manifest: dict[str, Any]
    manifest_hash: str
    records: dict[str, list[Any]]  # table → raw JSON rows, not yet decoded
    received: list[Any]


def utc_text(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _jsonl(rows: Iterable[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n" for row in rows).encode("utf-8")


def build(contents: Contents, keys: VaultKeys, recipients: list[str]) -> tuple[bytes, str]:
    """The encrypted file's bytes and the manifest's hash (the next package's `previous_hash`)."""
    entries: dict[str, bytes] = {f"{RECORDS_DIR}{name}.jsonl": _jsonl(rows)
                                 for name, rows in contents.records.items() if rows}
    if contents.received:
        entries[RECEIVED] = _jsonl(contents.received)
    manifest = dict(contents.manifest)
    manifest.update(
        format=FORMAT,
        recipients=sorted({recipient_fingerprint(r) for r in recipients}),
        signing_key=keys.signing_key,
        counts={name: len(rows) for name, rows in contents.records.items() if rows},
        files={name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
               for name, data in entries.items()},
    )
    if keys.endorsement is not None:
        manifest["endorsement"] = keys.endorsement.as_json()
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr(MANIFEST, manifest_bytes)
        archive.writestr(SIGNATURE, keys.sign(manifest_bytes))
        for name, data in entries.items():
            archive.writestr(name, data)
    parsed = [pyrage.x25519.Recipient.from_str(r) for r in recipients]
    return pyrage.encrypt(buffer.getvalue(), parsed), hashlib.sha256(manifest_bytes).hexdigest()


def read(data: bytes, keys: VaultKeys) -> OpenedPackage:
    """Decrypt, unpack and verify; raises Refused with the reason."""
    if len(data) > MAX_PACKAGE_BYTES:
        raise Refused(f"Datei zu groß (über {MAX_PACKAGE_BYTES // (1024 * 1024)} MB)")
    if not data.startswith(AGE_MAGIC):
        raise Refused("keine KIM-Austauschdatei (.kimsync)")
    try:
        plain = pyrage.decrypt(data, keys.identities)
    except pyrage.DecryptError as exc:
        text = str(exc).lower()
        if "no matching keys" in text or "no identity matched" in text:
            raise Refused("für einen anderen Empfänger verschlüsselt oder beschädigt") from None
        raise Refused("Datei beschädigt oder unvollständig (Entschlüsselung fehlgeschlagen)") from None
    entries = _unpack(plain)
    if MANIFEST not in entries or SIGNATURE not in entries:
        raise Refused("Paket ohne Manifest oder Signatur")
    manifest_bytes = entries.pop(MANIFEST)
    signature = entries.pop(SIGNATURE)
    try:
        manifest = json.loads(manifest_bytes)
    except (ValueError, RecursionError):
        raise Refused("Manifest unlesbar") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise Refused("unbekanntes Paketformat")
    signing_key = manifest.get("signing_key")
    if not isinstance(signing_key, str) or not verify(signing_key, signature, manifest_bytes):
        raise Refused("Signatur ungültig (Paket verändert)")
    intended = manifest.get("recipients")
    ours = {recipient_fingerprint(str(identity.to_public())) for identity in keys.identities}
    if not isinstance(intended, list) or not ours.intersection(r for r in intended if isinstance(r, str)):
        raise Refused("für einen anderen Empfänger bestimmt (umverschlüsselt)")
    files = manifest.get("files")
    if not isinstance(files, dict) or set(files) != set(entries):
        raise Refused("Inhalt passt nicht zum Manifest")
    for name, data_bytes in entries.items():
        expected = files[name]
        if not isinstance(expected, dict) or hashlib.sha256(data_bytes).hexdigest() != expected.get("sha256"):
            raise Refused(f"Inhalt verändert ({name})")
    records: dict[str, list[Any]] = {}
    for name, data_bytes in entries.items():
        if name.startswith(RECORDS_DIR):
            records[name[len(RECORDS_DIR):-len(".jsonl")]] = _parse_lines(data_bytes, name)
    counts = manifest.get("counts")
    if not isinstance(counts, dict) or counts != {name: len(rows) for name, rows in records.items()}:
        raise Refused("Anzahl der Datensätze passt nicht zum Manifest")
    received = _parse_lines(entries[RECEIVED], RECEIVED) if RECEIVED in entries else []
    return OpenedPackage(manifest, hashlib.sha256(manifest_bytes).hexdigest(), records, received)


def _safe_name(name: str) -> bool:
    if name in (MANIFEST, SIGNATURE, RECEIVED):
        return True
    if not (name.startswith(RECORDS_DIR) and name.endswith(".jsonl")):
        return False
    table = name[len(RECORDS_DIR):-len(".jsonl")]
    return bool(table) and table.replace("_", "").isalnum() and table.isascii()


def _unpack(plain: bytes) -> dict[str, bytes]:
    # Anyone who knows our public recipient can encrypt to us, and the archive is read before
    # the signature inside it: zipfile's parser meets crafted input here and may raise more than
    # BadZipFile (struct.error, IndexError, UnicodeDecodeError …).
    try:
        archive = zipfile.ZipFile(io.BytesIO(plain))
        infos = archive.infolist()
    except Exception:  # noqa: BLE001 - see above
        raise Refused("Paketinhalt beschädigt (kein gültiges Archiv)") from None
    if len(infos) > MAX_ENTRIES:
        raise Refused("Paket mit zu vielen Einträgen")
    names = [info.filename for info in infos]
    if len(set(names)) != len(names):
        raise Refused("Paket mit doppelten Einträgen")
    for name in names:
        if not _safe_name(name):
            raise Refused("Paket mit unzulässigem Dateinamen im Inneren")
    budget = MAX_UNPACKED_BYTES
    entries: dict[str, bytes] = {}
    try:
        for info in infos:
            parts = []
            with archive.open(info) as stream:
                while chunk := stream.read(_CHUNK):
                    budget -= len(chunk)
                    if budget < 0:
                        raise Refused("Paket entpackt zu groß (Archivbombe?)")
                    parts.append(chunk)
            entries[info.filename] = b"".join(parts)
    except Refused:
        raise
    except Exception:  # noqa: BLE001 - crafted archives, see above
        raise Refused("Paketinhalt beschädigt") from None
    return entries


def _parse_lines(data: bytes, name: str) -> list[Any]:
    try:
        # split("\n"), not splitlines(): that also breaks at U+2028/U+2029/U+0085, which JSON
        # written with ensure_ascii=False keeps inside strings (a note pasted from Word or a PDF).
        return [json.loads(line) for line in data.decode("utf-8").split("\n") if line]
    except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
        raise Refused(f"Inhalt unlesbar ({name})") from None


def new_package_id() -> str:
    return str(uuid.uuid4())
