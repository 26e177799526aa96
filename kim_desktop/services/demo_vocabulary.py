"""Word lists, weights and small random helpers for the demo data (services.demo_data): client
populations, names with their transliteration variants, note fragments, goals. Made up for
demonstration; they describe no real person.

Weights are rough impressions of KIM case work in a district of NRW, not statistics.
"""

from __future__ import annotations

import random
import unicodedata
from bisect import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from kim_desktop.domain.case_cycle import Phase
from kim_desktop.domain.catalogues import (
    CaseFocus,
    ClosingReason,
    ContactType,
    GoalStatus,
    LegalDomain,
    ResidenceStatus,
)

R = ResidenceStatus
L = LegalDomain
T = TypeVar("T")


class Weighted(Generic[T]):
    """Weighted choice over a fixed list, one random() and one bisect per pick (random.choices
    rebuilds its cumulative weights on every call)."""

    def __init__(self, pairs: Iterable[tuple[T, float]]) -> None:
        self.items: list[T] = []
        self.cum: list[float] = []
        total = 0.0
        for item, weight in pairs:
            if weight > 0:
                total += weight
                self.items.append(item)
                self.cum.append(total)
        self.total = total

    def pick(self, rng: random.Random) -> T:
        return self.items[bisect(self.cum, rng.random() * self.total)]

    def distinct(self, rng: random.Random, k: int) -> list[T]:
        """Up to k different items, likelier ones first more often."""
        chosen: list[T] = []
        for _ in range(k * 8):
            if len(chosen) >= min(k, len(self.items)):
                break
            item = self.pick(rng)
            if item not in chosen:
                chosen.append(item)
        return chosen


def feminine(surname: str) -> str:
    """Polish and Russian surnames change with gender: Kowalski → Kowalska, Iwanow → Iwanowa."""
    for male, female in (("dzki", "dzka"), ("cki", "cka"), ("ski", "ska")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname + "a" if surname.endswith(("ow", "ew", "in")) else surname


def ascii_name(text: str) -> str:
    """A name as it appears in an e-mail address: Wiśniewska → wisniewska."""
    folded = unicodedata.normalize("NFKD", text.replace("ß", "ss").replace("ı", "i").replace("ł", "l"))
    return "".join(c for c in folded if c.isascii() and (c.isalnum() or c == "-")).lower()


def _split(text: str) -> tuple[str, ...]:
    return tuple(word.strip() for word in text.split(",") if word.strip())


@dataclass(frozen=True)
class Population:
    nationality: str
    weight: float
    female: tuple[str, ...]
    male: tuple[str, ...]
    surnames: tuple[str, ...]
    languages: tuple[str, ...]
    interpreter: tuple[tuple[str, float], ...]
    statuses: tuple[tuple[ResidenceStatus, float], ...]
    needs_interpreter: float = 0.6
    new_year_births: float = 0.0
    gendered_surnames: bool = False


def _pop(nationality: str, weight: float, female: str, male: str, surnames: str, languages: str,
         interpreter: dict[str, float], statuses: dict[ResidenceStatus, float],
         **extra: object) -> Population:
    return Population(nationality, weight, _split(female), _split(male), _split(surnames), _split(languages),
                      tuple(interpreter.items()), tuple(statuses.items()), **extra)  # type: ignore[arg-type]


# Variants are part of the lists (Mohammad and Muhammad, Yılmaz and Yilmaz), as case managers meet them.
POPULATIONS: tuple[Population, ...] = (
    _pop("syrisch", 20,
         "Fatima, Aisha, Rana, Lina, Hala, Nour, Maryam, Mariam, Zainab, Rasha, Amal, Yasmin, Reem, "
         "Hiba, Ghada",
         "Mohammad, Muhammad, Mohammed, Ahmad, Ahmed, Khaled, Omar, Mahmoud, Yusuf, Youssef, Ali, Hassan, "
         "Abdullah, Ibrahim, Mustafa, Bashar, Rami, Samer, Jamal, Fadi",
         "Al-Hassan, Alhassan, Haddad, Khalil, Ibrahim, Mansour, Hamdan, Darwish, Najjar, Saleh, Othman, "
         "Al-Ahmad, Kurdi, Hamoud, Nasser, Abdul Rahman, Abdulrahman, Al-Khatib, Sheikh Mousa",
         "Arabisch", {"Arabisch": 9, "Kurmanji": 2}, {R.RESIDENCE_PERMIT: 6, R.SETTLEMENT_PERMIT: 2,
                                                      R.PERMISSION_TO_RESIDE: 1, R.GERMAN: 0.5},
         new_year_births=0.12),
    _pop("afghanisch", 14,
         "Zahra, Fatemeh, Maryam, Parwana, Shabnam, Nilofar, Masooma, Roya, Sakina, Frozan, "
         "Mahbooba, Zarghona",
         "Ahmad, Mohammad, Muhammad, Ali, Hamid, Farid, Javad, Mustafa, Reza, Sayed, Naweed, Rahim, Hussain, "
         "Hossein, Abdul Wahid",
         "Ahmadi, Ahmady, Hosseini, Husseini, Rahimi, Mohammadi, Karimi, Sultani, Rezaei, Haidari, Nazari, "
         "Jafari, Amiri, Sadat, Noori, Stanikzai",
         "Dari", {"Dari": 6, "Paschtu": 2, "Farsi": 2},
         {R.RESIDENCE_PERMIT: 4, R.PERMISSION_TO_RESIDE: 3, R.TOLERATION: 1.5, R.FICTIONAL_CERTIFICATE: 0.5},
         needs_interpreter=0.7, new_year_births=0.3),
    _pop("ukrainisch", 18,
         "Olena, Iryna, Irina, Nataliia, Natalia, Oksana, Tetiana, Tatjana, Yuliia, Julija, Svitlana, "
         "Kateryna, Anastasiia, Halyna, Viktoriia",
         "Oleksandr, Aleksandr, Andrii, Dmytro, Serhii, Sergej, Mykola, Volodymyr, Ivan, Yurii, Vitalii",
         "Kovalenko, Kowalenko, Shevchenko, Schewtschenko, Bondarenko, Tkachenko, Kravchenko, Melnyk, Boiko, "
         "Koval, Oliinyk, Lysenko, Moroz, Savchenko, Marchenko",
         "Ukrainisch, Russisch", {"Ukrainisch": 6, "Russisch": 3},
         {R.TEMPORARY_PROTECTION: 9, R.FICTIONAL_CERTIFICATE: 1.5, R.RESIDENCE_PERMIT: 0.5},
         needs_interpreter=0.75),
    _pop("türkisch", 10,
         "Ayşe, Ayse, Fatma, Emine, Hatice, Zeynep, Elif, Meryem, Sultan, Hülya, Gülsüm, Esra",
         "Mehmet, Mustafa, Ahmet, Hüseyin, Huseyin, Murat, Emre, Yusuf, Ibrahim, Hasan, Ali, Serkan",
         "Yılmaz, Yilmaz, Kaya, Demir, Şahin, Sahin, Çelik, Yıldız, Öztürk, Aydın, Özdemir, Oezdemir, "
         "Arslan, Doğan, Kılıç",
         "Türkisch", {"Türkisch": 8, "Kurmanji": 2},
         {R.SETTLEMENT_PERMIT: 4, R.RESIDENCE_PERMIT: 3, R.PERMISSION_TO_RESIDE: 2, R.GERMAN: 1},
         needs_interpreter=0.35),
    _pop("irakisch", 8,
         "Zainab, Zeinab, Fatima, Noor, Shaima, Hanan, Sara, Layla, Jihan, Nadia, Khadija",
         "Haider, Ali, Hussein, Husain, Ahmed, Mustafa, Karim, Saad, Khalil, Nawaf, Khaled, Chalid",
         "Khudeda, Murad, Qasim, Hussein, Al-Jubouri, Al-Tamimi, Abbas, Jasim, Mahmood, Salih, Haji",
         "Arabisch, Kurdisch", {"Arabisch": 5, "Kurmanji": 4, "Sorani": 2},
         {R.RESIDENCE_PERMIT: 5, R.PERMISSION_TO_RESIDE: 2, R.TOLERATION: 2, R.SETTLEMENT_PERMIT: 1},
         new_year_births=0.25),
    _pop("eritreisch", 5,
         "Helen, Senait, Selam, Mebrat, Winta, Luwam, Saba, Rahel, Tsega, Yordanos",
         "Yonas, Filmon, Tesfaye, Dawit, Kibrom, Michael, Samuel, Habtom, Mehari, Berhane",
         "Tesfay, Gebremedhin, Haile, Tekle, Kidane, Berhe, Ghebremariam, Woldu, Asmerom, Abraha",
         "Tigrinya", {"Tigrinya": 1},
         {R.RESIDENCE_PERMIT: 6, R.PERMISSION_TO_RESIDE: 2, R.SETTLEMENT_PERMIT: 1},
         needs_interpreter=0.8, new_year_births=0.4),
    _pop("iranisch", 4,
         "Maryam, Narges, Leila, Shirin, Fatemeh, Mahsa, Parisa",
         "Reza, Mehdi, Amir, Hamid, Hossein, Saeed, Babak",
         "Mohammadi, Hosseini, Rahimi, Karimi, Moradi, Ghasemi, Tehrani, Rostami",
         "Farsi", {"Farsi": 1}, {R.PERMISSION_TO_RESIDE: 3, R.RESIDENCE_PERMIT: 3, R.EU_BLUE_CARD: 0.5}),
    _pop("rumänisch", 5,
         "Maria, Elena, Ioana, Andreea, Mihaela, Florentina, Gabriela, Daniela",
         "Ion, Andrei, Gheorghe, Mihai, Florin, Marius, Adrian, Constantin",
         "Popescu, Ionescu, Popa, Constantin, Stan, Dumitru, Stoica, Munteanu, Rusu, Lungu",
         "Rumänisch", {"Rumänisch": 1}, {R.EU_FREE_MOVEMENT: 1}, needs_interpreter=0.5),
    _pop("polnisch", 4,
         "Anna, Katarzyna, Agnieszka, Magdalena, Joanna, Małgorzata, Ewa",
         "Piotr, Krzysztof, Tomasz, Paweł, Marek, Michał, Grzegorz",
         "Nowak, Kowalski, Wiśniewski, Wójcik, Kamiński, Lewandowski, Zieliński, Kowalczyk, Mazur, Dąbrowski",
         "Polnisch", {"Polnisch": 1}, {R.EU_FREE_MOVEMENT: 5, R.GERMAN: 1}, needs_interpreter=0.4,
         gendered_surnames=True),
    _pop("russisch", 3,
         "Tatjana, Natalja, Swetlana, Olga, Jelena, Ljudmila",
         "Sergej, Alexander, Dmitri, Wladimir, Andrej, Juri",
         "Iwanow, Petrow, Smirnow, Kusnezow, Popow, Sokolow, Lebedew, Morosow",
         "Russisch", {"Russisch": 1}, {R.RESIDENCE_PERMIT: 2, R.SETTLEMENT_PERMIT: 2, R.GERMAN: 1},
         needs_interpreter=0.5, gendered_surnames=True),
    _pop("guineisch", 3,
         "Mariama, Fatoumata, Aissatou, Kadiatou, Hawa, Djenabou",
         "Mamadou, Ibrahima, Alpha, Ousmane, Abdoulaye, Sekou",
         "Diallo, Barry, Bah, Sow, Camara, Sylla, Keita, Baldé",
         "Französisch, Fulfulde", {"Französisch": 3, "Fulfulde": 2},
         {R.PERMISSION_TO_RESIDE: 3, R.TOLERATION: 3, R.RESIDENCE_PERMIT: 1}, new_year_births=0.35),
    _pop("somalisch", 2,
         "Hodan, Fadumo, Amina, Hawa, Ifrah, Sahra", "Abdirahman, Mohamed, Ahmed, Abdullahi, Hassan, Osman",
         "Abdi, Ali, Hassan, Farah, Warsame, Osman, Jama, Mohamud",
         "Somali", {"Somali": 1}, {R.RESIDENCE_PERMIT: 3, R.PERMISSION_TO_RESIDE: 2, R.TOLERATION: 1},
         new_year_births=0.4),
    _pop("kosovarisch", 3,
         "Arta, Blerta, Drita, Fatime, Valbona, Shqipe", "Arben, Besnik, Driton, Valon, Agim, Fatmir",
         "Berisha, Krasniqi, Gashi, Hoxha, Shala, Morina, Kastrati",
         "Albanisch", {"Albanisch": 1}, {R.RESIDENCE_PERMIT: 4, R.SETTLEMENT_PERMIT: 1, R.TOLERATION: 1},
         needs_interpreter=0.4),
)

# The same name in another spelling, for the occasional client entered twice (duplicate warning).
SPELLINGS: dict[str, tuple[str, ...]] = {
    "Mohammad": ("Muhammad", "Mohammed", "Mohamed"), "Muhammad": ("Mohammad", "Mohammed"),
    "Mohammed": ("Muhammad", "Mohamad"), "Mohamed": ("Mohammed",), "Ahmad": ("Ahmed",), "Ahmed": ("Ahmad",),
    "Yusuf": ("Youssef", "Yousef"), "Youssef": ("Yusuf",), "Mustafa": ("Mostafa",), "Fatima": ("Fatma",),
    "Hussein": ("Husain", "Hossein"), "Hussain": ("Hussein",), "Zainab": ("Zeinab",), "Maryam": ("Mariam",),
    "Khaled": ("Chalid", "Khalid"), "Ayşe": ("Ayse", "Aysha"), "Hüseyin": ("Huseyin",), "Iryna": ("Irina",),
    "Oleksandr": ("Aleksandr", "Olexandr"), "Serhii": ("Sergej", "Serhij"), "Tetiana": ("Tatjana",),
    "Yuliia": ("Julija", "Yulia"), "Nataliia": ("Natalia",), "Fatemeh": ("Fatima",), "Ibrahim": ("Ibraheem",),
    "Al-Hassan": ("Alhassan", "El Hassan"), "Ahmadi": ("Ahmady",), "Hosseini": ("Husseini",),
    "Yılmaz": ("Yilmaz",), "Özdemir": ("Oezdemir", "Ozdemir"), "Şahin": ("Sahin",),
    "Kovalenko": ("Kowalenko",),
    "Shevchenko": ("Schewtschenko",), "Abdul Rahman": ("Abdulrahman",), "Müller": ("Mueller",),
}

GERMAN_LEVELS = ("keine", "A1", "A1", "A2", "A2", "A2", "B1", "B1", "B2", "C1")

CONTACT_TYPES = ((ContactType.IN_PERSON, 55), (ContactType.PHONE, 22), (ContactType.ACCOMPANIMENT, 7),
                 (ContactType.HOME_VISIT, 6), (ContactType.WRITTEN, 6), (ContactType.VIDEO, 3))
DURATIONS: dict[ContactType, tuple[int, ...]] = {
    ContactType.IN_PERSON: (30, 30, 45, 45, 60, 60, 60, 90), ContactType.PHONE: (5, 10, 10, 15, 15, 20, 30),
    ContactType.ACCOMPANIMENT: (90, 120, 120, 150, 180, 240), ContactType.HOME_VISIT: (45, 60, 60, 90, 120),
    ContactType.WRITTEN: (10, 15, 20, 30), ContactType.VIDEO: (20, 30, 45),
}
ACCOMPANIMENT_PLACES = ("Jobcenter Rhein-Sieg, Standort {name}", "Ausländerbehörde, Kreishaus Siegburg",
                        "Agentur für Arbeit Siegburg", "Sozialamt {name}", "Jugendamt",
                        "Kinderarztpraxis in {name}", "Familienkasse", "Wohnungsbaugesellschaft")

TOPICS = (("finances-benefits", 22), ("residence", 20), ("work-training", 18), ("language-course", 16),
          ("housing", 14), ("authorities-mail", 14), ("daycare-school", 10), ("health", 8), ("family", 8),
          ("recognition", 5), ("debts", 4), ("other", 4), ("naturalisation", 3), ("disability-care", 3),
          ("participation", 3), ("discrimination", 1))
TOPICS_EARLY = (("early-language", 30), ("daycare-school", 25), ("family", 10), ("finances-benefits", 8),
                ("health", 6), ("language-course", 6), ("authorities-mail", 5), ("participation", 4))

CONSENT_AGENCIES = (("jobcenter", 30), ("foreigners-authority", 25), ("employment-agency", 12),
                    ("social-welfare-office", 8), ("youth-welfare-office", 8), ("mbe", 8),
                    ("integration-course-provider", 8), ("school-daycare", 7), ("housing-office", 6),
                    ("family-benefits-office", 5), ("jmd", 3), ("health-insurance", 3),
                    ("recognition-advice", 3),
                    ("debt-counselling", 2), ("naturalisation-authority", 2), ("caritas", 2), ("diakonie", 2),
                    ("awo", 2), ("drk", 1), ("health-office", 1))
CONSENT_SCOPES = {
    "jobcenter": ("Austausch zum Stand des Leistungsantrags und zu Fördermaßnahmen",
                  "Weitergabe von Bescheiden und Nachweisen zum Bürgergeld"),
    "foreigners-authority": ("Austausch zur Verlängerung des Aufenthaltstitels",
                             "Auskunft zum Stand des Verfahrens, Weitergabe von Nachweisen"),
    "youth-welfare-office": ("Austausch zu Hilfen für die Familie", "Abstimmung zur Kinderbetreuung"),
    "school-daycare": ("Austausch mit Kita/Schule zur Sprachförderung",
                       "Abstimmung zur Eingewöhnung und Förderung"),
    "*": ("Austausch zum Anliegen und Weitergabe der nötigen Unterlagen",
          "Schweigepflichtentbindung für Rückfragen zum laufenden Verfahren"),
}

LEGAL_BASE = {L.SGB_II: 40, L.AUFENTHG: 28, L.SGB_III: 12, L.SGB_VIII: 9, L.SCHOOL_DAYCARE: 6, L.SGB_V: 5,
              L.BKGG: 5, L.WOGG: 4, L.SGB_XII: 3, L.BAFOEG_BAB: 3, L.BQFG: 3, L.STAG: 2, L.SGB_IX: 2,
              L.UVG: 2, L.BEEG: 1, L.SGB_XI: 1, L.SGB_VI: 0.5, L.SGB_X: 0.5, L.OTHER: 1}
ASYLUM = {R.PERMISSION_TO_RESIDE, R.TOLERATION}


def legal_weights(status: ResidenceStatus, focus: CaseFocus) -> dict[LegalDomain, float]:
    """Asylum seekers get AsylbLG instead of SGB II; EU citizens FreizügG/EU instead of AufenthG."""
    weights = dict(LEGAL_BASE)
    if status in ASYLUM:
        weights.update({L.SGB_II: 0, L.ASYLBLG: 35, L.ASYLG: 10, L.SGB_III: 4})
    elif status is R.EU_FREE_MOVEMENT:
        weights.update({L.AUFENTHG: 0, L.FREIZUEGG_EU: 20})
    elif status is R.GERMAN:
        weights.update({L.AUFENTHG: 0})
    elif status is R.SETTLEMENT_PERMIT:
        weights.update({L.AUFENTHG: 8, L.STAG: 8})
    if focus is CaseFocus.EARLY_LANGUAGE:
        weights.update({L.SGB_VIII: 30, L.SCHOOL_DAYCARE: 30})
    return weights


# Days a case spends in a phase before the next change (and, after Abschluss, before a re-opening).
STEP_DAYS = {Phase.CLEARING: (3, 30), Phase.ASSESSMENT: (7, 45), Phase.PLANNING: (7, 40),
             Phase.MONITORING: (60, 320), Phase.EVALUATION: (7, 45), Phase.CLOSED: (30, 240)}
DROP_OUT = {Phase.CLEARING: 0.15, Phase.ASSESSMENT: 0.08, Phase.PLANNING: 0.05, Phase.MONITORING: 0.12}
C = ClosingReason
EARLY_REASONS = ((C.NO_CONTACT, 30), (C.HANDED_OVER, 20), (C.MOVED_AWAY, 15), (C.NOT_RESPONSIBLE, 12),
                 (C.CLIENT_ENDED, 12), (C.NO_LONGER_NEEDED, 10), (C.OTHER, 4), (C.DECEASED, 0.5))
FINAL_REASONS = ((C.GOALS_ACHIEVED, 55), (C.HANDED_OVER, 20), (C.NO_LONGER_NEEDED, 15), (C.CLIENT_ENDED, 5),
                 (C.OTHER, 5))

G = GoalStatus
# A goal's status by the phase its case has reached (goals are agreed in Hilfeplanung).
GOALS_AFTER_SUCCESS = ((G.ACHIEVED, 6), (G.NOT_ACHIEVED, 1.5), (G.DROPPED, 1))
GOALS_AFTER_CLOSING = ((G.ACHIEVED, 1.5), (G.NOT_ACHIEVED, 1.5), (G.DROPPED, 1))
GOALS_IN_EVALUATION = ((G.ACHIEVED, 3), (G.NOT_ACHIEVED, 1), (G.IN_PROGRESS, 1))
GOALS_IN_WORK = ((G.OPEN, 2), (G.IN_PROGRESS, 4), (G.ACHIEVED, 1), (G.DROPPED, 0.3))

GOALS = (
    "Deutschkenntnisse auf B1-Niveau verbessern", "Aufenthalt dauerhaft sichern", "Eigene Wohnung finden",
    "Aufnahme einer Ausbildung", "Sozialversicherungspflichtige Beschäftigung aufnehmen",
    "Kita-Platz für das jüngste Kind", "Anerkennung des Berufsabschlusses", "Schulden regulieren",
    "Behördenpost selbstständig erledigen", "Leistungen lückenlos sichern", "Hausärztliche Versorgung klären",
    "Teilnahme am Integrationskurs bis zum Abschluss", "Führerschein umschreiben lassen",
    "Einbürgerungsantrag stellen", "Schulische Förderung der Kinder sichern",
)
STREETS = _split("Hauptstraße, Bahnhofstraße, Lindenweg, Schulstraße, Kirchweg, Am Markt, Gartenstraße, "
                 "Rosenweg, Bergstraße, Mühlenweg, Wiesenweg, Burgstraße, Ringstraße, Talweg, Birkenweg, "
                 "Kastanienallee, Auf dem Acker, Am Bach, Poststraße, Feldstraße")
# The district's municipalities (AGS → main postcode); other deployments' addresses go without one.
POSTCODES = {"05382004": "53347", "05382008": "53604", "05382012": "53332", "05382016": "53783",
             "05382020": "53773", "05382024": "53639", "05382028": "53797", "05382032": "53340",
             "05382036": "53804", "05382040": "53819", "05382044": "53859", "05382048": "53359",
             "05382052": "53809", "05382056": "53757", "05382060": "53721", "05382064": "53913",
             "05382068": "53840", "05382072": "53343", "05382076": "51570"}
CLIENT_NOTES = ("Zugang über das Jobcenter.", "Zugang über die Sprechstunde im Rathaus.",
                "Empfehlung durch Bekannte.", "Zugang über die Kita.",
                "Vermittelt von der Migrationsberatung.", "Termine bitte vormittags (Kinderbetreuung).",
                "Bevorzugt telefonische Erreichbarkeit.")

OPENINGS = {
    ContactType.IN_PERSON: ("Beratung im Büro.", "Termin in der Sprechstunde.", "Offene Sprechstunde.",
                            "Persönliches Gespräch, Unterlagen mitgebracht."),
    ContactType.PHONE: ("Telefonat.", "Rückruf auf Bitte der Person.", "Kurzes Telefonat zum Sachstand."),
    ContactType.HOME_VISIT: ("Hausbesuch, Familie zu Hause angetroffen.",
                             "Hausbesuch; Wohnsituation angesehen."),
    ContactType.ACCOMPANIMENT: ("Begleitung zum Behördentermin.",
                                "Begleitung zum Termin, vorher Vorgespräch."),
    ContactType.VIDEO: ("Videogespräch.", "Beratung per Videotelefonie."),
    ContactType.WRITTEN: ("Anfrage per E-Mail beantwortet.", "Unterlagen per Post erhalten und gesichtet."),
}
SENTENCES = {
    "residence": ("Fiktionsbescheinigung läuft bald ab; Verlängerungsantrag besprochen.",
                  "Termin bei der Ausländerbehörde zur Verlängerung des Aufenthaltstitels vorbereitet.",
                  "Unterlagen für die Niederlassungserlaubnis gesichtet, Sprachnachweis fehlt noch."),
    "work-training": ("Bewerbungsunterlagen gemeinsam überarbeitet.",
                      "Möglichkeiten einer Ausbildung besprochen.",
                      "Rückmeldung zum Praktikum liegt vor, Übernahme möglich."),
    "language-course": ("Anmeldung zum Integrationskurs besprochen, Berechtigungsschein liegt vor.",
                        "Kursträger in der Nähe gesucht; Kinderbetreuung während des Kurses ungeklärt.",
                        "Prüfung B1 bestanden, Anschlusskurs Berufssprache angefragt."),
    "housing": ("Wohnungssuche: Wohnberechtigungsschein beantragt.",
                "Mietrückstände und drohende Kündigung besprochen.", "Nebenkostenabrechnung erklärt."),
    "health": ("Facharzttermin vereinbart, Dolmetschung organisiert.",
               "Fragen zur Krankenversicherung geklärt."),
    "daycare-school": ("Kita-Platz über das Kita-Portal beantragt.", "Gespräch mit der Schule vorbereitet.",
                       "Anmeldung zur weiterführenden Schule besprochen."),
    "early-language": ("Sprachförderangebot der Kita besprochen.",
                       "Eltern über Angebote zur Sprachförderung informiert.",
                       "Rückmeldung der Kita zur Sprachentwicklung besprochen."),
    "finances-benefits": ("Weiterbewilligungsantrag Bürgergeld gemeinsam ausgefüllt.",
                          "Bescheid erklärt; Widerspruchsfrist notiert.",
                          "Kinderzuschlag und Wohngeld verglichen."),
    "debts": ("Überblick über offene Forderungen erstellt.", "Ratenzahlung mit einem Gläubiger besprochen."),
    "recognition": ("Zeugnisse zur Übersetzung gegeben.",
                    "Antrag auf Anerkennung des Berufsabschlusses vorbereitet."),
    "family": ("Familiennachzug: benötigte Unterlagen besprochen.",
               "Belastende Familiensituation angesprochen."),
    "naturalisation": ("Voraussetzungen der Einbürgerung geprüft; Einbürgerungstest noch offen.",),
    "disability-care": ("Antrag auf Pflegegrad besprochen.", "Antrag auf Schwerbehindertenausweis gestellt."),
    "authorities-mail": ("Behördenpost gesichtet und erklärt.",
                         "Schreiben an die Familienkasse gemeinsam verfasst."),
    "participation": ("Angebote des Sportvereins vorgestellt.",
                      "Kontakt zu einem Begegnungscafé vermittelt."),
    "discrimination": ("Benachteiligung bei der Wohnungssuche geschildert; Beratungsstelle genannt.",),
    "other": ("Allgemeine Fragen geklärt.", "Anliegen aufgenommen, Zuständigkeit geklärt."),
}
NEXT_STEPS = {
    "residence": "Passfotos und Mietbescheinigung für die Ausländerbehörde besorgen.",
    "work-training": "Bewerbungen an drei Betriebe schicken.",
    "language-course": "Beim Kursträger zum Einstufungstest anmelden.",
    "housing": "Wohnungsangebote sammeln und zum nächsten Termin mitbringen.",
    "health": "Überweisung bei der Hausarztpraxis abholen.",
    "daycare-school": "Anmeldeformular der Kita ausfüllen und abgeben.",
    "early-language": "Nächstes Gespräch gemeinsam mit der Kita vereinbaren.",
    "finances-benefits": "Fehlende Kontoauszüge beim Jobcenter nachreichen.",
    "debts": "Termin bei der Schuldnerberatung vereinbaren.",
    "recognition": "Übersetzte Zeugnisse an die Anerkennungsstelle schicken.",
    "family": "Unterlagen zum Familiennachzug zusammenstellen.",
    "naturalisation": "Zum Einbürgerungstest anmelden.",
    "disability-care": "Gutachtertermin abwarten und Unterlagen bereithalten.",
    "authorities-mail": "Neue Post zum nächsten Termin mitbringen.",
}
GENERIC_NEXT_STEPS = ("Case Management fragt beim Netzwerkpartner nach.",
                      "Rückmeldung bis zum nächsten Termin.",
                      "Wiedervorlage zur Fristkontrolle.")


FIRST_CONTACT = "Erstgespräch: Anliegen und Lebenssituation aufgenommen."
CLOSING_TALK = "Abschlussgespräch; weitere Unterstützung bei Bedarf über die Sprechstunde."


def note(rng: random.Random, contact: ContactType, topics: list[str], interpreter: str | None, *,
         first: bool, closing: bool) -> str:
    parts = [FIRST_CONTACT if first else rng.choice(OPENINGS[contact])]
    parts += [rng.choice(SENTENCES[t]) for t in topics[:2] if t in SENTENCES]
    if interpreter:
        parts.append(f"Mit Dolmetschung ({interpreter}).")
    if closing:
        parts.append(CLOSING_TALK)
    return " ".join(parts)


def next_steps(rng: random.Random, topics: list[str]) -> str:
    steps = [NEXT_STEPS[t] for t in topics if t in NEXT_STEPS][:2]
    if not steps or rng.random() < 0.3:
        steps.append(rng.choice(GENERIC_NEXT_STEPS))
    return " ".join(steps)
