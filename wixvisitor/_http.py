"""One aiohttp session, borrowed from the caller or created lazily and owned."""

from __future__ import annotations

import aiohttp

__all__ = ["SessionHolder"]

_USER_AGENT = "wixvisitor (Python; aiohttp)"


class SessionHolder:
    """Hands out one ``aiohttp.ClientSession``; closes it only if it created it.

    A session must be created inside a running event loop, so an owned one is made
    on first use rather than in a (synchronous) constructor.
    """

    __slots__ = ("_closed", "_owned", "_session")

    def __init__(self, session: aiohttp.ClientSession | None = None) -> None:
        self._session = session
        self._owned = session is None
        self._closed = False

    @property
    def owned(self) -> bool:
        """Whether the session is ours to close."""
        return self._owned

    def get(self) -> aiohttp.ClientSession:
        """The session, created on first use when none was given."""
        session = self._session
        if session is None:
            if self._closed:
                raise RuntimeError("this wixvisitor client is closed")
            session = self._session = aiohttp.ClientSession(headers={"User-Agent": _USER_AGENT})
        return session

    async def aclose(self) -> None:
        """Close the session if we own it; a borrowed one is left to its owner."""
        self._closed = True
        session, self._session = self._session, (None if self._owned else self._session)
        if self._owned and session is not None:
            await session.close()
