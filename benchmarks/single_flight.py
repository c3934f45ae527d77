"""Figure 3: single flight in one process.

N concurrent requests for one visitor whose access token has expired: how many token
calls reach Wix, and how long callers wait. Then the same with a refresh that fails.
Side by side: Authlib with one shared client, Authlib with one client per request,
and a naive loop in which every caller renews for itself (as the JS SDK does).
"""

from __future__ import annotations

import asyncio
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
    expired,
    percentile,
)

TITLE = "single flight in one process"
#: Each AsyncOAuth2Client costs tens of ms to build (httpx loads a TLS context): keep N small.
PER_REQUEST_MAX_N = 100
#: httpx needs over a minute for 10,000 concurrent requests here: keep the run short.
SHARED_MAX_N = 1000


class Burst:
    """The outcome of N concurrent callers: token calls, failures, latencies."""

    def __init__(self, token_calls: int, failures: int, latencies: list[float]) -> None:
        self.token_calls = token_calls
        self.failures = failures
        self.latencies = latencies

    def latency_note(self) -> str:
        p50 = percentile(self.latencies, 0.50) * 1e3
        p99 = percentile(self.latencies, 0.99) * 1e3
        return f"p50 {p50:.1f} ms, p99 {p99:.1f} ms"


async def _burst(emu: RemoteEmulator, n: int, call: Callable[[int], Awaitable[Any]]) -> Burst:
    before = await emu.token_calls()
    latencies: list[float] = []
    failures = 0
    started = time.perf_counter()

    async def caller(index: int) -> None:
        nonlocal failures
        try:
            await call(index)
        except Exception:
            failures += 1
        latencies.append(time.perf_counter() - started)

    await asyncio.gather(*(caller(index) for index in range(n)))
    return Burst(await emu.token_calls() - before, failures, latencies)


async def _sdk(
    emu: RemoteEmulator, n: int, *, failing: bool, retry: wv.RetryPolicy | None = None
) -> Burst:
    tokens = await emu.visitor_with_cart()
    if failing and retry is None:
        # Retries off: every shared attempt is then exactly one token call.
        retry = wv.RetryPolicy(attempts=1)
    async with wv.create_client(
        CLIENT_ID, tokens=expired(tokens), base_url=emu.base_url, retry=retry
    ) as client:
        if failing:
            await emu.fail_next(n + 10)
        burst = await _burst(emu, n, lambda _: client.request("GET", CART_PATH))
    if failing:
        await emu.reset()  # drop the faults nobody asked for
    return burst


async def _authlib_shared(emu: RemoteEmulator, n: int, *, failing: bool) -> Burst:
    tokens = await emu.visitor_with_cart()
    client = authlib_client(emu.base_url, expired(tokens))
    url = emu.base_url + CART_PATH

    async def call(_: int) -> None:
        response = await client.get(url)
        response.raise_for_status()

    try:
        if failing:
            await emu.fail_next(n + 10)
        burst = await _burst(emu, n, call)
    finally:
        await client.aclose()
    if failing:
        await emu.reset()
    return burst


async def _authlib_per_request(emu: RemoteEmulator, n: int, *, failing: bool) -> Burst:
    tokens = expired(await emu.visitor_with_cart())
    url = emu.base_url + CART_PATH

    async def call(_: int) -> None:
        async with authlib_client(emu.base_url, tokens) as client:
            response = await client.get(url)
            response.raise_for_status()

    if failing:
        await emu.fail_next(n + 10)
    burst = await _burst(emu, n, call)
    if failing:
        await emu.reset()
    return burst


async def _naive(emu: RemoteEmulator, n: int, *, failing: bool) -> Burst:
    tokens = await emu.visitor_with_cart()
    token_url, url = emu.base_url + "/oauth2/token", emu.base_url + CART_PATH
    body = {
        "clientId": CLIENT_ID,
        "refreshToken": tokens.refresh_token.value,
        "grantType": "refresh_token",
    }
    async with aiohttp.ClientSession() as session:

        async def call(_: int) -> None:
            # Each caller sees an expired token and renews it for itself.
            async with session.post(token_url, json=body) as response:
                response.raise_for_status()
                access = (await response.json())["access_token"]
            async with session.get(url, headers={"Authorization": access}) as response:
                response.raise_for_status()
                await response.read()

        if failing:
            await emu.fail_next(n + 10)
        burst = await _burst(emu, n, call)
    if failing:
        await emu.reset()
    return burst


Contender = Callable[..., Awaitable[Burst]]
_PEERS: dict[str, tuple[Contender, int, str]] = {
    "Authlib, one shared client": (_authlib_shared, SHARED_MAX_N, "httpx takes minutes"),
    "Authlib, one client per request": (
        _authlib_per_request,
        PER_REQUEST_MAX_N,
        "each client takes ~40 ms to build",
    ),
    "naive loop, no single flight": (_naive, 10_000, ""),
}


async def _with_default_retries(emu: RemoteEmulator, n: int) -> Figure:
    """A failing refresh under the default policy: its retries are shared like the rest."""
    policy = wv.RetryPolicy()
    burst = await _sdk(emu, n, failing=True, retry=policy)
    return Figure(
        f"single flight, failing refresh, default retries, N={n:,}: SDK token calls",
        burst.token_calls,
        "calls",
        None,
        None,
        f"the default RetryPolicy makes {policy.attempts} attempts, each shared by all "
        f"{n:,} callers; {burst.failures}/{n} got the error; {burst.latency_note()}",
    )


async def _measure(quick: bool) -> list[Figure]:
    sizes = (10, 100) if quick else (10, 100, 1000, 10_000)
    figures: list[Figure] = []
    async with RemoteEmulator() as emu:
        for failing in (False, True):
            variant = "failing refresh" if failing else "expired token"
            for n in sizes:
                burst = await _sdk(emu, n, failing=failing)
                outcome = (
                    f"{burst.failures}/{n} callers got the error"
                    if failing
                    else f"{n - burst.failures}/{n} succeeded"
                )
                figures.append(
                    Figure(
                        f"single flight, {variant}, N={n:,}: SDK token calls",
                        burst.token_calls,
                        "calls",
                        "= 1",
                        burst.token_calls == 1,
                        f"{outcome}; {burst.latency_note()}",
                    )
                )
            if failing:
                figures.append(await _with_default_retries(emu, sizes[-1]))
            for peer, (contender, max_n, why) in _PEERS.items():
                counts: list[str] = []
                largest: Burst | None = None
                for n in sizes:
                    if n > max_n:
                        counts.append(f"N={n:,} not run ({why})")
                        continue
                    largest = await contender(emu, n, failing=failing)
                    counts.append(f"N={n:,}: {largest.token_calls:,}")
                    largest_n = n
                assert largest is not None
                figures.append(
                    Figure(
                        f"single flight peer, {variant}, N={largest_n:,}: {peer}",
                        largest.token_calls,
                        "calls",
                        None,
                        None,
                        f"token calls {'; '.join(counts)}; at N={largest_n:,}: "
                        f"{largest.latency_note()}, {largest.failures} failed",
                    )
                )
    return figures


def run(quick: bool) -> list[Figure]:
    return asyncio.run(_measure(quick))
