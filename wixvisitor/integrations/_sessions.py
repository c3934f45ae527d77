"""Framework-neutral visitor sessions, app-wide: reading the request's cookie.

Every integration does the same three things per request: read the ``wixSession``
cookie (here: :class:`VisitorSessions`, one per app, with what it remembers of the
cookies it read), hand the handler a :class:`~wixvisitor.WixClient` for that visitor,
and write the cookie back only if the visitor's tokens changed (both in
:mod:`._request_session`).
"""

from __future__ import annotations

import hashlib
import logging
from typing import Any, Literal

import attrs

from .._cookie import (
    CookieSettings,
    decode_tokens,
    new_session_id,
    parse_session_id,
    read_cookie,
)
from ..client import Visitors, WixClient
from ..errors import InvalidTokensError
from ..tokens import Tokens
from ._request_session import RequestSession, set_cookie

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
        return set_cookie(self.settings, "", 0)

    def open_cookie(self, cookie: str | None) -> tuple[WixClient, Tokens | None, bool]:
        """Cookie mode: the client, the tokens ``cookie`` brought, and whether it was rejected."""
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


def _log_rejected(name: str, reason: str) -> None:
    logger.warning(
        "wixvisitor: ignored a malformed %s cookie (%s); the visitor starts a fresh session",
        name,
        reason,
    )
