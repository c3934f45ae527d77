"""Renewals counted exactly: one token request and one span for a thousand callers, resets, paths."""

from __future__ import annotations

import asyncio

import pytest
from _otel_support import Otel, mint

import wixvisitor as wv
from wixvisitor.emulator import Emulator
from wixvisitor.stores import MemoryTokenStore


async def test_a_thousand_expired_callers_make_one_token_request_one_flight(
    emu: Emulator, client_id: str, otel: Otel
) -> None:
    """1,000 concurrent callers of an expired session: 1 token request, 1 flight of 1,000 callers."""
    store = MemoryTokenStore()
    await store.save("visitor", await mint(emu, client_id))
    emu.advance(5 * 3600)
    async with wv.Visitors(client_id, store=store, **otel.options(emu)) as visitors:

        async def caller(number: int) -> dict[str, str]:
            with otel.tracer.start_as_current_span(f"caller-{number}"):
                return await visitors.client("visitor").auth.get_auth_headers()

        headers = await asyncio.gather(*(caller(n) for n in range(1000)))
    assert len({h["Authorization"] for h in headers}) == 1
    assert emu.stats.refresh == 1
    assert otel.by("wixvisitor.token.requests", "wixvisitor.outcome") == {"ok": 1}
    assert otel.total("wixvisitor.token.requests", wixvisitor__grant="refresh_token") == 1
    assert otel.total("wixvisitor.token.request.duration") == 1
    assert otel.by("wixvisitor.renewals", "wixvisitor.renewal.path") == {"get_auth_headers": 1}
    [(_, callers)] = otel.points("wixvisitor.renewal.callers")
    assert (callers.count, callers.sum) == (1, 1000)
    assert otel.by("wixvisitor.store.operations", "wixvisitor.store.operation") == {
        "load": 1000,
        "save_if": 1,
    }
    assert otel.points("wixvisitor.session.resets") == []

    [renewal] = otel.spans("wixvisitor.renewal")
    [token] = otel.spans("POST")
    callers_spans = [s for s in otel.spans() if s.name.startswith("caller-")]
    assert len(callers_spans) == 1000 and len(otel.spans()) == 1002
    assert token.parent is not None and token.parent.span_id == renewal.context.span_id
    starter = [s for s in callers_spans if s.context.span_id == renewal.parent.span_id]
    assert len(starter) == 1 and not starter[0].links
    waiters = [s for s in callers_spans if s is not starter[0]]
    assert all(
        [link.context.span_id for link in s.links] == [renewal.context.span_id] for s in waiters
    )
    assert renewal.attributes["wixvisitor.renewal.callers"] == 1000
    assert renewal.attributes["wixvisitor.renewal.path"] == "get_auth_headers"


async def test_a_revoked_refresh_token_is_one_reset(
    emu: Emulator, client_id: str, otel: Otel
) -> None:
    """Wix refuses the refresh token: 1 refused request, 1 anonymous request, 1 reset."""
    store = MemoryTokenStore()
    old = await mint(emu, client_id)
    await store.save("visitor", old)
    emu.revoke(old.refresh_token.value)
    emu.advance(5 * 3600)
    async with wv.Visitors(client_id, store=store, **otel.options(emu)) as visitors:
        await asyncio.gather(
            *(visitors.client("visitor").auth.get_auth_headers() for _ in range(50))
        )
    assert otel.total("wixvisitor.session.resets") == 1
    assert (
        otel.total(
            "wixvisitor.session.resets",
            wixvisitor__reset__cause="invalid_grant",
            wixvisitor__token__role="visitor",
        )
        == 1
    )
    assert (
        otel.total(
            "wixvisitor.token.requests",
            wixvisitor__grant="refresh_token",
            wixvisitor__outcome="refused",
        )
        == 1
    )
    assert (
        otel.total(
            "wixvisitor.token.requests", wixvisitor__grant="anonymous", wixvisitor__outcome="ok"
        )
        == 1
    )
    assert otel.total("wixvisitor.token.requests") == 2
    [refused] = [
        s for s in otel.spans("POST") if s.attributes["wixvisitor.grant"] == "refresh_token"
    ]
    assert refused.attributes["http.response.status_code"] == 400
    assert refused.attributes["error.type"] == "400"


async def test_each_renewal_path_is_counted_under_its_name(
    emu: Emulator, client_id: str, otel: Otel
) -> None:
    """get_auth_headers, generate_visitor_tokens, renew_token, 401 recovery: one renewal each."""
    async with wv.create_client(client_id, **otel.options(emu)) as wix:
        auth = wix.auth
        first = await auth.generate_visitor_tokens()  # mints: a generate_visitor_tokens flight
        emu.advance(5 * 3600)
        await auth.get_auth_headers()
        await auth.renew_token(first.refresh_token)
        held = auth.get_tokens()
        assert held is not None
        emu.revoke(held.access_token.value)
        await wix.current_cart.get()  # 401, a renewal, the retry
        other = await mint(emu, client_id)
        emu.advance(5 * 3600)
        await auth.generate_visitor_tokens(other)  # someone else's tokens: its own flight
    assert otel.by("wixvisitor.renewals", "wixvisitor.renewal.path") == {
        "generate_visitor_tokens": 2,
        "get_auth_headers": 1,
        "renew_token": 1,
        "recover_from_unauthorized": 1,
    }
    assert otel.by("wixvisitor.renewals", "wixvisitor.outcome") == {"ok": 5}
    assert otel.total("wixvisitor.token.requests") == 5
    assert len(otel.spans("wixvisitor.renewal")) == 5
    # The 401, then the retry's 404 (the visitor has no cart yet).
    assert [s.attributes["http.response.status_code"] for s in otel.spans("GET")] == [401, 404]
    assert otel.by("wixvisitor.api.calls", "wixvisitor.status_class") == {"4xx": 2}


async def test_a_member_code_exchange_is_a_get_member_tokens_renewal(
    emu: Emulator, client_id: str, otel: Otel
) -> None:
    """A custom login's code exchange counts as one get_member_tokens flight and request."""
    async with wv.create_client(client_id, **otel.options(emu)) as wix:
        result = await wix.auth.login_member(
            "ada@example.com", "lovelace-1815", redirect_uri="https://shop.example/callback"
        )
        assert result.succeeded
    assert otel.by("wixvisitor.renewals", "wixvisitor.renewal.path") == {
        "get_auth_headers": 1,  # the visitor's session the login call needed
        "get_member_tokens": 1,
    }
    assert otel.by("wixvisitor.token.requests", "wixvisitor.grant") == {
        "anonymous": 1,
        "authorization_code": 1,
    }


@pytest.mark.parametrize(
    ("failure", "outcome", "error_type"),
    [
        ({"status": 503}, "transient", "503"),
        ({"kind": "timeout"}, "timeout", "TimeoutError"),
        ({"kind": "garbage"}, "transient", "malformed_answer"),
        ({"kind": "disconnect"}, "transient", "ServerDisconnectedError"),
    ],
)
async def test_token_request_outcomes(
    emu: Emulator,
    client_id: str,
    otel: Otel,
    failure: dict[str, object],
    outcome: str,
    error_type: str,
) -> None:
    """A failed attempt then a success: each attempt counted with its outcome, one span each."""
    retry = wv.RetryPolicy(attempts=2, initial_backoff=0.01, attempt_timeout=0.3)
    async with wv.create_client(client_id, **otel.options(emu, retry=retry)) as wix:
        emu.fail_next(1, **failure)  # type: ignore[arg-type]
        await wix.auth.get_auth_headers()
    assert otel.by("wixvisitor.token.requests", "wixvisitor.outcome") == {outcome: 1, "ok": 1}
    failed, succeeded = otel.spans("POST")
    assert failed.attributes["error.type"] == error_type
    assert failed.status.status_code.name == "ERROR"
    assert "error.type" not in succeeded.attributes
    assert succeeded.attributes["http.request.resend_count"] == 1
    assert "http.request.resend_count" not in failed.attributes
    assert otel.by("wixvisitor.renewals", "wixvisitor.outcome") == {"ok": 1}


async def test_the_hot_path_records_nothing(emu: Emulator, client_id: str, otel: Otel) -> None:
    """A valid token in memory: 10,000 get_auth_headers add no metric point, no span."""
    async with wv.Visitors(client_id, store=MemoryTokenStore(), **otel.options(emu)) as visitors:
        auth = visitors.client("visitor").auth
        await auth.get_auth_headers()
        before, spans = otel.snapshot(), len(otel.spans())
        for _ in range(10_000):
            await auth.get_auth_headers()
        assert otel.snapshot() == before
    assert len(otel.spans()) == spans
