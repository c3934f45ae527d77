"""The TokenStore contract, one suite over every store: memory, JSON file, Redis, cookie jar."""

from __future__ import annotations

import asyncio
import json

from store_helpers import StoreCase, make_tokens

import wixvisitor as wv
from wixvisitor.stores import ComparingTokenStore, LockingTokenStore, TokenStore

#: The contract tests that hold on any medium; other folders run them with their own
#: ``store_case`` by ``from test_store_contract import *``.
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

UNICODE_KEYS = [
    "visitör",
    "访客-42",
    "🛒 cart of a guest",
    "spaces, commas; colons: {braces} and /slashes/",
    "tab\tand\nnewline",
    "default",
]


async def test_store_satisfies_the_protocol(store_case: StoreCase) -> None:
    """Every store is a TokenStore; the file and Redis stores can also lock."""
    assert isinstance(store_case.store, TokenStore)
    locking = store_case.kind in ("json_file", "redis")
    assert isinstance(store_case.store, LockingTokenStore) is locking


async def test_save_if_saves_only_over_the_expected_session(store_case: StoreCase) -> None:
    """save_if writes over the expected session (same refresh token) or an expected absence only."""
    store = store_case.store
    assert isinstance(store, ComparingTokenStore)
    first, renewed, other = make_tokens(1), make_tokens(2), make_tokens(3)
    renewed = wv.Tokens(renewed.access_token, first.refresh_token)  # a renewal of `first`
    assert not await store.save_if("v", first, make_tokens(9))  # expected a session: none held
    assert await store.load("v") is None
    assert await store.save_if("v", first, None)
    assert not await store.save_if("v", other, None)  # expected nothing: something is held
    assert await store.save_if("v", renewed, first)
    assert await store.load("v") == renewed
    await store.save("v", other)  # set by someone else meanwhile
    assert not await store.save_if("v", renewed, first)
    assert await store.load("v") == other


async def test_round_trip(store_case: StoreCase) -> None:
    """Saved tokens load back equal, role and expiry included."""
    tokens = make_tokens(1, role=wv.TokenRole.MEMBER)
    await store_case.store.save("default", tokens)
    loaded = await store_case.store.load("default")
    assert loaded == tokens
    assert loaded is not None and loaded.refresh_token.role is wv.TokenRole.MEMBER


async def test_missing_key_loads_none(store_case: StoreCase) -> None:
    """A key never saved loads as None, before and after other keys exist."""
    assert await store_case.store.load("nobody") is None
    await store_case.store.save("somebody", make_tokens())
    assert await store_case.store.load("nobody") is None


async def test_overwrite_replaces(store_case: StoreCase) -> None:
    """Saving again under a key replaces what was there."""
    await store_case.store.save("visitor", make_tokens(1))
    await store_case.store.save("visitor", make_tokens(2))
    assert await store_case.store.load("visitor") == make_tokens(2)


async def test_saving_the_same_tokens_twice_is_harmless(store_case: StoreCase) -> None:
    """Re-saving unchanged tokens keeps them loadable and equal."""
    await store_case.store.save("visitor", make_tokens(3))
    await store_case.store.save("visitor", make_tokens(3))
    assert await store_case.store.load("visitor") == make_tokens(3)


async def test_delete_forgets_and_tolerates_missing(store_case: StoreCase) -> None:
    """Delete removes one key only; deleting a missing key is not an error."""
    await store_case.store.save("gone", make_tokens(1))
    await store_case.store.save("kept", make_tokens(2))
    await store_case.store.delete("gone")
    await store_case.store.delete("gone")
    await store_case.store.delete("never-saved")
    assert await store_case.store.load("gone") is None
    assert await store_case.store.load("kept") == make_tokens(2)


async def test_many_keys_stay_apart(store_case: StoreCase) -> None:
    """150 visitors each load their own tokens (a cookie jar keeps ~180 per site)."""
    for n in range(150):
        await store_case.store.save(f"visitor-{n}", make_tokens(n))
    for n in range(150):
        assert await store_case.store.load(f"visitor-{n}") == make_tokens(n)


async def test_concurrent_saves_of_different_keys_lose_nothing(store_case: StoreCase) -> None:
    """60 concurrent saves of different keys all land."""
    await asyncio.gather(
        *(store_case.store.save(f"visitor-{n}", make_tokens(n)) for n in range(60))
    )
    loaded = await asyncio.gather(*(store_case.store.load(f"visitor-{n}") for n in range(60)))
    assert loaded == [make_tokens(n) for n in range(60)]


async def test_concurrent_loads_of_repeated_missing_and_odd_keys(store_case: StoreCase) -> None:
    """Concurrent loads (which Redis batches) answer each key its own tokens or None."""
    for n, key in enumerate(UNICODE_KEYS):
        await store_case.store.save(key, make_tokens(n))
    keys = [*UNICODE_KEYS, *UNICODE_KEYS, "missing-1", UNICODE_KEYS[0], "missing-2"]
    loaded = await asyncio.gather(*(store_case.store.load(key) for key in keys))
    expected = {key: make_tokens(n) for n, key in enumerate(UNICODE_KEYS)}
    assert loaded == [expected.get(key) for key in keys]


async def test_unicode_and_odd_keys(store_case: StoreCase) -> None:
    """Non-ASCII, emoji, punctuation and control characters are keys like any other."""
    for n, key in enumerate(UNICODE_KEYS):
        await store_case.store.save(key, make_tokens(n))
    for n, key in enumerate(UNICODE_KEYS):
        assert await store_case.store.load(key) == make_tokens(n)
    await store_case.store.delete(UNICODE_KEYS[0])
    assert await store_case.store.load(UNICODE_KEYS[0]) is None
    assert await store_case.store.load(UNICODE_KEYS[1]) == make_tokens(1)


async def test_a_second_store_on_the_same_medium_sees_the_tokens(
    persisted_case: StoreCase,
) -> None:
    """Tokens outlive the store object: a new one over the same file/Redis/jar loads them."""
    await persisted_case.store.save("visitor", make_tokens(7))
    assert persisted_case.reopen is not None
    other = persisted_case.reopen()
    assert await other.load("visitor") == make_tokens(7)
    await other.save("visitor", make_tokens(8))
    assert await persisted_case.store.load("visitor") == make_tokens(8)


async def test_stored_json_is_the_js_sdk_shape(persisted_case: StoreCase) -> None:
    """On disk, in Redis and in the cookie the tokens are the JS SDK's JSON, byte for byte."""
    tokens = wv.Tokens(
        wv.AccessToken("OauthNG.JWS.acc", expires_at=1677581109),
        wv.RefreshToken("OauthNG.JWS.ref", role=wv.TokenRole.VISITOR),
    )
    await persisted_case.store.save("visitor", tokens)
    assert persisted_case.raw is not None
    raw = await persisted_case.raw("visitor")
    assert raw == (
        '{"accessToken":{"value":"OauthNG.JWS.acc","expiresAt":1677581109},'
        '"refreshToken":{"value":"OauthNG.JWS.ref","role":"visitor"}}'
    )
    assert json.loads(raw) == {
        "accessToken": {"value": "OauthNG.JWS.acc", "expiresAt": 1677581109},
        "refreshToken": {"value": "OauthNG.JWS.ref", "role": "visitor"},
    }


async def test_lock_excludes_coroutines_and_allows_saving(locking_case: StoreCase) -> None:
    """lock(key) admits one holder at a time, and the holder can save without deadlock."""
    store = locking_case.store
    assert isinstance(store, LockingTokenStore)
    holders: list[int] = []
    peak = 0

    async def renew(n: int) -> None:
        nonlocal peak
        async with store.lock("visitor"):
            holders.append(n)
            peak = max(peak, len(holders))
            await store.save("visitor", make_tokens(n))
            await asyncio.sleep(0)
            holders.remove(n)

    await asyncio.gather(*(renew(n) for n in range(8)))
    assert peak == 1
    assert await store.load("visitor") in [make_tokens(n) for n in range(8)]
