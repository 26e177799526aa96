"""The client pseudonym: `K-7F3Q-2M`, random, stable, with a check character.

Five random characters from Crockford's base32 alphabet (no I, L, O, U, so nothing reads as
1 or 0 or another letter) and a sixth that checks them. The check is Damm's algorithm over the
field GF(32): it detects every single wrong character and every swap of two neighbours, the two
typos people make when they copy a pseudonym from paper. It is what identifies a client in
statistics that leave the laptop; it says nothing about the person.

32^5 ≈ 33.5 million pseudonyms: unique within a vault only if storage checks (pass the taken ones
to new_pseudonym); across the district two vaults can draw the same one, so records are keyed by
their UUID, never by the pseudonym.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Container

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's base32
PREFIX = "K-"
RANDOM_LENGTH = 5
MAX_ATTEMPTS = 1000
_VALUE = {char: index for index, char in enumerate(ALPHABET)}
_CANONICAL = re.compile(rf"K-[{ALPHABET}]{{4}}-[{ALPHABET}]{{2}}")
_READS_AS = str.maketrans({"O": "0", "I": "1", "L": "1"})  # Crockford's decoding of look-alikes
_GF32_MODULUS = 0b100101  # x^5 + x^2 + 1, irreducible
_MULTIPLIER = 2  # the element x: neither 0 nor 1, which makes the quasigroup totally antisymmetric


def _gf32_times(a: int, b: int) -> int:
    product = 0
    while b:
        if b & 1:
            product ^= a
        b >>= 1
        a <<= 1
        if a & 0b100000:
            a ^= _GF32_MODULUS
    return product


def _damm(symbols: str) -> int:
    """Damm's interim value with the operation x∘y = 2·(x + y) in GF(32): a quasigroup with a zero
    diagonal (x∘x = 0) that is totally antisymmetric, so the check character is the interim of the
    data and a correct string, check included, folds to 0."""
    interim = 0
    for char in symbols:
        interim = _gf32_times(_MULTIPLIER, interim ^ _VALUE[char])
    return interim


def check_character(data: str) -> str:
    """The check character for the random characters `data` (upper case, from ALPHABET)."""
    return ALPHABET[_damm(data)]


def _format(body: str) -> str:
    return f"{PREFIX}{body[:4]}-{body[4:]}"


def new_pseudonym(taken: Container[str] = frozenset()) -> str:
    """A fresh random pseudonym not in `taken` (the vault's existing ones)."""
    for _ in range(MAX_ATTEMPTS):
        data = "".join(secrets.choice(ALPHABET) for _ in range(RANDOM_LENGTH))
        pseudonym = _format(data + check_character(data))
        if pseudonym not in taken:
            return pseudonym
    raise RuntimeError("no free pseudonym found")  # a bug: 33 million values, a few thousand taken


def is_valid_pseudonym(text: str) -> bool:
    """True for a pseudonym exactly as stored: `K-XXXX-XX`, upper case, with a correct check character."""
    if not _CANONICAL.fullmatch(text):
        return False
    return _damm(text[2:6] + text[7:9]) == 0


def normalise_pseudonym(text: str) -> str | None:
    """The stored form of a pseudonym as somebody typed it (`k7f3q2m`, `K 7F3Q 2M`, O for 0 …),
    or None when it is not one or a character is wrong."""
    compact = re.sub(r"[\s\-]", "", text).upper().translate(_READS_AS)
    if len(compact) == RANDOM_LENGTH + 2 and compact.startswith("K"):
        compact = compact[1:]
    if len(compact) != RANDOM_LENGTH + 1 or any(char not in _VALUE for char in compact):
        return None
    pseudonym = _format(compact)
    return pseudonym if is_valid_pseudonym(pseudonym) else None
