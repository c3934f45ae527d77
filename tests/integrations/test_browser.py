"""End to end in a real headless Chromium: the aiohttp storefront keeps the cart across a reload."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import web
from conftest import CHROMIUM_ARGS, load_example

from wixvisitor.emulator import Emulator

pytestmark = pytest.mark.browser


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
