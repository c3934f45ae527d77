"""Malformed, tampered, oversized and unknown cookies start a fresh session: never a 500."""

from __future__ import annotations

import json
import logging
import random
from urllib.parse import quote

import pytest
from conftest import PRODUCT_IDS, Browser, StartSite

from wixvisitor._cookie import new_session_id
from wixvisitor.emulator import Emulator


def js_encode(text: str) -> str:
    """What encodeURIComponent makes of ``text``."""
    return quote(text, safe="-_.!~*'()")


def random_header_bytes(seed: int, size: int = 200) -> str:
    """Random octets a client can put in a header value (no CR, LF, NUL or cookie separator)."""
    rng = random.Random(seed)
    allowed = [b for b in range(0x20, 0x100) if b not in (0x7F, ord(";"))]
    return bytes(rng.choice(allowed) for _ in range(size)).decode("latin-1")


FORGED_TOKENS = json.dumps(
    {
        "accessToken": {"value": "OauthNG.JWS.forged-access", "expiresAt": 4102444800},
        "refreshToken": {"value": "OauthNG.JWS.forged-refresh", "role": "member"},
    }
)

BAD_COOKIES = {
    "random bytes": random_header_bytes(1),
    "random bytes, printable": "".join(
        random.Random(2).choices("!#$%&'()*+-./:<=>?@[]^_`{|}~", k=300)
    ),
    "json object of the wrong shape": js_encode('{"foo": 1}'),
    "json array": js_encode("[1, 2, 3]"),
    "json string": js_encode('"just a string"'),
    "json null": js_encode("null"),
    "deeply nested json": js_encode("[" * 3000 + "]" * 3000),
    "tokens with wrong types": js_encode('{"accessToken": "x", "refreshToken": {"value": 7}}'),
    "tokens with an empty refresh token": js_encode(
        '{"accessToken": {"value": "a", "expiresAt": 1}, "refreshToken": {"value": ""}}'
    ),
    "bad percent-encoding": "%7B%22%FF%FE%22%7D",
    "10 KB value": "a" * 10 * 1024,
    "10 KB tokens json": js_encode(
        json.dumps(
            {
                "accessToken": {"value": "x" * 10 * 1024, "expiresAt": 1},
                "refreshToken": {"value": "r"},
            }
        )
    ),
    "unknown session id": new_session_id(),
    "forged tokens": js_encode(FORGED_TOKENS),
}


@pytest.mark.parametrize("cookie", list(BAD_COOKIES.values()), ids=list(BAD_COOKIES))
async def test_a_bad_cookie_gets_a_fresh_session_and_a_log_record_without_its_value(
    start_site: StartSite,
    browser: Browser,
    emu: Emulator,
    debug_logs: pytest.LogCaptureFixture,
    cookie: str,
) -> None:
    """Whatever the cookie holds, the visitor gets 200, an empty cart and a new cookie."""
    site = await start_site()
    browser.cookie = cookie
    answer = await browser.post(f"{site.url}/cart/{PRODUCT_IDS[0]}")
    assert answer.status == 200
    assert answer.json() == {PRODUCT_IDS[0]: 1}  # a cart of its own, nobody else's
    assert answer.set_cookie is not None
    assert browser.cookie not in (None, cookie)
    assert emu.stats.anonymous == 1

    records = [
        r
        for r in debug_logs.records
        if r.name.startswith("wixvisitor") and r.levelno >= logging.INFO
    ]
    assert records, "rejecting a cookie must leave a log record"
    logged = "\n".join(r.getMessage() + repr(r.args) for r in debug_logs.records)
    assert cookie[:40] not in logged
    assert "forged-access" not in logged
    assert "forged-refresh" not in logged

    emu.stats.reset()
    assert (await browser.get(f"{site.url}/cart")).json() == {PRODUCT_IDS[0]: 1}
    assert emu.stats.token_calls == 0


async def test_a_bad_cookie_on_a_page_that_never_uses_the_session(
    start_site: StartSite, browser: Browser, emu: Emulator, mode: str
) -> None:
    """Server mode clears a rejected cookie at once; cookie mode reads it only when a handler uses the session, then replaces it."""
    site = await start_site()
    bad = js_encode('{"foo": 1}')
    browser.cookie = bad
    answer = await browser.get(f"{site.url}/ping")
    assert answer.status == 200
    if mode == "server":
        assert answer.set_cookie is not None
        assert "Max-Age=0" in answer.set_cookie
        assert browser.cookie is None
    else:  # lazy: a page that does not call Wix decodes and writes nothing
        assert answer.set_cookie is None
        assert browser.cookie == bad
        answer = await browser.get(f"{site.url}/cart")
        assert answer.status == 200
        assert browser.cookie is not None
        assert browser.cookie != bad
        assert emu.stats.anonymous == 1
    assert emu.stats.refresh == 0


@pytest.mark.parametrize("mode", ["server"])
async def test_a_session_id_the_store_does_not_know_is_never_adopted(
    start_site: StartSite, browser: Browser
) -> None:
    """No session fixation: an attacker's well-formed id is replaced by one the server issues."""
    site = await start_site()
    planted = new_session_id()
    browser.cookie = planted
    await browser.post(f"{site.url}/cart/{PRODUCT_IDS[0]}")
    assert browser.cookie is not None
    assert browser.cookie != planted
    assert await site.visitors.store.load(planted) is None
    assert await site.visitors.store.load(browser.cookie) is not None
