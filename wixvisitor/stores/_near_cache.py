"""A process-local near-cache of Redis sessions, kept right by Redis's invalidations.

Opt in with ``RedisTokenStore(redis, near_cache=True)``. The cache holds the raw value
of the keys this process read lately (an LRU of ``size`` keys, absent keys included).
A dedicated connection (RESP2, whatever protocol the caller's client speaks) runs
``CLIENT TRACKING on REDIRECT <its own id> BCAST PREFIX <store prefix>`` and
subscribes to ``__redis__:invalidate`` (``_invalidations.py``): Redis then names every
key under the prefix that any client changes, deletes, expires or evicts, and the cache
drops it.

Correctness rules, each one a line below:

- The cache is used only while that connection is confirmed (subscribed) in the
  running loop; otherwise reads are the store's plain reads, and the cache is
  cleared when the connection comes (back) up, since writes went unseen meanwhile.
- A miss fills the cache only if no invalidation (or local write) of that key came
  while its read was on the wire: a fill never resurrects an older value.
- Writes, deletes and lock acquisitions of this process drop the key (the store calls
  :meth:`NearCache.forget`), so the next load reads Redis: a process reads its own
  writes, and a renewal under the lock sees what the previous holder saved.
- Redis queues BCAST invalidations before it writes the replies of the same event-loop
  turn (``beforeSleep``), and writes both in that turn: when a writer's command returns,
  every subscriber's invalidation has left Redis. The staleness bound is how fast a
  reader's loop reads its socket (figure 13 of the benchmarks).
"""

from __future__ import annotations

import asyncio
import collections
import logging
from typing import Any

from ._invalidations import subscribe, text, tracking_connection
from ._redis_reads import ReadBatch
from ._ttl_slide import TtlSlide

__all__ = ["ABSENT", "NearCache"]

logger = logging.getLogger("wixvisitor")

#: Not in the cache (a cached ``None`` is a key Redis does not hold).
ABSENT: Any = object()
#: Seconds of silence after which the connection is pinged; no pong within as many
#: again and it counts as lost (a connection killed outright is noticed at once).
_HEALTH_CHECK = 1.0
_RETRY_FIRST, _RETRY_MAX = 0.05, 2.0  # reconnection backoff, seconds


class NearCache:
    """Recently read sessions of one :class:`~wixvisitor.stores.RedisTokenStore`.

    Reached as ``store.near_cache``; the store feeds it. ``live`` says whether reads
    are served from it now; :meth:`sync` waits until every invalidation Redis sent so
    far is applied.
    """

    __slots__ = (
        "_connection",
        "_entries",
        "_fallback",
        "_filling",
        "_live",
        "_loop",
        "_pings",
        "_prefix",
        "_reads",
        "_redis",
        "_size",
        "_slide",
        "_tasks",
        "_up",
        "connections",
        "invalidations",
    )

    def __init__(
        self, redis: Any, fallback: ReadBatch, *, prefix: str, size: int, slide_ttl: int | None
    ) -> None:
        if not isinstance(size, int) or size < 1:
            raise ValueError("near_cache_size must be a whole number, at least 1")
        self._redis = redis
        self._fallback = fallback  # the store's own reads (GETEX when loads slide)
        self._reads = ReadBatch(redis, ttl=None, cluster=False)  # fills: plain GETs
        self._prefix = prefix
        self._size = size
        self._entries: collections.OrderedDict[str, Any] = collections.OrderedDict()
        self._filling: dict[str, object] = {}  # key -> the read that may fill it
        self._live = False
        self._loop: asyncio.AbstractEventLoop | None = None
        self._connection: Any = None
        self._pings: collections.deque[asyncio.Future[bool] | None] = collections.deque()
        self._up: asyncio.Event | None = None
        self._tasks: set[asyncio.Future[Any]] = set()
        self._slide = TtlSlide(redis, slide_ttl, size=size) if slide_ttl else None
        #: How many times the invalidation connection was confirmed, and how many
        #: invalidation messages it brought (for tests and monitoring).
        self.connections = 0
        self.invalidations = 0

    def __repr__(self) -> str:
        return f"<NearCache live={self._live} size={len(self._entries)}/{self._size}>"

    @property
    def live(self) -> bool:
        """Whether loads are served from the cache now (invalidations confirmed)."""
        return self._live

    def __len__(self) -> int:
        return len(self._entries)

    def cached(self, name: str) -> Any:
        """The value of key ``name`` if the cache can answer now, else :data:`ABSENT`.

        No await: a hit costs a dictionary lookup, not a coroutine (:meth:`get` reads).
        """
        if self._live and self._loop is asyncio.get_running_loop():
            entries = self._entries
            raw = entries.get(name, ABSENT)
            slide = self._slide
            if slide is not None and slide.due(name):
                self._keep(slide.slide(name))
            if raw is not ABSENT:
                entries.move_to_end(name)
            return raw
        return ABSENT

    async def get(self, name: str) -> Any:
        """The value of key ``name``: from the cache when live, else one plain read."""
        raw = self.cached(name)
        if raw is not ABSENT:
            return raw
        return await self.read(name)

    async def read(self, name: str) -> Any:
        """The value of key ``name`` read from Redis: it fills the cache when live."""
        if self._live and self._loop is asyncio.get_running_loop():
            return await self._fill(name)
        self._start()
        return await self._fallback.get(name)

    async def _fill(self, name: str) -> Any:
        read = object()
        filling = self._filling
        filling[name] = read
        try:
            raw = await self._reads.get(name)
        finally:
            if filling.get(name) is read:  # nothing dropped the key meanwhile
                del filling[name]
                read = None
        if read is None and self._live:
            entries = self._entries
            entries[name] = raw
            if len(entries) > self._size:
                entries.popitem(last=False)  # the least recently used
        return raw

    def forget(self, name: str) -> None:
        """Drop ``name``: this process wrote, deleted or locked it (the next load reads Redis)."""
        self._entries.pop(name, None)
        self._filling.pop(name, None)

    def _clear(self) -> None:
        self._entries.clear()
        self._filling.clear()

    async def sync(self) -> bool:
        """Wait until every invalidation Redis sent before this call is applied.

        One ``PING`` on the invalidation connection: Redis answers it after everything
        it sent there before. Returns ``False`` (at once) when the cache is not live.
        """
        if not self._live or self._loop is not asyncio.get_running_loop():
            return False
        pong: asyncio.Future[bool] = self._loop.create_future()
        self._pings.append(pong)  # True once answered, False if the connection is lost
        try:
            await self._connection.send_command("PING")
        except Exception:
            return False
        return await pong

    async def wait_live(self) -> None:
        """Wait until the invalidation connection is confirmed (starting it if need be)."""
        self._start()
        assert self._up is not None
        await self._up.wait()

    async def aclose(self) -> None:
        """Stop listening and close the invalidation connection (the client stays open)."""
        tasks, self._tasks, self._loop = list(self._tasks), set(), None
        loop = asyncio.get_running_loop()
        for task in tasks:
            # redis-py's connect can swallow a cancellation: cancel until it is done.
            while not task.done() and task.get_loop() is loop:
                task.cancel()
                await asyncio.wait([task], timeout=0.05)

    # -- the invalidation connection ---------------------------------------------

    def _start(self) -> None:
        loop = asyncio.get_running_loop()
        if self._loop is loop:
            return
        # First use, or a new loop (the old loop's listener is gone with it).
        self._loop, self._live, self._tasks = loop, False, set()
        self._up = asyncio.Event()
        self._clear()
        self._keep(self._listen())

    def _keep(self, coroutine: Any) -> None:
        task = asyncio.ensure_future(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _listen(self) -> None:
        loop, delay, lost = asyncio.get_running_loop(), _RETRY_FIRST, False
        while self._loop is loop:
            try:
                self._connection = connection = tracking_connection(self._redis)
                try:
                    await subscribe(connection, self._prefix)
                    if self._loop is not loop:
                        return  # closed while subscribing
                    self._clear()  # writes may have gone unseen while we were not live
                    self._live, delay = True, _RETRY_FIRST
                    self.connections += 1
                    assert self._up is not None
                    self._up.set()
                    if lost:
                        logger.info("wixvisitor: the near-cache's invalidations are back")
                    lost = False
                    await self._serve(connection)
                finally:
                    self._down()
                    # nowait: a close must not wait on a socket cancelled mid-handshake
                    await connection.disconnect(nowait=True)
            except Exception:
                if self._loop is not loop:  # closed (a cancellation redis-py turned into
                    return  # an error) or moved to another loop: this listener is done
                if not lost:
                    logger.warning(
                        "wixvisitor: the near-cache lost its Redis invalidation connection; "
                        "plain reads until it is back",
                        exc_info=True,
                    )
                lost = True
            await asyncio.sleep(delay)
            delay = min(delay * 2, _RETRY_MAX)

    async def _serve(self, connection: Any) -> None:
        pinged, task, loop = False, asyncio.current_task(), asyncio.get_running_loop()
        while True:
            message = await connection.read_response(timeout=_HEALTH_CHECK)
            if self._loop is not loop or (task is not None and task.cancelling()):
                raise asyncio.CancelledError  # closed: a cancellation redis-py swallowed
            if message is None:  # quiet: make sure the connection still answers
                if pinged:
                    raise ConnectionError("the invalidation connection stopped answering")
                self._pings.append(None)
                await connection.send_command("PING")
                pinged = True
                continue
            pinged = False
            kind = text(message[0])
            if kind == "message":
                self.invalidations += 1
                names = message[2]
                if names is None:  # FLUSHDB / FLUSHALL: everything
                    self._clear()
                else:
                    for name in names:
                        self.forget(text(name))
            elif kind == "pong" and self._pings:
                waiter = self._pings.popleft()
                if waiter is not None and not waiter.done():
                    waiter.set_result(True)

    def _down(self) -> None:
        self._live = False
        self._clear()
        if self._up is not None:
            self._up.clear()
        while self._pings:
            waiter = self._pings.popleft()
            if waiter is not None and not waiter.done():
                waiter.set_result(False)
