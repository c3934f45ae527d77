"""Figure 2: the hot path, ``get_auth_headers()`` with a valid token in memory.

Side by side: what Authlib does per request before it sends one, its
``ensure_active_token`` (an anyio lock and an expiry check) and its auth flow.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

import wixvisitor as wv

from ._support import CLIENT_ID, Figure, authlib_client, far_future

TITLE = "hot path"
TARGET_US = 2.0


def _tokens() -> wv.Tokens:
    return wv.Tokens(
        wv.AccessToken("A" * 410, far_future()),
        wv.RefreshToken("R" * 410),
    )


async def _best_us(call: Callable[[], Awaitable[Any]], calls: int, repeats: int) -> float:
    """Best of ``repeats`` timings of ``calls`` awaited calls, in microseconds per call."""
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        for _ in range(calls):
            await call()
        best = min(best, time.perf_counter() - started)
    return best / calls * 1e6


async def _measure(quick: bool) -> list[Figure]:
    import httpx

    calls, repeats = (20_000, 3) if quick else (200_000, 7)
    strategy = wv.OAuthStrategy(CLIENT_ID, tokens=_tokens(), base_url="http://127.0.0.1:9")
    sdk_us = await _best_us(strategy.get_auth_headers, calls, repeats)

    async def nothing() -> dict[str, str]:
        return {}

    floor_us = await _best_us(nothing, calls, repeats)

    authlib = authlib_client("http://127.0.0.1:9", _tokens())
    request = httpx.Request("GET", "http://127.0.0.1:9/ecom/v1/carts/current")

    async def authlib_auth() -> Any:
        await authlib.ensure_active_token(authlib.token)
        return next(authlib.token_auth.auth_flow(request))

    try:
        authlib_us = await _best_us(authlib_auth, calls // 10, repeats)
    finally:
        await authlib.aclose()
    await strategy.aclose()
    return [
        Figure(
            "hot path: get_auth_headers() with a valid token",
            sdk_us,
            "us/call",
            f"<= {TARGET_US:g}",
            sdk_us <= TARGET_US,
            f"best of {repeats} x {calls:,} awaited calls; awaiting an empty coroutine "
            f"that returns a dict costs {floor_us:.2f} us here",
        ),
        Figure(
            "hot path peer: Authlib ensure_active_token + auth flow",
            authlib_us,
            "us/call",
            None,
            None,
            "peer: the per-request token work AsyncOAuth2Client does before sending",
        ),
    ]


def run(quick: bool) -> list[Figure]:
    return asyncio.run(_measure(quick))
