"""Worker processes the crash scenarios kill: `python store_worker.py ACTION STORE KEY [ARGS]`.

STORE is `file:PATH` or `redis:URL|PREFIX|LEASE`. Actions:

- `save-loop START`: save tokens with expiresAt START, START+1, ... forever, printing each
  number once its save has returned (the parent SIGKILLs it at a random moment);
- `hold-lock`: take the renewal lock of KEY, print "locked", then hang until killed;
- `renew BASE_URL CLIENT_ID`: get an auth header for KEY through the store (renewing if
  the stored access token is expired) and print the SHA-256 of the token it got.

Nothing here prints a token value.
"""

from __future__ import annotations

import asyncio
import hashlib
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import wixvisitor as wv
from wixvisitor.stores import JsonFileTokenStore, RedisTokenStore


@asynccontextmanager
async def open_store(spec: str) -> AsyncIterator[Any]:
    """The store a spec names; a Redis client made here is closed on exit."""
    kind, _, rest = spec.partition(":")
    if kind == "file":
        yield JsonFileTokenStore(rest)
        return
    import redis.asyncio

    url, prefix, lease, client_id = rest.split("|")
    client = redis.asyncio.Redis.from_url(url)
    try:
        store = RedisTokenStore(client, prefix=prefix, lock_lease=float(lease), lock_poll=0.01)
        yield store.for_client(client_id)  # the keys the app's strategies use
    finally:
        await client.aclose()


def say(line: str) -> None:
    """Tell the parent something, now."""
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


async def main(action: str, spec: str, key: str, *args: str) -> None:
    """Run one action."""
    async with open_store(spec) as store:
        if action == "save-loop":
            number = int(args[0])
            while True:
                tokens = wv.Tokens(
                    wv.AccessToken(f"access-{number}", number), wv.RefreshToken(f"refresh-{number}")
                )
                await store.save(key, tokens)
                say(str(number))
                number += 1
        elif action == "hold-lock":
            async with store.lock(key):
                say("locked")
                await asyncio.Event().wait()
        elif action == "renew":
            base_url, client_id = args
            async with wv.Visitors(client_id, store=store, base_url=base_url) as visitors:
                headers = await visitors.client(key).auth.get_auth_headers()
            say(hashlib.sha256(headers["Authorization"].encode()).hexdigest())
        else:
            raise SystemExit(f"unknown action {action}")


if __name__ == "__main__":
    asyncio.run(main(*sys.argv[1:]))
