"""Redis reads made together: loads asked for in one event-loop iteration share a round trip.

Under load, many requests reach their session load in the same iteration of the event
loop. :class:`ReadBatch` collects them and sends one command for all at the end of
that iteration: ``MGET`` (or a pipeline of ``GETEX`` when loads slide the TTL, and a
pipeline on a cluster, whose keys live in different slots). Two loads of one key in
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

        Raises whatever redis-py raised for the batch; the caller translates it.
        """
        loop = asyncio.get_running_loop()
        pending = self._pending
        if pending is None or self._loop is not loop:  # (a batch of a closed loop is dropped)
            pending = self._pending = {}
            self._loop = loop
            loop.call_soon(self._send, pending)
        # A future per reader: a cancelled reader cancels only its own.
        future: asyncio.Future[bytes | None] = loop.create_future()
        readers = pending.get(name)
        if readers is None:
            pending[name] = [future]
        else:
            readers.append(future)
        return await future

    def _send(self, pending: dict[str, list[asyncio.Future[bytes | None]]]) -> None:
        if self._pending is pending:
            self._pending = None
        names = list(pending)
        for start in range(0, len(names), _MAX_KEYS):
            part = {name: pending[name] for name in names[start : start + _MAX_KEYS]}
            task = asyncio.ensure_future(self._read(part))
            task.add_done_callback(_done)

    async def _read(self, part: dict[str, list[asyncio.Future[bytes | None]]]) -> None:
        names = list(part)
        try:
            values = await self._fetch(names)
        except asyncio.CancelledError:
            for readers in part.values():
                for future in readers:
                    future.cancel()
            raise
        except Exception as exc:  # handed to every reader of the batch
            for readers in part.values():
                for future in readers:
                    if not future.done():
                        future.set_exception(exc)
            return
        for readers, value in zip(part.values(), values, strict=True):
            for future in readers:
                if not future.done():
                    future.set_result(value)

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
