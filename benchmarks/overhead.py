"""Figure 1: per-request overhead of WixClient.request over a raw aiohttp request.

Side by side in the same rounds: Authlib's AsyncOAuth2Client over plain httpx, the
comparison a user choosing between the two stacks would make.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp

import wixvisitor as wv

from ._support import (
    CART_PATH,
    CLIENT_ID,
    Figure,
    RemoteEmulator,
    authlib_client,
    interleaved,
    median,
    paired_ratio,
    percentile,
)

TITLE = "per-request overhead"
TARGET = 1.05

Request = Callable[[], Awaitable[Any]]


def _timed_sequential(request: Request, count: int) -> Callable[[], Awaitable[float]]:
    async def sample() -> float:
        started = time.perf_counter()
        for _ in range(count):
            await request()
        return time.perf_counter() - started

    return sample


def _timed_concurrent(
    request: Request, workers: int, per_worker: int
) -> Callable[[], Awaitable[float]]:
    async def worker() -> None:
        for _ in range(per_worker):
            await request()

    async def sample() -> float:
        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(workers)))
        return time.perf_counter() - started

    return sample


async def _measure(quick: bool) -> list[Figure]:
    import httpx

    # Many short rounds: drift between rounds cancels in the paired ratios.
    sequential, rounds = (50, 6) if quick else (100, 30)
    workers, per_worker, concurrent_rounds = (64, 2, 4) if quick else (64, 4, 15)
    async with RemoteEmulator() as emu:
        tokens = await emu.visitor_with_cart()
        url = emu.base_url + CART_PATH
        header = {"Authorization": tokens.access_token.value}
        sdk = wv.create_client(CLIENT_ID, tokens=tokens, base_url=emu.base_url)
        await sdk.__aenter__()  # one session for the run, as `async with` keeps it
        raw = aiohttp.ClientSession()
        authlib = authlib_client(emu.base_url, tokens)
        plain = httpx.AsyncClient()
        try:

            async def sdk_request() -> Any:
                return await sdk.request("GET", CART_PATH)

            async def raw_request() -> Any:
                async with raw.get(url, headers=header) as response:
                    body = await response.read()
                    if response.status != 200:
                        raise RuntimeError(f"raw aiohttp got {response.status}")
                    return json.loads(body)

            async def authlib_request() -> Any:
                response = await authlib.get(url)
                response.raise_for_status()
                return response.json()

            async def httpx_request() -> Any:
                response = await plain.get(url, headers=header)
                response.raise_for_status()
                return response.json()

            requests = {
                "sdk": sdk_request,
                "raw": raw_request,
                "authlib": authlib_request,
                "httpx": httpx_request,
            }
            for request in requests.values():  # warm up connections and code paths
                for _ in range(20):
                    await request()
            token_calls = await emu.token_calls()
            seq = await interleaved(
                {name: _timed_sequential(r, sequential) for name, r in requests.items()}, rounds
            )
            conc = await interleaved(
                {name: _timed_concurrent(r, workers, per_worker) for name, r in requests.items()},
                concurrent_rounds,
            )
            extra_token_calls = await emu.token_calls() - token_calls
        finally:
            await sdk.aclose()
            await raw.close()
            await authlib.aclose()
            await plain.aclose()

    def per_call_us(samples: list[float], count: int) -> float:
        return median(samples) / count * 1e6

    total_conc = workers * per_worker
    figures: list[Figure] = []
    for mode, samples, count, mode_rounds in (
        ("sequential", seq, sequential, rounds),
        ("64 concurrent", conc, total_conc, concurrent_rounds),
    ):
        ratio = paired_ratio(samples, "sdk", "raw")
        sdk_us, raw_us = per_call_us(samples["sdk"], count), per_call_us(samples["raw"], count)
        figures.append(
            Figure(
                f"overhead {mode}: WixClient.request / raw aiohttp",
                ratio,
                "ratio",
                f"<= {TARGET}",
                ratio <= TARGET,
                f"{sdk_us:.0f} vs {raw_us:.0f} us/request; median of {mode_rounds} paired rounds "
                f"of {count} GETs of the current cart",
            )
        )
        peer = paired_ratio(samples, "authlib", "httpx")
        authlib_us = per_call_us(samples["authlib"], count)
        httpx_us = per_call_us(samples["httpx"], count)
        figures.append(
            Figure(
                f"overhead {mode}: Authlib AsyncOAuth2Client / plain httpx",
                peer,
                "ratio",
                None,
                None,
                f"peer, same rounds: {authlib_us:.0f} vs {httpx_us:.0f} us/request",
            )
        )
    differences = [(a - b) / sequential * 1e6 for a, b in zip(seq["sdk"], seq["raw"], strict=True)]
    added = median(differences)
    low, high = percentile(differences, 0.25), percentile(differences, 0.75)
    added_peer = median(
        [(a - b) / sequential * 1e6 for a, b in zip(seq["authlib"], seq["httpx"], strict=True)]
    )
    figures.append(
        Figure(
            "overhead sequential: time WixClient adds per request",
            added,
            "us",
            None,
            None,
            f"per-round spread (IQR) {low:.0f} to {high:.0f} us; Authlib adds "
            f"{added_peer:.0f} us over httpx in the same rounds; token calls during the run: "
            f"{extra_token_calls}",
        )
    )
    return figures


def run(quick: bool) -> list[Figure]:
    return asyncio.run(_measure(quick))
