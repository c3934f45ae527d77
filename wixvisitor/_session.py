"""One visitor's session as a strategy holds it: its tokens, its key, its store's first read.

The base of :class:`~wixvisitor.OAuthStrategy` (``strategy.py``), under the renewal
flight (``_renewal.py``): what the strategy holds in memory, how it adopts tokens (a
renewal's only if no tokens were set meanwhile), how a new client first reads its
store, and whether tokens are still usable. No token request starts here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from ._options import AppState
from .tokens import Tokens

__all__ = ["UNREAD", "SessionState"]

#: What a fresh client's first read found, handed to the flight so it need not read
#: again; ``UNREAD``: no such read.
UNREAD = object()


class SessionState:
    """The fields of one visitor's session and the moves that change them in memory."""

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

        Returns :data:`UNREAD` when tokens were set or minted meanwhile (those win).
        """
        store = self._shared.store
        assert store is not None
        self._read = True
        generation = self._generation
        stored = await store.load(self._key)
        if self._tokens is not None or self._generation != generation:
            return UNREAD
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
