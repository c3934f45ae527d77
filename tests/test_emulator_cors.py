"""Browser pages on another origin may call the emulator's Wix APIs, as they call Wix's."""

from __future__ import annotations

import aiohttp
import pytest

import wixvisitor as wv
from wixvisitor.emulator import Emulator

PAGE = "http://localhost:3000"
SDK_HEADERS = "authorization,content-type,x-wix-bi-gateway"


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("POST", "/oauth2/token"),
        ("GET", "/stores/v3/products/search"),
        ("POST", "/ecom/v1/carts/current/add-to-cart"),
        ("DELETE", "/ecom/v1/carts/current"),
    ],
)
async def test_a_preflight_allows_the_sdk_call(emu: Emulator, method: str, path: str) -> None:
    """OPTIONS with Origin and Access-Control-Request-*: 204 allowing that origin and headers."""
    headers = {
        "Origin": PAGE,
        "Access-Control-Request-Method": method,
        "Access-Control-Request-Headers": SDK_HEADERS,
    }
    async with (
        aiohttp.ClientSession(emu.base_url) as session,
        session.options(path, headers=headers) as response,
    ):
        assert response.status == 204
        assert response.headers["Access-Control-Allow-Origin"] == PAGE
        assert method in response.headers["Access-Control-Allow-Methods"]
        assert response.headers["Access-Control-Allow-Headers"] == SDK_HEADERS
        assert "x-wix-request-id" in response.headers
    assert emu.stats.api_calls == emu.stats.token_calls == 0  # preflights are not API calls


async def test_answers_let_the_page_read_them_and_the_request_id(
    emu: Emulator, client_id: str
) -> None:
    """A cross-origin answer, errors included, names the origin and exposes x-wix-request-id."""
    async with wv.create_client(client_id, base_url=emu.base_url) as wix:
        auth = await wix.auth.get_auth_headers()
    async with aiohttp.ClientSession(emu.base_url, headers={"Origin": PAGE}) as session:
        for headers, status in ((auth, 404), ({}, 401)):  # no cart yet; no token
            async with session.get("/ecom/v1/carts/current", headers=headers) as response:
                assert response.status == status
                assert response.headers["Access-Control-Allow-Origin"] == PAGE
                exposed = response.headers["Access-Control-Expose-Headers"].lower()
                assert "x-wix-request-id" in exposed


async def test_admin_endpoints_are_not_open_to_other_origins(emu: Emulator) -> None:
    """/_emulator/ answers carry no CORS headers, so a web page cannot drive the emulator."""
    async with aiohttp.ClientSession(emu.base_url, headers={"Origin": PAGE}) as session:
        async with session.get("/_emulator/stats") as response:
            assert response.status == 200
            assert "Access-Control-Allow-Origin" not in response.headers
        preflight = {"Access-Control-Request-Method": "POST"}
        async with session.options("/_emulator/reset", headers=preflight) as response:
            assert "Access-Control-Allow-Origin" not in response.headers


async def test_requests_without_origin_get_no_cors_headers(emu: Emulator) -> None:
    """Server-side callers (Python, Node) see the same answers as before."""
    async with (
        aiohttp.ClientSession(emu.base_url) as session,
        session.get("/stores/v3/products/search") as response,
    ):
        assert response.status == 401
        assert "Access-Control-Allow-Origin" not in response.headers
