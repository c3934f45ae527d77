"""The CLI's Redis client: every connection it opened is closed before its event loop ends.

redis-py closes a connection that failed in the middle of a command (a refused ``AUTH``, a
read error) with ``disconnect(nowait=True)``: it starts the close and does not wait for it.
Over plain TCP the close ends on the loop's next turn. Over TLS it is an exchange with the
server (``close_notify``) that takes a round trip, and ``asyncio.run`` closes the loop
first when the command ends the CLI (``tokens show --store rediss://…`` with a wrong
password): the socket and its transport then outlive their loop, unclosed, until the
garbage collector warns about them. This client remembers such closes and
:meth:`ClosingRedis.aclose` waits for them, :data:`CLOSE_WAIT` seconds at most.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

#: How long :meth:`ClosingRedis.aclose` waits for the closes redis-py started, at most.
CLOSE_WAIT = 2.0


class ClosingRedis:
    """A ``redis.asyncio.Redis`` (``.client``) whose unawaited closes :meth:`aclose` waits for."""

    def __init__(self, url: str, **options: Any) -> None:
        """``redis.asyncio.Redis.from_url(url, **options)``; a bad URL is a ``ValueError``."""
        from redis.asyncio import Redis
        from redis.asyncio.connection import Connection, parse_url

        base: Any = parse_url(url).get("connection_class", Connection)  # TCP, TLS, Unix socket
        closing: list[asyncio.StreamWriter] = []

        class _Remembered(base):  # type: ignore[misc]
            async def disconnect(self, nowait: bool = False, **kwargs: Any) -> None:
                writer = getattr(self, "_writer", None)  # redis-py drops it as the close starts
                await super().disconnect(nowait=nowait, **kwargs)
                if nowait and writer is not None:
                    closing.append(writer)

        self.client: Any = Redis.from_url(url, connection_class=_Remembered, **options)
        #: The streams of the connections redis-py closed without waiting, oldest first.
        self.unawaited_closes = closing

    async def aclose(self) -> None:
        """Close the client, then wait for the closes redis-py started without waiting."""
        await self.client.aclose()
        for writer in self.unawaited_closes:
            with contextlib.suppress(Exception):  # closed already, or the peer went: it ends
                await asyncio.wait_for(writer.wait_closed(), CLOSE_WAIT)
