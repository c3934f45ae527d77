"""The TokenStore contract suite, unchanged, on a Redis Cluster and through Sentinel."""

from __future__ import annotations

from test_store_contract import (  # the same tests, run with this folder's store_case
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
    test_stored_json_is_the_js_sdk_shape,
    test_unicode_and_odd_keys,
)

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
    "test_stored_json_is_the_js_sdk_shape",
    "test_unicode_and_odd_keys",
]
