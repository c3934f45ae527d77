"""Wix's API query language over JSON items: filter, sort and page a list of dicts.

Used by the bookings reads (Query Services, Query Extended Bookings) and the
categories. A field is a dotted path into the item (``category.id``, or through a list
``locations.business.id``); only the fields the caller allows may be
filtered or sorted on. Operators: ``$eq $ne $gt $gte $lt $lte $in $nin $hasSome
$hasAll $exists $startsWith $isEmpty $and $or $not``; a bare value means ``$eq``.
A request of the wrong shape raises :class:`QueryError`, answered as a 400 naming
the field: never a 500.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Collection, Mapping, Sequence
from typing import Any

__all__ = ["QueryError", "filter_items", "page_by_cursor", "page_by_offset", "sort_items"]

_MISSING = object()
_ORDERED = ("$gt", "$gte", "$lt", "$lte")


class QueryError(ValueError):
    """A query Wix would refuse with 400 (``field`` names the culprit)."""

    def __init__(self, field: str, description: str) -> None:
        super().__init__(description)
        self.field, self.description = field, description


def read_field(item: Mapping[str, Any], path: str) -> Any:
    """The value at a dotted path, or a private marker when absent.

    Through a list of objects the path reads each one's value, and the answer is the
    list of them (``locations.business.id``: every location's id), which the list
    operators (``$hasSome``, ``$hasAll``, ``$in``) and ``$eq`` (membership) take.
    """
    node: Any = item
    parts = path.split(".")
    for index, part in enumerate(parts):
        if isinstance(node, list):
            rest = ".".join(parts[index:])
            found = [read_field(element, rest) for element in node if isinstance(element, Mapping)]
            values: list[Any] = []
            for value in found:
                if value is not _MISSING:
                    values += value if isinstance(value, list) else [value]
            return values
        if not isinstance(node, Mapping) or part not in node:
            return _MISSING
        node = node[part]
    return node


def _ordered(op: str, actual: Any, wanted: Any) -> bool:
    numbers = (int, float)
    same = (isinstance(actual, str) and isinstance(wanted, str)) or (
        isinstance(actual, numbers) and not isinstance(actual, bool) and isinstance(wanted, numbers)
    )
    if not same:
        return False  # a missing or differently typed value matches no range
    return bool(
        {
            "$gt": actual > wanted,
            "$gte": actual >= wanted,
            "$lt": actual < wanted,
            "$lte": actual <= wanted,
        }[op]
    )


def _operator(op: str, actual: Any, operand: Any, field: str) -> bool:
    values = actual if isinstance(actual, list) else [actual]
    if op == "$eq":
        return actual == operand or (isinstance(actual, list) and operand in actual)
    if op == "$ne":
        return not _operator("$eq", actual, operand, field)
    if op in ("$in", "$nin", "$hasSome", "$hasAll"):
        if not isinstance(operand, list):
            raise QueryError(field, f"{op} takes a list")
        if op == "$hasAll":
            return all(value in values for value in operand)
        found = any(value in operand for value in values)
        return found if op != "$nin" else not found
    if op == "$exists":
        return (actual is not _MISSING) == bool(operand)
    if op == "$isEmpty":
        return (actual in (_MISSING, None, "", [])) == bool(operand)
    if op == "$startsWith":
        if not isinstance(operand, str):
            raise QueryError(field, "$startsWith takes a string")
        return isinstance(actual, str) and actual.lower().startswith(operand.lower())
    if op in _ORDERED:
        if isinstance(operand, bool) or not isinstance(operand, (str, int, float)):
            raise QueryError(field, f"{op} takes a string or a number")
        return _ordered(op, actual, operand)
    raise QueryError(field, f"unknown operator {op}")


def _matches(item: Mapping[str, Any], filter_: Any, fields: Collection[str], depth: int) -> bool:
    # Every condition is evaluated (no short cut), so a bad one is a 400 whatever the item.
    if depth > 20:
        raise QueryError("filter", "is nested too deeply")
    if not isinstance(filter_, Mapping):
        raise QueryError("filter", "must be an object")
    results: list[bool] = []
    for key, condition in filter_.items():
        if key in ("$and", "$or"):
            if not isinstance(condition, list):
                raise QueryError(f"filter.{key}", "takes a list")
            parts = [_matches(item, part, fields, depth + 1) for part in condition]
            results.append(all(parts) if key == "$and" else any(parts))
        elif key == "$not":
            results.append(not _matches(item, condition, fields, depth + 1))
        elif key not in fields:
            raise QueryError(f"filter.{key}", "is not a field this query can filter on")
        else:
            actual = read_field(item, key)
            ops = condition if isinstance(condition, Mapping) else {"$eq": condition}
            results += [_operator(str(op), actual, operand, key) for op, operand in ops.items()]
    return all(results)


def filter_items(
    items: Sequence[Mapping[str, Any]], filter_: Any, fields: Collection[str]
) -> list[Mapping[str, Any]]:
    """The items the filter keeps (a filter may be given as a JSON string, as REST takes it)."""
    if filter_ is None:
        return list(items)
    if isinstance(filter_, str):
        try:
            filter_ = json.loads(filter_)
        except ValueError:
            raise QueryError("filter", "is not valid JSON") from None
    _matches({}, filter_, fields, 0)  # a bad filter is a 400 even with nothing to filter
    return [item for item in items if _matches(item, filter_, fields, 0)]


def sort_items(
    items: list[Mapping[str, Any]], sort: Any, fields: Collection[str]
) -> list[Mapping[str, Any]]:
    """Items sorted by ``[{"fieldName", "order": "ASC"|"DESC"}]`` (missing values last)."""
    if sort is None:
        return items
    if not isinstance(sort, list):
        raise QueryError("sort", "must be a list")
    for index, spec in reversed(list(enumerate(sort))):
        name = spec.get("fieldName") if isinstance(spec, Mapping) else None
        order = spec.get("order", "ASC") if isinstance(spec, Mapping) else None
        if not isinstance(name, str) or name not in fields:
            raise QueryError(f"sort[{index}].fieldName", "is not a field this query can sort on")
        if order not in ("ASC", "DESC"):
            raise QueryError(f"sort[{index}].order", "must be ASC or DESC")
        present = [item for item in items if read_field(item, name) not in (_MISSING, None)]
        absent = [item for item in items if read_field(item, name) in (_MISSING, None)]
        try:
            present.sort(key=lambda item: read_field(item, name), reverse=order == "DESC")
        except TypeError:
            raise QueryError(f"sort[{index}].fieldName", "holds values of mixed types") from None
        items = present + absent
    return items


def _limit(paging: Mapping[str, Any], where: str, default: int, most: int, least: int) -> int:
    limit = paging.get("limit", default)
    if limit is None:
        return default
    if isinstance(limit, str) and limit.isdigit():
        limit = int(limit)
    if not isinstance(limit, int) or isinstance(limit, bool) or not least <= limit <= most:
        raise QueryError(f"{where}.limit", f"must be an integer between {least} and {most}")
    return limit


def page_by_offset(
    items: list[Any], paging: Any, *, default: int = 50, most: int = 100
) -> tuple[list[Any], dict[str, Any]]:
    """One page of ``paging: {"limit", "offset"}`` and its ``pagingMetadata``."""
    paging = paging if paging is not None else {}
    if not isinstance(paging, Mapping):
        raise QueryError("paging", "must be an object")
    limit = _limit(paging, "paging", default, most, 0)
    offset = paging.get("offset", 0) or 0
    if isinstance(offset, str) and offset.isdigit():
        offset = int(offset)
    if not isinstance(offset, int) or isinstance(offset, bool) or offset < 0:
        raise QueryError("paging.offset", "must be a non-negative integer")
    page = items[offset : offset + limit]
    meta = {"count": len(page), "offset": offset, "total": len(items), "tooManyToCount": False}
    return page, meta


def page_by_cursor(
    items: list[Any], paging: Any, *, default: int = 50, most: int = 100
) -> tuple[list[Any], dict[str, Any]]:
    """One page of ``cursorPaging: {"limit", "cursor"}`` and its ``pagingMetadata``.

    A cursor is the next item's offset, opaque to the caller.
    """
    paging = paging if paging is not None else {}
    if not isinstance(paging, Mapping):
        raise QueryError("cursorPaging", "must be an object")
    limit = _limit(paging, "cursorPaging", default, most, 1)  # 0 would never move on
    offset = _decode_cursor(paging.get("cursor"))
    page = items[offset : offset + limit]
    after = offset + len(page)
    cursors = {"next": _encode_cursor(after) if after < len(items) else None}
    if offset > 0:
        cursors["prev"] = _encode_cursor(max(offset - limit, 0))
    meta = {"count": len(page), "cursors": cursors, "hasNext": after < len(items)}
    return page, meta


def query_page(
    items: list[dict[str, Any]],
    body: Mapping[str, Any],
    fields: Collection[str],
    *,
    key: str,
    most: int,
) -> dict[str, Any]:
    """A cursor-paged query's answer over ``items``: ``{key: page, "pagingMetadata"}``."""
    query = {} if body.get("query") is None else body["query"]
    if not isinstance(query, Mapping):
        raise QueryError("query", "must be an object")
    found = sort_items(filter_items(items, query.get("filter"), fields), query.get("sort"), fields)
    page, meta = page_by_cursor(found, query.get("cursorPaging"), default=50, most=most)
    return {key: page, "pagingMetadata": meta}


def _encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(json.dumps({"o": offset}).encode()).decode()


def _decode_cursor(cursor: Any) -> int:
    if cursor in (None, ""):
        return 0
    try:
        data = json.loads(base64.urlsafe_b64decode(str(cursor).encode()))
        offset = data["o"]
    except (binascii.Error, ValueError, TypeError, KeyError, UnicodeDecodeError):
        raise QueryError("cursorPaging.cursor", "is not a cursor this query gave") from None
    if not isinstance(offset, int) or isinstance(offset, bool) or offset < 0:
        raise QueryError("cursorPaging.cursor", "is not a cursor this query gave")
    return offset
