"""The password rule (at least 10 characters, entered twice) and the strength hint."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kim_desktop.domain.password_policy import (
    MIN_LENGTH,
    MISMATCH,
    STRENGTH_LABELS,
    TOO_SHORT,
    Strength,
    check_password,
    estimate_bits,
)


def test_minimum_length_is_ten() -> None:
    assert MIN_LENGTH == 10
    assert check_password("a1B!c2D@e").problem == TOO_SHORT          # 9 characters
    assert check_password("a1B!c2D@e").strength is Strength.TOO_SHORT
    assert check_password("a1B!c2D@e3").problem is None              # 10 characters
    assert check_password("a1B!c2D@e3").acceptable


def test_empty_password_is_too_short() -> None:
    result = check_password("")
    assert result.strength is Strength.TOO_SHORT and not result.acceptable
    assert estimate_bits("") == 0.0


def test_length_counts_characters_not_bytes() -> None:
    assert check_password("ääääöööüü").problem == TOO_SHORT  # 9 characters, 18 bytes
    assert check_password("äöüßÄÖÜéèê").acceptable


def test_repetition_must_match() -> None:
    assert check_password("langes-Passwort-1", "langes-Passwort-1").acceptable
    mismatch = check_password("langes-Passwort-1", "langes-Passwort-2")
    assert mismatch.problem == MISMATCH
    assert mismatch.strength is not Strength.TOO_SHORT
    # Too short wins over a mismatch: the first thing to fix.
    assert check_password("kurz", "anders").problem == TOO_SHORT


@pytest.mark.parametrize("common", ["passwort123", "Passwort123", "1234567890", "qwertzuiop"])
def test_common_passwords_are_weak(common: str) -> None:
    result = check_password(common)
    assert result.strength is Strength.WEAK
    assert result.acceptable  # a hint, not a refusal: the rule is the length


def test_repeats_are_penalised() -> None:
    assert estimate_bits("aaaaaaaaaaaaaaaaaaaa") < estimate_bits("abcdefghijklmnopqrst")
    assert check_password("aaaaaaaaaaaaaaaaaaaa").strength is Strength.WEAK


def test_character_classes_raise_the_estimate() -> None:
    lower = estimate_bits("abcdefghijkl")
    mixed = estimate_bits("abcdefGHIJKL")
    digits = estimate_bits("abcdefGHIJ12")
    symbols = estimate_bits("abcdeFGHI1!?")
    assert lower < mixed < digits < symbols


def test_strength_grows_with_a_better_password() -> None:
    ladder = ["abcdefghij", "Sommerferien24", "Sommer-Ferien-in-Bonn", "k7#Lq9!vRz2@Wm8$Xp4&Tn"]
    strengths = [check_password(p).strength for p in ladder]
    assert strengths == sorted(strengths)
    assert strengths[0] is Strength.WEAK
    assert strengths[-1] is Strength.STRONG


def test_every_strength_has_a_label() -> None:
    assert set(STRENGTH_LABELS) == set(Strength)
    assert all(label for label in STRENGTH_LABELS.values())


@given(st.text(min_size=0, max_size=40))
def test_rule_is_exactly_the_length(password: str) -> None:
    result = check_password(password)
    assert result.acceptable == (len(password) >= MIN_LENGTH)
    assert (result.strength is Strength.TOO_SHORT) == (len(password) < MIN_LENGTH)
    assert estimate_bits(password) >= 0


@given(st.text(min_size=MIN_LENGTH, max_size=30))
def test_appending_a_new_character_class_never_lowers_the_estimate(password: str) -> None:
    assert estimate_bits(password + "Z9!ä") >= estimate_bits(password)
