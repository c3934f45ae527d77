"""Server-side sessions in a real Redis: they outlive the server and are shared by a fleet."""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp
import pytest
from conftest import PRODUCT_IDS, Browser, StartSite

from wixvisitor.emulator import Emulator
from wixvisitor.stores import RedisTokenStore

SHIRT = PRODUCT_IDS[0]
FOUR_HOURS = 4 * 3600

pytestmark = pytest.mark.parametrize("mode", ["server"])


async def test_the_cart_survives_a_server_restart(
    start_site: StartSite, browser: Browser, emu: Emulator, redis_client: Any, redis_prefix: str
) -> None:
    """A new server process over the same Redis resumes the visitor, with no token call."""
    before = await start_site(store=RedisTokenStore(redis_client, prefix=redis_prefix))
    await browser.post(f"{before.url}/cart/{SHIRT}?quantity=3")
    session_id = browser.cookie
    await before.stop()

    emu.stats.reset()
    after = await start_site(store=RedisTokenStore(redis_client, prefix=redis_prefix))
    answer = await browser.get(f"{after.url}/cart")
    assert answer.json() == {SHIRT: 3}
    assert emu.stats.token_calls == 0
    assert (answer.set_cookie, browser.cookie) == (None, session_id)


async def test_the_cookie_holds_only_the_session_id_and_redis_the_tokens(
    start_site: StartSite, browser: Browser, redis_client: Any, redis_prefix: str, client_id: str
) -> None:
    """In server-side mode no token value ever reaches the browser."""
    store = RedisTokenStore(redis_client, prefix=redis_prefix)
    site = await start_site(store=store)
    await browser.post(f"{site.url}/cart/{SHIRT}")
    assert browser.cookie is not None
    tokens = await store.for_client(client_id).load(browser.cookie)
    assert tokens is not None
    assert tokens.access_token.value not in browser.cookie
    assert tokens.refresh_token.value not in browser.cookie


async def test_two_servers_sharing_redis_renew_an_expired_session_once(
    start_site: StartSite,
    http: aiohttp.ClientSession,
    emu: Emulator,
    redis_client: Any,
    redis_prefix: str,
) -> None:
    """100 concurrent requests of one visitor, spread over two servers, make exactly one refresh."""
    first = await start_site(store=RedisTokenStore(redis_client, prefix=redis_prefix))
    second = await start_site(store=RedisTokenStore(redis_client, prefix=redis_prefix))
    visitor = Browser(http)
    await visitor.post(f"{first.url}/cart/{SHIRT}")
    emu.advance(FOUR_HOURS)
    emu.stats.reset()

    tabs = [Browser(http) for _ in range(100)]
    for tab in tabs:
        tab.cookie = visitor.cookie
    answers = await asyncio.gather(
        *(tab.get(f"{(first, second)[n % 2].url}/cart") for n, tab in enumerate(tabs))
    )
    print(f"two servers over Redis: {emu.stats.refresh} refresh call(s)")
    assert (emu.stats.refresh, emu.stats.anonymous) == (1, 0)
    assert all(answer.json() == {SHIRT: 1} for answer in answers)
