"""Scenarios 3 and 4: processes killed with SIGKILL mid-write and while holding the lock."""

from __future__ import annotations

import asyncio
import json
import random
import signal
import sys
import time
from pathlib import Path
from typing import Any

import pytest

import wixvisitor as wv
from wixvisitor.emulator import Emulator
from wixvisitor.stores import JsonFileTokenStore, RedisTokenStore

WORKER = str(Path(__file__).parent / "workers" / "store_worker.py")


async def _spawn(*args: str) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        WORKER,
        *args,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


async def _first_line(process: asyncio.subprocess.Process) -> str:
    assert process.stdout is not None
    line = await process.stdout.readline()
    if not line:
        _, err = await process.communicate()
        raise AssertionError(f"the worker died: {err.decode()[-2000:]}")
    return line.decode().strip()


async def _kill(process: asyncio.subprocess.Process) -> list[str]:
    """SIGKILL the worker; return every line it printed."""
    process.send_signal(signal.SIGKILL)
    out, _ = await process.communicate()
    assert process.returncode == -signal.SIGKILL
    return out.decode().split()


async def kill_writers(tmp_path: Path, kills: int, seed: int) -> dict[str, Any]:
    """Kill a saving worker `kills` times; after each, the file parses and holds the last save."""
    rng = random.Random(seed)
    path = tmp_path / "tokens.json"
    bystander = wv.Tokens(wv.AccessToken("bystander-access", 1), wv.RefreshToken("bystander"))
    await JsonFileTokenStore(path).save("bystander", bystander)
    next_number, saves, ahead = 1, 0, 0
    for _ in range(kills):
        writer = await _spawn("save-loop", f"file:{path}", "visitor", str(next_number))
        acknowledged = [int(await _first_line(writer))]
        await asyncio.sleep(rng.uniform(0, 0.03))  # a random moment of the save loop
        acknowledged += [int(line) for line in await _kill(writer)]
        last = acknowledged[-1]
        json.loads(path.read_bytes())  # the file always parses
        store = JsonFileTokenStore(path)  # a fresh reader: no cache
        tokens = await store.load("visitor")
        assert tokens is not None
        held = tokens.access_token.expires_at
        # The last acknowledged save, or the one after it if it was durable but unprinted.
        assert held in (last, last + 1)
        assert tokens == wv.Tokens(
            wv.AccessToken(f"access-{held}", held), wv.RefreshToken(f"refresh-{held}")
        )
        assert await store.load("bystander") == bystander
        saves += held - next_number + 1
        ahead += held == last + 1
        next_number = held + 1
    leftovers = len(list(tmp_path.glob(".tokens.json.*.tmp")))
    assert leftovers <= 1  # each writer sweeps orphans; only the last kill's may remain
    return {
        "kills": kills,
        "saves_completed": saves,
        "file_parsed_every_time": True,
        "held_last_acknowledged_save": kills - ahead,
        "held_a_durable_unacknowledged_save": ahead,
        "saves_lost": 0,
        "leftover_temp_files": leftovers,
    }


async def test_sigkill_mid_write_50_times(tmp_path: Path, figures: Any) -> None:
    """A writer SIGKILLed 50 times: the file always parses and holds the last completed save."""
    figures("3 SIGKILL mid-write (50 kills)", **await kill_writers(tmp_path, 50, seed=3))


@pytest.mark.soak
async def test_sigkill_mid_write_150_times_soak(tmp_path: Path, figures: Any) -> None:
    """Soak: 150 kills keep the same guarantee."""
    figures("3 SIGKILL mid-write (150 kills, soak)", **await kill_writers(tmp_path, 150, seed=33))


async def _lock_holder_dies(
    emu: Emulator, client_id: str, store: Any, spec: str, figures: Any, name: str
) -> None:
    # A session whose stored access token is expired by the real clock the workers use.
    async with wv.Visitors(client_id, store=store, base_url=emu.base_url) as visitors:
        fresh = await visitors.client("visitor").auth.generate_visitor_tokens()
    expired = wv.Tokens(
        wv.AccessToken(fresh.access_token.value, int(time.time()) - 3600), fresh.refresh_token
    )
    await store.save("visitor", expired)
    emu.stats.reset()
    holder = await _spawn("hold-lock", spec, "visitor")
    assert await _first_line(holder) == "locked"
    await _kill(holder)
    killed_at = time.monotonic()
    renewers = [await _spawn("renew", spec, "visitor", emu.base_url, client_id) for _ in range(3)]
    results = []
    for renewer in renewers:
        out, err = await renewer.communicate()
        assert renewer.returncode == 0, err.decode()[-2000:]
        results.append(out.decode().strip())
    waited = time.monotonic() - killed_at
    renewed = await store.load("visitor")
    assert renewed is not None and renewed.refresh_token == fresh.refresh_token
    assert len(set(results)) == 1  # everyone got the one renewed token
    assert (emu.stats.refresh, emu.stats.anonymous) == (1, 0)
    figures(
        f"4 lock holder dies ({name})",
        holders_killed=1,
        waiting_processes=len(renewers),
        processes_completed=len(results),
        renewals_after_death=emu.stats.refresh,
        new_sessions=emu.stats.anonymous,
        seconds_until_all_done=round(waited, 2),
    )


async def test_redis_lock_holder_dies(
    emu: Emulator,
    client_id: str,
    redis_client: Any,
    redis_url: str,
    redis_prefix: str,
    figures: Any,
) -> None:
    """A process holding the Redis renewal lock is killed: the others renew once after the lease."""
    store = RedisTokenStore(redis_client, prefix=redis_prefix, lock_lease=2.0)
    spec = f"redis:{redis_url}|{redis_prefix}|2.0|{client_id}"
    await _lock_holder_dies(
        emu, client_id, store.for_client(client_id), spec, figures, "Redis, 2 s lease"
    )


async def test_file_lock_holder_dies(
    emu: Emulator, client_id: str, tmp_path: Path, figures: Any
) -> None:
    """A process holding the JSON file's renewal lock is killed: the others renew exactly once."""
    path = tmp_path / "tokens.json"
    await _lock_holder_dies(
        emu, client_id, JsonFileTokenStore(path), f"file:{path}", figures, "JSON file flock"
    )
