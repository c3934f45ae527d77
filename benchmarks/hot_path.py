"""Figure 2: the hot path, ``get_auth_headers()`` with a valid token in memory.

Side by side: what Authlib does per request before it sends one, its
``ensure_active_token`` (an anyio lock and an expiry check) and its auth flow.
The same call is measured again with the OpenTelemetry SDK configured (a meter and
a tracer provider passed in): the hot path must not touch telemetry at all.
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
    # Without and with OTel in alternating rounds, so machine noise hits both alike.
    sdk_us, otel_us = await _without_and_with_otel(strategy, calls, repeats)

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
            "hot path with the OpenTelemetry SDK configured",
            otel_us,
            "us/call",
            f"<= {TARGET_US:g}",
            otel_us <= TARGET_US,
            f"same call, meter and tracer providers of opentelemetry-sdk passed in, "
            f"rounds alternating with the figure above; {otel_us - sdk_us:+.2f} us against it",
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


async def _without_and_with_otel(
    plain: wv.OAuthStrategy, calls: int, repeats: int
) -> tuple[float, float]:
    from opentelemetry.sdk.metrics import MeterProvider
    from opentelemetry.sdk.metrics.export import InMemoryMetricReader
    from opentelemetry.sdk.trace import TracerProvider

    meter_provider = MeterProvider(metric_readers=[InMemoryMetricReader()])
    tracer_provider = TracerProvider()
    observed = wv.OAuthStrategy(
        CLIENT_ID,
        tokens=_tokens(),
        base_url="http://127.0.0.1:9",
        meter_provider=meter_provider,
        tracer_provider=tracer_provider,
    )
    without = with_otel = float("inf")
    try:
        for _ in range(repeats):
            without = min(without, await _best_us(plain.get_auth_headers, calls, 1))
            with_otel = min(with_otel, await _best_us(observed.get_auth_headers, calls, 1))
    finally:
        await observed.aclose()
        meter_provider.shutdown()
        tracer_provider.shutdown()
    return without, with_otel


def run(quick: bool) -> list[Figure]:
    return asyncio.run(_measure(quick))
