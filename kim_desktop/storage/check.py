"""`kim-desktop check`: is the file intact, of a known schema, with an unbroken audit chain?"""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlcipher3
from sqlalchemy.exc import DatabaseError

from kim_desktop.storage import audit, migrate
from kim_desktop.storage.cipher import cipher_report
from kim_desktop.storage.vault import Vault


@dataclass
class CheckReport:
    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_vault(vault: Vault) -> CheckReport:
    report = CheckReport()
    conn = vault.raw_connection()
    try:
        settings = cipher_report(conn)
        report.lines.append(f"SQLCipher {settings['cipher_version']} ({settings['cipher_provider']}), "
                            f"HMAC {settings['cipher_hmac_algorithm']}, Seitengröße {settings['cipher_page_size']}")
        # A damaged page makes SQLite raise instead of listing it: that is a finding, not a crash.
        cipher_errors = _rows(conn, "PRAGMA cipher_integrity_check")
        if cipher_errors:
            report.problems += [f"Verschlüsselung: {e}" for e in cipher_errors[:20]]
        else:
            report.lines.append("SQLCipher-Integritätsprüfung: in Ordnung")
        quick = _rows(conn, "PRAGMA quick_check")
        if quick != ["ok"]:
            report.problems += [f"SQLite: {e}" for e in quick[:20]]
        else:
            report.lines.append("SQLite quick_check: in Ordnung")
        try:
            version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlcipher3.DatabaseError as exc:
            report.problems.append(f"Schemaversion unlesbar: {exc}")
            return report
    finally:
        conn.close()
    head = migrate.head_revision()
    current = version[0] if version else None
    if current == head:
        report.lines.append(f"Schemaversion: {current} (aktuell)")
    else:
        report.problems.append(f"Schemaversion {current}, erwartet {head}")
    try:
        with vault.reader() as session:
            chain = audit.verify_chain(session)
    except DatabaseError as exc:
        report.problems.append(f"Protokoll unlesbar: {exc.orig or exc}")
        return report
    if chain.ok:
        report.lines.append(f"Protokollkette: {chain.entries} Einträge, unversehrt")
    else:
        report.problems += [f"Protokoll: {p}" for p in chain.problems]
    return report


def _rows(conn: sqlcipher3.Connection, statement: str) -> list[str]:
    try:
        return [str(row[0]) for row in conn.execute(statement)]
    except sqlcipher3.DatabaseError as exc:
        return [str(exc)]
