"""The TokenStore contract suite, unchanged, on ``RedisTokenStore(near_cache=True)``."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from store_helpers import StoreCase
from test_store_contract import (  # the same tests, run with this module's store_case
    test_a_second_store_on_the_same_medium_sees_the_tokens,
    test_concurrent_loads_of_repeated_missing_and_odd_keys,
    test_concurrent_saves_of_different_keys_lose_nothing,
    test_delete_forgets_and_tolerates_missing,
    test_lock_excludes_coroutines_and_allows_saving,
    test_many_keys_stay_apart,
    test_missing_key_loads_none,
    test_overwrite_replaces,
    test_round_trip,
    test_save_if_saves_only_over_the_expected_session,
    test_saving_the_same_tokens_twice_is_harmless,
    test_store_satisfies_the_protocol,
    test_stored_json_is_the_js_sdk_shape,
    test_unicode_and_odd_keys,
)

from wixvisitor.stores import RedisTokenStore

__all__ = [
    "test_a_second_store_on_the_same_medium_sees_the_tokens",
    "test_concurrent_loads_of_repeated_missing_and_odd_keys",
    "test_concurrent_saves_of_different_keys_lose_nothing",
    "test_delete_forgets_and_tolerates_missing",
    "test_lock_excludes_coroutines_and_allows_saving",
    "test_many_keys_stay_apart",
    "test_missing_key_loads_none",
    "test_overwrite_replaces",
    "test_round_trip",
    "test_save_if_saves_only_over_the_expected_session",
    "test_saving_the_same_tokens_twice_is_harmless",
    "test_store_satisfies_the_protocol",
    "test_stored_json_is_the_js_sdk_shape",
    "test_unicode_and_odd_keys",
]


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
