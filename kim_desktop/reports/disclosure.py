"""Small-count suppression for tables that leave the Kreis (statistical disclosure control).

A table is a set of counts plus the totals published with it. Every published total is a line:
its members add up to it. The protection works on all numbers alike, totals included:

1. Primary suppression: a count from 1 to threshold − 1 is hidden ("<5" with the default
   threshold 5). 0 stays 0: it says nothing about a person. A small total is hidden too.
2. Secondary suppression, repeated until nothing changes:
   a. In every line whose total is shown, the hidden members are none or at least two, and
      together at least `threshold` — otherwise one hidden cell is the total minus the shown ones,
      or two hidden cells summing to 2 are 1 + 1.
   b. No hidden number may be determined by the published ones through the linear system of all
      lines (in a cross table a cell can be worked out over its row and column totals even when
      every line has two hidden cells). Determined means: its column of the system restricted to
      hidden numbers is not a linear combination of the other hidden columns — checked exactly
      with fractions in one reduced row echelon form per round.
   c. In every line whose total is shown, each primary hidden member keeps its full range
      1 … threshold − 1 given the total, the shown members and the ranges the markers give the
      other hidden members ("<5": 1 … 4, "x": read as ≥ threshold) — otherwise "<5" beside a
      large "x" could be pinned to 1, or two "<5" summing to 8 to 4 + 4 (keeps_full_ranges).
   To repair a line or a determined number, the smallest positive shown member of a line it is in
   is hidden as well (inner cells before totals, zeros only when nothing else is left).

Hidden by rule 1 reads `hidden(threshold)` ("<5"); hidden by rule 2 reads SECONDARY ("x"): it is
not small, and writing "<5" there would be false. Reports say so in a note.

The algorithm is greedy, not optimal (fewest cells hidden), which is common practice for tables of
this size and keeps it easy to check.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Generic, TypeVar

R = TypeVar("R", bound=Hashable)
C = TypeVar("C", bound=Hashable)
K = TypeVar("K", bound=Hashable)

SECONDARY = "x"
Shown = int | str


def hidden(threshold: int) -> str:
    return f"<{threshold}"


@dataclass(frozen=True)
class Line:
    """`members` add up to `total` (indexes into the value list)."""

    members: tuple[int, ...]
    total: int


def protect_values(values: Sequence[int], lines: Sequence[Line], threshold: int,
                   hide: Iterable[int] = ()) -> tuple[set[int], set[int]]:
    """The indexes hidden by primary and by secondary suppression. Works on any set of numbers and
    published additive lines; the table helpers below build those. `hide`: numbers hidden from the
    start because another table hides the same number."""
    primary = {i for i, v in enumerate(values) if 0 < v < threshold}
    if threshold <= 1:
        return primary, set()
    totals = {line.total for line in lines}
    hidden_set = primary | set(hide)
    while True:
        added = _repair_lines(values, lines, hidden_set, threshold, totals, primary)
        if not added:
            added = _repair_determined(values, lines, hidden_set, totals)
        if not added:
            return primary, hidden_set - primary
        hidden_set |= added


def _pick(values: Sequence[int], candidates: Sequence[int], hidden_set: set[int],
          totals: set[int]) -> int | None:
    """The cell to hide next among candidates: positive before zero, inner before total, small first."""
    shown = [i for i in candidates if i not in hidden_set]
    if not shown:
        return None
    return min(shown, key=lambda i: (values[i] == 0, i in totals, values[i], i))


def keeps_full_ranges(hidden_sum: int, n_primary: int, n_secondary: int, threshold: int) -> bool:
    """Whether every primary hidden member of a line with a shown total can still be any of
    1 … threshold − 1, given the hidden sum and what the markers say of the others ("<5": 1 … 4;
    "x" taken as ≥ threshold, which a true 0 behind an "x" only widens). Without it a reader bounds
    the cell: {1, 5, 20} with 5 and 1 hidden: 6 − x, x ≥ 5 → the "<5" is 1."""
    if n_primary == 0:
        return True
    low_enough = hidden_sum >= (threshold - 1) + (n_primary - 1) + n_secondary * threshold
    high_enough = n_secondary > 0 or hidden_sum <= (n_primary - 1) * (threshold - 1) + 1
    return low_enough and high_enough


def _repair_lines(values: Sequence[int], lines: Sequence[Line], hidden_set: set[int], threshold: int,
                  totals: set[int], primary: set[int]) -> set[int]:
    added: set[int] = set()
    for line in lines:
        if line.total in hidden_set or line.total in added:
            continue  # the rank test below covers lines with a hidden total
        members_hidden = [i for i in line.members if i in hidden_set or i in added]
        if not members_hidden:
            continue
        hidden_sum = sum(values[i] for i in members_hidden)
        n_primary = sum(1 for i in members_hidden if i in primary)
        if (len(members_hidden) >= 2 and hidden_sum >= threshold
                and keeps_full_ranges(hidden_sum, n_primary, len(members_hidden) - n_primary, threshold)):
            continue
        choice = _pick(values, line.members, hidden_set | added, totals)
        if choice is None:  # every member hidden and still too little: the total must go too
            choice = line.total
        added.add(choice)
    return added


def _repair_determined(values: Sequence[int], lines: Sequence[Line], hidden_set: set[int],
                       totals: set[int]) -> set[int]:
    added: set[int] = set()
    for index in determined(lines, hidden_set):
        around = [i for line in lines if index in (line.total, *line.members)
                  for i in (*line.members, line.total)]
        choice = _pick(values, around, hidden_set | added, totals)
        if choice is not None:
            added.add(choice)
    return added


def _equations(lines: Sequence[Line], hidden_set: set[int]) -> list[dict[int, Fraction]]:
    """Each line as Σ members − total = (shown part), restricted to the hidden unknowns."""
    rows = []
    for line in lines:
        row: dict[int, Fraction] = {}
        for i in line.members:
            if i in hidden_set:
                row[i] = row.get(i, Fraction(0)) + 1
        if line.total in hidden_set:
            row[line.total] = row.get(line.total, Fraction(0)) - 1
        row = {k: v for k, v in row.items() if v != 0}
        if row:
            rows.append(row)
    return rows


def determined(lines: Sequence[Line], hidden_set: set[int]) -> set[int]:
    """Hidden indexes whose value follows from the published numbers: a unit vector in the row space
    of the system restricted to hidden unknowns, i.e. a row of the reduced echelon form with a
    single entry."""
    pivots: list[tuple[int, dict[int, Fraction]]] = []
    for equation in _equations(lines, hidden_set):
        row = dict(equation)
        for pivot, prow in pivots:  # reduce by the earlier pivots
            factor = row.get(pivot)
            if factor:
                for k, v in prow.items():
                    new = row.get(k, Fraction(0)) - factor * v
                    if new:
                        row[k] = new
                    else:
                        row.pop(k, None)
        if not row:
            continue
        pivot = min(row)
        scale = row[pivot]
        row = {k: v / scale for k, v in row.items()}
        for index, (other, orow) in enumerate(pivots):  # keep the earlier rows reduced
            factor = orow.get(pivot)
            if factor:
                for k, v in row.items():
                    new = orow.get(k, Fraction(0)) - factor * v
                    if new:
                        orow[k] = new
                    else:
                        orow.pop(k, None)
                pivots[index] = (other, orow)
        pivots.append((pivot, row))
    return {pivot for pivot, row in pivots if len(row) == 1}


def _display(value: int, index: int, primary: set[int], secondary: set[int], threshold: int) -> Shown:
    if index in primary:
        return hidden(threshold)
    if index in secondary:
        return SECONDARY
    return value


@dataclass(frozen=True)
class ProtectedTable(Generic[R, C]):
    """The table as it may be published: ints where shown, "<5" or "x" where hidden."""

    cells: dict[tuple[R, C], Shown]
    row_totals: dict[R, Shown]
    col_totals: dict[C, Shown]
    grand_total: Shown | None

    def hidden_count(self) -> int:
        everything = [*self.cells.values(), *self.row_totals.values(), *self.col_totals.values(),
                      self.grand_total]
        return sum(isinstance(v, str) for v in everything)


def protect_table(cells: Mapping[tuple[R, C], int], threshold: int, *, row_totals: bool, col_totals: bool,
                  grand_total: bool, hide_col_totals: bool = False) -> ProtectedTable[R, C]:
    """A 2-D table (missing cells count as 0) with the chosen margins published. Rows and columns are
    taken in the order their keys first appear. `grand_total`: the sum of the margins (with neither
    margin, of all cells). `hide_col_totals`: the (positive) column totals start hidden, as they are
    hidden in another table that publishes the same numbers."""
    rows = list(dict.fromkeys(r for r, _ in cells))
    cols = list(dict.fromkeys(c for _, c in cells))
    values: list[int] = []
    cell_index: dict[tuple[R, C], int] = {}
    for r in rows:
        for c in cols:
            cell_index[(r, c)] = len(values)
            values.append(int(cells.get((r, c), 0)))
    lines: list[Line] = []
    row_index: dict[R, int] = {}
    col_index: dict[C, int] = {}
    if row_totals:
        for r in rows:
            row_index[r] = len(values)
            values.append(sum(values[cell_index[(r, c)]] for c in cols))
            lines.append(Line(tuple(cell_index[(r, c)] for c in cols), row_index[r]))
    if col_totals:
        for c in cols:
            col_index[c] = len(values)
            values.append(sum(values[cell_index[(r, c)]] for r in rows))
            lines.append(Line(tuple(cell_index[(r, c)] for r in rows), col_index[c]))
    grand: int | None = None
    if grand_total:
        grand = len(values)
        values.append(sum(values[i] for i in cell_index.values()))
        if row_totals:
            lines.append(Line(tuple(row_index.values()), grand))
        if col_totals:
            lines.append(Line(tuple(col_index.values()), grand))
        if not row_totals and not col_totals:
            lines.append(Line(tuple(cell_index.values()), grand))
    hide = [i for i in col_index.values() if values[i] > 0] if hide_col_totals else []
    primary, secondary = protect_values(values, lines, threshold, hide)

    def show(i: int) -> Shown:
        return _display(values[i], i, primary, secondary, threshold)

    return ProtectedTable(
        cells={key: show(i) for key, i in cell_index.items()},
        row_totals={r: show(i) for r, i in row_index.items()},
        col_totals={c: show(i) for c, i in col_index.items()},
        grand_total=show(grand) if grand is not None else None)


@dataclass(frozen=True)
class ProtectedCounts(Generic[K]):
    counts: dict[K, Shown]
    total: Shown | None


def protect_counts(counts: Mapping[K, int], threshold: int, *, total: bool,
                   hide_total: bool = False) -> ProtectedCounts[K]:
    """A list of counts; `total`: they partition a total that is published with them (each record
    in exactly one row). Without it (several legal domains per consultation) only primary
    suppression applies: there is no line to work a cell out from. `hide_total`: the total is
    hidden elsewhere (in a cross table), so it must be hidden here too, and protected as such."""
    table = protect_table({(key, 0): n for key, n in counts.items()}, threshold,
                          row_totals=False, col_totals=total, grand_total=False,
                          hide_col_totals=hide_total and total)
    shown_total = table.col_totals.get(0) if total else None
    if total and not counts:
        shown_total = 0
    return ProtectedCounts({key: table.cells[(key, 0)] for key in counts}, shown_total)


def protect_total(value: int, threshold: int) -> Shown:
    """A single number published on its own."""
    return hidden(threshold) if 0 < value < threshold else value
