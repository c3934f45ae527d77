"""Any read payload of the wrong shape is a 400 naming the field, never a 500."""

from __future__ import annotations

import base64
import contextlib
import json
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import wixvisitor as wv
from wixvisitor.emulator import PRODUCTS, Emulator
from wixvisitor.emulator.stores.search import SearchError, count_products, search_products

# JSON leaves that break naive code: wrong types, huge and non-finite numbers, empty things.
LEAVES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(["", "x", "nan", "-Infinity", "sNaN", "1e999", "name", "DESC", "AND"]),
    st.sampled_from(["id", "slug", "actualPriceRange.minValue.amount", "$in", "$gt", "$and"]),
)
KEYS = st.sampled_from(
    [
        "search", "query", "filter", "sort", "fields", "cursorPaging", "limit", "cursor",
        "expression", "mode", "fieldName", "order", "$and", "$or", "$not", "$in", "$gt",
        "$startsWith", "$exists", "name", "slug", "actualPriceRange.minValue.amount",
    ]
)  # fmt: skip
JSON = st.recursive(
    LEAVES,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(KEYS, inner, max_size=3),
    max_leaves=12,
)
# Requests shaped like Wix's, each part either plausible or arbitrary JSON.
OPERATORS = st.sampled_from(["$eq", "$ne", "$lt", "$gte", "$in", "$nin", "$startsWith", "$exists"])
OPERANDS = st.sampled_from(
    [None, True, 0, 25, 1e300, "", "x", "25", "Blue Shirt", "nan", "sNaN", "Infinity", "-inf"]
)
FILTER = st.dictionaries(
    st.sampled_from(["id", "name", "slug", "visible", "actualPriceRange.minValue.amount"]),
    OPERANDS | st.dictionaries(OPERATORS, OPERANDS | st.lists(OPERANDS, max_size=2), max_size=2),
    max_size=2,
)
TEXT = st.fixed_dictionaries({}, optional={"expression": JSON, "mode": JSON, "fields": JSON})
PAGING = st.fixed_dictionaries({}, optional={"limit": JSON, "cursor": JSON})
REQUEST = st.fixed_dictionaries(
    {},
    optional={
        "cursorPaging": PAGING | JSON,
        "filter": FILTER | JSON,
        "sort": st.lists(st.fixed_dictionaries({"fieldName": JSON}, optional={"order": JSON}))
        | JSON,
        "search": TEXT | JSON,
        "expression": JSON,
    },
)
BODIES = st.fixed_dictionaries(
    {},
    optional={
        "search": REQUEST | JSON,
        "query": REQUEST | JSON,
        "filter": FILTER | JSON,
        "fields": JSON,
    },
)


@pytest.mark.parametrize(
    "examples",
    [pytest.param(400, id="default"), pytest.param(5000, id="soak", marks=pytest.mark.soak)],
)
def test_search_query_and_count_refuse_bad_shapes_only_with_search_error(examples: int) -> None:
    """Arbitrary JSON bodies: Search, Query and Count answer or raise SearchError, nothing else."""

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(BODIES)
    def check(body: dict[str, Any]) -> None:
        for call in (search_products, lambda b: search_products(b, "query"), count_products):
            with contextlib.suppress(SearchError):
                call(body)

    check()


@pytest.fixture
async def http(emu: Emulator, client_id: str) -> AsyncIterator[aiohttp.ClientSession]:
    """A plain HTTP session carrying a visitor's access token."""
    async with wv.create_client(client_id, base_url=emu.base_url) as wix:
        headers = await wix.auth.get_auth_headers()
    async with aiohttp.ClientSession(emu.base_url, headers=headers) as session:
        yield session


def _packed(body: Any) -> str:
    return base64.urlsafe_b64encode(json.dumps(body).encode()).decode().rstrip("=")


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("search", {"fields": 1}, "fields"),
        ("query", {"fields": [1, 2]}, "fields"),
        (PRODUCTS[0].id, {"fields": True}, "fields"),
        ("search", {"search": {"search": {"expression": "mug", "fields": 5}}}, "search.search.fields"),
        ("search", {"search": {"sort": "name"}}, "search.sort"),
        ("query", {"query": {"sort": {"fieldName": "name"}}}, "query.sort"),
        ("count", {"filter": {"actualPriceRange.minValue.amount": {"$gt": "NaN"}}}, "actualPriceRange"),
        ("search", {"search": {"filter": {"actualPriceRange.minValue.amount": "sNaN"}}}, "actualPriceRange"),
    ],
)  # fmt: skip
async def test_wrong_shapes_are_a_400_naming_the_field(
    http: aiohttp.ClientSession, path: str, body: dict[str, Any], field: str
) -> None:
    """Non-list fields and sort, non-finite prices: 400 with the field, by GET `.r` and by POST."""
    url = f"/stores/v3/products/{path}"
    answers = []
    async with http.get(url, params={".r": _packed(body)}) as response:
        answers.append((response.status, await response.json()))
    if path in ("search", "query", "count"):
        async with http.post(url, json=body) as response:
            answers.append((response.status, await response.json()))
    for status, answer in answers:
        assert status == 400, answer
        violation = answer["details"]["validationError"]["fieldViolations"][0]
        assert violation["field"].startswith(field)


async def test_one_fields_parameter_is_a_list_of_one(http: aiohttp.ClientSession) -> None:
    """`?fields=URL` (an array sent once as a flat parameter) asks for the URL field."""
    async with http.get(f"/stores/v3/products/{PRODUCTS[0].id}?fields=URL") as response:
        assert response.status == 200
        assert (await response.json())["product"]["url"]["url"] == PRODUCTS[0].url


@pytest.mark.parametrize("packed", ["%%%", base64.urlsafe_b64encode(b"[]").decode()])
async def test_the_current_cart_refuses_a_malformed_dot_r(
    http: aiohttp.ClientSession, packed: str
) -> None:
    """GET /ecom/v1/carts/current?.r=<garbage> is a 400 like every other read; `.r={}` is fine."""
    async with http.get("/ecom/v1/carts/current?.r=" + packed) as response:
        assert response.status == 400
        assert "validationError" in (await response.json())["details"]
    async with http.get("/ecom/v1/carts/current?.r=" + _packed({})) as response:
        assert response.status == 404  # no cart yet: the read itself went through
