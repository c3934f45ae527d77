"""A session has an order: tokens set after a renewal began win over that renewal's result."""

from __future__ import annotations

import asyncio
import logging
import subprocess
import sys
import textwrap
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from test_strategy import strategy

import wixvisitor as wv
from wixvisitor.emulator import Emulator
from wixvisitor.stores import JsonFileTokenStore, MemoryTokenStore, TokenStore

EXPIRED = 5 * 3600
HANG = 1.5  # the first renewal attempt is held open this long, then answered 504 and retried


async def _while_renewing(
    emu: Emulator, renewal: Awaitable[Any], meanwhile: Callable[[], Awaitable[None]]
) -> Any:
    """Start ``renewal`` (its first attempt hangs), run ``meanwhile`` during it, then finish it."""
    emu.fail_next(1, kind="timeout", hang=HANG)
    task = asyncio.ensure_future(renewal)
    while emu.stats.token_calls == 0:  # waits for the request to arrive, not for time to pass
        await asyncio.sleep(0.005)
    await meanwhile()
    assert not task.done()
    return await task


async def _new_session(emu: Emulator, client_id: str) -> wv.Tokens:
    async with strategy(emu, client_id) as other:
        return await other.generate_visitor_tokens()


def _stores(tmp_path: Path) -> dict[str, TokenStore | None]:
    return {
        "no store": None,
        "memory": MemoryTokenStore(),
        "json file": JsonFileTokenStore(tmp_path / "tokens.json"),
    }


@pytest.mark.parametrize("store_name", ["no store", "memory", "json file"])
@pytest.mark.parametrize("path", ["get_auth_headers", "renew_token", "recover_from_unauthorized"])
async def test_tokens_set_during_a_renewal_win(
    emu: Emulator, client_id: str, tmp_path: Path, store_name: str, path: str
) -> None:
    """set_tokens(newer) while a renewal is in flight: memory and store end with the newer tokens."""
    store = _stores(tmp_path)[store_name]
    newer = await _new_session(emu, client_id)
    async with strategy(emu, client_id, store=store) as auth:
        old = await auth.generate_visitor_tokens()
        emu.advance(EXPIRED)
        emu.stats.reset()
        renewal = {
            "get_auth_headers": auth.get_auth_headers,
            "renew_token": lambda: auth.renew_token(old.refresh_token),
            "recover_from_unauthorized": lambda: auth.recover_from_unauthorized(
                old.access_token.value
            ),
        }[path]()
        await _while_renewing(emu, renewal, lambda: auth.set_tokens(newer))
        assert auth.get_tokens() == newer
        if store is not None:
            assert await store.load(auth.key) == newer
        # The next call keeps the newer session (renewing it, if it too has expired).
        await auth.get_auth_headers()
        kept = auth.get_tokens()
        assert kept is not None
        assert kept.refresh_token == newer.refresh_token


async def test_tokens_set_by_another_client_of_the_same_visitor_win(
    emu: Emulator, client_id: str
) -> None:
    """Visitors: one request renews while another sets tokens; every later client sees the newer."""
    newer = await _new_session(emu, client_id)
    async with wv.Visitors(client_id, base_url=emu.base_url, clock=emu.now) as visitors:
        await visitors.client("v").auth.generate_visitor_tokens()
        emu.advance(EXPIRED)
        emu.stats.reset()
        renewing = visitors.client("v")
        headers = await _while_renewing(
            emu,
            renewing.auth.get_auth_headers(),
            lambda: visitors.client("v").auth.set_tokens(newer),
        )
        assert await visitors.store.load("v") == newer
        assert renewing.auth.get_tokens() == newer
        assert headers == {"Authorization": newer.access_token.value}


async def test_a_superseded_reset_is_neither_kept_nor_reported(
    emu: Emulator, client_id: str, caplog: pytest.LogCaptureFixture
) -> None:
    """A refused refresh whose reset lands after set_tokens(newer): no reset kept, none reported."""
    resets: list[wv.SessionReset] = []
    newer = await _new_session(emu, client_id)
    store = MemoryTokenStore()
    async with strategy(emu, client_id, store=store, on_session_reset=resets.append) as auth:
        old = await auth.generate_visitor_tokens()
        emu.advance(EXPIRED)
        emu.revoke(old.refresh_token.value)
        emu.stats.reset()
        with caplog.at_level(logging.WARNING, logger="wixvisitor"):
            await _while_renewing(emu, auth.get_auth_headers(), lambda: auth.set_tokens(newer))
    assert await store.load(auth.key) == newer
    assert auth.get_tokens() == newer
    assert resets == []
    assert not [r for r in caplog.records if "refused the refresh token" in r.getMessage()]


SET_NEWER = textwrap.dedent(
    """
    import asyncio, sys
    import redis.asyncio
    import wixvisitor as wv
    from wixvisitor.stores import RedisTokenStore

    async def main() -> None:
        url, prefix, key, client_id, base_url = sys.argv[1:6]
        tokens = sys.stdin.readline()  # sent once the other process's renewal is in flight
        client = redis.asyncio.Redis.from_url(url)
        try:
            auth = wv.OAuthStrategy(client_id, store=RedisTokenStore(client, prefix=prefix),
                                    key=key, base_url=base_url)
            await auth.set_tokens(wv.Tokens.from_json(tokens))
            await auth.aclose()
        finally:
            await client.aclose()

    asyncio.run(main())
    """
)


async def test_tokens_set_by_another_process_win_on_redis(
    emu: Emulator, client_id: str, redis_client: Any, redis_url: str, redis_prefix: str
) -> None:
    """Process A renews under Redis's lock; process B sets newer tokens: both end with B's."""
    from wixvisitor.stores import RedisTokenStore

    store = RedisTokenStore(redis_client, prefix=redis_prefix).for_client(client_id)
    newer = await _new_session(emu, client_id)
    async with strategy(emu, client_id, store=store, key="shared") as auth:
        await auth.generate_visitor_tokens()
        emu.advance(EXPIRED)
        emu.stats.reset()

        argv = [redis_url, redis_prefix, "shared", client_id, emu.base_url]
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-c",
            SET_NEWER,
            *argv,
            stdin=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )

        async def set_in_another_process() -> None:
            _, err = await process.communicate(newer.to_json().encode() + b"\n")
            assert process.returncode == 0, err.decode()

        headers = await _while_renewing(emu, auth.get_auth_headers(), set_in_another_process)
        assert await store.load("shared") == newer
        assert auth.get_tokens() == newer
        assert headers == {"Authorization": newer.access_token.value}
    assert emu.stats.refresh == 2  # the hung attempt and its retry: one renewal, then discarded
