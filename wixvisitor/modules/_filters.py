"""The pieces of a query builder's filter: checked values, field names, ``$and``/``$or``/``$not``.

The combinators are ``@wix/sdk-runtime``'s ``query-filter.js``: adding a condition to a
filter that has one already nests both in ``$and`` (flattening an existing ``$and``), so
``eq("a", 1).gt("b", 2)`` is ``{"$and": [{"a": 1}, {"b": {"$gt": 2}}]}`` as in JS.
Nothing here changes a filter in place: builders share them.
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Mapping
from typing import Any

__all__ = [
    "Comparable",
    "and_filters",
    "check_comparable",
    "check_field",
    "check_text",
    "check_values",
    "json_value",
    "kind_of",
    "not_filter",
    "or_filters",
]

#: What the ordering operators take, as the JS builder types them (``string | number | Date``).
Comparable = str | int | float | datetime.datetime

#: The JS SDK's system field names and their REST names (``_id`` is sent as ``id``).
_SYSTEM_FIELDS = {"_id": "id", "_createdDate": "createdDate", "_updatedDate": "updatedDate"}


def check_field(field: object, operator: str) -> str:
    """``field`` as the REST field path; a ValueError unless it is a usable name."""
    if not isinstance(field, str) or not field or field.startswith("$"):
        raise ValueError(f"{operator}(): the field must be a non-empty name, got {field!r}")
    if "_" in field:
        field = ".".join(_SYSTEM_FIELDS.get(part, part) for part in field.split("."))
    return field


def check_text(value: object, operator: str) -> str:
    """``value`` if it is a string (``starts_with`` and friends take nothing else)."""
    if not isinstance(value, str):
        raise ValueError(f"{operator}(): the value must be a string, got {type(value).__name__}")
    return value


def check_comparable(value: object, operator: str) -> str | int | float:
    """``value`` as JSON if it is a string, a number or an aware datetime, else ValueError."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float, datetime.datetime)):
        raise ValueError(
            f"{operator}(): the value must be a string, a number or a datetime, "
            f"got {type(value).__name__}"
        )
    converted: str | int | float = json_value(value, operator)
    return converted


def json_value(value: object, operator: str) -> Any:
    """``value`` as the JSON the SDK would send (a copy): ValueError for what JSON cannot carry.

    An aware ``datetime`` becomes the ISO string JavaScript's ``Date`` gives
    (``2025-01-31T12:00:00.000Z``); a naive one is refused, since its zone is unknown.
    """
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{operator}(): {value!r} cannot be sent as JSON")
        return value
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"{operator}(): a naive datetime has no time zone; give an aware one")
        text = value.astimezone(datetime.UTC).isoformat(timespec="milliseconds")
        return text.replace("+00:00", "Z")
    if isinstance(value, (list, tuple)):
        return [json_value(item, operator) for item in value]
    if isinstance(value, Mapping):
        if not all(isinstance(key, str) for key in value):
            raise ValueError(f"{operator}(): object keys must be strings")
        return {key: json_value(item, operator) for key, item in value.items()}
    raise ValueError(f"{operator}(): a {type(value).__name__} cannot be sent as JSON")


def kind_of(value: Comparable) -> str:
    """What a bound of ``between`` is: ``"text"``, ``"number"`` or ``"datetime"``."""
    if isinstance(value, str):
        return "text"
    return "datetime" if not isinstance(value, (int, float)) else "number"


def check_values(values: tuple[Any, ...], operator: str) -> list[str | int | float]:
    """``values`` given as arguments or as one list, each checked (JS: ``values[0]`` if array)."""
    items = values[0] if values and isinstance(values[0], (list, tuple)) else values
    if items is not values and len(values) > 1:
        raise ValueError(f"{operator}(): give the values as arguments or as one list, not both")
    return [check_comparable(value, operator) for value in items]


def _is(filter_: Mapping[str, Any], operator: str) -> bool:
    return len(filter_) == 1 and isinstance(filter_.get(operator), list)


def and_filters(a: dict[str, Any] | None, b: dict[str, Any] | None) -> dict[str, Any] | None:
    """``a`` and ``b``: the other if one is empty, else one flat ``$and`` (``query-filter.js``)."""
    if not a:
        return b
    if not b:
        return a
    return {
        "$and": [*(a["$and"] if _is(a, "$and") else [a]), *(b["$and"] if _is(b, "$and") else [b])]
    }


def or_filters(a: dict[str, Any] | None, b: dict[str, Any] | None) -> dict[str, Any] | None:
    """``a`` or ``b``: the other if one is empty, else one flat ``$or`` (``query-filter.js``)."""
    if not a:
        return b
    if not b:
        return a
    return {"$or": [*(a["$or"] if _is(a, "$or") else [a]), *(b["$or"] if _is(b, "$or") else [b])]}


def not_filter(a: dict[str, Any] | None) -> dict[str, Any] | None:
    """Not ``a``: nothing for an empty filter, the inner filter for ``{"$not": x}``."""
    if not a:
        return None
    if len(a) == 1 and isinstance(a.get("$not"), Mapping):
        inner: dict[str, Any] = a["$not"]
        return inner
    return {"$not": a}
