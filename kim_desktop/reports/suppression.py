"""Small-count suppression of a single list of counts, for the statistics export.

A count from 1 to threshold − 1 is shown as "<threshold" (primary suppression); 0 stays 0 (it
says nothing about a person). When the counts split a total that is shown too (every consultation
in exactly one municipality), the secondary suppression of disclosure.py applies, so that no hidden
cell can be worked out from the total. Here every hidden cell reads "<threshold", as the export has
always written it; the coordinator reports tell primary and secondary apart (disclosure.py).
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from typing import TypeVar

from kim_desktop.reports.disclosure import hidden, protect_counts

K = TypeVar("K", bound=Hashable)

__all__ = ["hidden", "suppress"]


def suppress(counts: Mapping[K, int], threshold: int, *, total: int | None = None) -> dict[K, int | str]:
    """The counts as they may be shown. `total`: the counts add up to this total, which is shown
    elsewhere (pass None when they do not, e.g. several legal domains per consultation)."""
    protected = protect_counts(counts, threshold, total=total is not None)
    return {key: hidden(threshold) if isinstance(value, str) else value
            for key, value in protected.counts.items()}
