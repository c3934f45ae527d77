"""Catalog V1's query language over the seeded catalog: filter, sort and offset paging.

A query is ``{"filter", "sort", "paging": {"limit", "offset"}}``. ``filter`` is an object or,
as Catalog V1's REST API takes it, the same object as a JSON string; so is ``sort``, a list
of ``{"fieldName", "order"}`` (or the older ``{"name": "asc"}``). Operators: ``$eq $ne $gt
$gte $lt $lte $startsWith $in $hasSome $hasAll $exists`` on a field, ``$and $or $not``
between filters; a bare value means ``$eq``. ``$startsWith`` ignores case, as Wix's does;
``$eq`` and ``$in`` do not. Anything else is a :class:`QueryError`, answered as a 400 that
names the field: never a 500.
"""

from __future__ import annotations

import datetime
import json
import operator
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any, Generic, TypeVar

import attrs

from .catalog import CREATED, Product
from .catalog_v1 import V1Collection, collection_ids_of, numeric_id

__all__ = [
    "COLLECTION_FIELDS",
    "PRODUCT_FIELDS",
    "Field",
    "Query",
    "QueryError",
    "parse_query",
    "run_query",
]

T = TypeVar("T")

_MAX_LIMIT = 100
_MAX_DEPTH = 16  # nested $and/$or/$not: deeper filters are refused, not recursed into
_ORDER: dict[str, Callable[[Any, Any], Any]] = {
    "$gt": operator.gt,
    "$gte": operator.ge,
    "$lt": operator.lt,
    "$lte": operator.le,
}
_SCALAR_OPS = frozenset({"$eq", "$ne", "$startsWith", *_ORDER})
_LIST_OPS = frozenset({"$in", "$hasSome", "$hasAll"})


class QueryError(ValueError):
    """A query Wix would refuse with 400 (``field`` names the culprit)."""

    def __init__(self, field: str, description: str) -> None:
        super().__init__(description)
        self.field = field
        self.description = description


@attrs.frozen
class Field(Generic[T]):
    """A field filters and sorts may name: its kind and how to read it from an item.

    ``kind`` is ``"string"``, ``"number"``, ``"date"`` or ``"strings"`` (a list of ids).
    """

    kind: str
    read: Callable[[T], Any]


_CREATED = datetime.datetime.fromtimestamp(CREATED, tz=datetime.UTC)

#: The product fields Catalog V1's query builder names (the REST spelling), plus aliases.
PRODUCT_FIELDS: dict[str, Field[Product]] = {
    "id": Field("string", lambda p: p.id),
    "name": Field("string", lambda p: p.name),
    "slug": Field("string", lambda p: p.slug),
    "productType": Field("string", lambda p: "physical"),
    "description": Field("string", lambda p: f"<p>{p.description}</p>"),
    "sku": Field("string", lambda p: p.sku),
    "price": Field("number", lambda p: p.price),
    "priceData.price": Field("number", lambda p: p.price),
    "numericId": Field("number", numeric_id),
    "lastUpdated": Field("date", lambda p: _CREATED),
    "createdDate": Field("date", lambda p: _CREATED),
    "collectionIds": Field("strings", collection_ids_of),
    "collections.id": Field("strings", collection_ids_of),
}

#: The collection fields Catalog V1's collections query builder names.
COLLECTION_FIELDS: dict[str, Field[V1Collection]] = {
    "id": Field("string", lambda c: c.id),
    "name": Field("string", lambda c: c.name),
    "slug": Field("string", lambda c: c.slug),
}


@attrs.frozen
class Query:
    """A parsed query: its filter, sort rules (field, descending), offset and limit."""

    filter: Mapping[str, Any]
    sort: tuple[tuple[str, bool], ...]
    offset: int
    limit: int


def _decoded(value: Any, field: str) -> Any:
    """A filter or sort given as a JSON string, decoded; anything else as it is."""
    if not isinstance(value, str):
        return value
    if not value.strip():
        return None
    try:
        return json.loads(value)
    except (ValueError, RecursionError):
        raise QueryError(field, f"{field} is not valid JSON") from None


def _count(value: Any, field: str, default: int, maximum: int | None) -> int:
    if value is None:
        return default
    if isinstance(value, str) and value.strip().isdigit():  # a GET parameter
        value = int(value)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise QueryError(field, f"{field} must be a non-negative integer")
    if maximum is not None and value > maximum:
        raise QueryError(field, f"{field} must be at most {maximum}")
    return value


def _sort_rules(value: Any, fields: Mapping[str, Field[Any]]) -> tuple[tuple[str, bool], ...]:
    rules = _decoded(value, "query.sort") or []
    if not isinstance(rules, list):
        raise QueryError("query.sort", "sort must be a list")
    parsed: list[tuple[str, bool]] = []
    for rule in rules:
        if not isinstance(rule, Mapping):
            raise QueryError("query.sort", "each sort rule must be an object")
        if "fieldName" in rule:
            name, order = rule["fieldName"], rule.get("order", "ASC")
        elif len(rule) == 1:  # the older spelling: {"name": "asc"}
            ((name, order),) = rule.items()
        else:
            raise QueryError("query.sort", "a sort rule names one field")
        if not isinstance(name, str) or name not in fields or fields[name].kind == "strings":
            raise QueryError("query.sort", f"Field '{name}' is not sortable")
        if not isinstance(order, str) or order.upper() not in ("ASC", "DESC"):
            raise QueryError("query.sort", f"order must be ASC or DESC, not {order!r}")
        parsed.append((name, order.upper() == "DESC"))
    return tuple(parsed)


def parse_query(request: Any, fields: Mapping[str, Field[Any]]) -> Query:
    """The :class:`Query` in a request's ``query`` object (missing means everything)."""
    request = request if request is not None else {}
    if not isinstance(request, Mapping):
        raise QueryError("query", "query must be an object")
    filter_ = _decoded(request.get("filter"), "query.filter") or {}
    if not isinstance(filter_, Mapping):
        raise QueryError("query.filter", "filter must be an object")
    paging = request.get("paging") or {}
    cursor_paging = request.get("cursorPaging") or {}
    if not isinstance(paging, Mapping) or not isinstance(cursor_paging, Mapping):
        raise QueryError("query.paging", "paging must be an object")
    if cursor_paging.get("cursor"):
        raise QueryError("query.cursorPaging", "Catalog V1 pages by offset: use paging")
    limit = paging.get("limit", cursor_paging.get("limit"))
    query = Query(
        filter=filter_,
        sort=_sort_rules(request.get("sort"), fields),
        offset=_count(paging.get("offset"), "query.paging.offset", 0, None),
        limit=_count(limit, "query.paging.limit", _MAX_LIMIT, _MAX_LIMIT),
    )
    _check(query.filter, fields, 0)  # validate once, even when nothing would be compared
    return query


def run_query(
    items: Sequence[T], fields: Mapping[str, Field[T]], query: Query
) -> tuple[list[T], int]:
    """The page of ``items`` the query asks for, and how many match in all."""
    hits = [item for item in items if _matches(item, query.filter, fields)]
    for name, descending in reversed(query.sort):
        hits.sort(key=fields[name].read, reverse=descending)  # stable: ties keep order
    return hits[query.offset : query.offset + query.limit], len(hits)


def _operand(kind: str, value: Any, field: str) -> Any:
    """``value`` as the field's kind compares it, or a QueryError."""
    if kind in ("string", "strings"):
        if isinstance(value, str):
            return value
    elif kind == "number":
        if not isinstance(value, bool) and isinstance(value, int | float | str):
            try:
                number = Decimal(str(value))
            except InvalidOperation:
                number = Decimal("NaN")
            if number.is_finite():
                return number
    elif kind == "date":
        text = value.get("$date") if isinstance(value, Mapping) else value
        if isinstance(text, str):
            try:
                moment = datetime.datetime.fromisoformat(text)
            except ValueError:
                moment = None
            if moment is not None:
                return moment if moment.tzinfo else moment.replace(tzinfo=datetime.UTC)
    raise QueryError(field, f"{value!r} cannot be compared with {field} ({kind})")


def _check(filter_: Any, fields: Mapping[str, Field[Any]], depth: int) -> None:
    """Refuse a filter of the wrong shape, an unknown field or operator, a bad operand."""
    if depth > _MAX_DEPTH:
        raise QueryError("query.filter", f"filters nest at most {_MAX_DEPTH} deep")
    if not isinstance(filter_, Mapping):
        raise QueryError("query.filter", "a filter must be an object")
    for key, condition in filter_.items():
        if key in ("$and", "$or"):
            if not isinstance(condition, list):
                raise QueryError("query.filter", f"{key} takes a list of filters")
            for part in condition:
                _check(part, fields, depth + 1)
        elif key == "$not":
            _check(condition, fields, depth + 1)
        elif key not in fields:
            raise QueryError(key, f"Field '{key}' is not filterable")
        else:
            kind = fields[key].kind
            ops = condition if isinstance(condition, Mapping) else {"$eq": condition}
            for op, operand in ops.items():
                _check_operand(op, operand, kind, key)


def _check_operand(op: str, operand: Any, kind: str, field: str) -> None:
    if op in ("$eq", "$ne") and operand is None:
        return
    if op == "$exists":
        if not isinstance(operand, bool):
            raise QueryError(field, "$exists takes true or false")
    elif op in _LIST_OPS:
        if not isinstance(operand, list):
            raise QueryError(field, f"{op} takes a list")
        for item in operand:
            _operand(kind, item, field)
    elif op in _SCALAR_OPS:
        if kind == "strings" and op not in ("$eq", "$ne"):
            raise QueryError(field, f"{op} does not apply to the list {field}")
        if op == "$startsWith" and kind != "string":
            raise QueryError(field, f"$startsWith applies to text fields, not {field}")
        _operand(kind, operand, field)
    else:
        raise QueryError(field, f"unsupported operator {op!r}")


def _matches(item: Any, filter_: Mapping[str, Any], fields: Mapping[str, Field[Any]]) -> bool:
    for key, condition in filter_.items():
        if key == "$and":
            if not all(_matches(item, part, fields) for part in condition):
                return False
        elif key == "$or":
            if not any(_matches(item, part, fields) for part in condition):
                return False
        elif key == "$not":
            if _matches(item, condition, fields):
                return False
        else:
            field = fields[key]
            ops = condition if isinstance(condition, Mapping) else {"$eq": condition}
            actual = field.read(item)
            if not all(_holds(op, actual, arg, field.kind, key) for op, arg in ops.items()):
                return False
    return True


def _holds(op: str, actual: Any, operand: Any, kind: str, field: str) -> bool:
    if op == "$exists":
        return bool(operand)  # every seeded item has every field
    if op in ("$eq", "$ne") and operand is None:
        return op == "$ne"  # no seeded field is empty
    values = set(actual) if kind == "strings" else {actual}
    if op in _LIST_OPS:
        wanted = {_operand(kind, item, field) for item in operand}
        return wanted <= values if op == "$hasAll" else bool(wanted & values)
    wanted = _operand(kind, operand, field)
    if op == "$eq":
        return wanted in values
    if op == "$ne":
        return wanted not in values
    if op == "$startsWith":
        return str(actual).lower().startswith(str(wanted).lower())
    return bool(_ORDER[op](actual, wanted))
