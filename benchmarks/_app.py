"""The app figure 6 loads: ``python -m benchmarks._app FRAMEWORK MODE PORT EMULATOR_URL PREFIX``.

FRAMEWORK is ``aiohttp`` or ``fastapi`` (or figure 14's ``starlette``, ``litestar``,
``django``: :mod:`benchmarks._asgi_apps`); MODE is ``bare`` (no integration), ``cookie``,
``server`` (session id cookie, tokens in Redis), ``server-near`` (server mode with the
store's near-cache: ``RedisTokenStore(near_cache=True)``), or for aiohttp one of the peer
library's storages (``peer-simple``, ``peer-encrypted``, ``peer-redis``: aiohttp-session's
SimpleCookieStorage, EncryptedCookieStorage and RedisStorage, the visitor's tokens kept in
that session and sent to Wix by hand, with no renewal). Three pages: ``GET /`` answers a
small JSON document without using the visitor; ``GET /account`` also reads the visitor's
client (is it a member?) without calling Wix; ``GET /cart`` reads the visitor's cart from
Wix (the bare app through one app-wide WixClient), so a first request there also hands out
a session cookie.
"""

# No ``from __future__ import annotations``: FastAPI must see the VisitorClient
# dependency the routes import locally, not its name as a string.
import os
import sys
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any, Literal, cast

import wixvisitor as wv
from wixvisitor.integrations._sessions import Mode
from wixvisitor.stores import MemoryTokenStore, TokenStore

from ._support import CLIENT_ID

REDIS_URL = os.environ.get("WIXVISITOR_REDIS_URL", "redis://127.0.0.1:6379/0")
SETTINGS = wv.CookieSettings(secure=False)  # plain http on loopback


AppMode = Literal["bare", "cookie", "server", "server-near"]


def _integration_mode(mode: AppMode) -> Mode:
    """The integration's mode of an app mode (``server-near`` is server mode)."""
    return "server" if mode == "server-near" else cast(Mode, mode)


def _visitors(mode: AppMode, base_url: str, prefix: str) -> wv.Visitors:
    store: TokenStore = MemoryTokenStore(max_size=100_000)
    if mode in ("server", "server-near"):
        import redis.asyncio

        from wixvisitor.stores import RedisTokenStore

        store = RedisTokenStore(
            redis.asyncio.Redis.from_url(REDIS_URL),
            prefix=prefix,
            near_cache=mode == "server-near",
        )
    return wv.Visitors(CLIENT_ID, store=store, base_url=base_url)


async def _close_store(visitors: wv.Visitors) -> None:
    """Close the near-cache's invalidation connection, if the store has one."""
    aclose = getattr(visitors.store, "aclose", None)
    if aclose is not None:
        await aclose()


def aiohttp_app(mode: AppMode, base_url: str, prefix: str) -> Any:
    from aiohttp import web

    from wixvisitor.integrations.aiohttp import setup, visitor, visitor_client

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
            # visitor(): the session read first (server mode: a store load), so the
            # answer is right for a member too, as the FastAPI dependency does.
            member = (await visitor(request)).auth.logged_in()
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
        visitors = _visitors(mode, base_url, prefix)
        setup(app, visitors, mode=_integration_mode(mode), settings=SETTINGS)

        async def close_store(app: web.Application) -> None:
            await _close_store(visitors)

        app.on_cleanup.append(close_store)
    return app


def fastapi_app(mode: AppMode, base_url: str, prefix: str) -> Any:
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

    @asynccontextmanager
    async def closing_store(_: Any) -> AsyncIterator[None]:
        try:
            yield
        finally:
            await _close_store(visitors)

    # FastAPI's overloads reject a lifespan yielding ``Mapping | None``; it works at run time.
    app = FastAPI(lifespan=lifespan(visitors, closing_store))  # type: ignore[arg-type]
    app.add_middleware(
        VisitorSessionMiddleware,
        visitors=visitors,
        mode=_integration_mode(mode),
        settings=SETTINGS,
    )

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


def peer_app(storage_name: str, base_url: str, prefix: str) -> Any:
    """The same three pages on aiohttp-session, the session library aiohttp users have."""
    import aiohttp
    from aiohttp import web
    from aiohttp_session import SimpleCookieStorage, get_session, setup
    from aiohttp_session.cookie_storage import EncryptedCookieStorage

    routes = web.RouteTableDef()
    http_key = web.AppKey("http", aiohttp.ClientSession)

    @routes.get("/")
    async def home(request: web.Request) -> web.Response:
        return web.json_response({"page": "home"})

    @routes.get("/account")
    async def account(request: web.Request) -> web.Response:
        session = await get_session(request)
        return web.json_response({"page": "account", "member": session.get("role") == "member"})

    @routes.get("/cart")
    async def cart(request: web.Request) -> web.Response:
        session = await get_session(request)
        http = request.app[http_key]
        if "access" not in session:  # a new visitor: mint, as an app on this library would
            body = {"clientId": CLIENT_ID, "grantType": "anonymous"}
            async with http.post(base_url + "/oauth2/token", json=body) as answer:
                minted = await answer.json()
            session["access"], session["refresh"] = minted["access_token"], minted["refresh_token"]
        headers = {"Authorization": session["access"]}
        async with http.get(base_url + "/ecom/v1/carts/current", headers=headers) as answer:
            cart = await answer.json()
            # No cart yet is Wix's 404; the integrated apps answer null for it too.
            return web.json_response(None if answer.status == 404 else cart.get("cart"))

    app = web.Application()
    app.add_routes(routes)

    async def http_context(app: web.Application) -> Any:
        async with aiohttp.ClientSession() as http:
            app[http_key] = http
            yield

    app.cleanup_ctx.append(http_context)
    if storage_name == "peer-simple":
        storage: Any = SimpleCookieStorage(httponly=True, samesite="Lax")
    elif storage_name == "peer-encrypted":
        storage = EncryptedCookieStorage(b"0123456789abcdef0123456789abcdef", samesite="Lax")
    else:
        import redis.asyncio
        from aiohttp_session.redis_storage import RedisStorage

        pool = redis.asyncio.Redis.from_url(REDIS_URL)
        storage = RedisStorage(
            pool, samesite="Lax", key_factory=lambda: f"{prefix}{uuid.uuid4().hex}"
        )
    setup(app, storage)
    return app


def main() -> None:
    framework, mode_name, port, base_url, prefix = sys.argv[1:6]
    mode = cast(AppMode, mode_name)
    if framework == "aiohttp":
        from aiohttp import web

        app = (
            peer_app(mode_name, base_url, prefix)
            if mode_name.startswith("peer-")
            else aiohttp_app(mode, base_url, prefix)
        )
        web.run_app(
            app,
            host="127.0.0.1",
            port=int(port),
            access_log=None,
            print=None,
        )
    else:
        import uvicorn

        if framework == "fastapi":
            app = fastapi_app(mode, base_url, prefix)
        else:  # figure 14's: starlette, litestar, django
            from ._asgi_apps import BUILDERS

            app = BUILDERS[framework](mode, base_url, prefix)
        uvicorn.run(
            app,
            host="127.0.0.1",
            port=int(port),
            log_level="warning",
            access_log=False,
        )


if __name__ == "__main__":
    main()
