"""Concurrent loads share Redis round trips (``wixvisitor.stores._redis_reads``).

The first load goes out at once as a GET; the loads that come while it is on the wire
share the next round trip.

Counted with ``INFO commandstats`` on a private redis-server that nothing else uses.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
import redis.asyncio
from _redis_counts import commands, spent

from wixvisitor import AccessToken, RefreshToken, Tokens
from wixvisitor.errors import StoreError
from wixvisitor.stores import RedisTokenStore


def _tokens(n: int) -> Tokens:
    return Tokens(AccessToken(f"access-{n}", 2_000_000_000), RefreshToken(f"refresh-{n}"))


@pytest.fixture
async def counted(private_redis: Any) -> AsyncIterator[Any]:
    client = redis.asyncio.Redis.from_url(private_redis.url)
    yield client
    await client.aclose()


async def test_concurrent_loads_of_many_sessions_are_a_get_then_one_mget(counted: Any) -> None:
    store = RedisTokenStore(counted, legacy_keys=False).for_client("shop")
    for n in range(50):
        await store.save(f"visitor-{n}", _tokens(n))
    before = await commands(counted)
    loaded = await asyncio.gather(*(store.load(f"visitor-{n}") for n in range(50)))
    assert loaded == [_tokens(n) for n in range(50)]
    assert await spent(counted, before) == {"get": 1, "mget": 1}


async def test_concurrent_loads_of_one_session_are_two_gets(counted: Any) -> None:
    store = RedisTokenStore(counted)
    await store.save("visitor", _tokens(1))
    before = await commands(counted)
    loaded = await asyncio.gather(*(store.load("visitor") for _ in range(100)))
    assert loaded == [_tokens(1)] * 100
    assert await spent(counted, before) == {"get": 2}  # the first, then the other 99


async def test_a_load_alone_is_one_get_and_misses_are_none(counted: Any) -> None:
    store = RedisTokenStore(counted, legacy_keys=False).for_client("shop")
    await store.save("known", _tokens(1))
    before = await commands(counted)
    assert await store.load("known") == _tokens(1)
    assert await spent(counted, before) == {"get": 1}
    loaded = await asyncio.gather(store.load("known"), store.load("unknown"), store.load("x"))
    assert loaded == [_tokens(1), None, None]


async def test_sliding_loads_go_out_as_getex_then_one_pipeline(counted: Any) -> None:
    store = RedisTokenStore(counted, ttl=100, slide_on_load=True)
    for n in range(10):
        await store.save(f"visitor-{n}", _tokens(n))
    await counted.expire(store.redis_key("visitor-3"), 5)
    before = await commands(counted)
    loaded = await asyncio.gather(*(store.load(f"visitor-{n}") for n in range(10)))
    assert loaded == [_tokens(n) for n in range(10)]
    assert await spent(counted, before) == {"getex": 10}
    assert await counted.ttl(store.redis_key("visitor-3")) > 5  # the TTL slid


async def test_a_load_sees_every_save_that_finished_before_it(counted: Any) -> None:
    """A load joins only a batch not yet sent: never an answer older than its caller."""
    store = RedisTokenStore(counted)
    await store.save("visitor", _tokens(1))

    async def save_then_load(n: int) -> Tokens | None:
        await store.save("visitor", _tokens(n))
        return await store.load("visitor")

    # Loads racing saves: each load answers its own save or a later one, never older.
    for n in range(2, 40):
        other = asyncio.ensure_future(store.load("visitor"))
        seen = await save_then_load(n)
        assert seen is not None and int(seen.refresh_token.value.split("-")[1]) >= n
        await other


async def test_a_cancelled_reader_leaves_the_batch_to_the_others(counted: Any) -> None:
    store = RedisTokenStore(counted)
    await store.save("visitor", _tokens(1))
    readers = [asyncio.ensure_future(store.load("visitor")) for _ in range(10)]
    await asyncio.sleep(0)  # the first is on the wire, the others wait for the next batch
    for reader in readers[1:6]:
        reader.cancel()
    results = await asyncio.gather(*readers, return_exceptions=True)
    assert all(isinstance(r, asyncio.CancelledError) for r in results[1:6])
    assert [results[0], *results[6:]] == [_tokens(1)] * 5
    # And a reader cancelled while its own GET is on the wire leaves the queue to a task.
    first = asyncio.ensure_future(store.load("visitor"))
    await asyncio.sleep(0)
    queued = [asyncio.ensure_future(store.load("visitor")) for _ in range(3)]
    first.cancel()
    assert await asyncio.gather(*queued) == [_tokens(1)] * 3
    assert await store.load("visitor") == _tokens(1)


async def test_a_failed_batch_is_a_store_error_for_every_reader(private_redis: Any) -> None:
    client = redis.asyncio.Redis.from_url(private_redis.url, socket_timeout=1)
    try:
        store = RedisTokenStore(client)
        await store.save("secret-id-1", _tokens(1))
        private_redis.kill()
        results = await asyncio.gather(
            *(store.load(f"secret-id-{n}") for n in range(20)), return_exceptions=True
        )
        assert all(isinstance(r, StoreError) for r in results)
        assert all("secret-id" not in str(r) for r in results)  # session ids are secrets
    finally:
        await client.aclose()


async def test_concurrent_loads_of_a_0_1_session_all_find_it_and_move_it_once(
    counted: Any,
) -> None:
    """A 0.1 key (no client id in it) read by 30 concurrent loads: every load gets it."""
    unbound = RedisTokenStore(counted)
    await unbound.save("old-visitor", _tokens(7))
    bound = unbound.for_client("shop")
    before = await commands(counted)
    loaded = await asyncio.gather(*(bound.load("old-visitor") for _ in range(30)))
    assert loaded == [_tokens(7)] * 30
    assert await counted.exists(unbound.redis_key("old-visitor")) == 0
    assert await bound.load("old-visitor") == _tokens(7)
    ran = await spent(counted, before)
    assert ran["get"] >= 2 and ran.get("evalsha", 0) + ran.get("eval", 0) >= 1


async def test_concurrent_misses_of_one_key_share_one_script(counted: Any) -> None:
    store = RedisTokenStore(counted).for_client("shop")
    assert await store.load("warm-up") is None  # loads the script, opens a connection
    before = await commands(counted)
    loaded = await asyncio.gather(*(store.load("new-visitor") for _ in range(30)))
    assert loaded == [None] * 30
    ran = await spent(counted, before)
    assert ran.get("evalsha", 0) <= 2 and ran["get"] <= 4  # 2 reads, 2 in the script
