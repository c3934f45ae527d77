"""The near-cache's invalidation connection, as Redis speaks it: RESP2, tracking, a channel.

A dedicated connection of the caller's pool (RESP2 whatever the client speaks) runs
``CLIENT TRACKING on REDIRECT <its own id> BCAST PREFIX <prefix>`` and subscribes to
``__redis__:invalidate``. The cache that listens on it is ``_near_cache.py``.
"""

from __future__ import annotations

from typing import Any

__all__ = ["CHANNEL", "subscribe", "text", "tracking_connection"]

#: Where Redis sends the invalidations of a connection redirected to itself.
CHANNEL = "__redis__:invalidate"


def tracking_connection(redis: Any) -> Any:
    """A new connection of ``redis``'s pool speaking RESP2, named for ``CLIENT LIST``."""
    pool = redis.connection_pool
    kwargs = {
        name: value
        for name, value in pool.connection_kwargs.items()
        if not name.startswith("maint_notifications")  # RESP3-only (redis-py 6+)
    }
    kwargs.update(protocol=2, client_name="wixvisitor-near-cache")
    return pool.connection_class(**kwargs)


async def subscribe(connection: Any, prefix: str) -> None:
    """Connect, track every key under ``prefix`` (BCAST) to this connection, subscribe."""
    await connection.connect()
    await connection.send_command("CLIENT", "ID")
    own_id = await connection.read_response()
    await connection.send_command(
        "CLIENT", "TRACKING", "on", "REDIRECT", own_id, "BCAST", "PREFIX", prefix
    )
    if text(await connection.read_response()) != "OK":
        raise ConnectionError("CLIENT TRACKING was refused")
    await connection.send_command("SUBSCRIBE", CHANNEL)
    while text((await connection.read_response())[0]) != "subscribe":
        pass


def text(value: Any) -> str:
    """A reply's text: Redis answers bytes, or str with ``decode_responses``."""
    return value.decode() if isinstance(value, bytes) else str(value)
