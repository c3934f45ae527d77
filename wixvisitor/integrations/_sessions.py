"""Framework-neutral visitor sessions: from the request's cookie to a WixClient, and back.

Both integrations do the same three things per request: read the ``wixSession``
cookie, hand the handler a :class:`~wixvisitor.WixClient` for that visitor, and
write the cookie back only if the visitor's tokens changed.
"""

from __future__ import annotations

import hashlib
import logging
from typing import Any, Literal

import attrs

from .._cookie import (
    CookieSettings,
    decode_tokens,
    encode_tokens,
    new_session_id,
    parse_session_id,
    read_cookie,
)
from ..client import Visitors, WixClient
from ..errors import InvalidTokensError
from ..tokens import Tokens

__all__ = ["Mode", "RequestSession", "VisitorSessions"]

logger = logging.getLogger("wixvisitor.integrations")

#: ``"cookie"``: the tokens live in the cookie (JS SDK format); ``"server"``: the
#: cookie holds an opaque session id and the tokens live in the Visitors' store.
Mode = Literal["cookie", "server"]
_MODES = ("cookie", "server")
#: Decoded cookies remembered per app: a returning visitor sends the same cookie on
#: every request, and decoding it costs more than the rest of the session handling.
_DECODED_CACHE_SIZE = 4096
#: ``Cookie`` headers remembered per app with what they hold for us (our cookie's value,
#: or in server mode the session id), for the same reason; only headers this short, so
#: the cache stays small (4,096 x 1 KiB at most) whatever else browsers send.
_HEADER_CACHE_SIZE = 4096
_MAX_CACHED_HEADER = 1024


@attrs.frozen
class VisitorSessions:
    """How an app reads and writes visitor sessions; one per app, shared by every request."""

    visitors: Visitors
    mode: Mode = attrs.field(default="cookie")
    settings: CookieSettings = attrs.field(factory=CookieSettings)
    _decoded: dict[str, tuple[Tokens, str]] = attrs.field(init=False, factory=dict, repr=False)
    _headers: dict[str, str | None] = attrs.field(init=False, factory=dict, repr=False)

    @mode.validator
    def _check_mode(self, _attribute: object, value: str) -> None:
        if value not in _MODES:
            raise ValueError(f"mode must be 'cookie' or 'server', not {value!r}")

    def open(self, cookie: str | None) -> RequestSession:
        """The session of the request that came with ``cookie`` (``None`` if it had none).

        Nothing is decoded or loaded until a handler asks for the client, so pages that
        do not use the visitor pay nothing: no decoding in cookie mode, no store round
        trip in server mode (one ``load`` when the client first needs a token). A
        malformed, tampered, oversized or unknown cookie starts a fresh session and logs
        why, never the cookie's value.
        """
        if self.mode == "cookie":
            return RequestSession(self, cookie)
        session_id = parse_session_id(cookie)
        if session_id is None and cookie:
            _log_rejected(self.settings.name, "not a session id")
            return RequestSession(self, None, None, True)
        return RequestSession(self, None, session_id)

    def open_header(self, header: str | None) -> RequestSession:
        """:meth:`open` for the request's whole ``Cookie`` header (``None``: it had none).

        A returning visitor sends the same header on every request: what it holds for us
        (our cookie, or the session id in it) is remembered, so it is read once.
        """
        if not header:
            return RequestSession(self)
        found = self._headers.get(header, _UNSEEN)
        if found is _UNSEEN:
            cookie = read_cookie(header, self.settings.name)
            found = cookie if self.mode == "cookie" else parse_session_id(cookie)
            if found is None and cookie:  # rejected: not remembered, so logged every time
                return self.open(cookie)
            if len(header) <= _MAX_CACHED_HEADER:
                headers = self._headers
                if len(headers) >= _HEADER_CACHE_SIZE:
                    del headers[next(iter(headers))]  # the oldest
                headers[header] = found
        if self.mode == "cookie":
            return RequestSession(self, found)
        return RequestSession(self, None, found)

    def rejects(self, header: str) -> bool:
        """Whether ``header`` carries our cookie but no session id in it (logged if so).

        Server mode: a request that never used its session still has such a cookie
        cleared at once (:meth:`clearing_cookie`). A remembered header is never rejected.
        """
        if header in self._headers:
            return False
        return self.open_header(header)._rejected

    def clearing_cookie(self) -> str:
        """The ``Set-Cookie`` value that clears the session cookie."""
        return _set_cookie(self.settings, "", 0)

    def _open_cookie(self, cookie: str | None) -> tuple[WixClient, Tokens | None, bool]:
        """The client, the tokens the cookie brought, and whether the cookie was rejected."""
        if cookie:
            decoded = self._decoded.get(cookie)
            if decoded is None:
                decoded = self._decode(cookie)
            if decoded is not None:
                tokens, key = decoded
                return self.visitors.client(key, tokens=tokens), tokens, False
        # A new visitor: tokens are minted only if the handler calls Wix.
        return self.visitors.client("cookie:" + new_session_id()), None, bool(cookie)

    def _decode(self, cookie: str) -> tuple[Tokens, str] | None:
        try:
            tokens = decode_tokens(cookie)
            if not tokens.refresh_token.value:
                raise InvalidTokensError("the refresh token is empty")
        except InvalidTokensError as exc:
            _log_rejected(self.settings.name, str(exc))
            return None
        # Requests carrying the same refresh token share one renewal flight and find
        # each other's renewed tokens in the store under this key.
        digest = hashlib.sha256(tokens.refresh_token.value.encode("utf-8", "surrogatepass"))
        decoded = (tokens, "cookie:" + digest.hexdigest()[:32])
        if len(self._decoded) >= _DECODED_CACHE_SIZE:
            del self._decoded[next(iter(self._decoded))]  # drop the oldest
        self._decoded[cookie] = decoded
        return decoded


_UNSEEN: Any = object()  # a header not read yet


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
        sessions: VisitorSessions,
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
                client, self._initial, self._rejected = sessions._open_cookie(self._cookie)
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
                return _set_cookie(settings, value, settings.max_age)
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


def _set_cookie(settings: CookieSettings, value: str, max_age: int) -> str:
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


def _log_rejected(name: str, reason: str) -> None:
    logger.warning(
        "wixvisitor: ignored a malformed %s cookie (%s); the visitor starts a fresh session",
        name,
        reason,
    )
