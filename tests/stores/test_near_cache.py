"""The near-cache of ``RedisTokenStore(near_cache=True)``: hits cost no Redis command, every
change from anywhere drops the entry, and a lost invalidation connection means plain reads.

Commands are counted with ``INFO commandstats`` on a private redis-server. The cache's
health check may ``PING`` its own connection during a test: that is not a load, so the
counts leave it out.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import redis.asyncio
from _redis_counts import commands, spent
from redis.asyncio.cluster import RedisCluster

import wixvisitor as wv
from wixvisitor import AccessToken, RefreshToken, Tokens
from wixvisitor._cookie import new_session_id
from wixvisitor.emulator import Emulator
from wixvisitor.stores import RedisTokenStore
from wixvisitor.stores._near_cache import NearCache

WORKER = Path(__file__).with_name("near_cache_worker.py")


def _tokens(n: int) -> Tokens:
    return Tokens(AccessToken(f"access-{n}", 2_000_000_000), RefreshToken(f"refresh-{n}"))


async def _loads_spent(client: Any, before: dict[str, int]) -> dict[str, int]:
    ran = await spent(client, before)
    ran.pop("ping", None)  # the invalidation connection's health check, not a load
    return ran


async def _until(condition: Any) -> None:
    """Wait (yielding to the loop) until ``condition()`` holds; a hang fails the test."""
    async with asyncio.timeout(30):
        while not condition():
            await asyncio.sleep(0.005)


@pytest.fixture
async def counted(private_redis: Any) -> AsyncIterator[Any]:
    """A client of a private redis-server whose command counts nothing else disturbs."""
    client = redis.asyncio.Redis.from_url(private_redis.url)
    yield client
    await client.aclose()


@pytest.fixture
async def near(counted: Any) -> AsyncIterator[RedisTokenStore]:
    """A near-cached store on the private server, its invalidations confirmed."""
    store = RedisTokenStore(counted, near_cache=True, legacy_keys=False).for_client("shop")
    assert store.near_cache is not None
    await store.near_cache.wait_live()
    yield store
    await store.aclose()


def _cache(store: RedisTokenStore) -> NearCache:
    assert store.near_cache is not None
    return store.near_cache


async def test_hits_make_no_redis_command(near: RedisTokenStore, counted: Any) -> None:
    """After one GET, 100 loads of a session (and of an unknown one) send nothing to Redis."""
    await near.save("visitor", _tokens(1))
    assert await _cache(near).sync()  # the save's own invalidation, applied
    before = await commands(counted)
    assert await near.load("visitor") == _tokens(1)
    assert await near.load("nobody") is None
    assert await _loads_spent(counted, before) == {"get": 2}
    before = await commands(counted)
    for _ in range(100):
        assert await near.load("visitor") == _tokens(1)
        assert await near.load("nobody") is None
    assert await _loads_spent(counted, before) == {}


async def test_load_nowait_answers_only_what_the_cache_knows(
    near: RedisTokenStore, counted: Any, private_redis: Any
) -> None:
    """``load_nowait``: tokens or ``None`` from the cache, ``False`` where only Redis can tell."""
    await near.save("visitor", _tokens(1))
    assert await _cache(near).sync()
    assert near.load_nowait("visitor") is False  # dropped by the save: not known here
    assert near.load_nowait("nobody") is False
    before = await commands(counted)
    assert await near.load("visitor") == _tokens(1)
    assert await near.load("nobody") is None
    for _ in range(10):
        assert near.load_nowait("visitor") == _tokens(1)
        assert near.load_nowait("nobody") is None
    assert await _loads_spent(counted, before) == {"get": 2}  # the two loads only
    other = redis.asyncio.Redis.from_url(private_redis.url)
    try:  # a change elsewhere: not answered from memory again until a load reads it
        await other.set(near.redis_key("visitor"), _tokens(2).to_json())
        assert await _cache(near).sync()
        assert near.load_nowait("visitor") is False
        assert await near.load("visitor") == _tokens(2)
        assert near.load_nowait("visitor") == _tokens(2)
    finally:
        await other.aclose()
    plain = RedisTokenStore(counted, legacy_keys=False).for_client("shop")
    assert plain.load_nowait("visitor") is False  # no near-cache: never from memory


async def test_a_client_reads_its_session_from_the_cache_with_no_round_trip(
    near: RedisTokenStore, counted: Any
) -> None:
    """A new client of a cached session adopts it with no Redis command."""
    await near.save("visitor", _tokens(1))
    assert await _cache(near).sync()  # the save's own invalidation, applied before the fill
    assert await near.load("visitor") == _tokens(1)
    visitors = wv.Visitors("shop", store=near, base_url="http://127.0.0.1:9")
    before = await commands(counted)
    client = visitors.client("visitor")
    assert client.auth._read_nowait() == _tokens(1)
    assert client.auth.get_tokens() == _tokens(1)
    assert await client.auth.get_auth_headers() == {"Authorization": "access-1"}
    assert await _loads_spent(counted, before) == {}
    await visitors.aclose()


async def test_another_clients_write_and_delete_invalidate(
    near: RedisTokenStore, counted: Any, private_redis: Any
) -> None:
    """A write or delete by another client is seen once its invalidation is applied."""
    other = redis.asyncio.Redis.from_url(private_redis.url)
    elsewhere = RedisTokenStore(other, legacy_keys=False).for_client("shop")
    try:
        await elsewhere.save("visitor", _tokens(1))
        assert await near.load("visitor") == _tokens(1)
        await elsewhere.save("visitor", _tokens(2))
        assert await _cache(near).sync()
        assert await near.load("visitor") == _tokens(2)
        await elsewhere.delete("visitor")
        assert await _cache(near).sync()
        assert await near.load("visitor") is None
        await other.set(near.redis_key("visitor"), _tokens(3).to_json())  # not even a store
        assert await _cache(near).sync()
        assert await near.load("visitor") == _tokens(3)
    finally:
        await other.aclose()


async def test_own_writes_are_read_back_at_once(near: RedisTokenStore) -> None:
    """Save, save_if and delete in this process are seen by its next load, no waiting."""
    await near.save("visitor", _tokens(1))
    assert await near.load("visitor") == _tokens(1)
    await near.save("visitor", _tokens(2))
    assert await near.load("visitor") == _tokens(2)
    assert await near.save_if("visitor", _tokens(3), _tokens(2))
    assert await near.load("visitor") == _tokens(3)
    await near.delete("visitor")
    assert await near.load("visitor") is None


async def test_a_load_under_the_lock_reads_redis(near: RedisTokenStore, private_redis: Any) -> None:
    """Holding the lock, a load sees a save made elsewhere even before its invalidation."""
    await near.save("visitor", _tokens(1))
    assert await near.load("visitor") == _tokens(1)
    other = redis.asyncio.Redis.from_url(private_redis.url)
    try:
        await other.set(near.redis_key("visitor"), _tokens(2).to_json())
        async with near.lock("visitor"):
            assert await near.load("visitor") == _tokens(2)
    finally:
        await other.aclose()


async def test_the_cache_keeps_the_most_recently_used_sessions(counted: Any) -> None:
    """near_cache_size bounds the cache; the least recently used session leaves first."""
    store = RedisTokenStore(counted, near_cache=True, near_cache_size=3)
    cache = _cache(store)
    try:
        await cache.wait_live()
        for n in range(4):
            await store.save(f"v{n}", _tokens(n))
        assert await cache.sync()  # (the saves' own invalidations, applied)
        for n in range(4):
            await store.load(f"v{n}")
        assert len(cache) == 3
        before = await commands(counted)
        assert await store.load("v0") == _tokens(0)  # evicted: read again
        assert await _loads_spent(counted, before) == {"get": 1}
    finally:
        await store.aclose()


async def test_a_killed_invalidation_connection_means_plain_reads_then_recovery(
    near: RedisTokenStore, counted: Any
) -> None:
    """CLIENT KILL: loads go to Redis (and see writes) until the cache is back, cleared."""
    cache = _cache(near)
    await near.save("visitor", _tokens(1))
    assert await near.load("visitor") == _tokens(1)
    listed = [c for c in await counted.client_list() if c["name"] == "wixvisitor-near-cache"]
    assert len(listed) == 1
    await counted.client_kill_filter(_id=listed[0]["id"])
    await _until(lambda: not cache.live)
    await counted.set(near.redis_key("visitor"), _tokens(2).to_json())  # unseen by the cache
    before = await commands(counted)
    assert await near.load("visitor") == _tokens(2)
    assert await near.load("visitor") == _tokens(2)
    assert await _loads_spent(counted, before) == {"get": 2}
    await cache.wait_live()
    assert cache.connections == 2
    await counted.set(near.redis_key("visitor"), _tokens(3).to_json())
    assert await cache.sync()
    before = await commands(counted)
    assert await near.load("visitor") == _tokens(3)
    assert await near.load("visitor") == _tokens(3)
    assert await _loads_spent(counted, before) == {"get": 1}


async def test_a_flushed_database_empties_the_cache(near: RedisTokenStore, counted: Any) -> None:
    """FLUSHDB (an invalidation naming no key) drops every session held."""
    await near.save("visitor", _tokens(1))
    assert await near.load("visitor") == _tokens(1)
    await counted.flushdb()
    assert await _cache(near).sync()
    assert len(_cache(near)) == 0
    assert await near.load("visitor") is None


async def test_sliding_loads_restart_the_ttl_without_a_write_per_load(counted: Any) -> None:
    """slide_on_load with the cache: the TTL still restarts, and hits stay free of writes."""
    store = RedisTokenStore(counted, ttl=100, slide_on_load=True, near_cache=True)
    cache = _cache(store)
    try:
        await cache.wait_live()
        await store.save("visitor", _tokens(1))
        await counted.expire(store.redis_key("visitor"), 5)
        assert await store.load("visitor") == _tokens(1)
        async with asyncio.timeout(30):  # the slide goes out in the background
            while await counted.ttl(store.redis_key("visitor")) <= 5:
                await asyncio.sleep(0.005)
        assert await cache.sync()
        await store.load("visitor")  # the slide invalidated the entry: one more GET
        before = await commands(counted)
        for _ in range(50):
            assert await store.load("visitor") == _tokens(1)
        assert await _loads_spent(counted, before) == {}
    finally:
        await store.aclose()


async def test_a_cluster_client_is_refused() -> None:
    """near_cache on Redis Cluster is a clear ValueError, not a silently stale cache."""
    cluster = RedisCluster(host="127.0.0.1", port=9)  # never connected
    with pytest.raises(ValueError, match="not a cluster"):
        RedisTokenStore(cluster, near_cache=True)
    await cluster.aclose()


async def test_process_b_never_serves_a_session_after_its_logout_arrives(
    emu: Emulator, client_id: str, redis_url: str, redis_client: Any, redis_prefix: str,
    tmp_path: Path,
) -> None:  # fmt: skip
    """A member logs out in this process while process B serves requests from its cache."""
    session_id = new_session_id()
    store = RedisTokenStore(redis_client, prefix=redis_prefix, near_cache=True)
    ready, stop = tmp_path / "ready", tmp_path / "stop"
    try:
        async with wv.Visitors(client_id, store=store, base_url=emu.base_url) as app:
            auth = app.client(session_id).auth
            assert (await auth.login_member(
                "ada@example.com", "lovelace-1815", redirect_uri="https://shop.example/cb"
            )).succeeded  # fmt: skip
            worker = await asyncio.create_subprocess_exec(
                sys.executable, str(WORKER), f"--redis-url={redis_url}",
                f"--prefix={redis_prefix}", f"--client-id={client_id}",
                f"--session-id={session_id}", f"--ready={ready}", f"--stop={stop}",
                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            )  # fmt: skip
            try:
                await _until(lambda: ready.exists() or worker.returncode is not None)
                await app.client(session_id).auth.logout("https://shop.example/")
                stop.touch()
                async with asyncio.timeout(60):
                    out, err = await worker.communicate()
            finally:
                if worker.returncode is None:
                    worker.kill()
                    await worker.wait()
    finally:
        await store.aclose()
    assert worker.returncode == 0, err.decode()
    counts = json.loads(out)
    assert counts["first_is_member"] == 1
    assert counts["member_before"] >= 1
    assert counts["invalidations"] >= 1 and counts["live"] == 1
    assert counts["member_after"] == 0  # never the old session once its invalidation came
    assert counts["visitor_after"] >= 1
