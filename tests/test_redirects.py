"""Redirects.create_redirect_session: one intent by keyword or in a raw body, callbacks merged."""

from __future__ import annotations

from collections.abc import AsyncIterator
from urllib.parse import urlsplit

import aiohttp
import pytest

import wixvisitor as wv
from wixvisitor.emulator import Emulator

THANKS = "https://shop.example/thanks"
BACK = "https://shop.example/cart"


@pytest.fixture
async def wix(emu: Emulator, client_id: str) -> AsyncIterator[wv.WixClient]:
    """A visitor with one product in the cart."""
    async with wv.create_client(client_id, base_url=emu.base_url) as client:
        product = (await client.products_v3.search(limit=1))["products"][0]["id"]
        await client.current_cart.add([wv.line_item(product)])
        yield client


async def test_logout_keyword_builds_the_logout_intent(wix: wv.WixClient, client_id: str) -> None:
    """logout_client_id= sends {"logout": {"clientId"}}: the session leads to the logout page."""
    session = await wix.redirects.create_redirect_session(
        logout_client_id=client_id, post_flow_url=BACK
    )
    assert urlsplit(session["fullUrl"]).path.startswith("/_hosted/logout/")


async def test_auth_keyword_builds_the_auth_intent(wix: wv.WixClient, client_id: str) -> None:
    """auth= sends {"auth": {...}}: the session leads to /oauth2/authorize with its parameters."""
    request = {"clientId": client_id, "redirectUri": BACK, "responseType": "code", "state": "s1"}
    session = await wix.redirects.create_redirect_session(
        auth={"authRequest": request, "prompt": "none"}
    )
    assert session["urlDetails"]["endpoint"].endswith("/oauth2/authorize")
    search = session["urlDetails"]["searchParams"]
    assert (search["client_id"], search["state"], search["prompt"]) == (client_id, "s1", "none")


async def test_login_keyword_sends_the_login_intent(wix: wv.WixClient) -> None:
    """login=True sends {"login": {}}, which the emulator names as an intent it does not serve."""
    with pytest.raises(wv.WixApiError) as caught:
        await wix.redirects.create_redirect_session(login=True)
    assert (caught.value.status, caught.value.code) == (400, "UNSUPPORTED_INTENT")
    assert "login" in caught.value.message


async def test_a_raw_body_keeps_its_callbacks_next_to_the_keywords(
    wix: wv.WixClient, emu: Emulator
) -> None:
    """body= with its own postFlowUrl plus thank_you_page_url=: both reach Wix."""
    checkout_id = await wix.current_cart.create_checkout()
    body = {"ecomCheckout": {"checkoutId": checkout_id}, "callbacks": {"postFlowUrl": BACK}}
    session = await wix.redirects.create_redirect_session(body, thank_you_page_url=THANKS)
    assert body["callbacks"] == {"postFlowUrl": BACK}  # the caller's body is not changed
    async with aiohttp.ClientSession() as browser:
        async with browser.get(session["fullUrl"]) as page:
            text = await page.text()
        assert f'id="cancel" href="{BACK}"' in text
        action = text.split('<form method="post" action="')[1].split('"')[0]
        async with browser.post(emu.base_url + action, allow_redirects=False) as placed:
            assert placed.headers["Location"].startswith(THANKS + "?orderId=")


@pytest.mark.parametrize(
    "arguments",
    [
        {},
        {"ecom_checkout_id": "c1", "logout_client_id": "id"},
        {"body": {"logout": {"clientId": "id"}}, "login": True},
    ],
    ids=["none", "two-keywords", "body-and-keyword"],
)
async def test_exactly_one_intent_source(wix: wv.WixClient, arguments: dict[str, object]) -> None:
    """No intent, or two ways of naming one, is a ValueError before any request."""
    with pytest.raises(ValueError, match="exactly one intent"):
        await wix.redirects.create_redirect_session(**arguments)  # type: ignore[arg-type]


async def test_a_raw_body_goes_as_given(wix: wv.WixClient) -> None:
    """body= alone is sent untouched: its bad callbacks reach Wix, which answers a 400 naming them."""
    with pytest.raises(wv.WixApiError) as caught:
        await wix.redirects.create_redirect_session(
            {"logout": {"clientId": "id"}, "callbacks": {"postFlowUrl": "/relative"}}
        )
    assert caught.value.status == 400
    assert "callbacks.postFlowUrl" in caught.value.message


async def test_keywords_cannot_merge_into_callbacks_that_are_not_a_mapping(
    wix: wv.WixClient,
) -> None:
    """body["callbacks"] that is not a mapping plus a callback keyword: ValueError naming it."""
    with pytest.raises(ValueError, match="callbacks"):
        await wix.redirects.create_redirect_session(
            {"logout": {"clientId": "id"}, "callbacks": ["nope"]}, post_flow_url=BACK
        )
