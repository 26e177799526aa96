"""Folding a name to a spelling-neutral form, for duplicate detection (never for display).

The same person's name reaches different case managers in different spellings: German umlauts
with or without the e (Müller, Mueller, Muller), Turkish letters with or without their marks
(Özdemir, Oezdemir, Ozdemir; Ayşe, Ayse), and Arabic or Persian names in English, French or
German transliteration (Mohammad, Mohammed, Muhammad; Youssef, Yusuf, Jusuf; Chalid, Khaled).
Folding, in this order:

1. case, accents and special letters: casefold, ß → ss, ı → i, ø → o …, marks dropped (é → e,
   ş → s, ü → u); apostrophes dropped (Ma'mun → mamun); words split at spaces and hyphens;
2. the Arabic article al-/el- as a word of its own is dropped (Al-Hassan, El Hassan → hassan),
   and a fused one before a consonant gives a second variant (Alhassan → alhassan and hassan);
3. per word: ae/oe/ue → a/o/u, dsch/dj → j, tsch → ch, sch → sh, kh → h, gh → g, ph → f,
   ck → k, q → k, ou/oo → u, ee → i, w → v, y/j → i, a final h after a vowel goes, doubled
   letters become one;
4. per word, common given names that are one name in several transliterations map to one form
   (Mohammed → muhamad, Ayşe → aisha, Hatice → hadiia …): GIVEN_NAME_GROUPS;
5. a variant with ch → h (Chalid, Khaled, Halid).

The words are joined without spaces, so "Abdul Rahman", "Abdul-Rahman" and "Abdulrahman" agree.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

ARTICLES = frozenset({"al", "el"})
_SPECIAL_LETTERS = str.maketrans({"ı": "i", "ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d",
                                  "þ": "th", "ʼ": "", "'": "", "’": "", "‘": "", "`": "", "´": "",
                                  "ʿ": "", "ʾ": ""})
_WORDS = re.compile(r"[^\W\d_]+")
_RULES = (("ae", "a"), ("oe", "o"), ("ue", "u"), ("dsch", "j"), ("tsch", "ch"), ("sch", "sh"),
          ("dj", "j"), ("kh", "h"), ("gh", "g"), ("ph", "f"), ("ck", "k"), ("q", "k"), ("ou", "u"),
          ("oo", "u"), ("ee", "i"), ("w", "v"), ("y", "i"), ("j", "i"))
_FINAL_H = re.compile(r"(?<=[aeiou])h$")
_DOUBLED = re.compile(r"(.)\1+")

# One name, many transliterations: first the canonical spelling, then the others. Only names that
# the folding rules above do not already bring together; extend with care (twins are negatives).
GIVEN_NAME_GROUPS: tuple[tuple[str, ...], ...] = (
    ("muhammad", "mohammad", "mohammed", "muhammed", "mohamed", "mohamad", "muhamad", "muhamed",
     "mohammod", "mhd", "mohd", "md"),
    ("ahmad", "ahmed", "achmed", "achmad", "ahmet"),
    ("hussein", "husein", "husain", "hussain", "hossein", "hosein", "huseyin", "husejn"),
    ("yusuf", "yousef", "youssef", "yousif", "yusef", "jusuf", "yussuf"),
    ("mustafa", "mostafa", "moustafa", "mustapha"),
    ("fatima", "fatma", "fatemeh", "fatime"),
    ("aisha", "aischa", "ayesha", "ayse", "aysha", "aicha", "aysa"),
    ("khadija", "hatice", "hadija", "chadidscha", "khadidja", "hadice"),
    ("omar", "umar", "omer"),
    ("osman", "othman", "usman", "uthman"),
    ("ibrahim", "ebrahim", "ibraheem", "ibrahem"),
    ("ismail", "esmail", "ismael"),
    ("abdullah", "abdallah", "abdulla"),
    ("mahmoud", "mahmud", "mahmood"),
    ("zainab", "zeinab", "zaynab", "zeynep"),
    ("maryam", "mariam", "meryem", "mariyam"),
    ("khalid", "khaled", "halid", "chalid"),
    ("yasmin", "jasmin", "yasmine", "yasemin"),
    ("ayoub", "ayub", "eyup", "ayyub"),
    ("hamid", "hamed"),
    ("mahdi", "mehdi"),
)


def _plain(text: str) -> str:
    """Case folded, special letters replaced, accents and other marks dropped."""
    folded = unicodedata.normalize("NFKC", text).casefold().translate(_SPECIAL_LETTERS)
    return "".join(char for char in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(char))


def spelling_skeleton(word: str) -> str:
    """Step 3 of the module doc for one plain lower-case word."""
    for old, new in _RULES:
        word = word.replace(old, new)
    word = _FINAL_H.sub("", word) if len(word) > 3 else word
    return _DOUBLED.sub(r"\1", word)


_CANONICAL = {spelling_skeleton(_plain(spelling)): spelling_skeleton(group[0])
              for group in GIVEN_NAME_GROUPS for spelling in group}


@dataclass(frozen=True)
class FoldedName:
    words: tuple[str, ...]  # each word folded (steps 1–4)
    variants: tuple[str, ...]  # the words joined, in each spelling variant; empty for an empty name


def fold_word(word: str) -> str:
    skeleton = spelling_skeleton(word)
    return _CANONICAL.get(skeleton, skeleton)


def fold_name(text: str) -> FoldedName:
    words = _WORDS.findall(_plain(text))
    if any(word not in ARTICLES for word in words):
        words = [word for word in words if word not in ARTICLES]
    folded = tuple(fold_word(word) for word in words)
    if not folded:
        return FoldedName((), ())
    variants = ["".join(folded)]
    rest = words[0][2:]
    if words[0][:2] in ARTICLES and len(rest) >= 4 and rest[0] not in "aeiouy":  # Alhassan, Elsayed
        variants.append(fold_word(rest) + "".join(folded[1:]))
    variants += [variant.replace("ch", "h") for variant in variants if "ch" in variant]
    return FoldedName(folded, tuple(dict.fromkeys(variants)))
