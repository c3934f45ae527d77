"""The app figure 6 loads: ``python -m benchmarks._app FRAMEWORK MODE PORT EMULATOR_URL PREFIX``.

FRAMEWORK is ``aiohttp`` or ``fastapi``; MODE is ``bare`` (no integration),
``cookie`` or ``server`` (session id cookie, tokens in Redis). Three pages: ``GET /``
answers a small JSON document without using the visitor; ``GET /account`` also reads
the visitor's client (is it a member?) without calling Wix; ``GET /cart`` reads the
visitor's cart from Wix (the bare app through one app-wide WixClient), so a first
request there also hands out a session cookie.
"""

# No ``from __future__ import annotations``: FastAPI must see the VisitorClient
# dependency the routes import locally, not its name as a string.
import os
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any, Literal, cast

import wixvisitor as wv
from wixvisitor.integrations._sessions import Mode
from wixvisitor.stores import MemoryTokenStore, TokenStore

from ._support import CLIENT_ID

REDIS_URL = os.environ.get("WIXVISITOR_REDIS_URL", "redis://127.0.0.1:6379/0")
SETTINGS = wv.CookieSettings(secure=False)  # plain http on loopback


def _visitors(mode: Mode, base_url: str, prefix: str) -> wv.Visitors:
    store: TokenStore = MemoryTokenStore(max_size=100_000)
    if mode == "server":
        import redis.asyncio

        from wixvisitor.stores import RedisTokenStore

        store = RedisTokenStore(redis.asyncio.Redis.from_url(REDIS_URL), prefix=prefix)
    return wv.Visitors(CLIENT_ID, store=store, base_url=base_url)


def aiohttp_app(mode: Mode | Literal["bare"], base_url: str, prefix: str) -> Any:
    from aiohttp import web

    from wixvisitor.integrations.aiohttp import setup, visitor_client

    routes = web.RouteTableDef()

    @routes.get("/")
    async def home(request: web.Request) -> web.Response:
        return web.json_response({"page": "home"})

    client_key = web.AppKey("client", wv.WixClient)
    if mode == "bare":

        @routes.get("/account")
        async def bare_account(request: web.Request) -> web.Response:
            return web.json_response({"page": "account", "member": False})

        @routes.get("/cart")
        async def bare_cart(request: web.Request) -> web.Response:
            return web.json_response(await request.app[client_key].current_cart.get())

    else:

        @routes.get("/account")
        async def account(request: web.Request) -> web.Response:
            member = visitor_client(request).auth.logged_in()
            return web.json_response({"page": "account", "member": member})

        @routes.get("/cart")
        async def cart(request: web.Request) -> web.Response:
            return web.json_response(await visitor_client(request).current_cart.get())

    app = web.Application()
    app.add_routes(routes)
    if mode == "bare":

        async def client_context(app: web.Application) -> Any:
            async with wv.create_client(CLIENT_ID, base_url=base_url) as client:
                app[client_key] = client
                yield

        app.cleanup_ctx.append(client_context)
    else:
        setup(app, _visitors(mode, base_url, prefix), mode=mode, settings=SETTINGS)
    return app


def fastapi_app(mode: Mode | Literal["bare"], base_url: str, prefix: str) -> Any:
    from fastapi import FastAPI

    from wixvisitor.integrations.fastapi import VisitorClient, VisitorSessionMiddleware, lifespan

    if mode == "bare":
        client = wv.create_client(CLIENT_ID, base_url=base_url)

        @asynccontextmanager
        async def closing(_: FastAPI) -> AsyncIterator[None]:
            async with client:
                yield

        bare = FastAPI(lifespan=closing)

        @bare.get("/")
        async def bare_home() -> dict[str, Any]:
            return {"page": "home"}

        @bare.get("/account")
        async def bare_account() -> dict[str, Any]:
            return {"page": "account", "member": False}

        @bare.get("/cart")
        async def bare_cart() -> Any:
            return await client.current_cart.get()

        return bare
    visitors = _visitors(mode, base_url, prefix)
    # FastAPI's overloads reject a lifespan yielding ``Mapping | None``; it works at run time.
    app = FastAPI(lifespan=lifespan(visitors))  # type: ignore[arg-type]
    app.add_middleware(VisitorSessionMiddleware, visitors=visitors, mode=mode, settings=SETTINGS)

    @app.get("/")
    async def home() -> dict[str, Any]:
        return {"page": "home"}

    @app.get("/account")
    async def account(wix: VisitorClient) -> dict[str, Any]:
        return {"page": "account", "member": wix.auth.logged_in()}

    @app.get("/cart")
    async def cart(wix: VisitorClient) -> Any:
        return await wix.current_cart.get()

    return app


def main() -> None:
    framework, mode_name, port, base_url, prefix = sys.argv[1:6]
    mode = cast(Mode | Literal["bare"], mode_name)
    if framework == "aiohttp":
        from aiohttp import web

        web.run_app(
            aiohttp_app(mode, base_url, prefix),
            host="127.0.0.1",
            port=int(port),
            access_log=None,
            print=None,
        )
    else:
        import uvicorn

        uvicorn.run(
            fastapi_app(mode, base_url, prefix),
            host="127.0.0.1",
            port=int(port),
            log_level="warning",
            access_log=False,
        )


if __name__ == "__main__":
    main()
