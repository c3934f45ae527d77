"""A member session behaves like a visitor session: renewals, resets, stores, carts, logout."""

from __future__ import annotations

import asyncio
import logging

import aiohttp
import pytest

import wixvisitor as wv
from wixvisitor.emulator import Emulator
from wixvisitor.stores import MemoryTokenStore

ADA, ADA_PASSWORD = "ada@example.com", "lovelace-1815"
CALLBACK = "https://shop.example/callback"


def _client(emu: Emulator, client_id: str, **options: object) -> wv.WixClient:
    return wv.create_client(client_id, base_url=emu.base_url, clock=emu.now, **options)  # type: ignore[arg-type]


async def _member(wix: wv.WixClient) -> wv.Tokens:
    result = await wix.auth.login_member(ADA, ADA_PASSWORD, redirect_uri=CALLBACK)
    assert result.succeeded and wix.auth.logged_in()
    tokens = wix.auth.get_tokens()
    assert tokens is not None
    return tokens


async def test_500_concurrent_requests_of_an_expired_member_make_one_refresh(
    emu: Emulator, client_id: str
) -> None:
    """A member with an expired token: 500 concurrent cart reads, 1 refresh, still a member."""
    async with _client(emu, client_id, store=MemoryTokenStore()) as wix:
        member = await _member(wix)
        emu.advance(5 * 3600)
        emu.stats.reset()
        await asyncio.gather(*(wix.current_cart.get() for _ in range(500)))
        assert (emu.stats.token_calls, emu.stats.refresh) == (1, 1)
        assert wix.auth.logged_in()
        tokens = wix.auth.get_tokens()
        assert tokens is not None and tokens.refresh_token == member.refresh_token
        assert await wix.auth.store.load(wix.auth.key) == tokens  # type: ignore[union-attr]


async def test_member_tokens_keep_the_js_sdk_json_shape(emu: Emulator, client_id: str) -> None:
    """The token JSON is the JS SDK's, with role "member"; it reads back equal."""
    async with _client(emu, client_id) as wix:
        tokens = await _member(wix)
    data = tokens.to_dict()
    assert data["refreshToken"]["role"] == "member"
    assert set(data) == {"accessToken", "refreshToken"}
    assert wv.Tokens.from_json(tokens.to_json()) == tokens


async def test_a_refused_member_refresh_token_resets_and_says_the_member_left(
    emu: Emulator, client_id: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Wix refuses the member's refresh token: a new visitor, a WARNING and a callback say so."""
    resets: list[wv.SessionReset] = []
    async with _client(emu, client_id, on_session_reset=resets.append) as wix:
        member = await _member(wix)
        emu.revoke(member.refresh_token.value)
        emu.advance(5 * 3600)
        with caplog.at_level(logging.WARNING, logger="wixvisitor"):
            await wix.current_cart.get()
        assert not wix.auth.logged_in()
    assert [r.previous_role for r in resets] == [wv.TokenRole.MEMBER]
    assert any("the member was logged out" in r.getMessage() for r in caplog.records)


async def test_logout_forgets_the_session_everywhere(emu: Emulator, client_id: str) -> None:
    """logout: a URL on Wix back to the page, tokens gone from memory and store, then a visitor."""
    store = MemoryTokenStore()
    async with _client(emu, client_id, store=store, key="v") as wix:
        member = await _member(wix)
        url = await wix.auth.logout("https://shop.example/bye")
        assert wix.auth.get_tokens() is None and await store.load("v") is None
        assert not wix.auth.logged_in()
        async with (
            aiohttp.ClientSession() as browser,
            browser.get(url, allow_redirects=False) as page,
        ):
            assert (page.status, page.headers["Location"]) == (302, "https://shop.example/bye")
        # The member session is over on Wix's side too: its refresh token no longer works.
        with pytest.raises(wv.InvalidRefreshTokenError):
            await wix.auth.renew_token(member.refresh_token)
        emu.stats.reset()
        await wix.current_cart.get()
        assert emu.stats.anonymous == 1
        assert wix.auth.get_tokens() is not None and not wix.auth.logged_in()


async def test_a_members_cart_is_the_members(emu: Emulator, client_id: str) -> None:
    """Cart lines follow the member to another device; other visitors do not see them."""
    async with _client(emu, client_id) as phone:
        await _member(phone)
        product = (await phone.products_v3.search(limit=1))["products"][0]["id"]
        cart = await phone.current_cart.add([wv.line_item(product, 2)])
        assert cart["buyerInfo"] == {"memberId": emu.members.by_email[ADA].id}
    async with _client(emu, client_id) as laptop:
        assert await laptop.current_cart.get() is None  # a visitor: not the member's cart
        await _member(laptop)
        seen = await laptop.current_cart.get()
        assert seen is not None and seen["lineItems"][0]["quantity"] == 2


@pytest.mark.parametrize(
    ("policy", "expected"),
    [
        ("merge", {"visitor": 1, "member": 2}),
        ("member", {"member": 2}),
        ("visitor", {"visitor": 1}),
    ],
)
async def test_the_visitors_cart_at_login_follows_the_setting(
    emu: Emulator, client_id: str, policy: str, expected: dict[str, int]
) -> None:
    """cart_at_login: merge (default) both carts, keep the member's, or take the visitor's."""
    emu.members.settings.cart_at_login = policy  # type: ignore[assignment]
    products = [p.id for p in wv.emulator.PRODUCTS[:2]]
    async with _client(emu, client_id) as earlier:
        await _member(earlier)
        await earlier.current_cart.add([wv.line_item(products[1], 2)])
    async with _client(emu, client_id) as wix:
        await wix.current_cart.add([wv.line_item(products[0], 1)])
        await _member(wix)
        cart = await wix.current_cart.get()
    assert cart is not None
    names = {products[0]: "visitor", products[1]: "member"}
    got = {
        names[line["catalogReference"]["catalogItemId"]]: line["quantity"]
        for line in cart["lineItems"]
    }
    assert got == expected


async def test_logging_in_during_a_renewal_is_not_undone(emu: Emulator, client_id: str) -> None:
    """A visitor renewal in flight while the member logs in: the member session stays."""
    store = MemoryTokenStore()
    async with _client(emu, client_id, store=store, key="k") as wix:
        await wix.auth.generate_visitor_tokens()
        emu.advance(5 * 3600)
        emu.fail_next(1, kind="timeout", hang=1.5)
        renewal = asyncio.ensure_future(wix.auth.get_auth_headers())
        while emu.stats.token_calls < 2:  # the hung renewal has arrived
            await asyncio.sleep(0.005)
        async with _client(emu, client_id) as other:
            member = await _member(other)
        await wix.auth.set_tokens(member)
        await renewal
        assert wix.auth.logged_in()
        stored = await store.load("k")
        assert stored is not None and stored.refresh_token.role is wv.TokenRole.MEMBER
