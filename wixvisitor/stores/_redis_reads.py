"""Redis reads made together: loads asked for in one event-loop iteration share a round trip.

Under load, many requests reach their session load in the same iteration of the event
loop. :class:`ReadBatch` collects them and sends one command for all once that
iteration's readers have joined: ``MGET`` (or a pipeline of ``GETEX`` when loads slide
the TTL, and a pipeline on a cluster, whose keys live in different slots). Two loads of one key in
that iteration share one read. A load alone in its iteration is one ``GET``, as before.

Batching never serves anything older than the caller's own request: a read joins only
a batch that has not been sent yet, so every write that finished before the load began
is seen, exactly as with a ``GET`` of its own.
"""

from __future__ import annotations

import asyncio
from typing import Any

__all__ = ["ReadBatch"]

# A batch larger than this goes out in parts: one huge MGET would hold up Redis
# (single-threaded) and every other client's commands behind it.
_MAX_KEYS = 512


class ReadBatch:
    """The reads of one ``redis.asyncio`` client, gathered per event-loop iteration."""

    __slots__ = ("_cluster", "_loop", "_pending", "_redis", "_ttl")

    def __init__(self, redis: Any, *, ttl: int | None, cluster: bool) -> None:
        self._redis = redis
        self._ttl = ttl  # set: every read is a GETEX that restarts the key's TTL
        self._cluster = cluster
        self._pending: dict[str, list[asyncio.Future[bytes | None]]] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    async def get(self, name: str) -> bytes | None:
        """The value of Redis key ``name`` (``None`` if absent), read with this iteration's batch.

        The first reader of an iteration leads: it yields once, so that the readers
        running in the same iteration join, then sends the batch itself and hands out
        the answers (no task: a reader alone pays one yield more than a plain ``GET``).
        Raises whatever redis-py raised; the caller translates it.
        """
        loop = asyncio.get_running_loop()
        pending = self._pending
        if pending is not None and self._loop is loop:
            future: asyncio.Future[bytes | None] = loop.create_future()
            readers = pending.get(name)
            if readers is None:
                pending[name] = [future]
            else:
                readers.append(future)
            return await future  # a cancelled reader cancels only its own future
        pending = self._pending = {name: []}
        self._loop = loop
        try:
            await asyncio.sleep(0)  # this iteration's other readers join
        except BaseException:
            self._abandon(pending)
            raise
        if self._pending is pending:
            self._pending = None
        try:
            values = await self._fetch_all(list(pending))
        except Exception as exc:
            _fail(pending, exc)
            raise
        except BaseException:
            self._abandon(pending)
            raise
        _answer(pending, values)
        return values[0]

    def _abandon(self, pending: dict[str, list[asyncio.Future[bytes | None]]]) -> None:
        # The leader was cancelled: its followers still get their answers, from a task.
        if self._pending is pending:
            self._pending = None
        followed = {name: readers for name, readers in pending.items() if readers}
        if followed:
            task = asyncio.ensure_future(self._read(followed))
            task.add_done_callback(_done)

    async def _read(self, part: dict[str, list[asyncio.Future[bytes | None]]]) -> None:
        try:
            values = await self._fetch_all(list(part))
        except asyncio.CancelledError:
            for readers in part.values():
                for future in readers:
                    future.cancel()
            raise
        except Exception as exc:
            _fail(part, exc)
            return
        _answer(part, values)

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


def _answer(
    pending: dict[str, list[asyncio.Future[bytes | None]]], values: list[bytes | None]
) -> None:
    for readers, value in zip(pending.values(), values, strict=True):
        for future in readers:
            if not future.done():
                future.set_result(value)


def _fail(pending: dict[str, list[asyncio.Future[bytes | None]]], exc: Exception) -> None:
    for readers in pending.values():
        for future in readers:
            if not future.done():
                future.set_exception(exc)


def _done(task: asyncio.Future[None]) -> None:
    if not task.cancelled():
        task.exception()
