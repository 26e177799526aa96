"""Possible duplicates when a client is created: same birth date and a similar name.

Names are folded to a spelling-neutral form first (see name_folding) and then compared two ways:
the Kölner Phonetik code and difflib's similarity ratio. A part of a name (first or last) scores
1.0 when the folded forms agree, else the ratio, lifted a third of the way to 1 when the phonetic
codes agree; a name that holds all words of the other one ("Mohammad Ali" / "Ali") scores 0.9 × the
weakest word. Both orders are tried, so a swapped first and last name is found as well.

A candidate needs the same birth date, or a birth date missing on one side (then the score is
lower and the name must be closer). Different birth dates never match. The score is
name similarity × birth-date factor (× SWAPPED_FACTOR when the names are swapped), 0..1, and a
candidate is shown from MIN_SCORE on, when each name part reaches MIN_PART_SCORE.

PersonIndex keeps the existing clients by birth date and by the phonetic codes of their names, so
one look-up compares only a handful of people instead of all of them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import product
from typing import Any

from kim_desktop.domain.catalogues import Gender
from kim_desktop.domain.cologne_phonetics import cologne_code
from kim_desktop.domain.messages import Message, Translate
from kim_desktop.domain.name_folding import FoldedName, fold_name
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP

CONTEXT = "Duplicates"

MIN_SCORE = 0.75
MIN_PART_SCORE = 0.8
SAME_BIRTH_DATE = 1.0
NEW_YEAR_BIRTH_DATE = 0.9  # 1 January: often a substitute date for people whose birthday is unknown
MISSING_BIRTH_DATE = 0.85
SWAPPED_FACTOR = 0.95
CONTAINED_FACTOR = 0.9
PHONETIC_LIFT = 1 / 3  # same Kölner Phonetik code: the ratio goes this part of the way to 1
GENDERED_PAIR_SCORE = 0.6

REASON_SAME_BIRTH_DATE = QT_TRANSLATE_NOOP("Duplicates", "gleiches Geburtsdatum")
REASON_NEW_YEAR_BIRTH_DATE = QT_TRANSLATE_NOOP(
    "Duplicates", "gleiches Geburtsdatum (1. Januar, oft ein Ersatzdatum)")
REASON_MISSING_BIRTH_DATE = QT_TRANSLATE_NOOP(
    "Duplicates", "Geburtsdatum fehlt bei einer der beiden Personen")
REASON_SAME_NAME = QT_TRANSLATE_NOOP("Duplicates", "gleicher Name")
REASON_SIMILAR_NAME = QT_TRANSLATE_NOOP("Duplicates", "Name ähnlich ({pairs})")
REASON_SWAPPED = QT_TRANSLATE_NOOP("Duplicates", "Vor- und Nachname vertauscht")

_code = lru_cache(maxsize=1 << 16)(cologne_code)


@dataclass(frozen=True)
class PersonKey:
    """What duplicate detection needs of a client."""

    id: str
    first_name: str
    last_name: str
    birth_date: date | None
    gender: Gender | None = None  # known, different genders and different first names: never a match


@dataclass(frozen=True)
class Match:
    id: str
    score: float  # 0..1, higher is more likely the same person
    reasons: tuple[Message, ...]
    swapped: bool = False

    @property
    def reason(self) -> str:
        """The German reason, e.g. 'gleiches Geburtsdatum, Name ähnlich (Mohammad/Muhammad)'."""
        return self.reason_text()

    def reason_text(self, translate: Translate | None = None) -> str:
        return ", ".join(reason.text(translate) for reason in self.reasons)


@dataclass(frozen=True)
class _Part:
    """One name part (first or last), folded, with the phonetic code of each spelling variant."""

    text: str
    folded: FoldedName
    spellings: tuple[tuple[str, str], ...]  # (variant, its phonetic code)

    @classmethod
    def of(cls, text: str) -> _Part:
        folded = fold_name(text)
        return cls(text, folded, tuple((variant, _code(variant)) for variant in folded.variants))

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(code for _, code in self.spellings)

    @property
    def empty(self) -> bool:
        return not self.folded.variants


@dataclass(frozen=True)
class _Entry:
    person: PersonKey
    first: _Part
    last: _Part

    @classmethod
    def of(cls, person: PersonKey) -> _Entry:
        return cls(person, _Part.of(person.first_name), _Part.of(person.last_name))

    def pair_keys(self) -> set[tuple[str, str]]:
        """Unordered pairs of phonetic codes (first, last), one per spelling variant: the same
        key for a swapped name."""
        return {_pair(a, b) for a, b in product(self.first.codes or ("",), self.last.codes or ("",))}


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def gendered_pair(a: str, b: str) -> bool:
    """Two folded names that are the male and female form of one name (Jan/Jana, Mario/Maria,
    Leon/Leonie, Kowalski/Kowalska): alike in spelling, but typically twins, not one person."""
    short, long = sorted((a, b), key=len)
    if len(short) < 3:
        return False
    if long in (short + "a", short + "ie"):
        return True
    return (len(short) == len(long) and short[:-1] == long[:-1]
            and {short[-1], long[-1]} in ({"o", "a"}, {"i", "a"}))


def _similarity(a: str, b: str, code_a: str, code_b: str) -> float:
    if a == b:
        return 1.0
    if gendered_pair(a, b):
        return GENDERED_PAIR_SCORE
    first, second = sorted((a, b))  # difflib's ratio is not symmetric; the score must be
    ratio = SequenceMatcher(None, first, second).ratio()
    if code_a and code_a == code_b:
        return ratio + (1.0 - ratio) * PHONETIC_LIFT
    return ratio


def part_similarity(a: str, b: str) -> float:
    """How alike two name parts are, 0..1 (1.0: the same after folding)."""
    return _part_score(_Part.of(a), _Part.of(b))


def _part_score(a: _Part, b: _Part) -> float:
    if a.empty or b.empty:
        return 0.0
    best = max(_similarity(va, vb, ca, cb) for (va, ca), (vb, cb) in product(a.spellings, b.spellings))
    if best < 1.0 and max(len(a.folded.words), len(b.folded.words)) > 1:
        best = max(best, _contained_score(a.folded.words, b.folded.words))
    return best


def _contained_score(words_a: tuple[str, ...], words_b: tuple[str, ...]) -> float:
    """0.9 × the weakest word when every word of the shorter name is in the longer one (or of
    either, for names with the same number of words in another order)."""
    shorter, longer = sorted((words_a, words_b), key=len)
    if not shorter:
        return 0.0
    weakest = min(max(_similarity(s, w, _code(s), _code(w)) for w in longer) for s in shorter)
    return CONTAINED_FACTOR * weakest if weakest >= 0.9 else 0.0


def _birth_factor(a: date | None, b: date | None) -> tuple[float, str] | None:
    if a is None or b is None:
        return MISSING_BIRTH_DATE, REASON_MISSING_BIRTH_DATE
    if a != b:
        return None
    if (a.month, a.day) == (1, 1):
        return NEW_YEAR_BIRTH_DATE, REASON_NEW_YEAR_BIRTH_DATE
    return SAME_BIRTH_DATE, REASON_SAME_BIRTH_DATE


def _different_genders(a: PersonKey, b: PersonKey) -> bool:
    known = (Gender.FEMALE, Gender.MALE, Gender.DIVERSE)
    return a.gender in known and b.gender in known and a.gender != b.gender


def _same_first_name(a: _Entry, b: _Entry) -> bool:
    """The same first name after folding, in the same order or with first and last name swapped."""
    first, last = a.first.folded, a.last.folded
    return first == b.first.folded or (first == b.last.folded and last == b.first.folded)


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _compare(new: _Entry, old: _Entry) -> Match | None:
    birth = _birth_factor(new.person.birth_date, old.person.birth_date)
    if birth is None:
        return None
    factor, birth_reason = birth
    if _different_genders(new.person, old.person) and not _same_first_name(new, old):
        return None
    straight = (_part_score(new.first, old.first), _part_score(new.last, old.last))
    swapped = (_part_score(new.first, old.last), _part_score(new.last, old.first))
    is_swapped = sum(swapped) > sum(straight)
    first_score, last_score = swapped if is_swapped else straight
    if min(first_score, last_score) < MIN_PART_SCORE:
        return None
    score = (first_score + last_score) / 2 * factor * (SWAPPED_FACTOR if is_swapped else 1.0)
    if score < MIN_SCORE:
        return None
    old_first, old_last = (old.last, old.first) if is_swapped else (old.first, old.last)
    pairs = [f"{mine.text.strip()}/{theirs.text.strip()}"
             for mine, theirs in ((new.first, old_first), (new.last, old_last))
             if not _same_text(mine.text, theirs.text)]
    reasons = [Message.of(CONTEXT, birth_reason)]
    if is_swapped:
        reasons.append(Message.of(CONTEXT, REASON_SWAPPED))
    if pairs:
        reasons.append(Message.of(CONTEXT, REASON_SIMILAR_NAME, pairs=", ".join(pairs)))
    elif not is_swapped:
        reasons.append(Message.of(CONTEXT, REASON_SAME_NAME))
    return Match(old.person.id, round(score, 3), tuple(reasons), is_swapped)


class PersonIndex:
    """The existing clients, indexed for duplicate look-ups. Keep one per vault session and add
    or remove clients as they are saved or deleted. Not thread-safe: use it from one thread."""

    def __init__(self, people: Iterable[PersonKey] = ()) -> None:
        self._entries: dict[str, _Entry] = {}
        self._by_birth_date: dict[date, dict[str, _Entry]] = defaultdict(dict)
        self._by_name_key: dict[tuple[str, str], dict[str, _Entry]] = defaultdict(dict)
        self.last_comparisons = 0  # how many people the last look-up compared in detail
        for person in people:
            self.add(person)

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[PersonKey]:
        return (entry.person for entry in self._entries.values())

    def add(self, person: PersonKey) -> None:
        """Adds a client, or replaces the indexed data of one with the same id."""
        self.remove(person.id)
        entry = _Entry.of(person)
        self._entries[person.id] = entry
        if person.birth_date is not None:
            self._by_birth_date[person.birth_date][person.id] = entry
        for key in entry.pair_keys():
            self._by_name_key[key][person.id] = entry

    def remove(self, person_id: str) -> None:
        entry = self._entries.pop(person_id, None)
        if entry is None:
            return
        if entry.person.birth_date is not None:
            self._drop(self._by_birth_date, entry.person.birth_date, person_id)
        for key in entry.pair_keys():
            self._drop(self._by_name_key, key, person_id)

    @staticmethod
    def _drop(index: dict[Any, dict[str, _Entry]], key: object, person_id: str) -> None:
        bucket = index.get(key)
        if bucket is not None:
            bucket.pop(person_id, None)
            if not bucket:
                del index[key]

    def _candidates(self, new: _Entry) -> dict[str, _Entry]:
        """Same birth date: everyone born that day. Birth date missing on either side: those whose
        names have the same phonetic codes (in either order)."""
        found: dict[str, _Entry] = {}
        birth_date = new.person.birth_date
        if birth_date is not None:
            found.update(self._by_birth_date.get(birth_date, {}))
        for key in new.pair_keys():
            for person_id, entry in self._by_name_key.get(key, {}).items():
                if birth_date is None or entry.person.birth_date is None:
                    found[person_id] = entry
        found.pop(new.person.id, None)
        return found

    def candidates(self, new: PersonKey) -> list[Match]:
        """Possible duplicates of `new`, most likely first."""
        entry = _Entry.of(new)
        candidates = self._candidates(entry)
        self.last_comparisons = len(candidates)
        matches = [match for other in candidates.values() if (match := _compare(entry, other)) is not None]
        return sorted(matches, key=lambda match: (-match.score, match.id))


def duplicate_candidates(new: PersonKey, existing: Iterable[PersonKey]) -> list[Match]:
    """Possible duplicates of `new` among `existing` (a PersonIndex is used as it is)."""
    index = existing if isinstance(existing, PersonIndex) else PersonIndex(existing)
    return index.candidates(new)
