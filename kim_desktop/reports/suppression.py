"""Small-count suppression for reports that may leave the Kreis.

A count from 1 to threshold − 1 is shown as "<threshold" (primary suppression); 0 stays 0 (it
says nothing about a person). When the counts of a table split a total that is shown too (every
consultation in exactly one municipality), one hidden cell could be worked out as the total minus
the shown ones, so then the smallest shown count is hidden as well (secondary suppression).
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from typing import TypeVar

K = TypeVar("K", bound=Hashable)


def hidden(threshold: int) -> str:
    return f"<{threshold}"


def suppress(counts: Mapping[K, int], threshold: int, *, total: int | None = None) -> dict[K, int | str]:
    """The counts as they may be shown. `total`: the counts add up to this total, which is shown
    elsewhere (pass None when they do not, e.g. several legal domains per consultation)."""
    shown: dict[K, int | str] = {key: hidden(threshold) if 0 < n < threshold else n
                                 for key, n in counts.items()}
    hidden_keys = [key for key, value in shown.items() if isinstance(value, str)]
    if total is not None and total >= threshold and len(hidden_keys) == 1:
        others = [key for key, value in shown.items() if isinstance(value, int) and value > 0]
        if others:
            smallest = min(others, key=lambda key: (counts[key], repr(key)))
            shown[smallest] = hidden(threshold)
    return shown
