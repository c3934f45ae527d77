"""Scenario 6: thousands of visitors through the aiohttp integration, server mode on Redis."""

from __future__ import annotations

import asyncio
import gc
import os
import re
import signal
import sys
import time
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
import redis.asyncio

import wixvisitor as wv
from wixvisitor.emulator import PRODUCTS
from wixvisitor.stores import RedisTokenStore

from ._webapp import aiohttp_shop, serve_aiohttp

CONCURRENCY = 200
WAVE = 1000  # visitors between two memory samples; the first wave is the warm-up


class OutOfProcessEmulator:
    """The emulator in its own process (the other core), driven over its admin endpoints.

    Its memory then grows with the visitors it remembers without blurring the app's.
    """

    def __init__(self, process: asyncio.subprocess.Process, base_url: str) -> None:
        self.process = process
        self.base_url = base_url
        self.offset = 0.0

    def now(self) -> float:
        """The emulator's clock, for the SDK."""
        return time.time() + self.offset

    async def advance(self, http: aiohttp.ClientSession, seconds: float) -> None:
        """Move the emulator's clock (and so the SDK's) forward."""
        async with http.post(
            self.base_url + "/_emulator/advance", json={"seconds": seconds}
        ) as response:
            assert response.status == 200
        self.offset += seconds

    async def stats(self, http: aiohttp.ClientSession) -> dict[str, int]:
        """The emulator's counters."""
        async with http.get(self.base_url + "/_emulator/stats") as response:
            result: dict[str, int] = await response.json()
            return result


@pytest.fixture
async def remote_emu() -> AsyncIterator[OutOfProcessEmulator]:
    """`wixvisitor emulator --port 0` in a child process."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "wixvisitor",
        "emulator",
        "--port",
        "0",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    assert process.stdout is not None
    line = (await process.stdout.readline()).decode()
    match = re.search(r"http://\S+", line)
    assert match, line
    yield OutOfProcessEmulator(process, match.group(0))
    process.send_signal(signal.SIGTERM)
    await process.communicate()


def _live_clients() -> int:
    gc.collect()
    return sum(isinstance(thing, wv.WixClient | wv.OAuthStrategy) for thing in gc.get_objects())


def _rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


async def run_load(
    remote: OutOfProcessEmulator, client_id: str, redis_url: str, redis_prefix: str, count: int
) -> dict[str, Any]:
    """`count` visitors: add to cart, come back, come back again after their token expired."""
    # redis-py's default pool (100 connections) raises at once when exhausted; a
    # blocking pool makes 200 concurrent requests queue for a connection instead.
    pool = redis.asyncio.BlockingConnectionPool.from_url(redis_url, max_connections=50, timeout=10)
    redis_client = redis.asyncio.Redis(connection_pool=pool)
    store = RedisTokenStore(redis_client, prefix=redis_prefix).for_client(client_id)
    visitors = wv.Visitors(client_id, store=store, base_url=remote.base_url, clock=remote.now)
    expected = {
        i: (PRODUCTS[i % len(PRODUCTS)].id, 1 + (i // len(PRODUCTS)) % 50) for i in range(count)
    }
    session_ids: dict[int, str] = {}
    failures: list[str] = []
    connector = aiohttp.TCPConnector(limit=CONCURRENCY)
    http = aiohttp.ClientSession(connector=connector, cookie_jar=aiohttp.DummyCookieJar())

    async def journey(url: str, i: int, phase: str) -> None:
        product, quantity = expected[i]
        try:
            if phase == "new":
                async with http.post(f"{url}/cart/{product}?quantity={quantity}") as response:
                    assert response.status == 200, response.status
                    session_ids[i] = response.cookies["wixSession"].value
                    assert await response.json() == {product: quantity}
            headers = {"Cookie": f"wixSession={session_ids[i]}"}
            async with http.get(f"{url}/cart", headers=headers) as response:
                assert response.status == 200, response.status
                assert await response.json() == {product: quantity}, "another visitor's cart"
                cookie = response.cookies.get("wixSession")
                assert cookie is None or cookie.value == session_ids[i]
        except Exception as exc:  # counted, then asserted to be none
            failures.append(f"visitor {i} ({phase}): {type(exc).__name__}: {exc}")

    rss_by_wave: list[float] = []

    async def wave(url: str, numbers: range, phase: str) -> None:
        """200 workers share the wave: only 200 journeys exist at a time."""
        pending = iter(numbers)

        async def worker() -> None:
            for i in pending:
                await journey(url, i, phase)

        await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
        gc.collect()
        rss_by_wave.append(round(_rss_mb(), 1))

    clients_before = _live_clients()  # other tests' objects may be alive (kept tracebacks)
    started = time.monotonic()
    async with visitors, serve_aiohttp(aiohttp_shop(visitors, "server")) as url, http:
        for start in range(0, count, WAVE):
            await wave(url, range(start, min(start + WAVE, count)), "new")
        await remote.advance(http, 14400 + 120)  # every access token expires
        for start in range(0, count, WAVE):
            await wave(url, range(start, min(start + WAVE, count)), "return")
        stats = await remote.stats(http)
        in_flight = len(visitors._shared.flights)
    elapsed = time.monotonic() - started
    live_clients = _live_clients() - clients_before
    assert failures == [], failures[:5]
    assert len(set(session_ids.values())) == count  # nobody shares a session
    refresh_tokens = set()
    for session_id in session_ids.values():
        tokens = await store.load(session_id)
        assert tokens is not None
        refresh_tokens.add(tokens.refresh_token.value)
    await redis_client.aclose()
    await pool.aclose()
    assert len(refresh_tokens) == count
    assert (stats["anonymous"], stats["refresh"]) == (count, count)  # one mint, one renewal each
    assert in_flight == 0 and live_clients == 0
    return {
        "visitors": count,
        "concurrency": CONCURRENCY,
        "requests": 3 * count,
        "failed_requests": 0,
        "cross_visitor_mixups": 0,
        "sessions_lost": 0,
        "token_calls": stats["token_calls"],
        "rss_mb_after_each_wave_of_1000": rss_by_wave,
        "rss_growth_after_warm_up_mb": round(rss_by_wave[-1] - rss_by_wave[0], 1),
        "clients_left_alive_by_the_run": live_clients,
        "seconds": round(elapsed, 1),
        "requests_per_second": round(3 * count / elapsed),
    }


async def test_load_2000_visitors(
    remote_emu: OutOfProcessEmulator,
    client_id: str,
    redis_client: Any,  # only for its clean-up of this test's keys
    redis_url: str,
    redis_prefix: str,
    figures: Any,
) -> None:
    """2,000 visitors, 200 at a time: no mix-ups, no lost sessions, nothing left behind."""
    numbers = await run_load(remote_emu, client_id, redis_url, redis_prefix, 2000)
    figures("6 load (2,000 visitors, aiohttp server mode, Redis)", **numbers)


@pytest.mark.soak
async def test_load_10000_visitors_soak(
    remote_emu: OutOfProcessEmulator,
    client_id: str,
    redis_client: Any,  # only for its clean-up of this test's keys
    redis_url: str,
    redis_prefix: str,
    figures: Any,
) -> None:
    """Soak: 10,000 visitors, 200 at a time: no mix-ups, no lost sessions, flat memory."""
    numbers = await run_load(remote_emu, client_id, redis_url, redis_prefix, 10_000)
    figures("6 load (10,000 visitors, aiohttp server mode, Redis, soak)", **numbers)
