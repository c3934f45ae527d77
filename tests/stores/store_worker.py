"""A worker process for the cross-process store tests (run as a script, not collected).

It opens the shared store, signals readiness by creating ``--ready``, waits for the
``--go`` file so every worker starts at once, does its part, and prints one JSON line
of results. It prints digests, never token values.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import wixvisitor as wv
from wixvisitor.stores import JsonFileTokenStore, TokenStore


@asynccontextmanager
async def open_store(args: argparse.Namespace) -> AsyncIterator[TokenStore]:
    """The store named on the command line; a Redis client is closed afterwards."""
    if args.store == "json_file":
        yield JsonFileTokenStore(args.path)
        return
    import redis.asyncio
    from redis.asyncio.cluster import RedisCluster
    from redis.asyncio.sentinel import Sentinel

    from wixvisitor.stores import RedisTokenStore

    if args.store == "redis_cluster":
        client: Any = RedisCluster.from_url(
            args.redis_url, socket_timeout=30, socket_connect_timeout=30
        )
    elif args.store == "redis_sentinel":  # --redis-url sentinel://HOST:PORT/SERVICE
        where, _, service = args.redis_url.removeprefix("sentinel://").partition("/")
        host, _, port = where.partition(":")
        sentinel = Sentinel([(host, int(port))], socket_timeout=1)
        client = sentinel.master_for(service, socket_timeout=1)
    else:
        client = redis.asyncio.Redis.from_url(args.redis_url)
    try:
        yield RedisTokenStore(client, prefix=args.prefix)
    finally:
        await client.aclose()
        if args.store == "redis_sentinel":
            for connection in sentinel.sentinels:
                await connection.aclose()


async def start_together(args: argparse.Namespace) -> None:
    """Say we are ready, then wait for the go signal."""
    Path(args.ready).touch()
    go = Path(args.go)
    while not go.exists():
        await asyncio.sleep(0.001)


async def renew(args: argparse.Namespace, store: TokenStore) -> dict[str, Any]:
    """Many concurrent product searches for one visitor whose access token expired."""
    offset = args.offset
    async with wv.Visitors(
        args.client_id, store=store, base_url=args.base_url, clock=lambda: time.time() + offset
    ) as visitors:
        await start_together(args)
        results = await asyncio.gather(
            *(visitors.client(args.key).products_v3.search(limit=1) for _ in range(args.requests)),
            return_exceptions=True,
        )
        headers = await visitors.client(args.key).auth.get_auth_headers()
    errors = [type(result).__name__ for result in results if isinstance(result, BaseException)]
    digest = hashlib.sha256(headers["Authorization"].encode()).hexdigest()[:16]
    return {"ok": len(results) - len(errors), "errors": errors, "access": digest}


async def save_keys(args: argparse.Namespace, store: TokenStore) -> dict[str, Any]:
    """Concurrent saves of this worker's own keys."""
    await start_together(args)
    await asyncio.gather(
        *(
            store.save(
                f"worker-{args.index}-{n}",
                wv.Tokens(wv.AccessToken(f"a-{args.index}-{n}", 1), wv.RefreshToken("r")),
            )
            for n in range(args.requests)
        )
    )
    return {"ok": args.requests, "errors": []}


async def main() -> None:
    """Parse the arguments, run the chosen part, print the results."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--mode", choices=["renew", "save"], required=True)
    parser.add_argument(
        "--store", choices=["json_file", "redis", "redis_cluster", "redis_sentinel"], required=True
    )
    parser.add_argument("--path")
    parser.add_argument("--redis-url")
    parser.add_argument("--prefix")
    parser.add_argument("--base-url")
    parser.add_argument("--client-id")
    parser.add_argument("--offset", type=float, default=0.0)
    parser.add_argument("--key", default="default")
    parser.add_argument("--requests", type=int, default=250)
    parser.add_argument("--index", type=int, default=0)
    parser.add_argument("--ready", required=True)
    parser.add_argument("--go", required=True)
    args = parser.parse_args()
    async with open_store(args) as store:
        part = renew if args.mode == "renew" else save_keys
        print(json.dumps(await part(args, store)))


if __name__ == "__main__":
    asyncio.run(main())
