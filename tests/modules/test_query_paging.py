"""Queries run end to end: CURSOR paging on the emulator's Catalog V3, OFFSET on a Catalog V1 stand-in."""

from __future__ import annotations

import base64
import json
from typing import Any

import _sample
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

import wixvisitor as wv
from wixvisitor.emulator import Emulator
from wixvisitor.emulator.stores.catalog import PRODUCTS
from wixvisitor.modules import bookings

NAMES = sorted(product.name for product in PRODUCTS)


async def test_cursor_paging_to_the_end_and_back(emu: Emulator, client_id: str) -> None:
    """limit(3) over the seeded products: pages by cursor, then prev() back; every item once."""
    async with wv.create_client(client_id, base_url=emu.base_url) as wix:
        query = _sample.bind(wix).query_products().ascending("name").limit(3)
        page = await query.find()
        pages = [page]
        while page.has_next():
            page = await page.next()
            pages.append(page)
        back = await page.prev()
    assert [item["name"] for p in pages for item in p.items] == NAMES
    assert [p.length for p in pages] == [min(3, len(NAMES) - i) for i in range(0, len(NAMES), 3)]
    assert all(p.page_size == 3 and p.current_page is None for p in pages)
    assert pages[0].cursors is not None and pages[0].cursors.prev is None
    assert not pages[-1].has_next() and pages[-1].has_prev()
    assert [item["name"] for item in back.items] == NAMES[6:9]
    assert pages[0].total_count is None  # Catalog V3 counts nothing: no total


async def test_the_seed_example_runs(emu: Emulator, client_id: str) -> None:
    """The seed's query, written as in the issue, runs with wix.products given as a module."""
    async with wv.create_client(
        client_id, base_url=emu.base_url, modules={"products": _sample}
    ) as wix:
        result = await wix.products.query_products().starts_with("name", "shoes").limit(4).find()
        blue = await wix.products.query_products().starts_with("name", "blue").limit(4).find()
    names = [item["name"] for item in result.items]
    assert names == ["Shoes Trail Runner", "Shoes Leather Loafer"] and not result.has_next()
    assert [item["name"] for item in blue.items] == ["Blue Shirt", "Blue Sneakers"]


async def test_options_go_beside_the_query(emu: Emulator, client_id: str) -> None:
    """query_products({"fields": ["URL"]}) sends the option at the body's top level, as JS does."""
    async with wv.create_client(client_id, base_url=emu.base_url) as wix:
        page = await _sample.bind(wix).query_products({"fields": ["URL"]}).limit(1).find()
    assert "url" in page.items[0]


async def test_wix_refusing_a_filter_is_a_wix_api_error(emu: Emulator, client_id: str) -> None:
    """A filter the builder allows but the API refuses comes back as Wix's 400."""
    async with wv.create_client(client_id, base_url=emu.base_url) as wix:
        with pytest.raises(wv.errors.WixApiError) as raised:
            await _sample.bind(wix).query_products().eq("noSuchField", 1).find()
    assert raised.value.status == 400


# -- OFFSET: a Catalog V1 stand-in (the emulator serves Catalog V3 only) -------------------


def _catalog_v1(seen: list[dict[str, Any]], *, total: bool = True) -> web.Application:
    """GET /stores-reader/v1/products/query-platformized over the seeded names, OFFSET paging."""

    async def query(request: web.Request) -> web.Response:
        packed = request.query[".r"]
        body = json.loads(base64.urlsafe_b64decode(packed + "=" * (-len(packed) % 4)))
        seen.append(body)
        paging = body["query"]["paging"]
        offset, limit = paging["offset"], paging["limit"]
        page = [{"id": str(i), "name": name} for i, name in enumerate(NAMES)][
            offset : offset + limit
        ]
        metadata = {"count": len(page), "offset": offset}
        if total:
            metadata["total"] = len(NAMES)
        return web.json_response({"products": page, "metadata": metadata})

    app = web.Application()
    app.router.add_get("/stores-reader/v1/products/query-platformized", query)
    return app


def _tokens() -> wv.Tokens:
    return wv.Tokens(wv.AccessToken("access", 4_000_000_000), wv.RefreshToken("refresh"))


async def test_offset_paging_to_the_end_and_back(client_id: str) -> None:
    """limit(4) over 12 items: pages 0..2 by offset, total_count and total_pages from Wix's total."""
    seen: list[dict[str, Any]] = []
    async with TestServer(_catalog_v1(seen)) as server:
        base_url = str(server.make_url("")).rstrip("/")
        async with wv.create_client(client_id, tokens=_tokens(), base_url=base_url) as wix:
            page = await _sample.bind(wix).query_products_v1().eq("visible", True).limit(4).find()
            pages = [page]
            while page.has_next():
                page = await page.next()
                pages.append(page)
            back = await page.prev()
    assert [item["name"] for p in pages for item in p.items] == NAMES
    assert [(p.current_page, p.total_pages, p.total_count) for p in pages] == [
        (0, 3, len(NAMES)),
        (1, 3, len(NAMES)),
        (2, 3, len(NAMES)),
    ]
    assert [p.has_prev() for p in pages] == [False, True, True]
    assert back.current_page == 1 and back.cursors is None
    assert [body["query"]["paging"] for body in seen] == [
        {"limit": 4, "offset": 0},
        {"offset": 4, "limit": 4},
        {"offset": 8, "limit": 4},
        {"offset": 4, "limit": 4},
    ]
    assert all(body["query"]["filter"] == {"visible": True} for body in seen)


async def test_offset_paging_without_a_total_stops_after_one_page(client_id: str) -> None:
    """As in JS, an OFFSET answer without a total has no known next page."""
    async with TestServer(_catalog_v1([], total=False)) as server:
        base_url = str(server.make_url("")).rstrip("/")
        async with wv.create_client(client_id, tokens=_tokens(), base_url=base_url) as wix:
            page = await _sample.bind(wix).query_products_v1().skip(4).limit(2).find()
    assert (page.current_page, page.total_count, page.has_next(), page.has_prev()) == (
        2,
        None,
        False,
        True,
    )


# -- walking every page: async for -----------------------------------------------------------


async def test_async_for_walks_every_cursor_page(emu: Emulator, client_id: str) -> None:
    """async for over a limit(3) CURSOR query yields every product once, in order, over 4 pages."""
    async with wv.create_client(client_id, base_url=emu.base_url) as wix:
        query = _sample.bind(wix).query_products().ascending("name").limit(3)
        names = [item["name"] async for item in query]
        sizes = [page.length async for page in query.pages()]
    assert names == NAMES
    assert sizes == [3, 3, 3, 3]


async def test_async_for_walks_every_offset_page(emu: Emulator, client_id: str) -> None:
    """async for over an OFFSET query (bookings services, one a page) yields each service once."""
    async with wv.create_client(client_id, base_url=emu.base_url) as wix:
        services = bookings.services.bind(wix)
        every = (await services.query_services().find()).items
        walked = [service async for service in services.query_services().limit(1)]
        pages = [
            (page.current_page, page.total_pages)
            async for page in services.query_services().limit(1).pages()
        ]
    assert walked == every and len(every) > 2
    assert pages == [(number, len(every)) for number in range(len(every))]


async def test_async_for_on_the_offset_stand_in_sends_each_page_once(client_id: str) -> None:
    """The walk asks for offsets 0, 4, 8 once each, with the filter on every page."""
    seen: list[dict[str, Any]] = []
    async with TestServer(_catalog_v1(seen)) as server:
        base_url = str(server.make_url("")).rstrip("/")
        async with wv.create_client(client_id, tokens=_tokens(), base_url=base_url) as wix:
            query = _sample.bind(wix).query_products_v1().eq("visible", True).limit(4)
            names = [item["name"] async for item in query]
    assert names == NAMES
    assert [body["query"]["paging"]["offset"] for body in seen] == [0, 4, 8]
    assert all(body["query"]["filter"] == {"visible": True} for body in seen)


async def test_a_walk_stops_where_the_loop_stops(emu: Emulator, client_id: str) -> None:
    """Breaking out after the first item fetches no page after the first."""
    async with wv.create_client(client_id, base_url=emu.base_url) as wix:
        recorder = _Counting(wix)
        async for _ in _sample.bind(recorder).query_products().limit(2):
            break
    assert recorder.calls == 1


async def test_a_walk_refuses_a_query_given_in_the_options(emu: Emulator, client_id: str) -> None:
    """pages() over a query from the options is a ValueError: each next() would resend it."""
    async with wv.create_client(client_id, base_url=emu.base_url) as wix:
        query = _sample.bind(wix).query_products({"query": {"cursorPaging": {"limit": 1}}})
        with pytest.raises(ValueError, match="options give the query"):
            [item async for item in query]


class _Counting:
    """A requester counting the requests it passes on to the client."""

    def __init__(self, wix: wv.WixClient) -> None:
        self.wix, self.calls = wix, 0

    async def request(self, method: str, path: str, **options: Any) -> Any:
        """Count, then make the request."""
        self.calls += 1
        return await self.wix.request(method, path, **options)
