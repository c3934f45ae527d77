"""``slide_on_load`` for a near-cached Redis store, without a write per load.

A ``GETEX`` on every load is a write, so it would invalidate every process's cached
copy of the session on every load. Instead, at most once per ``every`` seconds per
session and process, a script restarts the TTL only if it has run down by more than
``every``: of many processes loading one session, one restart per interval writes.
"""

from __future__ import annotations

import collections
import logging
import time
from typing import Any

__all__ = ["TtlSlide"]

logger = logging.getLogger("wixvisitor")

_SLIDE = """
local left = redis.call('PTTL', KEYS[1])
if left >= 0 and left < tonumber(ARGV[1]) - tonumber(ARGV[2]) then
  return redis.call('PEXPIRE', KEYS[1], ARGV[1])
end
return 0
"""


class TtlSlide:
    """Restarts the TTL (``ttl`` seconds) of loaded sessions, at most once per interval."""

    __slots__ = ("_args", "_every", "_last", "_script", "_size")

    def __init__(self, redis: Any, ttl: int, *, size: int) -> None:
        self._every = min(60.0, ttl / 10)  # a session expires at most 2 intervals early
        self._args = (ttl * 1000, int(self._every * 1000))
        self._script = redis.register_script(_SLIDE)
        self._size = size
        self._last: collections.OrderedDict[str, float] = collections.OrderedDict()

    def due(self, name: str) -> bool:
        """Whether ``name``'s TTL should be checked now (noted as checked if so)."""
        now, last = time.monotonic(), self._last
        checked = last.get(name)
        if checked is not None and now - checked < self._every:
            return False
        last[name] = now
        last.move_to_end(name)
        if len(last) > self._size:
            last.popitem(last=False)
        return True

    async def slide(self, name: str) -> None:
        """Restart ``name``'s TTL if it ran down; a failure only means the next load retries."""
        try:
            await self._script(keys=[name], args=list(self._args))
        except Exception:
            self._last.pop(name, None)
            logger.debug("wixvisitor: the near-cache could not slide a session's TTL")
