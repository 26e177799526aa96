"""What a vault password must be, and a hint how strong it is."""

from __future__ import annotations

import math
import string
from dataclasses import dataclass
from enum import IntEnum

from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP

MIN_LENGTH = 10


class Strength(IntEnum):
    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    GOOD = 3
    STRONG = 4


STRENGTH_LABELS = {
    Strength.TOO_SHORT: QT_TRANSLATE_NOOP("Password", "zu kurz (mindestens 10 Zeichen)"),
    Strength.WEAK: QT_TRANSLATE_NOOP("Password", "schwach"),
    Strength.FAIR: QT_TRANSLATE_NOOP("Password", "mittel"),
    Strength.GOOD: QT_TRANSLATE_NOOP("Password", "gut"),
    Strength.STRONG: QT_TRANSLATE_NOOP("Password", "stark"),
}

TOO_SHORT = QT_TRANSLATE_NOOP("Password", "Das Passwort muss mindestens 10 Zeichen lang sein.")
MISMATCH = QT_TRANSLATE_NOOP("Password", "Die beiden Passwörter stimmen nicht überein.")

_COMMON = {"passwort123", "password123", "1234567890", "qwertzuiop", "kennwort123", "0123456789"}


@dataclass(frozen=True)
class PasswordCheck:
    strength: Strength
    problem: str | None  # untranslated message, None when acceptable

    @property
    def acceptable(self) -> bool:
        return self.problem is None


def estimate_bits(password: str) -> float:
    """A rough entropy estimate from length and character classes, penalising repeats."""
    pool = 0
    if any(c in string.ascii_lowercase for c in password):
        pool += 26
    if any(c in string.ascii_uppercase for c in password):
        pool += 26
    if any(c in string.digits for c in password):
        pool += 10
    if any(not c.isalnum() for c in password):
        pool += 33
    if any(ord(c) > 127 for c in password):
        pool += 30
    distinct = len(set(password))
    effective_length = min(len(password), distinct * 2)
    return effective_length * math.log2(pool) if pool else 0.0


def check_password(password: str, repeated: str | None = None) -> PasswordCheck:
    if len(password) < MIN_LENGTH:
        return PasswordCheck(Strength.TOO_SHORT, TOO_SHORT)
    if repeated is not None and repeated != password:
        return PasswordCheck(_strength(password), MISMATCH)
    return PasswordCheck(_strength(password), None)


def _strength(password: str) -> Strength:
    if password.lower() in _COMMON:
        return Strength.WEAK
    bits = estimate_bits(password)
    if bits < 50:
        return Strength.WEAK
    if bits < 65:
        return Strength.FAIR
    if bits < 85:
        return Strength.GOOD
    return Strength.STRONG
