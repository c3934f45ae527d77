"""End to end in a real headless Chromium: the aiohttp storefront keeps the cart across a reload."""

from __future__ import annotations

import os
import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import web
from conftest import load_example

from wixvisitor.emulator import Emulator

pytestmark = pytest.mark.browser

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture
def chromium() -> str:
    """Debian's Chromium, or a loud skip (a failure where CI requires the browser)."""
    path = shutil.which("chromium")
    if path is not None:
        return path
    reason = (
        "NO BROWSER: Debian's chromium is not installed (apt-get install chromium); "
        "the browser end-to-end test did not run"
    )
    if os.environ.get("WIXVISITOR_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason}, but WIXVISITOR_REQUIRE_BROWSER=1")
    pytest.skip(reason)


@pytest.fixture
async def storefront(emu: Emulator) -> AsyncIterator[str]:
    """The aiohttp storefront example served on loopback against the emulator."""
    app = load_example("aiohttp_storefront").create_app("storefront-browser", emu.base_url)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    yield f"http://127.0.0.1:{runner.addresses[0][1]}/"
    await runner.cleanup()


async def test_a_browser_adds_to_the_cart_reloads_and_still_sees_it(
    chromium: str, storefront: str, emu: Emulator, tmp_path: Path
) -> None:
    """Click "Add to cart", reload: the count is still 1, from an HttpOnly SameSite=Lax cookie."""
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=chromium, args=CHROMIUM_ARGS, headless=True
        )
        try:
            page = await browser.new_page()
            await page.goto(storefront)
            assert await page.text_content("#cart") == "0"
            async with page.expect_navigation():
                await page.get_by_role("button", name="Add to cart").first.click()
            assert await page.text_content("#cart") == "1"

            await page.reload()
            assert await page.text_content("#cart") == "1"
            cookies = {cookie["name"]: cookie for cookie in await page.context.cookies()}
            assert cookies["wixSession"]["httpOnly"] is True
            assert cookies["wixSession"]["sameSite"] == "Lax"
            await page.screenshot(path=str(tmp_path / "storefront.png"), full_page=True)
        finally:
            await browser.close()
    assert emu.stats.anonymous == 1  # one visitor, one session, for the whole visit
