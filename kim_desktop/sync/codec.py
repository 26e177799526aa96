"""Records as JSON values: the same text on every dialect and platform, checked on the way in.

A value that does not fit its column (a date like 2026-02-31, a string too long, a number where
text belongs) makes the whole package invalid; nothing of it is applied.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Boolean, Column, Date, Integer, String, Table, Uuid

from kim_desktop.storage.schema import UtcDateTime


class BadValue(ValueError):
    """A column value that does not fit; the message names table and column, never the value."""


def _uuid_in(value: Any) -> uuid.UUID:
    if not isinstance(value, str):
        raise TypeError
    return uuid.UUID(value)


def _date_in(value: Any) -> dt.date:
    if not isinstance(value, str) or len(value) != 10:
        raise TypeError
    return dt.date.fromisoformat(value)


def _datetime_out(value: dt.datetime) -> str:
    if value.tzinfo is not dt.UTC:
        value = value.astimezone(dt.UTC)
    # isoformat, not strftime: the same text ten times faster (an export writes one per record)
    return value.replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def _datetime_in(value: Any) -> dt.datetime:
    if not isinstance(value, str) or not value.endswith("Z"):
        raise TypeError
    return dt.datetime.fromisoformat(value[:-1]).replace(tzinfo=dt.UTC)


def _bool_in(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError
    return value


def _int_in(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or abs(value) > 2**62:
        raise TypeError
    return value


def _text_in(limit: int | None) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if not isinstance(value, str) or (limit is not None and len(value) > limit):
            raise TypeError
        value.encode("utf-8")  # a lone surrogate from JSON ("\\ud800") would fail at the database
        return value
    return check


@dataclass(frozen=True)
class ColumnCodec:
    name: str
    nullable: bool
    encode: Callable[[Any], Any]
    decode: Callable[[Any], Any]
    may_be_missing: bool  # nullable or a plain default: a package from an older schema may lack it


def _codec(column: Column[Any]) -> ColumnCodec:
    kind = column.type
    encode: Callable[[Any], Any] = lambda value: value  # noqa: E731
    if isinstance(kind, Uuid):
        encode, decode = str, _uuid_in
    elif isinstance(kind, UtcDateTime):
        encode, decode = _datetime_out, _datetime_in
    elif isinstance(kind, Date):
        encode, decode = dt.date.isoformat, _date_in
    elif isinstance(kind, Boolean):
        decode = _bool_in
    elif isinstance(kind, Integer):
        decode = _int_in
    elif isinstance(kind, String):  # Text is a String without length
        decode = _text_in(kind.length)
    else:  # a new column type needs a codec before its table can sync
        raise TypeError(f"no sync codec for {column.table.name}.{column.name} ({kind!r})")
    plain_default = column.default is not None and getattr(column.default, "is_scalar", False)
    return ColumnCodec(column.name, bool(column.nullable), encode, decode, bool(column.nullable) or plain_default)


class TableCodec:
    def __init__(self, table: Table) -> None:
        self.name = table.name
        self.columns = tuple(_codec(column) for column in table.columns)
        self.names = frozenset(codec.name for codec in self.columns)

    def encode(self, row: dict[str, Any]) -> dict[str, Any]:
        return {c.name: None if (value := row[c.name]) is None else c.encode(value) for c in self.columns}

    def decode(self, data: Any) -> dict[str, Any]:
        """Columns missing from the data (a package from an older schema) become None or the
        column's default at insert; unknown columns are refused."""
        if not isinstance(data, dict):
            raise BadValue(f"{self.name}: Datensatz ist kein Objekt")
        unknown = set(data) - self.names
        if unknown:
            raise BadValue(f"{self.name}: unbekannte Spalte {sorted(unknown)[0]}")
        row: dict[str, Any] = {}
        for codec in self.columns:
            if codec.name not in data:
                if not codec.may_be_missing:
                    raise BadValue(f"{self.name}.{codec.name}: Wert fehlt")
                continue
            value = data[codec.name]
            if value is None:
                if not codec.nullable:
                    raise BadValue(f"{self.name}.{codec.name}: Wert fehlt")
                row[codec.name] = None
                continue
            try:
                row[codec.name] = codec.decode(value)
            except (TypeError, ValueError):
                raise BadValue(f"{self.name}.{codec.name}: ungültiger Wert") from None
        for required in ("id", "device_id", "revision", "updated_at", "deleted"):
            if row.get(required) is None:
                raise BadValue(f"{self.name}.{required}: Wert fehlt")
        return row


_CACHE: dict[str, TableCodec] = {}


def codec_for(table: Table) -> TableCodec:
    if table.name not in _CACHE:
        _CACHE[table.name] = TableCodec(table)
    return _CACHE[table.name]
