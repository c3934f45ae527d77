"""One request's visitor session: the client its handler uses, and the cookie to write back.

The app's :class:`~wixvisitor.integrations._sessions.VisitorSessions` opens one
:class:`RequestSession` per request from the request's cookie; the integration asks it
for the ``Set-Cookie`` value when the response starts.
"""

from __future__ import annotations

import logging
from typing import Protocol

from .._cookie import CookieSettings, encode_tokens, new_session_id
from ..client import Visitors, WixClient
from ..tokens import Tokens

__all__ = ["AppSessions", "RequestSession", "set_cookie"]

logger = logging.getLogger("wixvisitor.integrations")


class AppSessions(Protocol):
    """What a request's session needs from its app's sessions (``VisitorSessions``)."""

    @property
    def visitors(self) -> Visitors:
        """The app's Visitors."""

    @property
    def mode(self) -> str:
        """``"cookie"`` or ``"server"``."""

    @property
    def settings(self) -> CookieSettings:
        """How the cookie is written."""

    def open_cookie(self, cookie: str | None) -> tuple[WixClient, Tokens | None, bool]:
        """Cookie mode: the client, the tokens the cookie brought, whether it was rejected."""

    def clearing_cookie(self) -> str:
        """The ``Set-Cookie`` value that clears the session cookie."""


def _fresh_session_id() -> str:
    # Expired from the store, or made up: the visitor gets a new id.
    logger.info("wixvisitor: a session cookie names a session the store does not know")
    return new_session_id()


class RequestSession:
    """One request's visitor: the client handlers use and what to write back."""

    __slots__ = ("_client", "_cookie", "_initial", "_rejected", "_session_id", "_sessions")

    # In server mode ``_session_id`` is the id the request came with (None: none usable);
    # the session's id afterwards is its client's ``auth.key`` (new if that one was unknown).

    def __init__(
        self,
        sessions: AppSessions,
        cookie: str | None = None,
        session_id: str | None = None,
        rejected: bool = False,
    ) -> None:
        self._sessions = sessions
        self._client: WixClient | None = None
        self._cookie = cookie  # cookie mode: our cookie's value, decoded on first use
        self._initial: Tokens | None = None  # cookie mode: the tokens the cookie brought
        self._session_id = session_id
        self._rejected = rejected

    def __repr__(self) -> str:
        return f"<RequestSession mode={self._sessions.mode!r} changed={self.changed()}>"

    @property
    def client(self) -> WixClient:
        """The visitor's client; made on first access (a cookie decoded, nothing loaded yet)."""
        client = self._client
        if client is None:
            sessions = self._sessions
            if sessions.mode == "server":
                session_id = self._session_id
                if session_id is None:
                    client = sessions.visitors.client(new_session_id())
                else:  # an id the store does not know is not adopted
                    client = sessions.visitors.client(session_id, unknown_key=_fresh_session_id)
            else:
                client, self._initial, self._rejected = sessions.open_cookie(self._cookie)
            self._client = client
        return client

    async def load(self) -> WixClient:
        """The client with the visitor's session read (server mode: one store ``load``).

        ``client.auth.logged_in()`` is then right even before any Wix call; nothing is
        minted for a visitor who has no session yet.
        """
        client = self.client
        auth = client._auth
        if not auth._held_now():  # (a cookie's tokens are; a near-cache hit is read now)
            await auth._read_first()
        return client

    async def log_in(self, tokens: Tokens) -> WixClient:
        """Make ``tokens`` (a member's) this visitor's session; returns the client to use now.

        Cookie mode rewrites the cookie with them. Server mode moves the session to a
        new session id and deletes the old one, so an id known before the login (a
        fixated one) never reaches the member's session.
        """
        client = self.client
        if self._sessions.mode == "cookie":
            await client.auth.set_tokens(tokens)
            return client
        old = client.auth.key
        self._client = client = self._sessions.visitors.client(new_session_id())
        await client.auth.set_tokens(tokens)
        await self._sessions.visitors.store.delete(old)
        return client

    async def log_out(self, original_url: str) -> str:
        """End the member session (``auth.logout``): the logout URL to send the browser to.

        The tokens are forgotten in memory and in the store, and the cookie is cleared
        unless the handler goes on to call Wix as a new visitor (new session id).
        """
        url = await self.client.auth.logout(original_url)
        visitors = self._sessions.visitors
        prefix = "" if self._sessions.mode == "server" else "cookie:"
        self._client = visitors.client(prefix + new_session_id())
        self._initial, self._rejected = None, True  # cleared unless a new visitor replaces it
        return url

    def changed(self) -> bool:
        """Whether the visitor's tokens differ from those the request came with."""
        if self._client is None:
            return False
        tokens = self._client.auth.get_tokens()
        if tokens is None:
            return False
        came_with = self._came_with()
        return tokens is not came_with and tokens != came_with

    def _came_with(self) -> Tokens | None:
        # Cookie mode: the cookie's tokens; server mode: what the store held.
        if self._sessions.mode == "server":
            return self._client.auth._loaded if self._client is not None else None
        return self._initial

    def set_cookie_header(self) -> str | None:
        """The ``Set-Cookie`` value to send, or ``None`` when the cookie is already right.

        The cookie is written when the tokens changed (minted, renewed, replaced), and
        cleared when the handler used a session whose cookie we rejected and nothing
        replaced it.
        """
        client = self._client
        if client is None:  # the handler never used the session: nothing changed,
            # but a server-mode cookie that is no session id at all is cleared at once.
            return self._sessions.clearing_cookie() if self._rejected else None
        sessions = self._sessions
        tokens = client._auth._tokens
        came_with = client._auth._loaded if sessions.mode == "server" else self._initial
        if tokens is came_with and not self._rejected:
            return None  # the session as the request found it, or none: the usual case
        settings = sessions.settings
        if tokens is not None and self.changed():
            value = self._cookie_value(tokens)
            if value is not None:
                return set_cookie(settings, value, settings.max_age)
        if self._rejected:
            return sessions.clearing_cookie()
        return None

    def _cookie_value(self, tokens: Tokens) -> str | None:
        if self._sessions.mode == "server":
            assert self._client is not None
            return self._client.auth.key
        try:
            return encode_tokens(tokens, name=self._sessions.settings.name)
        except ValueError:
            logger.error(
                "wixvisitor: the visitor's tokens do not fit in a cookie; they were not written"
            )
            return None


def set_cookie(settings: CookieSettings, value: str, max_age: int) -> str:
    """The ``Set-Cookie`` header value that sets the cookie to ``value``."""
    # Written by hand so the value goes out exactly as encodeURIComponent made it.
    parts = [f"{settings.name}={value}", f"Path={settings.path}", f"Max-Age={max_age}"]
    if settings.domain:
        parts.append(f"Domain={settings.domain}")
    if settings.secure:
        parts.append("Secure")
    if settings.httponly:
        parts.append("HttpOnly")
    parts.append(f"SameSite={settings.samesite}")
    return "; ".join(parts)
