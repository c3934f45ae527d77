"""Process B of the near-cache logout test (run as a script, not collected).

It serves server-mode requests for one session id with a near-cached Redis store, the
way the integrations do (open the session from its cookie, load it, ask whether the
visitor is a member), as fast as it can, until the ``--stop`` file exists. Each request
notes whether the cache had received an invalidation before the request began. It prints
one JSON line of counts, never token values or the session id.
"""

from __future__ import annotations

import argparse
import asyncio
import json
from pathlib import Path

import redis.asyncio

import wixvisitor as wv
from wixvisitor.integrations._sessions import VisitorSessions
from wixvisitor.stores import RedisTokenStore

WARM = 100  # requests served from the cache before saying ready
AFTER_STOP = 200  # requests served once process A said it is done


async def main() -> None:
    """Warm the cache, say ready, serve until told to stop, print the counts."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--redis-url", required=True)
    parser.add_argument("--prefix", required=True)
    parser.add_argument("--client-id", required=True)
    parser.add_argument("--session-id", required=True)
    parser.add_argument("--ready", required=True)
    parser.add_argument("--stop", required=True)
    args = parser.parse_args()
    client = redis.asyncio.Redis.from_url(args.redis_url)
    store = RedisTokenStore(client, prefix=args.prefix, near_cache=True)
    near = store.near_cache
    assert near is not None
    counts = {"member_before": 0, "member_after": 0, "visitor_after": 0, "requests": 0}
    try:
        async with wv.Visitors(args.client_id, store=store, base_url="http://127.0.0.1:9") as app:
            sessions = VisitorSessions(app, "server")

            async def request() -> bool:
                session = sessions.open(args.session_id)
                return (await session.load()).auth.logged_in()

            await near.wait_live()
            counts["first_is_member"] = int(await request())
            base = near.invalidations
            stop, after_stop = Path(args.stop), 0
            while after_stop < AFTER_STOP:
                if counts["requests"] == WARM:
                    Path(args.ready).touch()
                invalidated = near.invalidations > base  # before the request begins
                member = await request()
                counts["requests"] += 1
                if not invalidated:
                    counts["member_before"] += member
                elif member:
                    counts["member_after"] += 1
                else:
                    counts["visitor_after"] += 1
                if stop.exists():
                    after_stop += 1
                await asyncio.sleep(0)  # let the invalidation connection be read
            counts["invalidations"] = near.invalidations - base
            counts["live"] = int(near.live)
    finally:
        await store.aclose()
        await client.aclose()
    print(json.dumps(counts))


if __name__ == "__main__":
    asyncio.run(main())
