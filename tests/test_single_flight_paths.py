"""Single flight on every token path: 1,000 callers, one token request, counted at the emulator."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from test_strategy import FAST, strategy

import wixvisitor as wv
from wixvisitor.emulator import Emulator
from wixvisitor.errors import InvalidRefreshTokenError
from wixvisitor.stores import MemoryTokenStore

CALLERS = 1000
EXPIRED = 5 * 3600

# Each path, given a strategy whose own session has expired: a call that needs one renewal.
PATHS: dict[str, Callable[[wv.OAuthStrategy, wv.Tokens], Awaitable[Any]]] = {
    "get_auth_headers": lambda auth, _old: auth.get_auth_headers(),
    "generate_visitor_tokens()": lambda auth, _old: auth.generate_visitor_tokens(),
    "generate_visitor_tokens(own tokens)": lambda auth, old: auth.generate_visitor_tokens(old),
    "renew_token(own refresh token)": lambda auth, old: auth.renew_token(old.refresh_token),
    "renew_token(str)": lambda auth, old: auth.renew_token(old.refresh_token.value),
    "recover_from_unauthorized": lambda auth, old: auth.recover_from_unauthorized(
        old.access_token.value
    ),
}


async def _expired_session(emu: Emulator, auth: wv.OAuthStrategy) -> wv.Tokens:
    old = await auth.generate_visitor_tokens()
    emu.advance(EXPIRED)
    emu.stats.reset()
    return old


@pytest.mark.parametrize("path", list(PATHS))
async def test_every_path_shares_one_refresh(emu: Emulator, client_id: str, path: str) -> None:
    """1,000 concurrent callers of one path with an expired session make exactly 1 refresh."""
    async with strategy(emu, client_id, store=MemoryTokenStore()) as auth:
        old = await _expired_session(emu, auth)
        results = await asyncio.gather(*(PATHS[path](auth, old) for _ in range(CALLERS)))
    assert (emu.stats.token_calls, emu.stats.refresh) == (1, 1)
    assert len({repr(sorted(r.items())) if isinstance(r, dict) else r for r in results}) == 1


async def test_all_paths_at_once_share_one_refresh(emu: Emulator, client_id: str) -> None:
    """Every path mixed in one burst of 1,200 callers still makes exactly 1 refresh."""
    async with strategy(emu, client_id, store=MemoryTokenStore()) as auth:
        old = await _expired_session(emu, auth)
        calls = [call(auth, old) for call in PATHS.values() for _ in range(CALLERS // 5)]
        await asyncio.gather(*calls)
        assert auth.get_tokens() is not None
        assert auth.get_tokens() != old
    assert (emu.stats.token_calls, emu.stats.refresh) == (1, 1)


async def test_other_tokens_share_one_refresh(emu: Emulator, client_id: str) -> None:
    """generate_visitor_tokens(tokens) with the same expired tokens: 1 refresh for 1,000 callers."""
    async with strategy(emu, client_id) as minter:
        old = await _expired_session(emu, minter)
    async with strategy(emu, client_id) as auth:
        results = await asyncio.gather(*(auth.generate_visitor_tokens(old) for _ in range(CALLERS)))
        assert auth.get_tokens() is None  # other tokens are returned, not adopted
    assert (emu.stats.token_calls, emu.stats.refresh) == (1, 1)
    assert len(set(results)) == 1
    assert results[0].refresh_token == old.refresh_token


async def test_a_dead_refresh_token_fails_once_for_every_renew_token_caller(
    emu: Emulator, client_id: str
) -> None:
    """1,000 renew_token calls with a revoked refresh token: 1 failed request, 1,000 errors."""
    async with strategy(emu, client_id) as auth:
        old = await _expired_session(emu, auth)
        emu.revoke(old.refresh_token.value)
        results = await asyncio.gather(
            *(auth.renew_token(old.refresh_token) for _ in range(CALLERS)), return_exceptions=True
        )
    assert all(isinstance(r, InvalidRefreshTokenError) for r in results)
    assert (emu.stats.token_calls, emu.stats.refresh, emu.stats.anonymous) == (1, 1, 0)


async def test_a_dead_refresh_token_gives_every_generate_caller_one_new_session(
    emu: Emulator, client_id: str
) -> None:
    """generate_visitor_tokens(dead tokens) x1,000: 1 refused refresh, 1 anonymous, one session."""
    async with strategy(emu, client_id) as minter:
        old = await _expired_session(emu, minter)
        emu.revoke(old.refresh_token.value)
    async with strategy(emu, client_id) as auth:
        results = await asyncio.gather(*(auth.generate_visitor_tokens(old) for _ in range(CALLERS)))
    assert (emu.stats.token_calls, emu.stats.refresh, emu.stats.anonymous) == (2, 1, 1)
    assert len(set(results)) == 1
    assert results[0].refresh_token != old.refresh_token


async def test_a_failing_endpoint_is_one_request_on_every_path(
    emu: Emulator, client_id: str
) -> None:
    """A 500 with one attempt: one failed request shared by callers of every path."""
    retry = wv.RetryPolicy(attempts=1)
    async with strategy(emu, client_id, store=MemoryTokenStore(), retry=retry) as auth:
        old = await _expired_session(emu, auth)
        emu.fail_next(1, status=500)
        calls = [call(auth, old) for call in PATHS.values() for _ in range(100)]
        results = await asyncio.gather(*calls, return_exceptions=True)
    assert all(isinstance(r, wv.TokenRequestError) for r in results)
    assert emu.stats.token_calls == 1


@pytest.mark.parametrize("path", list(PATHS))
async def test_cancelling_half_the_waiters_leaves_one_flight_for_the_rest(
    emu: Emulator, client_id: str, path: str
) -> None:
    """Cancel every other caller of a path: the rest get the renewal, still 1 refresh."""
    async with strategy(emu, client_id, store=MemoryTokenStore()) as auth:
        old = await _expired_session(emu, auth)
        tasks = [asyncio.ensure_future(PATHS[path](auth, old)) for _ in range(CALLERS)]
        await asyncio.sleep(0)
        for task in tasks[::2]:
            task.cancel()
        results = await asyncio.gather(*tasks, return_exceptions=True)
        assert all(isinstance(r, asyncio.CancelledError) for r in results[::2])
        assert not any(isinstance(r, BaseException) for r in results[1::2])
        assert auth.get_tokens() != old
    assert (emu.stats.token_calls, emu.stats.refresh) == (1, 1)


async def test_visitors_share_one_flight_across_paths_and_clients(
    emu: Emulator, client_id: str
) -> None:
    """Per-request clients of one Visitors, every path mixed: 1 refresh for one visitor."""
    async with wv.Visitors(client_id, base_url=emu.base_url, retry=FAST, clock=emu.now) as visitors:
        old = await _expired_session(emu, visitors.client("v").auth)
        calls = [
            call(visitors.client("v").auth, old) for call in PATHS.values() for _ in range(100)
        ]
        await asyncio.gather(*calls)
    assert (emu.stats.token_calls, emu.stats.refresh) == (1, 1)
