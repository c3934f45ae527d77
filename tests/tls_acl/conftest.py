"""A TLS-only redis-server with the store's ACL user, and the contract suite's fixtures on it.

Without ``redis-server`` or ``openssl`` the tests skip loudly, and fail under
WIXVISITOR_REQUIRE_REDIS=1 (CI).
"""

from __future__ import annotations

import os
import shutil
import sys
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any, NoReturn

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stores"))  # the contract suite
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import redis.asyncio
from _redis_tls import TlsAclRedis
from store_helpers import StoreCase

from wixvisitor.stores import RedisTokenStore


def _unavailable(reason: str) -> NoReturn:
    if os.environ.get("WIXVISITOR_REQUIRE_REDIS") == "1":
        pytest.fail(f"{reason} (WIXVISITOR_REQUIRE_REDIS=1)")
    pytest.skip(f"NO TLS REDIS: {reason}")


@pytest.fixture(scope="session")
def tls_redis() -> Iterator[TlsAclRedis]:
    """A running TLS-only redis-server whose only store user is limited to ``wixvisitor:*``."""
    if not (shutil.which("redis-server") and shutil.which("openssl")):
        _unavailable("redis-server and openssl are needed for the TLS and ACL tests")
    try:
        server = TlsAclRedis().start()
    except RuntimeError as exc:  # e.g. a redis-server built without TLS
        _unavailable(f"no TLS redis-server could be started: {exc}")
    yield server
    server.close()


@pytest.fixture
def tls_prefix() -> str:
    """A prefix inside the ACL user's key pattern, unique to the test."""
    return f"wixvisitor:test-{uuid.uuid4().hex}:"


@pytest.fixture
async def tls_client(tls_redis: TlsAclRedis, tls_prefix: str) -> AsyncIterator[Any]:
    """The store user's client over TLS; the test's keys are removed by the admin afterwards."""
    client = redis.asyncio.Redis.from_url(tls_redis.url)
    yield client
    await client.aclose()
    admin = redis.asyncio.Redis.from_url(tls_redis.admin_url)
    keys = [key async for key in admin.scan_iter(match=tls_prefix + "*")]
    if keys:
        await admin.delete(*keys)
    await admin.aclose()


@pytest.fixture
def store_case(tls_client: Any, tls_prefix: str) -> StoreCase:
    """The Redis store as the ACL user over TLS (the contract suite's fixture)."""
    store = RedisTokenStore(tls_client, prefix=tls_prefix).for_client("tls-client")

    async def raw(key: str) -> str | None:
        value = await tls_client.get(store.redis_key(key))
        return None if value is None else value.decode()

    def reopen() -> RedisTokenStore:
        return RedisTokenStore(tls_client, prefix=tls_prefix).for_client("tls-client")

    return StoreCase("redis_tls_acl", store, raw, reopen=reopen)


@pytest.fixture
def persisted_case(store_case: StoreCase) -> StoreCase:
    """The same store, for the contract tests about what is persisted."""
    return store_case


@pytest.fixture
def locking_case(store_case: StoreCase) -> StoreCase:
    """The same store, for the contract tests about the lock."""
    return store_case
