"""A real Redis Cluster (3 masters + 3 replicas) and a Sentinel-managed primary/replica pair.

Started once per test session from the installed ``redis-server``/``redis-cli`` on free
loopback ports; the failover tests start their own, since they kill a node. Without
the binaries the tests skip loudly, and fail under WIXVISITOR_REQUIRE_REDIS=1 (CI).
"""

from __future__ import annotations

import os
import shutil
import sys
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stores"))  # the contract suite
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _redis_topologies import SENTINEL_MASTER, RedisCluster6, RedisSentinelPair
from store_helpers import StoreCase

from wixvisitor.stores import RedisTokenStore


def _require_binaries() -> None:
    if shutil.which("redis-server") and shutil.which("redis-cli"):
        return
    reason = "redis-server and redis-cli are needed for the Redis Cluster and Sentinel tests"
    if os.environ.get("WIXVISITOR_REQUIRE_REDIS") == "1":
        pytest.fail(f"{reason} (WIXVISITOR_REQUIRE_REDIS=1)")
    pytest.skip(f"NO REDIS BINARIES: {reason}")


@pytest.fixture(scope="session")
def cluster() -> Iterator[RedisCluster6]:
    """A running 3+3 Redis Cluster, shared by the non-destructive tests."""
    _require_binaries()
    topology = RedisCluster6().start()
    yield topology
    topology.close()


@pytest.fixture(scope="session")
def sentinel_pair() -> Iterator[RedisSentinelPair]:
    """A running primary, replica and Sentinel, shared by the non-destructive tests."""
    _require_binaries()
    topology = RedisSentinelPair().start()
    yield topology
    topology.close()


def cluster_client_for(port: int) -> Any:
    """A ``redis.asyncio.RedisCluster`` client with generous timeouts for a loaded machine."""
    from redis.asyncio.cluster import RedisCluster

    return RedisCluster(host="127.0.0.1", port=port, socket_timeout=30, socket_connect_timeout=30)


@pytest.fixture
async def cluster_client(cluster: RedisCluster6) -> AsyncIterator[Any]:
    """A ``redis.asyncio.RedisCluster`` client of the shared cluster."""
    client = cluster_client_for(cluster.ports[0])
    yield client
    await client.aclose()


@pytest.fixture
async def sentinel_client(sentinel_pair: RedisSentinelPair) -> AsyncIterator[Any]:
    """The primary through ``redis.asyncio.Sentinel(...).master_for``."""
    from redis.asyncio.sentinel import Sentinel

    sentinel = Sentinel([("127.0.0.1", sentinel_pair.sentinel)], socket_timeout=1)
    client = sentinel.master_for(SENTINEL_MASTER, socket_timeout=1)
    yield client
    await client.aclose()
    for connection in sentinel.sentinels:  # master_for's client does not close these
        await connection.aclose()


def _case(kind: str, client: Any) -> StoreCase:
    prefix = f"wixvisitor-test:{uuid.uuid4().hex}:"
    # A short lease: a lock whose release the client lost frees itself in seconds.
    store = RedisTokenStore(client, prefix=prefix, lock_lease=3.0, lock_timeout=20.0)
    store = store.for_client("scaleout-client")

    async def raw(key: str) -> str | None:
        value = await client.get(store.redis_key(key))
        return None if value is None else value.decode()

    def reopen() -> RedisTokenStore:
        reopened = RedisTokenStore(client, prefix=prefix, lock_lease=3.0, lock_timeout=20.0)
        return reopened.for_client("scaleout-client")

    return StoreCase(kind, store, raw, reopen=reopen)


@pytest.fixture(params=["redis_cluster", "redis_sentinel"])
def store_case(request: pytest.FixtureRequest) -> StoreCase:
    """The Redis store on a cluster, then through Sentinel (the contract suite's fixture)."""
    client = request.getfixturevalue(
        "cluster_client" if request.param == "redis_cluster" else "sentinel_client"
    )
    return _case(request.param, client)


@pytest.fixture
def persisted_case(store_case: StoreCase) -> StoreCase:
    """The same stores, for the contract tests about what is persisted."""
    return store_case


@pytest.fixture
def locking_case(store_case: StoreCase) -> StoreCase:
    """The same stores, for the contract tests about the lock."""
    return store_case
