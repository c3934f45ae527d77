"""WixClient against the emulator: headers, errors, 401 recovery, the cart story."""

from __future__ import annotations

import asyncio
import logging

import aiohttp
import pytest

import wixvisitor as wv
from wixvisitor.emulator import Emulator
from wixvisitor.errors import WixApiError
from wixvisitor.stores import MemoryTokenStore

FAST = wv.RetryPolicy(attempts=3, initial_backoff=0.01, max_backoff=0.05)


def client(emu: Emulator, client_id: str, **options: object) -> wv.WixClient:
    options.setdefault("retry", FAST)
    options.setdefault("clock", emu.now)
    return wv.create_client(client_id, base_url=emu.base_url, **options)  # type: ignore[arg-type]


async def first_product_ids(wix: wv.WixClient, count: int) -> list[str]:
    answer = await wix.products_v3.search(limit=count)
    return [product["id"] for product in answer["products"]]


async def test_cart_survives_in_a_new_client(emu: Emulator, client_id: str) -> None:
    """A visitor's cart is there again for a new client resuming from the store, at 0 token calls."""
    store = MemoryTokenStore()
    async with client(emu, client_id, store=store, key="alice") as wix:
        assert await wix.current_cart.get() is None
        ids = await first_product_ids(wix, 2)
        await wix.current_cart.add([wv.line_item(ids[0], 2), wv.line_item(ids[1])])
    emu.stats.reset()
    async with client(emu, client_id, store=store, key="alice") as again:
        cart = await again.current_cart.get()
    assert cart is not None
    assert sorted(
        (i["catalogReference"]["catalogItemId"], i["quantity"]) for i in cart["lineItems"]
    ) == sorted([(ids[0], 2), (ids[1], 1)])
    assert emu.stats.token_calls == 0


async def test_visitors_have_separate_carts(emu: Emulator, client_id: str) -> None:
    """Two visitors of one Visitors object never see each other's cart."""
    async with wv.Visitors(client_id, base_url=emu.base_url, clock=emu.now) as visitors:
        ids = await first_product_ids(visitors.client("a"), 2)
        await visitors.client("a").current_cart.add([wv.line_item(ids[0])])
        await visitors.client("b").current_cart.add([wv.line_item(ids[1], 3)])
        cart_a = await visitors.client("a").current_cart.get()
        cart_b = await visitors.client("b").current_cart.get()
    assert cart_a is not None and cart_b is not None
    assert [i["catalogReference"]["catalogItemId"] for i in cart_a["lineItems"]] == [ids[0]]
    assert [
        (i["catalogReference"]["catalogItemId"], i["quantity"]) for i in cart_b["lineItems"]
    ] == [(ids[1], 3)]
    assert emu.stats.anonymous == 2


async def test_expired_session_renews_and_keeps_the_cart(emu: Emulator, client_id: str) -> None:
    """Five hours later the same visitor renews once and finds the same cart."""
    async with client(emu, client_id) as wix:
        ids = await first_product_ids(wix, 1)
        await wix.current_cart.add([wv.line_item(ids[0])])
        emu.advance(5 * 3600)
        emu.stats.reset()
        cart = await wix.current_cart.get()
    assert cart is not None and len(cart["lineItems"]) == 1
    assert (emu.stats.refresh, emu.stats.anonymous, emu.stats.unauthorized) == (1, 0, 0)


async def test_unauthorized_renews_once_and_retries(emu: Emulator, client_id: str) -> None:
    """An access token revoked server-side: one 401, one renewal, the call succeeds."""
    async with client(emu, client_id) as wix:
        ids = await first_product_ids(wix, 1)
        await wix.current_cart.add([wv.line_item(ids[0])])
        tokens = wix.auth.get_tokens()
        assert tokens is not None
        emu.revoke(tokens.access_token.value)
        emu.stats.reset()
        cart = await wix.current_cart.get()
    assert cart is not None
    assert (emu.stats.unauthorized, emu.stats.refresh, emu.stats.anonymous) == (1, 1, 0)


async def test_hundred_concurrent_401s_share_one_renewal(emu: Emulator, client_id: str) -> None:
    """100 concurrent calls that all see 401 for the same token make one renewal."""
    async with client(emu, client_id) as wix:
        await wix.auth.generate_visitor_tokens()
        tokens = wix.auth.get_tokens()
        assert tokens is not None
        emu.revoke(tokens.access_token.value)
        emu.stats.reset()
        await asyncio.gather(*(wix.products_v3.search(limit=1) for _ in range(100)))
    assert emu.stats.refresh == 1
    assert emu.stats.anonymous == 0


async def test_401_across_per_request_clients_share_one_renewal(
    emu: Emulator, client_id: str
) -> None:
    """Per-request clients of one visitor that all see 401 make one renewal between them."""
    async with wv.Visitors(client_id, base_url=emu.base_url, clock=emu.now) as visitors:
        await visitors.client("v").auth.generate_visitor_tokens()
        tokens = await visitors.store.load("v")
        assert tokens is not None
        emu.revoke(tokens.access_token.value)
        emu.stats.reset()
        await asyncio.gather(
            *(visitors.client("v").products_v3.search(limit=1) for _ in range(100))
        )
    assert emu.stats.refresh == 1


async def test_persistent_401_raises_wix_api_error(emu: Emulator, client_id: str) -> None:
    """If the retried call is refused again, the 401 surfaces as WixApiError."""
    async with client(emu, client_id) as wix:
        await wix.auth.generate_visitor_tokens()
        emu.fail_next(100, status=503)
        tokens = wix.auth.get_tokens()
        assert tokens is not None
        emu.revoke(tokens.refresh_token.value)
        with pytest.raises(wv.TokenRequestError):
            await wix.current_cart.get()


async def test_wix_errors_map_to_wix_api_error(emu: Emulator, client_id: str) -> None:
    """An error answer raises WixApiError with status, Wix code, message and request id."""
    async with client(emu, client_id) as wix:
        with pytest.raises(WixApiError) as caught:
            await wix.current_cart.add([wv.line_item("no-such-product")])
        with pytest.raises(WixApiError) as missing:
            await wix.request("GET", "/ecom/v1/carts/current")
    assert caught.value.status == 400
    assert caught.value.request_id
    assert missing.value.status == 404
    assert missing.value.code == "OWNED_CART_NOT_FOUND"


async def test_products_search_pages_with_a_cursor(emu: Emulator, client_id: str) -> None:
    """products.search pages through the catalog with cursors, without repeats."""
    seen: list[str] = []
    async with client(emu, client_id) as wix:
        answer = await wix.products_v3.search(limit=3)
        seen += [p["id"] for p in answer["products"]]
        while answer["pagingMetadata"].get("hasNext"):
            cursor = answer["pagingMetadata"]["cursors"]["next"]
            answer = await wix.products_v3.search(limit=3, cursor=cursor)
            seen += [p["id"] for p in answer["products"]]
    assert len(seen) == len(set(seen)) > 3


async def test_borrowed_session_is_left_open(emu: Emulator, client_id: str) -> None:
    """A client given a session does not close it; one that made its own does."""
    async with aiohttp.ClientSession() as session:
        async with client(emu, client_id, session=session) as wix:
            await wix.products_v3.search(limit=1)
        assert not session.closed
    async with client(emu, client_id) as own:
        await own.products_v3.search(limit=1)
        made = own._http.get()
    assert made.closed


async def test_closed_client_refuses_calls(emu: Emulator, client_id: str) -> None:
    """A closed client says so instead of silently opening a new session."""
    wix = client(emu, client_id)
    await wix.aclose()
    with pytest.raises(RuntimeError, match="closed"):
        await wix.products_v3.search()


async def test_reprs_and_logs_never_show_token_values(
    emu: Emulator, client_id: str, debug_logs: pytest.LogCaptureFixture
) -> None:
    """Across minting, renewal, 401 recovery, reset and errors no token value is logged or shown."""
    values: set[str] = set()
    texts: list[str] = []
    async with client(emu, client_id, store=MemoryTokenStore()) as wix:
        for step in range(3):
            await wix.products_v3.search(limit=1)
            tokens = wix.auth.get_tokens()
            assert tokens is not None
            values |= {tokens.access_token.value, tokens.refresh_token.value}
            texts += [repr(wix), repr(wix.auth), repr(tokens), str(tokens)]
            if step == 0:
                emu.advance(5 * 3600)
            elif step == 1:
                emu.revoke(tokens.refresh_token.value)
        emu.fail_next(10, status=500)
        emu.advance(5 * 3600)
        try:
            await wix.products_v3.search()
        except wv.WixVisitorError as exc:
            texts.append(repr(exc) + str(exc))
        try:
            await wix.auth.renew_token("definitely-dead")
        except wv.WixVisitorError as exc:
            texts.append(repr(exc) + str(exc))
    texts += [r.getMessage() for r in debug_logs.records]
    assert any(r.levelno == logging.WARNING for r in debug_logs.records)
    for text in texts:
        for value in values:
            assert value not in text
