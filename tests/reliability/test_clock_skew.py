"""Scenario 5: an SDK clock 10 minutes off the emulator's still keeps every call working."""

from __future__ import annotations

import math
import random
from typing import Any

import pytest

import wixvisitor as wv
from wixvisitor.emulator import PRODUCTS, Emulator
from wixvisitor.stores import MemoryTokenStore

from ._support import FAST_RETRY

LIFETIME = 14400
LEEWAY = 60
STEP = 300  # five minutes between page loads


async def _walk(
    emu: Emulator,
    apps: list[wv.Visitors],
    keys: list[str],
    horizon: int,
    seed: int,
) -> int:
    """Each visitor adds to its cart, then reads it through every app at every step."""
    rng = random.Random(seed)
    calls = 0
    for key in keys:
        await apps[0].client(key).current_cart.add([wv.line_item(PRODUCTS[0].id)])
    for _ in range(horizon // STEP):
        emu.advance(STEP)
        for key in keys:
            for app in rng.sample(apps, len(apps)):  # who calls first varies
                cart = await app.client(key).current_cart.get()
                assert cart is not None and cart["lineItems"][0]["quantity"] == 1
                calls += 1
    return calls


@pytest.mark.parametrize("skew", [-600, 600], ids=["behind", "ahead"])
@pytest.mark.parametrize("shared", [False, True], ids=["alone", "shared-store"])
async def test_clock_skew_keeps_calls_working(
    emu: Emulator, client_id: str, skew: int, shared: bool, figures: Any
) -> None:
    """Skewed by ±10 min (alone, or sharing a store with a right clock): every call works."""
    store = MemoryTokenStore()
    resets: list[wv.SessionReset] = []
    clocks = [lambda: emu.now() + skew]
    if shared:
        clocks.append(emu.now)
    apps = [
        wv.Visitors(
            client_id,
            store=store,
            base_url=emu.base_url,
            retry=FAST_RETRY,
            clock=clock,
            leeway=LEEWAY,
            on_session_reset=resets.append,
        )
        for clock in clocks
    ]
    keys = [f"skewed-{i}" for i in range(10)]
    horizon = 3 * LIFETIME
    try:
        first = {key: None for key in keys}
        calls = await _walk(emu, apps, keys, horizon, seed=skew)
        for key in keys:
            stored = await store.load(key)
            assert stored is not None
            first[key] = stored.refresh_token.value  # type: ignore[assignment]
    finally:
        for app in apps:
            await app.aclose()
    # An expiry happens at most once per (lifetime - skew - leeway) of emulator time.
    expiries = math.ceil(horizon / (LIFETIME - abs(skew) - LEEWAY))
    per_visitor_refresh = emu.stats.refresh / len(keys)
    per_visitor_401 = emu.stats.unauthorized / len(keys)
    assert resets == []
    assert emu.stats.anonymous == len(keys)
    assert per_visitor_401 <= expiries
    natural = horizon // LIFETIME  # renewals with a right clock
    extra = per_visitor_refresh - natural
    assert extra <= per_visitor_401  # every extra renewal was paid for by one 401
    assert len(set(first.values())) == len(keys)
    figures(
        f"5 clock skew {skew:+d}s ({'shared store' if shared else 'alone'})",
        visitors=len(keys),
        calls=calls,
        failed_calls=0,
        expiries_per_visitor=expiries,
        renewals_per_visitor=per_visitor_refresh,
        extra_renewals_per_visitor=extra,
        unauthorized_per_visitor=per_visitor_401,
        sessions_lost=0,
    )
