"""Lossless conversion between records (frozen dataclasses) and JSON-ready values.

Used by the store (records kept as JSON columns) and by renderers. ``to_json`` turns dates into ISO
strings, Enums into their values, Spans into ``[start, end]`` and tuples into lists; ``from_json``
reverses it by reading the dataclass's type hints, so a record round-trips exactly.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any, TypeVar, Union

from saidwhen.records import Span

T = TypeVar("T")


def to_json(value: Any) -> Any:
    """A JSON-ready copy of a record, Enum, date, Span, tuple or plain value."""
    if isinstance(value, Span):
        return [value.start, value.end]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [to_json(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    return value


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_json(cls: type[T], data: Any) -> T:
    """Rebuild a value of type ``cls`` (a record class or a type expression) from ``to_json`` output."""
    return typing.cast(T, _decode(cls, data))


def _decode(tp: Any, data: Any) -> Any:
    if data is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _decode(args[0], data) if len(args) == 1 else data
    if origin is tuple:
        parts = typing.get_args(tp)
        if len(parts) == 2 and parts[1] is Ellipsis:
            return tuple(_decode(parts[0], v) for v in data)
        return tuple(_decode(a, v) for a, v in zip(parts, data, strict=True))
    if origin is list:
        return [_decode(typing.get_args(tp)[0], v) for v in data]
    if origin is dict:
        return dict(data)
    if tp is Span:
        return Span(int(data[0]), int(data[1]))
    if isinstance(tp, type) and issubclass(tp, Enum):
        return tp(data)
    if tp is date:
        return date.fromisoformat(data)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        kwargs = {f.name: _decode(hints[f.name], data[f.name]) for f in dataclasses.fields(tp) if f.name in data}
        return tp(**kwargs)
    return data
