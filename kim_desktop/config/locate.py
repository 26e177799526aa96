"""Finds the line of a key such as `teams[3].sync_policy` in the text of a deployment file.

tomllib reports lines only for syntax errors; for a wrong value IT should not have to count
`[[teams]]` headers by hand. This is a best effort over the plain text: tables written inline
(`teams = [{…}]`) or dotted keys are not found, and then the message names the key alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\- ]+?)\s*\]\]?\s*(#.*)?$")
_INDEXED = re.compile(r"^(.+)\[(\d+)\]$")


@dataclass(frozen=True)
class _Header:
    index: int  # 0-based line index
    array: bool
    name: str


def _headers(lines: list[str]) -> list[_Header]:
    found = []
    for index, line in enumerate(lines):
        match = _HEADER.match(line)
        if match:
            found.append(_Header(index, match[1] == "[[", match[2].replace(" ", "")))
    return found


def _table_start(headers: list[_Header], table: str) -> int | None:
    """0-based line of the header that opens `table` (`policy`, `teams[3]`)."""
    indexed = _INDEXED.match(table)
    if indexed:
        hits = [h for h in headers if h.array and h.name == indexed[1]]
        position = int(indexed[2])
        return hits[position].index if position < len(hits) else None
    return next((h.index for h in headers if not h.array and h.name == table), None)


def key_line(text: str, key: str) -> int | None:
    """1-based line of `key` in `text`; for a missing key the line of its table's header."""
    lines = text.splitlines()
    headers = _headers(lines)
    *tables, last = key.split(".")
    if tables:
        start = _table_start(headers, ".".join(tables))
        if start is None:
            return None
        end = next((h.index for h in headers if h.index > start), len(lines))
        first = start + 1
    else:
        start, first = None, 0
        end = headers[0].index if headers else len(lines)
    if not tables and (_INDEXED.match(last) or any(h.name == last for h in headers)):
        own = _table_start(headers, last)  # `municipalities[2]`, `district`
        if own is None:
            own = next((h.index for h in headers if h.array and h.name == last), None)
        if own is not None:
            return own + 1
    pattern = re.compile(r"^\s*[\"']?" + re.escape(last).replace(r"\*", r"\w*") + r"[\"']?\s*=")
    for index in range(first, end):
        if pattern.match(lines[index]):
            return index + 1
    return None if start is None else start + 1
