"""Visitor sessions through real servers: aiohttp and FastAPI, cookie mode and server-side mode."""

from __future__ import annotations

import pytest
from conftest import PRODUCT_IDS, Browser, StartSite

import wixvisitor as wv
from wixvisitor._cookie import decode_tokens, parse_session_id
from wixvisitor.emulator import Emulator

FOUR_HOURS = 4 * 3600
SHIRT = PRODUCT_IDS[0]


async def test_first_request_creates_a_session_and_sets_the_cookie(
    start_site: StartSite, browser: Browser, emu: Emulator, mode: str
) -> None:
    """The first Wix call of a new visitor mints one session and sends a well-formed cookie."""
    site = await start_site()
    answer = await browser.post(f"{site.url}/cart/{SHIRT}")
    assert answer.status == 200
    assert answer.json() == {SHIRT: 1}
    assert emu.stats.anonymous == 1
    assert answer.set_cookie is not None
    attributes = answer.set_cookie.split("; ")[1:]
    assert set(attributes) == {"Path=/", f"Max-Age={30 * 24 * 3600}", "HttpOnly", "SameSite=Lax"}
    assert browser.cookie is not None
    if mode == "cookie":
        assert decode_tokens(browser.cookie).refresh_token.role is wv.TokenRole.VISITOR
    else:
        assert parse_session_id(browser.cookie) == browser.cookie
        assert await site.visitors.store.load(browser.cookie) is not None


async def test_next_request_resumes_the_session_without_token_calls(
    start_site: StartSite, browser: Browser, emu: Emulator
) -> None:
    """A returning visitor gets the same cart, no token call and no Set-Cookie."""
    site = await start_site()
    await browser.post(f"{site.url}/cart/{SHIRT}")
    emu.stats.reset()
    answer = await browser.get(f"{site.url}/cart")
    assert answer.json() == {SHIRT: 1}
    assert emu.stats.token_calls == 0
    assert answer.set_cookie is None


async def test_a_new_visitor_gets_tokens_only_when_the_handler_calls_wix(
    start_site: StartSite, browser: Browser, emu: Emulator
) -> None:
    """A request whose handler never calls Wix mints nothing and sets no cookie."""
    site = await start_site()
    answer = await browser.get(f"{site.url}/ping")
    assert answer.status == 200
    assert answer.set_cookie is None
    assert emu.stats.token_calls == 0


async def test_an_expired_session_renews_once_and_keeps_its_cart(
    start_site: StartSite, browser: Browser, emu: Emulator, mode: str
) -> None:
    """After the access token expires, one refresh renews it and the cart is still there."""
    site = await start_site()
    await browser.post(f"{site.url}/cart/{SHIRT}")
    first_cookie = browser.cookie
    emu.advance(FOUR_HOURS)
    emu.stats.reset()
    answer = await browser.get(f"{site.url}/cart")
    assert answer.json() == {SHIRT: 1}
    assert (emu.stats.refresh, emu.stats.anonymous) == (1, 0)
    assert answer.set_cookie is not None
    if mode == "server":
        assert browser.cookie == first_cookie  # same session, its expiry pushed back
    emu.stats.reset()
    again = await browser.get(f"{site.url}/cart")
    assert (again.json(), emu.stats.token_calls, again.set_cookie) == ({SHIRT: 1}, 0, None)


@pytest.mark.parametrize(
    ("path", "status", "body"),
    [
        ("/own-response", 200, "0 lines"),
        ("/raise", 404, None),
        ("/stream", 200, "streamed 0 lines"),
    ],
)
async def test_the_cookie_rides_on_every_kind_of_response(
    start_site: StartSite,
    browser: Browser,
    emu: Emulator,
    path: str,
    status: int,
    body: str | None,
) -> None:
    """A handler's own Response, a raised HTTP error and a stream all carry the new cookie."""
    site = await start_site()
    answer = await browser.get(site.url + path)
    assert answer.status == status
    if body is not None:
        assert answer.body == body
    assert answer.set_cookie is not None
    emu.stats.reset()
    assert (await browser.get(f"{site.url}/cart")).status == 200
    assert emu.stats.token_calls == 0


async def test_the_cookie_is_secure_by_default(start_site: StartSite, browser: Browser) -> None:
    """Without settings the cookie is Secure, HttpOnly and SameSite=Lax."""
    site = await start_site(settings=wv.CookieSettings())
    answer = await browser.post(f"{site.url}/cart/{SHIRT}")
    assert answer.set_cookie is not None
    assert {"Secure", "HttpOnly", "SameSite=Lax", "Path=/"} <= set(answer.set_cookie.split("; "))


@pytest.mark.parametrize("mode", ["cookie"])
async def test_cookie_mode_survives_a_restart_with_nothing_but_the_cookie(
    start_site: StartSite, browser: Browser, emu: Emulator
) -> None:
    """In cookie mode a brand-new server process (empty memory) resumes the visitor's cart."""
    before = await start_site()
    await browser.post(f"{before.url}/cart/{SHIRT}?quantity=2")
    await before.stop()
    emu.stats.reset()
    after = await start_site()
    answer = await browser.get(f"{after.url}/cart")
    assert answer.json() == {SHIRT: 2}
    assert emu.stats.token_calls == 0


@pytest.mark.parametrize("mode", ["server"])
async def test_server_mode_with_a_memory_store_starts_over_after_a_restart(
    start_site: StartSite, browser: Browser
) -> None:
    """A memory store dies with the process: the old id is not adopted, a fresh one is issued."""
    before = await start_site()
    await browser.post(f"{before.url}/cart/{SHIRT}")
    old_id = browser.cookie
    await before.stop()
    after = await start_site()
    answer = await browser.get(f"{after.url}/cart")
    assert answer.json() == {}
    assert browser.cookie is not None
    assert browser.cookie != old_id


@pytest.mark.parametrize("mode", ["cookie"])
async def test_cookie_mode_shares_the_session_with_the_js_sdk(
    start_site: StartSite, browser: Browser, emu: Emulator, client_id: str
) -> None:
    """Tokens a JS front end wrote into the cookie are used as they are, and written back alike."""
    async with wv.create_client(client_id, base_url=emu.base_url, clock=emu.now) as js_side:
        await js_side.current_cart.add([wv.line_item(SHIRT)])
        tokens = js_side.auth.get_tokens()
    assert tokens is not None
    from urllib.parse import quote

    browser.cookie = quote(tokens.to_json(), safe="-_.!~*'()")  # encodeURIComponent
    site = await start_site()
    emu.stats.reset()
    assert (await browser.get(f"{site.url}/cart")).json() == {SHIRT: 1}
    assert emu.stats.token_calls == 0
    emu.advance(FOUR_HOURS)
    renewed = await browser.get(f"{site.url}/cart")
    assert renewed.json() == {SHIRT: 1}
    assert browser.cookie is not None
    assert decode_tokens(browser.cookie).refresh_token == tokens.refresh_token


@pytest.mark.parametrize("mode", ["cookie"])
async def test_cookie_values_with_every_character_encodeuricomponent_keeps_are_read(
    start_site: StartSite, browser: Browser, debug_logs: pytest.LogCaptureFixture
) -> None:
    """Token values with ( ) ' ! * ~ survive the server's cookie parsing (no rejection, no reset)."""
    from wixvisitor._cookie import encode_tokens

    tokens = wv.Tokens(
        wv.AccessToken("a(b)c'd!e*f~g-h_i.j", 4102444800),
        wv.RefreshToken("r(x)'y!z*~", wv.TokenRole.VISITOR),
    )
    browser.cookie = encode_tokens(tokens)
    site = await start_site()
    answer = await browser.get(f"{site.url}/ping")
    assert (answer.status, answer.set_cookie) == (200, None)
    assert not [r for r in debug_logs.records if r.name == "wixvisitor.integrations"]
