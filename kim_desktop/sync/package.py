"""The `.kimsync` file: a ZIP (manifest, its Ed25519 signature, one JSON-lines file per table)
encrypted with age to every recipient.

A feedback package's manifest may carry the coordination's colleague directory (`colleagues`):
in the manifest rather than as an entry of its own, because the signature covers the manifest
and older program versions ignore manifest keys they do not know, while they refuse any entry
name outside their allow-list (`_safe_name`), which would refuse the whole feedback package.

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
import re
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

COLLEAGUES = "colleagues"  # manifest key of a feedback package's colleague directory
MAX_COLLEAGUES = 500
MAX_COLLEAGUE_NAME = 200  # vault_profile.display_name
MAX_COLLEAGUE_MUNICIPALITIES = 100
MAX_DIRECTORY_BYTES = 256 * 1024
_MUNICIPALITY_KEY = re.compile(r"[0-9A-Za-z]{1,12}")
_CREATED_AT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")


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


def colleague_entry(device_id: str, name: str, team: int | None,
                    municipalities: Iterable[str]) -> dict[str, Any] | None:
    """One directory entry as written, cut to the limits `colleague_directory` checks; None if
    nothing usable is left (no name)."""
    name = " ".join(name.split())[:MAX_COLLEAGUE_NAME]
    if not name.isprintable() or not name or not _is_device_id(device_id):
        return None
    keys = list(dict.fromkeys(k for k in municipalities if _MUNICIPALITY_KEY.fullmatch(k)))
    return {"device_id": device_id, "name": name, "team": team if _is_team(team) else None,
            "municipalities": keys[:MAX_COLLEAGUE_MUNICIPALITIES]}


def colleague_directory(manifest: dict[str, Any]) -> list[dict[str, Any]] | None:
    """The manifest's colleague directory, checked and normalised; None if it has none (a package
    of an older program). Anything malformed refuses the package: it is signed by a coordinator,
    so a bad one is a bug or an attack, not something to half-apply."""
    if COLLEAGUES not in manifest:
        return None
    directory = manifest[COLLEAGUES]
    if not isinstance(directory, list):
        raise Refused("Kollegenverzeichnis unlesbar")
    if len(directory) > MAX_COLLEAGUES:
        raise Refused(f"Kollegenverzeichnis mit zu vielen Einträgen (über {MAX_COLLEAGUES})")
    try:
        size = len(json.dumps(directory, ensure_ascii=False).encode("utf-8"))
    except (ValueError, RecursionError):  # nested as deep as the manifest parser allowed
        raise Refused("Kollegenverzeichnis unlesbar") from None
    if size > MAX_DIRECTORY_BYTES:
        raise Refused("Kollegenverzeichnis zu groß")
    entries: list[dict[str, Any]] = []
    seen: set[str] = set()
    for raw in directory:
        entry = _checked_colleague(raw)
        if entry is None:
            raise Refused("Kollegenverzeichnis mit ungültigem Eintrag")
        if entry["device_id"] in seen:
            raise Refused("Kollegenverzeichnis mit doppeltem Gerät")
        seen.add(entry["device_id"])
        entries.append(entry)
    return entries


def directory_stamp(manifest: dict[str, Any]) -> list[Any]:
    """Orders directories: the later package's wins, whatever order packages are imported in.
    Creation time first (several coordinators may send), then the sender's own numbering."""
    created = manifest.get("created_at")
    created = created if isinstance(created, str) and _CREATED_AT.fullmatch(created) else ""
    return [created, manifest["sequence"], manifest["device_id"]]


def _checked_colleague(raw: Any) -> dict[str, Any] | None:
    # Unknown keys are ignored, so that a later version may add some; the known ones are strict.
    if not isinstance(raw, dict):
        return None
    device_id, name, team = raw.get("device_id"), raw.get("name"), raw.get("team")
    keys = raw.get("municipalities")
    if not isinstance(device_id, str) or not _is_device_id(device_id):
        return None
    if not isinstance(name, str) or not 0 < len(name) <= MAX_COLLEAGUE_NAME or not name.isprintable() \
            or not name.strip():
        return None
    if team is not None and not _is_team(team):
        return None
    if not isinstance(keys, list) or len(keys) > MAX_COLLEAGUE_MUNICIPALITIES \
            or not all(isinstance(k, str) and _MUNICIPALITY_KEY.fullmatch(k) for k in keys):
        return None
    return {"device_id": device_id, "name": name.strip(), "team": team, "municipalities": list(keys)}


def _is_device_id(value: str) -> bool:
    try:
        return len(value) == 36 and str(uuid.UUID(value)) == value.lower()
    except ValueError:
        return False


def _is_team(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**31


def new_package_id() -> str:
    return str(uuid.uuid4())
