"""Known errors: each carries a German message for the user and an exit code for the CLI.

Anything that is not a KimError is a bug and goes to the crash handler instead.
"""

from __future__ import annotations

import errno

from kim_desktop.domain.messages import Message
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP

CONTEXT = "errors"


class KimError(Exception):
    """A failure the user can understand and act on."""

    exit_code = 1
    template = QT_TRANSLATE_NOOP("errors", "Unbekannter Fehler.")

    def __init__(self, **details: object) -> None:
        self.details = {k: str(v) for k, v in details.items()}
        super().__init__(self.message())

    def message(self, translate=None) -> str:  # type: ignore[no-untyped-def]
        text = translate(CONTEXT, self.template) if translate else self.template
        try:
            return text.format(**self.details)
        except (KeyError, IndexError):
            return text


class WrongPassword(KimError):
    exit_code = 3
    template = QT_TRANSLATE_NOOP("errors", "Passwort falsch.")


class InterruptedPasswordChange(KimError):
    exit_code = 3
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Dieses Passwort öffnet die Datei nicht: eine Passwortänderung wurde unterbrochen. "
        "Bitte das andere Passwort versuchen (das bisherige oder das neue).",
    )


class VaultNotFound(KimError):
    exit_code = 4
    template = QT_TRANSLATE_NOOP("errors", "Keine Datendatei unter {path} gefunden.")


class VaultExists(KimError):
    exit_code = 4
    template = QT_TRANSLATE_NOOP("errors", "Unter {path} liegt bereits eine Datendatei; sie wird nicht überschrieben.")


class KeyFileMissing(KimError):
    exit_code = 4
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Zur Datendatei gehört die Schlüsseldatei {path}; sie fehlt. Entweder ist die gewählte Datei "
        "keine KIM-Datendatei, oder die Schlüsseldatei wurde nicht mitkopiert.",
    )


class VaultDamaged(KimError):
    exit_code = 4
    template = QT_TRANSLATE_NOOP(
        "errors", "Die Datei {path} ist keine KIM-Datendatei oder sie ist beschädigt ({reason})."
    )


class VaultInUse(KimError):
    exit_code = 5
    template = QT_TRANSLATE_NOOP(
        "errors", "Die Datendatei {path} ist bereits in einem anderen Programmfenster oder Prozess geöffnet."
    )


class VaultLocked(KimError):
    exit_code = 5
    template = QT_TRANSLATE_NOOP("errors", "Die Datendatei ist gesperrt.")


class SchemaTooNew(KimError):
    exit_code = 6
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Die Datendatei {path} stammt aus einer neueren Version von KIM Desktop. "
        "Bitte das Programm aktualisieren; die Datei bleibt unverändert.",
    )


class WeakCipher(KimError):
    exit_code = 7
    template = QT_TRANSLATE_NOOP(
        "errors", "Die Verschlüsselung der Datendatei entspricht nicht den Vorgaben ({setting}); Abbruch."
    )


class PasswordRejected(KimError):
    exit_code = 2
    template = QT_TRANSLATE_NOOP("errors", "{reason}")


class ConfigInvalid(KimError):
    exit_code = 8
    template = QT_TRANSLATE_NOOP("errors", "Konfiguration {path} ungültig: {reason}")


class RecoveryUnavailable(KimError):
    exit_code = 9
    template = QT_TRANSLATE_NOOP("errors", "Wiederherstellung nicht möglich: {reason}")


class StorageFull(KimError):
    exit_code = 10
    template = QT_TRANSLATE_NOOP(
        "errors", "Schreiben nicht möglich ({reason}). Die Daten sind unverändert; bitte Speicherplatz prüfen."
    )


class VaultNotWritable(KimError):
    exit_code = 12
    template = QT_TRANSLATE_NOOP(
        "errors", "Auf {path} kann nicht geschrieben werden ({reason}). Bitte Ordner und Rechte prüfen."
    )


class VaultBusy(KimError):
    exit_code = 5
    template = QT_TRANSLATE_NOOP(
        "errors", "Die Datendatei ist gerade beschäftigt (Sicherung oder Prüfung läuft). Bitte gleich noch einmal versuchen."
    )


class FileProblem(KimError):
    exit_code = 74
    template = QT_TRANSLATE_NOOP("errors", "Dateifehler bei {path}: {reason}")


class BackupFailed(KimError):
    exit_code = 11
    template = QT_TRANSLATE_NOOP("errors", "Sicherung fehlgeschlagen: {reason}")


def as_known_error(exc: BaseException) -> KimError | None:
    """The user-facing error for an exception, or None when it is a bug.

    File-system failures (permissions, missing folders, full disks) are the user's to fix,
    so they become a message naming the file; anything else goes to the crash handler.
    """
    if isinstance(exc, KimError):
        return exc
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return StorageFull(reason=exc.strerror or "Datenträger voll")
        return FileProblem(path=exc.filename or "?", reason=exc.strerror or type(exc).__name__)
    return None


_OS_REASONS = {
    errno.ENOENT: "nicht gefunden",
    errno.EEXIST: "existiert bereits",
    errno.EACCES: "keine Berechtigung",
    errno.EPERM: "keine Berechtigung",
    errno.EROFS: "nur lesbar (schreibgeschützt)",
    errno.ENOSPC: "Datenträger voll",
    errno.EDQUOT: "Speicherkontingent erschöpft",
    errno.EISDIR: "ist ein Ordner",
    errno.ENOTDIR: "kein Ordner",
    errno.EIO: "Ein-/Ausgabefehler (Datenträger entfernt?)",
}


def os_reason(exc: OSError) -> str:
    """A German reason for the common file-system errors (the system's own text is English)."""
    return _OS_REASONS.get(exc.errno or 0) or exc.strerror or type(exc).__name__


class InputRejected(KimError):
    """A record the user entered breaks a rule; `field` names the input to mark in a form."""

    exit_code = 2
    template = QT_TRANSLATE_NOOP("errors", "Eingabe abgelehnt.")

    def __init__(self, reason: Message, field: str | None = None) -> None:
        self.reason = reason
        self.field = field
        super().__init__()

    def message(self, translate=None) -> str:  # type: ignore[no-untyped-def]
        return self.reason.text(translate)


class RecordNotFound(KimError):
    exit_code = 4
    template = QT_TRANSLATE_NOOP("errors", "Der Datensatz {record} ist nicht (mehr) vorhanden.")


class RetentionNotDue(KimError):
    exit_code = 2
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{pseudonym}: die Aufbewahrungsfrist ist noch nicht abgelaufen (nicht alle Fälle sind abgeschlossen "
        "oder der letzte Abschluss liegt weniger als {years} Jahre zurück). Es wurde nichts gelöscht.",
    )


class SyncNotReady(KimError):
    exit_code = 2
    template = QT_TRANSLATE_NOOP("errors", "Austausch nicht möglich: {reason}")


class KeysRefused(KimError):
    exit_code = 2
    template = QT_TRANSLATE_NOOP("errors", "Schlüssel abgelehnt: {reason}")
