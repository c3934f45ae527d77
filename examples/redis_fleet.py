"""Several processes, one visitor session, kept in Redis.

    python examples/redis_fleet.py

Needs a Redis: $WIXVISITOR_REDIS_URL, else redis://127.0.0.1:6379/0. A managed Redis
with TLS and an ACL user (docs/scaling.md lists the rules it needs) works the same:

    WIXVISITOR_REDIS_URL=rediss://shop:PASSWORD@cache:6380/0 python examples/redis_fleet.py

(add ``?ssl_ca_certs=/path/to/ca.pem`` for a private CA). The password is never printed.

A web app runs several worker processes and a visitor's requests land on any of
them. Here four processes serve the same visitor at the same moment, each adding
a product to the cart, just after the access token expired. The Redis store's
lock makes them share one renewal: one token call in all, and every product
lands in the one cart. Against a local Wix emulator; the keys are removed after.
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
import uuid
from urllib.parse import urlsplit

import redis.asyncio as redis

import wixvisitor as wv
from wixvisitor.emulator import Emulator
from wixvisitor.stores import RedisTokenStore

CLIENT_ID = "my-client-id"
VISITOR = "visitor-42"
WORKERS = 4
REDIS_URL = os.environ.get("WIXVISITOR_REDIS_URL", "redis://127.0.0.1:6379/0")


async def worker(base_url: str, prefix: str, product_id: str, clock_offset: float) -> None:
    """One process of the fleet: add a product to the visitor's cart."""
    connection = redis.Redis.from_url(REDIS_URL)
    try:
        store = RedisTokenStore(connection, prefix=prefix)
        # The emulator's clock ran ahead: share it, so the token looks expired here too.
        async with wv.Visitors(
            CLIENT_ID, store=store, base_url=base_url, clock=lambda: time.time() + clock_offset
        ) as visitors:
            cart = await visitors.client(VISITOR).current_cart.add([wv.line_item(product_id)])
        count = len(cart["lineItems"])
        print(f"  process {os.getpid()}: added a product; line items in the cart: {count}")
    finally:
        await connection.aclose()


async def spawn_worker(
    base_url: str, prefix: str, product_id: str, offset: float
) -> asyncio.subprocess.Process:
    """Start this file again as one worker process."""
    arguments = ["worker", base_url, prefix, product_id, repr(offset)]
    return await asyncio.create_subprocess_exec(sys.executable, __file__, *arguments)


async def fleet() -> None:
    """Start a visitor's session, let it expire, then serve it from several processes."""
    connection = redis.Redis.from_url(REDIS_URL)
    try:
        await connection.ping()
    except (redis.RedisError, OSError) as exc:
        await connection.aclose()
        where = urlsplit(REDIS_URL)  # host and port only: the URL may hold a password
        raise SystemExit(
            f"no Redis at {where.scheme}://{where.hostname}:{where.port or 6379} "
            f"({type(exc).__name__}): start one"
        ) from None
    # This run's keys only, inside the default prefix an ACL user may be limited to.
    prefix = f"wixvisitor:example-{uuid.uuid4().hex}:"
    try:
        async with Emulator() as emulator:
            store = RedisTokenStore(connection, prefix=prefix)
            async with wv.Visitors(
                CLIENT_ID, store=store, base_url=emulator.base_url, clock=emulator.now
            ) as visitors:
                wix = visitors.client(VISITOR)
                products = (await wix.products_v3.search(limit=WORKERS))["products"]
                await wix.auth.generate_visitor_tokens()  # the visitor's first page load
                print(f"session started; token calls: {emulator.stats.token_calls}")

                emulator.advance(5 * 3600)  # the access token (4 hours) has expired
                offset = emulator.now() - time.time()
                processes = [
                    await spawn_worker(emulator.base_url, prefix, product["id"], offset)
                    for product in products
                ]
                codes = [await process.wait() for process in processes]

                cart = await wix.current_cart.get()
            items = len(cart["lineItems"]) if cart else 0
            print(f"{WORKERS} processes added {items} products to one cart")
            print(f"token calls: {emulator.stats.token_calls} ({emulator.stats.refresh} renewal)")
            if any(codes) or items != WORKERS or emulator.stats.refresh != 1:
                raise SystemExit("the fleet did not share one session")
    finally:
        # The session's keys (the lock's are gone with their release): no SCAN needed.
        await RedisTokenStore(connection, prefix=prefix).for_client(CLIENT_ID).delete(VISITOR)
        await connection.aclose()


if __name__ == "__main__":
    if sys.argv[1:2] == ["worker"]:
        base_url, prefix, product_id, offset = sys.argv[2:6]
        asyncio.run(worker(base_url, prefix, product_id, float(offset)))
    else:
        asyncio.run(fleet())
