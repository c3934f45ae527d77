"""One worker process of figure 4: ``python -m benchmarks._worker '<json config>'``.

It builds a Visitors on the given store, says ``ready``, waits for ``go`` on stdin,
fires its concurrent requests for the one shared visitor and prints a JSON summary.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections import Counter
from typing import Any

import wixvisitor as wv

from ._support import CART_PATH, CLIENT_ID


async def _store(config: dict[str, Any]) -> tuple[wv.TokenStore, Any]:
    if config["store"] == "redis":
        import redis.asyncio

        from wixvisitor.stores import RedisTokenStore

        client = redis.asyncio.Redis.from_url(config["redis_url"], max_connections=1000)
        return RedisTokenStore(client, prefix=config["prefix"]), client
    from wixvisitor.stores import JsonFileTokenStore

    return JsonFileTokenStore(config["path"]), None


async def main(config: dict[str, Any]) -> None:
    store, redis_client = await _store(config)
    try:
        async with wv.Visitors(CLIENT_ID, store=store, base_url=config["base_url"]) as visitors:
            print("ready", flush=True)
            await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
            started = time.perf_counter()

            async def request() -> None:
                # As a web server does: a cheap client per request, tokens from the store.
                await visitors.client(config["key"]).request("GET", CART_PATH)

            outcomes = await asyncio.gather(
                *(request() for _ in range(config["requests"])), return_exceptions=True
            )
            elapsed = time.perf_counter() - started
    finally:
        if redis_client is not None:
            await redis_client.aclose()
    errors = Counter(type(o).__name__ for o in outcomes if isinstance(o, BaseException))
    ok = sum(1 for o in outcomes if not isinstance(o, BaseException))
    print(json.dumps({"ok": ok, "errors": dict(errors), "seconds": elapsed}), flush=True)


if __name__ == "__main__":
    asyncio.run(main(json.loads(sys.argv[1])))
