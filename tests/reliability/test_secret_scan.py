"""Scenario 10: no token value in logs, reprs, errors, tracebacks, CLI output or side files."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import Any

import aiohttp
import pytest

import wixvisitor as wv
from wixvisitor._cookie import decode_tokens
from wixvisitor.emulator import PRODUCTS, Emulator
from wixvisitor.stores import JsonFileTokenStore, MemoryTokenStore, RedisTokenStore

from ._hostile import Answer, HostileServer
from ._scan import SecretScan
from ._support import FAST_RETRY
from ._webapp import serve_shop

PRODUCT = PRODUCTS[0].id


def _finish(scan: SecretScan, logs: pytest.LogCaptureFixture, figures: Any, name: str) -> None:
    scan.records("run", logs.records)
    leaks = scan.leaks()
    figures(
        f"10 secret scan: {name}",
        tokens_issued=len(scan.secrets),
        texts_scanned=len(scan.texts),
        log_records=len(logs.records),
        leaks_found=len(leaks),
    )
    assert leaks == [], "\n".join(leaks)
    assert scan.secrets and logs.records


async def _expect(scan: SecretScan, where: str, call: Any, error: type[BaseException]) -> None:
    with pytest.raises(error) as caught:
        await call
    scan.exception(where, caught.value)


async def test_core_flows_leak_nothing(
    emu: Emulator,
    client_id: str,
    debug_logs: pytest.LogCaptureFixture,
    tmp_path: Path,
    figures: Any,
) -> None:
    """Minting, renewal, 401 recovery, reset and failures with a JSON file store leak no token."""
    scan = SecretScan()
    token_file = tmp_path / "tokens.json"
    store = JsonFileTokenStore(token_file)
    resets: list[wv.SessionReset] = []
    visitors = wv.Visitors(
        client_id,
        store=store,
        base_url=emu.base_url,
        retry=FAST_RETRY,
        clock=emu.now,
        on_session_reset=resets.append,
    )
    async with visitors:
        keys = [f"visitor-{i}" for i in range(5)]
        for key in keys:  # minting
            client = visitors.client(key)
            await client.current_cart.add([wv.line_item(PRODUCT)])
            scan.remember(client.auth.get_tokens())
            scan.objects("mint", client, client.auth, client.auth.get_tokens(), visitors, store)
        emu.advance(14400 + 120)
        for key in keys:  # renewal, concurrent callers sharing one flight
            client = visitors.client(key)
            await asyncio.gather(*(client.current_cart.get() for _ in range(5)))
            scan.remember(client.auth.get_tokens())
        # 401 recovery: Wix rejects an access token the SDK still thinks valid.
        stored = await store.load(keys[0])
        assert stored is not None
        emu.revoke(stored.access_token.value)
        client = visitors.client(keys[0])
        await client.current_cart.get()
        scan.remember(client.auth.get_tokens())
        # Reset: the refresh token is dead, a new session replaces it (WARNING + callback).
        stored = await store.load(keys[1])
        assert stored is not None
        emu.revoke(stored.refresh_token.value)
        emu.advance(14400 + 120)
        client = visitors.client(keys[1])
        await client.current_cart.get()
        scan.remember(client.auth.get_tokens())
        scan.objects("reset", *resets)
        # Transient failures, every kind, until the retries run out.
        for kind in ("status", "garbage", "disconnect", "timeout"):
            emu.fail_next(FAST_RETRY.attempts, kind=kind, hang=2.0)
            await _expect(
                scan,
                f"failure {kind}",
                visitors.client(keys[2]).current_cart.get(),
                wv.TokenRequestError,
            )
        emu.fail_next(1, 429, retry_after=999)
        await _expect(
            scan, "429", visitors.client(keys[2]).current_cart.get(), wv.TokenRequestError
        )
        # renew_token of a dead refresh token: no fallback.
        auth = visitors.client(keys[1]).auth
        await _expect(
            scan, "renew_token", auth.renew_token(stored.refresh_token), wv.InvalidRefreshTokenError
        )
        # API errors.
        await _expect(
            scan,
            "api 400",
            client.current_cart.add([wv.line_item("no-such-product")]),
            wv.WixApiError,
        )
        for key in keys:
            scan.remember(await store.load(key))
    # A token file holding a bad entry that contains a real token value.
    broken_file = tmp_path / "broken" / "tokens.json"
    broken_file.parent.mkdir()
    token = next(iter(scan.secrets))
    broken_file.write_text(
        json.dumps({"k": {"accessToken": {"value": token, "expiresAt": "soon"}}})
    )
    await _expect(scan, "store error", JsonFileTokenStore(broken_file).load("k"), wv.StoreError)
    files = scan.files("store", tmp_path, token_files={token_file, broken_file})
    assert resets and files >= 2  # the write lock and a per-key renewal lock at least
    _finish(scan, debug_logs, figures, "core flows, JSON file store")


async def test_redis_flows_leak_nothing(
    emu: Emulator,
    client_id: str,
    redis_client: Any,
    redis_prefix: str,
    debug_logs: pytest.LogCaptureFixture,
    figures: Any,
) -> None:
    """Flows on Redis (locks included) leak no token into logs, errors or non-token keys."""
    scan = SecretScan()
    store = RedisTokenStore(redis_client, prefix=redis_prefix)
    async with wv.Visitors(
        client_id, store=store, base_url=emu.base_url, retry=FAST_RETRY, clock=emu.now
    ) as visitors:
        for round_ in range(2):
            for i in range(5):
                client = visitors.client(f"visitor-{i}")
                await asyncio.gather(*(client.current_cart.get() for _ in range(3)))
                scan.remember(client.auth.get_tokens())
            emu.advance(14400 + 120)
        scan.objects("redis", store, visitors)
        async with store.lock("visitor-0"):  # what a held lock leaves in Redis
            async for name in redis_client.scan_iter(match=redis_prefix + "*"):
                key = name.decode()
                if key.endswith(":lock"):
                    scan.text(f"redis key {key}", str(await redis_client.get(name)))
                scan.text("redis key name", key)
    dead = RedisTokenStore(type(redis_client).from_url("redis://127.0.0.1:9/0"))
    await _expect(scan, "redis down", dead.load("visitor-0"), wv.StoreError)
    await dead._redis.aclose()
    _finish(scan, debug_logs, figures, "Redis store")


@pytest.mark.parametrize("mode", ["cookie", "server"])
@pytest.mark.parametrize("framework", ["aiohttp", "fastapi"])
async def test_integration_flows_leak_nothing(
    emu: Emulator,
    client_id: str,
    framework: str,
    mode: str,
    debug_logs: pytest.LogCaptureFixture,
    figures: Any,
) -> None:
    """Web sessions (new, returning, renewed, tampered, revoked) leak no token outside the cookie."""
    scan = SecretScan()
    store = MemoryTokenStore()
    visitors = wv.Visitors(
        client_id, store=store, base_url=emu.base_url, retry=FAST_RETRY, clock=emu.now
    )
    browser = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))
    async with visitors, serve_shop(framework, visitors, mode) as url, browser:

        async def visit(method: str, path: str, cookie: str | None = None) -> None:
            headers = {"Cookie": f"wixSession={cookie}"} if cookie is not None else None
            async with browser.request(method, url + path, headers=headers) as response:
                body = await response.text()
                assert response.status == 200, body
            scan.text(f"{method} {path}: body", body)
            for name, value in response.headers.items():
                if name.lower() != "set-cookie" or mode == "server":
                    scan.text(f"{method} {path}: header {name}", value)
            await remember_session()

        async def remember_session() -> None:
            for morsel in browser.cookie_jar:
                if mode == "cookie":
                    scan.remember(decode_tokens(morsel.value))
                else:
                    scan.remember(await store.load(morsel.value))

        await visit("POST", f"/cart/{PRODUCT}")
        await visit("GET", "/cart")
        emu.advance(14400 + 120)
        await visit("GET", "/cart")  # renewed
        cookie = next(iter(browser.cookie_jar)).value
        tampered = cookie[:-10] + "0123456789"
        browser.cookie_jar.clear()
        await visit("GET", "/cart", tampered)
        browser.cookie_jar.clear()
        await visit("GET", "/cart", cookie + "x" * 5000)  # oversized
        browser.cookie_jar.clear()
        tokens = decode_tokens(cookie) if mode == "cookie" else await store.load(cookie)
        assert tokens is not None
        emu.revoke(tokens.refresh_token.value)
        emu.advance(14400 + 120)
        await visit("GET", "/cart", cookie)  # revoked: a fresh session
    _finish(scan, debug_logs, figures, f"{framework} integration, {mode} mode")


async def test_cli_output_leaks_nothing(
    emu: Emulator,
    client_id: str,
    tmp_path: Path,
    debug_logs: pytest.LogCaptureFixture,
    figures: Any,
) -> None:
    """`wixvisitor tokens new|show|renew|clear` without --reveal print no token value."""
    scan = SecretScan()
    token_file = tmp_path / "tokens.json"
    store_url = f"file:{token_file}"
    common = ["--client-id", client_id, "--base-url", emu.base_url]

    async def cli(*args: str) -> int:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "wixvisitor",
            "tokens",
            *args,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        out, err = await process.communicate()
        scan.text(f"cli {args[0]}: stdout", out.decode())
        scan.text(f"cli {args[0]}: stderr", err.decode())
        scan.remember(await JsonFileTokenStore(token_file).load("default"))
        return process.returncode or 0

    assert await cli("new", "--store", store_url, *common) == 0
    assert await cli("show", "--store", store_url) == 0
    assert await cli("renew", "--store", store_url, *common) == 0
    assert await cli("show", "--store", store_url) == 0
    stored = await JsonFileTokenStore(token_file).load("default")
    assert stored is not None
    emu.revoke(stored.refresh_token.value)
    assert await cli("renew", "--store", store_url, *common) == 4  # invalid_grant
    emu.fail_next(10, 503)
    assert await cli("new", "--store", str(tmp_path / "other.json"), *common) != 0
    assert await cli("show", "--store", store_url, "--key", "missing") == 1
    assert await cli("clear", "--store", store_url) == 0
    scan.files("cli", tmp_path, token_files={token_file})
    scan.records("emulator", debug_logs.records)
    leaks = scan.leaks()
    figures(
        "10 secret scan: CLI tokens new/show/renew/clear",
        tokens_issued=len(scan.secrets),
        texts_scanned=len(scan.texts),
        leaks_found=len(leaks),
    )
    assert leaks == [], "\n".join(leaks)
    assert scan.secrets


async def test_hostile_echoes_leak_nothing(
    hostile: HostileServer, client_id: str, debug_logs: pytest.LogCaptureFixture, figures: Any
) -> None:
    """Error answers that echo the refresh or access token are not repeated in errors or logs."""
    scan = SecretScan()
    refresh = "OauthNG.JWS.echoed-refresh-token-value-0123456789abcdef"
    access = "OauthNG.JWS.echoed-access-token-value-0123456789abcdef"
    scan.remember(refresh, access)
    expired = wv.Tokens(wv.AccessToken(access, 1), wv.RefreshToken(refresh))
    resets: list[wv.SessionReset] = []
    for status, error in ((400, "invalid_grant"), (503, "unavailable"), (401, "unauthorized")):
        hostile.token_answer = Answer.json(
            {
                "error": error,
                "error_description": "refresh token {refreshToken} is bad",
                "message": "{refreshToken}",
            },
            status,
            echo=True,
        )
        async with wv.create_client(
            client_id,
            tokens=expired,
            base_url=hostile.base_url,
            retry=FAST_RETRY,
            on_session_reset=resets.append,
        ) as client:
            await _expect(
                scan,
                f"renewal {status}",
                client.auth.generate_visitor_tokens(),
                wv.TokenRequestError,
            )
            await _expect(
                scan,
                f"renew_token {status}",
                client.auth.renew_token(refresh),
                wv.TokenRequestError,
            )
            scan.objects("client", client, client.auth)
    hostile.token_answer = Answer.json(
        {"access_token": access, "expires_in": 14400, "refresh_token": refresh}
    )
    hostile.api_answer = Answer.json(
        {
            "message": f"token {access} refused",
            "details": {"applicationError": {"code": "BAD_TOKEN"}},
        },
        403,
    )
    async with wv.create_client(client_id, base_url=hostile.base_url, retry=FAST_RETRY) as client:
        await _expect(scan, "api 403", client.current_cart.get(), wv.WixApiError)
    scan.objects("resets", *resets)
    _finish(scan, debug_logs, figures, "hostile servers echoing tokens")


def test_the_scan_finds_planted_leaks() -> None:
    """The scanner is not blind: whole, truncated and embedded token values are all found."""
    scan = SecretScan()
    token = "OauthNG.JWS." + "Zx9_" * 100
    scan.remember(token, "short")
    scan.text("whole", f"Authorization: {token}")
    scan.text("truncated", f"message={token[:60]}...")
    scan.text("embedded", json.dumps({"value": token[100:200]}))
    scan.text("clean", "Authorization: [secure] " + "Zx9_" * 7)
    assert [leak.split(" (")[0] for leak in scan.leaks()] == ["whole", "truncated", "embedded"]
    assert scan.secrets == {token}
