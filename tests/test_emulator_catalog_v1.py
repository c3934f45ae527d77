"""Catalog V1 queries agree with a brute-force filter of the catalog, for every operator."""

from __future__ import annotations

import json
from typing import Any

import aiohttp
import pytest
from _catalog_v1_http import call, packed
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wixvisitor.emulator import PRODUCTS
from wixvisitor.emulator.stores.catalog_v1 import COLLECTIONS, v1_product
from wixvisitor.emulator.stores.v1_query import PRODUCT_FIELDS, parse_query, run_query

PLATFORMIZED = "/stores-reader/v1/products/query-platformized"
REST_QUERY = "/stores/v1/products/query"


def _record(product: dict[str, Any]) -> dict[str, Any]:
    """A product as the API shows it, flattened to the names filters use."""
    return {
        "id": product["id"],
        "name": product["name"],
        "slug": product["slug"],
        "productType": product["productType"],
        "description": product["description"],
        "sku": product["sku"],
        "priceData.price": product["priceData"]["price"],
        "price": product["price"]["price"],
        "numericId": int(product["numericId"]),
        "lastUpdated": product["lastUpdated"],
        "createdDate": product["createdDate"],
        "collectionIds": product["collectionIds"],
        "collections.id": product["collectionIds"],
    }


RECORDS = [_record(v1_product(p)) for p in PRODUCTS]


def _holds(op: str, value: Any, arg: Any) -> bool:
    values = value if isinstance(value, list) else [value]
    if op == "$exists":
        return bool(arg)
    if op in ("$eq", "$ne") and arg is None:
        return op == "$ne"
    if op == "$eq":
        return arg in values
    if op == "$ne":
        return arg not in values
    if op in ("$in", "$hasSome"):
        return any(a in values for a in arg)
    if op == "$hasAll":
        return all(a in values for a in arg)
    if op == "$startsWith":
        return str(value).lower().startswith(arg.lower())
    compare = {"$gt": value > arg, "$gte": value >= arg, "$lt": value < arg, "$lte": value <= arg}
    return compare[op]


def brute_force(record: dict[str, Any], filter_: dict[str, Any]) -> bool:
    """The oracle: what a filter means, evaluated the obvious way."""
    for key, condition in filter_.items():
        if key == "$and":
            ok = all(brute_force(record, part) for part in condition)
        elif key == "$or":
            ok = any(brute_force(record, part) for part in condition)
        elif key == "$not":
            ok = not brute_force(record, condition)
        else:
            ops = condition if isinstance(condition, dict) else {"$eq": condition}
            ok = all(_holds(op, record[key], arg) for op, arg in ops.items())
        if not ok:
            return False
    return True


def expected_ids(filter_: dict[str, Any]) -> list[str]:
    """The ids the oracle keeps, in catalog order."""
    return [r["id"] for r in RECORDS if brute_force(r, filter_)]


_TEXT_FIELDS = ["id", "name", "slug", "productType", "description", "sku"]
_NUMBER_FIELDS = ["priceData.price", "price", "numericId"]
_DATES = ["2023-12-31T23:59:59.000Z", "2024-01-01T00:00:00.000Z", "2024-06-01T00:00:00.000Z"]
_COLLECTION_IDS = [c.id for c in COLLECTIONS] + ["no-such-collection"]


def _text_values(field: str) -> st.SearchStrategy[str]:
    seen = [r[field] for r in RECORDS]
    prefixes = [v[:n] for v in seen for n in (1, 3, 6)]
    return st.sampled_from(seen + prefixes + [p.upper() for p in prefixes] + ["shoes", "zzz"])


def _leaf(field: str) -> st.SearchStrategy[dict[str, Any]]:
    if field in _TEXT_FIELDS:
        values: st.SearchStrategy[Any] = _text_values(field)
        ops = ["$eq", "$ne", "$gt", "$gte", "$lt", "$lte", "$startsWith"]
    elif field in _NUMBER_FIELDS:
        seen = sorted({r[field] for r in RECORDS})
        values = st.sampled_from(seen) | st.integers(0, 1100)
        ops = ["$eq", "$ne", "$gt", "$gte", "$lt", "$lte"]
    elif field in ("lastUpdated", "createdDate"):
        values, ops = st.sampled_from(_DATES), ["$eq", "$ne", "$gt", "$gte", "$lt", "$lte"]
    else:  # collectionIds, collections.id
        values, ops = st.sampled_from(_COLLECTION_IDS), ["$eq", "$ne"]
    scalar = st.tuples(st.sampled_from(ops), values)
    listed = st.tuples(
        st.sampled_from(["$in", "$hasSome", "$hasAll"]), st.lists(values, max_size=3)
    )
    exists = st.tuples(st.just("$exists"), st.booleans())
    empty = st.tuples(st.sampled_from(["$eq", "$ne"]), st.none())
    conditions = st.dictionaries(
        st.just("x"), scalar | listed | exists | empty, min_size=1, max_size=1
    ).map(lambda d: dict(d.values()))
    bare = values  # a bare value means $eq
    return st.fixed_dictionaries({field: conditions | bare})


LEAVES = st.sampled_from(sorted(PRODUCT_FIELDS)).flatmap(_leaf)
FILTERS = st.recursive(
    LEAVES,
    lambda inner: (
        st.lists(inner, max_size=3).map(lambda parts: {"$and": parts})
        | st.lists(inner, max_size=3).map(lambda parts: {"$or": parts})
        | inner.map(lambda part: {"$not": part})
        | st.tuples(inner, inner).map(lambda pair: {**pair[0], **pair[1]})
    ),
    max_leaves=6,
)
SETTINGS = settings(
    max_examples=300, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)


@SETTINGS
@given(FILTERS)
def test_every_operator_agrees_with_the_brute_force_filter(filter_: dict[str, Any]) -> None:
    """Any filter (every operator, nested $and/$or/$not) keeps what the oracle keeps."""
    query = parse_query({"filter": filter_}, PRODUCT_FIELDS)
    page, total = run_query(PRODUCTS, PRODUCT_FIELDS, query)
    assert [p.id for p in page] == expected_ids(filter_)
    assert total == len(page)
    as_text = parse_query({"filter": json.dumps(filter_)}, PRODUCT_FIELDS)  # REST's JSON string
    assert run_query(PRODUCTS, PRODUCT_FIELDS, as_text)[0] == page


SORTABLE = ["id", "name", "slug", "sku", "price", "priceData.price", "numericId", "lastUpdated"]


@SETTINGS
@given(
    st.lists(st.tuples(st.sampled_from(SORTABLE), st.booleans()), max_size=3),
    st.integers(1, 5),
    FILTERS,
)
def test_sort_and_offset_paging_reach_the_end(
    rules: list[tuple[str, bool]], limit: int, filter_: dict[str, Any]
) -> None:
    """Pages of any size, under any sort, walk the sorted matches exactly once."""
    wanted = [r for r in RECORDS if brute_force(r, filter_)]
    for name, descending in reversed(rules):
        wanted.sort(key=lambda r, name=name: r[name], reverse=descending)
    sort = [{"fieldName": n, "order": "DESC" if d else "ASC"} for n, d in rules]
    seen: list[str] = []
    offset = 0
    while True:
        paging = {"limit": limit, "offset": offset}
        query = parse_query({"filter": filter_, "sort": sort, "paging": paging}, PRODUCT_FIELDS)
        page, total = run_query(PRODUCTS, PRODUCT_FIELDS, query)
        assert total == len(wanted)
        if not page:
            break
        seen += [p.id for p in page]
        offset += limit
    assert seen == [r["id"] for r in wanted]


# -- over HTTP, as the official SDK and REST clients send it ------------------------------


OPERATOR_EXAMPLES = [
    {"name": {"$eq": "Blue Shirt"}},
    {"name": {"$ne": "Blue Shirt"}},
    {"priceData.price": {"$gt": 50}},
    {"priceData.price": {"$lt": 20}},
    {"numericId": {"$gte": 1010}},
    {"price": {"$lte": 22}},
    {"name": {"$startsWith": "SHOES"}},
    {"sku": {"$in": ["MUG-CER", "HAT-WOOL", "nope"]}},
    {"collectionIds": {"$hasSome": [COLLECTIONS[2].id, COLLECTIONS[3].id]}},
    {"collectionIds": {"$hasAll": [COLLECTIONS[1].id, COLLECTIONS[4].id]}},
    {"$and": [{"price": {"$gt": 20}}, {"price": {"$lt": 30}}]},
    {"$or": [{"slug": "red-shirt"}, {"slug": "espresso-beans"}]},
    {"$not": {"collectionIds": {"$hasSome": [COLLECTIONS[1].id]}}},
]


@pytest.mark.parametrize("filter_", OPERATOR_EXAMPLES, ids=json.dumps)
async def test_each_operator_over_get_r_post_and_rest(
    v1: aiohttp.ClientSession, filter_: dict[str, Any]
) -> None:
    """Every operator, sent as the SDK sends it (GET .r, POST fallback) and as REST's JSON string."""
    wanted = expected_ids(filter_)
    assert 0 < len(wanted) < len(PRODUCTS), "each example keeps some products and drops some"
    body = {"query": {"filter": filter_, "paging": {"limit": 100, "offset": 0}}}
    answers = [
        await call(v1, "GET", PLATFORMIZED, params={".r": packed(body)}),
        await call(v1, "POST", PLATFORMIZED, json=body),
        await call(v1, "POST", REST_QUERY, json={"query": {"filter": json.dumps(filter_)}}),
        await call(v1, "POST", "/stores-reader/v1/products/query", json={"query": body["query"]}),
    ]
    for status, answer in answers:
        assert status == 200, answer
        assert [p["id"] for p in answer["products"]] == wanted


async def test_operands_are_read_as_the_field_reads_them(v1: aiohttp.ClientSession) -> None:
    """A numeric id as text and a date without milliseconds compare as number and date."""
    for filter_, count in (
        ({"numericId": {"$gte": "1010"}}, 3),
        ({"numericId": "1001"}, 1),
        ({"lastUpdated": {"$lte": "2024-01-01T00:00:00Z"}}, len(PRODUCTS)),
        ({"createdDate": {"$gt": "2024-01-01T00:00:00+00:00"}}, 0),
        ({"name": {"$startsWith": "shoes"}}, 2),
        ({"name": "blue shirt"}, 0),  # $eq is exact; only $startsWith ignores case
    ):
        status, answer = await call(v1, "POST", PLATFORMIZED, json={"query": {"filter": filter_}})
        assert status == 200, answer
        assert answer["metadata"]["total"] == count, filter_


async def test_rest_paging_reaches_the_end_with_total_results(v1: aiohttp.ClientSession) -> None:
    """REST query pages by offset: metadata items and offset, totalResults, sort as JSON text."""
    seen: list[str] = []
    offset = 0
    while True:
        query = {"sort": '[{"numericId": "desc"}]', "paging": {"limit": 5, "offset": offset}}
        status, answer = await call(v1, "POST", REST_QUERY, json={"query": query})
        assert status == 200, answer
        assert answer["totalResults"] == len(PRODUCTS)
        assert answer["metadata"] == {"items": len(answer["products"]), "offset": offset}
        assert all("variants" not in p for p in answer["products"])  # includeVariants: false
        if not answer["products"]:
            break
        seen += [p["id"] for p in answer["products"]]
        offset += 5
    assert seen == [p.id for p in reversed(PRODUCTS)]
    status, answer = await call(
        v1, "POST", REST_QUERY, json={"query": {"paging": {"limit": 1}}, "includeVariants": True}
    )
    assert answer["products"][0]["variants"][0]["variant"]["sku"] == PRODUCTS[0].sku


async def test_flat_get_parameters_carry_a_json_string_filter(v1: aiohttp.ClientSession) -> None:
    """A flat GET (filter as JSON text, dotted paging) is read like the same POST."""
    params = {
        "query.filter": json.dumps({"collectionIds": {"$hasSome": [COLLECTIONS[2].id]}}),
        "query.sort": json.dumps([{"fieldName": "price", "order": "DESC"}]),
        "query.paging.limit": "2",
        "query.paging.offset": "1",
    }
    status, answer = await call(v1, "GET", PLATFORMIZED, params=params)
    assert status == 200, answer
    assert [p["name"] for p in answer["products"]] == ["Shoes Trail Runner", "Blue Sneakers"]
    assert answer["metadata"] == {"count": 2, "offset": 1, "total": 3, "tooManyToCount": False}


async def test_products_and_collections_have_the_v1_shape(v1: aiohttp.ClientSession) -> None:
    """Get product, get collection by id and slug, query collections, in V1 shapes."""
    status, answer = await call(v1, "GET", f"/stores-reader/v1/products/{PRODUCTS[0].id}")
    assert status == 200, answer
    product = answer["product"]
    assert product["priceData"]["price"] == 25
    assert product["priceData"]["formatted"]["price"] == "$25.00"
    assert product["stock"]["inStock"] is True
    assert product["productOptions"] == []
    assert product["variants"][0]["id"] == "00000000-0000-0000-0000-000000000000"
    assert product["media"]["mainMedia"]["mediaType"] == "image"
    assert COLLECTIONS[0].id in product["collectionIds"]
    assert (await call(v1, "GET", f"/stores/v1/products/{PRODUCTS[1].id}"))[0] == 200
    status, answer = await call(v1, "GET", "/stores/v1/products/no-such-product")
    assert (status, answer["details"]["applicationError"]["code"]) == (404, "PRODUCT_NOT_FOUND")
    for path in ("/stores-reader/v1/collections/slug/shoes", "/v2/collections/slug/shoes"):
        status, answer = await call(v1, "GET", path)
        assert (status, answer["collection"]["numberOfProducts"]) == (200, 3), path
    status, answer = await call(v1, "GET", f"/v2/collections/{COLLECTIONS[0].id}")
    assert answer["collection"]["name"] == "All Products"
    status, answer = await call(v1, "GET", "/stores/v1/collections/slug/nope")
    assert (status, answer["details"]["applicationError"]["code"]) == (404, "COLLECTION_NOT_FOUND")
    body = {"query": {"filter": {"name": {"$startsWith": "a"}}, "sort": [{"fieldName": "name"}]}}
    status, answer = await call(v1, "GET", "/v2/collections/query", params={".r": packed(body)})
    assert [c["name"] for c in answer["collections"]] == ["Accessories", "All Products", "Apparel"]
    status, answer = await call(v1, "POST", "/stores/v1/collections/query", json={})
    assert answer["totalResults"] == len(COLLECTIONS)
