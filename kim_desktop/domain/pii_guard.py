"""The personal-data guard: what in a text looks like personal data, with the reason, before it leaves.

Escalations describe structural problems ("Seit 01.03.2022 warten Familien in Hennef 4 Monate auf
einen Termin …") and must not carry a client's personal data. `check(text, people)` returns one
Finding per suspicious span: its kind, character offsets into the text (for highlighting), the text
itself and a German reason. Unicode spaces (no-break, narrow no-break, figure space … pasted from
Word, Outlook or PDFs) are read as plain blanks; offsets and the finding's text refer to the text as
given. The rules aim at few false alarms on such sentences:

Client names (PeopleIndex, built once from the vault's clients). Text words are folded with
name_folding.fold_name, so transliterations and umlaut spellings meet (Mohammed/Muhammad,
Özdemir/Oezdemir, Yusuf/Youssef). Up to three adjacent words (joined by blanks or hyphens: "Al-Hassan",
"Abdul Rahman") are tried as one name.
- A client's last name alone is a hit when it is written with a capital letter (German writes names
  with one; "ernst", "lange" in lower case are words) and has at least three letters. Capitalised
  German nouns are NOT taken for names unless a client of the vault has that last name: "Müller" is
  only a hit when one of the user's clients is called Müller. A genitive counts as the name
  ("Familie Haddads Antrag", "Haddad's"; the stem needs three letters); the whole word is reported.
- Words that are both ordinary words and frequent surnames (COMMON_WORD_SURNAMES: Koch, Richter,
  Lange, Mai …) count only next to a first name of the same client, or after Frau/Herr/Familie.
- A first name alone is not a hit (Maria, Ali, Samuel are too common); it is one after
  Frau/Herr/Familie and as part of first + last name (either order, "Haddad, Amina").
- First + last name: both folded forms of one client in either order; or one part folded equal and
  the other with the same Kölner Phonetik code (Meier/Mayer), both words capitalised.
- The reason never says which client: "ähnelt dem Namen einer Ihrer Personen".
Birth dates: DD.MM.YYYY, D.M.YY, YYYY-MM-DD, DD/MM/YYYY and "12. März 1990" (also glued to "geb.",
"geb.1.2.1990"). Impossible dates
(31.02.) are no dates. A date is a hit when it equals a client's birth date (always, whatever the
words around it); never after nach, vor, ab, bis, seit, zwischen ("Kinder, die nach dem 01.08.2020
geboren sind" states a rule); when a birth marker is near (geb., geboren, *, Geburtsdatum, Geburtstag); else
NOT when an event word or weekday stands right before it (seit, ab, bis, am, vom, zum, Stichtag,
Frist …) or it starts or ends a range ("01.01.2010 – 31.12.2010") or it opens a line of a chronology,
followed by ":" or a dash and an event noun ("01.02.2001: Start der Maßnahme"); else when an age word is near
(Jahrgang, Alter, Jahre alt, -jährig …) or a family word right before ("Tochter (03.05.2015)");
else when it lies more than OLD_DATE_YEARS years back (events in escalations are recent, birth
dates are not).
Future dates are never birth dates.
Phone numbers: German formats (0176 1234567, 02241/12345, (02241) 12345, +49 2241 123-45,
01761234567) with 7 to 15 digits, or any run of six or more digits after Tel./Telefon/Handy/Mobil.
Postcodes (five digits), years, amounts, times and § numbers do not have that shape. Service numbers
(0800, 0180x, 0900) after Hotline, Service…, Behördennummer, kostenlos … are no one's personal number.
E-mail addresses: all, an office's as well (it is not possible to tell them apart reliably).
IBANs: two letters, two check digits and the account part, blanks allowed; only with a valid mod-97
checksum, or after the word IBAN.
File numbers: an identifier (with at least one digit) after a marker word (Az., Aktenzeichen,
BG-Nummer, Kundennummer, AZR-Nummer, Steuer-ID …); and without marker the tight shapes of a
Bedarfsgemeinschaft number (12345BG0012345), a Kundennummer of the Agentur für Arbeit (123A456789),
a court file number (S 12 AS 1234/21) and a pension insurance number (12 150385 M 123).
Addresses: a street (…straße, …str., …weg, …platz, …allee, …gasse, …ring …, or "Bonner Straße",
"Am Markt") with a house number (1–3 digits, optional letter). A street without a number is no
hit; an office's address with a number is one (acceptable). Common compounds that are no streets
(Arbeitsplatz, Kitaplatz, Rechtsweg …) and a number followed by a counted noun ("3 Monate") are not.
Overlapping hits keep the most specific kind (IBAN, e-mail, file number, phone, address, birth
date, name), then the longer one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import lru_cache

from kim_desktop.domain.cologne_phonetics import cologne_code
from kim_desktop.domain.messages import Message, Translate
from kim_desktop.domain.name_folding import FoldedName, fold_name
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP

CONTEXT = "PiiGuard"
OLD_DATE_YEARS = 14  # a date without event word this far back is taken for a birth date
MAX_NAME_WORDS = 3
MIN_NAME_LETTERS = 3


class Kind(StrEnum):
    CLIENT_NAME = "client-name"
    BIRTH_DATE = "birth-date"
    PHONE = "phone"
    EMAIL = "email"
    IBAN = "iban"
    FILE_NUMBER = "file-number"
    ADDRESS = "address"


KIND_LABELS: dict[Kind, str] = {
    Kind.CLIENT_NAME: QT_TRANSLATE_NOOP("PiiGuard", "Name"),
    Kind.BIRTH_DATE: QT_TRANSLATE_NOOP("PiiGuard", "Geburtsdatum"),
    Kind.PHONE: QT_TRANSLATE_NOOP("PiiGuard", "Telefonnummer"),
    Kind.EMAIL: QT_TRANSLATE_NOOP("PiiGuard", "E-Mail-Adresse"),
    Kind.IBAN: QT_TRANSLATE_NOOP("PiiGuard", "IBAN"),
    Kind.FILE_NUMBER: QT_TRANSLATE_NOOP("PiiGuard", "Aktenzeichen oder Nummer"),
    Kind.ADDRESS: QT_TRANSLATE_NOOP("PiiGuard", "Anschrift"),
}

REASON_CLIENT_NAME = QT_TRANSLATE_NOOP("PiiGuard", "ähnelt dem Namen einer Ihrer Personen")
REASON_BIRTH_KNOWN = QT_TRANSLATE_NOOP("PiiGuard", "gleicht dem Geburtsdatum einer Ihrer Personen")
REASON_BIRTH_MARKED = QT_TRANSLATE_NOOP("PiiGuard", "Datum neben „{marker}“: vermutlich ein Geburtsdatum")
REASON_BIRTH_AGE = QT_TRANSLATE_NOOP("PiiGuard", "Datum neben einer Altersangabe („{marker}“)")
REASON_BIRTH_OLD = QT_TRANSLATE_NOOP(
    "PiiGuard", "Datum weit zurück ohne Ereigniswort (seit, am, bis …): vermutlich ein Geburtsdatum")
REASON_PHONE = QT_TRANSLATE_NOOP("PiiGuard", "sieht aus wie eine Telefonnummer")
REASON_EMAIL = QT_TRANSLATE_NOOP("PiiGuard", "E-Mail-Adresse")
REASON_IBAN = QT_TRANSLATE_NOOP("PiiGuard", "Kontonummer (IBAN mit gültiger Prüfziffer)")
REASON_IBAN_MARKED = QT_TRANSLATE_NOOP("PiiGuard", "Kontonummer nach „IBAN“ (Prüfziffer stimmt nicht)")
REASON_FILE_MARKED = QT_TRANSLATE_NOOP("PiiGuard", "Nummer nach „{marker}“")
REASON_BG_NUMBER = QT_TRANSLATE_NOOP("PiiGuard", "Nummer einer Bedarfsgemeinschaft")
REASON_CUSTOMER_NUMBER = QT_TRANSLATE_NOOP("PiiGuard", "Kundennummer der Agentur für Arbeit")
REASON_COURT_NUMBER = QT_TRANSLATE_NOOP("PiiGuard", "gerichtliches Aktenzeichen")
REASON_INSURANCE_NUMBER = QT_TRANSLATE_NOOP("PiiGuard", "Rentenversicherungsnummer")
REASON_ADDRESS = QT_TRANSLATE_NOOP("PiiGuard", "Straße mit Hausnummer")

_PRIORITY = {Kind.IBAN: 0, Kind.EMAIL: 1, Kind.FILE_NUMBER: 2, Kind.PHONE: 3, Kind.ADDRESS: 4,
             Kind.BIRTH_DATE: 5, Kind.CLIENT_NAME: 6}


@dataclass(frozen=True)
class Finding:
    kind: Kind
    start: int  # offsets into the checked text: text[start:end] == self.text
    end: int
    text: str
    reason: Message

    def label(self, translate: Translate | None = None) -> str:
        """The kind in words ("Telefonnummer")."""
        source = KIND_LABELS[self.kind]
        return translate(CONTEXT, source) if translate else source

    def reason_text(self, translate: Translate | None = None) -> str:
        return self.reason.text(translate)


def _reason(template: str, **details: object) -> Message:
    return Message.of(CONTEXT, template, **details)


def _found(kind: Kind, match: re.Match[str], reason: Message) -> Finding:
    return Finding(kind, match.start(), match.end(), match.group(), reason)


# ---------------------------------------------------------------- names

# Ordinary German words that are also frequent surnames: alone (without first name or Frau/Herr)
# they are no hit even when a client has that name.
COMMON_WORD_SURNAMES = frozenset({
    "Koch", "Bauer", "Fischer", "Schneider", "Weber", "Wagner", "Becker", "Schäfer", "Richter", "Meister",
    "Kaiser", "König", "Wolf", "Fuchs", "Hahn", "Vogel", "Braun", "Schwarz", "Weiß", "Lang", "Lange",
    "Klein", "Groß", "Kurz", "Jung", "Alt", "Neu", "Frank", "Ernst", "Winter", "Sommer", "Berg", "Stein",
    "Engel", "Busch", "Bach", "Graf", "Schreiber", "Maurer", "Zimmermann", "Mai", "August", "Sonntag",
    "Freitag", "Fink", "Hecht", "Wald", "Kirch", "Burg", "Hof", "Hoff", "Mann", "Kind", "Heil", "Frei",
    "Sultan", "Stern", "Ring", "Kraft", "Licht", "Morgen", "Abend", "Hassel", "Sommerfeld", "Dank",
    "Recht", "Beck", "Günther", "Pfarrer", "Vogt", "Haas", "Hase", "Lamm", "Bock", "Stock", "Herbst",
})
# Name particles: part of a name, never a name alone.
_PARTICLES = frozenset({"van", "von", "de", "der", "den", "di", "da", "du", "la", "le", "bin", "ibn", "bint",
                        "abu", "ben", "zu", "vom", "ter", "ten", "al", "el", "abd", "abdel", "abdul"})
_SALUTATION = re.compile(r"(?:^|[^\w])(?:Frau|Herr|Herrn|Familie|Fam\.|Hr\.|Fr\.|Eheleute|Ehepaar)[ \t]+$")
_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
_JOIN = re.compile(r"[ \t]{1,3}|[ \t]?-[ \t]?")  # between words of one name
_SWAPPED_JOIN = re.compile(r"[ \t]{1,3}|[ \t]?,[ \t]{1,3}")  # "Haddad Amina", "Haddad, Amina"

_fold = lru_cache(maxsize=1 << 15)(fold_name)
_code = lru_cache(maxsize=1 << 15)(cologne_code)


@dataclass(frozen=True)
class KnownPerson:
    first_name: str = ""
    last_name: str = ""
    birth_date: dt.date | None = None


def _name_keys(folded: FoldedName) -> set[str]:
    """The spelling variants of a whole name, and each word of a name of several words."""
    keys = set(folded.variants)
    if len(folded.words) > 1:
        keys |= {word for word in folded.words if len(word) >= MIN_NAME_LETTERS and word not in _PARTICLES}
    return keys


class PeopleIndex:
    """The vault's clients as look-up tables of folded names: one check costs a few dict look-ups
    per word of the text, whatever the number of clients."""

    def __init__(self, people: Iterable[KnownPerson] = ()) -> None:
        self.first_names: set[str] = set()
        self.last_names: set[str] = set()
        self.pairs: set[tuple[str, str]] = set()  # (folded first, folded last) of one client
        self.first_to_last_codes: dict[str, set[str]] = defaultdict(set)
        self.last_to_first_codes: dict[str, set[str]] = defaultdict(set)
        self.birth_dates: set[dt.date] = set()
        self.size = 0
        for person in people:
            self.add(person)

    def add(self, person: KnownPerson) -> None:
        self.size += 1
        if person.birth_date is not None:
            self.birth_dates.add(person.birth_date)
        firsts = _name_keys(_fold(person.first_name)) if person.first_name else set()
        lasts = _name_keys(_fold(person.last_name)) if person.last_name else set()
        self.first_names |= firsts
        self.last_names |= lasts
        for first in firsts:
            for last in lasts:
                self.pairs.add((first, last))
                self.first_to_last_codes[first].add(_code(last))
                self.last_to_first_codes[last].add(_code(first))

    def __len__(self) -> int:
        return self.size


@dataclass(frozen=True)
class _Word:
    start: int
    end: int
    capital: bool


@dataclass(frozen=True)
class _Run:
    """One to three adjacent words read as one name part."""

    first: int  # index of the first word
    count: int
    start: int
    end: int
    keys: frozenset[str]
    capital: bool
    possessive: frozenset[str] = frozenset()  # keys without a trailing "s"/"'s": "Haddads", "Haddad's"


_COMMON_KEYS = frozenset(v for word in COMMON_WORD_SURNAMES for v in fold_name(word).variants)
_POSSESSIVE_ENDINGS = ("'s", "’s", "ʼs", "s", "S")


def _possessive_keys(span: str) -> frozenset[str]:
    """The keys of a genitive ("Familie Haddads Antrag", "Haddad's") when its stem is long enough."""
    for ending in _POSSESSIVE_ENDINGS:
        if span.endswith(ending):
            stem = span[:-len(ending)]
            last_word = re.split(r"[ \t,-]", stem)[-1]
            if sum(char.isalpha() for char in last_word) >= MIN_NAME_LETTERS:
                return frozenset(_fold(stem).variants)
            return frozenset()
    return frozenset()


def _runs(text: str, words: Sequence[_Word]) -> list[list[_Run]]:
    """For each word: the runs starting there, longest first."""
    result: list[list[_Run]] = []
    for i in range(len(words)):
        runs = []
        for count in range(1, MAX_NAME_WORDS + 1):
            last = i + count - 1
            if last >= len(words):
                break
            if count > 1 and not _JOIN.fullmatch(text, words[last - 1].end, words[last].start):
                break
            span = text[words[i].start:words[last].end]
            keys = frozenset(_fold(span).variants)
            capital = any(w.capital for w in words[i:last + 1])
            runs.append(_Run(i, count, words[i].start, words[last].end, keys, capital,
                             _possessive_keys(span)))
        result.append(runs[::-1])
    return result


def _letters(run: _Run, text: str) -> int:
    return sum(char.isalpha() for char in text[run.start:run.end])


def _after_salutation(text: str, start: int) -> bool:
    return _SALUTATION.search(text[max(0, start - 20):start]) is not None


def _pair_match(a: _Run, b: _Run, people: PeopleIndex, text: str) -> bool:
    """a = first name, b = last name of one client (folded, or one folded and one sounding alike)."""
    b_keys = b.keys | b.possessive
    if any((x, y) in people.pairs for x in a.keys for y in b_keys):
        return True
    if not (a.capital and b.capital) or min(_letters(a, text), _letters(b, text)) < MIN_NAME_LETTERS:
        return False
    for x in a.keys:
        codes = people.first_to_last_codes.get(x)
        if codes and any(_code(y) in codes for y in b_keys):
            return True
    for y in b_keys:
        codes = people.last_to_first_codes.get(y)
        if codes and any(_code(x) in codes for x in a.keys):
            return True
    return False


def _name_findings(text: str, people: PeopleIndex) -> list[Finding]:
    if not people.size:
        return []
    words = [_Word(m.start(), m.end(), m.group()[0].isupper()) for m in _WORD.finditer(text)]
    runs = _runs(text, words)
    spans: list[tuple[int, int]] = []
    for here in runs:
        for run in here:  # longest first
            nxt = run.first + run.count
            if nxt < len(words):
                gap_plain = _JOIN.fullmatch(text, run.end, words[nxt].start) is not None
                gap_swapped = _SWAPPED_JOIN.fullmatch(text, run.end, words[nxt].start) is not None
                for other in runs[nxt]:
                    if run.count + other.count > MAX_NAME_WORDS + 1:
                        continue
                    if (gap_plain and _pair_match(run, other, people, text)) or (
                            gap_swapped and _pair_match(other, run, people, text)):
                        spans.append((run.start, other.end))
            keys = run.keys
            if not run.capital or _letters(run, text) < MIN_NAME_LETTERS:
                continue
            if not keys & people.last_names and run.possessive & people.last_names:
                keys = run.possessive  # the whole word is reported, "Haddads"
            if keys & people.last_names:
                common = run.count == 1 and bool(keys & _COMMON_KEYS)
                if not common or _after_salutation(text, run.start):
                    spans.append((run.start, run.end))
            elif keys & people.first_names and _after_salutation(text, run.start):
                spans.append((run.start, run.end))
    return [Finding(Kind.CLIENT_NAME, s, e, text[s:e], _reason(REASON_CLIENT_NAME)) for s, e in set(spans)]


# ---------------------------------------------------------------- dates

_MONTHS = {"januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feb": 2, "märz": 3, "maerz": 3, "mär": 3,
           "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8,
           "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
           "dezember": 12, "dez": 12}
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
# "geb.1.2.1990": right after "geb." a date may follow without blank (elsewhere a dot before the
# digits means a version or section number, "2.1.3.2020")
_AFTER_GEB = r"(?<=[Gg][Ee][Bb]\.)"
_DATE_PATTERNS = (
    re.compile(rf"(?:(?<![\w.,/])|{_AFTER_GEB})"
               r"(?P<d>\d{1,2})\.[ \t]?(?P<m>\d{1,2})\.[ \t]?(?P<y>\d{4}|\d{2})(?!\d|[.,]\d)"),
    re.compile(rf"(?:(?<![\w.,/])|{_AFTER_GEB})"
               rf"(?P<d>\d{{1,2}})\.?[ \t]*(?P<mn>{_MONTH_NAMES})\.?[ \t]+(?P<y>\d{{4}})(?!\d)",
               re.IGNORECASE),
    re.compile(rf"(?:(?<![\w.,/-])|{_AFTER_GEB})(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}})(?![\w-])"),
    re.compile(rf"(?:(?<![\w.,/])|{_AFTER_GEB})(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})/(?P<y>\d{{4}})(?![\d/])"),
)
_BIRTH_MARKER = re.compile(
    r"(?<!\w)(geb\.|geboren|Geburtsdatum|Geburtstag|Geb\.-?Datum|GebDat|Geburt|Geb\.|\*)", re.IGNORECASE)
_BIRTH_AFTER = re.compile(r"^[ \t,)]*(?:in[ \t]+[\w-]+[ \t]+)?(geboren|geb\.)", re.IGNORECASE)
_EVENT_NOUNS = (
    r"Stichtag|Frist|Termin|Termine|Datum|Stand|Eingang|Einreise|Zuzug|Sitzung|Schreiben|Bescheid|Antrag|"
    r"Beschluss|Inkrafttreten|Wirkung|Beginn|Ende|Start|Anhörung|Verhandlung|Vorsprache|Gespräch|Treffen|"
    r"Ausgabe|Mail|E-Mail|Nachricht|Brief|Zeitraum|Gründung|Erlass|Rundschreiben|Gesetz|Verordnung|"
    r"Aufnahme|Erstkontakt|Ankunft|Zuweisung|Umzug|Einzug|Auszug|Kündigung|Bewilligung|Ablehnung|"
    r"Widerspruch|Klage|Urteil|Zustellung|Meldung|Anmeldung|Abmeldung|Fälligkeit|Zahlung|Auszahlung|"
    r"Eröffnung|Schließung|Veranstaltung|Fortbildung|Kurs|Kursbeginn|Protokoll|Vermerk")
_EVENT_BEFORE = re.compile(
    r"(?<!\w)(seit|ab|bis|am|vom|von|zum|zur|fristgerecht|spätestens|frühestens|datiert|zwischen|und|"
    r"bzw\.|oder|gültig|befristet|ausgestellt|eingereist|letztmals|zuletzt|erstmals|den|dem|Montag|"
    r"Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|Mo\.|Di\.|Mi\.|Do\.|Fr\.|Sa\.|So\.|"
    rf"heute|{_EVENT_NOUNS})"
    r"[ \t,:]*(?:den[ \t]+|dem[ \t]+)?$"
    r"|\d[ \t]*(?:-|–|bis)[ \t]*$", re.IGNORECASE)  # or the end of a range "01.01.2010 – 31.12.2010"
# "Kinder, die nach dem 01.08.2020 geboren sind": a rule about birth dates, not one
_RULE_BEFORE = re.compile(r"(?<!\w)(?:nach|vor|ab|bis|seit|zwischen|später[ \t]+als|früher[ \t]+als)"
                          r"[ \t]+(?:dem[ \t]+|zum[ \t]+)?$", re.IGNORECASE)
_RANGE_AFTER = re.compile(r"^[ \t]*(?:-|–|bis)[ \t]*(?:zum[ \t]+)?\d")
# A chronology line "01.02.2001: Start der Maßnahme" / "- 03.04.2002 – Einreise": the date of an event
_LINE_START = re.compile(r"[ \t]*(?:[-–•·>][ \t]*)?")  # what may stand before it on its line
_EVENT_AFTER = re.compile(
    rf"^[ \t]*[:–-][ \t]*(?:(?:der|die|das|den|erste[rs]?|neue[rs]?)[ \t]+)?(?:{_EVENT_NOUNS}|Maßnahme|"
    r"Kursende|Abschluss|Wechsel|Entscheidung|Rückmeldung|Zusage|Absage|Abbruch|Einstellung|Vertrag|"
    r"Arbeitsbeginn|Ausbildungsbeginn|Einschulung|Prüfung|Beratung|Erstgespräch|Hausbesuch)(?!\w)",
    re.IGNORECASE)
_AGE_WORD = re.compile(
    r"(?<!\w)(Jahrgang|Alter|Jahre[ \t]+alt|jährige\w*|-jährig\w*|Lebensjahr|volljährig|minderjährig)(?!\w)",
    re.IGNORECASE)
# "Tochter (03.05.2015)", "Sohn, 02.02.2009": a family word right before, in brackets or after a comma
_FAMILY_BEFORE = re.compile(r"(?<!\w)(Tochter|Sohn|Kind|Kinder|Baby|Säugling|Enkel\w*)[ \t]*[(,:][ \t]*$",
                            re.IGNORECASE)


@dataclass(frozen=True)
class _Date:
    start: int
    end: int
    value: dt.date


def _dates(text: str, today: dt.date) -> list[_Date]:
    found: dict[tuple[int, int], _Date] = {}
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            parts = match.groupdict()
            try:
                day = int(parts["d"])
                month = _MONTHS[parts["mn"].casefold().rstrip(".")] if parts.get("mn") else int(parts["m"])
                year = int(parts["y"])
                if len(parts["y"]) == 2:
                    year += 2000 if 2000 + year <= today.year else 1900
                value = dt.date(year, month, day)
            except (KeyError, ValueError, OverflowError):
                continue  # 31.02., month 13: no date
            found.setdefault((match.start(), match.end()), _Date(match.start(), match.end(), value))
    return list(found.values())


def _birth_date_reason(text: str, date: _Date, people: PeopleIndex | None, today: dt.date) -> Message | None:
    if date.value > today or date.value.year < 1900:
        return None
    if people is not None and date.value in people.birth_dates:
        return _reason(REASON_BIRTH_KNOWN)
    before = text[max(0, date.start - 40):date.start]
    after = text[date.end:date.end + 40]
    if _RULE_BEFORE.search(before):
        return None
    near = before[-25:]
    markers = [m for m in _BIRTH_MARKER.finditer(near) if not any(c.isdigit() for c in near[m.end():])]
    if markers:  # a marker with another number in between belongs to that number
        return _reason(REASON_BIRTH_MARKED, marker=markers[-1].group(1))
    marked_after = _BIRTH_AFTER.match(after)
    if marked_after:
        return _reason(REASON_BIRTH_MARKED, marker=marked_after.group(1))
    if _EVENT_BEFORE.search(before) or _RANGE_AFTER.match(after):
        return None
    line_start = text.rfind("\n", 0, date.start) + 1
    if _EVENT_AFTER.match(after) and _LINE_START.fullmatch(text, line_start, date.start):
        return None
    age = _AGE_WORD.search(before) or _AGE_WORD.search(after[:25]) or _FAMILY_BEFORE.search(before)
    if age:
        return _reason(REASON_BIRTH_AGE, marker=age.group(1))
    if date.value.year <= today.year - OLD_DATE_YEARS:
        return _reason(REASON_BIRTH_OLD)
    return None


def _date_findings(text: str, people: PeopleIndex | None, today: dt.date) -> list[Finding]:
    findings = []
    for date in _dates(text, today):
        reason = _birth_date_reason(text, date, people, today)
        if reason is not None:
            findings.append(Finding(Kind.BIRTH_DATE, date.start, date.end, text[date.start:date.end], reason))
    return findings


# ---------------------------------------------------------------- numbers, e-mail, streets

_PHONE = re.compile(r"""
    (?<![\w+/.,:-])
    (?:
        (?:\+|00)[1-9]\d{0,2}[ \t./-]*(?:\(0\)[ \t]*)?\d{1,5}(?:[ \t./-]{0,3}\d{2,}){1,4}
      | \(0\d{2,5}\)[ \t]*\d{2,}(?:[ \t/-]{0,3}\d{2,}){0,3}
      | 0\d{2,5}(?:[ \t]*/[ \t]*|[ \t]*-[ \t]*|[ \t]+)\d{2,}(?:[ \t]\d{2,}|[ \t]?-[ \t]?\d+){0,3}
      | 0[1-9]\d{6,12}
    )
    (?![\w]|[.,]\d)
""", re.VERBOSE)
_PHONE_MARKER = re.compile(
    r"(?<!\w)(?:Tel\.?|Telefon(?:nummer)?|Handy(?:nummer)?|Mobil(?:nummer)?|Rufnummer|Fax|WhatsApp|"
    r"erreichbar[ \t]+unter)[ \t]*:?[ \t]*(?P<number>[+(]?\d[\d \t()/+.-]{4,}\d)(?!\w)", re.IGNORECASE)
# "Hotline 0800 1234567": free-call, shared-cost and premium numbers belong to offices and firms
_SERVICE_WORD = re.compile(r"hotline|service|behördennummer|behördenruf|bürgertelefon|infotelefon|"
                           r"info-telefon|hilfetelefon|beratungstelefon|kostenlos|kostenfrei|gebührenfrei",
                           re.IGNORECASE)
_SERVICE_PREFIXES = ("0800", "0180", "0900")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?!\w)")
_IBAN = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){10,32}")
_IBAN_MARKER = re.compile(r"IBAN[ \t]*:?[ \t]*$", re.IGNORECASE)
IBAN_LENGTHS = {"DE": 22, "AT": 20, "CH": 21, "NL": 18, "BE": 16, "FR": 27, "IT": 27, "ES": 24, "PL": 28,
                "TR": 26, "GB": 22, "LU": 20, "DK": 18, "SE": 24, "CZ": 24, "RO": 24, "BG": 22, "GR": 27,
                "PT": 25, "IE": 22, "HR": 21, "HU": 28, "SK": 24, "SI": 19, "LT": 20, "LV": 21, "EE": 20,
                "FI": 18, "NO": 15, "UA": 29, "XK": 20, "AL": 28, "SY": 0}
_FILE_MARKER = re.compile(r"""
    (?<![\w-])
    (?P<marker>Az\.|AZ\b|Az\b|Aktenzeichen|Geschäftszeichen|Gz\.|GZ\b|Zeichen[ \t]+Ihres[ \t]+Schreibens|
       BG-?Nummer|BG-?Nr\.?|Bedarfsgemeinschafts-?nummer|Bedarfsgemeinschaft[ \t]+Nr\.?|
       Kunden-?nummer|Kunden-?Nr\.?|Kd\.?-?Nr\.?|AZR-?Nummer|AZR-?Nr\.?|AZR\b|
       Steuer-?ID|Steuer-?Identifikationsnummer|Identifikationsnummer|Sozialversicherungsnummer|
       Versicherungsnummer|Versichertennummer|SV-?Nummer|RV-?Nummer|Rentenversicherungsnummer|
       Personalausweisnummer|Ausweisnummer|Ausweis-?Nr\.?|Passnummer|Pass-?Nr\.?|Reisepassnummer|
       Fallnummer|Fall-?Nr\.?|Vorgangsnummer|Vorgangs-?Nr\.?|Mitgliedsnummer|Personenkennziffer|
       Kassenzeichen|Aufenthaltstitel-?Nr\.?|Dokumentennummer)
    [ \t]*[:.]?[ \t]*(?:Nr\.?[ \t]*)?
    (?P<id>[A-Za-z0-9][A-Za-z0-9./-]*(?:[ \t](?:[A-Z]{1,4}|[A-Za-z0-9]*\d[A-Za-z0-9./-]*)(?![\w])){0,4})
""", re.VERBOSE)
_FILE_SHAPES = (
    (re.compile(r"(?<![\w/])\d{5}[ \t]?BG[ \t]?\d{7}(?!\w)", re.IGNORECASE), REASON_BG_NUMBER),
    (re.compile(r"(?<![\w/])\d{3}[A-Z]\d{6}(?!\w)"), REASON_CUSTOMER_NUMBER),
    (re.compile(r"(?<![\w/])(?:[A-Z]{1,2}[ \t])?\d{1,3}[ \t][A-Z]{1,3}(?:[ \t][A-Z]{1,3})?[ \t]"
                r"\d{1,6}/\d{2}(?:\d{2})?(?![\w/])"), REASON_COURT_NUMBER),
    (re.compile(r"(?<![\w/])\d{2}[ \t]?[0-3]\d[01]\d{3}[ \t]?[A-Z][ \t]?\d{3}(?!\w)"),
     REASON_INSURANCE_NUMBER),
)
_STREET_SUFFIXES = ("straße|strasse|str\\.|weg|platz|allee|gasse|ring|damm|ufer|pfad|chaussee|steig|"
                    "wall|graben")
_STREET_WORDS = ("Straße|Strasse|Str\\.|Weg|Platz|Allee|Gasse|Ring|Damm|Ufer|Pfad|Chaussee|Steig|Markt|"
                 "Wall|Graben")
_ADDRESS = re.compile(rf"""
    (?<![\w-])
    (?P<street>
        (?:[A-ZÄÖÜ][\wäöüß]*-)*[A-ZÄÖÜ][\wäöüß]*?(?:{_STREET_SUFFIXES}|-(?:{_STREET_WORDS}))
      | [A-ZÄÖÜ][\wäöüß-]*[ \t]+(?:{_STREET_WORDS})
    )
    [ \t]*(?P<number>\d{{1,3}}(?:[ \t]?[a-hA-H](?![\w]))?(?:[ \t]?[-–/][ \t]?\d{{1,3}}[a-hA-H]?)?)
    (?!\d|[.,:]\d|[\w])
""", re.VERBOSE)
# Compounds ending like a street that are ordinary nouns ("Kitaplatz 3 …").
_NOT_STREETS = ("arbeitsplatz", "kitaplatz", "kitaplätz", "ausbildungsplatz", "studienplatz", "schulplatz",
                "kursplatz", "therapieplatz", "praktikumsplatz", "betreuungsplatz", "parkplatz", "stellplatz",
                "wohnplatz", "kindergartenplatz", "heimplatz", "pflegeplatz", "sitzplatz", "rechtsweg",
                "dienstweg", "bildungsweg", "umweg", "ausweg", "postweg", "arbeitsweg", "schulweg",
                "lebensweg", "zugangsweg", "fluchtweg", "verwaltungsweg", "klageweg", "widerspruchsweg",
                "förderweg", "hering", "sparring")
_COUNTED = re.compile(
    r"[ \t]*(?:Monate|Monaten|Wochen|Tage|Tagen|Jahre|Jahren|Personen|Familien|Fälle|Fällen|Termine|"
    r"Plätze|Stunden|Minuten|Kinder|Euro|EUR|€|%|Prozent|Mal|mal|Anträge|Beratungen|Bewerbungen|Stellen)(?!\w)")


def _service_number(text: str, start: int, number: str) -> bool:
    """A 0800/0180x/0900 number after a word like Hotline or Servicenummer: no one's personal number."""
    digits = "".join(char for char in number if char.isdigit())
    if number.lstrip("(").startswith(("+", "00")):
        digits = "0" + digits.removeprefix("00").removeprefix("49")
    near_before = _SERVICE_WORD.search(text, max(0, start - 40), start)
    return digits.startswith(_SERVICE_PREFIXES) and near_before is not None


def _phone_findings(text: str) -> list[Finding]:
    findings = []
    # the digits of an account number with a wrong checksum are no phone number either
    account_like = [m.span() for m in _IBAN.finditer(text)]
    for match in _PHONE.finditer(text):
        digits = sum(char.isdigit() for char in match.group())
        inside = any(start <= match.start() < end for start, end in account_like)
        if 7 <= digits <= 15 and not inside and not _service_number(text, match.start(), match.group()):
            findings.append(_found(Kind.PHONE, match, _reason(REASON_PHONE)))
    for match in _PHONE_MARKER.finditer(text):
        start, end = match.span("number")
        number = text[start:end].rstrip(" \t-/.")
        if sum(char.isdigit() for char in number) >= 6 and not _service_number(text, start, number):
            findings.append(Finding(Kind.PHONE, start, start + len(number), number, _reason(REASON_PHONE)))
    return findings


def iban_valid(iban: str) -> bool:
    """The mod-97 check of ISO 13616 on an IBAN without blanks."""
    if len(iban) < 15 or not iban[:2].isalpha() or not iban[2:4].isdigit() or not iban.isalnum():
        return False
    expected = IBAN_LENGTHS.get(iban[:2])
    if expected is not None and expected != len(iban):
        return False
    rearranged = iban[4:] + iban[:4]
    try:
        return int("".join(str(int(char, 36)) for char in rearranged)) % 97 == 1
    except ValueError:
        return False


def _alnum_end(text: str, start: int, count: int) -> int:
    """The offset after the count-th letter or digit from start."""
    seen = 0
    for index in range(start, len(text)):
        if text[index].isalnum():
            seen += 1
            if seen == count:
                return index + 1
    return len(text)


def _iban_findings(text: str) -> list[Finding]:
    findings = []
    for match in _IBAN.finditer(text):
        compact = re.sub(r"\s", "", match.group()).upper()
        expected = IBAN_LENGTHS.get(compact[:2])
        lengths = [expected] if expected else range(min(len(compact), 34), 14, -1)
        valid = next((n for n in lengths if n and n <= len(compact) and iban_valid(compact[:n])), None)
        marked = _IBAN_MARKER.search(text[max(0, match.start() - 12):match.start()]) is not None
        if valid is None and not marked:
            continue
        count = valid or min(len(compact), expected or len(compact))
        end = _alnum_end(text, match.start(), count)
        reason = REASON_IBAN if valid else REASON_IBAN_MARKED
        findings.append(Finding(Kind.IBAN, match.start(), end, text[match.start():end], _reason(reason)))
    return findings


def _file_findings(text: str) -> list[Finding]:
    findings = []
    for match in _FILE_MARKER.finditer(text):
        start, end = match.span("id")
        ident = text[start:end]
        stripped = ident.rstrip(".,/-")
        if not any(char.isdigit() for char in stripped) or sum(char.isalnum() for char in stripped) < 3:
            continue
        marker = " ".join(match.group("marker").split())
        findings.append(Finding(Kind.FILE_NUMBER, start, start + len(stripped), stripped,
                                _reason(REASON_FILE_MARKED, marker=marker)))
    for pattern, reason in _FILE_SHAPES:
        for match in pattern.finditer(text):
            findings.append(_found(Kind.FILE_NUMBER, match, _reason(reason)))
    return findings


def _address_findings(text: str) -> list[Finding]:
    findings = []
    for match in _ADDRESS.finditer(text):
        street = match.group("street").casefold()
        if street.endswith(_NOT_STREETS) or _COUNTED.match(text, match.end()):
            continue
        findings.append(_found(Kind.ADDRESS, match, _reason(REASON_ADDRESS)))
    return findings


def _email_findings(text: str) -> list[Finding]:
    return [_found(Kind.EMAIL, match, _reason(REASON_EMAIL)) for match in _EMAIL.finditer(text)]


# ---------------------------------------------------------------- all together

def _without_overlaps(findings: Iterable[Finding]) -> list[Finding]:
    kept: list[Finding] = []
    for finding in sorted(findings, key=lambda f: (_PRIORITY[f.kind], -(f.end - f.start), f.start)):
        free = all(finding.end <= other.start or finding.start >= other.end for other in kept)
        if finding.end > finding.start and free:
            kept.append(finding)
    return sorted(kept, key=lambda f: (f.start, f.end))


# Spaces other than the plain blank (no-break U+00A0 and narrow no-break U+202F from Word, Outlook
# and PDFs, figure space U+2007 …), one character for one, so offsets into the text stay valid.
_UNICODE_SPACES = {code: " " for code in (0x00A0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000)}


def plain_spaces(text: str) -> str:
    """`text` with every Unicode space as a plain blank; same length, same offsets."""
    return text.translate(_UNICODE_SPACES)


def check(text: str, people: PeopleIndex | None = None, *, today: dt.date | None = None) -> list[Finding]:
    """What in `text` looks like personal data, in text order, without overlaps.

    `people`: the user's clients (names, birth dates); without it names are not checked."""
    today = today or dt.date.today()
    plain = plain_spaces(text)
    findings: list[Finding] = []
    findings += _iban_findings(plain)
    findings += _email_findings(plain)
    findings += _file_findings(plain)
    findings += _phone_findings(plain)
    findings += _address_findings(plain)
    findings += _date_findings(plain, people, today)
    if people is not None:
        findings += _name_findings(plain, people)
    kept = _without_overlaps(findings)
    if plain == text:
        return kept
    # the finding shows the text as written, with its own spaces
    return [replace(f, text=text[f.start:f.end]) for f in kept]


def check_names(text: str, names: Iterable[tuple[str, str]], *,
                today: dt.date | None = None) -> list[Finding]:
    """check() with the clients given as (first name, last name) pairs; for small lists and tests."""
    return check(text, PeopleIndex(KnownPerson(first, last) for first, last in names), today=today)


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset, for messages."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1
