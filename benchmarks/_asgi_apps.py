"""Figure 14's apps: figure 6's three pages on Starlette, Litestar and Django (ASGI).

Each framework bare (one app-wide WixClient for ``/cart``, no integration) or with the
integration in ``cookie``, ``server`` or ``server-near`` mode, as :mod:`benchmarks._app`
does for aiohttp and FastAPI; served by uvicorn from there. For Django this module is
also the project's URLconf.
"""

# No ``from __future__ import annotations``: Litestar reads the handlers' annotations.
from typing import Any

import wixvisitor as wv

from ._app import SETTINGS, AppMode, _close_store, _integration_mode, _visitors
from ._support import CLIENT_ID

#: Django's pages read these (one app per process).
_django: dict[str, Any] = {}


def starlette_app(mode: AppMode, base_url: str, prefix: str) -> Any:
    from contextlib import asynccontextmanager

    from starlette.applications import Starlette
    from starlette.middleware import Middleware
    from starlette.requests import Request
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    from wixvisitor.integrations.asgi import VisitorSessionMiddleware, lifespan, visitor

    client = wv.create_client(CLIENT_ID, base_url=base_url) if mode == "bare" else None
    visitors = None if mode == "bare" else _visitors(mode, base_url, prefix)

    async def home(request: Request) -> JSONResponse:
        return JSONResponse({"page": "home"})

    async def account(request: Request) -> JSONResponse:
        member = False if visitors is None else (await visitor(request)).auth.logged_in()
        return JSONResponse({"page": "account", "member": member})

    async def cart(request: Request) -> JSONResponse:
        wix = client if client is not None else await visitor(request)
        return JSONResponse(await wix.current_cart.get())

    @asynccontextmanager
    async def closing(_: Any) -> Any:
        try:
            yield
        finally:
            if client is not None:
                await client.aclose()
            if visitors is not None:
                await _close_store(visitors)

    routes = [Route("/", home), Route("/account", account), Route("/cart", cart)]
    if visitors is None:
        return Starlette(routes=routes, lifespan=closing)
    middleware = Middleware(
        VisitorSessionMiddleware,
        visitors=visitors,
        mode=_integration_mode(mode),
        settings=SETTINGS,
    )
    return Starlette(routes=routes, middleware=[middleware], lifespan=lifespan(visitors, closing))


def litestar_app(mode: AppMode, base_url: str, prefix: str) -> Any:
    from litestar import Litestar, get

    from wixvisitor.integrations.litestar import VisitorClient, VisitorSessionsPlugin

    @get("/")
    async def home() -> dict[str, Any]:
        return {"page": "home"}

    if mode == "bare":
        client = wv.create_client(CLIENT_ID, base_url=base_url)

        @get("/account")
        async def bare_account() -> dict[str, Any]:
            return {"page": "account", "member": False}

        @get("/cart")
        async def bare_cart() -> Any:
            return await client.current_cart.get()

        return Litestar(
            [home, bare_account, bare_cart], on_shutdown=[client.aclose], logging_config=None
        )
    visitors = _visitors(mode, base_url, prefix)

    @get("/account")
    async def account(wix: VisitorClient) -> dict[str, Any]:
        return {"page": "account", "member": wix.auth.logged_in()}

    @get("/cart")
    async def cart(wix: VisitorClient) -> Any:
        return await wix.current_cart.get()

    async def close_store() -> None:
        await _close_store(visitors)

    plugin = VisitorSessionsPlugin(visitors, mode=_integration_mode(mode), settings=SETTINGS)
    return Litestar(
        [home, account, cart], plugins=[plugin], on_shutdown=[close_store], logging_config=None
    )


async def _home(request: Any) -> Any:
    from django.http import JsonResponse

    return JsonResponse({"page": "home"})


async def _account(request: Any) -> Any:
    from django.http import JsonResponse

    from wixvisitor.integrations.django import visitor

    member = False if _django["mode"] == "bare" else (await visitor(request)).auth.logged_in()
    return JsonResponse({"page": "account", "member": member})


async def _cart(request: Any) -> Any:
    from django.http import JsonResponse

    from wixvisitor.integrations.django import visitor

    if _django["mode"] == "bare":
        if "client" not in _django:  # made on the server's loop
            _django["client"] = wv.create_client(CLIENT_ID, base_url=_django["base_url"])
        wix = _django["client"]
    else:
        wix = await visitor(request)
    return JsonResponse(await wix.current_cart.get(), safe=False)


def django_app(mode: AppMode, base_url: str, prefix: str) -> Any:
    import django
    from django.conf import settings
    from django.core.handlers.asgi import ASGIHandler

    settings.configure(
        DEBUG=False,
        SECRET_KEY="benchmark-only",
        ALLOWED_HOSTS=["*"],
        ROOT_URLCONF=__name__,
        MIDDLEWARE=[],
        INSTALLED_APPS=[],
        DATABASES={},
        LOGGING_CONFIG=None,
    )
    django.setup(set_prefix=False)
    _django.update(mode=mode, base_url=base_url)
    if mode == "bare":
        return ASGIHandler()
    from wixvisitor.integrations.django import asgi_application

    visitors = _visitors(mode, base_url, prefix)
    return asgi_application(
        visitors, mode=_integration_mode(mode), settings=SETTINGS, application=ASGIHandler()
    )


def _urlpatterns() -> list[Any]:
    try:
        from django.urls import path
    except ImportError:  # the module is also imported for Starlette and Litestar
        return []
    return [path("", _home), path("account", _account), path("cart", _cart)]


urlpatterns = _urlpatterns()
BUILDERS = {"starlette": starlette_app, "litestar": litestar_app, "django": django_app}
