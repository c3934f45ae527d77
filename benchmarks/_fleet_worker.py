"""One app process of the fleet simulation: ``python -m benchmarks._fleet_worker '<json>'``.

It serves its share of visitor requests as a web app would (a cheap client per request,
tokens from Redis), says ``ready``, waits for ``go`` on stdin, and prints a JSON summary.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections import Counter
from typing import Any

import redis.asyncio

import wixvisitor as wv
from wixvisitor.stores import RedisTokenStore

from ._support import CART_PATH, CLIENT_ID


async def main(config: dict[str, Any]) -> None:
    client = redis.asyncio.Redis(
        connection_pool=redis.asyncio.BlockingConnectionPool.from_url(
            config["redis_url"], max_connections=64, timeout=30
        )
    )
    store = RedisTokenStore(client, prefix=config["prefix"])
    gate = asyncio.Semaphore(config["concurrency"])
    try:
        async with wv.Visitors(CLIENT_ID, store=store, base_url=config["base_url"]) as visitors:
            print("ready", flush=True)
            await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)

            async def request(key: str) -> None:
                async with gate:
                    await visitors.client(key).request("GET", CART_PATH)

            started = time.perf_counter()
            outcomes = await asyncio.gather(
                *(request(key) for key in config["keys"]), return_exceptions=True
            )
            elapsed = time.perf_counter() - started
    finally:
        await client.aclose()
    # A cart that does not exist yet answers 404: a served request all the same.
    failed = Counter(
        type(o).__name__
        for o in outcomes
        if isinstance(o, BaseException) and not (isinstance(o, wv.WixApiError) and o.status == 404)
    )
    summary = {"requests": len(outcomes), "errors": dict(failed), "seconds": elapsed}
    print(json.dumps(summary), flush=True)


if __name__ == "__main__":
    asyncio.run(main(json.loads(sys.argv[1])))
