"""The seeded Wix Stores catalog (Catalog V3 shape) and its Search Products logic."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

import attrs

from ._money import CURRENCY, iso_date, money

#: The Wix Stores app id that every Stores ``catalogReference`` carries.
STORES_APP_ID = "215238eb-22a5-4c36-9e7b-e7c08025e04e"

_CREATED = 1_704_067_200.0  # 2024-01-01T00:00:00Z: fixed, so answers are stable
_SITE_URL = "https://emulator.wixsite.com/store"


@attrs.frozen
class Product:
    """One product of the seeded catalog."""

    id: str
    name: str
    slug: str
    price: Decimal
    description: str
    sku: str
    in_stock: bool = True

    def to_json(self, fields: frozenset[str] = frozenset()) -> dict[str, Any]:
        """The product as Catalog V3 returns it; ``fields`` adds optional fields."""
        data: dict[str, Any] = {
            "id": self.id,
            "revision": "1",
            "createdDate": iso_date(_CREATED),
            "updatedDate": iso_date(_CREATED),
            "name": self.name,
            "slug": self.slug,
            "visible": True,
            "visibleInPos": True,
            "productType": "PHYSICAL",
            "physicalProperties": {},
            "inventory": {
                "availabilityStatus": "IN_STOCK" if self.in_stock else "OUT_OF_STOCK",
                "preorderStatus": "DISABLED",
            },
            "actualPriceRange": {"minValue": money(self.price), "maxValue": money(self.price)},
            "compareAtPriceRange": {
                "minValue": money(self.price),
                "maxValue": money(self.price),
            },
            "variantSummary": {"variantCount": 1},
        }
        if "CURRENCY" in fields:
            data["currency"] = CURRENCY
        if "URL" in fields:
            data["url"] = {"relativePath": f"/product-page/{self.slug}", "url": self.url}
        if "PLAIN_DESCRIPTION" in fields:
            data["plainDescription"] = f"<p>{self.description}</p>"
        return data

    @property
    def url(self) -> str:
        """The product page on the emulated site."""
        return f"{_SITE_URL}/product-page/{self.slug}"


# id | name | price | sku | description: one product a line, slug derived from the name.
_SEED = """
bb5405d0-dea0-4fa8-b21f-7bee285ccfa1|Blue Shirt|25|SHIRT-BLU|Soft cotton shirt in ocean blue.
20fb8f13-0302-4b91-8f50-284678a80654|Red Shirt|25|SHIRT-RED|Soft cotton shirt in brick red.
8f1d72e7-d5b4-4985-a542-b3f50418c179|Denim Jacket|89.9|JACKET-DNM|A washed denim jacket.
9d5f6e2e-e193-4071-96b3-fd5246b5524b|Canvas Tote Bag|18.5|BAG-TOTE|A sturdy bag for books.
8efbc8a3-1f1a-485b-8452-d6db13c8f344|Ceramic Coffee Mug|12|MUG-CER|A glazed mug for coffee.
58a13267-53a2-4dd9-acec-473487da0afc|Espresso Beans|16.75|COFFEE-ESP|Dark roasted coffee, 500 g.
6a94e01d-caa6-46bc-9e15-f941f88db184|Wool Beanie|22|HAT-WOOL|A warm knitted wool hat.
1ad68e69-e545-406d-a480-0f7cf0e7bdfb|Leather Wallet|45|WALLET-LTH|A slim full-grain wallet.
1b89df16-dca6-4403-bc84-77512959affc|Blue Sneakers|74.99|SHOE-BLU|Light running shoes in navy.
169da4e1-cf43-43fc-8858-57f84d8a7274|Linen Scarf|29.5|SCARF-LIN|A light scarf in natural linen.
"""


def _product(line: str) -> Product:
    id_, name, price, sku, description = line.split("|")
    return Product(id_, name, name.lower().replace(" ", "-"), Decimal(price), description, sku)


#: The seeded catalog, in its stable default order. Ids never change.
PRODUCTS: tuple[Product, ...] = tuple(_product(line) for line in _SEED.strip().splitlines())

_BY_ID = {product.id: product for product in PRODUCTS}

_MAX_LIMIT = 100


def product_by_id(product_id: str) -> Product | None:
    """The seeded product with that id, if any."""
    return _BY_ID.get(product_id)


class SearchError(ValueError):
    """A Search Products request Wix would reject with 400 (``field`` names the culprit)."""

    def __init__(self, field: str, description: str) -> None:
        super().__init__(description)
        self.field = field
        self.description = description


def _amount(product: Product) -> Decimal:
    return product.price


#: Fields that filters and sorting may use, and how to read each from a product.
_FIELDS: dict[str, Callable[[Product], Any]] = {
    "id": lambda p: p.id,
    "name": lambda p: p.name,
    "slug": lambda p: p.slug,
    "visible": lambda p: True,
    "productType": lambda p: "PHYSICAL",
    "createdDate": lambda p: iso_date(_CREATED),
    "updatedDate": lambda p: iso_date(_CREATED),
    "actualPriceRange.minValue.amount": _amount,
    "actualPriceRange.maxValue.amount": _amount,
    "inventory.availabilityStatus": lambda p: "IN_STOCK" if p.in_stock else "OUT_OF_STOCK",
}


def _coerce(actual: Any, wanted: Any, field: str) -> Any:
    if isinstance(actual, Decimal):
        try:
            return Decimal(str(wanted))
        except InvalidOperation:
            raise SearchError(field, f"{wanted!r} is not a number") from None
    return wanted


def _compare(op: str, actual: Any, operand: Any, field: str) -> bool:
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
        elif key not in _FIELDS:
            raise SearchError(key, f"Field '{key}' is not declared as filterable")
        else:
            actual = _FIELDS[key](product)
            ops = condition if isinstance(condition, Mapping) else {"$eq": condition}
            if not all(_compare(op, actual, operand, key) for op, operand in ops.items()):
                return False
    return True


def _text_score(product: Product, search: Mapping[str, Any]) -> int:
    expression = search.get("expression") or ""
    if not isinstance(expression, str):
        raise SearchError("search.search.expression", "expression must be a string")
    words = expression.lower().split()
    if not words:
        return 1
    fields = search.get("fields") or ["name", "slug", "plainDescription"]
    haystack = {"name": product.name, "slug": product.slug, "plainDescription": product.description}
    text = " ".join(haystack.get(str(field), "") for field in fields).lower()
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


def _field_names(body: Mapping[str, Any]) -> frozenset[str]:
    fields = body.get("fields") or []
    return frozenset(str(field) for field in ([fields] if isinstance(fields, str) else fields))


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
    for rule in reversed(query["sort"] if isinstance(query["sort"], list) else []):
        name = rule.get("fieldName") if isinstance(rule, Mapping) else None
        if name not in _FIELDS:
            raise SearchError("search.sort", f"Field '{name}' is not declared as sortable")
        descending = str(rule.get("order", "ASC")).upper() == "DESC"
        hits.sort(key=_sort_key(_FIELDS[name]), reverse=descending)
    fields = _field_names(body)
    page = [product for _, product in hits[offset : offset + limit]]
    has_next = offset + len(page) < len(hits)
    cursors = {"next": _encode_cursor(offset + len(page), query)} if has_next else {}
    if offset:
        cursors["prev"] = _encode_cursor(max(offset - limit, 0), query)
    return {
        "products": [product.to_json(fields) for product in page],
        "pagingMetadata": {"count": len(page), "cursors": cursors, "hasNext": has_next},
    }
