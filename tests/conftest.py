"""Fixtures shared by the whole suite: a running local Wix emulator and log hygiene."""

from __future__ import annotations

import logging
import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Iterator

import aiohttp
import pytest

import wixvisitor as wv
from wixvisitor.emulator import Emulator

#: Every emulator answer checked against its method's generated REST type (tests/_conformance.py);
#: a leak found only at the session's end fails the run (tests/_leak_check.py).
pytest_plugins = ["_conformance", "_leak_check"]

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
