"""Consent per partner agency: valid from the day it is given until the day it is revoked."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from kim_desktop.domain.consent import (
    EMPTY_SCOPE,
    GIVEN_IN_FUTURE,
    NO_VALID_CONSENT,
    REVOKED_BEFORE_GIVEN,
    REVOKED_IN_FUTURE,
    Consent,
    agencies_without_consent,
    check_consent,
    missing_consent_warning,
    valid_consent,
)

JOBCENTER = "jobcenter"
ABH = "foreigners-authority"
TODAY = date(2026, 6, 1)


def test_valid_from_the_day_given_until_the_day_revoked() -> None:
    consent = Consent(JOBCENTER, date(2026, 3, 1), "Leistungsfragen", revoked_on=date(2026, 5, 1))
    assert valid_consent([consent], JOBCENTER, date(2026, 2, 28)) is None
    assert valid_consent([consent], JOBCENTER, date(2026, 3, 1)) == consent
    assert valid_consent([consent], JOBCENTER, date(2026, 4, 30)) == consent
    assert valid_consent([consent], JOBCENTER, date(2026, 5, 1)) is None  # revoked that day
    assert valid_consent([consent], JOBCENTER, date(2026, 7, 1)) is None


def test_only_for_its_agency() -> None:
    consent = Consent(JOBCENTER, date(2026, 1, 1), "alles")
    assert valid_consent([consent], ABH, TODAY) is None
    assert valid_consent([], JOBCENTER, TODAY) is None


def test_most_recent_valid_consent_wins() -> None:
    old = Consent(JOBCENTER, date(2025, 1, 1), "Bürgergeld")
    revoked = Consent(JOBCENTER, date(2026, 1, 1), "Bürgergeld und Arbeit", revoked_on=date(2026, 2, 1))
    new = Consent(JOBCENTER, date(2026, 3, 1), "Arbeit")
    consents = [new, old, revoked]
    assert valid_consent(consents, JOBCENTER, date(2026, 1, 15)) == revoked
    assert valid_consent(consents, JOBCENTER, date(2026, 2, 15)) == old  # the old one was never revoked
    assert valid_consent(consents, JOBCENTER, date(2026, 3, 15)) == new


def test_agencies_without_consent_for_the_warning() -> None:
    consents = [Consent(JOBCENTER, date(2026, 1, 1), "alles")]
    referred = [ABH, JOBCENTER, "youth-welfare-office", ABH]
    assert agencies_without_consent(referred, consents, TODAY) == [ABH, "youth-welfare-office"]
    assert agencies_without_consent([], consents, TODAY) == []
    assert agencies_without_consent([JOBCENTER], iter(consents), TODAY) == []  # any iterable, read once


def test_warning_text() -> None:
    warning = missing_consent_warning("Ausländerbehörde", date(2026, 6, 1))
    assert warning.template == NO_VALID_CONSENT
    assert warning.text() == ("Für Ausländerbehörde liegt am 01.06.2026 keine gültige Einwilligung "
                              "oder Schweigepflichtentbindung vor.")


def test_check_consent() -> None:
    assert check_consent(Consent(JOBCENTER, TODAY, "Arbeit"), TODAY) is None
    assert check_consent(Consent(JOBCENTER, TODAY, "  "), TODAY) == EMPTY_SCOPE
    assert check_consent(Consent(JOBCENTER, TODAY + timedelta(days=1), "x"), TODAY) == GIVEN_IN_FUTURE
    day = timedelta(days=1)
    assert check_consent(Consent(JOBCENTER, TODAY, "x", TODAY - day), TODAY) == REVOKED_BEFORE_GIVEN
    assert check_consent(Consent(JOBCENTER, TODAY - 9 * day, "x", TODAY + day), TODAY) == REVOKED_IN_FUTURE
    assert check_consent(Consent(JOBCENTER, TODAY, "x", TODAY), TODAY) is None  # given and revoked one day


days = st.dates(date(2020, 1, 1), date(2030, 12, 31))


@given(days, st.one_of(st.none(), days), days)
def test_validity_matches_the_rule(given_on: date, revoked_on: date | None, on: date) -> None:
    consent = Consent(JOBCENTER, given_on, "x", revoked_on)
    expected = given_on <= on and (revoked_on is None or on < revoked_on)
    assert consent.valid_on(on) is expected
    assert (valid_consent([consent], JOBCENTER, on) is not None) is expected
    assert (agencies_without_consent([JOBCENTER], [consent], on) == []) is expected
