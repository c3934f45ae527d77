"""End to end in a real headless Chromium: the Django example project, a visitor turned member."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from conftest import CHROMIUM_ARGS, serve_django_storefront

from wixvisitor.emulator import Emulator

pytestmark = pytest.mark.browser


@pytest.fixture
async def django_storefront(emu: Emulator) -> AsyncIterator[str]:
    """examples/django_storefront (server mode), served by uvicorn in its own process."""
    url, stop = await serve_django_storefront(emu.base_url, "server")
    yield url
    await stop()


async def test_a_django_visitor_adds_to_the_cart_logs_in_and_logs_out(
    chromium: str, django_storefront: str, emu: Emulator, tmp_path: Path
) -> None:
    """Add to cart, reload (kept), log in (new session id, cart kept), log out (visitor again)."""
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=chromium, args=CHROMIUM_ARGS, headless=True
        )
        try:
            page = await browser.new_page()
            await page.goto(django_storefront)
            assert await page.text_content("#cart") == "0"
            async with page.expect_navigation():
                await page.get_by_role("button", name="Add to cart").first.click()
            await page.reload()
            assert await page.text_content("#cart") == "1"
            cookies = {cookie["name"]: cookie for cookie in await page.context.cookies()}
            assert cookies["wixSession"]["httpOnly"] is True
            assert cookies["wixSession"]["sameSite"] == "Lax"
            visitor_id = cookies["wixSession"]["value"]

            await page.fill("#login input[name=email]", "ada@example.com")
            await page.fill("#login input[name=password]", "lovelace-1815")
            async with page.expect_navigation():
                await page.click("#login-button")
            await page.reload()
            assert await page.text_content("#who") == "Ada"
            assert await page.text_content("#cart") == "1"  # the visitor's cart joined the member
            cookies = {cookie["name"]: cookie for cookie in await page.context.cookies()}
            assert cookies["wixSession"]["value"] != visitor_id  # no session fixation

            await page.click("#logout")
            await page.wait_for_url(django_storefront)  # through Wix's logout page and back
            assert await page.text_content("#who") == "Visitor"
            await page.screenshot(path=str(tmp_path / "django-storefront.png"), full_page=True)
        finally:
            await browser.close()
    assert emu.stats.anonymous >= 1
