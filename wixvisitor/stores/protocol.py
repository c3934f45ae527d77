"""The contract every token store satisfies.

A store maps a key (one per visitor session) to that visitor's :class:`~wixvisitor.Tokens`.
Stores need not inherit from anything: matching the methods is enough. Optional
capabilities: ``lock(key)`` (:class:`LockingTokenStore`), ``save_if``
(:class:`ComparingTokenStore`) and ``for_client(client_id)``, which strategies call once
to get the store bound to their Wix client id (a store shared by several client ids,
such as :class:`~wixvisitor.stores.RedisTokenStore`, keeps their keys apart with it).
"""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from typing import Protocol, runtime_checkable

from ..tokens import Tokens

__all__ = ["ComparingTokenStore", "LockingTokenStore", "TokenStore"]


@runtime_checkable
class TokenStore(Protocol):
    """Where visitor tokens live between requests, restarts and processes.

    Failures raise :class:`~wixvisitor.errors.StoreError`; a missing key loads as ``None``.
    """

    async def load(self, key: str) -> Tokens | None:
        """Return the tokens saved under ``key``, or ``None`` if there are none."""
        ...

    async def save(self, key: str, tokens: Tokens) -> None:
        """Save ``tokens`` under ``key``, replacing what was there."""
        ...

    async def delete(self, key: str) -> None:
        """Forget ``key``; deleting a missing key is not an error."""
        ...


@runtime_checkable
class LockingTokenStore(TokenStore, Protocol):
    """A store that can also serialize renewals of one key across processes.

    While one process holds ``lock(key)``, others block (up to the store's deadline,
    then :class:`~wixvisitor.errors.LockTimeoutError`), so exactly one of them renews
    and the rest re-read the store and find fresh tokens.
    """

    def lock(self, key: str) -> AbstractAsyncContextManager[None]:
        """An async context manager holding the cross-process lock for ``key``."""
        ...


@runtime_checkable
class ComparingTokenStore(TokenStore, Protocol):
    """A store that can save only if a key still holds a given session, atomically.

    Renewals save through it, so tokens set while a renewal was under way (a login,
    a logout, tokens from a browser) are never overwritten by that renewal's result.
    Stores without it get a load-compare-save fallback.
    """

    async def save_if(self, key: str, tokens: Tokens, expected: Tokens | None) -> bool:
        """Save ``tokens`` under ``key`` if it holds ``expected``'s session; say if it did.

        The same session means the same refresh token; ``expected=None`` means the key
        must hold nothing.
        """
        ...
