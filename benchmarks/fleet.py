"""Figure 10: a fleet of app processes on one Redis, at 100,000 stored visitors.

N app processes (1, 2, 4, 8) serve a realistic mix against one Redis holding 100,000
visitor sessions: new visitors (no session yet), returning visitors whose access token
is still valid, and returning visitors whose token expired, each expired one asked for
by every process at once. Measured: token calls per expired visitor (target exactly 1:
one renewal however many processes want it) and per new visitor, Redis commands per
request (from ``INFO commandstats``), Redis memory per stored visitor (``MEMORY USAGE``
of a sample), and requests per second per process. ``docs/scaling.md`` extrapolates
them to 100 processes and 10 million visitors.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import sys
import time
import uuid
from typing import Any

import wixvisitor as wv

from ._support import CLIENT_ID, ROOT, Figure, RemoteEmulator, expired, not_measured

TITLE = "fleet on one Redis"
REDIS_URL = os.environ.get("WIXVISITOR_REDIS_URL", "redis://127.0.0.1:6379/0")
STORED = 100_000
VALID, EXPIRED, NEW_PER_PROCESS = 1_500, 500, 100


async def _mint(base_url: str, count: int) -> list[wv.Tokens]:
    """``count`` real visitor sessions from the emulator (so renewals can succeed)."""
    gate = asyncio.Semaphore(32)

    async def one() -> wv.Tokens:
        async with gate, wv.OAuthStrategy(CLIENT_ID, base_url=base_url) as auth:
            return await auth.generate_visitor_tokens()

    return list(await asyncio.gather(*(one() for _ in range(count))))


async def _commands(redis_client: Any) -> int:
    stats = await redis_client.info("commandstats")
    return sum(int(entry["calls"]) for entry in stats.values())


async def _run_fleet(
    emu: RemoteEmulator, processes: int, keys: list[list[str]], config: dict[str, Any]
) -> tuple[list[dict[str, Any]], float]:
    workers = [
        await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "benchmarks._fleet_worker",
            json.dumps({**config, "keys": k}),
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            cwd=ROOT,
        )
        for k in keys
    ]
    try:
        for worker in workers:
            assert worker.stdout is not None
            if (await asyncio.wait_for(worker.stdout.readline(), 60)).strip() != b"ready":
                raise RuntimeError("a fleet worker did not start")
        started = time.perf_counter()
        for worker in workers:
            assert worker.stdin is not None
            worker.stdin.write(b"go\n")
            await worker.stdin.drain()
        summaries = []
        for worker in workers:
            assert worker.stdout is not None
            summaries.append(json.loads(await asyncio.wait_for(worker.stdout.readline(), 300)))
        return summaries, time.perf_counter() - started
    finally:
        for worker in workers:
            if worker.returncode is None:
                worker.kill()
                await worker.wait()
    assert processes


async def _commands_by_kind(
    emu: RemoteEmulator,
    client: Any,
    store: Any,
    valid: dict[str, wv.Tokens],
    stale: dict[str, wv.Tokens],
    config: dict[str, Any],
) -> list[Figure]:
    """Redis commands per request of one kind at a time, from one process."""
    for key, tokens in stale.items():
        await store.save(key, expired(tokens))
    kinds = {
        "a returning visitor with a valid token": list(valid)[:300],
        "a returning visitor whose token expired (one renewal)": list(stale)[:100],
        "a new visitor (one anonymous token call)": [f"first-{n}" for n in range(100)],
    }
    figures = []
    for kind, keys in kinds.items():
        commands = await _commands(client)
        await _run_fleet(emu, 1, [keys], config)
        per_request = (await _commands(client) - commands) / len(keys)
        figures.append(
            Figure(
                f"fleet: Redis commands for {kind}",
                per_request,
                "commands",
                None,
                None,
                "INFO commandstats delta over the requests, one process",
            )
        )
    return figures


async def _measure(quick: bool) -> list[Figure]:
    import redis.asyncio

    from wixvisitor.stores import RedisTokenStore

    client = redis.asyncio.Redis.from_url(REDIS_URL)
    prefix = f"wixvisitor-bench-fleet:{uuid.uuid4().hex}:"
    figures: list[Figure] = []
    try:
        await client.ping()
        store = RedisTokenStore(client, prefix=prefix).for_client(CLIENT_ID)
        async with RemoteEmulator() as emu:
            valid_n, expired_n = (VALID // 5, EXPIRED // 5) if quick else (VALID, EXPIRED)
            sessions = await _mint(emu.base_url, valid_n + expired_n)
            valid = {f"valid-{i}": t for i, t in enumerate(sessions[:valid_n])}
            stale = {f"expired-{i}": t for i, t in enumerate(sessions[valid_n:])}
            filler = sessions[0]  # never requested: it only fills Redis like stored visitors do
            stored = STORED // 10 if quick else STORED
            pipe = client.pipeline(transaction=False)
            for n in range(stored - len(valid) - len(stale)):
                pipe.set(store.redis_key(f"idle-{n}"), filler.to_json(), ex=30 * 24 * 3600)
                if n % 5000 == 4999:
                    await pipe.execute()
            await pipe.execute()
            for key, tokens in valid.items():
                await store.save(key, tokens)
            sample = [store.redis_key(f"idle-{n}") for n in range(0, 5000, 5)]
            sizes = [await client.memory_usage(name) or 0 for name in sample]
            figures.append(
                Figure(
                    f"fleet: Redis memory per stored visitor ({stored:,} stored)",
                    sum(sizes) / len(sizes),
                    "bytes",
                    None,
                    None,
                    "MEMORY USAGE of 1,000 sampled keys: value and key overhead",
                )
            )
            config = {
                "base_url": emu.base_url,
                "redis_url": REDIS_URL,
                "prefix": prefix,
                "concurrency": 64,
            }
            figures += await _commands_by_kind(emu, client, store, valid, stale, config)
            for processes in (1, 2, 4) if quick else (1, 2, 4, 8):
                for key, tokens in stale.items():  # their access tokens expire again
                    await store.save(key, expired(tokens))
                rng = random.Random(processes)
                keys: list[list[str]] = []
                for index in range(processes):
                    mine = list(stale)  # every process wants every expired visitor
                    mine += [k for n, k in enumerate(valid) if n % processes == index]
                    mine += [f"new-{processes}-{index}-{n}" for n in range(NEW_PER_PROCESS)]
                    rng.shuffle(mine)
                    keys.append(mine)
                before, commands = await emu.stats(), await _commands(client)
                summaries, seconds = await _run_fleet(emu, processes, keys, config)
                after, commands = await emu.stats(), await _commands(client) - commands
                requests = sum(s["requests"] for s in summaries)
                errors = sum(sum(s["errors"].values()) for s in summaries)
                refresh = after["refresh"] - before["refresh"]
                anonymous = after["anonymous"] - before["anonymous"]
                new = processes * NEW_PER_PROCESS
                label = f"fleet, {processes} process{'es' if processes > 1 else ''}"
                note = (
                    f"{requests:,} requests ({len(stale)} expired visitors asked by every "
                    f"process, {len(valid)} valid, {new} new); {errors} failed"
                )
                figures += [
                    Figure(
                        f"{label}: token calls per expired visitor",
                        refresh / len(stale),
                        "calls",
                        "= 1",
                        refresh == len(stale),
                        note,
                    ),
                    Figure(
                        f"{label}: token calls per new visitor",
                        anonymous / new,
                        "calls",
                        "= 1",
                        anonymous == new,
                    ),
                    Figure(
                        f"{label}: Redis commands per request",
                        commands / requests,
                        "commands",
                        None,
                        None,
                        "INFO commandstats delta: loads, saves, lock acquire/release",
                    ),
                    Figure(
                        f"{label}: requests/s per process",
                        requests / seconds / processes,
                        "req/s",
                        None,
                        None,
                        f"2 cores shared by {processes} app processes, the emulator and Redis",
                    ),
                ]
    except (OSError, redis.RedisError) as exc:
        return [not_measured("fleet", "", None, f"no Redis at {REDIS_URL} ({exc})")]
    finally:
        keys = [k async for k in client.scan_iter(match=prefix + "*", count=10_000)]
        for start in range(0, len(keys), 10_000):
            await client.delete(*keys[start : start + 10_000])
        await client.aclose()
    return figures


def run(quick: bool) -> list[Figure]:
    """The fleet figures."""
    return asyncio.run(_measure(quick))
