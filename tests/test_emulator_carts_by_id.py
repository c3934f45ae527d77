"""The emulator's Cart API by id: lifecycle, ownership, the current cart, checkout, hostile bodies."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest

import wixvisitor as wv
from wixvisitor.emulator import Emulator

STORES = "215238eb-22a5-4c36-9e7b-e7c08025e04e"
SHIRT, MUG = "bb5405d0-dea0-4fa8-b21f-7bee285ccfa1", "8efbc8a3-1f1a-485b-8452-d6db13c8f344"
CARTS = "/ecom/v1/carts"


def line(product: str, quantity: int = 1) -> dict[str, Any]:
    """A Stores line item for the Cart API."""
    return {"catalogReference": {"catalogItemId": product, "appId": STORES}, "quantity": quantity}


def lines(cart: dict[str, Any]) -> list[tuple[str, int]]:
    """A cart's (product, quantity) pairs."""
    return [(li["catalogReference"]["catalogItemId"], li["quantity"]) for li in cart["lineItems"]]


@pytest.fixture
async def wix(emu: Emulator, client_id: str) -> AsyncIterator[wv.WixClient]:
    """A visitor."""
    async with wv.create_client(client_id, base_url=emu.base_url) as client:
        yield client


@pytest.fixture
async def stranger(emu: Emulator, client_id: str) -> AsyncIterator[wv.WixClient]:
    """Another visitor."""
    async with wv.create_client(client_id, base_url=emu.base_url) as client:
        yield client


async def test_the_cart_lifecycle_by_id(wix: wv.WixClient) -> None:
    """Create with a line, get, add, update, remove, estimate, delete: each answers the cart."""
    cart = (await wix.request("POST", CARTS, json={"lineItems": [line(SHIRT)]}))["cart"]
    cart_id = cart["id"]
    assert lines(cart) == [(SHIRT, 1)]
    assert (await wix.request("GET", f"{CARTS}/{cart_id}"))["cart"] == cart
    added = await wix.request(
        "POST", f"{CARTS}/{cart_id}/add-to-cart", json={"lineItems": [line(MUG, 2), line(SHIRT)]}
    )
    assert lines(added["cart"]) == [(SHIRT, 2), (MUG, 2)]
    shirt_line, mug_line = (li["id"] for li in added["cart"]["lineItems"])
    body = {"lineItems": [{"id": mug_line, "quantity": 5}]}
    updated = await wix.request("POST", f"{CARTS}/{cart_id}/update-line-items-quantity", json=body)
    assert lines(updated["cart"]) == [(SHIRT, 2), (MUG, 5)]
    body = {"lineItemIds": [shirt_line]}
    removed = await wix.request("POST", f"{CARTS}/{cart_id}/remove-line-items", json=body)
    assert lines(removed["cart"]) == [(MUG, 5)]
    totals = await wix.request("POST", f"{CARTS}/{cart_id}/estimate-totals", json={})
    assert totals["priceSummary"]["total"]["amount"] == "60"
    assert totals["cart"]["id"] == cart_id
    assert await wix.request("DELETE", f"{CARTS}/{cart_id}") == {}
    with pytest.raises(wv.WixApiError) as caught:
        await wix.request("GET", f"{CARTS}/{cart_id}")
    assert (caught.value.status, caught.value.code) == (404, "CART_NOT_FOUND")


async def test_an_empty_create_makes_an_empty_cart(wix: wv.WixClient) -> None:
    """cart.createCart({}) sends {}: a cart with no lines, which is the visitor's current cart."""
    cart = (await wix.request("POST", CARTS, json={}))["cart"]
    assert cart["lineItems"] == [] and cart["id"]
    current = await wix.current_cart.get()
    assert current is not None and current["id"] == cart["id"]


async def test_another_visitor_gets_404_never_the_cart(
    wix: wv.WixClient, stranger: wv.WixClient
) -> None:
    """Every cart-by-id call from another visitor is 404 CART_NOT_FOUND; the cart is untouched."""
    cart = (await wix.request("POST", CARTS, json={"lineItems": [line(SHIRT)]}))["cart"]
    cart_id = cart["id"]
    calls = [
        ("GET", "", None),
        ("POST", "/add-to-cart", {"lineItems": [line(MUG)]}),
        ("POST", "/update-line-items-quantity", {"lineItems": [{"id": "x", "quantity": 1}]}),
        ("POST", "/remove-line-items", {"lineItemIds": [cart["lineItems"][0]["id"]]}),
        ("POST", "/estimate-totals", {}),
        ("POST", "/create-checkout", {"channelType": "WEB"}),
        ("DELETE", "", None),
    ]
    for method, tail, body in calls:
        with pytest.raises(wv.WixApiError) as caught:
            await stranger.request(method, f"{CARTS}/{cart_id}{tail}", json=body)
        assert (caught.value.status, caught.value.code) == (404, "CART_NOT_FOUND")
    with pytest.raises(wv.WixApiError) as unknown:
        await stranger.request("GET", f"{CARTS}/00000000-0000-4000-8000-000000000000")
    assert unknown.value.status == 404 and unknown.value.code == "CART_NOT_FOUND"
    assert (await wix.request("GET", f"{CARTS}/{cart_id}"))["cart"] == cart
    assert await stranger.current_cart.get() is None


async def test_the_current_cart_and_the_cart_by_id_are_one(wix: wv.WixClient) -> None:
    """createCart then getCurrentCart: the same cart; addToCurrentCart then getCart: the same."""
    made = (await wix.request("POST", CARTS, json={"lineItems": [line(SHIRT)]}))["cart"]
    current = await wix.current_cart.get()
    assert current is not None and current["id"] == made["id"]
    await wix.current_cart.add([wv.line_item(MUG)])
    by_id = (await wix.request("GET", f"{CARTS}/{made['id']}"))["cart"]
    assert lines(by_id) == [(SHIRT, 1), (MUG, 1)]
    await wix.request("DELETE", f"{CARTS}/{made['id']}")
    assert await wix.current_cart.get() is None
    grown = await wix.current_cart.add([wv.line_item(MUG, 3)])
    assert (await wix.request("GET", f"{CARTS}/{grown['id']}"))["cart"]["id"] == grown["id"]


async def test_a_new_cart_becomes_current_and_the_old_one_stays_by_id(wix: wv.WixClient) -> None:
    """Two createCart calls: the second is current, the first is still readable by its id."""
    first = (await wix.request("POST", CARTS, json={"lineItems": [line(SHIRT)]}))["cart"]
    second = (await wix.request("POST", CARTS, json={"lineItems": [line(MUG)]}))["cart"]
    current = await wix.current_cart.get()
    assert current is not None and current["id"] == second["id"]
    assert lines((await wix.request("GET", f"{CARTS}/{first['id']}"))["cart"]) == [(SHIRT, 1)]


async def test_checkout_from_a_cart_by_id_on_the_hosted_page(
    wix: wv.WixClient, emu: Emulator
) -> None:
    """create-checkout by id, a redirect session, Place order: an order of its lines, cart gone."""
    body = {"lineItems": [line(SHIRT, 2)]}
    cart_id = (await wix.request("POST", CARTS, json=body))["cart"]["id"]
    checkout = await wix.request("POST", f"{CARTS}/{cart_id}/create-checkout", json={})
    again = await wix.request("POST", f"{CARTS}/{cart_id}/create-checkout", json={})
    assert checkout["checkoutId"] == again["checkoutId"]
    thanks = "https://shop.example/thanks"
    session = await wix.redirects.create_redirect_session(
        ecom_checkout_id=checkout["checkoutId"], thank_you_page_url=thanks
    )
    await place_order(session["fullUrl"])
    (order,) = emu.orders
    assert lines(order) == [(SHIRT, 2)]
    with pytest.raises(wv.WixApiError) as caught:
        await wix.request("GET", f"{CARTS}/{cart_id}")
    assert caught.value.status == 404
    assert await wix.current_cart.get() is None


async def place_order(full_url: str) -> str:
    """Open the hosted checkout page and press Place order; the redirect's Location."""
    origin = full_url.split("/_hosted/")[0]
    async with aiohttp.ClientSession() as browser:
        async with browser.get(full_url) as page:
            assert page.status == 200
            action = (await page.text()).split('action="')[1].split('"')[0]
        async with browser.post(origin + action, allow_redirects=False) as placed:
            assert placed.status == 303, await placed.text()
            return placed.headers["Location"]


@pytest.mark.parametrize(
    ("tail", "body", "field"),
    [
        ("", {"lineItems": "shirt"}, "lineItems"),
        ("", {"cartInfo": [1]}, "cartInfo"),
        ("", {"customLineItems": [{"name": "x"}]}, "customLineItems"),
        ("", {"lineItems": [line(SHIRT, 0)]}, "lineItems[0].quantity"),
        ("", {"lineItems": [{"catalogReference": {"appId": STORES}}]}, "catalogItemId"),
        ("/{id}/add-to-cart", {}, "lineItems"),
        ("/{id}/add-to-cart", {"lineItems": [None]}, "lineItems[0]"),
        ("/{id}/add-to-cart", {"lineItems": [line(SHIRT, True)]}, "quantity"),  # type: ignore[arg-type]
        ("/{id}/update-line-items-quantity", {"lineItems": [{"id": 7}]}, "lineItems[0].id"),
        ("/{id}/remove-line-items", {"lineItemIds": [1, 2]}, "lineItemIds"),
        ("/{id}/create-checkout", {"channelType": "TELEPATHY"}, "channelType"),
    ],
)
async def test_hostile_bodies_are_400s_naming_the_field(
    wix: wv.WixClient, tail: str, body: dict[str, Any], field: str
) -> None:
    """Wrong shapes on every cart-by-id write are Wix-shaped 400s naming the field, never 500s."""
    cart_id = (await wix.request("POST", CARTS, json={"lineItems": [line(SHIRT)]}))["cart"]["id"]
    with pytest.raises(wv.WixApiError) as caught:
        await wix.request("POST", CARTS + tail.format(id=cart_id), json=body)
    assert caught.value.status == 400
    assert field in str(caught.value)


@pytest.mark.parametrize("raw", [b"[1, 2]", b"{not json", b"\xff\xfe", b'"cart"', b"[" * 50_000])
async def test_a_body_that_is_not_a_json_object_is_a_400(
    emu: Emulator, wix: wv.WixClient, raw: bytes
) -> None:
    """Non-JSON or non-object bodies on create and add are 400s, never 500s."""
    cart_id = (await wix.request("POST", CARTS, json={}))["cart"]["id"]
    tokens = wix.auth.get_tokens()
    assert tokens is not None
    headers = {"Authorization": tokens.access_token.value, "Content-Type": "application/json"}
    async with aiohttp.ClientSession(emu.base_url, headers=headers) as http:
        for path in (CARTS, f"{CARTS}/{cart_id}/add-to-cart"):
            async with http.post(path, data=raw) as answer:
                assert answer.status == 400
        async with http.get(f"{CARTS}/{cart_id}", params={".r": "%%%"}) as answer:
            assert answer.status == 400


async def test_without_a_token_every_route_is_401(emu: Emulator) -> None:
    """No Authorization header: 401 in Wix's shape on create and on a cart by id."""
    async with aiohttp.ClientSession(emu.base_url) as http:
        async with http.post(CARTS, json={}) as answer:
            assert answer.status == 401
        async with http.get(f"{CARTS}/some-id") as answer:
            assert answer.status == 401
