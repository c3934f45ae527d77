"""RedisTokenStore on a real Redis: key layout, TTL, round trips, errors, locks, outages."""

from __future__ import annotations

import asyncio
import logging
import subprocess
import sys
from collections.abc import AsyncIterator
from typing import Any

import pytest
from redis.asyncio import Redis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.crc import key_slot
from store_helpers import make_tokens

import wixvisitor as wv
from wixvisitor.emulator import Emulator
from wixvisitor.errors import LockTimeoutError, StoreError
from wixvisitor.stores import RedisTokenStore

DAY = 24 * 3600


@pytest.fixture
async def private_client(private_redis: Any) -> AsyncIterator[Redis]:
    """A client of a private server that fails fast: no retries, short timeouts."""
    client = Redis.from_url(
        private_redis.url, retry=Retry(NoBackoff(), 0), socket_connect_timeout=2, socket_timeout=2
    )
    yield client
    await client.aclose()


async def command_calls(client: Redis) -> dict[str, int]:
    """How often the server ran each command, INFO itself left out."""
    stats = await client.info("commandstats")
    calls = {name.removeprefix("cmdstat_"): int(entry["calls"]) for name, entry in stats.items()}
    calls.pop("info", None)
    return calls


async def writes(client: Redis) -> int:
    """The server's count of changes to its data (every write adds to it)."""
    return int((await client.info("persistence"))["rdb_changes_since_last_save"])


def difference(after: dict[str, int], before: dict[str, int]) -> dict[str, int]:
    """Commands run between two command_calls snapshots."""
    return {name: n - before.get(name, 0) for name, n in after.items() if n != before.get(name, 0)}


async def test_keys_carry_a_hash_tag_so_value_and_lock_share_a_slot(
    redis_client: Any, redis_prefix: str
) -> None:
    """The value lives at {prefix}{key}; the lock key hashes to the same cluster slot."""
    store = RedisTokenStore(redis_client, prefix=redis_prefix)
    await store.save("visitor 1", make_tokens())
    name = f"{redis_prefix}{{visitor 1}}"
    assert store.redis_key("visitor 1") == name
    assert await redis_client.get(name) == make_tokens().to_json().encode()
    async with store.lock("visitor 1"):
        assert await redis_client.exists(name + ":lock") == 1
    assert key_slot(name.encode()) == key_slot(f"{name}:lock".encode()) == key_slot(b"visitor 1")
    assert await redis_client.exists(name + ":lock") == 0


async def test_prefixes_keep_two_projects_apart(redis_client: Any, redis_prefix: str) -> None:
    """Two stores with different prefixes on one Redis never see each other's sessions."""
    shop = RedisTokenStore(redis_client, prefix=redis_prefix + "shop:")
    blog = RedisTokenStore(redis_client, prefix=redis_prefix + "blog:")
    await shop.save("default", make_tokens(1))
    assert await blog.load("default") is None
    await blog.save("default", make_tokens(2))
    assert await shop.load("default") == make_tokens(1)


async def test_ttl_is_set_on_save_and_restarted_by_changes(
    redis_client: Any, redis_prefix: str
) -> None:
    """Saving sets the 30-day TTL; a renewal (changed tokens) restarts it; None keeps forever."""
    store = RedisTokenStore(redis_client, prefix=redis_prefix)
    name = store.redis_key("visitor")
    await store.save("visitor", make_tokens(1))
    assert 30 * DAY - 5 <= await redis_client.ttl(name) <= 30 * DAY
    await redis_client.expire(name, 100)
    await store.save("visitor", make_tokens(2))
    assert await redis_client.ttl(name) > 29 * DAY
    forever = RedisTokenStore(redis_client, prefix=redis_prefix + "forever:", ttl=None)
    await forever.save("visitor", make_tokens())
    assert await redis_client.ttl(forever.redis_key("visitor")) == -1


async def test_slide_on_load_restarts_the_ttl_on_every_load(
    redis_client: Any, redis_prefix: str
) -> None:
    """With slide_on_load=True a load restarts the TTL, without it a load leaves it."""
    store = RedisTokenStore(redis_client, prefix=redis_prefix, ttl=DAY)
    sliding = RedisTokenStore(redis_client, prefix=redis_prefix, ttl=DAY, slide_on_load=True)
    name = store.redis_key("visitor")
    await store.save("visitor", make_tokens())
    await redis_client.expire(name, 100)
    assert await store.load("visitor") == make_tokens()
    assert await redis_client.ttl(name) <= 100
    assert await sliding.load("visitor") == make_tokens()
    assert await redis_client.ttl(name) > DAY - 5


async def test_load_is_one_read_and_unchanged_save_writes_nothing(
    private_client: Redis,
) -> None:
    """Steady state: a load is one GET and no write; re-saving equal tokens writes nothing."""
    store = RedisTokenStore(private_client, prefix="wixvisitor:")
    await store.save("visitor", make_tokens(1))  # also loads the script
    before, written = await command_calls(private_client), await writes(private_client)
    assert await store.load("visitor") == make_tokens(1)
    assert difference(await command_calls(private_client), before) == {"get": 1}
    assert await writes(private_client) == written

    before = await command_calls(private_client)
    await store.save("visitor", make_tokens(1))
    ran = difference(await command_calls(private_client), before)
    assert ran == {"evalsha": 1, "get": 1}  # one round trip; the GET ran inside the script
    assert await writes(private_client) == written

    await store.save("visitor", make_tokens(2))
    assert await writes(private_client) == written + 1
    assert await store.load("visitor") == make_tokens(2)


async def test_invalid_data_in_redis_is_a_store_error_without_values(
    redis_client: Any, redis_prefix: str
) -> None:
    """A value that is not tokens JSON raises StoreError naming the key's fingerprint."""
    store = RedisTokenStore(redis_client, prefix=redis_prefix)
    await redis_client.set(
        store.redis_key("s3cret-session-id"), b'{"accessToken": "OauthNG.secret"'
    )
    with pytest.raises(StoreError, match="invalid tokens") as caught:
        await store.load("s3cret-session-id")
    assert "OauthNG" not in str(caught.value) and "s3cret-session-id" not in str(caught.value)
    assert isinstance(caught.value.__cause__, wv.InvalidTokensError)


async def test_works_with_a_decoding_client(redis_url: str, redis_prefix: str) -> None:
    """A client made with decode_responses=True works the same."""
    client = Redis.from_url(redis_url, decode_responses=True)
    try:
        store = RedisTokenStore(client, prefix=redis_prefix)
        await store.save("visitor", make_tokens())
        await store.save("visitor", make_tokens())
        assert await store.load("visitor") == make_tokens()
        await store.delete("visitor")
    finally:
        await client.aclose()


async def test_every_operation_fails_with_store_error_while_redis_is_down(
    private_redis: Any, private_client: Redis
) -> None:
    """With the server gone, load, save, delete and lock raise StoreError, cause chained."""
    store = RedisTokenStore(private_client)
    await store.save("visitor", make_tokens())
    private_redis.kill()
    operations = [
        store.load("visitor"),
        store.save("visitor", make_tokens(2)),
        store.delete("visitor"),
    ]
    for operation in operations:
        with pytest.raises(StoreError) as caught:
            await operation
        assert caught.value.__cause__ is not None
    with pytest.raises(StoreError):
        async with store.lock("visitor"):
            pass


async def test_a_redis_restart_fails_calls_only_during_the_outage(
    emu: Emulator, client_id: str, private_redis: Any
) -> None:
    """Calls during a Redis outage raise StoreError; after it, the same app works again.

    The client retries once: a pooled connection idle through the restart fails on its
    first use after it, and only a retry (redis-py's default has three) replaces it.
    """
    private_client = Redis.from_url(
        private_redis.url, retry=Retry(NoBackoff(), 1), socket_connect_timeout=2, socket_timeout=2
    )
    store = RedisTokenStore(private_client)
    async with wv.Visitors(client_id, store=store, base_url=emu.base_url, clock=emu.now) as app:
        await asyncio.gather(*(app.client("alice").products_v3.search(limit=1) for _ in range(20)))
        private_redis.kill()
        emu.advance(5 * 3600)  # alice must renew, bob must be minted: both need the store
        during = await asyncio.gather(
            *(app.client(name).auth.get_auth_headers() for name in ["alice", "bob"] * 10),
            return_exceptions=True,
        )
        assert all(isinstance(result, StoreError) for result in during)
        private_redis.start()
        after = await asyncio.gather(
            *(app.client(name).products_v3.search(limit=1) for name in ["alice", "bob"] * 10)
        )
        assert len(after) == 20
        assert await app.store.load("alice") is not None
        assert await app.store.load("bob") is not None
    await private_client.aclose()


async def test_lock_times_out_with_lock_timeout_error(redis_client: Any, redis_prefix: str) -> None:
    """A second process-like holder gives up after lock_timeout with LockTimeoutError."""
    holder = RedisTokenStore(redis_client, prefix=redis_prefix)
    impatient = RedisTokenStore(redis_client, prefix=redis_prefix, lock_timeout=0.1)
    async with holder.lock("s3cret-session-id"):
        with pytest.raises(LockTimeoutError) as caught:
            async with impatient.lock("s3cret-session-id"):
                pass
        assert "s3cret" not in str(caught.value)
        async with impatient.lock("somebody else"):
            pass


async def test_a_lost_lease_is_logged_not_raised(
    redis_client: Any, redis_prefix: str, debug_logs: pytest.LogCaptureFixture
) -> None:
    """If the lock's lease ran out before release, a WARNING says so and the renewal stands."""
    store = RedisTokenStore(redis_client, prefix=redis_prefix)
    async with store.lock("visitor"):
        await redis_client.delete(store.redis_key("visitor") + ":lock")  # as if it expired
        await store.save("visitor", make_tokens())
    assert any("outlived" in r.getMessage() for r in debug_logs.records)
    assert await store.load("visitor") == make_tokens()


def test_without_redis_installed_import_names_the_extra() -> None:
    """Importing the Redis store without redis-py raises MissingDependencyError; the rest works."""
    script = (
        "import sys; sys.modules['redis'] = None\n"
        "import wixvisitor, wixvisitor.stores\n"
        "from wixvisitor.stores import MemoryTokenStore, JsonFileTokenStore\n"
        "try:\n"
        "    from wixvisitor.stores import RedisTokenStore\n"
        "except wixvisitor.MissingDependencyError as error:\n"
        "    print(isinstance(error, ImportError), error.extra, error)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.startswith("True redis ")
    assert "wixvisitor[redis]" in result.stdout


def test_importing_wixvisitor_does_not_import_redis() -> None:
    """The redis extra stays optional: plain imports never load redis-py."""
    script = "import sys, wixvisitor, wixvisitor.stores; print('redis' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "False"


async def test_the_store_never_closes_the_callers_client(
    redis_client: Any, redis_prefix: str, caplog: pytest.LogCaptureFixture
) -> None:
    """After using and dropping the store, the caller's client still answers."""
    store = RedisTokenStore(redis_client, prefix=redis_prefix)
    await store.save("visitor", make_tokens())
    del store
    assert await redis_client.ping()
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


async def test_sessions_saved_by_0_1_are_read_once_and_moved(
    redis_client: Any, redis_prefix: str
) -> None:
    """A bound store finds a session under 0.1's unbound key, moves it under its own, once."""
    unbound = RedisTokenStore(redis_client, prefix=redis_prefix)
    bound = unbound.for_client("client-a")
    tokens = make_tokens(7)
    await unbound.save("visitor", tokens)  # as 0.1 wrote it
    assert await bound.load("visitor") == tokens
    assert await redis_client.exists(unbound.redis_key("visitor")) == 0
    assert await redis_client.exists(bound.redis_key("visitor")) == 1
    assert await unbound.load("visitor") is None
    assert await bound.load("visitor") == tokens


async def test_a_bound_delete_also_forgets_the_old_key(
    redis_client: Any, redis_prefix: str
) -> None:
    """Deleting through a bound store removes 0.1's key too, so a logout cannot come back."""
    unbound = RedisTokenStore(redis_client, prefix=redis_prefix)
    bound = unbound.for_client("client-a")
    await unbound.save("visitor", make_tokens(1))
    await bound.save("visitor", make_tokens(2))
    await bound.delete("visitor")
    assert await bound.load("visitor") is None
    assert await unbound.load("visitor") is None


async def test_binding_is_per_client_id(redis_client: Any, redis_prefix: str) -> None:
    """for_client keeps client ids apart, is idempotent, and refuses to rebind or take braces."""
    store = RedisTokenStore(redis_client, prefix=redis_prefix, legacy_keys=False)
    a, b = store.for_client("a"), store.for_client("b")
    assert a.for_client("a") is a and a.client_id == "a" and store.client_id is None
    assert a.redis_key("k") == f"{redis_prefix}a:{{k}}" and a.redis_key("k") != b.redis_key("k")
    await a.save("k", make_tokens(1))
    assert await b.load("k") is None
    with pytest.raises(ValueError, match="another client id"):
        a.for_client("b")
    with pytest.raises(ValueError, match="braces"):
        store.for_client("x}y")
    assert "client_id='a'" in repr(a)
