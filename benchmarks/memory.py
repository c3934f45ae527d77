"""Figure 7: bytes per visitor in MemoryTokenStore at 100,000 visitors.

Token values are realistic: Wix access and refresh tokens run to about 410 characters.
"""

from __future__ import annotations

import asyncio
import gc
import secrets
import tracemalloc
import uuid

import wixvisitor as wv
from wixvisitor.stores import MemoryTokenStore

from ._support import Figure, far_future

TITLE = "memory"


def _token_value() -> str:
    # Wix's shape: OauthNG.JWS.<header>.<payload>.<signature>, about 410 characters.
    parts = (secrets.token_urlsafe(27), secrets.token_urlsafe(240), secrets.token_urlsafe(32))
    return "OauthNG.JWS." + ".".join(parts)


async def _measure(quick: bool) -> list[Figure]:
    visitors = 10_000 if quick else 100_000
    expires_at = far_future()
    gc.collect()
    tracemalloc.start()
    try:
        start = tracemalloc.get_traced_memory()[0]
        keys = [uuid.uuid4().hex for _ in range(visitors)]
        tokens = [
            wv.Tokens(wv.AccessToken(_token_value(), expires_at), wv.RefreshToken(_token_value()))
            for _ in range(visitors)
        ]
        gc.collect()
        with_tokens = tracemalloc.get_traced_memory()[0]
        store = MemoryTokenStore()
        for key, visitor_tokens in zip(keys, tokens, strict=True):
            await store.save(key, visitor_tokens)
        del keys, tokens  # the store now holds the only references
        gc.collect()
        end = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert len(store) == visitors
    per_visitor = (end - start) / visitors
    payload = (with_tokens - start) / visitors
    text = len(_token_value()) * 2 + 32
    return [
        Figure(
            f"memory: bytes per visitor in MemoryTokenStore ({visitors:,} visitors)",
            per_visitor,
            "bytes",
            None,
            None,
            f"no target; of which keys and token objects {payload:.0f} B "
            f"({text} characters of token and key text), store bookkeeping "
            f"{per_visitor - payload:.0f} B; tracemalloc",
        )
    ]


def run(quick: bool) -> list[Figure]:
    return asyncio.run(_measure(quick))
