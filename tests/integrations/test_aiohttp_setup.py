"""aiohttp specifics: setup(), the typed accessor, middleware order and resource ownership."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient
from conftest import INSECURE, PRODUCT_IDS

import wixvisitor as wv
from wixvisitor.emulator import Emulator
from wixvisitor.integrations.aiohttp import VISITORS_KEY, setup, visitor_client

MakeClient = Callable[[web.Application], Awaitable[TestClient[web.Request, web.Application]]]


@pytest.fixture
def visitors(emu: Emulator, client_id: str) -> wv.Visitors:
    """App-wide visitors against the emulator (closed by the app or the test)."""
    return wv.Visitors(client_id, base_url=emu.base_url, clock=emu.now)


async def cart_count(request: web.Request) -> web.Response:
    """Answer how many lines the visitor's cart has."""
    cart = await visitor_client(request).current_cart.get()
    return web.Response(text=str(len(cart["lineItems"]) if cart else 0))


async def test_visitor_client_without_setup_says_what_to_do(aiohttp_client: MakeClient) -> None:
    """Asking for the visitor's client on an app without setup() names the fix."""
    seen: list[str] = []

    async def handler(request: web.Request) -> web.Response:
        with pytest.raises(RuntimeError, match=r"setup\(app, visitors\)") as raised:
            visitor_client(request)
        seen.append(str(raised.value))
        return web.Response(text="ok")

    app = web.Application()
    app.router.add_get("/", handler)
    client = await aiohttp_client(app)
    assert (await client.get("/")).status == 200
    assert len(seen) == 1


async def test_setup_twice_or_with_an_unknown_mode_is_refused(visitors: wv.Visitors) -> None:
    """setup() rejects a second call on one app and a mode it does not know."""
    app = web.Application()
    setup(app, visitors)
    with pytest.raises(RuntimeError, match="already"):
        setup(app, visitors)
    with pytest.raises(ValueError, match="mode"):
        setup(web.Application(), visitors, mode="session")  # type: ignore[arg-type]
    await visitors.aclose()


async def test_other_middlewares_and_sub_apps_see_the_visitor(
    aiohttp_client: MakeClient, visitors: wv.Visitors
) -> None:
    """The session middleware runs first, so later middlewares and sub-app handlers get the client."""
    seen_by_middleware: list[wv.WixClient] = []

    @web.middleware
    async def audit(
        request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        seen_by_middleware.append(visitor_client(request))
        return await handler(request)

    app = web.Application(middlewares=[audit])
    shop = web.Application()
    shop.router.add_get("/count", cart_count)
    app.add_subapp("/shop", shop)
    setup(app, visitors, settings=INSECURE)
    client = await aiohttp_client(app)
    answer = await client.get("/shop/count")
    assert (answer.status, await answer.text()) == (200, "0")
    assert "wixSession=" in answer.headers["Set-Cookie"]
    assert len(seen_by_middleware) == 1
    assert client.app[VISITORS_KEY] is visitors


@pytest.mark.parametrize("owns_visitors", [True, False])
async def test_cleanup_closes_visitors_only_when_it_owns_them(
    aiohttp_client: MakeClient, visitors: wv.Visitors, owns_visitors: bool
) -> None:
    """With owns_visitors the app's cleanup closes the Visitors; without, they stay usable."""
    app = web.Application()
    app.router.add_get("/count", cart_count)
    setup(app, visitors, settings=INSECURE, owns_visitors=owns_visitors)
    client = await aiohttp_client(app)
    assert (await client.get("/count")).status == 200
    await client.close()

    survivor = visitors.client("after-cleanup")
    if owns_visitors:
        with pytest.raises(RuntimeError, match="closed"):
            await survivor.current_cart.add([wv.line_item(PRODUCT_IDS[0])])
    else:
        assert (await survivor.current_cart.add([wv.line_item(PRODUCT_IDS[0])]))["lineItems"]
        await visitors.aclose()
