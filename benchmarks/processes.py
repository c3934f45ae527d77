"""Figure 4: single flight across processes.

2, 4 and 8 worker processes each fire 250 concurrent requests for one visitor whose
access token has expired, sharing a Redis store or a JSON file store: how many token
calls reach Wix. The stores' locks must make it exactly one.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import tempfile
import time
import uuid
from typing import Any

import wixvisitor as wv

from ._support import ROOT, Figure, RemoteEmulator, expired, not_measured

TITLE = "single flight across processes"
REDIS_URL = os.environ.get("WIXVISITOR_REDIS_URL", "redis://127.0.0.1:6379/0")
REQUESTS_PER_PROCESS = 250


async def _fleet(emu: RemoteEmulator, processes: int, config: dict[str, Any]) -> dict[str, Any]:
    """Start the workers, release them at once, and sum up what they and Wix saw."""
    workers = [
        await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "benchmarks._worker",
            json.dumps(config),
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            cwd=ROOT,
        )
        for _ in range(processes)
    ]
    try:
        for worker in workers:
            assert worker.stdout is not None
            line = await asyncio.wait_for(worker.stdout.readline(), 60)
            if line.strip() != b"ready":
                raise RuntimeError("a worker did not start")
        before = await emu.token_calls()
        started = time.perf_counter()
        for worker in workers:
            assert worker.stdin is not None
            worker.stdin.write(b"go\n")
            await worker.stdin.drain()
        summaries = []
        for worker in workers:
            assert worker.stdout is not None
            summaries.append(json.loads(await asyncio.wait_for(worker.stdout.readline(), 120)))
        elapsed = time.perf_counter() - started
        token_calls = await emu.token_calls() - before
    finally:
        for worker in workers:
            if worker.returncode is None:
                if worker.stdin is not None:
                    worker.stdin.close()
                try:
                    await asyncio.wait_for(worker.wait(), 10)
                except TimeoutError:
                    worker.kill()
                    await worker.wait()
    errors: dict[str, int] = {}
    for summary in summaries:
        for name, count in summary["errors"].items():
            errors[name] = errors.get(name, 0) + count
    return {
        "token_calls": token_calls,
        "ok": sum(s["ok"] for s in summaries),
        "errors": errors,
        "seconds": elapsed,
    }


async def _redis_store(prefix: str) -> tuple[wv.TokenStore, Any] | str:
    try:
        import redis.asyncio

        from wixvisitor.stores import RedisTokenStore
    except ImportError as exc:
        return f"redis-py missing ({exc})"
    client = redis.asyncio.Redis.from_url(REDIS_URL)
    try:
        await client.ping()
    except Exception as exc:
        await client.aclose()
        return f"no Redis at {REDIS_URL} ({type(exc).__name__})"
    return RedisTokenStore(client, prefix=prefix), client


async def _measure(quick: bool) -> list[Figure]:
    from wixvisitor.stores import JsonFileTokenStore

    counts = (2, 4) if quick else (2, 4, 8)
    figures: list[Figure] = []
    prefix = f"wixvisitor-bench:{uuid.uuid4().hex}:"
    redis_store = await _redis_store(prefix)
    async with RemoteEmulator() as emu:
        with tempfile.TemporaryDirectory(prefix="wixvisitor-bench-") as folder:
            path = os.path.join(folder, "tokens.json")
            for kind in ("Redis", "JSON file"):
                for processes in counts:
                    name = f"single flight across {processes} processes x 250, {kind} store"
                    store: wv.TokenStore
                    if kind == "JSON file":
                        store = JsonFileTokenStore(path)
                    elif isinstance(redis_store, str):
                        figures.append(not_measured(name, "calls", "= 1", redis_store))
                        continue
                    else:
                        store = redis_store[0]
                    key = f"visitor-{processes}"
                    await store.save(key, expired(await emu.visitor_with_cart()))
                    config = {
                        "store": "redis" if kind == "Redis" else "json",
                        "redis_url": REDIS_URL,
                        "prefix": prefix,
                        "path": path,
                        "base_url": emu.base_url,
                        "key": key,
                        "requests": REQUESTS_PER_PROCESS,
                    }
                    result = await _fleet(emu, processes, config)
                    total = processes * REQUESTS_PER_PROCESS
                    figures.append(
                        Figure(
                            name,
                            result["token_calls"],
                            "calls",
                            "= 1",
                            result["token_calls"] == 1 and result["ok"] == total,
                            f"{result['ok']}/{total} requests succeeded"
                            + (f", errors {result['errors']}" if result["errors"] else "")
                            + f"; burst took {result['seconds'] * 1e3:.0f} ms",
                        )
                    )
    if not isinstance(redis_store, str):
        client = redis_store[1]
        keys = [key async for key in client.scan_iter(match=prefix + "*")]
        if keys:
            await client.delete(*keys)
        await client.aclose()
    return figures


def run(quick: bool) -> list[Figure]:
    return asyncio.run(_measure(quick))
