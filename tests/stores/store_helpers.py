"""Helpers the store tests share (importable because pytest puts this folder on sys.path)."""

from __future__ import annotations

import hashlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import wixvisitor as wv
from wixvisitor.stores import TokenStore

SITE = "https://shop.example.com/"


@dataclass
class StoreCase:
    """A store under test, how to read its medium directly, and how to open it again."""

    kind: str
    store: TokenStore
    raw: Callable[[str], Awaitable[str | None]] | None = None  # the stored JSON text
    reopen: Callable[[], TokenStore] | None = None  # a second store on the same medium


def make_tokens(n: int = 0, *, role: wv.TokenRole = wv.TokenRole.VISITOR) -> wv.Tokens:
    """Distinct, realistic-length tokens numbered ``n``."""
    return wv.Tokens(
        wv.AccessToken(f"OauthNG.JWS.access-{n}." + "a" * 400, expires_at=1_677_581_109 + n),
        wv.RefreshToken(f"OauthNG.JWS.refresh-{n}." + "r" * 400, role=role),
    )


def fingerprint(value: str) -> str:
    """A short digest standing in for a token value in test output."""
    return hashlib.sha256(value.encode()).hexdigest()[:16]
