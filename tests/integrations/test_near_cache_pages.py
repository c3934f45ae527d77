"""Server mode with the store's near-cache: a returning visitor's pages send Redis nothing."""

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
async def test_a_returning_visitors_pages_read_the_session_from_the_near_cache(
    start_site: StartSite, browser: Browser, counted_redis: Any, emu: Emulator
) -> None:
    """After one GET, five cart pages of a returning visitor cost 0 Redis commands."""
    store = RedisTokenStore(counted_redis, near_cache=True)
    cache = store.near_cache
    assert cache is not None
    try:
        site = await start_site(store=store)
        await browser.post(f"{site.url}/cart/{PRODUCT_IDS[0]}")  # a session with a cart
        await cache.wait_live()
        assert await cache.sync()  # (the first visit's save, invalidated)
        await browser.get(f"{site.url}/cart")  # read once into the cache
        before = await commands(counted_redis)
        for _ in range(5):
            answer = await browser.get(f"{site.url}/cart")
            assert answer.json() == {PRODUCT_IDS[0]: 1} and answer.set_cookie is None
        ran = await spent(counted_redis, before)
        ran.pop("ping", None)  # the invalidation connection's health check
        assert ran == {}
        assert emu.stats.token_calls == 1  # the first visit's anonymous session only
    finally:
        await store.aclose()
