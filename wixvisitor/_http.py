"""One aiohttp session, borrowed from the caller or created lazily and owned.

Who closes an owned session depends on how its owner is used:

- **Kept** (``async with client:``, ``async with strategy:``, and every
  :class:`~wixvisitor.Visitors`, which is app-wide): one session for the owner's life,
  closed by ``aclose``. Dropped unclosed, the holder says so with wixvisitor's own
  ``ResourceWarning`` (naming the object and how to close it) and closes the
  connections itself, so aiohttp's internals never warn.
- **Never entered** (``await OAuthStrategy(cid).generate_visitor_tokens()``, a
  ``create_client`` used for a few calls): the session lives while calls are in flight
  and is closed when the last one ends. Concurrent calls share it; a later call opens
  a new one. Nothing is left open, so nothing needs closing and nothing warns.
"""

from __future__ import annotations

import contextlib
import warnings

import aiohttp

__all__ = ["SessionHolder"]

_USER_AGENT = "wixvisitor (Python; aiohttp)"


class SessionHolder:
    """Hands out one ``aiohttp.ClientSession``; closes it only if it created it.

    A session must be created inside a running event loop, so an owned one is made
    on first use rather than in a (synchronous) constructor. Calls take it with
    :meth:`lease` and give it back with :meth:`release`.
    """

    __slots__ = ("_closed", "_kept_by", "_leases", "_owned", "_session")

    def __init__(self, session: aiohttp.ClientSession | None = None) -> None:
        self._session = session
        self._owned = session is None
        self._closed = False
        self._kept_by: str | None = None  # how to close the owner, once it is long-lived
        self._leases = 0

    @property
    def owned(self) -> bool:
        """Whether the session is ours to close."""
        return self._owned

    def keep(self, how_to_close: str) -> None:
        """Keep one session until :meth:`aclose` (the owner is long-lived).

        ``how_to_close`` ends the warning given if the owner is dropped unclosed, e.g.
        ``"Visitors: use `async with` or `await visitors.aclose()`"``.
        """
        if self._kept_by is None:
            self._kept_by = how_to_close

    def get(self) -> aiohttp.ClientSession:
        """The session, created on first use when none was given."""
        session = self._session
        if session is None:
            if self._closed:
                raise RuntimeError("this wixvisitor client is closed")
            session = self._session = aiohttp.ClientSession(headers={"User-Agent": _USER_AGENT})
        return session

    def lease(self) -> aiohttp.ClientSession:
        """The session for one call; pair with :meth:`release` in a ``finally``."""
        session = self.get()
        self._leases += 1
        return session

    async def release(self) -> None:
        """End one call's lease; the last one closes a session nobody keeps."""
        self._leases -= 1
        if self._leases or self._kept_by is not None or not self._owned:
            return
        session, self._session = self._session, None
        if session is not None:
            await session.close()

    async def aclose(self) -> None:
        """Close the session if we own it; a borrowed one is left to its owner."""
        self._closed = True
        session, self._session = self._session, (None if self._owned else self._session)
        if self._owned and session is not None:
            await session.close()

    def __del__(self) -> None:
        session = self._session
        if not self._owned or session is None or session.closed:
            return
        # Close the sockets first, so aiohttp's own "Unclosed ..." warnings never follow
        # ours (even when warnings are errors and ours raises).
        connector = session.connector
        session.detach()
        if connector is not None:
            with contextlib.suppress(Exception):
                connector._close()  # the synchronous part of close()
        warnings.warn(
            f"an unclosed wixvisitor {self._kept_by or 'client'}",
            ResourceWarning,
            stacklevel=2,
            source=self,
        )
