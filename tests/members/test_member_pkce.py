"""Wix-managed login: OAuth authorization code with PKCE, and every way to tamper with it."""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import AsyncIterator
from urllib.parse import urlsplit

import aiohttp
import pytest

import wixvisitor as wv
from wixvisitor.emulator import Emulator

ADA, ADA_PASSWORD = "ada@example.com", "lovelace-1815"
CALLBACK = "https://shop.example/callback"


@pytest.fixture
async def auth(emu: Emulator, client_id: str) -> AsyncIterator[wv.OAuthStrategy]:
    """A visitor's strategy against the emulator, with a session already."""
    async with wv.OAuthStrategy(client_id, base_url=emu.base_url, clock=emu.now) as strategy:
        await strategy.generate_visitor_tokens()
        yield strategy


async def _log_in_on_the_page(url: str, email: str, password: str) -> tuple[int, str]:
    """Play the browser on the emulator's login page: status and where it was sent."""
    async with aiohttp.ClientSession() as browser:
        async with browser.get(url) as page:
            text = await page.text()
        assert page.status == 200 and 'id="log-in"' in text
        fields = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', text))
        origin = f"{urlsplit(url).scheme}://{urlsplit(url).netloc}"
        form = {**fields, "email": email, "password": password}
        async with browser.post(
            origin + "/oauth2/authorize", data=form, allow_redirects=False
        ) as answer:
            return answer.status, answer.headers.get("Location", "")


def test_oauth_data_is_pkce_s256() -> None:
    """The challenge is base64url(sha256(verifier)); the verifier never shows in a repr."""
    data = wv.OAuthData.generate(CALLBACK, "https://shop.example/account")
    digest = hashlib.sha256(data.code_verifier.encode()).digest()
    assert data.code_challenge == base64.urlsafe_b64encode(digest).decode().rstrip("=")
    assert 43 <= len(data.code_verifier) <= 128
    assert data.code_verifier not in repr(data)
    assert wv.OAuthData.from_dict(data.to_dict()) == data
    tampered = {**data.to_dict(), "codeVerifier": "x" * 43}
    with pytest.raises(wv.InvalidAuthorizationError):
        wv.OAuthData.from_dict(tampered)
    with pytest.raises(wv.InvalidAuthorizationError):
        wv.OAuthData.from_dict({"state": 1})


def test_parse_from_url_query_fragment_and_error(auth: wv.OAuthStrategy) -> None:
    """parse_from_url reads the query (servers), the fragment, and Wix's error answers."""
    assert auth.parse_from_url(CALLBACK + "?code=c&state=s") == wv.AuthorizationResponse("c", "s")
    fragment = auth.parse_from_url(CALLBACK + "#code=c&state=s", "fragment")
    assert (fragment.code, fragment.state) == ("c", "s")
    error = auth.parse_from_url(CALLBACK + "?error=login_required&error_description=no&state=s")
    assert (error.code, error.error, error.error_description) == (None, "login_required", "no")


async def test_a_member_logs_in_on_the_wix_page(auth: wv.OAuthStrategy, emu: Emulator) -> None:
    """get_auth_url → the login page → back with code and state → member tokens (role member)."""
    data = auth.generate_oauth_data(CALLBACK, "https://shop.example/account")
    url = await auth.get_auth_url(data)
    assert url.startswith(emu.base_url + "/oauth2/authorize?")
    assert data.code_verifier not in url
    status, location = await _log_in_on_the_page(url, ADA, ADA_PASSWORD)
    assert status == 303 and location.startswith(CALLBACK + "?")
    answer = auth.parse_from_url(location)
    assert answer.state == data.state and answer.code
    tokens = await auth.get_member_tokens(answer.code, answer.state, data)
    assert tokens.refresh_token.role is wv.TokenRole.MEMBER
    await auth.set_tokens(tokens)
    assert auth.logged_in()
    assert emu.stats.authorization_code == 1


async def test_a_wrong_password_on_the_page_stays_on_the_page(auth: wv.OAuthStrategy) -> None:
    """The login page answers a wrong password with the form again and no redirect."""
    url = await auth.get_auth_url(auth.generate_oauth_data(CALLBACK))
    status, location = await _log_in_on_the_page(url, ADA, "wrong")
    assert (status, location) == (401, "")


async def test_prompt_none_with_a_session_token_redirects_at_once(
    auth: wv.OAuthStrategy, emu: Emulator
) -> None:
    """A custom login's session token: prompt=none answers a code without any page."""
    result = await auth.login(ADA, ADA_PASSWORD)
    assert result.session_token is not None
    data = auth.generate_oauth_data(CALLBACK)
    url = await auth.get_auth_url(data, prompt="none", session_token=result.session_token)
    assert result.session_token not in url  # the session token stays on Wix's side
    async with aiohttp.ClientSession() as browser, browser.get(url, allow_redirects=False) as hop:
        answer = auth.parse_from_url(hop.headers["Location"])
    tokens = await auth.get_member_tokens(answer.code or "", answer.state or "", data)
    assert tokens.refresh_token.role is wv.TokenRole.MEMBER


async def test_prompt_none_without_a_session_is_login_required(auth: wv.OAuthStrategy) -> None:
    """No session token: the error comes back to the redirect URI, with the state."""
    data = auth.generate_oauth_data(CALLBACK)
    url = await auth.get_auth_url(data, prompt="none")
    async with aiohttp.ClientSession() as browser, browser.get(url, allow_redirects=False) as hop:
        location = hop.headers["Location"]
    answer = auth.parse_from_url(location)
    assert (answer.error, answer.state) == ("login_required", data.state)
    with pytest.raises(wv.InvalidAuthorizationError, match="login_required"):
        await auth.get_member_tokens_from_url(location, data)


async def test_login_member_does_the_whole_custom_login(
    auth: wv.OAuthStrategy, emu: Emulator
) -> None:
    """login_member: login, silent authorization, code exchange, set_tokens; a wrong password changes nothing."""
    before = auth.get_tokens()
    failed = await auth.login_member(ADA, "wrong", redirect_uri=CALLBACK)
    assert failed.error_code == "invalidPassword" and auth.get_tokens() == before
    result = await auth.login_member(ADA, ADA_PASSWORD, redirect_uri=CALLBACK)
    assert result.succeeded and auth.logged_in()


@pytest.fixture
async def code_and_data(auth: wv.OAuthStrategy) -> tuple[str, wv.OAuthData]:
    """A fresh authorization code for ada and the OAuth data it belongs to."""
    data = auth.generate_oauth_data(CALLBACK)
    status, location = await _log_in_on_the_page(await auth.get_auth_url(data), ADA, ADA_PASSWORD)
    assert status == 303
    code = auth.parse_from_url(location).code
    assert code is not None
    return code, data


async def test_a_forged_state_is_refused_before_any_call(
    auth: wv.OAuthStrategy, emu: Emulator, code_and_data: tuple[str, wv.OAuthData]
) -> None:
    """A state of another attempt (CSRF, a replayed redirect) never reaches /oauth2/token."""
    code, data = code_and_data
    emu.stats.reset()
    for state in ("forged", ""):
        with pytest.raises(wv.InvalidAuthorizationError):
            await auth.get_member_tokens(code, state, data)
    with pytest.raises(wv.InvalidAuthorizationError):
        await auth.get_member_tokens("", data.state, data)
    assert emu.stats.token_calls == 0


async def test_a_tampered_verifier_is_refused(
    auth: wv.OAuthStrategy, client_id: str, code_and_data: tuple[str, wv.OAuthData]
) -> None:
    """Another verifier than the one whose challenge Wix saw: invalid_grant, and the code is spent."""
    code, data = code_and_data
    other = wv.OAuthData.generate(CALLBACK)
    forged = wv.OAuthData(data.redirect_uri, data.state, other.code_verifier, other.code_challenge)
    with pytest.raises(wv.TokenRequestError) as caught:
        await auth.get_member_tokens(code, data.state, forged)
    assert caught.value.code == "invalid_grant"
    assert "verifier" not in str(caught.value).lower() or other.code_verifier not in str(
        caught.value
    )
    with pytest.raises(wv.TokenRequestError):  # single use, even after a failed exchange
        await auth.get_member_tokens(code, data.state, data)


async def test_a_replayed_code_is_refused(
    auth: wv.OAuthStrategy, code_and_data: tuple[str, wv.OAuthData]
) -> None:
    """A code works once; the second exchange is invalid_grant."""
    code, data = code_and_data
    await auth.get_member_tokens(code, data.state, data)
    with pytest.raises(wv.TokenRequestError) as caught:
        await auth.get_member_tokens(code, data.state, data)
    assert caught.value.code == "invalid_grant"
    assert code not in str(caught.value)


async def test_an_expired_code_is_refused(
    auth: wv.OAuthStrategy, emu: Emulator, code_and_data: tuple[str, wv.OAuthData]
) -> None:
    """A code older than its 60 s lifetime is invalid_grant."""
    code, data = code_and_data
    emu.advance(61)
    with pytest.raises(wv.TokenRequestError):
        await auth.get_member_tokens(code, data.state, data)


async def test_another_redirect_uri_or_client_is_refused(
    auth: wv.OAuthStrategy, emu: Emulator, client_id: str, code_and_data: tuple[str, wv.OAuthData]
) -> None:
    """The exchange must name the authorization's redirect URI and come from its client."""
    code, data = code_and_data
    moved = wv.OAuthData(
        "https://evil.example/cb", data.state, data.code_verifier, data.code_challenge
    )
    with pytest.raises(wv.TokenRequestError):
        await auth.get_member_tokens(code, data.state, moved)
    _, fresh = await _fresh_code(auth)
    async with wv.OAuthStrategy("another-client", base_url=emu.base_url) as other:
        with pytest.raises(wv.TokenRequestError):
            await other.get_member_tokens(fresh[0], fresh[1].state, fresh[1])


async def _fresh_code(auth: wv.OAuthStrategy) -> tuple[None, tuple[str, wv.OAuthData]]:
    data = auth.generate_oauth_data(CALLBACK)
    _, location = await _log_in_on_the_page(await auth.get_auth_url(data), ADA, ADA_PASSWORD)
    return None, (auth.parse_from_url(location).code or "", data)


async def test_concurrent_exchanges_of_one_code_share_one_request(
    auth: wv.OAuthStrategy, emu: Emulator, code_and_data: tuple[str, wv.OAuthData]
) -> None:
    """100 concurrent get_member_tokens with one code: 1 token request, the same tokens for all."""
    import asyncio

    code, data = code_and_data
    emu.stats.reset()
    results = await asyncio.gather(
        *(auth.get_member_tokens(code, data.state, data) for _ in range(100))
    )
    assert emu.stats.authorization_code == 1
    assert len(set(results)) == 1


async def test_untrusted_redirect_uris_get_a_page_not_a_redirect(emu: Emulator) -> None:
    """/oauth2/authorize never redirects to a missing or non-http(s) redirect URI."""
    async with aiohttp.ClientSession(emu.base_url) as browser:
        for query in ("", "?client_id=x&redirect_uri=javascript:alert(1)"):
            async with browser.get("/oauth2/authorize" + query, allow_redirects=False) as page:
                assert page.status == 400
                assert "Location" not in page.headers


async def test_missing_pkce_goes_back_as_an_error(emu: Emulator, client_id: str) -> None:
    """No S256 challenge: invalid_request back at the redirect URI, with the state."""
    query = (
        f"?client_id={client_id}&redirect_uri={CALLBACK}&response_type=code&state=s1&prompt=login"
    )
    async with (
        aiohttp.ClientSession(emu.base_url) as browser,
        browser.get("/oauth2/authorize" + query, allow_redirects=False) as page,
    ):
        assert page.status == 303
        assert (
            page.headers["Location"]
            == f"{CALLBACK}?error=invalid_request&error_description=PKCE+with+S256+is+required&state=s1"
        )
