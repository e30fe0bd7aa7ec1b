"""Lossless conversion between records (frozen dataclasses) and JSON-ready values.

Used by the store (records kept as JSON columns) and by renderers. ``to_json`` turns dates into ISO
strings, Enums into their values, Spans into ``[start, end]`` and tuples into lists; ``from_json``
reverses it by reading the dataclass's type hints, so a record round-trips exactly.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
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


Decoder = Callable[[Any], Any]


def from_json(cls: type[T], data: Any) -> T:
    """Rebuild a value of type ``cls`` (a record class or a type expression) from ``to_json`` output."""
    return typing.cast(T, _decoder(typing.cast(Any, cls))(data))


@cache
def _decoder(tp: Any) -> Decoder:
    """A decoding function for type ``tp``, built once per type: reading type hints on every call
    made decoding the slowest part of a check on a large store."""
    inner = _build(tp)

    def decode(data: Any) -> Any:
        return None if data is None else inner(data)

    return decode


def _build(tp: Any) -> Decoder:
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _decoder(args[0]) if len(args) == 1 else _identity
    if origin is tuple:
        parts = typing.get_args(tp)
        if len(parts) == 2 and parts[1] is Ellipsis:
            item = _decoder(parts[0])
            return lambda data: tuple(item(v) for v in data)
        items = [_decoder(a) for a in parts]
        return lambda data: tuple(f(v) for f, v in zip(items, data, strict=True))
    if origin is list:
        item = _decoder(typing.get_args(tp)[0])
        return lambda data: [item(v) for v in data]
    if origin is dict:
        return dict
    if tp is Span:
        return lambda data: Span(int(data[0]), int(data[1]))
    if isinstance(tp, type) and issubclass(tp, Enum):
        return tp
    if tp is date:
        return date.fromisoformat
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        fields = [(f.name, _decoder(hints[f.name])) for f in dataclasses.fields(tp)]
        cls = tp

        def record(data: Any) -> Any:
            return cls(**{name: f(data[name]) for name, f in fields if name in data})

        return record
    return _identity


def _identity(data: Any) -> Any:
    return data
