"""Consent and release from confidentiality (Einwilligung, Schweigepflichtentbindung) per partner agency.

A consent counts from the day it is given; a revocation counts from its own day on, so on the
day of the revocation the consent is no longer valid. A consultation that refers a client to an
agency without a consent valid on the consultation's date gets a warning, and the case manager's
decision to go on is recorded (storage/UI).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from kim_desktop.domain.dates import format_date
from kim_desktop.domain.messages import Message
from kim_desktop.i18n_marks import QT_TRANSLATE_NOOP

CONTEXT = "Consent"

REVOKED_BEFORE_GIVEN = QT_TRANSLATE_NOOP("Consent", "Der Widerruf kann nicht vor der Erteilung liegen.")
GIVEN_IN_FUTURE = QT_TRANSLATE_NOOP("Consent", "Eine Einwilligung kann nicht in der Zukunft erteilt sein.")
REVOKED_IN_FUTURE = QT_TRANSLATE_NOOP("Consent", "Ein Widerruf kann nicht in der Zukunft liegen.")
EMPTY_SCOPE = QT_TRANSLATE_NOOP("Consent", "Bitte angeben, wofür die Einwilligung gilt.")
NO_VALID_CONSENT = QT_TRANSLATE_NOOP(
    "Consent",
    "Für {agency} liegt am {date} keine gültige Einwilligung oder Schweigepflichtentbindung vor.")


@dataclass(frozen=True)
class Consent:
    agency_code: str  # a partner agency's code (catalogues.PartnerAgency.code or an added one)
    given_on: date
    scope: str  # what the client agreed to, in the case manager's words
    revoked_on: date | None = None

    def valid_on(self, day: date) -> bool:
        return self.given_on <= day and (self.revoked_on is None or day < self.revoked_on)


def check_consent(consent: Consent, today: date) -> str | None:
    """None when the consent can be saved, else the German reason (context CONTEXT)."""
    if not consent.scope.strip():
        return EMPTY_SCOPE
    if consent.given_on > today:
        return GIVEN_IN_FUTURE
    if consent.revoked_on is not None:
        if consent.revoked_on < consent.given_on:
            return REVOKED_BEFORE_GIVEN
        if consent.revoked_on > today:
            return REVOKED_IN_FUTURE
    return None


def valid_consent(consents: Iterable[Consent], agency_code: str, on_date: date) -> Consent | None:
    """The consent for `agency_code` valid on `on_date` (the most recently given, if several), or None."""
    valid = [c for c in consents if c.agency_code == agency_code and c.valid_on(on_date)]
    return max(valid, key=lambda c: c.given_on, default=None)


def agencies_without_consent(agency_codes: Iterable[str], consents: Iterable[Consent],
                             on_date: date) -> list[str]:
    """The referred agencies (in the given order, each once) that lack a valid consent on `on_date`."""
    known = list(consents)
    missing: list[str] = []
    for code in agency_codes:
        if code not in missing and valid_consent(known, code, on_date) is None:
            missing.append(code)
    return missing


def missing_consent_warning(agency_label: str, on_date: date) -> Message:
    """The warning shown at a referral; the UI passes the agency's (translated) label."""
    return Message.of(CONTEXT, NO_VALID_CONSENT, agency=agency_label, date=format_date(on_date))
