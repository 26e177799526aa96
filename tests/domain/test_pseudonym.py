"""Client pseudonyms: format, randomness, and the check character that catches typos."""

from __future__ import annotations

import re
from itertools import product

from hypothesis import given
from hypothesis import strategies as st

from kim_desktop.domain import pseudonym as module
from kim_desktop.domain.pseudonym import (
    ALPHABET,
    check_character,
    is_valid_pseudonym,
    new_pseudonym,
    normalise_pseudonym,
)

FORMAT = re.compile(r"K-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}")
data_strings = st.text(alphabet=ALPHABET, min_size=5, max_size=5)


def _make(data: str) -> str:
    return f"K-{data[:4]}-{data[4]}{check_character(data)}"


def test_alphabet_is_crockford_without_look_alikes() -> None:
    assert len(ALPHABET) == len(set(ALPHABET)) == 32
    assert not set("ILOU") & set(ALPHABET)


def test_new_pseudonyms_look_right_and_are_valid() -> None:
    made = {new_pseudonym() for _ in range(500)}
    # 33.5 million possibilities: one repeat happens in 0.4 % of runs, three would mean no randomness
    assert len(made) >= 498
    for value in made:
        assert FORMAT.fullmatch(value), value
        assert is_valid_pseudonym(value)


def test_new_pseudonym_avoids_taken_ones(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    draws = iter("00000" "00000" "12345")
    monkeypatch.setattr(module.secrets, "choice", lambda alphabet: next(draws))
    taken = {_make("00000")}
    assert new_pseudonym(taken) == _make("12345")


def test_gf32_operation_is_a_totally_antisymmetric_quasigroup_with_zero_diagonal() -> None:
    """What Damm's algorithm needs, checked for all 32 × 32 (× 32) cases."""
    def op(x: int, y: int) -> int:
        return module._gf32_times(module._MULTIPLIER, x ^ y)

    for x in range(32):
        assert op(x, x) == 0
        assert sorted(op(x, y) for y in range(32)) == list(range(32))  # rows are permutations
        assert sorted(op(y, x) for y in range(32)) == list(range(32))  # columns too
    for c, x, y in product(range(32), repeat=3):
        if x != y:
            assert op(op(c, x), y) != op(op(c, y), x)


@given(data_strings)
def test_every_single_wrong_character_is_detected(data: str) -> None:
    value = _make(data)
    assert is_valid_pseudonym(value)
    positions = [2, 3, 4, 5, 7, 8]
    for position, char in product(positions, ALPHABET):
        if value[position] != char:
            typo = value[:position] + char + value[position + 1:]
            assert not is_valid_pseudonym(typo), typo


@given(data_strings)
def test_every_swap_of_neighbours_is_detected(data: str) -> None:
    body = data + check_character(data)
    for i in range(len(body) - 1):
        if body[i] != body[i + 1]:
            swapped = body[:i] + body[i + 1] + body[i] + body[i + 2:]
            assert not is_valid_pseudonym(f"K-{swapped[:4]}-{swapped[4:]}"), swapped


def test_invalid_forms() -> None:
    value = _make("7F3Q2")
    assert is_valid_pseudonym(value)
    for bad in ["", "K-7F3Q-2", value.lower(), value.replace("K-", "X-"), value.replace("-", ""),
                value + "0", " " + value, value.replace("7", "L")]:
        assert not is_valid_pseudonym(bad), bad


def test_normalise_typed_pseudonyms() -> None:
    value = _make("70F1Q")  # contains 0 and 1
    assert normalise_pseudonym(value) == value
    assert normalise_pseudonym(value.lower()) == value
    assert normalise_pseudonym(value.replace("-", " ")) == value
    assert normalise_pseudonym(value[2:]) == value  # without the K-
    assert normalise_pseudonym(value.replace("0", "O").replace("1", "l")) == value  # look-alikes: digits
    wrong_check = value[:-1] + ("0" if value[-1] != "0" else "1")
    assert normalise_pseudonym(wrong_check) is None
    assert normalise_pseudonym("K-7F3Q-2U") is None  # U is not in the alphabet
    assert normalise_pseudonym("Müller") is None
    assert normalise_pseudonym("") is None


@given(st.text(max_size=12))
def test_normalise_returns_only_valid_pseudonyms(text: str) -> None:
    result = normalise_pseudonym(text)
    assert result is None or is_valid_pseudonym(result)
