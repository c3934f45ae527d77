"""End to end in a real headless Chromium: a visitor logs in, stays a member, logs out."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CHROMIUM_ARGS

from wixvisitor.emulator import Emulator

pytestmark = pytest.mark.browser


async def test_a_visitor_logs_in_stays_a_member_and_logs_out(
    chromium: str, example_storefront: str, emu: Emulator, tmp_path: Path
) -> None:
    """Add to cart, log in with the form, reload (member, cart kept), log out (visitor again)."""
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=chromium, args=CHROMIUM_ARGS, headless=True
        )
        try:
            page = await browser.new_page()
            await page.goto(example_storefront)
            async with page.expect_navigation():
                await page.get_by_role("button", name="Add to cart").first.click()
            assert await page.text_content("#who") == "Visitor"
            before = {c["name"]: c["value"] for c in await page.context.cookies()}

            await page.fill("#login input[name=email]", "ada@example.com")
            await page.fill("#login input[name=password]", "lovelace-1815")
            async with page.expect_navigation():
                await page.click("#login-button")
            await page.reload()
            assert await page.text_content("#who") == "Ada"
            assert await page.text_content("#cart") == "1"  # the visitor's cart joined the member
            after = {c["name"]: c["value"] for c in await page.context.cookies()}
            assert after["wixSession"] != before["wixSession"]  # a new cookie: no fixation
            await page.screenshot(path=str(tmp_path / "member.png"), full_page=True)

            async with page.expect_navigation():
                await page.click("#logout")
            await page.wait_for_url(example_storefront)  # through Wix's logout page and back
            assert await page.text_content("#who") == "Visitor"
            assert await page.text_content("#cart") == "0"
        finally:
            await browser.close()


async def test_log_in_with_wix_on_its_login_page(
    chromium: str, example_storefront: str, emu: Emulator
) -> None:
    """The "Log in with Wix" link: Wix's (the emulator's) page, then back a member."""
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=chromium, args=CHROMIUM_ARGS, headless=True
        )
        try:
            page = await browser.new_page()
            await page.goto(example_storefront)
            async with page.expect_navigation():
                await page.click("#login-wix")
            assert page.url.startswith(emu.base_url + "/oauth2/authorize")
            await page.fill("input[name=email]", "grace@example.com")
            await page.fill("input[name=password]", "hopper-1906")
            async with page.expect_navigation():
                await page.click("#log-in")
            await page.wait_for_url(example_storefront)
            assert await page.text_content("#who") == "Grace"
        finally:
            await browser.close()
    assert emu.stats.authorization_code == 1
