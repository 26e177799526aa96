"""Small-count suppression with margins: property tests over random tables, and worked examples."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kim_desktop.reports.disclosure import (
    SECONDARY,
    Line,
    ProtectedTable,
    determined,
    hidden,
    protect_counts,
    protect_table,
)

# Mostly small counts, so that suppression has work to do; some large ones and zeros.
counts = st.one_of(st.integers(0, 6), st.integers(0, 40))


@st.composite
def tables(draw: st.DrawFn) -> tuple[dict[tuple[int, int], int], int, bool, bool]:
    n_rows, n_cols = draw(st.integers(1, 5)), draw(st.integers(1, 5))
    cells = {(r, c): draw(counts) for r in range(n_rows) for c in range(n_cols)}
    return cells, draw(st.integers(2, 6)), draw(st.booleans()), draw(st.booleans())


def _published(
    table: ProtectedTable[int, int],
    cells: dict[tuple[int, int], int],
    rows: bool,
    cols: bool,
) -> tuple[list[int], dict[int, int | str], list[Line]]:
    """The table as the numbers and lines the checks below work on (independent of the module's
    own bookkeeping: rebuilt from what is shown)."""
    n_rows = max(r for r, _ in cells) + 1
    n_cols = max(c for _, c in cells) + 1
    values: list[int] = []
    shown: dict[int, int | str] = {}
    index = {}
    for key in sorted(cells):
        index[key] = len(values)
        values.append(cells[key])
        shown[index[key]] = table.cells[key]
    lines = []
    row_index, col_index = {}, {}
    if rows:
        for r in range(n_rows):
            row_index[r] = len(values)
            values.append(sum(cells[(r, c)] for c in range(n_cols)))
            shown[row_index[r]] = table.row_totals[r]
            lines.append(Line(tuple(index[(r, c)] for c in range(n_cols)), row_index[r]))
    if cols:
        for c in range(n_cols):
            col_index[c] = len(values)
            values.append(sum(cells[(r, c)] for r in range(n_rows)))
            shown[col_index[c]] = table.col_totals[c]
            lines.append(Line(tuple(index[(r, c)] for r in range(n_rows)), col_index[c]))
    grand = len(values)
    values.append(sum(cells.values()))
    assert table.grand_total is not None
    shown[grand] = table.grand_total
    if rows:
        lines.append(Line(tuple(row_index.values()), grand))
    if cols:
        lines.append(Line(tuple(col_index.values()), grand))
    if not rows and not cols:
        lines.append(Line(tuple(index.values()), grand))
    return values, shown, lines


def _rank(rows: list[list[Fraction]]) -> int:
    matrix = [list(r) for r in rows]
    rank = 0
    width = len(matrix[0]) if matrix else 0
    for col in range(width):
        pivot = next((i for i in range(rank, len(matrix)) if matrix[i][col] != 0), None)
        if pivot is None:
            continue
        matrix[rank], matrix[pivot] = matrix[pivot], matrix[rank]
        for i in range(len(matrix)):
            if i != rank and matrix[i][col] != 0:
                factor = matrix[i][col] / matrix[rank][col]
                matrix[i] = [a - factor * b for a, b in zip(matrix[i], matrix[rank], strict=True)]
        rank += 1
    return rank


def _determined_by_rank(lines: list[Line], hidden_ids: list[int]) -> set[int]:
    """A second, plain computation: x_i is determined iff dropping its column lowers the rank of the
    system restricted to the hidden unknowns (its column is no combination of the others)."""
    system = []
    for line in lines:
        row = [Fraction(0)] * len(hidden_ids)
        for j, h in enumerate(hidden_ids):
            row[j] += (h in line.members) - (h == line.total)
        system.append(row)
    full = _rank(system)
    found = set()
    for j, h in enumerate(hidden_ids):
        without = [[v for k, v in enumerate(row) if k != j] for row in system]
        if _rank(without) < full:
            found.add(h)
    return found


@settings(max_examples=150, deadline=None)
@given(tables(), st.booleans())
def test_random_tables_are_protected(
    case: tuple[dict[tuple[int, int], int], int, bool, bool], hide_col_totals: bool
) -> None:
    cells, threshold, rows, cols = case
    # hide_col_totals: the column totals are hidden in another table and must stay hidden here
    table = protect_table(
        cells, threshold, row_totals=rows, col_totals=cols, grand_total=True, hide_col_totals=hide_col_totals
    )
    if hide_col_totals:
        assert all(
            isinstance(v, str)
            for c, v in table.col_totals.items()
            if sum(n for (_, col), n in cells.items() if col == c) > 0
        )
    values, shown, lines = _published(table, cells, rows, cols)
    hidden_ids = sorted(i for i, v in shown.items() if isinstance(v, str))
    # (a) no small count is shown, (d) every shown number is the true one
    for i, v in shown.items():
        if isinstance(v, int):
            assert v == values[i]
            assert not 0 < v < threshold
        else:
            assert v in (hidden(threshold), SECONDARY)
            assert (v == hidden(threshold)) == (0 < values[i] < threshold)
    # (b) a line with a shown total hides none or at least two members, together ≥ threshold
    for line in lines:
        if isinstance(shown[line.total], str):
            continue
        members = [i for i in line.members if i in hidden_ids]
        assert not members or (len(members) >= 2 and sum(values[i] for i in members) >= threshold), line
    # (c) no hidden number follows from the published ones (checked with a plain rank computation)
    assert not _determined_by_rank(lines, hidden_ids)
    # (e) in a line with a shown total, no "<5" is narrowed below its full range 1 … threshold − 1
    for line in lines:
        if isinstance(shown[line.total], int):
            for member in line.members:
                if shown[member] == hidden(threshold):
                    assert _feasible(line, shown, member, threshold) == set(range(1, threshold)), line


def _sums(markers: list[int | str], limit: int, threshold: int) -> set[int]:
    """Every sum ≤ limit the hidden members can have by their markers: "<t" is 1 … t − 1, "x" is 0
    or ≥ t (a number is shown unless it is 0 or not small)."""
    reachable = {0}
    for marker in markers:
        options = range(1, threshold) if marker == hidden(threshold) else [0, *range(threshold, limit + 1)]
        reachable = {s + o for s in reachable for o in options if s + o <= limit}
    return reachable


def _feasible(line: Line, shown: dict[int, int | str], member: int, threshold: int) -> set[int]:
    """The values a reader can give a hidden member from the line alone: brute force over the
    markers of the other hidden members."""
    total = shown[line.total]
    assert isinstance(total, int)
    rest = total - sum(v for i in line.members if isinstance(v := shown[i], int))
    others = [shown[i] for i in line.members if i != member and isinstance(shown[i], str)]
    reachable = _sums(others, rest, threshold)
    return {v for v in range(1, threshold) if rest - v in reachable}


@pytest.mark.parametrize("values", [[1, 5, 20], [4, 4, 20], [4, 4, 4, 20], [1, 1, 20], [2, 9, 9], [1, 6]])
def test_a_small_count_keeps_its_whole_range_in_its_line(values: list[int]) -> None:
    # From the review: {1, 5, 20} with 1 and 5 hidden gives 6 = "<5" + "x", so "x" ≥ 5 pins "<5"
    # to 1; {4, 4, 20} with the 4s hidden sums to 8 = two "<5", so both are 4.
    result = protect_counts(dict(enumerate(values)), 5, total=True)
    shown: dict[int, int | str] = dict(result.counts)
    assert result.total in (sum(values), SECONDARY)
    if result.total == SECONDARY:  # nothing to work anything out from
        return
    shown[len(values)] = result.total
    line = Line(tuple(range(len(values))), len(values))
    for i, v in enumerate(values):
        if 0 < v < 5:
            assert shown[i] == "<5"
            assert _feasible(line, shown, i, 5) == {1, 2, 3, 4}


def test_the_review_examples_hide_the_large_member_too() -> None:
    assert protect_counts({"a": 1, "b": 5, "c": 20}, 5, total=True).counts == {
        "a": "<5", "b": SECONDARY, "c": SECONDARY}
    assert protect_counts({"a": 4, "b": 4, "c": 20}, 5, total=True).counts == {
        "a": "<5", "b": "<5", "c": SECONDARY}


@given(st.lists(st.integers(0, 30), min_size=1, max_size=8), st.integers(2, 6))
def test_counts_with_a_total(values: list[int], threshold: int) -> None:
    result = protect_counts(dict(enumerate(values)), threshold, total=True)
    shown_hidden = [k for k, v in result.counts.items() if isinstance(v, str)]
    total = sum(values)
    if isinstance(result.total, int):
        assert result.total == total
        assert len(shown_hidden) != 1
        if shown_hidden:
            assert sum(values[k] for k in shown_hidden) >= threshold
    else:
        assert 0 < total < threshold or shown_hidden
    for k, v in result.counts.items():
        assert v == values[k] if isinstance(v, int) else not (values[k] == 0 and v == hidden(threshold))


def test_two_hidden_cells_summing_to_two_are_not_enough() -> None:
    # 1 + 1 beside 20, total 22: hiding the two 1s alone reveals them (22 − 20 = 2 = 1 + 1).
    result = protect_counts({"a": 1, "b": 1, "c": 20}, 5, total=True)
    assert result.counts == {"a": "<5", "b": "<5", "c": SECONDARY}
    assert result.total == 22


def test_without_a_published_total_only_small_counts_are_hidden() -> None:
    result = protect_counts({"a": 3, "b": 20, "c": 0}, 5, total=False)
    assert result.counts == {"a": "<5", "b": 20, "c": 0}
    assert result.total is None


def test_a_total_worked_out_from_its_shown_members_is_covered() -> None:
    # The row totals 8, 9, 4 add up to 21: hiding the 4 forces a second hidden row total (the 8 of
    # row 0). Row 0 itself shows 0 and 8, which would give its total away: the rank test hides a
    # cell of row 0 as well. Found by comparing the algorithm with and without the rank step.
    cells = {(0, 0): 0, (0, 1): 8, (1, 0): 3, (1, 1): 6, (2, 0): 1, (2, 1): 3}
    table = protect_table(cells, 5, row_totals=True, col_totals=True, grand_total=True)
    assert table.row_totals[0] == SECONDARY
    assert table.cells[(0, 1)] == SECONDARY
    assert table.grand_total == 21


def test_determined_recognises_a_lone_hidden_member() -> None:
    lines = [Line((0, 1, 2), 3)]
    assert determined(lines, {1}) == {1}
    assert determined(lines, {1, 2}) == set()
    assert determined(lines, {3}) == {3}  # a hidden total beside shown members


def test_small_totals_are_hidden_and_zeros_stay() -> None:
    table = protect_table(
        {("a", 1): 2, ("a", 2): 0, ("b", 1): 0, ("b", 2): 0},
        5,
        row_totals=True,
        col_totals=True,
        grand_total=True,
    )
    assert table.cells[("a", 1)] == "<5"
    assert table.row_totals["a"] == "<5" and table.col_totals[1] == "<5" and table.grand_total == "<5"
    assert table.cells[("b", 2)] == 0 and table.row_totals["b"] == 0


def test_a_total_hidden_elsewhere_stays_hidden_and_cannot_be_summed_up() -> None:
    # The cross table hid the grand total 30; the list of contact types must not show it, nor let
    # it be added up from its two shown counts.
    result = protect_counts({"persönlich": 10, "telefonisch": 20}, 5, total=True, hide_total=True)
    assert result.total == SECONDARY
    assert sorted(map(str, result.counts.values())).count(SECONDARY) == 1
    assert protect_counts({"a": 10, "b": 20}, 5, total=True).total == 30
