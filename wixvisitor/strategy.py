"""OAuthStrategy: mints, renews, stores and hands out one visitor's tokens.

The strategy owns the session's order (what it holds, what the store holds, who
renews); the wire conversations live elsewhere: token requests in ``_endpoint.py``,
and the member flows (login, register, verification, the PKCE authorization-code
exchange, logout) in ``_identity.py``, which the strategy's member methods call and
whose resulting tokens it adopts like any renewal's.

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
from typing import Literal, Unpack

from ._members import MemberFlows
from ._options import DEFAULT_BASE_URL, STRATEGY_OPTIONS, AppState, StrategyOptions
from ._ordering import save_if
from ._reset import SessionReset, report_reset
from .errors import InvalidRefreshTokenError
from .stores.protocol import TokenStore
from .tokens import RefreshToken, TokenRole, Tokens

# What a fresh client's first read found, handed to the flight so it need not read again;
# _UNREAD: no such read.
_UNREAD = object()

__all__ = ["DEFAULT_BASE_URL", "OAuthStrategy", "SessionReset"]


class OAuthStrategy(MemberFlows):
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

    __slots__ = (
        "_clock",
        "_endpoint",
        "_fresh_until",
        "_generation",
        "_key",
        "_loaded",
        "_read",
        "_shared",
        "_tokens",
        "_unknown_key",
    )

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

    def _init(
        self,
        shared: AppState,
        key: str,
        tokens: Tokens | None,
        unknown_key: Callable[[], str] | None = None,
    ) -> None:
        if not key or not isinstance(key, str):
            raise ValueError("key must be a non-empty string")
        self._shared = shared
        self._endpoint = endpoint = shared.endpoint
        self._clock = endpoint.clock
        self._key = key
        self._tokens: Tokens | None = None
        self._fresh_until = 0.0
        self._generation = 0  # how many times tokens were set: orders renewals after sets
        self._loaded: Tokens | None = None  # what the store held when first read
        self._unknown_key = unknown_key
        self._read = False  # whether this client has read (or begun to read) its store
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
            found = _UNREAD
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
            return await self._ensure_fresh(None, _UNREAD, "generate_visitor_tokens")
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
        return await self._ensure_fresh(rejected_access_token, _UNREAD, "recover_from_unauthorized")

    async def aclose(self) -> None:
        """Close the HTTP session if this strategy created it."""
        await self._shared.http.aclose()

    async def __aenter__(self) -> OAuthStrategy:
        self._shared.http.keep("OAuthStrategy: use `async with` or `await strategy.aclose()`")
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    # -- internals ---------------------------------------------------------------

    def _adopt(self, tokens: Tokens) -> None:
        lifetime = self._endpoint.access_lifetime
        leeway = min(self._shared.leeway, lifetime / 2)
        self._fresh_until = tokens.access_token.expires_at - leeway
        self._tokens = tokens

    def _land(self, tokens: Tokens, generation: int) -> Tokens:
        """Adopt a renewal's ``tokens`` unless tokens were set (or forgotten) since."""
        if self._generation != generation:
            # The newer tokens win; after a logout the renewal's are only lent to its
            # waiting callers, never kept.
            return self._tokens if self._tokens is not None else tokens
        self._adopt(tokens)
        return tokens

    async def _read_first(self) -> object:
        """A new client's first read of its store: adopts what it holds; returns it.

        Returns :data:`_UNREAD` when tokens were set or minted meanwhile (those win).
        """
        store = self._shared.store
        assert store is not None
        self._read = True
        generation = self._generation
        stored = await store.load(self._key)
        if self._tokens is not None or self._generation != generation:
            return _UNREAD
        self._settle_read(stored)
        return stored

    def _held_now(self) -> bool:
        """Whether the session is in memory now, with no await (else: :meth:`_read_first`).

        Its tokens are held, there is no store to read, or a store answering from memory
        was just read (:meth:`_read_nowait`): the integrations' first read of a request.
        """
        return (
            self._tokens is not None
            or self._shared.store is None
            or self._read_nowait() is not False
        )

    def _read_nowait(self) -> Tokens | Literal[False] | None:
        """:meth:`_read_first` when the store answers from memory (no await); else ``False``."""
        load_nowait = self._shared.load_nowait
        if load_nowait is None:
            return False
        stored = load_nowait(self._key)
        if stored is not False:
            self._read = True
            self._settle_read(stored)
        return stored

    def _settle_read(self, stored: Tokens | None) -> None:
        if stored is None and self._unknown_key is not None:
            self._key = self._unknown_key()  # never adopt a key the store does not know
        self._unknown_key = None
        if self._loaded is None:
            self._loaded = stored
        if stored is not None:
            self._adopt(stored)  # expired or not: the flight renews from these

    async def _forget(self) -> None:
        """Forget the session in memory and in the store (a logout); renewals under way lose."""
        self._generation += 1
        if self._shared.store is not None:
            await self._shared.store.delete(self._key)
        self._tokens = None
        self._fresh_until = 0.0

    def _usable(self, tokens: Tokens | None, rejected: str | None) -> bool:
        if tokens is None or not tokens.refresh_token.value:
            return False
        access = tokens.access_token
        if not access.value or access.value == rejected:
            return False
        leeway = min(self._shared.leeway, self._endpoint.access_lifetime / 2)
        return self._clock() < access.expires_at - leeway

    async def _ensure_fresh(
        self, rejected: str | None, found: object = _UNREAD, path: str | None = None
    ) -> Tokens:
        generation = self._generation
        tokens = await self._shared.flights.run(
            ("session", self._key), lambda: self._fly(rejected, found), path
        )
        return self._land(tokens, generation)  # joiners from other strategy objects land here

    async def _fly(self, rejected: str | None, found: object) -> Tokens:
        generation = self._generation
        tokens = await self._obtain(rejected, generation, found)
        return self._land(tokens, generation)  # even if every waiter was cancelled

    async def _obtain(self, rejected: str | None, generation: int, found: object) -> Tokens:
        """The flight: reuse what the store holds if usable, else renew under its lock.

        ``found`` is what this client's first read just found (:data:`_UNREAD`: none):
        not usable, or there would be no flight, so it stands for the first load here.
        """
        store = self._shared.store
        if store is None:
            if self._usable(self._tokens, rejected):
                assert self._tokens is not None
                return self._tokens
            return await self._renew_and_commit(self._tokens, generation)
        self._read = True
        if found is _UNREAD:
            stored = await store.load(self._key)
        else:
            stored = found if isinstance(found, Tokens) else None
        if stored is None and self._unknown_key is not None and self._tokens is None:
            # A key the store does not know (made up, or expired): never adopt it.
            self._key = self._unknown_key()
        self._unknown_key = None
        if self._loaded is None:
            self._loaded = stored
        if self._usable(stored, rejected):
            assert stored is not None
            return stored
        lock = getattr(store, "lock", None)
        if lock is None:
            return await self._renew_and_commit(stored or self._tokens, generation, stored)
        async with lock(self._key):
            # Another process may have renewed while we waited for the lock.
            stored = await store.load(self._key)
            if self._usable(stored, rejected):
                assert stored is not None
                return stored
            return await self._renew_and_commit(stored or self._tokens, generation, stored)

    async def _renew_and_commit(
        self, current: Tokens | None, generation: int, stored: Tokens | None = None
    ) -> Tokens:
        """Renew ``current`` and keep the result, unless newer tokens were set meanwhile."""
        refused: list[InvalidRefreshTokenError] = []
        tokens = await self._renew(current, refused, report=False)
        store = self._shared.store
        if store is not None and not await save_if(store, self._key, tokens, stored):
            newer = await store.load(self._key)  # set while we renewed: those win
            return newer if newer is not None else tokens
        if store is None and self._generation != generation:
            return tokens  # _land keeps the tokens set meanwhile; no reset happened
        if refused and current is not None:
            await self._report_reset(current, refused[0])
        return tokens

    async def _renew(
        self,
        current: Tokens | None,
        refused: list[InvalidRefreshTokenError] | None = None,
        *,
        report: bool = True,
    ) -> Tokens:
        """Refresh ``current``; a new anonymous session if it has none or Wix refuses it."""
        if current is None or not current.refresh_token.value:
            return await self._endpoint.anonymous()
        try:
            return await self._refresh(current.refresh_token)
        except InvalidRefreshTokenError as exc:
            tokens = await self._endpoint.anonymous()
            if refused is not None:
                refused.append(exc)
            if report:
                await self._report_reset(current, exc)
            return tokens

    async def _refresh(self, refresh_token: RefreshToken, path: str | None = None) -> Tokens:
        """One shared refresh request per refresh token, whoever asks for it."""
        return await self._shared.flights.run(
            ("refresh", refresh_token.value), lambda: self._endpoint.refresh(refresh_token), path
        )

    async def _report_reset(self, previous: Tokens, refused: InvalidRefreshTokenError) -> None:
        event = SessionReset(
            self._key, "invalid_grant", previous.refresh_token.role, refused.request_id
        )
        self._shared.telemetry.session_reset(event.reason, event.previous_role.value)
        await report_reset(self._shared.on_session_reset, event)
