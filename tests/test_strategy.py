"""OAuthStrategy against the emulator: the four cases, retries, resets, single flight."""

from __future__ import annotations

import asyncio
import logging

import pytest

import wixvisitor as wv
from wixvisitor.emulator import Emulator
from wixvisitor.errors import InvalidRefreshTokenError, TokenRequestError
from wixvisitor.stores import MemoryTokenStore

FAST = wv.RetryPolicy(attempts=4, initial_backoff=0.01, max_backoff=0.05, attempt_timeout=2)


def strategy(emu: Emulator, client_id: str, **options: object) -> wv.OAuthStrategy:
    options.setdefault("retry", FAST)
    options.setdefault("clock", emu.now)
    return wv.OAuthStrategy(client_id, base_url=emu.base_url, **options)  # type: ignore[arg-type]


async def test_new_visitor_gets_tokens_with_one_anonymous_call(
    emu: Emulator, client_id: str
) -> None:
    """Nothing usable: one anonymous call gives a visitor session."""
    async with strategy(emu, client_id) as auth:
        tokens = await auth.generate_visitor_tokens()
    assert tokens.refresh_token.role is wv.TokenRole.VISITOR
    assert tokens.access_token.expires_at == pytest.approx(emu.now() + 14400, abs=5)
    assert (emu.stats.anonymous, emu.stats.refresh) == (1, 0)
    assert auth.get_tokens() == tokens
    assert not auth.logged_in()


async def test_valid_tokens_are_returned_without_a_call(emu: Emulator, client_id: str) -> None:
    """Case 1: a valid access token and a refresh token cost no token call."""
    async with strategy(emu, client_id) as auth:
        tokens = await auth.generate_visitor_tokens()
        emu.stats.reset()
        assert await auth.generate_visitor_tokens() == tokens
        assert await auth.generate_visitor_tokens(tokens) is tokens
        assert await auth.get_auth_headers() == {"Authorization": tokens.access_token.value}
    assert emu.stats.token_calls == 0


async def test_expired_token_renews_keeping_refresh_token(emu: Emulator, client_id: str) -> None:
    """Case 2: an expired access token is renewed once; refresh token and role are kept."""
    async with strategy(emu, client_id) as auth:
        first = await auth.generate_visitor_tokens()
        emu.advance(5 * 3600)
        emu.stats.reset()
        second = await auth.generate_visitor_tokens()
    assert second.refresh_token == first.refresh_token
    assert second.access_token != first.access_token
    assert (emu.stats.refresh, emu.stats.anonymous) == (1, 0)


async def test_leeway_renews_early(emu: Emulator, client_id: str) -> None:
    """A token within the leeway of its expiry counts as expired."""
    now = [emu.now()]
    async with strategy(emu, client_id, leeway=120, clock=lambda: now[0]) as auth:
        tokens = await auth.generate_visitor_tokens()
        now[0] = tokens.access_token.expires_at - 121
        await auth.get_auth_headers()
        assert emu.stats.refresh == 0
        now[0] = tokens.access_token.expires_at - 119
        await auth.get_auth_headers()
        assert emu.stats.refresh == 1


async def test_leeway_is_capped_at_half_the_lifetime(client_id: str) -> None:
    """With short-lived tokens the leeway shrinks to half their lifetime, keeping them usable."""
    async with Emulator(access_ttl=60) as emu:
        now = [emu.now()]
        async with strategy(emu, client_id, leeway=600, clock=lambda: now[0]) as auth:
            tokens = await auth.generate_visitor_tokens()
            now[0] = tokens.access_token.expires_at - 31
            await auth.get_auth_headers()
            assert emu.stats.refresh == 0
            now[0] = tokens.access_token.expires_at - 29
            await auth.get_auth_headers()
            assert emu.stats.refresh == 1


async def test_revoked_refresh_token_starts_a_new_session_and_reports_it(
    emu: Emulator, client_id: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Case 3: invalid_grant → one refresh + one anonymous call, a WARNING and the callback."""
    resets: list[wv.SessionReset] = []
    async with strategy(emu, client_id, on_session_reset=resets.append, key="visitor-1") as auth:
        old = await auth.generate_visitor_tokens()
        emu.revoke(old.refresh_token.value)
        emu.advance(5 * 3600)
        emu.stats.reset()
        with caplog.at_level(logging.WARNING, logger="wixvisitor"):
            new = await auth.generate_visitor_tokens()
    assert new.refresh_token != old.refresh_token
    assert (emu.stats.refresh, emu.stats.anonymous) == (1, 1)
    assert [(r.key, r.reason, r.previous_role) for r in resets] == [
        ("visitor-1", "invalid_grant", wv.TokenRole.VISITOR)
    ]
    assert resets[0].request_id
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "new anonymous session" in warnings[0].getMessage()
    assert "visitor-1" not in warnings[0].getMessage()


async def test_async_reset_callback_is_awaited(emu: Emulator, client_id: str) -> None:
    """An async on_session_reset callback is awaited once."""
    seen: list[str] = []

    async def on_reset(event: wv.SessionReset) -> None:
        await asyncio.sleep(0)
        seen.append(event.reason)

    async with strategy(emu, client_id, on_session_reset=on_reset) as auth:
        old = await auth.generate_visitor_tokens()
        emu.revoke(old.refresh_token.value)
        emu.advance(5 * 3600)
        await auth.generate_visitor_tokens()
    assert seen == ["invalid_grant"]


async def test_transient_failures_are_retried_without_reset(emu: Emulator, client_id: str) -> None:
    """503 twice then success: renewed with the same refresh token, no new visitor."""
    resets: list[wv.SessionReset] = []
    async with strategy(emu, client_id, on_session_reset=resets.append) as auth:
        old = await auth.generate_visitor_tokens()
        emu.advance(5 * 3600)
        emu.stats.reset()
        emu.fail_next(2, status=503)
        new = await auth.generate_visitor_tokens()
    assert new.refresh_token == old.refresh_token
    assert (emu.stats.refresh, emu.stats.anonymous) == (3, 0)
    assert resets == []


async def test_persistent_failure_raises_and_keeps_tokens(emu: Emulator, client_id: str) -> None:
    """503 forever: TokenRequestError after the bounded attempts; the session is untouched."""
    store = MemoryTokenStore()
    async with strategy(emu, client_id, store=store) as auth:
        old = await auth.generate_visitor_tokens()
        emu.advance(5 * 3600)
        emu.stats.reset()
        emu.fail_next(100, status=503)
        with pytest.raises(TokenRequestError) as caught:
            await auth.generate_visitor_tokens()
    assert caught.value.status == 503
    assert caught.value.attempts == FAST.attempts
    assert caught.value.request_id
    assert emu.stats.refresh == FAST.attempts
    assert emu.stats.anonymous == 0
    assert auth.get_tokens() == old
    assert await store.load("default") == old


async def test_retry_after_is_honoured(emu: Emulator, client_id: str) -> None:
    """429 with Retry-After: the SDK sleeps what the server asked, then succeeds."""
    slept: list[float] = []
    auth = strategy(emu, client_id)
    original_sleep = auth._endpoint._sleep

    async def recording_sleep(seconds: float) -> None:
        slept.append(seconds)
        await original_sleep(0)

    auth._endpoint._sleep = recording_sleep
    async with auth:
        emu.fail_next(1, status=429, retry_after=2)
        await auth.generate_visitor_tokens()
    assert slept == [2.0]
    assert emu.stats.anonymous == 2


async def test_retry_after_beyond_the_limit_gives_up(emu: Emulator, client_id: str) -> None:
    """A Retry-After longer than the policy allows raises at once instead of hanging."""
    retry = wv.RetryPolicy(attempts=4, max_retry_after=5)
    async with strategy(emu, client_id, retry=retry) as auth:
        emu.fail_next(1, status=429, retry_after=3600)
        with pytest.raises(TokenRequestError) as caught:
            await auth.generate_visitor_tokens()
    assert caught.value.status == 429
    assert emu.stats.anonymous == 1


@pytest.mark.parametrize("kind", ["garbage", "disconnect"])
async def test_broken_answers_are_retried(emu: Emulator, client_id: str, kind: str) -> None:
    """A 200 with garbage or a dropped connection is transient: retried, then succeeds."""
    async with strategy(emu, client_id) as auth:
        emu.fail_next(1, kind=kind)
        tokens = await auth.generate_visitor_tokens()
    assert tokens.access_token.value
    assert emu.stats.anonymous == 2


async def test_timeouts_are_retried(emu: Emulator, client_id: str) -> None:
    """A token request that hangs times out and is retried."""
    retry = wv.RetryPolicy(attempts=2, initial_backoff=0.01, attempt_timeout=0.3)
    async with strategy(emu, client_id, retry=retry) as auth:
        emu.fail_next(1, kind="timeout")
        await auth.generate_visitor_tokens()
    assert emu.stats.anonymous == 2


async def test_form_encoding(emu: Emulator, client_id: str) -> None:
    """The form encoding mints and renews as well as JSON."""
    async with strategy(emu, client_id, encoding="form") as auth:
        first = await auth.generate_visitor_tokens()
        emu.advance(5 * 3600)
        second = await auth.generate_visitor_tokens()
    assert second.refresh_token == first.refresh_token
    assert (emu.stats.anonymous, emu.stats.refresh) == (1, 1)


async def test_renew_token_has_no_fallback(emu: Emulator, client_id: str) -> None:
    """renew_token renews; a dead refresh token raises InvalidRefreshTokenError."""
    async with strategy(emu, client_id) as auth:
        tokens = await auth.generate_visitor_tokens()
        renewed = await auth.renew_token(tokens.refresh_token)
        assert renewed.refresh_token == tokens.refresh_token
        assert auth.get_tokens() == renewed
        emu.revoke(tokens.refresh_token.value)
        with pytest.raises(InvalidRefreshTokenError) as caught:
            await auth.renew_token(tokens.refresh_token.value)
    assert caught.value.code == "invalid_grant"
    assert tokens.refresh_token.value not in str(caught.value)
    assert emu.stats.anonymous == 1


async def test_explicit_tokens_are_not_adopted(emu: Emulator, client_id: str) -> None:
    """generate_visitor_tokens(other) works on those tokens and leaves the strategy's own alone."""
    async with strategy(emu, client_id) as auth, strategy(emu, client_id) as other:
        foreign = await other.generate_visitor_tokens()
        emu.advance(5 * 3600)
        renewed = await auth.generate_visitor_tokens(foreign)
    assert renewed.refresh_token == foreign.refresh_token
    assert auth.get_tokens() is None


async def test_set_tokens_persists_and_logged_in_follows_role(
    client_id: str, emu: Emulator
) -> None:
    """set_tokens saves to the store; logged_in is true only for a member's refresh token."""
    store = MemoryTokenStore()
    member = wv.Tokens(wv.AccessToken("a", 10**10), wv.RefreshToken("r", wv.TokenRole.MEMBER))
    async with strategy(emu, client_id, store=store, key="k") as auth:
        await auth.set_tokens(member)
        assert auth.logged_in()
        assert await store.load("k") == member


async def test_tokens_resume_from_store_with_zero_calls(emu: Emulator, client_id: str) -> None:
    """A new strategy on the same store resumes the session without a token call."""
    store = MemoryTokenStore()
    async with strategy(emu, client_id, store=store, key="v") as first:
        tokens = await first.generate_visitor_tokens()
    emu.stats.reset()
    async with strategy(emu, client_id, store=store, key="v") as second:
        assert await second.generate_visitor_tokens() == tokens
    assert emu.stats.token_calls == 0


async def test_invalid_client_is_a_token_request_error(client_id: str) -> None:
    """A client id Wix does not know raises TokenRequestError with the OAuth code."""
    async with Emulator(client_id=client_id) as emu, strategy(emu, "someone-else") as auth:
        with pytest.raises(TokenRequestError) as caught:
            await auth.generate_visitor_tokens()
    assert caught.value.code == "invalid_client"
    assert caught.value.status == 400


async def test_unreachable_endpoint_is_a_token_request_error(client_id: str) -> None:
    """Nothing listening: TokenRequestError with no status after the bounded attempts."""
    async with Emulator() as emu:
        base_url = emu.base_url
    retry = wv.RetryPolicy(attempts=2, initial_backoff=0.01)
    async with wv.OAuthStrategy(client_id, base_url=base_url, retry=retry) as auth:
        with pytest.raises(TokenRequestError) as caught:
            await auth.generate_visitor_tokens()
    assert caught.value.status is None
    assert caught.value.attempts == 2


# -- single flight ------------------------------------------------------------------


async def test_thousand_expired_callers_share_one_refresh(emu: Emulator, client_id: str) -> None:
    """1,000 concurrent get_auth_headers with an expired token make exactly 1 refresh."""
    async with strategy(emu, client_id) as auth:
        await auth.generate_visitor_tokens()
        emu.advance(5 * 3600)
        emu.stats.reset()
        headers = await asyncio.gather(*(auth.get_auth_headers() for _ in range(1000)))
    assert emu.stats.refresh == 1
    assert emu.stats.token_calls == 1
    assert len({h["Authorization"] for h in headers}) == 1


async def test_thousand_new_callers_share_one_anonymous_call(emu: Emulator, client_id: str) -> None:
    """1,000 concurrent callers with no tokens make exactly 1 anonymous call."""
    async with strategy(emu, client_id, store=MemoryTokenStore()) as auth:
        await asyncio.gather(*(auth.get_auth_headers() for _ in range(1000)))
    assert emu.stats.anonymous == 1
    assert emu.stats.token_calls == 1


async def test_failing_refresh_is_shared_by_the_burst(emu: Emulator, client_id: str) -> None:
    """A failing refresh: the burst makes one flight (its bounded attempts) and all get the error."""
    retry = wv.RetryPolicy(attempts=1)
    async with strategy(emu, client_id, retry=retry) as auth:
        await auth.generate_visitor_tokens()
        emu.advance(5 * 3600)
        emu.stats.reset()
        emu.fail_next(1, status=500)
        results = await asyncio.gather(
            *(auth.get_auth_headers() for _ in range(200)), return_exceptions=True
        )
    assert emu.stats.refresh == 1
    assert all(isinstance(r, TokenRequestError) for r in results)


async def test_cancelled_waiters_do_not_cancel_the_flight(emu: Emulator, client_id: str) -> None:
    """Cancelling half the waiters leaves the shared renewal running for the rest."""
    async with strategy(emu, client_id) as auth:
        await auth.generate_visitor_tokens()
        emu.advance(5 * 3600)
        emu.stats.reset()
        tasks = [asyncio.create_task(auth.get_auth_headers()) for _ in range(100)]
        await asyncio.sleep(0)
        for task in tasks[::2]:
            task.cancel()
        results = await asyncio.gather(*tasks, return_exceptions=True)
    survivors = results[1::2]
    assert all(isinstance(r, dict) for r in survivors)
    assert all(isinstance(r, asyncio.CancelledError) for r in results[::2])
    assert emu.stats.refresh == 1


async def test_all_waiters_cancelled_still_completes(emu: Emulator, client_id: str) -> None:
    """When every waiter is cancelled the flight still lands and is adopted by the next call."""
    async with strategy(emu, client_id) as auth:
        task = asyncio.create_task(auth.get_auth_headers())
        await asyncio.sleep(0)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        await auth.get_auth_headers()
    assert emu.stats.anonymous == 1


async def test_visitors_share_one_flight_across_strategy_objects(
    emu: Emulator, client_id: str
) -> None:
    """Many per-request clients of one Visitors for one expired visitor share one refresh."""
    async with wv.Visitors(client_id, base_url=emu.base_url, retry=FAST, clock=emu.now) as visitors:
        await visitors.client("v").auth.generate_visitor_tokens()
        emu.advance(5 * 3600)
        emu.stats.reset()
        await asyncio.gather(*(visitors.client("v").auth.get_auth_headers() for _ in range(500)))
    assert emu.stats.refresh == 1
    assert emu.stats.token_calls == 1
