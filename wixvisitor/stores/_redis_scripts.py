"""What the Redis store runs inside Redis: a save is one script, so is a 0.1 session's move.

:class:`StoreScripts` registers both once per store (``redis.register_script``); each
runs atomically on the Redis that holds its keys (the keys of one script share a hash
tag, hence a cluster slot). Errors pass to the store (``redis.py``), which wraps them.
"""

from __future__ import annotations

from typing import Any

from .._singleflight import SingleFlight

__all__ = ["StoreScripts"]

# Every save is one script, one round trip. ARGV[3] says when to write:
# "changed": unless the key already holds these exact tokens (no SET, no replication
# traffic); "absent": only if the key holds nothing; "=" + a refresh token: only if the
# key still holds that session (a renewal's save: tokens set meanwhile win).
# Written tokens get a fresh TTL (ARGV[2]; '0' keeps them forever).
_SAVE = """
local held = redis.call('GET', KEYS[1])
if ARGV[3] == 'changed' then
  if held == ARGV[1] then return 0 end
elseif ARGV[3] == 'absent' then
  if held then return 0 end
else
  if not held then return 0 end
  local ok, decoded = pcall(cjson.decode, held)
  if not ok or type(decoded) ~= 'table' or type(decoded['refreshToken']) ~= 'table'
     or '=' .. tostring(decoded['refreshToken']['value']) ~= ARGV[3] then
    return 0
  end
end
if ARGV[2] == '0' then
  redis.call('SET', KEYS[1], ARGV[1])
else
  redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
end
return 1
"""


# A bound store's load that finds nothing under its own key reads the unbound key
# 0.1 wrote (the same hash tag, so the same cluster slot) and moves the session
# under the bound key, once.
_ADOPT_UNBOUND = """
local held = redis.call('GET', KEYS[2])
if not held then return redis.call('GET', KEYS[1]) end
if ARGV[1] == '0' then
  redis.call('SET', KEYS[1], held, 'NX')
else
  redis.call('SET', KEYS[1], held, 'EX', ARGV[1], 'NX')
end
redis.call('DEL', KEYS[2])
return redis.call('GET', KEYS[1])
"""


class StoreScripts:
    """The two scripts, registered on one client; keys written get ``ttl`` (``None``: forever)."""

    __slots__ = ("_adopt", "_adopting", "_save", "_ttl")

    def __init__(self, redis: Any, ttl: int | None) -> None:
        self._save = redis.register_script(_SAVE)
        self._adopt = redis.register_script(_ADOPT_UNBOUND)
        self._adopting: SingleFlight[bytes | None] = SingleFlight()  # 0.1 sessions moving
        self._ttl = ttl or 0

    async def save(self, name: str, value: str, when: str) -> bool:
        """Write ``value`` under ``name`` if ``when`` holds (see the script): whether it did."""
        return bool(await self._save(keys=[name], args=[value, self._ttl, when]))

    async def adopt_unbound(self, name: str, unbound: str) -> bytes | None:
        """Move a 0.1 session under ``name`` (one script); concurrent misses share it."""

        async def move() -> bytes | None:
            moved: bytes | None = await self._adopt(keys=[name, unbound], args=[self._ttl])
            return moved

        return await self._adopting.run(name, move)
