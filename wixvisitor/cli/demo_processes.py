"""Step 4 of the demo: one session resumed through Redis from two real processes.

Each process is ``python -m wixvisitor.cli.demo_processes``: it loads the session from
Redis, reads the cart (renewing under the store's lock if the token expired) and
prints one JSON line with what it saw and the token calls it made. The Redis URL
goes through the environment, never the command line (it may hold a password).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
import uuid
from typing import Any

import aiohttp
import attrs

from ..client import create_client
from ..tokens import Tokens
from .demo_wix import DemoWix
from .token_calls import TokenCallCounter, TokenCalls

__all__ = ["ResumeOutcome", "default_redis_url", "resume_in_processes"]

_PROCESSES = 2
_URL_VARIABLE = "WIXVISITOR_REDIS_URL"


@attrs.define
class ResumeOutcome:
    """What the processes saw; ``skipped`` says why the step could not run, if it could not."""

    skipped: str | None = None
    carts: list[dict[str, Any] | None] = attrs.Factory(list)
    errors: list[str] = attrs.Factory(list)
    calls: TokenCalls = attrs.Factory(TokenCalls)


def default_redis_url(explicit: str | None = None) -> str:
    """``explicit``, else ``$WIXVISITOR_REDIS_URL``, else the local default Redis."""
    return explicit or os.environ.get(_URL_VARIABLE) or "redis://127.0.0.1:6379/0"


async def resume_in_processes(
    wix: DemoWix, tokens: Tokens, key: str, redis_url: str | None
) -> ResumeOutcome:
    """Save ``tokens`` to Redis under a unique prefix, let two processes resume them."""
    url = default_redis_url(redis_url)
    try:
        import redis.asyncio as redis_asyncio

        from ..stores.redis import RedisTokenStore
    except ImportError:
        return ResumeOutcome("the redis extra is missing: pip install 'wixvisitor[redis]'")
    from .tokens_command import redact_url

    redis = redis_asyncio.Redis.from_url(url, socket_connect_timeout=1, socket_timeout=5)
    prefix = f"wixvisitor-demo:{uuid.uuid4().hex}:"
    try:
        try:
            await redis.ping()
        except Exception as exc:
            return ResumeOutcome(f"no Redis at {redact_url(url)} ({type(exc).__name__})")
        try:
            store = RedisTokenStore(redis, prefix=prefix).for_client(wix.client_id)
            await store.save(key, tokens)
            offset = wix.clock() - time.time()  # the workers share the demo's clock
            reports = await asyncio.gather(
                *(_spawn(wix, url, prefix, key, offset) for _ in range(_PROCESSES))
            )
        finally:
            stale = [name async for name in redis.scan_iter(match=prefix + "*")]
            if stale:
                await redis.delete(*stale)
    finally:
        await redis.aclose()
    outcome = ResumeOutcome()
    for report in reports:
        if "error" in report:
            outcome.errors.append(str(report["error"]))
            continue
        outcome.carts.append(report.get("cart"))
        outcome.calls += TokenCalls(int(report["anonymous"]), int(report["refresh"]))
    return outcome


async def _spawn(wix: DemoWix, url: str, prefix: str, key: str, offset: float) -> dict[str, Any]:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "wixvisitor.cli.demo_processes",
        "--client-id", wix.client_id, "--base-url", wix.base_url,
        "--prefix", prefix, "--key", key, "--clock-offset", repr(offset),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env={**os.environ, _URL_VARIABLE: url},
    )  # fmt: skip
    stdout, stderr = await process.communicate()
    if process.returncode != 0:
        last = (stderr.decode(errors="replace").strip().splitlines() or ["no output"])[-1]
        return {"error": f"exit code {process.returncode}: {last}"}
    try:
        report: dict[str, Any] = json.loads(stdout.decode().strip().splitlines()[-1])
    except (ValueError, IndexError):
        return {"error": "the process printed no report"}
    return report


async def _resume(args: argparse.Namespace) -> dict[str, Any]:
    import redis.asyncio as redis_asyncio

    from ..stores.redis import RedisTokenStore

    counter = TokenCallCounter()
    redis = redis_asyncio.Redis.from_url(os.environ[_URL_VARIABLE])
    try:
        async with aiohttp.ClientSession(trace_configs=[counter.trace_config()]) as session:
            wix = create_client(
                args.client_id,
                store=RedisTokenStore(redis, prefix=args.prefix),
                key=args.key,
                base_url=args.base_url,
                session=session,
                clock=lambda: time.time() + args.clock_offset,
            )
            async with wix:
                cart = await wix.current_cart.get()
    finally:
        await redis.aclose()
    calls = counter.calls
    return {"cart": cart, "anonymous": calls.anonymous, "refresh": calls.refresh}


def _worker_main() -> None:
    parser = argparse.ArgumentParser(prog="python -m wixvisitor.cli.demo_processes")
    for option in ("--client-id", "--base-url", "--prefix", "--key"):
        parser.add_argument(option, required=True)
    parser.add_argument("--clock-offset", type=float, default=0.0)
    print(json.dumps(asyncio.run(_resume(parser.parse_args()))), flush=True)


if __name__ == "__main__":
    _worker_main()
