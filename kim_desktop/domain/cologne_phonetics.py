"""Kölner Phonetik (Hans Joachim Postel, 1969): a phonetic code for German words and names.

Each letter gets a digit from its neighbours, runs of the same digit become one, and every 0 after
the first character goes. Names that sound alike in German get the same code: Müller, Mueller,
Muller and Möller → 657. ß counts as s; letters outside a–z, ä, ö and ü get no code (fold names
first).
"""

from __future__ import annotations

_VOWELS = frozenset("aeijouyäöü")
_C_INITIAL_HARD = frozenset("ahkloqrux")  # C at the start before these sounds like K
_C_HARD = frozenset("ahkoqux")  # elsewhere before these (unless after S or Z)
_SIMPLE = {"b": "1", "f": "3", "v": "3", "w": "3", "g": "4", "k": "4", "q": "4",
           "l": "5", "m": "6", "n": "6", "r": "7", "s": "8", "z": "8"}


def _letter_code(letters: str, i: int) -> str:
    letter = letters[i]
    before = letters[i - 1] if i > 0 else ""
    after = letters[i + 1] if i + 1 < len(letters) else ""
    if letter in _VOWELS:
        return "0"
    if letter in _SIMPLE:
        return _SIMPLE[letter]
    if letter == "p":
        return "3" if after == "h" else "1"
    if letter in ("d", "t"):
        return "8" if after in ("c", "s", "z") else "2"
    if letter == "x":
        return "8" if before in ("c", "k", "q") else "48"
    if letter == "c":
        if i == 0:
            return "4" if after in _C_INITIAL_HARD else "8"
        if before in ("s", "z"):
            return "8"
        return "4" if after in _C_HARD else "8"
    return ""  # h, and anything that is not a German letter


def cologne_code(word: str) -> str:
    """The Kölner Phonetik code of `word` ('' when it has no codable letter)."""
    letters = "".join(char for char in word.lower().replace("ß", "s") if char.isalpha())
    raw = "".join(_letter_code(letters, i) for i in range(len(letters)))
    collapsed = [digit for i, digit in enumerate(raw) if i == 0 or digit != raw[i - 1]]
    return "".join(digit for i, digit in enumerate(collapsed) if i == 0 or digit != "0")
