"""A small shop app per framework, served on a real loopback socket."""

from __future__ import annotations

import asyncio
import contextlib
import socket
from collections.abc import AsyncIterator, Iterator
from typing import Any

import uvicorn
from aiohttp import web
from fastapi import FastAPI

import wixvisitor as wv
from wixvisitor.integrations import aiohttp as wv_aiohttp
from wixvisitor.integrations import fastapi as wv_fastapi

#: Plain http on loopback: a Secure cookie would not come back.
INSECURE = wv.CookieSettings(secure=False)


def cart_lines(cart: dict[str, Any] | None) -> dict[str, int]:
    """Product id -> quantity of a cart answer."""
    if cart is None:
        return {}
    return {
        line["catalogReference"]["catalogItemId"]: line["quantity"] for line in cart["lineItems"]
    }


def aiohttp_shop(
    visitors: wv.Visitors, mode: str, settings: wv.CookieSettings = INSECURE
) -> web.Application:
    """GET /cart and POST /cart/{product_id} as an aiohttp app."""
    routes = web.RouteTableDef()

    @routes.get("/cart")
    async def get_cart(request: web.Request) -> web.Response:
        cart = await wv_aiohttp.visitor_client(request).current_cart.get()
        return web.json_response(cart_lines(cart))

    @routes.post("/cart/{product_id}")
    async def add(request: web.Request) -> web.Response:
        item = wv.line_item(
            request.match_info["product_id"], int(request.query.get("quantity", "1"))
        )
        cart = await wv_aiohttp.visitor_client(request).current_cart.add([item])
        return web.json_response(cart_lines(cart))

    app = web.Application()
    app.add_routes(routes)
    wv_aiohttp.setup(app, visitors, mode=mode, settings=settings, owns_visitors=False)  # type: ignore[arg-type]
    return app


def fastapi_shop(
    visitors: wv.Visitors, mode: str, settings: wv.CookieSettings = INSECURE
) -> FastAPI:
    """GET /cart and POST /cart/{product_id} as a FastAPI app."""
    app = FastAPI()
    app.add_middleware(
        wv_fastapi.VisitorSessionMiddleware, visitors=visitors, mode=mode, settings=settings
    )

    @app.get("/cart")
    async def get_cart(wix: wv_fastapi.VisitorClient) -> dict[str, int]:
        return cart_lines(await wix.current_cart.get())

    @app.post("/cart/{product_id}")
    async def add(
        wix: wv_fastapi.VisitorClient, product_id: str, quantity: int = 1
    ) -> dict[str, int]:
        return cart_lines(await wix.current_cart.add([wv.line_item(product_id, quantity)]))

    return app


@contextlib.asynccontextmanager
async def serve_aiohttp(app: web.Application) -> AsyncIterator[str]:
    """Serve an aiohttp app on a free loopback port; yields its base URL."""
    # Large header limit: oversized cookies must reach the middleware, not aiohttp's 400.
    runner = web.AppRunner(app, access_log=None, max_field_size=65536)
    await runner.setup()
    try:
        site = web.TCPSite(runner, "127.0.0.1", 0, backlog=1024)
        await site.start()
        yield f"http://127.0.0.1:{runner.addresses[0][1]}"
    finally:
        await runner.cleanup()


class _QuietServer(uvicorn.Server):
    """Uvicorn that leaves the test process's signal handlers alone."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


@contextlib.asynccontextmanager
async def serve_fastapi(app: FastAPI) -> AsyncIterator[str]:
    """Serve a FastAPI app with uvicorn on a free loopback port; yields its base URL."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    config = uvicorn.Config(
        app,
        log_config=None,
        access_log=False,
        ws="none",
        lifespan="off",
        h11_max_incomplete_event_size=65536,
    )
    server = _QuietServer(config)
    task = asyncio.create_task(server.serve(sockets=[sock]))
    try:
        while not server.started:
            if task.done():
                task.result()
            await asyncio.sleep(0.005)
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        await task
        sock.close()


@contextlib.asynccontextmanager
async def serve_shop(
    framework: str, visitors: wv.Visitors, mode: str, settings: wv.CookieSettings = INSECURE
) -> AsyncIterator[str]:
    """The shop app of `framework` ("aiohttp" or "fastapi") on loopback."""
    if framework == "aiohttp":
        async with serve_aiohttp(aiohttp_shop(visitors, mode, settings)) as url:
            yield url
    else:
        async with serve_fastapi(fastapi_shop(visitors, mode, settings)) as url:
            yield url
