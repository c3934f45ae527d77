"""Figure 8: event-loop lag during a 1,000-request burst that includes a renewal.

A ticker task sleeps 1 ms at a time and records how late it wakes. The same burst
through raw aiohttp with a valid token runs in the same rounds, so the report shows
how much of the lag the burst itself causes and how much the SDK adds.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

import aiohttp

import wixvisitor as wv

from ._support import (
    CART_PATH,
    CLIENT_ID,
    Figure,
    RemoteEmulator,
    expired,
    interleaved,
    median,
)

TITLE = "event-loop lag"
TARGET_MS = 5.0
TICK = 0.001


async def _max_lag(burst: Callable[[], Awaitable[None]]) -> float:
    """The largest delay, in seconds, of a 1 ms ticker while ``burst`` runs."""
    lags: list[float] = []
    stop = asyncio.Event()

    async def ticker() -> None:
        while not stop.is_set():
            started = time.perf_counter()
            await asyncio.sleep(TICK)
            lags.append(time.perf_counter() - started - TICK)

    ticking = asyncio.create_task(ticker())
    await asyncio.sleep(0.01)  # the ticker is running before the burst starts
    try:
        await burst()
    finally:
        stop.set()
        await ticking
    return max(lags)


async def _measure(quick: bool) -> list[Figure]:
    size, rounds = (1000, 2) if quick else (1000, 7)
    async with RemoteEmulator() as emu:
        visitor = [await emu.visitor_with_cart()]  # the latest tokens of the one visitor
        url = emu.base_url + CART_PATH
        calls_before = await emu.token_calls()

        async def sdk(tokens: wv.Tokens) -> float:
            async with wv.create_client(CLIENT_ID, tokens=tokens, base_url=emu.base_url) as client:
                lag = await _max_lag(
                    lambda: _gather(lambda: client.request("GET", CART_PATH), size)
                )
                latest = client.auth.get_tokens()
            assert latest is not None
            visitor[0] = latest
            return lag

        async def with_renewal() -> float:
            # Each round starts from an expired token: the burst renews it once.
            return await sdk(expired(visitor[0]))

        async def with_valid_token() -> float:
            return await sdk(visitor[0])

        async def raw() -> float:
            header = {"Authorization": visitor[0].access_token.value}
            async with aiohttp.ClientSession() as session:

                async def get() -> None:
                    async with session.get(url, headers=header) as response:
                        response.raise_for_status()
                        await response.read()

                return await _max_lag(lambda: _gather(get, size))

        async def idle() -> float:
            return await _max_lag(lambda: asyncio.sleep(0.2))

        samples = await interleaved(
            {"renewal": with_renewal, "valid": with_valid_token, "raw": raw, "idle": idle},
            rounds,
        )
        renewals = await emu.token_calls() - calls_before
    lag = {name: median(values) * 1e3 for name, values in samples.items()}
    return [
        Figure(
            f"loop lag: max during a {size:,}-request burst with a renewal (SDK)",
            lag["renewal"],
            "ms",
            f"<= {TARGET_MS:g}",
            lag["renewal"] <= TARGET_MS,
            f"median over {rounds} rounds of each burst's max 1 ms-ticker delay; same rounds: "
            f"SDK with a valid token {lag['valid']:.1f} ms, raw aiohttp "
            f"{lag['raw']:.1f} ms, idle loop {lag['idle']:.1f} ms; "
            f"{renewals} token calls for {rounds} renewal bursts",
        )
    ]


async def _gather(call: Callable[[], Awaitable[object]], size: int) -> None:
    await asyncio.gather(*(call() for _ in range(size)))


def run(quick: bool) -> list[Figure]:
    return asyncio.run(_measure(quick))
