"""A token store in Redis: one session shared by every process of a service.

Needs the ``redis`` extra: ``pip install 'wixvisitor[redis]'``.
"""

from __future__ import annotations

import contextlib
import copy
from collections.abc import AsyncIterator
from typing import Literal

from .._redact import fingerprint
from ..errors import InvalidTokensError, MissingDependencyError, StoreError
from ..tokens import Tokens
from ._near_cache import ABSENT, NearCache
from ._redis_reads import ParsedSessions, ReadBatch
from ._redis_scripts import StoreScripts

try:
    import redis.asyncio
    import redis.asyncio as redis_asyncio

    from ._redis_lock import held_lock  # imports redis.exceptions
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise MissingDependencyError("redis", "redis") from exc

__all__ = [
    "DEFAULT_LOCK_LEASE",
    "DEFAULT_LOCK_TIMEOUT",
    "DEFAULT_PREFIX",
    "DEFAULT_TTL",
    "RedisTokenStore",
]

#: Keys start with this unless told otherwise.
DEFAULT_PREFIX = "wixvisitor:"
#: A visitor's tokens live 30 days after their last load or save.
DEFAULT_TTL = 30 * 24 * 3600
#: Seconds a renewal may hold the lock before Redis frees it (renewals give up after 30 s).
DEFAULT_LOCK_LEASE = 60.0
#: Seconds to wait for another process's renewal before :class:`LockTimeoutError`.
DEFAULT_LOCK_TIMEOUT = 35.0
# Whatever the client raises inside an operation is a StoreError, not only RedisError:
# RedisClusterException (SlotNotCoveredError while a master fails over) is none, and
# redis-py's asyncio client leaks AttributeError/TypeError from a transport torn down
# under a write (redis/redis-py#4287, during cluster topology refreshes too).
# Cancellation, KeyboardInterrupt and SystemExit are no Exception: they pass.
_ERRORS = (Exception,)


class RedisTokenStore:
    """Tokens as JSON (the JS SDK's shape) in a caller-owned ``redis.asyncio.Redis``.

    A visitor's tokens live under ``{prefix}{client_id}:{<key>}`` and its renewal lock
    under the same name plus ``:lock``; the braces are a Redis Cluster hash tag, so both
    share a slot. Strategies, :class:`~wixvisitor.Visitors` and ``create_client`` bind
    the store to their Wix client id (:meth:`for_client`), so two client ids on one
    Redis and one prefix never share a key. An unbound store (used directly) keys
    ``{prefix}{<key>}``, as 0.1 did; with ``legacy_keys`` (the default) a bound store
    that misses reads such a key once and moves the session under its own key.

    Loading is one ``GET``: a pure read, so it causes no AOF or replication traffic.
    Under load, loads that come while a read is on the wire share the next round trip
    (one ``MGET``), and loads of one key there share one read.
    Saving is one compare-and-set script: tokens equal to the stored ones write
    nothing; changed ones are written with a fresh TTL (``ttl`` seconds, default 30
    days; ``None`` keeps keys forever). The TTL thus slides with every renewal, which
    a returning visitor makes whenever its four-hour access token has expired, so
    only sessions idle for about ``ttl`` expire. ``slide_on_load=True`` loads with
    ``GETEX`` instead, restarting the TTL on every load at the price of one write
    per load.

    :meth:`lock` is redis-py's own ``Lock`` with a ``lock_lease`` and a
    ``lock_timeout`` deadline (:class:`~wixvisitor.errors.LockTimeoutError`),
    polling every ``lock_poll`` seconds.

    ``near_cache=True`` keeps the last ``near_cache_size`` sessions read in this
    process and serves loads from them, dropped as soon as Redis reports a change
    from any process (docs/near-cache.md); call :meth:`aclose` at shutdown. Not on
    Redis Cluster.

    Every Redis failure raises :class:`~wixvisitor.errors.StoreError` with the cause
    chained, whatever the client raised (cancellation passes). How fast that happens is
    the client's business: set ``socket_timeout``, ``socket_connect_timeout`` and
    ``retry`` on it. Under heavy concurrency give it a
    ``redis.asyncio.BlockingConnectionPool``: the default pool raises at once when its
    connections run out instead of waiting for one. The store never closes the client.

    >>> store = RedisTokenStore(redis.asyncio.Redis.from_url(URL), prefix="shop:")  # doctest: +SKIP
    """

    __slots__ = (
        "_client_id",
        "_head",
        "_legacy_keys",
        "_lock_lease",
        "_lock_poll",
        "_lock_timeout",
        "_near",
        "_parsed",
        "_prefix",
        "_reads",
        "_redis",
        "_scripts",
        "_slide_on_load",
        "_ttl",
    )

    def __init__(
        self,
        redis: redis.asyncio.Redis,
        *,
        prefix: str = DEFAULT_PREFIX,
        ttl: int | None = DEFAULT_TTL,
        lock_lease: float = DEFAULT_LOCK_LEASE,
        lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
        lock_poll: float = 0.02,
        slide_on_load: bool = False,
        legacy_keys: bool = True,
        near_cache: bool = False,
        near_cache_size: int = 10_000,
    ) -> None:
        if ttl is not None and (not isinstance(ttl, int) or ttl < 1):
            raise ValueError("ttl must be a whole number of seconds, at least 1, or None")
        if lock_lease <= 0 or lock_timeout <= 0 or lock_poll <= 0:
            raise ValueError("lock_lease, lock_timeout and lock_poll must be positive")
        self._redis = redis
        self._prefix = prefix
        self._ttl = ttl
        self._lock_lease = lock_lease
        self._lock_timeout = lock_timeout
        self._lock_poll = lock_poll
        self._slide_on_load = slide_on_load and ttl is not None
        cluster = isinstance(redis, redis_asyncio.RedisCluster)
        self._parsed = ParsedSessions()  # shared with the bound views, as _reads
        self._reads = ReadBatch(redis, ttl=ttl if self._slide_on_load else None, cluster=cluster)
        self._near: NearCache | None = None
        if near_cache:  # loads go through the cache; writes and locks drop what they touch
            if cluster:
                raise ValueError("near_cache needs a single Redis or Sentinel, not a cluster")
            slide = ttl if self._slide_on_load else None
            self._near = NearCache(
                redis, self._reads, prefix=prefix, size=near_cache_size, slide_ttl=slide
            )
        self._scripts = StoreScripts(redis, ttl)
        self._legacy_keys = legacy_keys
        self._client_id: str | None = None
        self._head = prefix  # what a key's name starts with: the prefix, then the client id

    def for_client(self, client_id: str) -> RedisTokenStore:
        """A view of this store whose keys are bound to a Wix client id (strategies call it)."""
        if self._client_id == client_id:
            return self
        if self._client_id is not None:
            raise ValueError("this store is bound to another client id")
        if not client_id or "{" in client_id or "}" in client_id:
            raise ValueError("a client id must be non-empty and hold no braces")
        bound = copy.copy(self)
        bound._client_id = client_id
        bound._head = f"{self._prefix}{client_id}:"
        return bound

    @property
    def client_id(self) -> str | None:
        """The client id the keys are bound to, if any."""
        return self._client_id

    def __repr__(self) -> str:
        bound = f" client_id={self._client_id!r}" if self._client_id else ""
        return f"<RedisTokenStore prefix={self._prefix!r}{bound} ttl={self._ttl}>"

    @property
    def near_cache(self) -> NearCache | None:
        """The near-cache (``near_cache=True``), else ``None``."""
        return self._near

    async def aclose(self) -> None:
        """Close the near-cache's invalidation connection, if any (never the client)."""
        if self._near is not None:
            await self._near.aclose()

    @property
    def prefix(self) -> str:
        """What every key of this store starts with."""
        return self._prefix

    def redis_key(self, key: str) -> str:
        """The Redis key of ``key``'s tokens: ``{prefix}{client_id}:{<key>}`` once bound."""
        return f"{self._head}{{{key}}}"

    async def load(self, key: str) -> Tokens | None:
        """Return the tokens saved under ``key``, or ``None``: one round trip when found.

        A miss of a bound store with ``legacy_keys`` costs one more (a script that moves
        a 0.1 session, if there is one, and answers what the key holds then).
        """
        name = f"{self._head}{{{key}}}"  # self.redis_key(key), without the call
        try:
            near = self._near
            if near is None:
                raw = await self._reads.get(name)
            else:
                raw = near.cached(name)  # a hit costs no await
                if raw is ABSENT:
                    raw = await near.read(name)
            if raw is None and self._client_id is not None and self._legacy_keys:
                raw = await self._scripts.adopt_unbound(name, f"{self._prefix}{{{key}}}")
        except _ERRORS as exc:
            raise StoreError(f"Redis failed to load session {self._describe(key)}") from exc
        if raw is None:
            return None
        tokens = self._parsed.get(raw)
        return tokens if tokens is not None else self._parse(raw, key)

    def load_nowait(self, key: str) -> Tokens | Literal[False] | None:
        """:meth:`load` answered from the near-cache, with no I/O and no await.

        The tokens, ``None`` when Redis holds none (as the cache knows), or ``False``
        when only a round trip can tell: no near-cache, its connection not confirmed, a
        miss. The integrations try this first, so a request served from the cache
        costs no coroutine for its session.
        """
        near = self._near
        if near is None:
            return False
        raw = near.cached(f"{self._head}{{{key}}}")
        if raw is ABSENT or (raw is None and self._client_id is not None and self._legacy_keys):
            return False  # (a miss of a bound store may have a 0.1 session to move)
        if raw is None:
            return None
        tokens = self._parsed.get(raw)
        return tokens if tokens is not None else self._parse(raw, key)

    def _parse(self, raw: bytes, key: str) -> Tokens:
        try:
            return self._parsed.parse(raw)
        except InvalidTokensError as exc:
            raise StoreError(f"Redis holds invalid tokens for {self._describe(key)}") from exc

    async def save(self, key: str, tokens: Tokens) -> None:
        """Save ``tokens`` under ``key`` with a fresh TTL; unchanged tokens write nothing."""
        await self._run_save(key, tokens, "changed")

    async def save_if(self, key: str, tokens: Tokens, expected: Tokens | None) -> bool:
        """Save ``tokens`` only if ``key`` still holds ``expected``'s session: one script."""
        when = "=" + expected.refresh_token.value if expected is not None else "absent"
        return await self._run_save(key, tokens, when)

    async def _run_save(self, key: str, tokens: Tokens, when: str) -> bool:
        try:
            return await self._scripts.save(self.redis_key(key), tokens.to_json(), when)
        except _ERRORS as exc:
            raise StoreError(f"Redis failed to save session {self._describe(key)}") from exc
        finally:
            if self._near is not None:
                self._near.forget(self.redis_key(key))

    async def delete(self, key: str) -> None:
        """Forget ``key`` (and its 0.1 key, so a logout cannot come back through it)."""
        names = [self.redis_key(key)]
        if self._client_id is not None and self._legacy_keys:
            names.append(f"{self._prefix}{{{key}}}")  # the same slot: one DEL
        try:
            await self._redis.delete(*names)
        except _ERRORS as exc:
            raise StoreError(f"Redis failed to delete session {self._describe(key)}") from exc
        finally:
            if self._near is not None:
                self._near.forget(names[0])

    @contextlib.asynccontextmanager
    async def lock(self, key: str) -> AsyncIterator[None]:
        """Hold the cross-process renewal lock of ``key`` (not re-entrant).

        Redis frees the lock after ``lock_lease`` seconds whatever happens to this
        process. A release that fails is tried once more, then logged as a WARNING
        (the lease frees the lock); so is a lease that ran out before the release
        (another process may have renewed at the same time: raise ``lock_lease`` if
        renewals are slow). An acquire that fails raises :class:`StoreError` after
        freeing the lock in case its ``SET`` reached Redis.
        """
        name = self.redis_key(key)
        async with held_lock(
            self._redis,
            name + ":lock",
            lease=self._lock_lease,
            poll=self._lock_poll,
            timeout=self._lock_timeout,
            session=self._describe(key),
        ):
            if self._near is not None:  # the previous holder's save may not be invalidated yet
                self._near.forget(name)
            yield

    def _describe(self, key: str) -> str:
        # The key may be a secret session id: name it by fingerprint only.
        return f"{self._prefix}{{{fingerprint(key)}}}"
