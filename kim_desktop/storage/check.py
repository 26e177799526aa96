"""`kim-desktop check`: is the file intact, of a known schema, with an unbroken audit chain?"""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlcipher3
from sqlalchemy.exc import DatabaseError

from kim_desktop.domain.messages import Message
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP
from kim_desktop.storage import audit, migrate
from kim_desktop.storage.audit import CONTEXT
from kim_desktop.storage.cipher import cipher_report
from kim_desktop.storage.vault import Vault


def _m(template: str, **details: object) -> Message:
    return Message.of(CONTEXT, template, **details)


@dataclass
class CheckReport:
    lines: list[Message] = field(default_factory=list)
    problems: list[Message] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_vault(vault: Vault) -> CheckReport:
    report = CheckReport()
    conn = vault.raw_connection()
    try:
        settings = cipher_report(conn)
        report.lines.append(_m(QT_TRANSLATE_NOOP("Check", "SQLCipher {version} ({provider}), HMAC {hmac}, "
                                                          "Seitengröße {page_size}"),
                               version=settings["cipher_version"], provider=settings["cipher_provider"],
                               hmac=settings["cipher_hmac_algorithm"], page_size=settings["cipher_page_size"]))
        # A damaged page makes SQLite raise instead of listing it: that is a finding, not a crash.
        cipher_errors = _rows(conn, "PRAGMA cipher_integrity_check")
        if cipher_errors:
            report.problems += [_m(QT_TRANSLATE_NOOP("Check", "Verschlüsselung: {detail}"), detail=e)
                                for e in cipher_errors[:20]]
        else:
            report.lines.append(_m(QT_TRANSLATE_NOOP("Check", "SQLCipher-Integritätsprüfung: in Ordnung")))
        quick = _rows(conn, "PRAGMA quick_check")
        if quick != ["ok"]:
            report.problems += [_m(QT_TRANSLATE_NOOP("Check", "SQLite: {detail}"), detail=e) for e in quick[:20]]
        else:
            report.lines.append(_m(QT_TRANSLATE_NOOP("Check", "SQLite quick_check: in Ordnung")))
        try:
            version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlcipher3.DatabaseError as exc:
            report.problems.append(_m(QT_TRANSLATE_NOOP("Check", "Schemaversion unlesbar: {detail}"), detail=exc))
            return report
    finally:
        conn.close()
    head = migrate.head_revision()
    current = version[0] if version else None
    if current == head:
        report.lines.append(_m(QT_TRANSLATE_NOOP("Check", "Schemaversion: {version} (aktuell)"), version=current))
    else:
        report.problems.append(_m(QT_TRANSLATE_NOOP("Check", "Schemaversion {version}, erwartet {expected}"),
                                  version=current, expected=head))
    try:
        with vault.reader() as session:
            chain = audit.verify_chain(session)
    except DatabaseError as exc:
        report.problems.append(_m(QT_TRANSLATE_NOOP("Check", "Protokoll unlesbar: {detail}"),
                                  detail=exc.orig or exc))
        return report
    if chain.ok:
        report.lines.append(_m(QT_TRANSLATE_NOOP("Check", "Protokollkette: {count} Einträge, unversehrt"),
                               count=chain.entries))
    else:
        report.problems += list(chain.problems)
    return report


def _rows(conn: sqlcipher3.Connection, statement: str) -> list[str]:
    try:
        return [str(row[0]) for row in conn.execute(statement)]
    except sqlcipher3.DatabaseError as exc:
        return [str(exc)]
