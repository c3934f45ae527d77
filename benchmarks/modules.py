"""Figure 12: a generated module's call against ``WixClient.request`` making the same call.

A module method is ``call(route, payload)`` on top of ``WixClient.request``: it fills the
path, encodes a GET's payload as the SDK does and checks the answer's shape. A query
also builds its query object and a result page. Each is timed against ``wix.request``
making the same call, as this process's CPU time (the emulator serves from its own
process), the contenders alternating call by call so that caches and the machine's load
treat them alike. Beside them, what ``modules=`` adds to ``Visitors.client(key)``, which
runs on every request.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from types import SimpleNamespace
from typing import Any

import wixvisitor as wv
from wixvisitor.modules._query import Query, QueryBuilder
from wixvisitor.modules._runtime import Module, Requester, Route, call, encode_query

from ._support import (
    CART_PATH,
    CLIENT_ID,
    Figure,
    RemoteEmulator,
    median,
    paired_ratio,
)

TITLE = "generated module calls"
TARGET = 1.05

_CART = Route("GET", CART_PATH, "com.wix.ecom.cart.api.v1.CurrentCartService.GetCurrentCart")
_QUERY = Query(
    Route("GET", "/stores/v3/products/query", complex=True, fallback=True),
    items="products",
    paging="CURSOR",
)


class _Generated(Module):
    """A module as the generator writes one."""

    __slots__ = ()

    async def get_current_cart(self) -> dict[str, Any]:
        return await call(self._requester, _CART)

    def query_products(self) -> QueryBuilder:
        return QueryBuilder(self._requester, _QUERY)


def bind(requester: Requester) -> _Generated:
    return _Generated(requester)


#: This benchmark's module, as ``modules={...}`` takes one (anything with ``bind``).
MODULE = SimpleNamespace(bind=bind)


def _client_cost(visitors: wv.Visitors, count: int) -> float:
    started = time.process_time()
    for index in range(count):
        visitors.client(str(index & 1023))
    return (time.process_time() - started) / count * 1e9


async def _interleaved_calls(
    contenders: dict[str, Callable[[], Awaitable[Any]]], blocks: int, per_block: int
) -> dict[str, list[float]]:
    """Each contender's CPU time per block, the contenders alternating call by call (ABBA).

    Alternating every call, not every round of calls, gives each contender the same
    cache and load conditions: what remains is the work each one does.
    """
    names = list(contenders)
    samples: dict[str, list[float]] = {name: [] for name in names}
    clock = time.process_time
    for _ in range(blocks):
        spent = dict.fromkeys(names, 0.0)
        for index in range(per_block):
            for name in names if index % 2 == 0 else names[::-1]:
                started = clock()
                await contenders[name]()
                spent[name] += clock() - started
        for name in names:
            samples[name].append(spent[name])
    return samples


async def _round_trips(quick: bool) -> tuple[dict[str, list[float]], int, int]:
    """Paired blocks of calls against the emulator."""
    per_block, blocks = (50, 6) if quick else (100, 30)
    async with RemoteEmulator() as emu:
        tokens = await emu.visitor_with_cart()
        wix = wv.create_client(
            CLIENT_ID, tokens=tokens, base_url=emu.base_url, modules={"shop": MODULE}
        )
        module = bind(wix)
        body = {"query": {"filter": {}, "cursorPaging": {"limit": 3}}}
        try:
            contenders: dict[str, Callable[[], Awaitable[Any]]] = {
                "generated": module.get_current_cart,
                "dict form": lambda: wix.shop.get_current_cart(),
                "request": lambda: wix.request("GET", CART_PATH),
                "generated query": lambda: module.query_products().limit(3).find(),
                "encoded request": lambda: wix.request(
                    "GET", f"{QUERY_PATH}?{encode_query(body, complex=True)}"
                ),
                "request query": lambda: wix.request("GET", QUERY_URL),
            }
            for contender in contenders.values():  # warm up connections and code paths
                for _ in range(20):
                    await contender()
            samples = await _interleaved_calls(contenders, blocks, per_block)
        finally:
            await wix.aclose()
    return samples, per_block, blocks


QUERY_PATH = "/stores/v3/products/query"
#: The query's URL, as the builder sends it.
QUERY_URL = f"{QUERY_PATH}?" + encode_query(
    {"query": {"filter": {}, "cursorPaging": {"limit": 3}}}, complex=True
)


def _measure(quick: bool) -> list[Figure]:
    samples, count, rounds = asyncio.run(_round_trips(quick))

    def us(name: str) -> float:
        return median(samples[name]) / count * 1e6

    figures = []
    for label, numerator, denominator, target, what in (
        (
            "current cart: module.get_current_cart() / wix.request",
            "generated",
            "request",
            True,
            "GET /ecom/v1/carts/current",
        ),
        (
            "current cart: wix.<module>.get_current_cart() (modules={...}) / wix.request",
            "dict form",
            "request",
            True,
            "the same, the module bound on each access",
        ),
        (
            "query: query_products().limit(3).find() / wix.request encoding the same query",
            "generated query",
            "encoded request",
            True,
            "wix.request(GET, path?encode_query(body)) builds the same URL each call; "
            "the builder and the result object are the difference",
        ),
        (
            "query: query_products().limit(3).find() / wix.request of a ready URL",
            "generated query",
            "request query",
            False,
            "the URL built once: the .r encoding (JSON and base64, as the JS SDK's) counts too",
        ),
    ):
        ratio = paired_ratio(samples, numerator, denominator)
        figures.append(
            Figure(
                label,
                ratio,
                "ratio",
                f"<= {TARGET}" if target else None,
                ratio <= TARGET if target else None,
                f"{us(numerator):.0f} vs {us(denominator):.0f} us of this process's CPU per call; "
                f"median of {rounds} blocks of {count} calls alternating call by call; {what}",
            )
        )
    plain = wv.Visitors(CLIENT_ID)
    with_modules = wv.Visitors(CLIENT_ID, modules={"cart": MODULE, "products": MODULE})
    calls = 20_000 if quick else 200_000
    costs: dict[str, list[float]] = {"plain": [], "modules": []}
    for index in range(10):  # ABBA, as interleaved() does
        for name in ("plain", "modules") if index % 2 == 0 else ("modules", "plain"):
            costs[name].append(_client_cost(plain if name == "plain" else with_modules, calls))
    figures.append(
        Figure(
            "Visitors.client(key) with modules= / without",
            min(costs["modules"]) / min(costs["plain"]),
            "ratio",
            None,
            None,
            f"{min(costs['modules']):.0f} vs {min(costs['plain']):.0f} ns/client, "
            f"best of 10 x {calls}, CPU time",
        )
    )
    return figures


def run(quick: bool) -> list[Figure]:
    return _measure(quick)
