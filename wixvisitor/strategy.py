"""OAuthStrategy: mints, renews, stores and hands out one visitor's tokens.

The strategy owns the session's order (what it holds, what the store holds, who
renews); the wire conversations live elsewhere: token requests in ``_endpoint.py``,
and the member flows (login, register, verification, the PKCE authorization-code
exchange, logout) in ``_identity.py``, which the strategy's member methods call and
whose resulting tokens it adopts like any renewal's.
"""

from __future__ import annotations

from typing import Unpack

from ._options import DEFAULT_BASE_URL, STRATEGY_OPTIONS, AppState, StrategyOptions
from ._reset import SessionReset, report_reset
from .errors import InvalidRefreshTokenError
from .stores.protocol import TokenStore
from .tokens import RefreshToken, TokenRole, Tokens

__all__ = ["DEFAULT_BASE_URL", "OAuthStrategy", "SessionReset"]


class OAuthStrategy:
    """Anonymous-visitor OAuth for Wix Headless, with single-flight renewal.

    >>> strategy = OAuthStrategy("my-client-id", store=MemoryTokenStore())  # doctest: +SKIP
    >>> headers = await strategy.get_auth_headers()  # doctest: +SKIP

    ``tokens`` seeds the session (they win over what the store holds until the next
    save); ``store`` persists every change under ``key``. The other keyword options
    (``base_url``, ``session``, ``leeway``, ``retry``, ``encoding``, ``clock``,
    ``on_session_reset``) are those of :class:`~wixvisitor.StrategyOptions`. Transient
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
        **options: Unpack[StrategyOptions],
    ) -> None:
        self._init(AppState.build(client_id, store, options, STRATEGY_OPTIONS), key, tokens)

    @classmethod
    def _with_shared(
        cls, shared: AppState, key: str, tokens: Tokens | None = None
    ) -> OAuthStrategy:
        strategy = cls.__new__(cls)
        strategy._init(shared, key, tokens)
        return strategy

    def _init(self, shared: AppState, key: str, tokens: Tokens | None) -> None:
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
        event = SessionReset(
            self._key, "invalid_grant", previous.refresh_token.role, refused.request_id
        )
        await report_reset(self._shared.on_session_reset, event)
