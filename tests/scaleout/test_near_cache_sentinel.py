"""The near-cache through Sentinel: its invalidation connection follows ``master_for``."""

from __future__ import annotations

import uuid
from typing import Any

from wixvisitor import AccessToken, RefreshToken, Tokens
from wixvisitor.stores import RedisTokenStore


def _tokens(n: int) -> Tokens:
    return Tokens(AccessToken(f"access-{n}", 2_000_000_000), RefreshToken(f"refresh-{n}"))


async def test_a_near_cache_through_sentinel_is_invalidated_by_another_store(
    sentinel_client: Any,
) -> None:
    """Through Sentinel the cache goes live, and another store's write reaches it."""
    prefix = f"wixvisitor-test:{uuid.uuid4().hex}:"
    near = RedisTokenStore(sentinel_client, prefix=prefix, near_cache=True)
    plain = RedisTokenStore(sentinel_client, prefix=prefix)
    cache = near.near_cache
    assert cache is not None
    try:
        await cache.wait_live()
        await plain.save("visitor", _tokens(1))
        assert await near.load("visitor") == _tokens(1)
        await plain.save("visitor", _tokens(2))
        assert await cache.sync()
        assert await near.load("visitor") == _tokens(2)
        await plain.delete("visitor")
        assert await cache.sync()
        assert await near.load("visitor") is None
    finally:
        await near.aclose()
