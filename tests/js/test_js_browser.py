"""The official JS SDK in a real browser page on another origin shares the session with Python."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from aiohttp import web

import wixvisitor as wv
from wixvisitor._cookie import decode_tokens, encode_tokens
from wixvisitor.emulator import PRODUCTS, Emulator

if TYPE_CHECKING:
    from playwright.async_api import BrowserContext

#: The fixtures `node`, `chromium` and `browser_sdk` (a conftest.py here would shadow the suite's).
pytest_plugins = ["js_sdk_support"]

pytestmark = pytest.mark.browser

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Storefront</title>
<script type="module" src="/storefront.js"></script></head><body>JS SDK storefront</body></html>"""


@pytest.fixture
async def storefront_page(browser_sdk: Path) -> AsyncIterator[str]:
    """A page serving the bundled SDK from its own origin (not the emulator's)."""

    async def page(_: web.Request) -> web.Response:
        return web.Response(text=PAGE, content_type="text/html")

    async def script(_: web.Request) -> web.FileResponse:
        return web.FileResponse(browser_sdk)

    app = web.Application()
    app.router.add_get("/", page)
    app.router.add_get("/storefront.js", script)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    yield f"http://127.0.0.1:{runner.addresses[0][1]}/"
    await runner.cleanup()


@pytest.fixture
async def context(chromium: str) -> AsyncIterator[BrowserContext]:
    """A fresh headless Chromium profile."""
    from js_sdk_support import CHROMIUM_ARGS
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=chromium, args=CHROMIUM_ARGS, headless=True
        )
        try:
            yield await browser.new_context()
        finally:
            await browser.close()


async def _view(
    context: BrowserContext, url: str, emu: Emulator, client_id: str, product: str | None
) -> dict[str, Any]:
    """Open the storefront and run one page view of the SDK in it."""
    page = await context.new_page()
    await page.goto(url)
    await page.wait_for_function("window.storefrontReady === true")
    args = {"base": emu.base_url, "clientId": client_id, "productId": product}
    result: dict[str, Any] = await page.evaluate("args => window.storefront(args)", args)
    await page.close()
    return result


async def _session_cookie(context: BrowserContext) -> str:
    return next(c["value"] for c in await context.cookies() if c["name"] == "wixSession")


async def test_a_browser_cart_is_seen_by_python(
    context: BrowserContext, storefront_page: str, emu: Emulator, client_id: str
) -> None:
    """The SDK in a page mints, searches and adds cross-origin; Python reads its wixSession cookie."""
    result = await _view(context, storefront_page, emu, client_id, PRODUCTS[2].id)
    assert result["ok"], result
    assert not emu.base_url.startswith(result["origin"])  # really another origin
    assert [r["status"] for r in result["sent"]] == [200] * len(result["sent"])
    assert result["cart"] == [[PRODUCTS[2].id, 1]]
    tokens = decode_tokens(await _session_cookie(context))
    emu.stats.reset()
    async with wv.create_client(client_id, tokens=tokens, base_url=emu.base_url) as wix:
        cart = await wix.current_cart.get()
    assert cart is not None
    assert [
        (line["catalogReference"]["catalogItemId"], line["quantity"]) for line in cart["lineItems"]
    ] == [(PRODUCTS[2].id, 1)]
    assert emu.stats.token_calls == 0


async def test_a_python_cart_is_seen_by_the_browser(
    context: BrowserContext, storefront_page: str, emu: Emulator, client_id: str
) -> None:
    """Python's wixSession cookie in the browser: the page's SDK sees Python's cart, no new visitor."""
    async with wv.create_client(client_id, base_url=emu.base_url) as wix:
        await wix.current_cart.add([wv.line_item(PRODUCTS[5].id, 2)])
        tokens = wix.auth.get_tokens()
    assert tokens is not None
    await context.add_cookies(
        [{"name": "wixSession", "value": encode_tokens(tokens), "url": storefront_page}]
    )
    emu.stats.reset()
    result = await _view(context, storefront_page, emu, client_id, None)
    assert result["ok"], result
    assert result["cart"] == [[PRODUCTS[5].id, 2]]
    assert emu.stats.token_calls == 0
    assert decode_tokens(await _session_cookie(context)) == tokens
