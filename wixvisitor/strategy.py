"""OAuthStrategy: mints, renews, stores and hands out one visitor's tokens."""

from __future__ import annotations

import inspect
import logging
import time
from collections.abc import Callable
from typing import Any, Literal

import aiohttp
import attrs

from ._endpoint import RetryPolicy, TokenEndpoint
from ._http import SessionHolder
from ._redact import fingerprint
from ._singleflight import SingleFlight
from .errors import InvalidRefreshTokenError
from .stores.protocol import TokenStore
from .tokens import RefreshToken, TokenRole, Tokens

__all__ = ["DEFAULT_BASE_URL", "OAuthStrategy", "SessionReset"]

logger = logging.getLogger("wixvisitor")

#: Where Wix's APIs live.
DEFAULT_BASE_URL = "https://www.wixapis.com"


@attrs.frozen
class SessionReset:
    """What an ``on_session_reset`` callback is told when a session had to start over.

    ``key`` is the session's store key, ``reason`` is ``"invalid_grant"`` (Wix refused
    the refresh token), ``previous_role`` tells whether a member was logged out, and
    ``request_id`` is Wix's id of the refused renewal.
    """

    key: str
    reason: str
    previous_role: TokenRole
    request_id: str | None


#: ``on_session_reset`` callbacks may be plain functions or coroutine functions.
ResetCallback = Callable[[SessionReset], Any]


@attrs.define
class _Shared:
    """What every strategy of one app shares: the endpoint, the store, the flights."""

    endpoint: TokenEndpoint
    http: SessionHolder
    store: TokenStore | None
    flights: SingleFlight[Tokens]
    leeway: float
    on_session_reset: ResetCallback | None

    @classmethod
    def build(
        cls,
        client_id: str,
        *,
        store: TokenStore | None,
        base_url: str,
        session: aiohttp.ClientSession | None,
        leeway: float,
        retry: RetryPolicy | None,
        encoding: Literal["json", "form"],
        clock: Callable[[], float],
        on_session_reset: ResetCallback | None,
    ) -> _Shared:
        if leeway < 0:
            raise ValueError("leeway must not be negative")
        http = SessionHolder(session)
        endpoint = TokenEndpoint(
            client_id, base_url=base_url, http=http, encoding=encoding, retry=retry, clock=clock
        )
        return cls(endpoint, http, store, SingleFlight(), leeway, on_session_reset)


class OAuthStrategy:
    """Anonymous-visitor OAuth for Wix Headless, with single-flight renewal.

    >>> strategy = OAuthStrategy("my-client-id", store=MemoryTokenStore())  # doctest: +SKIP
    >>> headers = await strategy.get_auth_headers()  # doctest: +SKIP

    ``tokens`` seeds the session (they win over what the store holds until the next
    save); ``store`` persists every change under ``key``. ``leeway`` seconds (capped at
    half the token lifetime) count a token as expired early. ``clock`` (epoch seconds)
    is injectable. ``on_session_reset`` is called, besides a WARNING log record, when
    Wix refuses the refresh token and a new anonymous session replaces it. Transient
    failures (429, 5xx, timeouts) are retried per ``retry`` and then raised; they
    never reset a session.
    """

    __slots__ = ("_clock", "_endpoint", "_fresh_until", "_key", "_shared", "_tokens")

    def __init__(
        self,
        client_id: str,
        *,
        tokens: Tokens | None = None,
        store: TokenStore | None = None,
        key: str = "default",
        base_url: str = DEFAULT_BASE_URL,
        session: aiohttp.ClientSession | None = None,
        leeway: float = 60.0,
        retry: RetryPolicy | None = None,
        encoding: Literal["json", "form"] = "json",
        clock: Callable[[], float] = time.time,
        on_session_reset: ResetCallback | None = None,
    ) -> None:
        shared = _Shared.build(
            client_id,
            store=store,
            base_url=base_url,
            session=session,
            leeway=leeway,
            retry=retry,
            encoding=encoding,
            clock=clock,
            on_session_reset=on_session_reset,
        )
        self._init(shared, key, tokens)

    @classmethod
    def _with_shared(cls, shared: _Shared, key: str, tokens: Tokens | None = None) -> OAuthStrategy:
        strategy = cls.__new__(cls)
        strategy._init(shared, key, tokens)
        return strategy

    def _init(self, shared: _Shared, key: str, tokens: Tokens | None) -> None:
        if not isinstance(key, str) or not key:
            raise ValueError("key must be a non-empty string")
        self._shared = shared
        self._endpoint = shared.endpoint
        self._clock = shared.endpoint.clock
        self._key = key
        self._tokens: Tokens | None = None
        self._fresh_until = 0.0
        if tokens is not None:
            self._adopt(tokens)

    def __repr__(self) -> str:
        state = "no tokens" if self._tokens is None else f"role={self._tokens.refresh_token.role}"
        return f"<OAuthStrategy client_id={self._endpoint.client_id!r} key={self._key!r} {state}>"

    @property
    def key(self) -> str:
        """The store key of this visitor's session."""
        return self._key

    @property
    def store(self) -> TokenStore | None:
        """The store this strategy persists to, if any."""
        return self._shared.store

    def get_tokens(self) -> Tokens | None:
        """The tokens held in memory now (``None`` before the first load or mint)."""
        return self._tokens

    async def set_tokens(self, tokens: Tokens) -> None:
        """Adopt ``tokens`` as this visitor's session and save them to the store."""
        if self._shared.store is not None:
            await self._shared.store.save(self._key, tokens)
        self._adopt(tokens)

    def logged_in(self) -> bool:
        """Whether the session belongs to a logged-in member."""
        return self._tokens is not None and self._tokens.refresh_token.role is TokenRole.MEMBER

    async def get_auth_headers(self) -> dict[str, str]:
        """``{"Authorization": <access token>}``, minting or renewing first if needed.

        With a valid token in memory this takes no lock and does no I/O.
        """
        tokens = self._tokens
        if tokens is None or self._clock() >= self._fresh_until:
            tokens = await self._ensure_fresh(None)
        return {"Authorization": tokens.access_token.value}

    async def generate_visitor_tokens(self, tokens: Tokens | None = None) -> Tokens:
        """Return usable tokens: the same ones, renewed ones, or a new anonymous session.

        With ``tokens=None`` this works on the strategy's own session (loaded from its
        store) and adopts and saves the result. Given other ``tokens`` it works on
        those and returns the result without adopting it, like the JS SDK: call
        :meth:`set_tokens` to keep them.
        """
        if tokens is None or tokens == self._tokens:
            return await self._ensure_fresh(None)
        if self._usable(tokens, None):
            return tokens
        return await self._renew_from(tokens)

    async def renew_token(self, refresh_token: RefreshToken | str) -> Tokens:
        """Renew with ``refresh_token``, with no fallback to a new session.

        Raises :class:`~wixvisitor.errors.InvalidRefreshTokenError` if Wix refuses it.
        Renewing the strategy's own refresh token adopts and saves the result.
        """
        if isinstance(refresh_token, str):
            refresh_token = RefreshToken(refresh_token)
        tokens = await self._endpoint.refresh(refresh_token)
        own = self._tokens
        if own is not None and own.refresh_token.value == refresh_token.value:
            await self.set_tokens(tokens)
        return tokens

    async def recover_from_unauthorized(self, rejected_access_token: str) -> Tokens:
        """Renew after Wix answered 401 to ``rejected_access_token``.

        Callers that saw the same token fail share one renewal; if the session has
        already moved past that token (here or, through the store, in another
        process), no token call is made.
        """
        tokens = self._tokens
        if tokens is not None and self._usable(tokens, rejected_access_token):
            return tokens
        return await self._ensure_fresh(rejected_access_token)

    async def aclose(self) -> None:
        """Close the HTTP session if this strategy created it."""
        await self._shared.http.aclose()

    async def __aenter__(self) -> OAuthStrategy:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    # -- internals ---------------------------------------------------------------

    def _adopt(self, tokens: Tokens) -> None:
        lifetime = self._endpoint.access_lifetime
        leeway = min(self._shared.leeway, lifetime / 2)
        self._fresh_until = tokens.access_token.expires_at - leeway
        self._tokens = tokens

    def _usable(self, tokens: Tokens | None, rejected: str | None) -> bool:
        if tokens is None or not tokens.refresh_token.value:
            return False
        access = tokens.access_token
        if not access.value or access.value == rejected:
            return False
        leeway = min(self._shared.leeway, self._endpoint.access_lifetime / 2)
        return self._clock() < access.expires_at - leeway

    async def _ensure_fresh(self, rejected: str | None) -> Tokens:
        tokens = await self._shared.flights.run(self._key, lambda: self._fly(rejected))
        self._adopt(tokens)  # joiners from other strategy objects adopt here
        return tokens

    async def _fly(self, rejected: str | None) -> Tokens:
        tokens = await self._obtain(rejected)
        self._adopt(tokens)  # even if every waiter was cancelled
        return tokens

    async def _obtain(self, rejected: str | None) -> Tokens:
        """The flight: reuse what the store holds if usable, else renew under its lock."""
        store = self._shared.store
        if store is None:
            if self._usable(self._tokens, rejected):
                assert self._tokens is not None
                return self._tokens
            return await self._renew_and_save(self._tokens)
        stored = await store.load(self._key)
        if self._usable(stored, rejected):
            assert stored is not None
            return stored
        lock = getattr(store, "lock", None)
        if lock is None:
            return await self._renew_and_save(stored if stored is not None else self._tokens)
        async with lock(self._key):
            # Another process may have renewed while we waited for the lock.
            stored = await store.load(self._key)
            if self._usable(stored, rejected):
                assert stored is not None
                return stored
            return await self._renew_and_save(stored if stored is not None else self._tokens)

    async def _renew_and_save(self, current: Tokens | None) -> Tokens:
        tokens = await self._renew_from(current)
        if self._shared.store is not None:
            await self._shared.store.save(self._key, tokens)
        return tokens

    async def _renew_from(self, current: Tokens | None) -> Tokens:
        if current is None or not current.refresh_token.value:
            return await self._endpoint.anonymous()
        try:
            return await self._endpoint.refresh(current.refresh_token)
        except InvalidRefreshTokenError as refused:
            tokens = await self._endpoint.anonymous()
            await self._report_reset(current, refused)
            return tokens

    async def _report_reset(self, previous: Tokens, refused: InvalidRefreshTokenError) -> None:
        role = previous.refresh_token.role
        logger.warning(
            "wixvisitor: Wix refused the refresh token of session %s (role %s, invalid_grant, "
            "request_id=%s); a new anonymous session replaced it%s",
            fingerprint(self._key),
            role.value,
            refused.request_id,
            ": the member was logged out" if role is TokenRole.MEMBER else "",
        )
        callback = self._shared.on_session_reset
        if callback is None:
            return
        event = SessionReset(self._key, "invalid_grant", role, refused.request_id)
        try:
            result = callback(event)
            if inspect.isawaitable(result):
                await result
        except Exception:
            logger.exception("wixvisitor: the on_session_reset callback failed")
