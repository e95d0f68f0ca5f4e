"""Turning frozen dataclasses into rows and back, by their type hints."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import types
import typing
from collections.abc import Iterator, Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    import sqlcipher3
    import sqlite_utils

T = TypeVar("T")


def _plain(value: Any) -> Any:
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def to_row(obj: Any, *, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    """A dict ready for insert: only stored columns, values in their stored form."""
    row: dict[str, Any] = {}
    for name in _field_names(type(obj)):  # type: ignore[arg-type]
        if name in skip:
            continue
        value = getattr(obj, name)
        kind = type(value)
        if kind is str or kind is int or value is None:  # most values: stored as they are
            row[name] = value
            continue
        if isinstance(value, tuple):
            value = json.dumps([_plain(v) for v in value])
        row[name] = _plain(value)
    if row.get("id") is None:
        row.pop("id", None)
    return row


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


@functools.cache
def _converters(cls: type) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    return {f.name: _converter(hints[f.name]) for f in dataclasses.fields(cls)}


def _converter(hint: Any) -> Any:
    args = typing.get_args(hint)
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        inner = next(a for a in args if a is not type(None))
        convert = _converter(inner)
        return lambda v: None if v is None else convert(v)
    if typing.get_origin(hint) is tuple:
        item = _converter(args[0])
        return lambda v: v if isinstance(v, tuple) else tuple(item(x) for x in json.loads(v or "[]"))
    if hint is bool:
        return bool
    if hint is dt.datetime:
        return lambda v: v if isinstance(v, dt.datetime) else dt.datetime.fromisoformat(v)
    if hint is dt.date:
        return lambda v: v if isinstance(v, dt.date) else dt.date.fromisoformat(v)
    if isinstance(hint, type) and issubclass(hint, StrEnum):
        return hint
    return lambda v: v


def from_row(cls: type[T], row: dict[str, Any], **extra: Any) -> T:
    """Build a dataclass from a row, ignoring columns the class does not have."""
    converters = _converters(cls)  # type: ignore[arg-type]
    values = {name: convert(row[name]) for name, convert in converters.items() if name in row}
    values.update(extra)
    return cls(**values)


def query(db: sqlite_utils.Database | sqlcipher3.Connection, sql: str,
          params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
    """The rows of `sql` as dicts, as sqlite-utils' `db.query` gives them, over sqlite-utils or
    the plain SQLCipher connection (only `execute` is used): a command that reads and prints
    one document does so without loading sqlite-utils."""
    cursor = db.execute(sql, params)
    columns = [column[0] for column in cursor.description]
    for row in cursor:
        yield dict(zip(columns, row, strict=True))


def in_transaction(db: sqlite_utils.Database | sqlcipher3.Connection) -> bool:
    """Whether a transaction is open on `db`: sqlite-utils' connection (`db.conn`), or the
    plain connection itself."""
    connection = db.conn if hasattr(db, "conn") else db
    return bool(connection.in_transaction)


def iso(value: dt.date | dt.datetime | None) -> str | None:
    return None if value is None else _plain(value)


def insert_row(db: sqlite_utils.Database, table: str, row: dict[str, Any]) -> int:
    """Insert one row and return its new id."""
    last_pk = db.table(table).insert(row).last_pk
    assert last_pk is not None
    return int(last_pk)


def update_row(db: sqlite_utils.Database, table: str, row_id: int, row: dict[str, Any]) -> None:
    db.table(table).update(row_id, row)
