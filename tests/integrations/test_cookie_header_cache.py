"""A returning visitor's ``Cookie`` header is read once per app, and the memory stays bounded."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

import pytest

import wixvisitor as wv
from wixvisitor._cookie import encode_tokens, new_session_id
from wixvisitor.integrations._sessions import VisitorSessions
from wixvisitor.stores import MemoryTokenStore

OTHER_COOKIES = "_ga=GA1.1.1; theme=dark"


@pytest.fixture
async def visitors() -> AsyncIterator[wv.Visitors]:
    async with wv.Visitors("header-cache-client", store=MemoryTokenStore()) as visitors:
        yield visitors


async def test_the_same_header_gives_the_same_session_id_every_time(
    visitors: wv.Visitors,
) -> None:
    sessions = VisitorSessions(visitors, "server")
    session_id = new_session_id()
    header = f"{OTHER_COOKIES}; wixSession={session_id}"
    first, second = sessions.open_header(header), sessions.open_header(header)
    assert first is not second  # one RequestSession per request, always
    assert first._session_id == second._session_id == session_id
    assert sessions.open_header(OTHER_COOKIES)._session_id is None  # none of ours
    assert sessions.open_header(None)._session_id is None


async def test_cookie_mode_reads_the_same_tokens_from_a_remembered_header(
    visitors: wv.Visitors,
) -> None:
    sessions = VisitorSessions(visitors, "cookie")
    tokens = wv.Tokens(
        wv.AccessToken("OauthNG.JWS.access", 2_000_000_000),
        wv.RefreshToken("OauthNG.JWS.refresh", wv.TokenRole.VISITOR),
    )
    header = f"wixSession={encode_tokens(tokens)}; {OTHER_COOKIES}"
    for _ in range(2):
        assert sessions.open_header(header).client.auth.get_tokens() == tokens


async def test_a_rejected_cookie_is_logged_on_every_request_and_not_remembered(
    visitors: wv.Visitors, caplog: pytest.LogCaptureFixture
) -> None:
    sessions = VisitorSessions(visitors, "server")
    header = "wixSession=not-a-session-id"
    with caplog.at_level(logging.WARNING, logger="wixvisitor.integrations"):
        for _ in range(2):
            assert sessions.open_header(header).set_cookie_header() is not None  # cleared
    assert len(caplog.records) == 2
    assert "not-a-session-id" not in caplog.text
    assert header not in sessions._headers


async def test_the_remembered_headers_stay_bounded(visitors: wv.Visitors) -> None:
    sessions = VisitorSessions(visitors, "server")
    for _ in range(5000):
        sessions.open_header(f"wixSession={new_session_id()}")
    assert len(sessions._headers) == 4096
    long_id = new_session_id()
    long_header = f"{'x' * 1100}=1; wixSession={long_id}"  # read right, not remembered
    assert sessions.open_header(long_header)._session_id == long_id
    assert long_header not in sessions._headers
