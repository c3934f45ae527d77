"""Figure 5: token stores, load and save operations per second, and Redis round trips.

Memory; JSON file at 10, 1,000 and 10,000 keys (every save rewrites the file durably,
so its cost grows with the file); Redis on loopback, sequential and 64 concurrent;
the aiohttp cookie jar. Then Redis round trips and writes per steady-state request.
"""

from __future__ import annotations

import asyncio
import os
import random
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp

import wixvisitor as wv
from wixvisitor.stores import MemoryTokenStore, TokenStore

from ._support import CART_PATH, CLIENT_ID, Figure, RemoteEmulator, far_future, not_measured

TITLE = "stores"
REDIS_URL = os.environ.get("WIXVISITOR_REDIS_URL", "redis://127.0.0.1:6379/0")
#: Commands that change Redis (the save script is EVALSHA; the lock is SET NX).
WRITES = frozenset(
    {"SET", "SETEX", "PSETEX", "GETEX", "EXPIRE", "PEXPIRE", "DEL", "EVALSHA", "EVAL"}
)


def _tokens(index: int) -> wv.Tokens:
    # Realistic sizes; distinct values so every save really changes something.
    return wv.Tokens(
        wv.AccessToken(f"{index:012d}" + "a" * 398, far_future()),
        wv.RefreshToken(f"{index:012d}" + "r" * 398),
    )


async def _rate(op: Callable[[int], Awaitable[Any]], seconds: float, concurrency: int = 1) -> float:
    """Operations per second over about ``seconds`` of back-to-back calls."""
    count = 0
    deadline = time.perf_counter() + seconds

    async def worker() -> None:
        nonlocal count
        while time.perf_counter() < deadline:
            await op(count)
            count += 1

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return count / (time.perf_counter() - started)


async def _load_and_save(
    label: str,
    store: TokenStore,
    keys: list[str],
    seconds: float,
    concurrency: int = 1,
    settle: float = 0.0,
    fill_batch: int = 50,
) -> list[Figure]:
    # Fill in batches: Redis pools cap connections; the JSON file groups one batch per write.
    for start in range(0, len(keys), fill_batch):
        batch = keys[start : start + fill_batch]
        await asyncio.gather(*(store.save(key, _tokens(start + i)) for i, key in enumerate(batch)))
    await asyncio.sleep(settle)
    pick = random.Random(7)

    async def load(_: int) -> Any:
        return await store.load(keys[pick.randrange(len(keys))])

    async def save(index: int) -> None:
        await store.save(keys[pick.randrange(len(keys))], _tokens(len(keys) + index))

    loads = await _rate(load, seconds, concurrency)
    saves = await _rate(save, seconds, concurrency)
    return [
        Figure(f"store {label}: load", loads, "ops/s"),
        Figure(f"store {label}: save (changed tokens)", saves, "ops/s"),
    ]


def _counting_connection(counts: Counter[str]) -> type[Any]:
    """A redis-py connection class that counts round trips and command names."""
    import redis.asyncio

    class CountingConnection(redis.asyncio.Connection):
        def pack_command(self, *args: Any) -> Any:
            name = args[0]
            counts["command:" + (name.decode() if isinstance(name, bytes) else str(name))] += 1
            return super().pack_command(*args)

        async def send_packed_command(self, command: Any, check_health: bool = True) -> None:
            counts["round_trips"] += 1
            await super().send_packed_command(command, check_health)

    return CountingConnection


async def _redis_round_trips(emu: RemoteEmulator, prefix: str, requests: int) -> list[Figure]:
    import redis.asyncio

    from wixvisitor.stores import RedisTokenStore

    counts: Counter[str] = Counter()
    pool = redis.asyncio.ConnectionPool.from_url(
        REDIS_URL, connection_class=_counting_connection(counts)
    )
    client = redis.asyncio.Redis(connection_pool=pool)
    store = RedisTokenStore(client, prefix=prefix)
    try:
        async with wv.Visitors(CLIENT_ID, store=store, base_url=emu.base_url) as visitors:
            tokens = await emu.visitor_with_cart()
            await store.save("visitor", tokens)
            await visitors.client("visitor").request("GET", CART_PATH)  # connect, load script
            counts.clear()
            for _ in range(requests):
                # A web app builds a cheap client per request: its tokens come from Redis.
                await visitors.client("visitor").request("GET", CART_PATH)
            per_request = Counter({k: v / requests for k, v in counts.items()})
            counts.clear()
            held = visitors.client("visitor")
            for _ in range(requests):
                await held.request("GET", CART_PATH)
            held_trips = counts["round_trips"] / requests
    finally:
        keys = [key async for key in client.scan_iter(match=prefix + "*")]
        if keys:
            await client.delete(*keys)
        await client.aclose()
        await pool.disconnect()
    trips = per_request["round_trips"]
    writes = sum(v for k, v in per_request.items() if k.removeprefix("command:") in WRITES)
    commands = ", ".join(
        f"{k.removeprefix('command:')} {v:g}" for k, v in per_request.items() if k != "round_trips"
    )
    return [
        Figure(
            "store Redis: round trips per steady-state request",
            trips,
            "round trips",
            "<= 1",
            trips <= 1,
            f"a fresh Visitors.client per request, valid token in Redis; commands per request: "
            f"{commands or 'none'}; a client kept across requests makes {held_trips:g}",
        ),
        Figure(
            "store Redis: writes per steady-state request",
            writes,
            "writes",
            "= 0",
            writes == 0,
            f"counted by command name over {requests} requests",
        ),
    ]


async def _redis_figures(emu: RemoteEmulator, seconds: float, keys: list[str]) -> list[Figure]:
    try:
        import redis.asyncio

        from wixvisitor.stores import RedisTokenStore
    except ImportError as exc:
        return [not_measured("store Redis", "ops/s", None, f"redis-py missing ({exc})")]
    client = redis.asyncio.Redis.from_url(REDIS_URL)
    prefix = f"wixvisitor-bench:{uuid.uuid4().hex}:"
    try:
        await client.ping()
    except Exception as exc:
        await client.aclose()
        return [not_measured("store Redis", "ops/s", None, f"no Redis at {REDIS_URL} ({exc})")]
    try:
        store = RedisTokenStore(client, prefix=prefix)
        figures = await _load_and_save("Redis, sequential", store, keys, seconds)
        figures += await _load_and_save("Redis, 64 concurrent", store, keys, seconds, 64)
        figures += await _redis_round_trips(emu, prefix + "trips:", 100)
    finally:
        found = [key async for key in client.scan_iter(match=prefix + "*")]
        if found:
            await client.delete(*found)
        await client.aclose()
    return figures


async def _measure(quick: bool) -> list[Figure]:
    from wixvisitor.stores import CookieJarTokenStore, JsonFileTokenStore

    seconds = 0.3 if quick else 1.0
    keys = [uuid.uuid4().hex for _ in range(10_000)]
    figures = await _load_and_save("memory", MemoryTokenStore(), keys[:1000], seconds)
    with tempfile.TemporaryDirectory(prefix="wixvisitor-bench-") as folder:
        for size in (10, 1000) if quick else (10, 1000, 10_000):
            store = JsonFileTokenStore(os.path.join(folder, f"tokens-{size}.json"))
            # Loads trust the parsed cache only once the file is a second old: settle first.
            size_figures = await _load_and_save(
                f"JSON file, {size:,} keys",
                store,
                keys[:size],
                seconds,
                settle=1.1,
                fill_batch=size,
            )
            figures += size_figures
            file_size = os.path.getsize(store.path)
            size_figures[
                0
            ].notes = "steady state; within 1 s of a write each load re-reads and parses the file"
            size_figures[1].notes = f"every save rewrites and fsyncs the {file_size:,}-byte file"
    jar = aiohttp.CookieJar(unsafe=True)
    figures += await _load_and_save(
        "cookie jar", CookieJarTokenStore(jar, url="https://shop.example/"), keys[:10], seconds
    )
    async with RemoteEmulator() as emu:
        figures += await _redis_figures(emu, seconds, keys[:1000])
    return figures


def run(quick: bool) -> list[Figure]:
    return asyncio.run(_measure(quick))
