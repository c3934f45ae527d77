"""The official Wix JS SDK, unchanged, against the emulator; sessions shared with Python both ways."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import wixvisitor as wv
from wixvisitor._cookie import decode_tokens, encode_tokens
from wixvisitor.emulator import Emulator

if TYPE_CHECKING:
    from js_sdk_support import JsRunner

#: The fixtures `node` and `js` (a conftest.py here would shadow the suite's).
pytest_plugins = ["js_sdk_support"]

EXPIRED = 5 * 3600


def _python(emu: Emulator, client_id: str, tokens: wv.Tokens | None = None) -> wv.WixClient:
    return wv.create_client(client_id, tokens=tokens, base_url=emu.base_url, clock=emu.now)


def _lines(cart: dict[str, Any] | None) -> list[tuple[str, int]]:
    assert cart is not None
    return [
        (line["catalogReference"]["catalogItemId"], line["quantity"]) for line in cart["lineItems"]
    ]


def _js_lines(lines: list[dict[str, Any]]) -> list[tuple[str, int]]:
    return [(line["product"], line["quantity"]) for line in lines]


async def test_the_js_sdk_runs_the_visitor_flow(js: JsRunner, emu: Emulator) -> None:
    """New visitor, search, query, get, add, update, remove, get cart: all answered, reads as GET."""
    answer = await js("visitor-flow", expression="mug")
    assert answer["ok"], answer
    assert len(answer["searched"]) == 3
    assert answer["byText"] == ["Ceramic Coffee Mug"]
    assert answer["queried"] == answer["searched"][:2]
    assert answer["got"] == answer["searched"][0]
    first, second = answer["searched"][:2]
    assert _js_lines(answer["added"]) == [(first, 1), (second, 1)]
    assert _js_lines(answer["updated"]) == [(first, 3), (second, 1)]
    assert _js_lines(answer["removed"]) == [(first, 3)]
    assert answer["cart"] == answer["removed"]
    reads = [
        r for r in answer["sent"] if "/products/" in r["path"] or r["path"].endswith("current")
    ]
    assert reads and all(r["method"] == "GET" for r in reads)
    searches = [r for r in answer["sent"] if r["path"] == "/stores/v3/products/search"]
    assert all(r["query"].startswith("?.r=") for r in searches)
    assert all("x-wix-bi-gateway" in r["headers"] for r in answer["sent"])
    assert all(r["status"] == 200 for r in answer["sent"])
    assert (emu.stats.anonymous, emu.stats.refresh, emu.stats.unauthorized) == (1, 0, 0)


async def test_a_query_past_4000_characters_falls_back_to_post(js: JsRunner) -> None:
    """A search too long for a GET query is sent as POST with the JSON body, and answered."""
    answer = await js("long-search", expression="mug " + "x" * 3500)
    assert answer["ok"], answer
    searches = [r for r in answer["sent"] if r["path"] == "/stores/v3/products/search"]
    assert [(r["method"], r["query"]) for r in searches] == [("POST", "")]
    assert answer["names"] == ["Ceramic Coffee Mug"]


async def test_a_session_started_in_js_continues_in_python(
    js: JsRunner, emu: Emulator, client_id: str
) -> None:
    """getTokens() from JS is read by Tokens.from_json: Python sees the same cart, no token call."""
    answer = await js("visitor-flow", expression="mug")
    tokens = wv.Tokens.from_json(answer["tokens"])
    assert tokens.to_dict() == answer["tokens"]  # byte-compatible both ways
    emu.stats.reset()
    async with _python(emu, client_id, tokens) as wix:
        cart = await wix.current_cart.get()
    assert _lines(cart) == _js_lines(answer["cart"])
    assert emu.stats.token_calls == 0


async def test_a_session_started_in_python_continues_in_js(
    js: JsRunner, emu: Emulator, client_id: str
) -> None:
    """Python's tokens handed to the JS SDK: it sees Python's cart and adds to it, no token call."""
    async with _python(emu, client_id) as wix:
        products = (await wix.products_v3.search(limit=2))["products"]
        await wix.current_cart.add([wv.line_item(products[0]["id"])])
        tokens = wix.auth.get_tokens()
    assert tokens is not None
    emu.stats.reset()
    answer = await js("continue", tokens=tokens.to_dict(), productId=products[1]["id"])
    assert answer["ok"], answer
    assert _js_lines(answer["before"]) == [(products[0]["id"], 1)]
    assert _js_lines(answer["after"]) == [(products[0]["id"], 1), (products[1]["id"], 1)]
    assert answer["tokens"] == tokens.to_dict()
    assert emu.stats.token_calls == 0
    async with _python(emu, client_id, tokens) as wix:
        assert len(_lines(await wix.current_cart.get())) == 2


async def test_the_js_sdk_refreshes_an_expired_token_keeping_the_refresh_token(
    js: JsRunner, emu: Emulator, client_id: str
) -> None:
    """Tokens whose access token expired: the JS SDK renews with one refresh, same refresh token."""
    async with _python(emu, client_id) as wix:
        tokens = await wix.auth.generate_visitor_tokens()
    expired = wv.Tokens(wv.AccessToken(tokens.access_token.value, 0), tokens.refresh_token)
    emu.stats.reset()
    answer = await js("generate", tokens=expired.to_dict())
    assert answer["ok"], answer
    renewed = wv.Tokens.from_json(answer["tokens"])
    assert renewed.refresh_token == tokens.refresh_token
    assert renewed.access_token.value != tokens.access_token.value
    assert (emu.stats.refresh, emu.stats.anonymous) == (1, 0)


async def test_a_dead_refresh_token_the_js_sdk_silently_starts_over_python_reports_it(
    js: JsRunner, emu: Emulator, client_id: str
) -> None:
    """Revoked refresh token: the JS SDK quietly mints a new visitor; Python reports the reset."""
    async with _python(emu, client_id) as wix:
        tokens = await wix.auth.generate_visitor_tokens()
    emu.revoke(tokens.refresh_token.value)
    expired = wv.Tokens(wv.AccessToken(tokens.access_token.value, 0), tokens.refresh_token)
    answer = await js("generate", tokens=expired.to_dict())
    assert answer["ok"], answer
    assert answer["tokens"]["refreshToken"]["value"] != tokens.refresh_token.value
    resets: list[wv.SessionReset] = []
    emu.advance(EXPIRED)
    async with wv.create_client(
        client_id, tokens=tokens, base_url=emu.base_url, clock=emu.now,
        on_session_reset=resets.append,
    ) as wix:  # fmt: skip
        await wix.auth.generate_visitor_tokens()
    assert [r.reason for r in resets] == ["invalid_grant"]


async def test_a_wix_session_cookie_written_by_js_is_read_by_python(
    js: JsRunner, emu: Emulator, client_id: str
) -> None:
    """encodeURIComponent(JSON.stringify(getTokens())) decodes in Python to the same session."""
    async with _python(emu, client_id) as wix:
        product = (await wix.products_v3.search(limit=1))["products"][0]["id"]
    answer = await js("write-cookie", productId=product)
    assert answer["ok"], answer
    tokens = decode_tokens(answer["cookie"])
    assert encode_tokens(tokens) == answer["cookie"]  # the same bytes back
    async with _python(emu, client_id, tokens) as wix:
        assert _lines(await wix.current_cart.get()) == [(product, 2)]


async def test_a_wix_session_cookie_written_by_python_is_read_by_js(
    js: JsRunner, emu: Emulator, client_id: str
) -> None:
    """Python's wixSession cookie value, decoded by the JS SDK's documented recipe, is the session."""
    async with _python(emu, client_id) as wix:
        product = (await wix.products_v3.search(limit=1))["products"][0]["id"]
        await wix.current_cart.add([wv.line_item(product, 3)])
        tokens = wix.auth.get_tokens()
    assert tokens is not None
    answer = await js("read-cookie", cookie=encode_tokens(tokens))
    assert answer["ok"], answer
    assert _js_lines(answer["cart"]) == [(product, 3)]
    assert answer["loggedIn"] is False
    assert answer["tokens"] == tokens.to_dict()


async def test_the_js_sdk_checks_out_a_python_cart(
    js: JsRunner, emu: Emulator, client_id: str
) -> None:
    """createCheckoutFromCurrentCart + redirects.createRedirectSession: the same checkout as Python's."""
    async with _python(emu, client_id) as wix:
        product = (await wix.products_v3.search(limit=1))["products"][0]["id"]
        await wix.current_cart.add([wv.line_item(product)])
        tokens = wix.auth.get_tokens()
        assert tokens is not None
        answer = await js(
            "checkout",
            tokens=tokens.to_dict(),
            thankYouPageUrl="https://shop.example/thanks",
            postFlowUrl="https://shop.example/cart",
        )
        assert answer["ok"], answer
        assert answer["checkoutId"] == await wix.current_cart.create_checkout()
    assert answer["fullUrl"].startswith(emu.base_url + "/")
    sessions = [r for r in answer["sent"] if r["path"].endswith("/v1/redirect-session")]
    assert [(r["method"], r["status"]) for r in sessions] == [("POST", 200)]


async def test_a_member_cookie_from_python_is_logged_in_for_the_js_sdk(
    js: JsRunner, emu: Emulator, client_id: str
) -> None:
    """A member session logged in from Python: the JS SDK says loggedIn() and sees the member's cart."""
    async with _python(emu, client_id) as wix:
        result = await wix.auth.login_member(
            "ada@example.com", "lovelace-1815", redirect_uri="https://shop.example/cb"
        )
        assert result.succeeded
        product = (await wix.products_v3.search(limit=1))["products"][0]["id"]
        await wix.current_cart.add([wv.line_item(product)])
        tokens = wix.auth.get_tokens()
    assert tokens is not None
    answer = await js("member-cookie", cookie=encode_tokens(tokens))
    assert answer["ok"], answer
    assert answer["loggedIn"] is True and answer["role"] == "member"
    assert _js_lines(answer["cart"]) == [(product, 1)]
