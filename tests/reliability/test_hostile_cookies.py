"""Scenario 9: tampered, revoked, unknown, oversized and random cookies: a fresh session, never a 500."""

from __future__ import annotations

import random
from typing import Any
from urllib.parse import quote

import aiohttp
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import wixvisitor as wv
from wixvisitor._cookie import decode_tokens, new_session_id
from wixvisitor.emulator import PRODUCTS, Emulator
from wixvisitor.stores import MemoryTokenStore

from ._support import FAST_RETRY
from ._webapp import serve_shop

PRODUCT = PRODUCTS[1].id
# What a client can put in a cookie header value: visible ASCII and space, no ';'.
COOKIE_TEXT = st.text(
    alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E, blacklist_characters=";"),
    max_size=300,
)
JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(["accessToken", "refreshToken", "value", "expiresAt", "role", "x"]),
            children,
            max_size=4,
        )
    ),
    max_leaves=12,
)


def _generated(examples: int) -> list[str]:
    """Cookie values from hypothesis: random text and URL-encoded JSON near the tokens shape."""
    values: list[str] = []

    @settings(
        max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck)
    )
    @given(COOKIE_TEXT | JSONISH.map(lambda doc: quote(repr(doc).replace("'", '"'), safe="")))
    def collect(value: str) -> None:
        values.append(value.strip())

    collect()
    return [value for value in values if value]


class Browser:
    """Sends one chosen cookie and reads what the site answers."""

    def __init__(self, http: aiohttp.ClientSession, url: str) -> None:
        self.http = http
        self.url = url
        self.statuses: dict[int, int] = {}

    async def call(self, method: str, path: str, cookie: str | None) -> tuple[int, Any, str | None]:
        """(status, JSON body, the new wixSession cookie value or None)."""
        headers = {"Cookie": f"wixSession={cookie}"} if cookie is not None else {}
        async with self.http.request(method, self.url + path, headers=headers) as response:
            self.statuses[response.status] = self.statuses.get(response.status, 0) + 1
            body = await response.json() if response.status == 200 else await response.text()
            morsel = response.cookies.get("wixSession")
            return response.status, body, morsel.value if morsel is not None else None


@pytest.mark.parametrize("mode", ["cookie", "server"])
@pytest.mark.parametrize("framework", ["aiohttp", "fastapi"])
async def test_hostile_cookies_get_a_fresh_session_never_a_500(
    emu: Emulator, client_id: str, framework: str, mode: str, figures: Any
) -> None:
    """Random, tampered, oversized, unknown and revoked cookies: 200 and a cart of one's own."""
    store = MemoryTokenStore()
    resets: list[wv.SessionReset] = []
    visitors = wv.Visitors(
        client_id,
        store=store,
        base_url=emu.base_url,
        retry=FAST_RETRY,
        clock=emu.now,
        on_session_reset=resets.append,
    )
    http = aiohttp.ClientSession(cookie_jar=aiohttp.DummyCookieJar())
    rng = random.Random(9)
    fresh = adopted = 0
    async with visitors, serve_shop(framework, visitors, mode) as url, http:
        browser = Browser(http, url)

        async def expect_fresh(cookie: str) -> None:
            nonlocal fresh, adopted
            status, body, new_cookie = await browser.call("POST", f"/cart/{PRODUCT}", cookie)
            assert status == 200, body
            assert body == {PRODUCT: 1}  # a cart of its own, nobody else's
            assert new_cookie not in (None, cookie)
            if mode == "server":
                adopted += await store.load(cookie) is not None
            fresh += 1

        # A real visitor with a cart, whose cookie the attacks start from.
        status, body, cookie = await browser.call("POST", f"/cart/{PRODUCT}?quantity=7", None)
        assert status == 200 and cookie is not None
        victim = cookie

        for value in _generated(60):
            await expect_fresh(value)
        for _ in range(30):  # one character changed somewhere
            position = rng.randrange(len(victim))
            tampered = victim[:position] + rng.choice("AZaz09-_%") + victim[position + 1 :]
            if tampered == victim:
                continue
            status, body, _ = await browser.call("GET", "/cart", tampered)
            assert status == 200, body
            # Either rejected (a fresh, empty cart) or the same visitor (only the access
            # token was changed, Wix refused it, the refresh token renewed it): never another's.
            assert body in ({}, {PRODUCT: 7})
        for size in (4097, 8192, 30000):
            await expect_fresh((victim * (size // len(victim) + 1))[:size])
        if mode == "server":
            for _ in range(20):  # well-formed ids nobody issued: never adopted
                await expect_fresh(new_session_id())
        # Replay after revocation: the victim's refresh token dies; the cookie is replayed.
        tokens = decode_tokens(victim) if mode == "cookie" else await store.load(victim)
        assert tokens is not None
        emu.revoke(tokens.refresh_token.value)
        emu.advance(14400 + 120)
        status, body, replaced = await browser.call("GET", "/cart", victim)
        assert status == 200 and body == {}  # a fresh visitor: the old cart is not reachable
        assert replaced is not None and resets
    assert 500 not in browser.statuses and adopted == 0
    figures(
        f"9 hostile cookies ({framework}, {mode} mode)",
        requests=sum(browser.statuses.values()),
        statuses=browser.statuses,
        fresh_sessions=fresh,
        unknown_ids_adopted=adopted,
        server_errors=0,
        resets_after_revocation=len(resets),
    )
