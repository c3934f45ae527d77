"""Figure 11: figure 6's apps, pages and peers, in instructions per request (callgrind).

The same app processes as :mod:`benchmarks.integrations` (``benchmarks._app``), each
under callgrind (:mod:`benchmarks._callgrind`), on the same three pages with the same
session cookie. A ratio is the bare app's instructions per request over the
contender's: the share of the bare app's throughput the contender keeps when the app's
CPU is what limits it, which is the case figure 6 measures, free of the machine's noise
(two runs agree to about 0.02; near-cache apps to about 0.04). Requests are sequential,
so server mode's batched loads never batch here: each load is a whole ``GET``.
"""

from __future__ import annotations

import asyncio
import uuid

import aiohttp

from ._callgrind import CountedApp, missing
from ._support import Figure, RemoteEmulator, not_measured
from .integrations import PAGES, PEER_NAMES, RATED, TARGET, _clean_redis, _free_port, app_modes
from .integrations import _redis_ready as redis_ready

TITLE = "instructions"
REQUESTS = 300


async def _cookie(url: str) -> str:
    """The ``Cookie`` header a browser sends after its first visit to ``/cart``."""
    async with aiohttp.ClientSession() as session, session.get(url + "/cart") as response:
        response.raise_for_status()
        return response.headers.getone("Set-Cookie").split(";", 1)[0]


async def _count(
    framework: str, mode: str, emu: RemoteEmulator, prefix: str, requests: int, cookie: str
) -> tuple[dict[str, float], str]:
    """Instructions per request of every page of one app, and the cookie it issued."""
    port = _free_port()
    args = ["-m", "benchmarks._app", framework, mode, str(port), emu.base_url, prefix]
    async with CountedApp(args, port) as app:
        if mode != "bare":
            cookie = await _cookie(app.url)
        counts = {path: await app.count(path, cookie, requests) for path in PAGES}
    return counts, cookie


async def _framework(
    emu: RemoteEmulator, framework: str, requests: int, no_redis: str | None
) -> list[Figure]:
    prefix = f"wixvisitor-bench:{uuid.uuid4().hex}:"
    modes = app_modes(framework, no_redis)
    counts: dict[str, dict[str, float]] = {}
    try:
        # The bare app gets cookie mode's cookie, as a browser would send it.
        counts["cookie"], cookie = await _count(framework, "cookie", emu, prefix, requests, "")
        for mode in modes:
            if mode != "cookie":
                counts[mode] = (await _count(framework, mode, emu, prefix, requests, cookie))[0]
    finally:
        if no_redis is None:
            await _clean_redis(prefix)
            await _clean_redis("AIOHTTP_SESSION_" + prefix)
    label = {"aiohttp": "aiohttp", "fastapi": "FastAPI"}[framework]
    how = f"callgrind, {requests} sequential requests after 50 to warm up"
    figures = []
    for path, page in PAGES.items():
        bare = counts["bare"][path]
        for mode, what in RATED.items():
            name = (
                f"integration {label}, {what}, {page}: bare app's instructions per request / ours"
            )
            if mode not in counts:
                why = no_redis or "left out (WIXVISITOR_BENCH_MODES)"
                figures.append(not_measured(name, "ratio", f">= {TARGET:g}", why))
                continue
            ours = counts[mode][path]
            figures.append(
                Figure(
                    name,
                    bare / ours,
                    "ratio",
                    f">= {TARGET:g}",
                    bare / ours >= TARGET,
                    f"{ours:,.0f} vs {bare:,.0f} instructions per request "
                    f"(+{ours - bare:,.0f}); {how}",
                )
            )
        for peer, ours_mode in (
            ("peer-simple", "cookie"),
            ("peer-encrypted", "cookie"),
            ("peer-redis", "server"),
        ):
            if peer not in counts or ours_mode not in counts:
                continue
            theirs, ours = counts[peer][path], counts[ours_mode][path]
            figures.append(
                Figure(
                    f"integration {label} {ours_mode} mode vs aiohttp-session "
                    f"{PEER_NAMES[peer]}, {page}: instructions ratio (theirs / ours)",
                    theirs / ours,
                    "ratio",
                    ">= 1",
                    theirs / ours >= 1,
                    f"{theirs:,.0f} vs {ours:,.0f} instructions per request; {how}",
                )
            )
    return figures


async def _measure(quick: bool) -> list[Figure]:
    why = missing()
    if why is not None:
        return [not_measured("integration instructions per request", "ratio", None, why)]
    no_redis = await redis_ready()
    requests = 60 if quick else REQUESTS
    figures: list[Figure] = []
    async with RemoteEmulator() as emu:
        for framework in ("aiohttp", "fastapi"):
            figures += await _framework(emu, framework, requests, no_redis)
    return figures


def run(quick: bool) -> list[Figure]:
    return asyncio.run(_measure(quick))
