"""Redis reads made together: loads that queue behind a read share the next round trip.

A load sends its ``GET`` at once when no read of the store is on the wire; loads that
come while one is share the next round trip, sent as soon as it returns: one ``MGET``
(a pipeline of ``GETEX`` when loads slide the TTL, a pipeline on a cluster, whose keys
live in different slots), where loads of one key share one read. A quiet service thus
pays exactly one ``GET`` per load and nothing more, and a busy one sends few commands
for many loads (the batch grows with the load, as in auto-pipelining clients).

Batching never serves anything older than the caller's own request: a load joins only
a batch not yet sent, so every write that finished before the load began is seen,
exactly as with a ``GET`` of its own.

What a load read is parsed once per distinct value (:class:`ParsedSessions`): a
returning visitor's session reads the same bytes until it is renewed.
"""

from __future__ import annotations

import asyncio
from typing import Any

from ..tokens import Tokens

__all__ = ["ParsedSessions", "ReadBatch"]

#: Parsed sessions remembered per store, keyed by the exact bytes Redis answered.
_PARSED_CACHE_SIZE = 4096

# A batch larger than this goes out in parts: one huge MGET would hold up Redis
# (single-threaded) and every other client's commands behind it.
_MAX_KEYS = 512

_Readers = dict[str, list[asyncio.Future[bytes | None]]]


class ReadBatch:
    """The reads of one ``redis.asyncio`` client: one on the wire, the rest queued behind it."""

    __slots__ = ("_busy", "_cluster", "_loop", "_next", "_redis", "_ttl")

    def __init__(self, redis: Any, *, ttl: int | None, cluster: bool) -> None:
        self._redis = redis
        self._ttl = ttl  # set: every read is a GETEX that restarts the key's TTL
        self._cluster = cluster
        self._busy = False  # a read is on the wire
        self._next: _Readers | None = None  # the loads waiting for the next round trip
        self._loop: asyncio.AbstractEventLoop | None = None

    async def get(self, name: str) -> bytes | None:
        """The value of Redis key ``name`` (``None`` if absent).

        Raises whatever redis-py raised for its round trip; the caller translates it.
        """
        loop = asyncio.get_running_loop()
        if self._loop is not loop:  # (a closed loop's reads are forgotten)
            self._loop, self._busy, self._next = loop, False, None
        if self._busy:
            future: asyncio.Future[bytes | None] = loop.create_future()
            waiting = self._next
            if waiting is None:
                self._next = {name: [future]}
            else:
                readers = waiting.get(name)
                if readers is None:
                    waiting[name] = [future]
                else:
                    readers.append(future)
            return await future  # a cancelled load cancels only its own future
        self._busy = True
        try:
            return (await self._fetch([name]))[0]
        finally:
            self._release()

    def _release(self) -> None:
        """The read on the wire is done: send the loads that queued meanwhile, as one batch."""
        waiting = self._next
        if not waiting:
            self._busy = False
            return
        self._next = None
        task = asyncio.ensure_future(self._read(waiting))
        task.add_done_callback(_done)

    async def _read(self, part: _Readers) -> None:
        try:
            values = await self._fetch_all(list(part))
        except asyncio.CancelledError:
            for readers in part.values():
                for future in readers:
                    future.cancel()
            raise
        except Exception as exc:  # every load of the batch raises it
            for readers in part.values():
                for future in readers:
                    if not future.done():
                        future.set_exception(exc)
        else:
            for readers, value in zip(part.values(), values, strict=True):
                for future in readers:
                    if not future.done():
                        future.set_result(value)
        finally:
            self._release()

    async def _fetch_all(self, names: list[str]) -> list[bytes | None]:
        values: list[bytes | None] = []
        for start in range(0, len(names), _MAX_KEYS):
            values += await self._fetch(names[start : start + _MAX_KEYS])
        return values

    async def _fetch(self, names: list[str]) -> list[bytes | None]:
        redis = self._redis
        if len(names) == 1:  # the usual case when the service is quiet: one command
            if self._ttl is not None:
                return [await redis.getex(names[0], ex=self._ttl)]
            return [await redis.get(names[0])]
        if self._ttl is None and not self._cluster:
            return list(await redis.mget(names))
        async with redis.pipeline(transaction=False) as pipe:
            for name in names:
                if self._ttl is not None:
                    pipe.getex(name, ex=self._ttl)
                else:
                    pipe.get(name)
            return list(await pipe.execute())


def _done(task: asyncio.Future[None]) -> None:
    if not task.cancelled():
        task.exception()


class ParsedSessions(dict[bytes, Tokens]):
    """Tokens by the exact bytes Redis answered, the oldest dropped past a bound.

    Tokens are immutable, so every load of the same bytes may share them; a load looks
    them up with the plain ``dict.get``.
    """

    __slots__ = ()

    def parse(self, raw: bytes) -> Tokens:
        """Parse ``raw`` (:class:`~wixvisitor.errors.InvalidTokensError` if it is no session)."""
        tokens = Tokens.from_json(raw)
        if len(self) >= _PARSED_CACHE_SIZE:
            del self[next(iter(self))]  # the oldest
        self[raw] = tokens
        return tokens
