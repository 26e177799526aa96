"""The closed sets and default catalogues: stable codes, a German label for each, no duplicates."""

from __future__ import annotations

import re
from enum import StrEnum
from pathlib import Path

import pytest

from kim_desktop.domain import catalogues
from kim_desktop.domain.catalogues import (
    DEFAULT_PARTNER_AGENCIES,
    DEFAULT_TOPICS,
    PARTNER_AGENCIES_BY_CODE,
    TOPICS_BY_CODE,
    CaseFocus,
    ClosingReason,
    ContactType,
    Gender,
    GoalStatus,
    LegalDomain,
    ResidenceStatus,
)

ENUMS: list[type[StrEnum]] = [ContactType, CaseFocus, GoalStatus, LegalDomain, ResidenceStatus, ClosingReason,
                              Gender]
CODE = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")

# Stored in vaults and sync packages: changing one breaks every file already written.
FROZEN_CODES = {
    ContactType: ["in-person", "phone", "home-visit", "accompaniment", "video", "written"],
    CaseFocus: ["general", "early-language"],
    GoalStatus: ["open", "in-progress", "achieved", "not-achieved", "dropped"],
}


@pytest.mark.parametrize("enum", ENUMS, ids=lambda e: e.__name__)
def test_every_member_has_a_code_and_a_distinct_label(enum: type[StrEnum]) -> None:
    labels = [member.label for member in enum]  # type: ignore[attr-defined]
    assert all(label.strip() for label in labels)
    assert len(set(labels)) == len(labels)
    assert all(CODE.fullmatch(member.value) for member in enum)


@pytest.mark.parametrize(("enum", "codes"), FROZEN_CODES.items(), ids=lambda x: getattr(x, "__name__", ""))
def test_codes_do_not_change(enum: type[StrEnum], codes: list[str]) -> None:
    assert [member.value for member in enum] == codes


def test_german_labels_as_the_case_managers_know_them() -> None:
    assert [c.label for c in ContactType][:5] == ["persönlich", "telefonisch", "Hausbesuch", "Begleitung",
                                                  "Video"]
    assert CaseFocus.EARLY_LANGUAGE.label == "frühkindliche Sprachförderung"
    assert [g.label for g in GoalStatus] == ["offen", "in Arbeit", "erreicht", "nicht erreicht", "verworfen"]
    assert ResidenceStatus.TOLERATION.label == "Duldung"
    assert ResidenceStatus.PERMISSION_TO_RESIDE.label == "Aufenthaltsgestattung"


def test_goal_status_final() -> None:
    final = {GoalStatus.ACHIEVED, GoalStatus.NOT_ACHIEVED, GoalStatus.DROPPED}
    assert {s for s in GoalStatus if s.is_final} == final


def test_legal_domains_cover_the_design_list() -> None:
    shorts = {domain.short for domain in LegalDomain}
    required = {"SGB II", "SGB III", "SGB V", "SGB VIII", "SGB IX", "SGB XII", "AsylbLG", "AufenthG", "StAG",
                "BAföG/BAB", "WoGG", "SGB X", "BEEG", "UVG", "BKGG"}
    assert required <= shorts
    assert len(shorts) == len(LegalDomain)
    for domain in LegalDomain:
        if domain is not LegalDomain.OTHER and domain is not LegalDomain.SCHOOL_DAYCARE:
            assert domain.label.startswith(domain.short + " – "), domain


def test_residence_statuses_cover_the_list() -> None:
    labels = {status.label for status in ResidenceStatus}
    assert {"Aufenthaltserlaubnis", "Niederlassungserlaubnis", "Duldung", "Aufenthaltsgestattung",
            "Blaue Karte EU", "EU-Freizügigkeit", "deutsche Staatsangehörigkeit", "unbekannt"} <= labels


def test_partner_agencies() -> None:
    codes = [agency.code for agency in DEFAULT_PARTNER_AGENCIES]
    assert len(set(codes)) == len(codes)
    assert all(CODE.fullmatch(code) for code in codes)
    labels = [agency.label for agency in DEFAULT_PARTNER_AGENCIES]
    assert len(set(labels)) == len(labels)
    for wanted in ("Jobcenter", "Agentur für Arbeit", "Ausländerbehörde", "Jugendamt", "Sozialamt",
                   "Migrationsberatung für Erwachsene (MBE)", "Jugendmigrationsdienst (JMD)", "Caritas",
                   "Diakonie", "Familienkasse", "Gesundheitsamt", "Integrationskurs-Träger"):
        assert wanted in labels
    assert PARTNER_AGENCIES_BY_CODE["jobcenter"].legal_domains == (LegalDomain.SGB_II,)
    assert LegalDomain.AUFENTHG in PARTNER_AGENCIES_BY_CODE["foreigners-authority"].legal_domains
    assert LegalDomain.SGB_III in PARTNER_AGENCIES_BY_CODE["employment-agency"].legal_domains
    assert all(isinstance(d, LegalDomain) for a in DEFAULT_PARTNER_AGENCIES for d in a.legal_domains)


def test_topics() -> None:
    codes = [topic.code for topic in DEFAULT_TOPICS]
    assert len(set(codes)) == len(codes) == len(TOPICS_BY_CODE)
    assert all(CODE.fullmatch(code) for code in codes)
    labels = {topic.label for topic in DEFAULT_TOPICS}
    assert {"Aufenthalt", "Arbeit / Ausbildung", "Wohnen", "Einbürgerung",
            "Anerkennung von Abschlüssen"} <= labels


def test_labels_are_marked_for_translation() -> None:
    """lupdate only sees literal QT_TRANSLATE_NOOP("Catalogues", "…") calls: every label must be one."""
    source = Path(catalogues.__file__).read_text(encoding="utf-8")
    marked = set(re.findall(r'QT_TRANSLATE_NOOP\(\s*"Catalogues",\s*"([^"]+)"\)', source))
    every_label = {m.label for e in ENUMS if e is not LegalDomain for m in e}  # type: ignore[attr-defined]
    every_label |= {d.label for d in LegalDomain}
    every_label |= {a.label for a in DEFAULT_PARTNER_AGENCIES} | {t.label for t in DEFAULT_TOPICS}
    assert every_label <= marked
