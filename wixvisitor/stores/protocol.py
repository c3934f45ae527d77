"""The contract every token store satisfies.

A store maps a key (one per visitor session) to that visitor's :class:`~wixvisitor.Tokens`.
Stores need not inherit from anything: matching the methods is enough.
"""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from typing import Protocol, runtime_checkable

from ..tokens import Tokens

__all__ = ["LockingTokenStore", "TokenStore"]


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
