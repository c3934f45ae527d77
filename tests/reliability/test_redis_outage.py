"""Scenario 2: Redis killed, frozen and restarted mid-run: typed errors, then recovery."""

from __future__ import annotations

import os
import signal
import time
from typing import Any

import aiohttp
import pytest
import redis.asyncio

import wixvisitor as wv
from wixvisitor.emulator import PRODUCTS, Emulator
from wixvisitor.stores import RedisTokenStore

from ._support import FAST_RETRY
from ._webapp import serve_shop

VISITORS = 20
TIMEOUT = 0.5  # the Redis client's socket timeouts: the configured bound on a hang


async def _fail_typed(visitors: wv.Visitors, keys: list[str]) -> tuple[int, float]:
    """Every call raises StoreError; returns how many and the slowest one's seconds."""
    slowest = 0.0
    for key in keys:
        started = time.monotonic()
        with pytest.raises(wv.StoreError):
            await visitors.client(key).current_cart.get()
        slowest = max(slowest, time.monotonic() - started)
    return len(keys), slowest


async def _carts(visitors: wv.Visitors, keys: list[str]) -> dict[str, int]:
    """Each visitor's quantity of the product it added (0: no cart)."""
    quantities = {}
    for key in keys:
        cart = await visitors.client(key).current_cart.get()
        quantities[key] = cart["lineItems"][0]["quantity"] if cart else 0
    return quantities


async def outage(emu: Emulator, client_id: str, server: Any, figures: Any, name: str) -> None:
    """Sessions saved, Redis frozen then killed, calls fail typed, Redis back, calls recover."""
    client = redis.asyncio.Redis.from_url(
        server.url, socket_timeout=TIMEOUT, socket_connect_timeout=TIMEOUT
    )
    store = RedisTokenStore(client, prefix="outage:").for_client(client_id)
    keys = [f"visitor-{i}" for i in range(VISITORS)]
    options: dict[str, Any] = {
        "store": store,
        "base_url": emu.base_url,
        "retry": FAST_RETRY,
        "clock": emu.now,
    }
    try:
        async with wv.Visitors(client_id, **options) as visitors:
            for number, key in enumerate(keys):
                await visitors.client(key).current_cart.add(
                    [wv.line_item(PRODUCTS[0].id, 1 + number % 5)]
                )
            before = {key: await store.load(key) for key in keys}
            expected = {key: 1 + number % 5 for number, key in enumerate(keys)}

            assert server.process is not None
            os.kill(server.process.pid, signal.SIGSTOP)  # frozen: only timeouts end a call
            try:
                frozen_calls, frozen_slowest = await _fail_typed(visitors, keys[:3])
            finally:
                os.kill(server.process.pid, signal.SIGCONT)
            assert await _carts(visitors, keys) == expected  # back without a restart

            server.kill()  # down: connections refused
            down_calls, down_slowest = await _fail_typed(visitors, [*keys, "a-new-visitor"])
            server.start()
            emu.advance(14400 + 120)  # renewals during recovery write to Redis again
            after = await _carts(visitors, keys)
            stored = {key: await store.load(key) for key in keys}
    finally:
        await client.aclose()
    kept = sum(
        1
        for key in keys
        if stored[key] is not None
        and before[key] is not None
        and stored[key].refresh_token == before[key].refresh_token  # type: ignore[union-attr]
    )
    if server.persist:
        assert after == expected and kept == VISITORS
    else:  # without persistence Redis forgot them: fresh sessions, still working calls
        assert all(quantity == 0 for quantity in after.values())
    figures(
        f"2 Redis outage ({name})",
        visitors=VISITORS,
        calls_while_frozen=frozen_calls,
        calls_while_down=down_calls,
        store_errors=frozen_calls + down_calls,
        other_errors=0,
        slowest_failing_call_frozen_s=round(frozen_slowest, 2),
        slowest_failing_call_down_s=round(down_slowest, 2),
        configured_socket_timeout_s=TIMEOUT,
        calls_after_restart_ok=len(after),
        sessions_kept=kept,
        **(
            {"sessions_lost": VISITORS - kept}
            if server.persist
            else {"sessions_gone_with_unpersisted_redis_data": VISITORS - kept}
        ),
    )


async def test_redis_outage_with_persistence(
    emu: Emulator, client_id: str, private_redis_persistent: Any, figures: Any
) -> None:
    """With AOF persistence: StoreError during the outage, then every session and cart is back."""
    await outage(emu, client_id, private_redis_persistent, figures, "appendfsync always")


async def test_redis_outage_without_persistence(
    emu: Emulator, client_id: str, private_redis: Any, figures: Any
) -> None:
    """Without persistence: StoreError during the outage, then calls work again (new sessions)."""
    await outage(emu, client_id, private_redis, figures, "no persistence")


async def test_web_app_recovers_after_redis_outage_without_restart(
    emu: Emulator, client_id: str, private_redis_persistent: Any, figures: Any
) -> None:
    """A server-mode aiohttp app answers errors while Redis is down, then the same carts again."""
    server = private_redis_persistent
    client = redis.asyncio.Redis.from_url(
        server.url, socket_timeout=TIMEOUT, socket_connect_timeout=TIMEOUT
    )
    store = RedisTokenStore(client, prefix=f"outage-app:{client_id}:")
    visitors = wv.Visitors(
        client_id, store=store, base_url=emu.base_url, retry=FAST_RETRY, clock=emu.now
    )
    http = aiohttp.ClientSession(cookie_jar=aiohttp.DummyCookieJar())
    statuses: dict[str, list[int]] = {"before": [], "down": [], "after": []}
    try:
        async with visitors, serve_shop("aiohttp", visitors, "server") as url, http:

            async def call(phase: str, method: str, path: str, cookie: str | None) -> Any:
                headers = {"Cookie": f"wixSession={cookie}"} if cookie else {}
                async with http.request(method, url + path, headers=headers) as response:
                    statuses[phase].append(response.status)
                    morsel = response.cookies.get("wixSession")
                    body = await response.json() if response.status == 200 else None
                    return body, morsel.value if morsel is not None else cookie

            sessions = {}
            for number in range(5):
                product = PRODUCTS[number].id
                _, sessions[product] = await call("before", "POST", f"/cart/{product}", None)
            server.kill()
            for product, session in sessions.items():
                await call("down", "GET", "/cart", session)
            await call("down", "POST", f"/cart/{PRODUCTS[0].id}", None)
            server.start()
            for product, session in sessions.items():
                body, _ = await call("after", "GET", "/cart", session)
                assert body == {product: 1}
    finally:
        await client.aclose()
    assert set(statuses["before"]) == {200} and set(statuses["after"]) == {200}
    assert statuses["down"] and all(status == 500 for status in statuses["down"])
    figures(
        "2 Redis outage (aiohttp app, server mode, persistence)",
        requests_while_down=len(statuses["down"]),
        answered_500=statuses["down"].count(500),
        requests_after_restart=len(statuses["after"]),
        answered_200_with_the_same_cart=statuses["after"].count(200),
        app_restarts=0,
        sessions_lost=0,
    )
