"""Cross-process single flight and failover on a real Redis Cluster and through Sentinel."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
from _redis_topologies import SENTINEL_MASTER, RedisCluster6, RedisSentinelPair
from conftest import cluster_client_for
from test_cross_process_stores import KEY, PROCESSES, REQUESTS, renew_argv, run_workers

import wixvisitor as wv
from wixvisitor.emulator import Emulator
from wixvisitor.errors import StoreError
from wixvisitor.stores import RedisTokenStore

FAILOVER_DEADLINE = 60.0  # seconds a failover may take before the test gives up


async def _seed_expired(emu: Emulator, client_id: str, store: RedisTokenStore) -> wv.Tokens:
    async with wv.Visitors(client_id, store=store, base_url=emu.base_url, clock=emu.now) as app:
        tokens = await app.client(KEY).auth.generate_visitor_tokens()
    emu.advance(5 * 3600)
    emu.stats.reset()
    return tokens


@pytest.fixture(params=["redis_cluster", "redis_sentinel"])
async def shared_topology(request: pytest.FixtureRequest) -> AsyncIterator[tuple[str, Any, str]]:
    """The worker's --store kind, a client for the test, and the URL workers connect to."""
    if request.param == "redis_cluster":
        cluster: RedisCluster6 = request.getfixturevalue("cluster")
        client: Any = cluster_client_for(cluster.ports[0])
        yield request.param, client, f"redis://127.0.0.1:{cluster.ports[0]}"
        await client.aclose()
        return
    from redis.asyncio.sentinel import Sentinel

    pair: RedisSentinelPair = request.getfixturevalue("sentinel_pair")
    sentinel = Sentinel([("127.0.0.1", pair.sentinel)], socket_timeout=1)
    client = sentinel.master_for(SENTINEL_MASTER, socket_timeout=1)
    yield request.param, client, f"sentinel://127.0.0.1:{pair.sentinel}/{SENTINEL_MASTER}"
    await client.aclose()
    for connection in sentinel.sentinels:
        await connection.aclose()


async def test_four_processes_renew_once(
    emu: Emulator, client_id: str, tmp_path: Path, shared_topology: tuple[str, Any, str]
) -> None:
    """4 processes x 250 calls for one expired visitor on a cluster / through Sentinel: 1 refresh."""
    kind, client, url = shared_topology
    prefix = f"wixvisitor-test:{uuid.uuid4().hex}:"
    await _seed_expired(emu, client_id, RedisTokenStore(client, prefix=prefix))
    results = await run_workers(
        tmp_path, *renew_argv(emu, client_id), f"--store={kind}", f"--redis-url={url}",
        f"--prefix={prefix}",
    )  # fmt: skip
    assert [r["errors"] for r in results] == [[]] * PROCESSES
    assert sum(r["ok"] for r in results) == PROCESSES * REQUESTS
    assert len({r["access"] for r in results}) == 1
    assert (emu.stats.refresh, emu.stats.anonymous) == (1, 0)


async def _through_failover(
    store: RedisTokenStore, kill: Callable[[], None]
) -> tuple[wv.Tokens | None, list[BaseException]]:
    """Kill the node holding the session, then load until the store answers again."""
    kill()
    errors: list[BaseException] = []
    deadline = time.monotonic() + FAILOVER_DEADLINE
    while True:
        try:
            return await store.load(KEY), errors
        except Exception as exc:
            errors.append(exc)
            if time.monotonic() > deadline:
                pytest.fail(f"no failover after {FAILOVER_DEADLINE} s: {errors[-1]!r}")
            await asyncio.sleep(0.1)  # waits for the failover, not for a token to expire


async def _renews_once(emu: Emulator, client_id: str, store: RedisTokenStore) -> None:
    emu.advance(5 * 3600)
    emu.stats.reset()
    async with wv.Visitors(client_id, store=store, base_url=emu.base_url, clock=emu.now) as app:
        await asyncio.gather(*(app.client(KEY).auth.get_auth_headers() for _ in range(100)))
    assert (emu.stats.refresh, emu.stats.anonymous) == (1, 0)


@pytest.fixture
async def own_cluster() -> AsyncIterator[RedisCluster6]:
    """A cluster of this test's own: it loses a master."""
    topology = await asyncio.to_thread(lambda: RedisCluster6().start())
    yield topology
    topology.close()


async def test_a_cluster_master_dies_mid_run(
    emu: Emulator, client_id: str, own_cluster: RedisCluster6
) -> None:
    """Kill the master of the session's slot: only StoreError until a replica takes over, then the session is there and renews once."""
    from redis.asyncio.cluster import RedisCluster

    client = RedisCluster(
        host="127.0.0.1", port=own_cluster.ports[0], socket_timeout=1, socket_connect_timeout=1
    )
    try:
        store = RedisTokenStore(client, prefix="failover:").for_client(client_id)
        async with wv.Visitors(client_id, store=store, base_url=emu.base_url, clock=emu.now) as app:
            tokens = await app.client(KEY).auth.generate_visitor_tokens()
        master = own_cluster.master_of(store.redis_key(KEY))
        await asyncio.to_thread(own_cluster.replicate, master)
        started = time.monotonic()
        loaded, errors = await _through_failover(store, lambda: own_cluster.kill(master))
        assert loaded == tokens
        assert all(isinstance(error, StoreError) for error in errors), errors
        await _renews_once(emu, client_id, store)
        seconds = round(time.monotonic() - started, 2)
        print(
            f"\n[figures] cluster master killed: {len(errors)} StoreErrors, served after {seconds} s"
        )
    finally:
        await client.aclose()


@pytest.fixture
async def own_sentinel_pair() -> AsyncIterator[RedisSentinelPair]:
    """A Sentinel pair of this test's own: it loses its primary."""
    topology = await asyncio.to_thread(lambda: RedisSentinelPair().start())
    yield topology
    topology.close()


async def test_a_sentinel_primary_dies_mid_run(
    emu: Emulator, client_id: str, own_sentinel_pair: RedisSentinelPair
) -> None:
    """Kill the primary: only StoreError until Sentinel promotes the replica, then the session is there and renews once."""
    from redis.asyncio.sentinel import Sentinel

    sentinel = Sentinel([("127.0.0.1", own_sentinel_pair.sentinel)], socket_timeout=1)
    client = sentinel.master_for(SENTINEL_MASTER, socket_timeout=1, socket_connect_timeout=1)
    try:
        store = RedisTokenStore(client, prefix="failover:").for_client(client_id)
        async with wv.Visitors(client_id, store=store, base_url=emu.base_url, clock=emu.now) as app:
            tokens = await app.client(KEY).auth.generate_visitor_tokens()
        primary = own_sentinel_pair.current_primary()
        await asyncio.to_thread(own_sentinel_pair.replicate)
        started = time.monotonic()
        loaded, errors = await _through_failover(store, lambda: own_sentinel_pair.kill(primary))
        assert loaded == tokens
        assert all(isinstance(error, StoreError) for error in errors), errors
        assert own_sentinel_pair.current_primary() == own_sentinel_pair.replica
        await _renews_once(emu, client_id, store)
        seconds = round(time.monotonic() - started, 2)
        print(
            f"\n[figures] sentinel primary killed: {len(errors)} StoreErrors, served after {seconds} s"
        )
    finally:
        await client.aclose()
        for connection in sentinel.sentinels:
            await connection.aclose()
