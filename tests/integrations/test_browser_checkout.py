"""End to end in a real headless Chromium: browse, add two items, reload, check out, thank you."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CHROMIUM_ARGS

from wixvisitor.emulator import Emulator

pytestmark = pytest.mark.browser


async def test_a_browser_checks_out_and_sees_its_order(
    chromium: str, example_storefront: str, emu: Emulator, tmp_path: Path
) -> None:
    """Add two items, reload, Checkout, Place order on Wix's page: thank-you shows the order, cart empty."""
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=chromium, args=CHROMIUM_ARGS, headless=True
        )
        try:
            page = await browser.new_page()
            await page.goto(example_storefront)
            assert await page.text_content("#cart") == "0"
            assert await page.locator("#checkout").count() == 0  # nothing to check out yet
            for index in (0, 1):
                async with page.expect_navigation():
                    await page.get_by_role("button", name="Add to cart").nth(index).click()
            await page.reload()
            assert await page.text_content("#cart") == "2"

            async with page.expect_navigation():
                await page.click("#checkout")
            assert page.url.startswith(emu.base_url + "/")  # Wix's (the emulator's) page
            assert await page.locator("td.quantity").count() == 2
            await page.screenshot(path=str(tmp_path / "checkout.png"), full_page=True)

            async with page.expect_navigation():
                await page.click("#place-order")
            assert page.url.startswith(example_storefront + "thank-you?orderId=")
            (order,) = emu.orders
            assert await page.text_content("#order-id") == order["id"]
            assert len(order["lineItems"]) == 2

            await page.goto(example_storefront)
            assert await page.text_content("#cart") == "0"
        finally:
            await browser.close()
    # One visitor, one session: the whole purchase costs a single token call.
    assert (emu.stats.token_calls, emu.stats.anonymous) == (1, 1)
