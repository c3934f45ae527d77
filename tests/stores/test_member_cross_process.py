"""A member's session is kept like a visitor's across processes: one refresh, role kept."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from test_cross_process_stores import KEY, PROCESSES, REQUESTS, renew_argv, run_workers

import wixvisitor as wv
from wixvisitor.emulator import Emulator
from wixvisitor.stores import RedisTokenStore


async def test_four_processes_renew_a_member_once_and_keep_the_role(
    emu: Emulator,
    client_id: str,
    redis_url: str,
    redis_client: Any,
    redis_prefix: str,
    tmp_path: Path,
) -> None:
    """4 processes x 250 calls for one member whose token expired, on Redis: 1 refresh, still a member."""
    store = RedisTokenStore(redis_client, prefix=redis_prefix).for_client(client_id)
    async with wv.Visitors(client_id, store=store, base_url=emu.base_url, clock=emu.now) as app:
        auth = app.client(KEY).auth
        assert (await auth.login_member(
            "ada@example.com", "lovelace-1815", redirect_uri="https://shop.example/cb"
        )).succeeded  # fmt: skip
    member = await store.load(KEY)
    assert member is not None and member.refresh_token.role is wv.TokenRole.MEMBER
    emu.advance(5 * 3600)
    emu.stats.reset()
    results = await run_workers(
        tmp_path,
        *renew_argv(emu, client_id),
        "--store=redis",
        f"--redis-url={redis_url}",
        f"--prefix={redis_prefix}",
    )
    assert [r["errors"] for r in results] == [[]] * PROCESSES
    assert sum(r["ok"] for r in results) == PROCESSES * REQUESTS
    assert (emu.stats.refresh, emu.stats.anonymous) == (1, 0)
    renewed = await store.load(KEY)
    assert renewed is not None
    assert renewed.refresh_token == member.refresh_token  # same member session, role kept
    assert renewed.access_token != member.access_token
