"""rediss://user:password@host in the CLI and the fleet example; the password is never shown."""

from __future__ import annotations

import asyncio
import logging
import os
import subprocess
import sys
import traceback
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
import redis
import redis.asyncio
from _redis_tls import TlsAclRedis
from store_helpers import make_tokens

from wixvisitor.cli import EXIT_OK, EXIT_STORE_UNREACHABLE, main
from wixvisitor.cli.redis_client import ClosingRedis
from wixvisitor.emulator import Emulator
from wixvisitor.errors import StoreError
from wixvisitor.stores import RedisTokenStore

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def secrets_of(server: TlsAclRedis) -> list[str]:
    """The password as typed and as it appears in a URL."""
    return [server.password, quote(server.password, safe="")]


def assert_hidden(server: TlsAclRedis, text: str) -> None:
    """Neither form of the password is in ``text``."""
    for secret in secrets_of(server):
        assert secret not in text


async def run(*argv: str) -> int:
    """The CLI in-process, off the event loop the emulator runs on."""
    return await asyncio.to_thread(main, list(argv))


async def test_the_cli_keeps_a_session_in_redis_over_tls_as_the_acl_user(
    emu: Emulator,
    client_id: str,
    tls_redis: TlsAclRedis,
    tls_prefix: str,
    tls_client: Any,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """tokens new, show and clear with a rediss://user:password@ store; the password is never printed."""
    where = ["--store", tls_redis.url, "--redis-prefix", tls_prefix, "--key", "v1"]
    ids = ["--client-id", client_id]
    assert await run("tokens", "new", *where, *ids, "--base-url", emu.base_url) == EXIT_OK
    store = RedisTokenStore(tls_client, prefix=tls_prefix).for_client(client_id)
    assert await store.load("v1") is not None
    assert await run("tokens", "show", *where, *ids) == EXIT_OK
    assert await run("tokens", "clear", *where, *ids) == EXIT_OK
    assert await store.load("v1") is None
    captured = capsys.readouterr()
    assert "rediss://shop:***@127.0.0.1" in captured.out
    assert_hidden(tls_redis, captured.out + captured.err)


async def test_a_wrong_password_is_exit_3_and_names_neither_password(
    tls_redis: TlsAclRedis, capsys: pytest.CaptureFixture[str]
) -> None:
    """A refused login exits 3 saying so, with both the tried and the real password hidden."""
    wrong = tls_redis.url_for("shop", "not-" + tls_redis.password)
    assert await run("tokens", "show", "--store", wrong) == EXIT_STORE_UNREACHABLE
    err = capsys.readouterr().err
    assert "no Redis answers at rediss://shop:***@" in err
    assert_hidden(tls_redis, err)
    assert "not-" not in err


async def test_the_password_is_in_no_repr_log_or_error(
    tls_redis: TlsAclRedis, tls_prefix: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Reprs, every log record down to DEBUG and whole StoreError tracebacks hold no password."""
    errors: list[StoreError] = []
    with caplog.at_level(logging.DEBUG):
        client = redis.asyncio.Redis.from_url(tls_redis.url)
        try:
            store = RedisTokenStore(client, prefix=tls_prefix)
            await store.save("v", make_tokens())
            reprs = [repr(client), repr(client.connection_pool), repr(store)]
            outside = RedisTokenStore(client, prefix="elsewhere:")  # refused by the ACL
            for call in (outside.load("v"), outside.save("v", make_tokens())):
                with pytest.raises(StoreError) as caught:
                    await call
                errors.append(caught.value)
        finally:
            await client.aclose()
        # redis-py closes a refused TLS connection without waiting; this client waits for
        # that close, which would otherwise outlive the test's event loop (issue 33).
        refused = ClosingRedis(tls_redis.url_for("shop", "wrong"))
        try:
            with pytest.raises(StoreError) as caught:
                await RedisTokenStore(refused.client, prefix=tls_prefix).load("v")
            errors.append(caught.value)
        finally:
            await refused.aclose()
    causes = [type(error.__cause__).__name__ for error in errors]
    assert causes == ["NoPermissionError", "NoPermissionError", "AuthenticationError"]
    tracebacks = ["".join(traceback.format_exception(error)) for error in errors]
    for text in [*reprs, *tracebacks, caplog.text]:
        assert_hidden(tls_redis, text)


def test_the_fleet_example_runs_over_tls_as_the_acl_user(
    tls_redis: TlsAclRedis, tmp_path: Path
) -> None:
    """redis_fleet.py with a rediss:// URL and the ACL user: one shared session, nothing left."""
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / "redis_fleet.py")],
        cwd=tmp_path,
        env={**os.environ, "WIXVISITOR_REDIS_URL": tls_redis.url},
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "4 processes added 4 products to one cart" in done.stdout
    assert_hidden(tls_redis, done.stdout + done.stderr)
    with redis.Redis.from_url(tls_redis.admin_url) as admin:
        assert list(admin.scan_iter(match="wixvisitor:example-*")) == []
