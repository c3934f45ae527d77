"""Catalog V3 Search, Query and Count Products over the seeded catalog.

Filters take Wix's query language (``$eq``, ``$ne``, ``$lt``, ``$lte``, ``$gt``, ``$gte``,
``$in``, ``$nin``, ``$hasSome``, ``$hasAll``, ``$exists``, ``$startsWith``, ``$contains``,
``$and``, ``$or``, ``$not``) on the fields of ``FILTERABLE``, and ``$matchItems`` on
``allCategoriesInfo.categories``: a product matches when one of its categories
(``{"id", "index"}``) matches every filter of the list, so
``{"allCategoriesInfo.categories": {"$matchItems": [{"id": {"$in": [ID]}}]}}`` finds the
products in a category. A request of the wrong shape raises
:class:`SearchError`, which the handlers answer as a 400 naming the field: never a 500.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from ..categories.tree import categories_of, main_category_of
from ..common.json_query import QueryError, filter_items
from ..common.money import iso_date
from .catalog import CREATED, PRODUCTS, Product

__all__ = ["FILTERABLE", "SearchError", "count_products", "field_names", "search_products"]

_MAX_LIMIT = 100
_TEXT_FIELDS = ["name", "slug", "plainDescription"]


class SearchError(ValueError):
    """A Search Products request Wix would reject with 400 (``field`` names the culprit)."""

    def __init__(self, field: str, description: str) -> None:
        super().__init__(description)
        self.field = field
        self.description = description


def _amount(product: Product) -> Decimal:
    return product.price


#: Fields that filters and sorting may use, and how to read each from a product.
FILTERABLE: dict[str, Callable[[Product], Any]] = {
    "id": lambda p: p.id,
    "name": lambda p: p.name,
    "slug": lambda p: p.slug,
    "visible": lambda p: True,
    "productType": lambda p: "PHYSICAL",
    "createdDate": lambda p: iso_date(CREATED),
    "updatedDate": lambda p: iso_date(CREATED),
    "actualPriceRange.minValue.amount": _amount,
    "actualPriceRange.maxValue.amount": _amount,
    "inventory.availabilityStatus": lambda p: "IN_STOCK" if p.in_stock else "OUT_OF_STOCK",
    "allCategoriesInfo.categories.id": lambda p: [c["id"] for c in categories_of(p.id)],
    "mainCategoryId": lambda p: main_category_of(p.id),
}
_CATEGORIES = "allCategoriesInfo.categories"


def _coerce(actual: Any, wanted: Any, field: str) -> Any:
    if isinstance(actual, Decimal):
        try:
            number = Decimal(str(wanted))
        except InvalidOperation:
            number = Decimal("NaN")
        if isinstance(wanted, bool) or not number.is_finite():  # NaN compares by raising
            raise SearchError(field, f"{wanted!r} is not a number")
        return number
    return wanted


def _compare(op: str, actual: Any, operand: Any, field: str) -> bool:
    if isinstance(actual, list):  # a field holding many values (a product's categories)
        if op in ("$in", "$nin", "$hasSome", "$hasAll") and not isinstance(operand, list):
            raise SearchError(field, f"{op} takes a list")
        if op == "$hasAll":
            return all(item in actual for item in operand)
        if op in ("$in", "$hasSome", "$nin"):
            found = any(item in operand for item in actual)
            return found if op != "$nin" else not found
        if op in ("$eq", "$ne"):
            return (operand in actual) == (op == "$eq")
        if op == "$exists":
            return bool(actual) == bool(operand)
        raise SearchError(field, f"{op} does not apply to a list")
    if op in ("$in", "$nin", "$hasSome"):
        if not isinstance(operand, list):
            raise SearchError(field, f"{op} takes a list")
        found = actual in [_coerce(actual, item, field) for item in operand]
        return found if op != "$nin" else not found
    if op == "$exists":
        return bool(operand)
    wanted = _coerce(actual, operand, field)
    if op in ("$startsWith", "$contains"):
        if not isinstance(actual, str) or not isinstance(wanted, str):
            raise SearchError(field, f"{op} takes a string")
        text, part = actual.lower(), wanted.lower()
        return text.startswith(part) if op == "$startsWith" else part in text
    comparisons: dict[str, Callable[[Any, Any], bool]] = {
        "$eq": lambda a, b: a == b,
        "$ne": lambda a, b: a != b,
        "$lt": lambda a, b: a < b,
        "$lte": lambda a, b: a <= b,
        "$gt": lambda a, b: a > b,
        "$gte": lambda a, b: a >= b,
    }
    if op not in comparisons:
        raise SearchError(field, f"unsupported operator {op}")
    try:
        return comparisons[op](actual, wanted)
    except TypeError:
        raise SearchError(field, f"cannot compare {field} with {operand!r}") from None


def _matches(product: Product, filter_: Any) -> bool:
    if not isinstance(filter_, Mapping):
        raise SearchError("filter", "a filter must be an object")
    for key, condition in filter_.items():
        if key in ("$and", "$or"):
            if not isinstance(condition, list):
                raise SearchError("filter", f"{key} takes a list of filters")
            results = (_matches(product, part) for part in condition)
            if not (all(results) if key == "$and" else any(results)):
                return False
        elif key == "$not":
            if _matches(product, condition):
                return False
        elif key == _CATEGORIES:
            if not _match_items(product, condition):
                return False
        elif key not in FILTERABLE:
            raise SearchError(key, f"Field '{key}' is not declared as filterable")
        else:
            actual = FILTERABLE[key](product)
            ops = condition if isinstance(condition, Mapping) else {"$eq": condition}
            if not all(_compare(op, actual, operand, key) for op, operand in ops.items()):
                return False
    return True


def _match_items(product: Product, condition: Any) -> bool:
    """``{"$matchItems": [filter, ...]}``: one of the product's categories matches every filter."""
    items = condition.get("$matchItems") if isinstance(condition, Mapping) else None
    if not isinstance(items, list) or len(condition) != 1:
        raise SearchError(_CATEGORIES, 'takes {"$matchItems": [filters]}')
    try:
        kept: list[Any] = categories_of(product.id)
        for item_filter in items:
            kept = filter_items(kept, item_filter, ("id", "index"))
    except QueryError as exc:
        raise SearchError(f"{_CATEGORIES}.$matchItems.{exc.field}", exc.description) from None
    return bool(kept) and bool(items)


def _text_score(product: Product, search: Mapping[str, Any]) -> int:
    expression = search.get("expression") or ""
    if not isinstance(expression, str):
        raise SearchError("search.search.expression", "expression must be a string")
    words = expression.lower().split()
    if not words:
        return 1
    fields = _names(search.get("fields"), "search.search.fields") or _TEXT_FIELDS
    haystack = {"name": product.name, "slug": product.slug, "plainDescription": product.description}
    text = " ".join(haystack.get(field, "") for field in fields).lower()
    hits = sum(word in text for word in words)
    if str(search.get("mode", "OR")).upper() == "AND":
        return hits if hits == len(words) else 0
    return hits


def _sort_key(read: Callable[[Product], Any]) -> Callable[[tuple[int, Product]], Any]:
    return lambda hit: read(hit[1])


def _encode_cursor(offset: int, query: Mapping[str, Any]) -> str:
    raw = json.dumps({"offset": offset, "query": query}, sort_keys=True).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode_cursor(cursor: Any) -> tuple[int, dict[str, Any]]:
    try:
        padded = str(cursor) + "=" * (-len(str(cursor)) % 4)
        data = json.loads(base64.urlsafe_b64decode(padded.encode()))
        offset, query = int(data["offset"]), dict(data["query"])
        if not {"filter", "search", "sort"} <= query.keys():
            raise KeyError("query")
    except (binascii.Error, ValueError, KeyError, TypeError):
        raise SearchError("cursorPaging.cursor", "invalid cursor") from None
    return max(offset, 0), query


def _limit(paging: Any, root: str) -> int:
    limit = paging.get("limit", _MAX_LIMIT) if isinstance(paging, Mapping) else None
    if isinstance(limit, str) and limit.isdigit():  # a GET's query parameters are strings
        limit = int(limit)
    if not isinstance(limit, int) or isinstance(limit, bool) or not 0 <= limit <= _MAX_LIMIT:
        raise SearchError(f"{root}.cursorPaging.limit", f"limit must be 0..{_MAX_LIMIT}")
    return limit


def _names(value: Any, field: str) -> list[str]:
    """A list of names: a JSON list of strings, or one string (a GET parameter sent once)."""
    if value is None:
        return []
    names = [value] if isinstance(value, str) else value
    if not isinstance(names, list) or not all(isinstance(name, str) for name in names):
        raise SearchError(field, f"{field} must be a list of strings")
    return names


def field_names(body: Mapping[str, Any]) -> frozenset[str]:
    """The optional fields a request asks for (``fields``: ``["URL", "CURRENCY", ...]``)."""
    return frozenset(_names(body.get("fields"), "fields"))


def count_products(body: Mapping[str, Any]) -> dict[str, Any]:
    """Answer Count Products: ``{"count"}`` of the products matching ``filter`` and ``search``."""
    filter_ = body.get("filter") or {}
    text = body.get("search") or {}
    if not isinstance(text, Mapping):
        raise SearchError("search", "search must be an object")
    count = sum(1 for p in PRODUCTS if _matches(p, filter_) and _text_score(p, text))
    return {"count": count}


def search_products(body: Mapping[str, Any], root: str = "search") -> dict[str, Any]:
    """Answer a Catalog V3 Search Products request over the seeded catalog.

    Supports ``search.cursorPaging`` (limit, cursor), ``search.search``
    (expression, mode, fields), ``search.filter``, ``search.sort`` and the
    top-level ``fields``. A cursor carries the query it belongs to, so the
    filter, search and sort of a request that passes a cursor are ignored.
    With ``root="query"`` it answers Query Products, whose body is the same under
    ``query`` (without free-text search).
    """
    request = body.get(root) or {}
    if not isinstance(request, Mapping):
        raise SearchError(root, f"{root} must be an object")
    paging = request.get("cursorPaging") or {}
    limit = _limit(paging, root)
    if isinstance(paging, Mapping) and paging.get("cursor"):
        offset, query = _decode_cursor(paging["cursor"])
    else:
        text = (request.get("search") or {}) if root == "search" else {}
        if (
            root == "search" and "expression" in request and not text
        ):  # the short form some clients send
            text = {"expression": request["expression"]}
        query = {
            "filter": request.get("filter") or {},
            "search": text,
            "sort": request.get("sort") or [],
        }
        offset = 0
    if not isinstance(query["search"], Mapping):
        raise SearchError("search.search", "search.search must be an object")
    scored = [(_text_score(p, query["search"]), p) for p in PRODUCTS]
    hits = [(score, p) for score, p in scored if _matches(p, query["filter"]) and score]
    hits.sort(key=lambda hit: -hit[0])  # stable: ties keep catalog order
    if not isinstance(query["sort"], list):
        raise SearchError(f"{root}.sort", "sort must be a list")
    for rule in reversed(query["sort"]):
        name = rule.get("fieldName") if isinstance(rule, Mapping) else None
        if not isinstance(name, str) or name not in FILTERABLE:
            raise SearchError("search.sort", f"Field '{name}' is not declared as sortable")
        descending = str(rule.get("order", "ASC")).upper() == "DESC"
        hits.sort(key=_sort_key(FILTERABLE[name]), reverse=descending)
    fields = field_names(body)
    page = [product for _, product in hits[offset : offset + limit]]
    has_next = offset + len(page) < len(hits)
    cursors = {"next": _encode_cursor(offset + len(page), query)} if has_next else {}
    if offset:
        cursors["prev"] = _encode_cursor(max(offset - limit, 0), query)
    return {
        "products": [product.to_json(fields) for product in page],
        "pagingMetadata": {"count": len(page), "cursors": cursors, "hasNext": has_next},
    }
