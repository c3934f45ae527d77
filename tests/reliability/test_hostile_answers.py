"""Scenario 8: hostile token-endpoint and API answers end in typed errors, never others."""

from __future__ import annotations

import json
from typing import Any

import aiohttp
import pytest

import wixvisitor as wv

from ._hostile import VALID_TOKEN_ANSWER, Answer, HostileServer
from ._support import FAST_RETRY

RETRIED = FAST_RETRY.attempts
_SEEN: dict[str, int] = {"token answers": 0, "renewal answers": 0, "API answers": 0}


def _count(kind: str, figures: Any) -> None:
    """Record one more hostile answer that ended in the typed error."""
    _SEEN[kind] += 1
    figures("8 hostile answers", **_SEEN, typed_errors=sum(_SEEN.values()), other_exceptions=0)


def _token(**changes: Any) -> Answer:
    body = {**VALID_TOKEN_ANSWER, **changes}
    return Answer.json({k: v for k, v in body.items() if v is not _MISSING})


_MISSING = object()
_NESTED = b"[" * 100_000 + b"]" * 100_000

# (answer, requests the SDK may make): malformed 200s and 5xx are retried, 4xx are not.
TOKEN_ANSWERS: dict[str, tuple[Answer, int]] = {
    "access_token number": (_token(access_token=12345), RETRIED),
    "access_token null": (_token(access_token=None), RETRIED),
    "access_token empty": (_token(access_token=""), RETRIED),
    "access_token missing": (_token(access_token=_MISSING), RETRIED),
    "access_token 1 MB": (_token(access_token="a" * (1 << 20)), RETRIED),
    "access_token with CRLF": (_token(access_token="abc\r\nSet-Cookie: x=1"), RETRIED),
    "access_token non-ASCII": (_token(access_token="tökén"), RETRIED),
    "access_token object": (_token(access_token={"value": "x"}), RETRIED),
    "refresh_token number": (_token(refresh_token=7), RETRIED),
    "refresh_token missing on a new visitor": (_token(refresh_token=_MISSING), RETRIED),
    "expires_in missing": (_token(expires_in=_MISSING), RETRIED),
    "expires_in negative": (_token(expires_in=-14400), RETRIED),
    "expires_in zero": (_token(expires_in=0), RETRIED),
    "expires_in absurd": (_token(expires_in=10**30), RETRIED),
    "expires_in string": (_token(expires_in="14400"), RETRIED),
    "expires_in float": (_token(expires_in=14400.5), RETRIED),
    "expires_in true": (_token(expires_in=True), RETRIED),
    "expires_in infinite": (
        Answer(200, json.dumps(VALID_TOKEN_ANSWER).replace("14400", "1e400").encode()),
        RETRIED,
    ),
    "expires_in NaN": (
        Answer(200, json.dumps(VALID_TOKEN_ANSWER).replace("14400", "NaN").encode()),
        RETRIED,
    ),
    "body a list": (Answer.json([VALID_TOKEN_ANSWER]), RETRIED),
    "body a string": (Answer.json("access_token"), RETRIED),
    "body null": (Answer.json(None), RETRIED),
    "body empty": (Answer(200, b""), RETRIED),
    "body deeply nested": (Answer(200, _NESTED), RETRIED),
    "body invalid UTF-8": (Answer(200, b'{"access_token": "\xff\xfe"}'), RETRIED),
    "body 8 MB": (Answer(200, b'{"access_token": "' + b"a" * (8 << 20) + b'"}'), RETRIED),
    "body 8 MB chunked": (Answer(200, b" " * (8 << 20), stream=True), RETRIED),
    "HTML as text/html": (Answer(200, b"<html>Wix</html>", content_type="text/html"), RETRIED),
    "error 500 with 8 MB body": (Answer(500, b"x" * (8 << 20)), RETRIED),
    "error 503 deeply nested": (Answer(503, _NESTED), RETRIED),
    "429 with absurd Retry-After": (Answer(429, b"{}", headers={"Retry-After": "99999999"}), 1),
    "429 with negative Retry-After": (Answer(429, b"{}", headers={"Retry-After": "-5"}), RETRIED),
    "429 with garbage Retry-After": (Answer(429, b"{}", headers={"Retry-After": "soon"}), RETRIED),
    "400 error fields of wrong types": (Answer.json({"error": 5, "message": ["x"]}, 400), 1),
    "400 invalid_grant on a new visitor": (Answer.json({"error": "invalid_grant"}, 400), 1),
    "418 teapot": (Answer(418, b"I'm a teapot", content_type="text/plain"), 1),
    "307 redirect elsewhere": (
        Answer(307, b"", headers={"Location": "http://localhost:9/steal"}),
        1,
    ),
    "204 no content": (Answer(204, b""), RETRIED),
}


@pytest.mark.parametrize("case", sorted(TOKEN_ANSWERS))
async def test_hostile_token_answer_raises_token_request_error(
    hostile: HostileServer, client_id: str, case: str, figures: Any
) -> None:
    """A hostile token answer raises TokenRequestError within the retry bound."""
    hostile.token_answer, bound = TOKEN_ANSWERS[case]
    async with wv.create_client(client_id, base_url=hostile.base_url, retry=FAST_RETRY) as client:
        with pytest.raises(wv.TokenRequestError) as caught:
            await client.auth.generate_visitor_tokens()
        assert client.auth.get_tokens() is None
    assert not isinstance(caught.value, wv.InvalidRefreshTokenError)
    assert caught.value.attempts == hostile.token_requests
    assert hostile.token_requests <= bound
    assert hostile.api_requests == 0  # no redirect was followed
    _count("token answers", figures)


@pytest.mark.parametrize(
    "case",
    [
        "access_token number",
        "expires_in negative",
        "body 8 MB",
        "HTML as text/html",
        "418 teapot",
        "307 redirect elsewhere",
    ],
)
async def test_hostile_renewal_answer_keeps_the_session(
    hostile: HostileServer, client_id: str, case: str, figures: Any
) -> None:
    """A hostile answer to a renewal raises TokenRequestError and keeps the old session."""
    hostile.token_answer, _ = TOKEN_ANSWERS[case]
    expired = wv.Tokens(wv.AccessToken("old-access", 1), wv.RefreshToken("kept-refresh"))
    resets: list[wv.SessionReset] = []
    async with wv.create_client(
        client_id,
        tokens=expired,
        base_url=hostile.base_url,
        retry=FAST_RETRY,
        on_session_reset=resets.append,
    ) as client:
        with pytest.raises(wv.TokenRequestError):
            await client.auth.generate_visitor_tokens()
        assert client.auth.get_tokens() == expired
    assert resets == []
    _count("renewal answers", figures)


async def test_renewal_answer_without_refresh_token_keeps_the_old_one(
    hostile: HostileServer, client_id: str
) -> None:
    """A renewal answer without refresh_token is valid: the old refresh token and role stay."""
    hostile.token_answer = _token(refresh_token=_MISSING)
    member = wv.Tokens(wv.AccessToken("old", 1), wv.RefreshToken("kept", wv.TokenRole.MEMBER))
    async with wv.create_client(client_id, tokens=member, base_url=hostile.base_url) as client:
        tokens = await client.auth.generate_visitor_tokens()
    assert tokens.refresh_token == member.refresh_token


_HUGE = b'{"cart": "' + b"x" * (17 << 20) + b'"}'

API_ANSWERS: dict[str, Answer] = {
    "cart a string": Answer.json({"cart": "nope"}),
    "cart missing": Answer.json({"carts": []}),
    "body a list": Answer.json([1, 2]),
    "body null": Answer.json(None),
    "body empty": Answer(200, b""),
    "HTML as text/html": Answer(200, b"<html>Wix</html>", content_type="text/html"),
    "deeply nested": Answer(200, _NESTED),
    "invalid UTF-8": Answer(200, b'{"cart": "\xff"}'),
    "17 MB with Content-Length": Answer(200, _HUGE),
    "17 MB chunked": Answer(200, _HUGE, stream=True),
    "500 with 17 MB body": Answer(500, _HUGE),
    "400 error fields of wrong types": Answer.json({"message": 5, "details": "x"}, 400),
    "400 with 1 MB message": Answer.json({"message": "m" * (1 << 20)}, 400),
    "401 every time": Answer.json({"message": "no"}, 401),
    "404 HTML": Answer(404, b"<html>not found</html>", content_type="text/html"),
}


@pytest.mark.parametrize("case", sorted(API_ANSWERS))
async def test_hostile_api_answer_raises_wix_api_error(
    hostile: HostileServer, client_id: str, case: str, figures: Any
) -> None:
    """A hostile API answer raises WixApiError with a bounded message."""
    hostile.api_answer = API_ANSWERS[case]
    async with wv.create_client(client_id, base_url=hostile.base_url, retry=FAST_RETRY) as client:
        with pytest.raises(wv.WixApiError) as caught:
            await client.current_cart.get()
    assert len(str(caught.value)) < 1000
    assert hostile.api_requests <= 2  # a 401 is retried once, after one renewal
    assert hostile.token_requests <= 2
    _count("API answers", figures)


async def test_products_search_answer_of_wrong_shape_raises(
    hostile: HostileServer, client_id: str
) -> None:
    """A products answer that is not an object raises WixApiError."""
    hostile.api_answer = Answer.json(["product"])
    async with wv.create_client(client_id, base_url=hostile.base_url) as client:
        with pytest.raises(wv.WixApiError):
            await client.products_v3.search("shirt")


async def test_api_error_echoing_the_token_does_not_leak_it(
    hostile: HostileServer, client_id: str
) -> None:
    """An API error message that echoes the access token is not repeated in the exception."""
    secret = VALID_TOKEN_ANSWER["access_token"]
    hostile.api_answer = Answer.json({"message": f"bad token {secret}"}, 403)
    async with wv.create_client(client_id, base_url=hostile.base_url) as client:
        with pytest.raises(wv.WixApiError) as caught:
            await client.current_cart.get()
    assert secret not in str(caught.value)
    assert secret not in repr(caught.value)
    assert secret not in caught.value.message


async def test_redirecting_token_endpoint_never_forwards_the_refresh_token(
    hostile: HostileServer, client_id: str
) -> None:
    """A 307 from the token endpoint is an error: the refresh token is not re-posted elsewhere."""
    port = hostile.base_url.rsplit(":", 1)[1]
    hostile.token_answer = Answer(307, headers={"Location": f"http://localhost:{port}/steal"})
    expired = wv.Tokens(wv.AccessToken("old-access", 1), wv.RefreshToken("kept-refresh"))
    async with wv.create_client(
        client_id, tokens=expired, base_url=hostile.base_url, retry=FAST_RETRY
    ) as client:
        with pytest.raises(wv.TokenRequestError) as caught:
            await client.auth.generate_visitor_tokens()
    assert caught.value.status == 307
    assert (hostile.token_requests, hostile.api_requests) == (1, 0)


@pytest.mark.parametrize("failure", ["hang", "disconnect"])
async def test_api_transport_failures_raise_typed_errors(
    hostile: HostileServer, client_id: str, failure: str
) -> None:
    """An API call whose server hangs or hangs up raises WixApiError without a status."""
    hostile.api_answer = Answer(**{failure: True})
    async with wv.create_client(
        client_id, base_url=hostile.base_url, timeout=aiohttp.ClientTimeout(total=0.5)
    ) as client:
        with pytest.raises(wv.WixApiError) as caught:
            await client.current_cart.get()
    assert caught.value.status is None
    assert isinstance(caught.value.__cause__, aiohttp.ClientError | TimeoutError)
