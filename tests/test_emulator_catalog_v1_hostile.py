"""Any Catalog V1 query of the wrong shape is a 400 naming the field, never a 500."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import queue
import threading
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from typing import Any

import aiohttp
import pytest
from _catalog_v1_http import call, packed
from hypothesis import given, settings
from hypothesis import strategies as st

from wixvisitor.emulator import PRODUCTS, Emulator
from wixvisitor.emulator.stores.v1_query import PRODUCT_FIELDS, QueryError, parse_query, run_query

PLATFORMIZED = "/stores-reader/v1/products/query-platformized"
REST_QUERY = "/stores/v1/products/query"

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5)
    | st.sampled_from(["name", "$gt", "$and", "price", "[", "{}", "1e999", "ASC"]),
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(
        st.sampled_from(["filter", "sort", "paging", "limit", "offset", "fieldName", "order",
                         "name", "price", "collectionIds", "$and", "$or", "$not", "$in",
                         "$hasAll", "$startsWith", "$gt", "$exists", "cursorPaging", "cursor"]),
        inner,
        max_size=3,
    ),
    max_leaves=10,
)  # fmt: skip


@settings(max_examples=500, deadline=None, database=None)
@given(JSON | st.dictionaries(st.sampled_from(["filter", "sort", "paging"]), JSON | st.text()))
def test_arbitrary_queries_answer_or_raise_query_error(request: Any) -> None:
    """Arbitrary JSON as a query: an answer or a QueryError (a 400), never anything else."""
    with contextlib.suppress(QueryError):
        run_query(PRODUCTS, PRODUCT_FIELDS, parse_query(request, PRODUCT_FIELDS))


# Requests shaped like Wix's, each part either plausible, JSON text, or arbitrary JSON.
FILTERISH = st.dictionaries(
    st.sampled_from(["name", "price", "numericId", "collectionIds", "lastUpdated", "$and", "$or",
                     "$not", "nope"]),
    JSON,
    max_size=2,
)  # fmt: skip
PART = JSON | st.text(max_size=8) | FILTERISH | FILTERISH.map(json.dumps)
QUERY = st.fixed_dictionaries(
    {}, optional={"filter": PART, "sort": PART, "paging": PART, "cursorPaging": PART}
)
BODIES = st.fixed_dictionaries({}, optional={"query": QUERY | JSON, "includeVariants": JSON})


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[str, str]]:
    """A Catalog V1 emulator on its own thread and event loop, and a visitor's access token."""
    started: queue.Queue[tuple[str, Callable[[], None]]] = queue.Queue()

    async def serve() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        async with Emulator(catalog="V1") as emu:
            started.put((emu.base_url, lambda: loop.call_soon_threadsafe(stop.set)))
            await stop.wait()

    thread = threading.Thread(target=asyncio.run, args=(serve(),), daemon=True)
    thread.start()
    base_url, stop = started.get(timeout=30)
    grant = {"clientId": "hostile-bodies", "grantType": "anonymous"}
    request = urllib.request.Request(
        base_url + "/oauth2/token", json.dumps(grant).encode(), {"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=10) as answer:
        token = json.loads(answer.read())["access_token"]
    yield base_url, token
    stop()
    thread.join(timeout=30)


def _status(request: urllib.request.Request) -> int:
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            json.loads(answer.read())
            return int(answer.status)
    except urllib.error.HTTPError as refused:
        with refused:
            body = json.loads(refused.read())
        if refused.code == 400:
            assert body["details"]["validationError"]["fieldViolations"][0]["field"]
        return refused.code


@settings(max_examples=300, deadline=None, database=None)
@given(BODIES)
def test_any_body_is_answered_or_refused_with_a_400(served: tuple[str, str], body: Any) -> None:
    """Arbitrary bodies by POST, and by GET .r as the SDK sends them: a 200 or a 400, never 500."""
    base_url, token = served
    headers = {"Authorization": token, "Content-Type": "application/json"}
    packed = base64.urlsafe_b64encode(json.dumps(body).encode()).decode().rstrip("=")
    for request in (
        urllib.request.Request(base_url + REST_QUERY, json.dumps(body).encode(), headers),
        urllib.request.Request(f"{base_url}{PLATFORMIZED}?.r={packed}", headers=headers),
        urllib.request.Request(
            base_url + "/v2/collections/query", json.dumps(body).encode(), headers
        ),
    ):
        assert _status(request) in (200, 400), body


HOSTILE = [
    ({"query": {"filter": {"nope": 1}}}, "nope"),
    ({"query": {"filter": '{"nope": {"$eq": 1}}'}}, "nope"),
    ({"query": {"filter": "{not json"}}, "query.filter"),
    ({"query": {"filter": "[" * 5000}}, "query.filter"),
    ({"query": {"filter": "[1, 2]"}}, "query.filter"),
    ({"query": {"filter": {"name": {"$regex": "x"}}}}, "name"),
    ({"query": {"filter": {"price": {"$gt": "cheap"}}}}, "price"),
    ({"query": {"filter": {"price": {"$gt": "NaN"}}}}, "price"),
    ({"query": {"filter": {"name": {"$in": "Blue Shirt"}}}}, "name"),
    ({"query": {"filter": {"name": {"$startsWith": 5}}}}, "name"),
    ({"query": {"filter": {"collectionIds": {"$gt": "a"}}}}, "collectionIds"),
    ({"query": {"filter": {"$and": {"name": "x"}}}}, "query.filter"),
    ({"query": {"filter": {"$or": [1]}}}, "query.filter"),
    ({"query": {"filter": {"lastUpdated": {"$gt": "yesterday"}}}}, "lastUpdated"),
    ({"query": {"sort": "name"}}, "query.sort"),
    ({"query": {"sort": [{"fieldName": "collectionIds"}]}}, "query.sort"),
    ({"query": {"sort": [{"fieldName": "name", "order": "UP"}]}}, "query.sort"),
    ({"query": {"paging": {"limit": 101}}}, "query.paging.limit"),
    ({"query": {"paging": {"offset": -1}}}, "query.paging.offset"),
    ({"query": {"paging": {"limit": True}}}, "query.paging.limit"),
    ({"query": {"cursorPaging": {"cursor": "abc"}}}, "query.cursorPaging"),
    ({"query": []}, "query"),
]


@pytest.mark.parametrize(("body", "field"), HOSTILE, ids=[str(i) for i in range(len(HOSTILE))])
async def test_hostile_bodies_are_400s_naming_the_field(
    v1: aiohttp.ClientSession, body: dict[str, Any], field: str
) -> None:
    """Unknown fields, bad operators, operands, sorts and paging: a Wix-shaped 400, never a 500."""
    for verb, path, kw in (
        ("GET", PLATFORMIZED, {"params": {".r": packed(body)}}),
        ("POST", REST_QUERY, {"json": body}),
        ("POST", "/stores/v1/collections/query", {"json": body}),
    ):
        status, answer = await call(v1, verb, path, **kw)
        assert status == 400, (path, answer)
        violation = answer["details"]["validationError"]["fieldViolations"][0]
        assert violation["field"] == field, (path, answer)


async def test_unparseable_bodies_are_400s(v1: aiohttp.ClientSession) -> None:
    """A body nested past Python's recursion limit, or not JSON, is a 400 too."""
    headers = {"Content-Type": "application/json"}
    for raw in ("[" * 30_000 + "]" * 30_000, "{nope", '"text"'):
        status, answer = await call(v1, "POST", REST_QUERY, data=raw, headers=headers)
        assert status == 400, answer
        assert answer["details"]["validationError"]["fieldViolations"][0]["field"] == "body"
