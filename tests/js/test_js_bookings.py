"""The official packages, unchanged, on the emulator: carts by id shared with Python, and bookings."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

import aiohttp
import pytest

import wixvisitor as wv
from wixvisitor.emulator import Emulator

if TYPE_CHECKING:
    from js_sdk_support import JsRunner

#: The fixtures `node` and `emu` (a conftest.py here would shadow the suite's).
pytest_plugins = ["js_sdk_support"]

STORES = "215238eb-22a5-4c36-9e7b-e7c08025e04e"
SHIRT, MUG = "bb5405d0-dea0-4fa8-b21f-7bee285ccfa1", "8efbc8a3-1f1a-485b-8452-d6db13c8f344"
HAIRCUT = "4a5a1c52-6e0e-4b8a-9d2c-0f3a8e5b7c11"


@pytest.fixture
def bookings_js(node: str, emu: Emulator, client_id: str) -> JsRunner:
    """Run one command of bookings.mjs against the emulator."""
    from js_sdk_support import runner  # imported by pytest first, as a plugin

    return runner(node, "bookings.mjs", emu, client_id)


def _python(emu: Emulator, client_id: str, tokens: wv.Tokens | None = None) -> wv.WixClient:
    return wv.create_client(client_id, tokens=tokens, base_url=emu.base_url, clock=emu.now)


def _lines(cart: dict[str, Any]) -> list[tuple[str, int]]:
    return [(li["catalogReference"]["catalogItemId"], li["quantity"]) for li in cart["lineItems"]]


def _js_lines(lines: list[dict[str, Any]]) -> list[tuple[str, int]]:
    return [(line["product"], line["quantity"]) for line in lines]


async def test_a_cart_made_in_js_is_read_by_python(
    bookings_js: JsRunner, emu: Emulator, client_id: str
) -> None:
    """createCart({}), getCart, addToCart, update, estimate in JS; Python reads it by id and current."""
    answer = await bookings_js("cart-by-id", productId=SHIRT)
    assert answer["ok"], answer
    assert answer["created"] == [] and answer["gotId"] == answer["id"]
    assert _js_lines(answer["added"]) == [(SHIRT, 2)]
    assert _js_lines(answer["updated"]) == [(SHIRT, 3)]
    assert answer["total"] == "75" and answer["currentId"] == answer["id"]
    paths = {(r["method"], r["path"]) for r in answer["sent"]}
    assert ("POST", "/ecom/v1/carts") in paths
    assert ("GET", f"/ecom/v1/carts/{answer['id']}") in paths
    assert ("POST", f"/ecom/v1/carts/{answer['id']}/add-to-cart") in paths
    assert all(r["status"] == 200 for r in answer["sent"])
    tokens = wv.Tokens.from_json(answer["tokens"])
    async with _python(emu, client_id, tokens) as wix:
        cart = (await wix.request("GET", f"/ecom/v1/carts/{answer['id']}"))["cart"]
        assert _lines(cart) == [(SHIRT, 3)]
        current = await wix.current_cart.get()
        assert current is not None and current["id"] == answer["id"]
    stranger = await bookings_js("stranger-cart", cartId=answer["id"])
    assert stranger["ok"] and stranger["leaked"] is False and stranger["code"] == "CART_NOT_FOUND"


async def test_a_cart_made_in_python_is_continued_in_js(
    bookings_js: JsRunner, emu: Emulator, client_id: str
) -> None:
    """Python creates a cart by id; the JS package reads, adds, checks out, removes and deletes."""
    async with _python(emu, client_id) as wix:
        body = {"lineItems": [{"catalogReference": {"catalogItemId": SHIRT, "appId": STORES}}]}
        cart_id = (await wix.request("POST", "/ecom/v1/carts", json=body))["cart"]["id"]
        tokens = wix.auth.get_tokens()
        assert tokens is not None
        answer = await bookings_js(
            "continue-cart", tokens=tokens.to_dict(), cartId=cart_id, productId=MUG
        )
        assert answer["ok"], answer
        assert _js_lines(answer["before"]) == [(SHIRT, 1)]
        assert _js_lines(answer["after"]) == [(SHIRT, 1), (MUG, 1)]
        cart = (await wix.request("GET", f"/ecom/v1/carts/{cart_id}"))["cart"]
        assert _lines(cart) == [(SHIRT, 1), (MUG, 1)]
        done = await bookings_js("finish-cart", tokens=tokens.to_dict(), cartId=cart_id)
        assert done["ok"], done
        assert done["checkoutId"] and _js_lines(done["removed"]) == [(MUG, 1)]
        assert done["gone"] == "CART_NOT_FOUND"
        assert await wix.current_cart.get() is None


async def test_the_bookings_package_books_a_slot_through_the_hosted_checkout(
    bookings_js: JsRunner, emu: Emulator
) -> None:
    """queryServices, getService, listAvailabilityTimeSlots, createBooking, checkout; slot taken."""
    today = datetime.datetime.fromtimestamp(emu.now(), tz=datetime.UTC).date()
    window = {
        "fromLocalDate": f"{today + datetime.timedelta(days=1)}T00:00:00",
        "toLocalDate": f"{today + datetime.timedelta(days=8)}T00:00:00",
    }
    answer = await bookings_js("book", **window)
    assert answer["ok"], answer
    assert answer["names"] == ["Haircut", "Coffee Consultation", "Morning Yoga", "Pottery Course"]
    assert answer["total"] == 4 and answer["service"] == "Haircut"
    assert answer["booked"] == answer["slots"][0] and answer["status"] == "CREATED"
    sent = {(r["method"], r["path"]) for r in answer["sent"]}
    assert ("POST", "/_api/bookings/v2/services/query") in sent
    assert ("GET", f"/_api/bookings/v2/services/{HAIRCUT}") in sent
    assert ("POST", "/_api/service-availability/v2/time-slots") in sent
    assert ("POST", "/_api/bookings-service/v2/bookings") in sent
    assert all(r["status"] == 200 for r in answer["sent"])
    url = answer["fullUrl"]
    async with aiohttp.ClientSession() as browser:
        async with browser.get(url) as page:
            text = await page.text()
            assert "Haircut" in text and "$40.00" in text
            action = text.split('action="')[1].split('"')[0]
        async with browser.post(url.split("/_hosted/")[0] + action, allow_redirects=False) as done:
            assert done.status == 303
    after = await bookings_js("after-order", tokens=answer["tokens"], serviceId=HAIRCUT, **window)
    assert after["ok"], after
    assert answer["booked"] not in after["slots"]
    assert after["slots"] == answer["slots"][1:]
    assert after["mine"] == [{"id": answer["bookingId"], "status": "CONFIRMED"}]
