"""Server mode pays only when used: no store round trip for pages that never use the visitor."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
import redis.asyncio
from _redis_counts import commands, spent
from conftest import PRODUCT_IDS, Browser, StartSite

from wixvisitor.emulator import Emulator
from wixvisitor.stores import RedisTokenStore


@pytest.fixture
async def counted_redis(private_redis: Any) -> AsyncIterator[Any]:
    """A client of a private redis-server, whose commands nothing else sends."""
    client = redis.asyncio.Redis.from_url(private_redis.url)
    yield client
    await client.aclose()


@pytest.mark.parametrize("mode", ["server"])
async def test_pages_pay_for_the_session_only_when_they_use_it(
    start_site: StartSite, browser: Browser, counted_redis: Any, emu: Emulator
) -> None:
    """A page not using the visitor: 0 Redis commands; a returning visitor's call: one GET, no write."""
    site = await start_site(store=RedisTokenStore(counted_redis))
    await browser.post(f"{site.url}/cart/{PRODUCT_IDS[0]}")  # a session with a cart
    assert browser.cookie is not None

    before = await commands(counted_redis)
    answer = await browser.get(f"{site.url}/ping")
    assert answer.status == 200 and answer.set_cookie is None
    assert await spent(counted_redis, before) == {}

    before = await commands(counted_redis)
    answer = await browser.get(f"{site.url}/cart")
    assert answer.json() == {PRODUCT_IDS[0]: 1} and answer.set_cookie is None
    assert await spent(counted_redis, before) == {"get": 1}
    assert emu.stats.token_calls == 1  # the first visit's anonymous session, nothing since
