"""The Redis lock when Redis fails: typed errors, releases logged, never a lock without a lease."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

import pytest
from redis.asyncio import Redis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff

from wixvisitor.errors import StoreError
from wixvisitor.stores import RedisTokenStore


@pytest.fixture
async def fragile(private_redis: Any) -> AsyncIterator[Redis]:
    """A client of a private redis-server the test kills, with no retries."""
    client = Redis.from_url(
        private_redis.url, retry=Retry(NoBackoff(), 0), socket_connect_timeout=2, socket_timeout=2
    )
    yield client
    await client.aclose()


async def test_a_release_redis_cannot_answer_is_logged_and_the_work_stands(
    private_redis: Any, fragile: Redis, caplog: pytest.LogCaptureFixture
) -> None:
    """Redis dies while the lock is held: leaving the block raises nothing, a WARNING names the lease."""
    store = RedisTokenStore(fragile, prefix="wixvisitor:", lock_lease=7.0)
    done = False
    with caplog.at_level(logging.DEBUG, logger="wixvisitor"):
        async with store.lock("s3cret-session-id"):
            private_redis.kill()
            done = True
    assert done
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "could not release" in warnings[0] and "within its 7.0 s lease" in warnings[0]
    assert "ConnectionError" in warnings[0]
    assert "s3cret" not in caplog.text


async def test_a_lock_redis_cannot_give_is_a_store_error_and_no_warning(
    private_redis: Any, fragile: Redis, caplog: pytest.LogCaptureFixture
) -> None:
    """Acquiring with Redis gone raises StoreError (cause chained); the undo attempt logs at DEBUG only."""
    store = RedisTokenStore(fragile, prefix="wixvisitor:")
    private_redis.kill()
    with caplog.at_level(logging.DEBUG, logger="wixvisitor"), pytest.raises(StoreError) as caught:
        async with store.lock("s3cret-session-id"):
            pytest.fail("the lock cannot be held")
    assert caught.value.__cause__ is not None
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert "s3cret" not in str(caught.value) + caplog.text


async def test_every_lock_has_a_lease_and_a_released_lock_is_gone(
    redis_client: Any, redis_prefix: str
) -> None:
    """While held, the lock key expires within lock_lease; after the block it does not exist."""
    store = RedisTokenStore(redis_client, prefix=redis_prefix, lock_lease=4.0)
    name = store.redis_key("visitor") + ":lock"
    async with store.lock("visitor"):
        assert 0 < await redis_client.pttl(name) <= 4000
    assert await redis_client.exists(name) == 0
