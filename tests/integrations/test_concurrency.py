"""Many visitors at once stay apart; one visitor's concurrent requests share one renewal."""

from __future__ import annotations

import asyncio
import hashlib
import time
from collections import Counter

import aiohttp
import pytest
from conftest import PRODUCT_IDS, Browser, StartSite

import wixvisitor as wv
from wixvisitor._cookie import new_session_id
from wixvisitor.emulator import Emulator

VISITORS = 100
REQUESTS_PER_VISITOR = 5
FOUR_HOURS = 4 * 3600
CROWD = 10_000
AT_A_TIME = 200


def planned_items(visitor: int) -> list[tuple[str, int]]:
    """The (product, quantity) adds of one visitor: a pattern no other visitor shares."""
    return [
        (PRODUCT_IDS[(visitor + step) % len(PRODUCT_IDS)], 1 + (visitor * 7 + step) % 9)
        for step in range(REQUESTS_PER_VISITOR)
    ]


def expected_cart(visitor: int) -> dict[str, int]:
    """What the visitor's cart must hold after all its adds."""
    totals: Counter[str] = Counter()
    for product, quantity in planned_items(visitor):
        totals[product] += quantity
    return dict(totals)


async def test_500_concurrent_requests_from_100_visitors_keep_every_cart_apart(
    start_site: StartSite, http: aiohttp.ClientSession, emu: Emulator
) -> None:
    """Each of 100 visitors, adding 5 items in 500 concurrent requests, sees exactly its own cart."""
    site = await start_site()
    browsers = [Browser(http) for _ in range(VISITORS)]
    # Each visitor's first visit (all at once) gives it its cookie.
    await asyncio.gather(*(browser.get(f"{site.url}/cart") for browser in browsers))
    assert emu.stats.anonymous == VISITORS
    assert len({browser.cookie for browser in browsers}) == VISITORS

    adds = [
        browser.post(f"{site.url}/cart/{product}?quantity={quantity}")
        for visitor, browser in enumerate(browsers)
        for product, quantity in planned_items(visitor)
    ]
    answers = await asyncio.gather(*adds)
    assert [answer.status for answer in answers] == [200] * VISITORS * REQUESTS_PER_VISITOR

    carts = await asyncio.gather(*(browser.get(f"{site.url}/cart") for browser in browsers))
    mix_ups = sum(cart.json() != expected_cart(visitor) for visitor, cart in enumerate(carts))
    print(f"isolation: {mix_ups} mix-ups among {VISITORS} visitors")
    assert mix_ups == 0
    assert emu.stats.anonymous == VISITORS  # nobody was handed a new session midway


async def test_100_concurrent_requests_with_an_expired_token_make_exactly_one_refresh(
    start_site: StartSite, http: aiohttp.ClientSession, emu: Emulator, mode: str
) -> None:
    """One visitor's 100 simultaneous requests after expiry share a single renewal."""
    site = await start_site()
    visitor = Browser(http)
    await visitor.post(f"{site.url}/cart/{PRODUCT_IDS[0]}")
    emu.advance(FOUR_HOURS)
    emu.stats.reset()

    # Every request carries the same (expired) cookie, as a browser's parallel fetches do.
    tabs = [Browser(http) for _ in range(100)]
    for tab in tabs:
        tab.cookie = visitor.cookie
    answers = await asyncio.gather(*(tab.get(f"{site.url}/cart") for tab in tabs))

    print(f"same-visitor burst ({mode} mode): {emu.stats.refresh} refresh call(s)")
    assert (emu.stats.refresh, emu.stats.anonymous) == (1, 0)
    assert all(answer.json() == {PRODUCT_IDS[0]: 1} for answer in answers)
    assert len({tab.cookie for tab in tabs}) == 1  # everyone was handed the same renewed session


# Server mode only: there the cookie is just a key, and the store lookup it drives decides
# whose session a handler gets (cookie mode's hand-off runs in the 100-visitor test above).
# One mode keeps the suite's time modest: 10,000 requests per framework.
@pytest.mark.parametrize("mode", ["server"])
async def test_10000_returning_visitors_are_each_handed_their_own_session(
    start_site: StartSite, http: aiohttp.ClientSession, emu: Emulator, mode: str, framework: str
) -> None:
    """10,000 visitors, 200 requests at a time: every handler gets its own visitor's session, no Set-Cookie."""
    # Sessions made up front (no Wix call), so the 10,000 requests test the hand-off alone:
    # each request's client must hold the tokens its own cookie names, never a neighbour's.
    store = wv.stores.MemoryTokenStore(max_size=2 * CROWD)
    site = await start_site(store=store)
    expires = int(emu.now()) + 3600
    cookies, expected = [], []
    for i in range(CROWD):
        access = f"access-{i}"
        tokens = wv.Tokens(
            wv.AccessToken(access, expires), wv.RefreshToken(f"refresh-{i}", wv.TokenRole.VISITOR)
        )
        session_id = new_session_id()
        await store.save(session_id, tokens)
        cookies.append(session_id)
        expected.append(hashlib.sha256(access.encode()).hexdigest()[:16])
    mix_ups: list[int] = []
    cookies_set = 0
    pending = iter(range(CROWD))

    async def worker() -> None:
        nonlocal cookies_set
        for i in pending:
            headers = {"Cookie": f"theme=dark; wixSession={cookies[i]}"}
            async with http.get(f"{site.url}/whoami", headers=headers) as answer:
                if (await answer.json())["visitor"] != expected[i]:
                    mix_ups.append(i)
                cookies_set += "Set-Cookie" in answer.headers

    started = time.monotonic()
    await asyncio.gather(*(worker() for _ in range(AT_A_TIME)))
    seconds = time.monotonic() - started
    print(f"{CROWD} visitors ({framework}, {mode} mode): {len(mix_ups)} mix-ups, {seconds:.1f} s")
    assert mix_ups == []
    assert cookies_set == 0
    assert emu.stats.token_calls == 0
