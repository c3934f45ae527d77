"""Figure 6: requests per second of an aiohttp and a FastAPI app, with and without
the visitor integration.

Each app runs in its own process; load comes from another (wrk if installed, else
an aiohttp client). Three pages: one that does not use the visitor (the
integration's middleware still runs), one that reads the visitor's client without
calling Wix (cookie mode decodes the cookie then), and one that calls Wix once.
Every request carries the session cookie the app issued.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import shutil
import socket
import sys
import time
import uuid
from typing import Any

import aiohttp

import wixvisitor as wv
from wixvisitor._cookie import decode_tokens, encode_tokens
from wixvisitor.integrations._sessions import VisitorSessions

from ._support import ROOT, Figure, RemoteEmulator, far_future, median, not_measured

TITLE = "integrations"
TARGET = 0.90
CONNECTIONS = 64
#: Rounds per figure in a full run: enough for two runs' medians to agree within 0.05
#: on this noisy 2-core machine (measured: see the README).
ROUNDS = 7
#: Seconds of unmeasured load on each app and page before the rounds.
WARM_UP = 1.0  # (wrk takes whole seconds)
REDIS_URL = os.environ.get("WIXVISITOR_REDIS_URL", "redis://127.0.0.1:6379/0")
MODES: tuple[str, ...] = ("bare", "cookie", "server", "server-near")
#: The contenders with a ratio to the bare app, and how their figures name them.
RATED = {
    "cookie": "cookie mode",
    "server": "server mode on Redis",
    "server-near": "server mode on Redis with the near-cache",
}
_ON_REDIS = ("server", "server-near", "peer-redis")
#: The peer: aiohttp-session (what aiohttp apps use for sessions), three storages.
PEERS: tuple[str, ...] = ("peer-simple", "peer-encrypted", "peer-redis")
PEER_NAMES = {
    "peer-simple": "SimpleCookieStorage",
    "peer-encrypted": "EncryptedCookieStorage",
    "peer-redis": "RedisStorage",
}
PAGES = {
    "/": "a page not using the visitor",
    "/account": "a page reading the visitor, no Wix call",
    "/cart": "a page calling Wix once",
}


def app_modes(framework: str, no_redis: str | None) -> list[str]:
    """The app modes to measure: all, or those named in ``WIXVISITOR_BENCH_MODES``.

    ``WIXVISITOR_BENCH_MODES=server-near`` measures the bare app, cookie mode (whose
    cookie the bare app gets) and the named modes only: a short run of a few contenders.
    """
    wanted = MODES + (PEERS if framework == "aiohttp" else ())
    only = os.environ.get("WIXVISITOR_BENCH_MODES")
    if only:
        keep = {"bare", "cookie", *only.split(",")}
        wanted = tuple(mode for mode in wanted if mode in keep)
    return [mode for mode in wanted if not (mode in _ON_REDIS and no_redis)]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class _App:
    """One app process: a framework and a mode on a free port."""

    def __init__(self, framework: str, mode: str) -> None:
        self.framework, self.mode = framework, mode
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: asyncio.subprocess.Process | None = None

    async def start(self, emulator_url: str, prefix: str) -> None:
        self.process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "benchmarks._app",
            self.framework,
            self.mode,
            str(self.port),
            emulator_url,
            prefix,
            cwd=ROOT,
        )
        async with aiohttp.ClientSession() as session:
            for _ in range(300):
                try:
                    async with session.get(self.url + "/") as response:
                        if response.status == 200:
                            return
                except aiohttp.ClientError:
                    pass
                await asyncio.sleep(0.05)
        raise RuntimeError(f"the {self.framework} {self.mode} app did not start")

    async def session_cookie(self) -> str:
        """The ``Cookie`` header a browser sends after its first visit to ``/cart``."""
        async with (
            aiohttp.ClientSession() as session,
            session.get(self.url + "/cart") as response,
        ):
            response.raise_for_status()
            set_cookie = response.headers.getone("Set-Cookie")
        return set_cookie.split(";", 1)[0]

    async def stop(self) -> None:
        if self.process is not None and self.process.returncode is None:
            self.process.terminate()
            try:
                await asyncio.wait_for(self.process.wait(), 10)
            except TimeoutError:
                self.process.kill()
                await self.process.wait()


def _cpu_seconds(pid: int) -> float | None:
    """User + system CPU seconds a process has used, where /proc tells (Linux)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def _load(url: str, cookie: str, seconds: float) -> tuple[float, int, int]:
    """Requests per second, requests and failed requests of ``seconds`` of load on ``url``."""
    wrk = shutil.which("wrk")
    if wrk is not None:
        process = await asyncio.create_subprocess_exec(
            wrk,
            "-t1",
            f"-c{CONNECTIONS}",
            f"-d{seconds:g}s",
            "-H",
            f"Cookie: {cookie}",
            url,
            stdout=asyncio.subprocess.PIPE,
        )
        out = (await process.communicate())[0].decode()
        rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
        done = re.search(r"(\d+) requests in", out)
        if rps is None or done is None:
            raise RuntimeError("wrk printed no Requests/sec")
        failed = sum(
            int(n) for n in re.findall(r"(?:Non-2xx or 3xx responses|errors: .*?):?\s+(\d+)", out)
        )
        return float(rps.group(1)), int(done.group(1)), failed
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "benchmarks._load",
        url,
        str(seconds),
        str(CONNECTIONS),
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        cwd=ROOT,
    )
    out = (await process.communicate(cookie.encode()))[0].decode()
    result: dict[str, Any] = json.loads(out)
    return float(result["rps"]), int(result["requests"]), int(result["errors"])


async def _redis_ready() -> str | None:
    try:
        import redis.asyncio
    except ImportError as exc:
        return f"redis-py missing ({exc})"
    client = redis.asyncio.Redis.from_url(REDIS_URL)
    try:
        await client.ping()
    except Exception as exc:
        return f"no Redis at {REDIS_URL} ({type(exc).__name__})"
    finally:
        await client.aclose()
    return None


async def _clean_redis(prefix: str) -> None:
    import redis.asyncio

    client = redis.asyncio.Redis.from_url(REDIS_URL)
    try:
        keys = [key async for key in client.scan_iter(match=prefix + "*")]
        if keys:
            await client.delete(*keys)
    finally:
        await client.aclose()


async def _framework(
    emu: RemoteEmulator, framework: str, rounds: int, seconds: float, no_redis: str | None
) -> list[Figure]:
    prefix = f"wixvisitor-bench:{uuid.uuid4().hex}:"
    modes = app_modes(framework, no_redis)
    apps = {mode: _App(framework, mode) for mode in modes}
    try:
        for app in apps.values():
            await app.start(emu.base_url, prefix)
        cookies = {mode: await apps[mode].session_cookie() for mode in modes if mode != "bare"}
        cookies["bare"] = cookies["cookie"]  # a browser sends its cookie to the bare app too
        contenders = [mode for mode in modes if mode != "bare"]
        # Per page and round, each contender sits between two runs of the bare app
        # (bare, A, bare, B, bare, ...): its ratio is over the mean of its two
        # neighbours, seconds apart, so the machine's slow swings cancel in the pair.
        ratios: dict[tuple[str, str], list[float]] = {(p, m): [] for p in PAGES for m in modes}
        rps: dict[tuple[str, str], list[float]] = {(p, m): [] for p in PAGES for m in modes}
        # The app's CPU per request, in the notes beside the ratios.
        cpu: dict[tuple[str, str], list[float]] = {(p, m): [] for p in PAGES for m in modes}
        failed = 0

        async def measure(path: str, mode: str) -> float:
            nonlocal failed
            app = apps[mode]
            assert app.process is not None
            before = _cpu_seconds(app.process.pid)
            value, requests, errors = await _load(app.url + path, cookies[mode], seconds)
            after = _cpu_seconds(app.process.pid)
            rps[path, mode].append(value)
            if before is not None and after is not None and requests:
                cpu[path, mode].append((after - before) / requests * 1e6)
            failed += errors
            return value

        # One unmeasured run per app and page first: the rounds measure the apps warm
        # (a first run of an app is measurably slower: its heap and caches still grow).
        for path in PAGES:
            for mode in modes:
                await _load(apps[mode].url + path, cookies[mode], WARM_UP)
        for index in range(rounds):
            order = contenders if index % 2 == 0 else contenders[::-1]  # ABBA against drift
            for path in PAGES:
                bare_before = await measure(path, "bare")
                for mode in order:
                    value = await measure(path, mode)
                    bare_after = await measure(path, "bare")
                    ratios[path, mode].append(2 * value / (bare_before + bare_after))
                    bare_before = bare_after
    finally:
        for app in apps.values():
            await app.stop()
        if no_redis is None:
            await _clean_redis(prefix)
            await _clean_redis("AIOHTTP_SESSION_" + prefix)
    tool = "wrk" if shutil.which("wrk") else "an aiohttp load client"
    label = {
        "aiohttp": "aiohttp",
        "fastapi": "FastAPI",
        "starlette": "Starlette",
        "litestar": "Litestar",
        "django": "Django",
    }[framework]
    how = (
        f"{tool}, {CONNECTIONS} connections, {rounds} rounds of {seconds:g} s runs "
        f"after a {WARM_UP:g} s warm-up, each between two runs of the bare app"
    )

    def ratio(path: str, ours: str, theirs: str) -> tuple[float, float]:
        mine = ratios[path, ours]
        per_round = (
            mine
            if theirs == "bare"
            else [a / b for a, b in zip(mine, ratios[path, theirs], strict=True)]
        )
        return median(per_round), max(per_round) - min(per_round)

    figures = []
    for path, page in PAGES.items():
        for mode, what in RATED.items():
            name = f"integration {label}, {what}, {page}: requests/s / bare app"
            if (path, mode) not in rps:
                why = no_redis or "left out (WIXVISITOR_BENCH_MODES)"
                figures.append(not_measured(name, "ratio", f">= {TARGET:g}", why))
                continue
            value, spread = ratio(path, mode, "bare")
            cpu_note = (
                f"; app CPU {median(cpu[path, mode]):.0f} vs {median(cpu[path, 'bare']):.0f} us"
                if cpu[path, mode] and cpu[path, "bare"]
                else ""
            )
            figures.append(
                Figure(
                    name,
                    value,
                    "ratio",
                    f">= {TARGET:g}",
                    value >= TARGET,
                    f"spread {spread:.3f} over the rounds; {median(rps[path, mode]):,.0f} vs "
                    f"{median(rps[path, 'bare']):,.0f} requests/s; {how}{cpu_note}",
                )
            )
        for peer, ours in (
            ("peer-simple", "cookie"),
            ("peer-encrypted", "cookie"),
            ("peer-redis", "server"),
        ):
            if (path, peer) not in rps or (path, ours) not in rps:
                continue
            storage = PEER_NAMES[peer]
            peer_value, peer_spread = ratio(path, peer, "bare")
            figures.append(
                Figure(
                    f"integration peer aiohttp-session {storage}, {page}: requests/s / bare app",
                    peer_value,
                    "ratio",
                    None,
                    None,
                    f"spread {peer_spread:.3f}; {how}",
                )
            )
            value, spread = ratio(path, ours, peer)
            figures.append(
                Figure(
                    f"integration {label} {ours} mode vs aiohttp-session {storage}, {page}: "
                    "requests/s ratio",
                    value,
                    "ratio",
                    ">= 1",
                    value >= 1.0,
                    f"spread {spread:.3f}; same rounds",
                )
            )
    if failed:
        figures[0].notes += f"; {failed} failed requests in the group"
    return figures


async def _session_work(calls: int) -> Figure:
    """In process: what the cookie-mode integration does per request, without any HTTP."""
    tokens = wv.Tokens(
        wv.AccessToken("OauthNG.JWS." + "a" * 398, far_future()), wv.RefreshToken("r" * 410)
    )
    cookie = encode_tokens(tokens)
    visitors = wv.Visitors("bench", base_url="http://127.0.0.1:9")
    sessions = VisitorSessions(visitors, "cookie", wv.CookieSettings(secure=False))
    best_used = best_unused = best_decode = float("inf")
    for _ in range(5):
        started = time.perf_counter()
        for _ in range(calls):
            session = sessions.open(cookie)
            session.client.auth.logged_in()
            session.set_cookie_header()
        best_used = min(best_used, time.perf_counter() - started)
        started = time.perf_counter()
        for _ in range(calls):
            session = sessions.open(cookie)
            session.set_cookie_header()
        best_unused = min(best_unused, time.perf_counter() - started)
        started = time.perf_counter()
        for _ in range(calls):
            decode_tokens(cookie)
        best_decode = min(best_decode, time.perf_counter() - started)
    await visitors.aclose()
    return Figure(
        "integration cookie mode: session work per request using the visitor, in process",
        best_used / calls * 1e6,
        "us",
        None,
        None,
        f"open the session from a {len(cookie)}-byte cookie, use the client, decide on "
        f"Set-Cookie; of which decoding the cookie {best_decode / calls * 1e6:.0f} us; "
        f"a request that never uses the visitor {best_unused / calls * 1e6:.1f} us "
        f"(best of 5 x {calls:,})",
    )


async def _measure(quick: bool) -> list[Figure]:
    rounds, seconds = (1, 1.0) if quick else (ROUNDS, 1.0)
    no_redis = await _redis_ready()
    figures: list[Figure] = []
    async with RemoteEmulator() as emu:
        for framework in ("aiohttp", "fastapi"):
            figures += await _framework(emu, framework, rounds, seconds, no_redis)
    figures.append(await _session_work(2000 if quick else 20_000))
    return figures


def run(quick: bool) -> list[Figure]:
    return asyncio.run(_measure(quick))
