"""CookieJarTokenStore: JS-compatible wixSession cookies, size and tamper errors, cookies.txt."""

from __future__ import annotations

import http.cookiejar
import stat
import time
from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import quote

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from store_helpers import SITE, make_tokens
from yarl import URL

import wixvisitor as wv
from wixvisitor._cookie import decode_tokens, encode_tokens
from wixvisitor.errors import StoreError
from wixvisitor.stores import CookieJarTokenStore


def js_cookie_value(tokens: wv.Tokens) -> str:
    """encodeURIComponent(JSON.stringify(tokens)), as the JS SDK docs write the cookie."""
    return quote(tokens.to_json(), safe="-_.!~*'()")


def cookies_of(jar: aiohttp.CookieJar) -> dict[str, str]:
    """Every cookie in the jar, by name."""
    return {morsel.key: morsel.value for morsel in jar}


async def test_default_key_is_the_plain_wix_session_cookie(cookie_jar: aiohttp.CookieJar) -> None:
    """Key "default" is a secure, HttpOnly, host-only wixSession cookie with the JS value."""
    store = CookieJarTokenStore(cookie_jar, url=SITE)
    await store.save("default", make_tokens())
    [morsel] = list(cookie_jar)
    assert (morsel.key, morsel.value) == ("wixSession", js_cookie_value(make_tokens()))
    assert morsel["domain"] == "shop.example.com" and morsel["path"] == "/"
    assert morsel["secure"] and morsel["httponly"] and morsel["samesite"] == "Lax"
    sent = cookie_jar.filter_cookies(URL(SITE + "cart"))
    assert sent["wixSession"].value == js_cookie_value(make_tokens())
    assert "wixSession" not in cookie_jar.filter_cookies(URL("https://elsewhere.example.org/"))


async def test_other_keys_get_their_own_cookie_names(cookie_jar: aiohttp.CookieJar) -> None:
    """Other keys become wixSession.<base64url of the key>, distinct and reversible."""
    store = CookieJarTokenStore(cookie_jar, url=SITE)
    await store.save("default", make_tokens(0))
    await store.save("guest/42", make_tokens(1))
    assert store.cookie_name("default") == "wixSession"
    assert store.cookie_name("guest/42") == "wixSession.Z3Vlc3QvNDI"
    assert set(cookies_of(cookie_jar)) == {"wixSession", "wixSession.Z3Vlc3QvNDI"}


async def test_custom_settings_name_domain_and_plain_http(cookie_jar: aiohttp.CookieJar) -> None:
    """CookieSettings picks the name and a parent domain, so subdomains get the cookie too."""
    settings = wv.CookieSettings(name="shopSession", domain=".example.com", secure=False)
    store = CookieJarTokenStore(cookie_jar, url="http://www.example.com/", settings=settings)
    await store.save("default", make_tokens())
    assert await store.load("default") == make_tokens()
    sent = cookie_jar.filter_cookies(URL("http://api.example.com/"))
    assert decode_tokens(sent["shopSession"].value) == make_tokens()


async def test_a_cookie_over_4096_bytes_is_a_store_error(cookie_jar: aiohttp.CookieJar) -> None:
    """Tokens too large for a cookie raise StoreError without values; the jar keeps the old."""
    store = CookieJarTokenStore(cookie_jar, url=SITE)
    await store.save("default", make_tokens(1))
    huge = wv.Tokens(wv.AccessToken("OauthNG." + "x" * 4000, 1), wv.RefreshToken("OauthNG.r"))
    with pytest.raises(StoreError, match="4,096 bytes") as caught:
        await store.save("default", huge)
    assert "OauthNG" not in str(caught.value)
    assert isinstance(caught.value.__cause__, ValueError)
    assert await store.load("default") == make_tokens(1)


@pytest.mark.parametrize(
    "value",
    ["%ZZOauthNG.secret", "OauthNG.secret", "%FF%FE", "%7B%22accessToken%22%3A1%7D"],
    ids=["bad-escape", "not-json", "not-utf8", "wrong-shape"],
)
async def test_a_tampered_cookie_is_a_store_error(
    cookie_jar: aiohttp.CookieJar, value: str
) -> None:
    """A wixSession cookie that does not decode to tokens raises StoreError, never crashes."""
    cookie_jar.update_cookies_from_headers([f"wixSession={value}; Path=/"], URL(SITE))
    store = CookieJarTokenStore(cookie_jar, url=SITE)
    with pytest.raises(StoreError, match="wixSession cookie holds invalid tokens") as caught:
        await store.load("default")
    assert "OauthNG" not in str(caught.value)
    assert isinstance(caught.value.__cause__, wv.InvalidTokensError)


async def test_an_ip_address_site_needs_an_unsafe_jar(cookie_jar: aiohttp.CookieJar) -> None:
    """A jar that refuses IP-address cookies makes save a StoreError that says why."""
    settings = wv.CookieSettings(secure=False)
    refusing = CookieJarTokenStore(cookie_jar, url="http://127.0.0.1:8000/", settings=settings)
    with pytest.raises(StoreError, match=r"unsafe=True"):
        await refusing.save("default", make_tokens())
    unsafe = aiohttp.CookieJar(unsafe=True)
    accepting = CookieJarTokenStore(unsafe, url="http://127.0.0.1:8000/", settings=settings)
    await accepting.save("default", make_tokens())
    assert await accepting.load("default") == make_tokens()


@pytest.fixture
async def site() -> AsyncIterator[TestServer]:
    """A real HTTP server that reads and writes the wixSession cookie like a JS site."""

    async def read(request: web.Request) -> web.Response:
        tokens = decode_tokens(request.cookies["wixSession"])
        return web.json_response({"role": tokens.refresh_token.role.value})

    async def write(request: web.Request) -> web.Response:
        response = web.Response(text="ok")
        response.set_cookie("wixSession", encode_tokens(make_tokens(9)), path="/")
        return response

    app = web.Application()
    app.router.add_get("/read", read)
    app.router.add_get("/write", write)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    yield server
    await server.close()


async def test_a_site_and_the_store_read_each_others_cookie(site: TestServer) -> None:
    """Over real HTTP the site decodes the store's cookie, and the store the site's."""
    jar = aiohttp.CookieJar(unsafe=True)
    store = CookieJarTokenStore(
        jar, url=str(site.make_url("/")), settings=wv.CookieSettings(secure=False)
    )
    await store.save("default", make_tokens(1, role=wv.TokenRole.MEMBER))
    async with aiohttp.ClientSession(cookie_jar=jar) as session:
        async with session.get(site.make_url("/read")) as response:
            assert await response.json() == {"role": "member"}
        async with session.get(site.make_url("/write")) as response:
            assert response.status == 200
    assert await store.load("default") == make_tokens(9)


async def test_cookies_txt_round_trip_private_and_mozilla_readable(tmp_path: Path) -> None:
    """The cookies.txt file is 0600, readable by http.cookiejar, and restores a fresh jar."""
    path = tmp_path / "state" / "cookies.txt"
    store = CookieJarTokenStore(aiohttp.CookieJar(), url=SITE, path=path)
    await store.save("default", make_tokens(1))
    await store.save("guest", make_tokens(2))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_text().startswith("# Netscape HTTP Cookie File")
    mozilla = http.cookiejar.MozillaCookieJar(str(path))
    mozilla.load()
    by_name = {cookie.name: cookie for cookie in mozilla}
    assert by_name["wixSession"].value == js_cookie_value(make_tokens(1))
    assert by_name["wixSession"].domain == "shop.example.com"
    assert by_name["wixSession"].secure
    assert by_name["wixSession"].expires is not None and by_name["wixSession"].expires > time.time()

    restored = CookieJarTokenStore(aiohttp.CookieJar(), url=SITE, path=path)
    assert await restored.load("default") == make_tokens(1)
    assert await restored.load("guest") == make_tokens(2)
    await restored.delete("guest")
    again = CookieJarTokenStore(aiohttp.CookieJar(), url=SITE, path=path)
    assert await again.load("guest") is None
    assert await again.load("default") == make_tokens(1)


async def test_cookies_txt_keeps_foreign_lines_and_drops_expired_sessions(tmp_path: Path) -> None:
    """Other sites' cookies in the file survive a rewrite; an expired wixSession is ignored."""
    path = tmp_path / "cookies.txt"
    foreign = ".other.example\tTRUE\t/\tFALSE\t0\ttheme\tdark"
    expired = (
        f"shop.example.com\tFALSE\t/\tTRUE\t1000\twixSession\t{js_cookie_value(make_tokens())}"
    )
    path.write_text(f"# Netscape HTTP Cookie File\n{foreign}\n{expired}\n")
    store = CookieJarTokenStore(aiohttp.CookieJar(), url=SITE, path=path)
    assert await store.load("default") is None
    await store.save("guest", make_tokens(3))
    text = path.read_text()
    assert foreign in text.splitlines()
    assert "\t1000\t" not in text
