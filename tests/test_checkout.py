"""Checkout: cart → checkout → redirect session → the emulator's hosted page → order."""

from __future__ import annotations

from collections.abc import AsyncIterator
from urllib.parse import parse_qs, urlsplit

import aiohttp
import pytest

import wixvisitor as wv
from wixvisitor.emulator import Emulator

THANKS = "https://shop.example/thanks?from=checkout"
BACK = "https://shop.example/cart"


@pytest.fixture
async def wix(emu: Emulator, client_id: str) -> AsyncIterator[wv.WixClient]:
    """A visitor with two products in the cart."""
    async with wv.create_client(client_id, base_url=emu.base_url) as client:
        products = (await client.products_v3.search(limit=2))["products"]
        await client.current_cart.add(
            [wv.line_item(p["id"], n + 1) for n, p in enumerate(products)]
        )
        yield client


async def test_the_same_cart_gives_the_same_checkout(wix: wv.WixClient) -> None:
    """create_checkout twice: one checkout id, its lines brought up to date."""
    first = await wix.current_cart.create_checkout()
    cart = await wix.current_cart.get()
    assert cart is not None
    await wix.current_cart.update_quantity({cart["lineItems"][0]["id"]: 5})
    assert await wix.current_cart.create_checkout() == first


async def test_an_empty_cart_cannot_be_checked_out(emu: Emulator, client_id: str) -> None:
    """No cart, or an empty one: WixApiError 400 EMPTY_CHECKOUT."""
    async with wv.create_client(client_id, base_url=emu.base_url) as wix:
        with pytest.raises(wv.WixApiError) as caught:
            await wix.current_cart.create_checkout()
        assert (caught.value.status, caught.value.code) == (400, "EMPTY_CHECKOUT")
        product = (await wix.products_v3.search(limit=1))["products"][0]["id"]
        cart = await wix.current_cart.add([wv.line_item(product)])
        await wix.current_cart.remove(cart["lineItems"][0]["id"])
        with pytest.raises(wv.WixApiError) as caught:
            await wix.current_cart.create_checkout()
        assert caught.value.code == "EMPTY_CHECKOUT"


async def test_redirect_session_shape(wix: wv.WixClient, emu: Emulator) -> None:
    """The session has id, fullUrl on the emulator, shortUrl, sessionToken and urlDetails."""
    checkout_id = await wix.current_cart.create_checkout()
    session = await wix.redirects.create_redirect_session(
        ecom_checkout_id=checkout_id, thank_you_page_url=THANKS, post_flow_url=BACK
    )
    assert session["fullUrl"].startswith(emu.base_url + "/")
    assert session["urlDetails"]["endpoint"] == session["fullUrl"].split("?")[0]
    assert isinstance(session["sessionToken"], str) and session["sessionToken"]
    assert session["shortUrl"].startswith(emu.base_url)
    async with (
        aiohttp.ClientSession() as browser,
        browser.get(session["shortUrl"], allow_redirects=False) as response,
    ):
        assert response.status == 302
        assert response.headers["Location"] == session["fullUrl"]


@pytest.mark.parametrize("path", ["/_api/redirects-api", "/redirects-api", "/headless"])
async def test_the_endpoint_answers_at_every_path(wix: wv.WixClient, path: str) -> None:
    """The redirect-session endpoint is served at each path the SDK and the docs use."""
    checkout_id = await wix.current_cart.create_checkout()
    body = {"ecomCheckout": {"checkoutId": checkout_id}}
    answer = await wix.request("POST", f"{path}/v1/redirect-session", json=body)
    assert answer["redirectSession"]["fullUrl"]


@pytest.mark.parametrize(
    ("callbacks", "field"),
    [
        ({"thankYouPageUrl": "/thanks"}, "callbacks.thankYouPageUrl"),
        ({"postFlowUrl": "javascript:alert(1)"}, "callbacks.postFlowUrl"),
        ({"postFlowUrl": "ftp://shop.example/"}, "callbacks.postFlowUrl"),
        ({"postFlowUrl": 42}, "callbacks.postFlowUrl"),
    ],
)
async def test_callbacks_must_be_absolute_http_urls(
    wix: wv.WixClient, callbacks: dict[str, object], field: str
) -> None:
    """A relative, javascript: or ftp callback URL is a Wix-shaped 400 naming the field."""
    checkout_id = await wix.current_cart.create_checkout()
    with pytest.raises(wv.WixApiError) as caught:
        await wix.redirects.create_redirect_session(
            ecom_checkout_id=checkout_id,
            callbacks=callbacks,  # type: ignore[arg-type]
        )
    assert caught.value.status == 400
    assert field in str(caught.value)


async def test_unknown_checkout_and_unserved_intent(wix: wv.WixClient) -> None:
    """An unknown checkout id is 404 CHECKOUT_NOT_FOUND; an intent with no handler is a 400."""
    with pytest.raises(wv.WixApiError) as caught:
        await wix.redirects.create_redirect_session(ecom_checkout_id="nope")
    assert (caught.value.status, caught.value.code) == (404, "CHECKOUT_NOT_FOUND")
    with pytest.raises(wv.WixApiError) as caught:
        await wix.redirects.create_redirect_session({"bookingsCheckout": {"slotAvailability": {}}})
    assert caught.value.code == "UNSUPPORTED_INTENT"
    with pytest.raises(ValueError, match="exactly one"):
        await wix.redirects.create_redirect_session()


async def test_placing_the_order_empties_the_cart_and_thanks(
    wix: wv.WixClient, emu: Emulator
) -> None:
    """Open fullUrl, Place order: an order of the cart's lines, 303 to the thank-you URL, no cart."""
    url = await wix.current_cart.checkout_url(thank_you_page_url=THANKS, post_flow_url=BACK)
    cart = await wix.current_cart.get()
    assert cart is not None
    async with aiohttp.ClientSession() as browser:
        async with browser.get(url) as page:
            text = await page.text()
        assert page.status == 200
        assert "Place order" in text and "$" in text and BACK in text
        action = text.split('<form method="post" action="')[1].split('"')[0]
        origin = f"{urlsplit(url).scheme}://{urlsplit(url).netloc}"
        async with browser.post(origin + action, allow_redirects=False) as placed:
            assert placed.status == 303
            location = placed.headers["Location"]
        async with browser.post(origin + action, allow_redirects=False) as again:
            assert again.status == 410  # a checkout is ordered once
    assert location.startswith("https://shop.example/thanks?from=checkout&orderId=")
    (order,) = emu.orders
    assert parse_qs(urlsplit(location).query)["orderId"] == [order["id"]]
    ordered = [
        (li["catalogReference"]["catalogItemId"], li["quantity"]) for li in order["lineItems"]
    ]
    in_cart = [
        (li["catalogReference"]["catalogItemId"], li["quantity"]) for li in cart["lineItems"]
    ]
    assert ordered == in_cart
    assert await wix.current_cart.get() is None
    async with (
        aiohttp.ClientSession(emu.base_url) as admin,
        admin.get("/_emulator/orders") as response,
    ):
        assert (await response.json())["orders"] == emu.orders


async def test_checkout_is_visitor_scoped(wix: wv.WixClient, emu: Emulator, client_id: str) -> None:
    """Another visitor's cart is untouched when this visitor orders."""
    async with wv.create_client(client_id, base_url=emu.base_url) as other:
        product = (await other.products_v3.search(limit=1))["products"][0]["id"]
        await other.current_cart.add([wv.line_item(product)])
        url = await wix.current_cart.checkout_url(thank_you_page_url=THANKS)
        async with aiohttp.ClientSession() as browser:
            async with browser.get(url) as page:
                action = (await page.text()).split('action="')[1].split('"')[0]
            async with browser.post(emu.base_url + action, allow_redirects=False) as placed:
                assert placed.status == 303
        assert await other.current_cart.get() is not None
        assert await wix.current_cart.get() is None


async def test_a_visitor_back_after_hours_checks_out_with_one_renewal(
    emu: Emulator, client_id: str
) -> None:
    """Cart filled, 5 h pass: checkout_url renews once and the checkout holds the same lines."""
    async with wv.create_client(client_id, base_url=emu.base_url, clock=emu.now) as wix:
        product = (await wix.products_v3.search(limit=1))["products"][0]["id"]
        await wix.current_cart.add([wv.line_item(product, 3)])
        emu.advance(5 * 3600)
        before = emu.stats.as_dict()
        url = await wix.current_cart.checkout_url(thank_you_page_url=THANKS)
        after = emu.stats.as_dict()
    assert (after["refresh"] - before["refresh"], after["anonymous"] - before["anonymous"]) == (
        1,
        0,
    )
    async with aiohttp.ClientSession() as browser, browser.get(url) as page:
        assert "<td class=quantity>3</td>" in await page.text()
