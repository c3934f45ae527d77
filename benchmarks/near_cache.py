"""Figure 13: how soon a write in one process reaches another process's near-cache.

Process A (:mod:`benchmarks._invalidation_writer`) saves and deletes sessions through a
plain ``RedisTokenStore``, a couple of milliseconds apart (a login, then its logout).
This process holds a near-cache on the same prefix, idle in its event loop as a quiet
server is, and notes the monotonic clock when its invalidation connection drops each
key. The delay of a write is that moment minus the moment A sent the write; the figure
is its 99th percentile over all writes, on loopback (p50 and max in the notes). The
figures of pages served with the cache are in figures 6 and 11 (``server-near``).
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
import uuid
from collections import defaultdict
from typing import Any

from ._support import ROOT, Figure, not_measured, percentile
from .integrations import REDIS_URL, _clean_redis
from .integrations import _redis_ready as redis_ready

TITLE = "near-cache"
TARGET_MS = 10.0
WRITES = 2000


def _timed_cache(client: Any, prefix: str) -> Any:
    """A near-cache that notes when each invalidation is applied."""
    from wixvisitor.stores._near_cache import NearCache
    from wixvisitor.stores._redis_reads import ReadBatch

    class TimedNearCache(NearCache):
        __slots__ = ("applied",)

        def __init__(self) -> None:
            super().__init__(
                client, ReadBatch(client, ttl=None, cluster=False), prefix=prefix, size=16,
                slide_ttl=None,
            )  # fmt: skip
            self.applied: dict[str, list[float]] = defaultdict(list)

        def forget(self, name: str) -> None:
            self.applied[name].append(time.perf_counter())
            super().forget(name)

    return TimedNearCache()


async def _delays(writes: int) -> tuple[list[float], list[float]]:
    """Milliseconds from each write's sending, and from its reply, to its invalidation here."""
    import redis.asyncio

    prefix = f"wixvisitor-bench:{uuid.uuid4().hex}:"
    client = redis.asyncio.Redis.from_url(REDIS_URL)
    cache = _timed_cache(client, prefix)
    writer = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "benchmarks._invalidation_writer", REDIS_URL, prefix, str(writes),
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, cwd=ROOT,
    )  # fmt: skip
    assert writer.stdin is not None
    assert writer.stdout is not None
    try:
        async with asyncio.timeout(300):
            await cache.wait_live()
            if await writer.stdout.readline() != b"ready\n":
                raise RuntimeError("the writer did not start")
            writer.stdin.write(b"go\n")
            await writer.stdin.drain()
            done = json.loads(await writer.stdout.read())
            await writer.wait()
            await cache.sync()  # every invalidation sent so far is applied
    finally:
        if writer.returncode is None:
            writer.kill()
            await writer.wait()
        await cache.aclose()
        await client.aclose()
        await _clean_redis(prefix)
    from_send, from_reply = [], []
    seen: dict[str, int] = defaultdict(int)
    for name, sent, replied in done:
        applied = cache.applied[name][seen[name]]  # the n-th write of a key, its n-th drop
        seen[name] += 1
        from_send.append((applied - sent) * 1000)
        from_reply.append((applied - replied) * 1000)
    return from_send, from_reply


async def _measure(quick: bool) -> list[Figure]:
    name = "near-cache invalidation bound: a write in process A dropped from B's cache, p99"
    no_redis = await redis_ready()
    if no_redis is not None:
        return [not_measured(name, "ms", f"<= {TARGET_MS:g}", no_redis)]
    writes = 200 if quick else WRITES
    from_send, from_reply = await _delays(writes)
    p99 = percentile(from_send, 0.99)
    return [
        Figure(
            name,
            p99,
            "ms",
            f"<= {TARGET_MS:g}",
            p99 <= TARGET_MS,
            f"from A sending the write: p50 {percentile(from_send, 0.5):.3f}, "
            f"p99 {p99:.3f}, max {max(from_send):.3f} ms; from A's reply: p50 "
            f"{percentile(from_reply, 0.5):.3f}, p99 {percentile(from_reply, 0.99):.3f}, "
            f"max {max(from_reply):.3f} ms; {writes} writes (saves and deletes, "
            f"{writes // 2} sessions) 2 ms apart, loopback Redis, B's loop idle",
        )
    ]


def run(quick: bool) -> list[Figure]:
    return asyncio.run(_measure(quick))
