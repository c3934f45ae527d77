"""Figure 12: a generated module's call against ``WixClient.request`` making the same call.

A module method is ``call(route, payload)`` on top of ``WixClient.request``: it fills the
path, encodes a GET's payload as the SDK does and checks the answer's shape. This
measures what that adds on the current cart (no payload) and on a Catalog V3 query
(a query builder, the ``.r`` encoding and the page's result object), each against
``wix.request`` sending the very same URL, in the same rounds. Beside them, what
``modules=`` adds to ``Visitors.client(key)``, which runs on every request.
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
    interleaved,
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


def _timed(request: Callable[[], Awaitable[Any]], count: int) -> Callable[[], Awaitable[float]]:
    async def sample() -> float:
        started = time.perf_counter()
        for _ in range(count):
            await request()
        return time.perf_counter() - started

    return sample


def _client_cost(visitors: wv.Visitors, count: int) -> float:
    started = time.perf_counter()
    for index in range(count):
        visitors.client(str(index & 1023))
    return (time.perf_counter() - started) / count * 1e9


async def _measure(quick: bool) -> list[Figure]:
    count, rounds = (50, 6) if quick else (100, 30)
    async with RemoteEmulator() as emu:
        tokens = await emu.visitor_with_cart()
        wix = wv.create_client(
            CLIENT_ID, tokens=tokens, base_url=emu.base_url, modules={"shop": MODULE}
        )
        module = bind(wix)
        query_url = "/stores/v3/products/query?" + encode_query(
            {"query": module.query_products().limit(3).query}, complex=True
        )
        try:

            async def generated_cart() -> Any:
                return await module.get_current_cart()

            async def dict_form_cart() -> Any:
                return await wix.shop.get_current_cart()

            async def request_cart() -> Any:
                return await wix.request("GET", CART_PATH)

            async def generated_query() -> Any:
                return await module.query_products().limit(3).find()

            async def request_query() -> Any:
                return await wix.request("GET", query_url)

            contenders = {
                "generated": generated_cart,
                "dict form": dict_form_cart,
                "request": request_cart,
                "generated query": generated_query,
                "request query": request_query,
            }
            for contender in contenders.values():  # warm up connections and code paths
                for _ in range(20):
                    await contender()
            samples = await interleaved(
                {name: _timed(contender, count) for name, contender in contenders.items()}, rounds
            )
        finally:
            await wix.aclose()

    def us(name: str) -> float:
        return median(samples[name]) / count * 1e6

    figures = []
    for name, numerator, denominator, what in (
        (
            "current cart: module.get_current_cart() / wix.request",
            "generated",
            "request",
            "GET of the current cart",
        ),
        (
            "current cart: wix.<module>.get_current_cart() / wix.request",
            "dict form",
            "request",
            "the same through modules={...}",
        ),
        (
            "query: query_products().limit(3).find() / wix.request",
            "generated query",
            "request query",
            "Catalog V3 queries of 3 products, same URL",
        ),
    ):
        ratio = paired_ratio(samples, numerator, denominator)
        figures.append(
            Figure(
                name,
                ratio,
                "ratio",
                f"<= {TARGET}",
                ratio <= TARGET,
                f"{us(numerator):.0f} vs {us(denominator):.0f} us/call; median of {rounds} paired "
                f"rounds of {count} sequential {what}",
            )
        )
    plain = wv.Visitors(CLIENT_ID)
    with_modules = wv.Visitors(CLIENT_ID, modules={"cart": MODULE, "products": MODULE})
    calls = 20_000 if quick else 200_000
    costs: dict[str, list[float]] = {"plain": [], "modules": []}
    for _ in range(5):
        costs["plain"].append(_client_cost(plain, calls))
        costs["modules"].append(_client_cost(with_modules, calls))
    figures.append(
        Figure(
            "Visitors.client(key) with modules= / without",
            min(costs["modules"]) / min(costs["plain"]),
            "ratio",
            None,
            None,
            f"{min(costs['modules']):.0f} vs {min(costs['plain']):.0f} ns/client, "
            f"best of 5 x {calls}",
        )
    )
    return figures


def run(quick: bool) -> list[Figure]:
    return asyncio.run(_measure(quick))
