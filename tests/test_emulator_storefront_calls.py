"""Calls a storefront makes through the JS SDK besides search and cart edits: by slug, totals, delete."""

from __future__ import annotations

from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Any

import aiohttp
import pytest

import wixvisitor as wv
from wixvisitor.emulator import PRODUCTS, Emulator

CART = "/ecom/v1/carts/current"


@pytest.fixture
async def http(emu: Emulator, client_id: str) -> AsyncIterator[aiohttp.ClientSession]:
    """A plain HTTP session carrying a visitor's access token."""
    async with wv.create_client(client_id, base_url=emu.base_url) as wix:
        headers = await wix.auth.get_auth_headers()
    async with aiohttp.ClientSession(emu.base_url, headers=headers) as session:
        yield session


async def _call(
    http: aiohttp.ClientSession, method: str, path: str, body: Any = None
) -> tuple[int, Any]:
    async with http.request(method, path, json=body) as response:
        return response.status, await response.json()


async def test_get_product_by_slug(http: aiohttp.ClientSession) -> None:
    """GET /stores/v3/products/slug/{slug}?slug=&fields= answers the product, as by id."""
    product = PRODUCTS[3]
    path = f"/stores/v3/products/slug/{product.slug}?slug={product.slug}&fields=URL"
    status, by_slug = await _call(http, "GET", path)
    assert status == 200
    _, by_id = await _call(http, "GET", f"/stores/v3/products/{product.id}?fields=URL")
    assert by_slug == by_id
    assert by_slug["product"]["url"]["url"] == product.url


async def test_an_unknown_slug_is_a_404(http: aiohttp.ClientSession) -> None:
    """A slug that no product has: 404 PRODUCT_NOT_FOUND in Wix's application-error shape."""
    status, answer = await _call(http, "GET", "/stores/v3/products/slug/no-such-thing")
    assert status == 404
    assert answer["details"]["applicationError"]["code"] == "PRODUCT_NOT_FOUND"


async def test_estimate_totals_adds_up_the_cart(http: aiohttp.ClientSession) -> None:
    """estimate-totals: subtotal and total are the lines' sum; no tax, shipping or discount."""
    lines = [wv.line_item(PRODUCTS[0].id, 3), wv.line_item(PRODUCTS[4].id)]
    status, added = await _call(http, "POST", CART + "/add-to-cart", {"lineItems": lines})
    assert status == 200
    status, totals = await _call(http, "POST", CART + "/estimate-totals", {})
    assert status == 200
    expected = 3 * PRODUCTS[0].price + PRODUCTS[4].price
    summary = totals["priceSummary"]
    assert Decimal(summary["subtotal"]["amount"]) == Decimal(summary["total"]["amount"]) == expected
    assert {summary[k]["amount"] for k in ("shipping", "tax", "discount")} == {"0"}
    assert totals["cart"] == added["cart"]
    calculated = {
        item["lineItemId"]: Decimal(item["pricesBreakdown"]["totalPriceAfterTax"]["amount"])
        for item in totals["calculatedLineItems"]
    }
    assert sum(calculated.values()) == expected
    assert set(calculated) == {line["id"] for line in added["cart"]["lineItems"]}


async def test_delete_the_current_cart(http: aiohttp.ClientSession) -> None:
    """DELETE /ecom/v1/carts/current answers {}; then the visitor has no cart, as at the start."""
    await _call(http, "POST", CART + "/add-to-cart", {"lineItems": [wv.line_item(PRODUCTS[0].id)]})
    assert await _call(http, "DELETE", CART) == (200, {})
    status, answer = await _call(http, "GET", CART)
    assert (status, answer["details"]["applicationError"]["code"]) == (404, "OWNED_CART_NOT_FOUND")
    status, added = await _call(
        http, "POST", CART + "/add-to-cart", {"lineItems": [wv.line_item(PRODUCTS[1].id)]}
    )
    assert [line["quantity"] for line in added["cart"]["lineItems"]] == [1]  # a fresh cart


@pytest.mark.parametrize(
    ("method", "path"), [("DELETE", CART), ("POST", CART + "/estimate-totals")]
)
async def test_no_cart_yet_is_owned_cart_not_found(
    http: aiohttp.ClientSession, method: str, path: str
) -> None:
    """Delete and estimate-totals before anything was added: 404 OWNED_CART_NOT_FOUND."""
    status, answer = await _call(http, method, path, {} if method == "POST" else None)
    assert status == 404
    assert answer["details"]["applicationError"]["code"] == "OWNED_CART_NOT_FOUND"


async def test_one_visitor_cannot_delete_another_ones_cart(
    emu: Emulator, client_id: str, http: aiohttp.ClientSession
) -> None:
    """The cart is found by the caller's token: deleting one visitor's cart leaves the other's."""
    await _call(http, "POST", CART + "/add-to-cart", {"lineItems": [wv.line_item(PRODUCTS[0].id)]})
    async with wv.create_client(client_id, base_url=emu.base_url) as other:
        await other.current_cart.add([wv.line_item(PRODUCTS[1].id)])
        assert await _call(http, "DELETE", CART) == (200, {})
        cart = await other.current_cart.get()
    assert cart is not None and len(cart["lineItems"]) == 1
