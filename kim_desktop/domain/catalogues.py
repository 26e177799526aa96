"""Closed sets and default catalogues of case work, with German labels.

The enum values and the `code` fields are stable identifiers: they are stored in the vault and
travel in sync packages, so they never change (a member that is no longer offered stays and is
hidden). Labels are German source text marked for translation in the context CONTEXT.

Partner agencies and topics are *default* catalogues: master data that the coordinators edit
and send out, so they are tuples of values, not enums. Everything else here is a closed set.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP

CONTEXT = "Catalogues"


class ContactType(StrEnum):
    """How a consultation took place (Kontaktart)."""

    IN_PERSON = "in-person"
    PHONE = "phone"
    HOME_VISIT = "home-visit"
    ACCOMPANIMENT = "accompaniment"
    VIDEO = "video"
    WRITTEN = "written"

    @property
    def label(self) -> str:
        return CONTACT_TYPE_LABELS[self]


CONTACT_TYPE_LABELS = {
    ContactType.IN_PERSON: QT_TRANSLATE_NOOP("Catalogues", "persönlich"),
    ContactType.PHONE: QT_TRANSLATE_NOOP("Catalogues", "telefonisch"),
    ContactType.HOME_VISIT: QT_TRANSLATE_NOOP("Catalogues", "Hausbesuch"),
    ContactType.ACCOMPANIMENT: QT_TRANSLATE_NOOP("Catalogues", "Begleitung"),
    ContactType.VIDEO: QT_TRANSLATE_NOOP("Catalogues", "Video"),
    ContactType.WRITTEN: QT_TRANSLATE_NOOP("Catalogues", "schriftlich (Brief, E-Mail)"),
}


class CaseFocus(StrEnum):
    """The case's focus: general case management or the district-wide early-childhood team."""

    GENERAL = "general"
    EARLY_LANGUAGE = "early-language"

    @property
    def label(self) -> str:
        return CASE_FOCUS_LABELS[self]


CASE_FOCUS_LABELS = {
    CaseFocus.GENERAL: QT_TRANSLATE_NOOP("Catalogues", "allgemein"),
    CaseFocus.EARLY_LANGUAGE: QT_TRANSLATE_NOOP("Catalogues", "frühkindliche Sprachförderung"),
}


class GoalStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in-progress"
    ACHIEVED = "achieved"
    NOT_ACHIEVED = "not-achieved"
    DROPPED = "dropped"

    @property
    def label(self) -> str:
        return GOAL_STATUS_LABELS[self]

    @property
    def is_final(self) -> bool:
        """A goal that is no longer worked on (counts in the evaluation)."""
        return self in (GoalStatus.ACHIEVED, GoalStatus.NOT_ACHIEVED, GoalStatus.DROPPED)


GOAL_STATUS_LABELS = {
    GoalStatus.OPEN: QT_TRANSLATE_NOOP("Catalogues", "offen"),
    GoalStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Catalogues", "in Arbeit"),
    GoalStatus.ACHIEVED: QT_TRANSLATE_NOOP("Catalogues", "erreicht"),
    GoalStatus.NOT_ACHIEVED: QT_TRANSLATE_NOOP("Catalogues", "nicht erreicht"),
    GoalStatus.DROPPED: QT_TRANSLATE_NOOP("Catalogues", "verworfen"),
}


class LegalDomain(StrEnum):
    """Rechtskreise: the statutes a consultation touches. `short` is the statute's own
    abbreviation (the same in every language), `label` its translatable title."""

    SGB_II = "sgb-ii"
    SGB_III = "sgb-iii"
    SGB_V = "sgb-v"
    SGB_VI = "sgb-vi"
    SGB_VIII = "sgb-viii"
    SGB_IX = "sgb-ix"
    SGB_X = "sgb-x"
    SGB_XI = "sgb-xi"
    SGB_XII = "sgb-xii"
    ASYLBLG = "asylblg"
    ASYLG = "asylg"
    AUFENTHG = "aufenthg"
    FREIZUEGG_EU = "freizuegg-eu"
    STAG = "stag"
    BAFOEG_BAB = "bafoeg-bab"
    WOGG = "wogg"
    BEEG = "beeg"
    UVG = "uvg"
    BKGG = "bkgg"
    BQFG = "bqfg"
    SCHOOL_DAYCARE = "school-daycare"
    OTHER = "other"

    @property
    def short(self) -> str:
        return LEGAL_DOMAIN_SHORT[self]

    @property
    def label(self) -> str:
        return LEGAL_DOMAIN_LABELS[self]


LEGAL_DOMAIN_SHORT = {
    LegalDomain.SGB_II: "SGB II",
    LegalDomain.SGB_III: "SGB III",
    LegalDomain.SGB_V: "SGB V",
    LegalDomain.SGB_VI: "SGB VI",
    LegalDomain.SGB_VIII: "SGB VIII",
    LegalDomain.SGB_IX: "SGB IX",
    LegalDomain.SGB_X: "SGB X",
    LegalDomain.SGB_XI: "SGB XI",
    LegalDomain.SGB_XII: "SGB XII",
    LegalDomain.ASYLBLG: "AsylbLG",
    LegalDomain.ASYLG: "AsylG",
    LegalDomain.AUFENTHG: "AufenthG",
    LegalDomain.FREIZUEGG_EU: "FreizügG/EU",
    LegalDomain.STAG: "StAG",
    LegalDomain.BAFOEG_BAB: "BAföG/BAB",
    LegalDomain.WOGG: "WoGG",
    LegalDomain.BEEG: "BEEG",
    LegalDomain.UVG: "UVG",
    LegalDomain.BKGG: "BKGG",
    LegalDomain.BQFG: "BQFG",
    LegalDomain.SCHOOL_DAYCARE: "SchulG/KiBiz NRW",
    LegalDomain.OTHER: "–",
}

LEGAL_DOMAIN_LABELS = {
    LegalDomain.SGB_II: QT_TRANSLATE_NOOP("Catalogues", "SGB II – Grundsicherung für Arbeitsuchende"),
    LegalDomain.SGB_III: QT_TRANSLATE_NOOP("Catalogues", "SGB III – Arbeitsförderung"),
    LegalDomain.SGB_V: QT_TRANSLATE_NOOP("Catalogues", "SGB V – Krankenversicherung"),
    LegalDomain.SGB_VI: QT_TRANSLATE_NOOP("Catalogues", "SGB VI – Rentenversicherung"),
    LegalDomain.SGB_VIII: QT_TRANSLATE_NOOP("Catalogues", "SGB VIII – Kinder- und Jugendhilfe"),
    LegalDomain.SGB_IX: QT_TRANSLATE_NOOP("Catalogues", "SGB IX – Rehabilitation und Teilhabe"),
    LegalDomain.SGB_X: QT_TRANSLATE_NOOP("Catalogues", "SGB X – Verwaltungsverfahren, Sozialdatenschutz"),
    LegalDomain.SGB_XI: QT_TRANSLATE_NOOP("Catalogues", "SGB XI – Pflegeversicherung"),
    LegalDomain.SGB_XII: QT_TRANSLATE_NOOP("Catalogues", "SGB XII – Sozialhilfe"),
    LegalDomain.ASYLBLG: QT_TRANSLATE_NOOP("Catalogues", "AsylbLG – Asylbewerberleistungsgesetz"),
    LegalDomain.ASYLG: QT_TRANSLATE_NOOP("Catalogues", "AsylG – Asylverfahren"),
    LegalDomain.AUFENTHG: QT_TRANSLATE_NOOP("Catalogues", "AufenthG – Aufenthaltsgesetz"),
    LegalDomain.FREIZUEGG_EU: QT_TRANSLATE_NOOP("Catalogues", "FreizügG/EU – Freizügigkeit der Unionsbürger"),
    LegalDomain.STAG: QT_TRANSLATE_NOOP("Catalogues", "StAG – Staatsangehörigkeit, Einbürgerung"),
    LegalDomain.BAFOEG_BAB: QT_TRANSLATE_NOOP("Catalogues", "BAföG/BAB – Ausbildungsförderung"),
    LegalDomain.WOGG: QT_TRANSLATE_NOOP("Catalogues", "WoGG – Wohngeld"),
    LegalDomain.BEEG: QT_TRANSLATE_NOOP("Catalogues", "BEEG – Elterngeld"),
    LegalDomain.UVG: QT_TRANSLATE_NOOP("Catalogues", "UVG – Unterhaltsvorschuss"),
    LegalDomain.BKGG: QT_TRANSLATE_NOOP("Catalogues", "BKGG – Kindergeld, Kinderzuschlag"),
    LegalDomain.BQFG: QT_TRANSLATE_NOOP("Catalogues", "BQFG – Anerkennung ausländischer Berufsabschlüsse"),
    LegalDomain.SCHOOL_DAYCARE: QT_TRANSLATE_NOOP("Catalogues", "Schule und Kita (Landesrecht NRW)"),
    LegalDomain.OTHER: QT_TRANSLATE_NOOP("Catalogues", "sonstiges Recht"),
}


class ResidenceStatus(StrEnum):
    """Aufenthaltsstatus of a client, as far as the case manager knows it."""

    RESIDENCE_PERMIT = "residence-permit"
    TEMPORARY_PROTECTION = "temporary-protection"
    SETTLEMENT_PERMIT = "settlement-permit"
    EU_LONG_TERM = "eu-long-term"
    EU_BLUE_CARD = "eu-blue-card"
    FICTIONAL_CERTIFICATE = "fictional-certificate"
    PERMISSION_TO_RESIDE = "permission-to-reside"
    TOLERATION = "toleration"
    EU_FREE_MOVEMENT = "eu-free-movement"
    GERMAN = "german"
    OTHER = "other"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        return RESIDENCE_STATUS_LABELS[self]


RESIDENCE_STATUS_LABELS = {
    ResidenceStatus.RESIDENCE_PERMIT: QT_TRANSLATE_NOOP("Catalogues", "Aufenthaltserlaubnis"),
    ResidenceStatus.TEMPORARY_PROTECTION: QT_TRANSLATE_NOOP(
        "Catalogues", "Aufenthaltserlaubnis – vorübergehender Schutz (§ 24 AufenthG)"),
    ResidenceStatus.SETTLEMENT_PERMIT: QT_TRANSLATE_NOOP("Catalogues", "Niederlassungserlaubnis"),
    ResidenceStatus.EU_LONG_TERM: QT_TRANSLATE_NOOP("Catalogues", "Erlaubnis zum Daueraufenthalt – EU"),
    ResidenceStatus.EU_BLUE_CARD: QT_TRANSLATE_NOOP("Catalogues", "Blaue Karte EU"),
    ResidenceStatus.FICTIONAL_CERTIFICATE: QT_TRANSLATE_NOOP("Catalogues", "Fiktionsbescheinigung"),
    ResidenceStatus.PERMISSION_TO_RESIDE: QT_TRANSLATE_NOOP("Catalogues", "Aufenthaltsgestattung"),
    ResidenceStatus.TOLERATION: QT_TRANSLATE_NOOP("Catalogues", "Duldung"),
    ResidenceStatus.EU_FREE_MOVEMENT: QT_TRANSLATE_NOOP("Catalogues", "EU-Freizügigkeit"),
    ResidenceStatus.GERMAN: QT_TRANSLATE_NOOP("Catalogues", "deutsche Staatsangehörigkeit"),
    ResidenceStatus.OTHER: QT_TRANSLATE_NOOP("Catalogues", "sonstiger Status"),
    ResidenceStatus.UNKNOWN: QT_TRANSLATE_NOOP("Catalogues", "unbekannt"),
}


class ClosingReason(StrEnum):
    """Why a case was closed (Abschlussgrund); required for the phase Abschluss."""

    GOALS_ACHIEVED = "goals-achieved"
    HANDED_OVER = "handed-over"
    NO_LONGER_NEEDED = "no-longer-needed"
    CLIENT_ENDED = "client-ended"
    NO_CONTACT = "no-contact"
    MOVED_AWAY = "moved-away"
    NOT_RESPONSIBLE = "not-responsible"
    DECEASED = "deceased"
    OTHER = "other"

    @property
    def label(self) -> str:
        return CLOSING_REASON_LABELS[self]


CLOSING_REASON_LABELS = {
    ClosingReason.GOALS_ACHIEVED: QT_TRANSLATE_NOOP("Catalogues", "Ziele erreicht"),
    ClosingReason.HANDED_OVER: QT_TRANSLATE_NOOP("Catalogues", "an einen Netzwerkpartner übergeben"),
    ClosingReason.NO_LONGER_NEEDED: QT_TRANSLATE_NOOP("Catalogues", "kein Unterstützungsbedarf mehr"),
    ClosingReason.CLIENT_ENDED: QT_TRANSLATE_NOOP("Catalogues", "auf Wunsch der Person beendet"),
    ClosingReason.NO_CONTACT: QT_TRANSLATE_NOOP("Catalogues", "Kontakt abgebrochen, keine Mitwirkung"),
    ClosingReason.MOVED_AWAY: QT_TRANSLATE_NOOP("Catalogues", "Wegzug aus dem Kreisgebiet"),
    ClosingReason.NOT_RESPONSIBLE: QT_TRANSLATE_NOOP("Catalogues", "keine Zuständigkeit des KIM"),
    ClosingReason.DECEASED: QT_TRANSLATE_NOOP("Catalogues", "verstorben"),
    ClosingReason.OTHER: QT_TRANSLATE_NOOP("Catalogues", "sonstiger Grund"),
}


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    DIVERSE = "diverse"
    UNSPECIFIED = "unspecified"

    @property
    def label(self) -> str:
        return GENDER_LABELS[self]


GENDER_LABELS = {
    Gender.FEMALE: QT_TRANSLATE_NOOP("Catalogues", "weiblich"),
    Gender.MALE: QT_TRANSLATE_NOOP("Catalogues", "männlich"),
    Gender.DIVERSE: QT_TRANSLATE_NOOP("Catalogues", "divers"),
    Gender.UNSPECIFIED: QT_TRANSLATE_NOOP("Catalogues", "keine Angabe"),
}


@dataclass(frozen=True)
class PartnerAgency:
    """A default Netzwerkpartner: stable code, German label, the legal domains it stands for."""

    code: str
    label: str
    legal_domains: tuple[LegalDomain, ...] = ()


@dataclass(frozen=True)
class Topic:
    """A default entry of the topics catalogue (Themen of a consultation)."""

    code: str
    label: str


def _agency(code: str, label: str, *legal_domains: LegalDomain) -> PartnerAgency:
    return PartnerAgency(code, label, legal_domains)


_L = LegalDomain
DEFAULT_PARTNER_AGENCIES: tuple[PartnerAgency, ...] = (
    _agency("jobcenter", QT_TRANSLATE_NOOP("Catalogues", "Jobcenter"), _L.SGB_II),
    _agency("employment-agency", QT_TRANSLATE_NOOP("Catalogues", "Agentur für Arbeit"),
            _L.SGB_III, _L.BAFOEG_BAB),
    _agency("foreigners-authority", QT_TRANSLATE_NOOP("Catalogues", "Ausländerbehörde"),
            _L.AUFENTHG, _L.FREIZUEGG_EU, _L.ASYLG),
    _agency("naturalisation-authority", QT_TRANSLATE_NOOP("Catalogues", "Einbürgerungsbehörde"), _L.STAG),
    _agency("bamf", QT_TRANSLATE_NOOP("Catalogues", "Bundesamt für Migration und Flüchtlinge (BAMF)"),
            _L.ASYLG, _L.AUFENTHG),
    _agency("youth-welfare-office", QT_TRANSLATE_NOOP("Catalogues", "Jugendamt"), _L.SGB_VIII, _L.UVG),
    _agency("social-welfare-office", QT_TRANSLATE_NOOP("Catalogues", "Sozialamt"),
            _L.SGB_XII, _L.ASYLBLG, _L.SGB_IX),
    _agency("housing-office", QT_TRANSLATE_NOOP("Catalogues", "Wohnungsamt / Wohngeldstelle"), _L.WOGG),
    _agency("family-benefits-office", QT_TRANSLATE_NOOP("Catalogues", "Familienkasse"), _L.BKGG),
    _agency("parental-allowance-office", QT_TRANSLATE_NOOP("Catalogues", "Elterngeldstelle"), _L.BEEG),
    _agency("student-finance-office", QT_TRANSLATE_NOOP("Catalogues", "BAföG-Amt"), _L.BAFOEG_BAB),
    _agency("health-office", QT_TRANSLATE_NOOP("Catalogues", "Gesundheitsamt")),
    _agency("health-insurance", QT_TRANSLATE_NOOP("Catalogues", "Krankenkasse"), _L.SGB_V, _L.SGB_XI),
    _agency("pension-insurance", QT_TRANSLATE_NOOP("Catalogues", "Deutsche Rentenversicherung"), _L.SGB_VI),
    _agency("recognition-advice", QT_TRANSLATE_NOOP("Catalogues", "Anerkennungsberatung (IQ Netzwerk)"),
            _L.BQFG),
    _agency("mbe", QT_TRANSLATE_NOOP("Catalogues", "Migrationsberatung für Erwachsene (MBE)"), _L.AUFENTHG),
    _agency("jmd", QT_TRANSLATE_NOOP("Catalogues", "Jugendmigrationsdienst (JMD)"), _L.SGB_VIII),
    _agency("integration-course-provider", QT_TRANSLATE_NOOP("Catalogues", "Integrationskurs-Träger"),
            _L.AUFENTHG),
    _agency("school-daycare", QT_TRANSLATE_NOOP("Catalogues", "Schule / Kita"),
            _L.SCHOOL_DAYCARE, _L.SGB_VIII),
    _agency("caritas", QT_TRANSLATE_NOOP("Catalogues", "Caritas")),
    _agency("diakonie", QT_TRANSLATE_NOOP("Catalogues", "Diakonie")),
    _agency("awo", QT_TRANSLATE_NOOP("Catalogues", "Arbeiterwohlfahrt (AWO)")),
    _agency("drk", QT_TRANSLATE_NOOP("Catalogues", "Deutsches Rotes Kreuz (DRK)")),
    _agency("paritaetischer", QT_TRANSLATE_NOOP("Catalogues", "Der Paritätische")),
    _agency("debt-counselling", QT_TRANSLATE_NOOP("Catalogues", "Schuldnerberatung")),
    _agency("other", QT_TRANSLATE_NOOP("Catalogues", "sonstiger Netzwerkpartner")),
)

DEFAULT_TOPICS: tuple[Topic, ...] = (
    Topic("residence", QT_TRANSLATE_NOOP("Catalogues", "Aufenthalt")),
    Topic("work-training", QT_TRANSLATE_NOOP("Catalogues", "Arbeit / Ausbildung")),
    Topic("language-course", QT_TRANSLATE_NOOP("Catalogues", "Sprache / Integrationskurs")),
    Topic("housing", QT_TRANSLATE_NOOP("Catalogues", "Wohnen")),
    Topic("health", QT_TRANSLATE_NOOP("Catalogues", "Gesundheit")),
    Topic("daycare-school", QT_TRANSLATE_NOOP("Catalogues", "Kita / Schule")),
    Topic("early-language", QT_TRANSLATE_NOOP("Catalogues", "frühkindliche Sprachförderung")),
    Topic("finances-benefits", QT_TRANSLATE_NOOP("Catalogues", "Finanzen / Leistungen")),
    Topic("debts", QT_TRANSLATE_NOOP("Catalogues", "Schulden")),
    Topic("recognition", QT_TRANSLATE_NOOP("Catalogues", "Anerkennung von Abschlüssen")),
    Topic("family", QT_TRANSLATE_NOOP("Catalogues", "Familie")),
    Topic("naturalisation", QT_TRANSLATE_NOOP("Catalogues", "Einbürgerung")),
    Topic("disability-care", QT_TRANSLATE_NOOP("Catalogues", "Behinderung / Pflege")),
    Topic("authorities-mail", QT_TRANSLATE_NOOP("Catalogues", "Behördenpost und Anträge")),
    Topic("participation", QT_TRANSLATE_NOOP("Catalogues", "Freizeit / gesellschaftliche Teilhabe")),
    Topic("discrimination", QT_TRANSLATE_NOOP("Catalogues", "Diskriminierung")),
    Topic("other", QT_TRANSLATE_NOOP("Catalogues", "Sonstiges")),
)

PARTNER_AGENCIES_BY_CODE = {agency.code: agency for agency in DEFAULT_PARTNER_AGENCIES}
TOPICS_BY_CODE = {topic.code: topic for topic in DEFAULT_TOPICS}
