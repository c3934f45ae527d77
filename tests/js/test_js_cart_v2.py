"""The official packages, unchanged, on the emulator: bookings through eCom Cart V2, and categories."""

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
HAIRCUT, CONSULTATION = (
    "4a5a1c52-6e0e-4b8a-9d2c-0f3a8e5b7c11",
    "7b3e9d20-1f4c-4c6e-8a5b-2d9e0f1a3b22",
)
YOGA = "c0d1e2f3-a4b5-4c6d-9e8f-7a6b5c4d3e33"
CLASSES = "6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e44"
SHIRTS = "a1c2e3f4-0002-4b5c-8d6e-7f8091a2b3c4"


@pytest.fixture
def cart_js(node: str, emu: Emulator, client_id: str) -> JsRunner:
    """Run one command of cart_v2.mjs against the emulator."""
    from js_sdk_support import runner  # imported by pytest first, as a plugin

    return runner(node, "cart_v2.mjs", emu, client_id)


def _python(emu: Emulator, client_id: str, tokens: wv.Tokens | None = None) -> wv.WixClient:
    return wv.create_client(client_id, tokens=tokens, base_url=emu.base_url, clock=emu.now)


def _items(lines: list[dict[str, Any]]) -> list[tuple[str, int]]:
    return [(line["item"], line["quantity"]) for line in lines]


def _window(emu: Emulator) -> dict[str, str]:
    today = datetime.datetime.fromtimestamp(emu.now(), tz=datetime.UTC).date()
    return {
        "fromLocalDate": f"{today + datetime.timedelta(days=1)}T00:00:00",
        "toLocalDate": f"{today + datetime.timedelta(days=8)}T00:00:00",
    }


async def _place_order_on_the_hosted_page(url: str) -> int:
    async with aiohttp.ClientSession() as browser:
        async with browser.get(url) as page:
            text = await page.text()
            assert "Haircut" in text and "$40.00" in text
            action = text.split('action="')[1].split('"')[0]
        async with browser.post(url.split("/_hosted/")[0] + action, allow_redirects=False) as done:
            return done.status


async def test_the_booking_flow_through_cart_v2(
    cart_js: JsRunner, emu: Emulator, client_id: str
) -> None:
    """Services of the app, staff, locations, form; free and in-person bookings ordered, paid one hosted."""
    answer = await cart_js(
        "book", classesCategory=CLASSES, free=CONSULTATION, paid=HAIRCUT, yoga=YOGA, **_window(emu)
    )
    assert answer["ok"], answer
    assert answer["names"] == ["Haircut", "Coffee Consultation", "Morning Yoga", "Pottery Course"]
    assert answer["staff"][1] == ["Ada Barber", "Lin Teacher"] and answer["atLocation"] == 4
    assert answer["byCategory"] == ["Morning Yoga", "Pottery Course"]
    assert answer["bySlug"] == ["Haircut"] and answer["categories"] == ["Our Services", "Classes"]
    assert answer["targets"] == ["first_name", "last_name", "email", "phone"]
    free, in_person, paid = answer["free"], answer["class"], answer["paid"]
    assert free["status"] == "CREATED" and free["price"]["total"] == "0"
    assert free["order"]["completed"] is True and free["order"]["orderId"]
    assert in_person["price"] == {"total": "15", "payNow": "0", "payLater": "15"}
    assert in_person["eventId"] == answer["eventId"] and in_person["order"]["completed"] is True
    assert in_person["contact"] == {
        "firstName": "Grace",
        "lastName": "Hopper",
        "email": "grace@example.com",
    }
    assert (answer["seatsBefore"], answer["seatsAfter"]) == (10, 9)
    assert paid["price"]["payNow"] == "40" and paid["refused"] == "EMPTY_PAYMENT_TOKEN"
    assert paid["checkoutUrl"].startswith(emu.base_url + "/_hosted/checkout/")
    sent = {(r["method"], r["path"].split("/ecom/v2/carts/")[0]) for r in answer["sent"]}
    assert ("POST", "/ecom/v2/carts") in sent
    assert ("POST", "/_api/service-availability/v2/time-slots/event") in sent
    assert all(r["status"] == 200 for r in answer["sent"] if r["path"].endswith("/calculate"))
    tokens = wv.Tokens.from_json(answer["tokens"])
    async with _python(emu, client_id, tokens) as wix:
        carts = "/ecom/v2/carts/" + paid["cartId"]
        assert (await wix.request("GET", carts))["cart"]["orderPlaced"] is False
        assert await _place_order_on_the_hosted_page(paid["fullUrl"]) == 303
        cart = (await wix.request("GET", carts))["cart"]
        assert cart["orderPlaced"] is True and cart["orderId"]
        mine = await wix.request(
            "POST", "/_api/bookings-reader/v2/extended-bookings/query", json={"query": {}}
        )
        states = {
            e["booking"]["id"]: e["booking"]["paymentStatus"] for e in mine["extendedBookings"]
        }
        assert states == {
            answer["bookingIds"][0]: "EXEMPT",
            answer["bookingIds"][1]: "NOT_PAID",
            paid["bookingId"]: "PAID",
        }
        body = {"serviceId": HAIRCUT, "timeZone": "UTC", **_window(emu)}
        slots = await wix.request("POST", "/service-availability/v2/time-slots", json=body)
        assert paid["slot"] not in [s["localStartDate"] for s in slots["timeSlots"]]
        with pytest.raises(wv.WixApiError) as again:
            await wix.request("POST", carts + "/place-order", json={})
        assert again.value.code == "CART_ALREADY_ORDERED"


async def test_a_cart_v2_is_shared_by_js_and_python(
    cart_js: JsRunner, emu: Emulator, client_id: str
) -> None:
    """JS creates and edits a Cart V2 cart; Python reads and extends it; JS sees Python's line."""
    answer = await cart_js("cart", productId=SHIRT, otherId=MUG)
    assert answer["ok"], answer
    assert _items(answer["created"]) == [(SHIRT, 2)]
    assert _items(answer["added"]) == [(SHIRT, 2), (MUG, 1)]
    assert _items(answer["updated"]) == [(SHIRT, 3), (MUG, 1)]
    assert _items(answer["removed"]) == _items(answer["got"]) == [(SHIRT, 3)]
    assert (answer["subtotal"], answer["total"]) == ("75", "75")
    cart_id = answer["id"]
    tokens = wv.Tokens.from_json(answer["tokens"])
    async with _python(emu, client_id, tokens) as wix:
        item = {"catalogReference": {"catalogItemId": MUG, "appId": STORES}, "quantity": 2}
        added = await wix.request(
            "POST", f"/ecom/v2/carts/{cart_id}/add-line-items", json={"catalogItems": [item]}
        )
        assert len(added["cart"]["lineItems"]) == 2
        back = await cart_js(
            "continue-cart", tokens=tokens.to_dict(), cartId=cart_id, productId=MUG
        )
    assert back["ok"], back
    assert _items(back["before"]) == [(SHIRT, 3), (MUG, 2)]
    assert _items(back["after"]) == [(SHIRT, 3), (MUG, 3)]
    stranger = await cart_js("stranger-cart", cartId=cart_id)
    assert stranger["ok"] and stranger["leaked"] is False and stranger["code"] == "CART_NOT_FOUND"


async def test_store_categories_with_the_official_packages(cart_js: JsRunner) -> None:
    """The @wix/stores tree, a category by slug and id, all-products, products in a category."""
    answer = await cart_js("categories")
    assert answer["ok"], answer
    assert answer["slugs"] == [
        "all-products",
        "clothing",
        "shirts",
        "shoes",
        "accessories",
        "coffee",
    ]
    assert answer["shirts"] == "Shirts" and answer["againId"] is True
    assert answer["breadcrumbs"] == ["clothing"] and answer["count"] == 6
    assert answer["rootSlug"] == "all-products"
    assert answer["products"] == ["Blue Shirt", "Red Shirt"] and answer["counted"] == 2
    assert SHIRTS in answer["productCategories"]
    assert answer["allProducts"] in answer["productCategories"]
    assert answer["missing"] == "CATEGORY_NOT_FOUND"
    paths = {r["path"] for r in answer["sent"]}
    assert "/categories/v1/categories/query" in paths
    assert "/categories/v1/categories/slug/shirts" in paths
    assert "/stores/v3/all-products-category" in paths
