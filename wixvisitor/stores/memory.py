"""An in-process token store with an optional LRU bound and time-to-live."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable

import attrs

from .._ordering import same_session
from ..tokens import Tokens

__all__ = ["MemoryTokenStore"]


@attrs.define
class MemoryTokenStore:
    """Tokens in a dict: fast, private to one process, gone on restart.

    ``max_size`` keeps at most that many visitors, dropping the least recently used;
    ``ttl`` (seconds) forgets a visitor that was not saved again for that long. Both
    are O(1) per call. ``clock`` is a monotonic clock, injectable for tests.

    >>> store = MemoryTokenStore(max_size=100_000, ttl=30 * 24 * 3600)
    """

    max_size: int | None = None
    ttl: float | None = None
    clock: Callable[[], float] = attrs.field(default=time.monotonic, repr=False)
    _entries: OrderedDict[str, tuple[Tokens, float]] = attrs.field(
        init=False, factory=OrderedDict, repr=False
    )

    def __attrs_post_init__(self) -> None:
        if self.max_size is not None and self.max_size < 1:
            raise ValueError("max_size must be at least 1")
        if self.ttl is not None and self.ttl <= 0:
            raise ValueError("ttl must be positive")

    def __len__(self) -> int:
        return len(self._entries)

    async def load(self, key: str) -> Tokens | None:
        """Return the tokens saved under ``key``, or ``None``."""
        return self._held(key)

    def _held(self, key: str) -> Tokens | None:
        entry = self._entries.get(key)
        if entry is None:
            return None
        tokens, deadline = entry
        if self.ttl is not None and self.clock() >= deadline:
            del self._entries[key]
            return None
        if self.max_size is not None:
            self._entries.move_to_end(key)
        return tokens

    async def save(self, key: str, tokens: Tokens) -> None:
        """Save ``tokens`` under ``key``, evicting the least recently used beyond ``max_size``."""
        self._put(key, tokens)

    def _put(self, key: str, tokens: Tokens) -> None:
        deadline = self.clock() + self.ttl if self.ttl is not None else 0.0
        self._entries[key] = (tokens, deadline)
        self._entries.move_to_end(key)
        if self.max_size is not None and len(self._entries) > self.max_size:
            self._entries.popitem(last=False)

    async def save_if(self, key: str, tokens: Tokens, expected: Tokens | None) -> bool:
        """Save ``tokens`` if ``key`` still holds ``expected``'s session (atomic: no await)."""
        if not same_session(self._held(key), expected):
            return False
        self._put(key, tokens)
        return True

    async def delete(self, key: str) -> None:
        """Forget ``key``."""
        self._entries.pop(key, None)
