"""Scenario 11: private token files, HttpOnly+Secure cookies, client ids apart in one Redis."""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

import wixvisitor as wv
from wixvisitor.emulator import PRODUCTS, Emulator
from wixvisitor.stores import (
    CookieJarTokenStore,
    JsonFileTokenStore,
    MemoryTokenStore,
    RedisTokenStore,
)

from ._support import FAST_RETRY
from ._webapp import serve_shop

TOKENS = wv.Tokens(
    wv.AccessToken("OauthNG.JWS.mode-test-access", 2_000_000_000),
    wv.RefreshToken("OauthNG.JWS.mode-test-refresh"),
)


@contextlib.contextmanager
def permissive_umask() -> Iterator[None]:
    """umask 000: files get exactly the mode their creator asks for."""
    previous = os.umask(0)
    try:
        yield
    finally:
        os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


async def test_token_files_and_their_side_files_are_private(tmp_path: Path, figures: Any) -> None:
    """Even under umask 000, token files, lock files and created folders are 0600 / 0700."""
    json_path = tmp_path / "created" / "tokens.json"
    cookies_path = tmp_path / "cookies.txt"
    existing = tmp_path / "existing.json"
    existing.write_text("{}\n")
    existing.chmod(0o644)  # a file that was world-readable before we first wrote it
    with permissive_umask():
        store = JsonFileTokenStore(json_path)
        await store.save("visitor", TOKENS)
        async with store.lock("visitor"):
            pass
        await JsonFileTokenStore(existing).save("visitor", TOKENS)
        jar_store = CookieJarTokenStore(
            aiohttp.CookieJar(), url="https://shop.example.com/", path=cookies_path
        )
        await jar_store.save("default", TOKENS)
    files = [
        json_path,
        existing,
        cookies_path,
        json_path.parent / "tokens.json.lock",
        *json_path.parent.glob("tokens.json.locks/*"),
    ]
    folders = [json_path.parent, json_path.parent / "tokens.json.locks"]
    modes = {str(path.relative_to(tmp_path)): oct(_mode(path)) for path in files + folders}
    assert all(_mode(path) == 0o600 for path in files), modes
    assert all(_mode(path) == 0o700 for path in folders), modes
    assert len(files) >= 5
    figures(
        "11 file modes under umask 000",
        files_checked=len(files),
        folders_checked=len(folders),
        not_private=0,
        modes=modes,
    )


@pytest.mark.parametrize("mode", ["cookie", "server"])
@pytest.mark.parametrize("framework", ["aiohttp", "fastapi"])
async def test_session_cookie_is_httponly_and_secure_by_default(
    emu: Emulator, client_id: str, framework: str, mode: str
) -> None:
    """With default CookieSettings the session cookie is HttpOnly, Secure, SameSite=Lax, Path=/."""
    visitors = wv.Visitors(
        client_id, store=MemoryTokenStore(), base_url=emu.base_url, clock=emu.now
    )
    async with (
        visitors,
        serve_shop(framework, visitors, mode, wv.CookieSettings()) as url,
        aiohttp.ClientSession() as http,
        http.post(f"{url}/cart/{PRODUCTS[0].id}") as response,
    ):
        assert response.status == 200
        headers = response.headers.getall("Set-Cookie")
    assert len(headers) == 1
    attributes = {part.strip().split("=")[0].lower() for part in headers[0].split(";")[1:]}
    assert {"secure", "httponly", "samesite", "path", "max-age"} <= attributes
    assert "SameSite=Lax" in headers[0]


def _app(emu: Emulator, client_id: str, store: Any) -> wv.Visitors:
    return wv.Visitors(
        client_id, store=store, base_url=emu.base_url, retry=FAST_RETRY, clock=emu.now
    )


async def test_client_ids_with_their_own_prefixes_never_collide(
    emu: Emulator, redis_client: Any, redis_prefix: str, figures: Any
) -> None:
    """Two client ids sharing a Redis with per-client-id prefixes (as documented) stay apart."""
    apps = {
        client: _app(emu, client, RedisTokenStore(redis_client, prefix=f"{redis_prefix}{client}:"))
        for client in ("client-a", "client-b")
    }
    seen = {}
    async with apps["client-a"], apps["client-b"]:
        for client, app in apps.items():  # the same keys in both apps
            for key in ("default", "user-42", "cookie:abc"):
                wix = app.client(key)
                await wix.current_cart.add([wv.line_item(PRODUCTS[0].id, 1 + len(client))])
                seen[(client, key)] = wix.auth.get_tokens()
    names = [name async for name in redis_client.scan_iter(match=redis_prefix + "*")]
    assert len(names) == 6
    assert len({tokens.refresh_token for tokens in seen.values()}) == 6  # type: ignore[union-attr]
    assert emu.stats.anonymous == 6 and emu.stats.refresh == 0
    figures(
        "11 client ids in one Redis (per-client-id prefixes)",
        keys=len(names),
        sessions=6,
        collisions=0,
    )


async def test_client_ids_with_the_default_prefix_do_not_collide(
    emu: Emulator, redis_client: Any, redis_prefix: str
) -> None:
    """Two client ids sharing one RedisTokenStore configuration keep separate sessions."""
    store = RedisTokenStore(
        redis_client, prefix=redis_prefix
    )  # the same prefix for both, like the default
    async with _app(emu, "client-a", store) as app_a, _app(emu, "client-b", store) as app_b:
        first = await app_a.client("default").auth.generate_visitor_tokens()
        second = await app_b.client("default").auth.generate_visitor_tokens()
    assert second.refresh_token != first.refresh_token
    assert await store.for_client("client-a").load("default") == first
    assert await store.for_client("client-b").load("default") == second
