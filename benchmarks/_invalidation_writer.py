"""The writing process of the near-cache bound: ``python -m benchmarks._invalidation_writer
URL PREFIX WRITES``.

It says ``ready``, waits for a line on stdin, then makes WRITES store writes a couple of
milliseconds apart, as logins and logouts do: a save of a new session, then its delete.
It prints, as one JSON list, each write's Redis key and the monotonic clock (system-wide
on Linux, so comparable with the reading process) just before sending it and just after
its reply.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time

import redis.asyncio

import wixvisitor as wv
from wixvisitor.stores import RedisTokenStore

GAP = 0.002  # seconds between writes: each one's invalidation travels alone


async def main() -> None:
    url, prefix, writes = sys.argv[1], sys.argv[2], int(sys.argv[3])
    client = redis.asyncio.Redis.from_url(url)
    store = RedisTokenStore(client, prefix=prefix, legacy_keys=False)
    far = int(time.time()) + 3600
    try:
        await client.ping()
        print("ready", flush=True)
        sys.stdin.readline()
        done: list[tuple[str, float, float]] = []
        for index in range(writes):
            key = f"session-{index - index % 2}"
            sent = time.perf_counter()
            if index % 2 == 0:
                tokens = wv.Tokens(wv.AccessToken(f"a{index}", far), wv.RefreshToken(f"r{index}"))
                await store.save(key, tokens)
            else:
                await store.delete(key)
            done.append((store.redis_key(key), sent, time.perf_counter()))
            await asyncio.sleep(GAP)
    finally:
        await client.aclose()
    print(json.dumps(done))


if __name__ == "__main__":
    asyncio.run(main())
