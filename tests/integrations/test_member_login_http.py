"""Logging in through the storefronts over HTTP: no session fixation, a member cookie in JS shape."""

from __future__ import annotations

import re

import aiohttp
import pytest
from conftest import serve_storefront

import wixvisitor as wv
from wixvisitor._cookie import decode_tokens
from wixvisitor.emulator import Emulator

FRAMEWORKS = ("aiohttp", "fastapi", "litestar", "django")
LOGIN = {"email": "ada@example.com", "password": "lovelace-1815"}


def _who(page: str) -> str:
    found = re.search(r'<span id="who">([^<]*)</span>', page)
    assert found
    return found.group(1)


async def _cookie(session: aiohttp.ClientSession) -> str:
    return next(c.value for c in session.cookie_jar if c.key == "wixSession")


@pytest.mark.parametrize("framework", FRAMEWORKS)
async def test_a_login_in_server_mode_gets_a_new_session_id(emu: Emulator, framework: str) -> None:
    """Server mode: the id known before the login stops working; the member has a new one."""
    url, stop = await serve_storefront(framework, emu, "server")
    try:
        jar = aiohttp.CookieJar(unsafe=True)
        async with aiohttp.ClientSession(cookie_jar=jar) as browser:
            async with browser.get(url) as page:
                assert _who(await page.text()) == "Visitor"
            fixated = await _cookie(browser)
            async with browser.post(url + "login", data=LOGIN) as page:
                assert _who(await page.text()) == "Ada"
            member_id = await _cookie(browser)
            assert member_id != fixated
        # Whoever knew the old id (an attacker who planted it) gets a fresh visitor, not Ada.
        async with (
            aiohttp.ClientSession() as attacker,
            attacker.get(url, headers={"Cookie": f"wixSession={fixated}"}) as page,
        ):
            assert _who(await page.text()) == "Visitor"
            assert page.cookies["wixSession"].value not in (fixated, member_id)
    finally:
        await stop()


@pytest.mark.parametrize("framework", FRAMEWORKS)
async def test_a_login_in_cookie_mode_writes_a_member_cookie(emu: Emulator, framework: str) -> None:
    """Cookie mode: the cookie becomes the member's tokens in the JS SDK's JSON, role member."""
    url, stop = await serve_storefront(framework, emu, "cookie")
    try:
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as browser:
            async with browser.post(url + "login", data=LOGIN) as page:
                assert _who(await page.text()) == "Ada"
            tokens = decode_tokens(await _cookie(browser))
            assert tokens.refresh_token.role is wv.TokenRole.MEMBER
            async with browser.post(url + "logout", allow_redirects=False) as answer:
                assert answer.status == 303
                assert answer.headers["Location"].startswith(emu.base_url)
                assert "Max-Age=0" in answer.headers["Set-Cookie"]
    finally:
        await stop()


@pytest.mark.parametrize("framework", FRAMEWORKS)
async def test_a_wrong_password_stays_a_visitor_with_the_reason(
    emu: Emulator, framework: str
) -> None:
    """A wrong password shows the JS SDK's error code and keeps the visitor's session."""
    url, stop = await serve_storefront(framework, emu, "server")
    try:
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as browser:
            async with browser.get(url):
                before = await _cookie(browser)
            async with browser.post(url + "login", data={**LOGIN, "password": "nope"}) as page:
                text = await page.text()
            assert _who(text) == "Visitor" and "invalidPassword" in text
            assert await _cookie(browser) == before
    finally:
        await stop()
