"""Compare-and-save: a renewal keeps its result only if the store still holds its session.

Stores that offer ``save_if`` do it atomically (the bundled ones all do, Redis and
the JSON file across processes). For any other store this falls back to a load and a
compare before the save, which leaves a window of one round trip.
"""

from __future__ import annotations

from .stores.protocol import TokenStore
from .tokens import Tokens

__all__ = ["same_session", "save_if"]


def same_session(held: Tokens | None, expected: Tokens | None) -> bool:
    """Whether ``held`` is still the session ``expected`` was: the same refresh token."""
    if held is None or expected is None:
        return held is expected
    return held.refresh_token.value == expected.refresh_token.value


async def save_if(store: TokenStore, key: str, tokens: Tokens, expected: Tokens | None) -> bool:
    """Save ``tokens`` under ``key`` if it still holds ``expected``'s session; say if it did."""
    method = getattr(store, "save_if", None)
    if method is not None:
        saved: bool = await method(key, tokens, expected)
        return saved
    if not same_session(await store.load(key), expected):
        return False
    await store.save(key, tokens)
    return True
