"""The emulator's eCom Cart V2: carts of products and bookings, their summary, and ordering them."""

from __future__ import annotations

from typing import Any

import aiohttp
import pytest
from bookings_flow import (
    CARTS,
    CONSULTATION,
    HAIRCUT,
    MONDAY_8AM,
    MUG,
    SHIRT,
    STORES_APP,
    YOGA,
    book,
    item,
    new_cart,
)

import wixvisitor as wv
from wixvisitor.emulator import Emulator


def _lines(cart: dict[str, Any]) -> list[tuple[str, int]]:
    return [
        (
            line["source"]["catalogReference"]["catalogItemId"],
            line["quantityInfo"]["requestedQuantity"],
        )
        for line in cart["lineItems"]
    ]


async def _code(call: Any) -> tuple[int, str]:
    with pytest.raises(wv.WixApiError) as caught:
        await call
    return caught.value.status, str(caught.value.code)


async def test_a_cart_of_products_and_its_summary(wix: wv.WixClient) -> None:
    """Create, add (merging a product), update, remove; calculate and estimate give the totals."""
    cart = await new_cart(wix, item(SHIRT, STORES_APP, 2))
    assert cart["source"] == {"channelType": "WEB"} and cart["orderPlaced"] is False
    path = f"{CARTS}/{cart['id']}"
    added = await wix.request(
        "POST",
        path + "/add-line-items",
        json={"catalogItems": [item(SHIRT, STORES_APP), item(MUG, STORES_APP)]},
    )
    assert _lines(added["cart"]) == [(SHIRT, 3), (MUG, 1)]
    shirt, mug = (line["id"] for line in added["cart"]["lineItems"])
    update = {"lineItems": [{"lineItemId": mug, "quantity": {"newQuantity": 4}}]}
    updated = await wix.request("POST", path + "/update-line-items", json=update)
    assert _lines(updated["cart"]) == [(SHIRT, 3), (MUG, 4)]
    calculated = await wix.request("POST", path + "/calculate", json={})
    summary = calculated["summary"]
    assert summary["priceSummary"]["subtotal"] == {"amount": "123", "convertedAmount": "123"}
    assert summary["priceSummary"]["discount"]["amount"] == "0"
    assert summary["priceSummary"]["total"]["amount"] == "123"
    assert summary["cartId"] == cart["id"] and len(summary["lineItems"]) == 2
    removed = await wix.request("POST", path + "/remove-line-items", json={"lineItemIds": [shirt]})
    assert _lines(removed["cart"]) == [(MUG, 4)]
    estimated = await wix.request("POST", path + "/estimate", json={})
    assert estimated["summary"]["priceSummary"]["total"]["amount"] == "48"
    assert (await wix.request("GET", path))["cart"]["revision"] == "4"
    assert await wix.request("DELETE", path) == {}
    assert await _code(wix.request("GET", path)) == (404, "CART_NOT_FOUND")


async def test_another_visitor_never_sees_the_cart(
    wix: wv.WixClient, stranger: wv.WixClient
) -> None:
    """Every route answers a stranger 404 CART_NOT_FOUND, as for an id that does not exist."""
    path = f"{CARTS}/{(await new_cart(wix, item(SHIRT, STORES_APP)))['id']}"
    for verb, suffix in [("GET", ""), ("DELETE", ""), ("POST", "/calculate"), ("POST", "/place-order"),
                         ("POST", "/get-checkout-url"), ("POST", "/add-line-items")]:  # fmt: skip
        assert await _code(stranger.request(verb, path + suffix, json={})) == (
            404,
            "CART_NOT_FOUND",
        )
    assert len((await wix.request("GET", path))["cart"]["lineItems"]) == 1


async def test_place_order_orders_free_and_in_person_bookings(wix: wv.WixClient) -> None:
    """A free booking and a class paid in person: ordered, confirmed, the cart marked ordered."""
    free, in_person = await book(wix, CONSULTATION), await book(wix, YOGA)
    assert (free["status"], in_person["status"]) == ("CREATED", "CREATED")
    assert in_person["bookedEntity"]["slot"]["eventId"]
    cart = await new_cart(wix, item(free["id"]), item(in_person["id"]))
    path = f"{CARTS}/{cart['id']}"
    summary = (await wix.request("POST", path + "/calculate", json={}))["summary"]
    assert summary["paymentSummary"]["payNow"]["amount"] == "0"
    assert summary["paymentSummary"]["payLater"]["amount"] == "15"
    placed = await wix.request("POST", path + "/place-order", json={})
    assert placed["completed"] is True and placed["orderId"]
    ordered = (await wix.request("GET", path))["cart"]
    assert ordered["orderPlaced"] is True and ordered["orderId"] == placed["orderId"]
    mine = await wix.request("POST", "/_api/bookings-reader/v2/extended-bookings/query", json={})
    found = {e["booking"]["id"]: e["booking"] for e in mine["extendedBookings"]}
    assert found[free["id"]]["status"] == found[in_person["id"]]["status"] == "CONFIRMED"
    assert found[in_person["id"]]["paymentStatus"] == "NOT_PAID"
    again = await _code(wix.request("POST", path + "/place-order", json={}))
    assert again == (400, "CART_ALREADY_ORDERED")
    more = {"catalogItems": [item(SHIRT, STORES_APP)]}
    assert await _code(wix.request("POST", path + "/add-line-items", json=more)) == (
        400,
        "CART_ALREADY_ORDERED",
    )


async def test_a_paid_cart_is_refused_by_place_order_and_paid_on_the_hosted_checkout(
    wix: wv.WixClient,
) -> None:
    """EMPTY_PAYMENT_TOKEN with the total due; getCheckoutUrl opens the hosted checkout."""
    booking = await book(wix, HAIRCUT)
    cart = await new_cart(wix, item(booking["id"]))
    path = f"{CARTS}/{cart['id']}"
    with pytest.raises(wv.WixApiError) as caught:
        await wix.request("POST", path + "/place-order", json={})
    assert caught.value.code == "EMPTY_PAYMENT_TOKEN" and caught.value.status == 400
    url = (await wix.request("POST", path + "/get-checkout-url", json={}))["checkoutUrl"]
    assert "/_hosted/checkout/" in url
    session = await wix.redirects.create_redirect_session(
        ecom_checkout_id=cart["id"], thank_you_page_url="https://salon.example/thanks"
    )
    more = {"catalogItems": [item(MUG, STORES_APP)]}
    await wix.request("POST", path + "/add-line-items", json=more)
    async with aiohttp.ClientSession() as browser:
        async with browser.get(session["fullUrl"]) as page:
            text = await page.text()  # the cart as it is now, the mug added after the session
            assert "Haircut" in text and "Ceramic Coffee Mug" in text and "$52.00" in text
            action = text.split('action="')[1].split('"')[0]
        origin = session["fullUrl"].split("/_hosted/")[0]
        async with browser.post(origin + action, allow_redirects=False) as placed:
            assert placed.status == 303
            assert placed.headers["Location"].startswith("https://salon.example/thanks?orderId=")
    ordered = (await wix.request("GET", path))["cart"]
    assert ordered["orderPlaced"] is True
    assert placed.headers["Location"].endswith(ordered["orderId"])


async def test_a_site_without_payments_refuses_a_paid_cart(client_id: str) -> None:
    """Emulator(payments=False): SITE_NOT_ACCEPTING_PAYMENTS for a paid cart; a free one orders."""
    emulator = Emulator(payments=False, clock=lambda: MONDAY_8AM)
    async with (
        emulator as emu,
        wv.create_client(client_id, base_url=emu.base_url, clock=emu.now) as wix,
    ):
        paid = await new_cart(wix, item(SHIRT, STORES_APP))
        refused = wix.request("POST", f"{CARTS}/{paid['id']}/place-order", json={})
        assert await _code(refused) == (400, "SITE_NOT_ACCEPTING_PAYMENTS")
        free = await new_cart(wix, item((await book(wix, CONSULTATION))["id"]))
        placed = await wix.request("POST", f"{CARTS}/{free['id']}/place-order", json={})
        assert placed["completed"] is True


async def test_booking_lines_are_fixed_and_owned(wix: wv.WixClient, stranger: wv.WixClient) -> None:
    """A booking is 1 and once per cart; someone else's booking is not in the catalog."""
    booking = await book(wix, CONSULTATION)
    twice = wix.request("POST", CARTS, json={"catalogItems": [item(booking["id"], quantity=2)]})
    assert await _code(twice) == (400, "FIXED_QUANTITY_ITEM")
    cart = await new_cart(wix, item(booking["id"]))
    again = {"catalogItems": [item(booking["id"])]}
    added = wix.request("POST", f"{CARTS}/{cart['id']}/add-line-items", json=again)
    assert await _code(added) == (400, "FIXED_QUANTITY_ITEM")
    line = cart["lineItems"][0]
    assert line["attributes"]["itemType"] == {"preset": "SERVICE"}
    update = {"lineItems": [{"lineItemId": line["id"], "quantity": {"newQuantity": 2}}]}
    updated = wix.request("POST", f"{CARTS}/{cart['id']}/update-line-items", json=update)
    assert await _code(updated) == (400, "FIXED_QUANTITY_ITEM")
    theirs = stranger.request("POST", CARTS, json={"catalogItems": [item(booking["id"])]})
    assert await _code(theirs) == (400, "ITEM_NOT_FOUND_IN_CATALOG")


async def test_the_current_cart_v2_is_not_emulated(wix: wv.WixClient) -> None:
    """``/ecom/v2/carts/current`` answers 501 NOT_EMULATED, not a cart by the id "current"."""
    status, code = await _code(wix.request("GET", f"{CARTS}/current"))
    assert (status, code) == (501, "NOT_EMULATED")


HOSTILE: list[tuple[str, str, Any]] = [
    ("POST", "", {"catalogItems": "x"}),
    ("POST", "", {"catalogItems": [5]}),
    ("POST", "", {"catalogItems": [{"catalogReference": {"catalogItemId": SHIRT}}]}),
    ("POST", "", {"catalogItems": [item(SHIRT, STORES_APP, 0)]}),
    ("POST", "", {"catalogItems": [item(SHIRT, STORES_APP, True)]}),
    ("POST", "", {"catalogItems": [item("nope", STORES_APP)]}),
    ("POST", "", {"catalogItems": [{"catalogReference": {"catalogItemId": SHIRT, "appId": STORES_APP,
                                                          "options": {"variantId": "v"}}}]}),
    ("POST", "", {"catalogItems": [{"catalogReference": {"catalogItemId": SHIRT, "appId": STORES_APP,
                                                          "options": []}}]}),
    ("POST", "", {"cart": {"source": {"channelType": "MARS"}}}),
    ("POST", "", {"cart": []}),
    ("POST", "", {"customItems": [{}]}),
    ("POST", "", {"coupons": [{"code": "X"}]}),
    ("POST", "/{id}/add-line-items", {}),
    ("POST", "/{id}/add-line-items", {"catalogItems": {"a": 1}}),
    ("POST", "/{id}/update-line-items", {}),
    ("POST", "/{id}/update-line-items", {"lineItems": "x"}),
    ("POST", "/{id}/update-line-items", {"lineItems": [{"lineItemId": "x"}]}),
    ("POST", "/{id}/update-line-items", {"lineItems": [{"lineItemId": "x", "quantity": {"newQuantity": 1}}]}),
    ("POST", "/{id}/update-line-items", {"lineItems": [5]}),
    ("POST", "/{id}/remove-line-items", {}),
    ("POST", "/{id}/remove-line-items", {"lineItemIds": [1]}),
    ("POST", "/{id}/remove-line-items", {"lineItemIds": ["missing"]}),
    ("POST", "/{id}/place-order", {}),
    ("GET", "/{id}?.r=%%%", None),
]  # fmt: skip


@pytest.mark.parametrize(("verb", "suffix", "body"), HOSTILE)
async def test_hostile_bodies_are_4xx_never_500(
    emu: Emulator, wix: wv.WixClient, verb: str, suffix: str, body: Any
) -> None:
    """Wrong shapes on every Cart V2 route are Wix-shaped 4xx answers."""
    empty = await new_cart(wix)
    path = CARTS + suffix.replace("{id}", empty["id"])
    with pytest.raises(wv.WixApiError) as caught:
        await wix.request(verb, path, json=body)
    assert 400 <= caught.value.status < 500, caught.value
