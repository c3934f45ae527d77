"""Cross-process single flight and safe writes: real worker processes sharing one store."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

import wixvisitor as wv
from wixvisitor.emulator import Emulator
from wixvisitor.stores import JsonFileTokenStore, RedisTokenStore, TokenStore

WORKER = Path(__file__).with_name("store_worker.py")
PROCESSES = 4
REQUESTS = 250
KEY = "visitor-7f3a"


async def run_workers(tmp_path: Path, *argv: str) -> list[dict[str, Any]]:
    """Start PROCESSES workers, release them at once, and collect their JSON results."""
    go = tmp_path / "go"
    ready = [tmp_path / f"ready-{index}" for index in range(PROCESSES)]
    processes = [
        await asyncio.create_subprocess_exec(
            sys.executable,
            str(WORKER),
            *argv,
            "--index",
            str(index),
            "--ready",
            str(ready[index]),
            "--go",
            str(go),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for index in range(PROCESSES)
    ]
    try:
        async with asyncio.timeout(120):
            waiting = [asyncio.ensure_future(p.wait()) for p in processes]
            while not all(path.exists() for path in ready):
                # Polls for the workers' start-up, not for any token to expire.
                done = [w for w in waiting if w.done()]
                assert not done, "a worker exited before it was ready"
                await asyncio.sleep(0.01)
            go.touch()
            outputs = await asyncio.gather(*(p.communicate() for p in processes))
    finally:
        for process in processes:
            if process.returncode is None:
                process.kill()
                await process.wait()
    results = []
    for process, (out, err) in zip(processes, outputs, strict=True):
        assert process.returncode == 0, err.decode()
        results.append(json.loads(out))
    return results


async def seed_expired_session(emu: Emulator, client_id: str, store: TokenStore) -> None:
    """Give KEY a session in the store, then let its access token expire."""
    async with wv.Visitors(client_id, store=store, base_url=emu.base_url, clock=emu.now) as app:
        await app.client(KEY).auth.get_auth_headers()
    emu.advance(5 * 3600)
    emu.stats.reset()


def renew_argv(emu: Emulator, client_id: str) -> list[str]:
    """Worker arguments for many concurrent calls of one visitor on the emulator's clock."""
    offset = emu.now() - time.time()
    return [
        "--mode=renew",
        f"--base-url={emu.base_url}",
        f"--client-id={client_id}",
        f"--offset={offset!r}",
        f"--key={KEY}",
        f"--requests={REQUESTS}",
    ]


async def test_four_processes_renew_once_through_redis(
    emu: Emulator,
    client_id: str,
    redis_url: str,
    redis_client: Any,
    redis_prefix: str,
    tmp_path: Path,
) -> None:
    """4 processes x 250 concurrent calls for one expired visitor, sharing Redis: 1 refresh."""
    await seed_expired_session(emu, client_id, RedisTokenStore(redis_client, prefix=redis_prefix))
    results = await run_workers(
        tmp_path,
        *renew_argv(emu, client_id),
        "--store=redis",
        f"--redis-url={redis_url}",
        f"--prefix={redis_prefix}",
    )
    assert [r["errors"] for r in results] == [[]] * PROCESSES
    assert sum(r["ok"] for r in results) == PROCESSES * REQUESTS
    assert len({r["access"] for r in results}) == 1
    assert (emu.stats.refresh, emu.stats.anonymous) == (1, 0)
    assert emu.stats.api_calls == PROCESSES * REQUESTS


async def test_four_processes_renew_once_through_a_json_file(
    emu: Emulator, client_id: str, tmp_path: Path
) -> None:
    """4 processes x 250 concurrent calls for one expired visitor, sharing a file: 1 refresh."""
    path = tmp_path / "tokens.json"
    await seed_expired_session(emu, client_id, JsonFileTokenStore(path))
    results = await run_workers(
        tmp_path, *renew_argv(emu, client_id), "--store=json_file", f"--path={path}"
    )
    assert [r["errors"] for r in results] == [[]] * PROCESSES
    assert sum(r["ok"] for r in results) == PROCESSES * REQUESTS
    assert len({r["access"] for r in results}) == 1
    assert (emu.stats.refresh, emu.stats.anonymous) == (1, 0)


async def test_four_processes_saving_different_keys_lose_nothing(tmp_path: Path) -> None:
    """Four processes each saving 25 keys at once into one file: all 100 keys are there."""
    path = tmp_path / "tokens.json"
    await run_workers(
        tmp_path, "--mode=save", "--store=json_file", f"--path={path}", "--requests=25"
    )
    store = JsonFileTokenStore(path)
    for index in range(PROCESSES):
        for n in range(25):
            tokens = await store.load(f"worker-{index}-{n}")
            assert tokens is not None
            assert tokens.access_token.value == f"a-{index}-{n}"
    assert len(json.loads(path.read_text())) == PROCESSES * 25


@pytest.mark.soak
@pytest.mark.parametrize("kind", ["redis", "json_file"])
async def test_every_expiry_costs_one_refresh_across_processes_soak(
    kind: str,
    emu: Emulator,
    client_id: str,
    redis_url: str,
    redis_client: Any,
    redis_prefix: str,
    tmp_path: Path,
) -> None:
    """Five expiries in a row, each met by 4 processes x 250 calls: 5 refreshes in all."""
    path = tmp_path / "tokens.json"
    store: TokenStore = (
        RedisTokenStore(redis_client, prefix=redis_prefix)
        if kind == "redis"
        else JsonFileTokenStore(path)
    )
    where = (
        ["--store=redis", f"--redis-url={redis_url}", f"--prefix={redis_prefix}"]
        if kind == "redis"
        else ["--store=json_file", f"--path={path}"]
    )
    await seed_expired_session(emu, client_id, store)
    for round_number in range(5):
        round_dir = tmp_path / f"round-{round_number}"
        round_dir.mkdir()
        results = await run_workers(round_dir, *renew_argv(emu, client_id), *where)
        assert [r["errors"] for r in results] == [[]] * PROCESSES
        assert len({r["access"] for r in results}) == 1
        assert (emu.stats.refresh, emu.stats.anonymous) == (round_number + 1, 0)
        emu.advance(5 * 3600)
