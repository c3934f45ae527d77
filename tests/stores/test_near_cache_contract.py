"""The TokenStore contract suite, unchanged, on ``RedisTokenStore(near_cache=True)``."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from store_helpers import StoreCase
from test_store_contract import *  # noqa: F403 -- the contract, run with this store_case
from test_store_contract import test_store_satisfies_the_protocol  # noqa: F401

from wixvisitor.stores import RedisTokenStore


@pytest.fixture
async def store_case(redis_client: Any, redis_prefix: str) -> AsyncIterator[StoreCase]:
    """A near-cached Redis store (its cache live) under a prefix unique to the test."""
    opened: list[RedisTokenStore] = []

    def open_store() -> RedisTokenStore:
        store = RedisTokenStore(redis_client, prefix=redis_prefix, near_cache=True)
        opened.append(store)
        return store

    async def raw(key: str) -> str | None:
        value = await redis_client.get(f"{redis_prefix}{{{key}}}")
        return None if value is None else value.decode()

    store = open_store()
    assert store.near_cache is not None
    await store.near_cache.wait_live()
    yield StoreCase("redis", store, raw, reopen=open_store)
    for each in opened:
        await each.aclose()


@pytest.fixture
def persisted_case(store_case: StoreCase) -> StoreCase:
    """The same store, for the contract tests about what is persisted."""
    return store_case


@pytest.fixture
def locking_case(store_case: StoreCase) -> StoreCase:
    """The same store, for the contract tests about the lock."""
    return store_case
