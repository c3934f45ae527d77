"""OAuthStrategy: mints, renews, stores and hands out one visitor's tokens.

The strategy is the public face of the session's order; its parts live beside it: the
session's state and its store's first read in ``_session.py``, the renewal flight in
``_renewal.py``, token requests in ``_endpoint.py``, and the member flows (login,
register, verification, the PKCE authorization-code exchange, logout) in
``_members.py`` and ``_identity.py``, which the strategy's member methods call and whose
resulting tokens it adopts like any renewal's.

A session has an order. Every change goes through one of two doors: ``set_tokens``
(the caller's tokens: a login, a logout, tokens handed over from a browser) and a
renewal (the strategy's own: a refresh, or a new anonymous session after
``invalid_grant``). Tokens set after a renewal began win over that renewal's result:
in memory (each strategy counts the tokens set on it) and in the store, where a
renewal writes its result only if the store still holds the session it renewed
(``save_if``, atomic in every bundled store, across processes for Redis and the JSON
file). A renewal that lost that race hands its callers the newer tokens instead, and
reports no reset.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Unpack

from ._members import MemberFlows
from ._options import DEFAULT_BASE_URL, STRATEGY_OPTIONS, AppState, StrategyOptions
from ._ordering import save_if
from ._renewal import Renewal
from ._reset import SessionReset
from ._session import UNREAD
from .stores.protocol import TokenStore
from .tokens import RefreshToken, TokenRole, Tokens

__all__ = ["DEFAULT_BASE_URL", "OAuthStrategy", "SessionReset"]


class OAuthStrategy(MemberFlows, Renewal):
    """Visitor and member OAuth for Wix Headless, with single-flight renewal.

    >>> strategy = OAuthStrategy("my-client-id", store=MemoryTokenStore())  # doctest: +SKIP
    >>> headers = await strategy.get_auth_headers()  # doctest: +SKIP

    ``tokens`` seeds the session (they win over what the store holds until the next
    save); ``store`` persists every change under ``key``. The other keyword options
    (``base_url``, ``session``, ``leeway``, ``retry``, ``encoding``, ``clock``,
    ``on_session_reset``) are those of :class:`~wixvisitor.StrategyOptions`. Transient
    failures (429, 5xx, timeouts) are retried per ``retry`` and then raised; they
    never reset a session.

    Every token request is single-flighted: concurrent callers needing the same
    renewal (``get_auth_headers``, ``generate_visitor_tokens``, ``renew_token``, 401
    recovery, ``get_member_tokens`` for one code) share one request and its result or
    error, and cancelling a caller never cancels the request for the others.

    The member flows (``login``, ``register``, ``process_verification``,
    ``get_auth_url``, ``get_member_tokens``, ``logout``, ...) come from
    :class:`~wixvisitor._members.MemberFlows`.
    """

    __slots__ = ()  # the session's fields are SessionState's (``_session.py``)

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
        cls,
        shared: AppState,
        key: str,
        tokens: Tokens | None = None,
        unknown_key: Callable[[], str] | None = None,
    ) -> OAuthStrategy:
        strategy = cls.__new__(cls)
        strategy._init(shared, key, tokens, unknown_key)
        return strategy

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
        """Adopt ``tokens`` as this visitor's session and save them to the store.

        They win over any renewal already under way, here or (through the store) in
        another process: that renewal's result is neither adopted nor saved.
        """
        self._generation += 1  # first: a renewal landing during the save must see it
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
        if tokens is None and not self._read and self._shared.store is not None:
            # A new client of a stored session: read it with a plain load, no flight (a
            # flight is a task, which costs more than the read); concurrent first callers
            # of this client go to the flight below, which reads once for all of them.
            found: object = self._read_nowait()
            if found is False:
                found = await self._read_first()
            tokens = self._tokens
        else:
            found = UNREAD
        if tokens is None or self._clock() >= self._fresh_until:
            tokens = await self._ensure_fresh(None, found, "get_auth_headers")
        return {"Authorization": tokens.access_token.value}

    async def generate_visitor_tokens(self, tokens: Tokens | None = None) -> Tokens:
        """Return usable tokens: the same ones, renewed ones, or a new anonymous session.

        With ``tokens=None`` this works on the strategy's own session (loaded from its
        store) and adopts and saves the result. Given other ``tokens`` it works on
        those and returns the result without adopting it, like the JS SDK: call
        :meth:`set_tokens` to keep them. Concurrent calls with the same refresh token
        share one token request.
        """
        if tokens is None or tokens == self._tokens:
            return await self._ensure_fresh(None, UNREAD, "generate_visitor_tokens")
        if self._usable(tokens, None):
            return tokens
        value = tokens.refresh_token.value
        if not value:  # nothing to renew: every caller gets a session of its own
            return await self._endpoint.anonymous()
        return await self._shared.flights.run(
            ("generate", value), lambda: self._renew(tokens), "generate_visitor_tokens"
        )

    async def renew_token(self, refresh_token: RefreshToken | str) -> Tokens:
        """Renew with ``refresh_token``, with no fallback to a new session.

        Raises :class:`~wixvisitor.errors.InvalidRefreshTokenError` if Wix refuses it.
        Concurrent calls with the same refresh token share one request. Renewing the
        strategy's own refresh token adopts and saves the result, unless other tokens
        were set meanwhile (they win).
        """
        if isinstance(refresh_token, str):
            refresh_token = RefreshToken(refresh_token)
        own, generation = self._tokens, self._generation
        tokens = await self._refresh(refresh_token, "renew_token")
        if own is not None and own.refresh_token.value == refresh_token.value:
            store = self._shared.store
            if store is None or await save_if(store, self._key, tokens, own):
                self._land(tokens, generation)
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
        return await self._ensure_fresh(rejected_access_token, UNREAD, "recover_from_unauthorized")

    async def aclose(self) -> None:
        """Close the HTTP session if this strategy created it."""
        await self._shared.http.aclose()

    async def __aenter__(self) -> OAuthStrategy:
        self._shared.http.keep("OAuthStrategy: use `async with` or `await strategy.aclose()`")
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
