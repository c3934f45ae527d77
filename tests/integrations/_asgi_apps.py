"""The integration tests' routes as a plain Starlette app and as a Litestar app.

Same routes as conftest's aiohttp and FastAPI apps: /ping (no visitor), /cart, POST
/cart/{id}, a handler's own response, a raised HTTP error and a streamed response.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

from _integration_pages import cart_lines, who
from litestar import Litestar, MediaType, Response, get, post
from litestar.exceptions import NotFoundException
from litestar.params import FromPath, FromQuery
from litestar.response import Stream
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, StreamingResponse
from starlette.routing import Route

import wixvisitor as wv
from wixvisitor.integrations import asgi
from wixvisitor.integrations.litestar import VisitorClient, VisitorSessionsPlugin


def _chunks(lines: dict[str, int]) -> list[bytes]:
    return [b"streamed ", str(len(lines)).encode(), b" lines"]


async def _body(chunks: list[bytes]) -> AsyncIterator[bytes]:
    for chunk in chunks:
        yield chunk


def starlette_app(visitors: wv.Visitors, mode: str, settings: wv.CookieSettings) -> Starlette:
    """The test routes as a Starlette app with no FastAPI: the asgi module alone."""

    async def ping(request: Request) -> JSONResponse:
        return JSONResponse({"ok": True})

    async def whoami(request: Request) -> JSONResponse:
        return JSONResponse(who(await asgi.visitor(request)))

    async def get_cart(request: Request) -> JSONResponse:
        wix = await asgi.visitor(request)
        return JSONResponse(cart_lines(await wix.current_cart.get()))

    async def add(request: Request) -> JSONResponse:
        quantity = int(request.query_params.get("quantity", "1"))
        item = wv.line_item(request.path_params["product_id"], quantity)
        return JSONResponse(cart_lines(await asgi.visitor_client(request).current_cart.add([item])))

    async def own_response(request: Request) -> PlainTextResponse:
        lines = cart_lines(await asgi.visitor_client(request).current_cart.get())
        return PlainTextResponse(f"{len(lines)} lines", headers={"X-Own": "yes"})

    async def raise_http_error(request: Request) -> None:
        await asgi.visitor_client(request).current_cart.get()
        raise HTTPException(404, "no such page")

    async def stream(request: Request) -> StreamingResponse:
        lines = cart_lines(await asgi.visitor_client(request).current_cart.get())
        return StreamingResponse(_body(_chunks(lines)), media_type="text/plain")

    return Starlette(
        routes=[
            Route("/ping", ping),
            Route("/whoami", whoami),
            Route("/cart", get_cart),
            Route("/cart/{product_id}", add, methods=["POST"]),
            Route("/own-response", own_response),
            Route("/raise", raise_http_error),
            Route("/stream", stream),
        ],
        middleware=[
            Middleware(
                asgi.VisitorSessionMiddleware, visitors=visitors, mode=mode, settings=settings
            )
        ],
        lifespan=asgi.lifespan(visitors),
    )


@get("/ping")
async def _ping() -> dict[str, bool]:
    return {"ok": True}


@get("/whoami")
async def _whoami(wix: VisitorClient) -> dict[str, str]:
    return who(wix)


@get("/cart")
async def _get_cart(wix: VisitorClient) -> dict[str, int]:
    return cart_lines(await wix.current_cart.get())


@post("/cart/{product_id:str}", status_code=200)
async def _add(
    wix: VisitorClient, product_id: FromPath[str], quantity: FromQuery[int] = 1
) -> dict[str, int]:
    return cart_lines(await wix.current_cart.add([wv.line_item(product_id, quantity)]))


@get("/own-response")
async def _own_response(wix: VisitorClient) -> Response[str]:
    lines = cart_lines(await wix.current_cart.get())
    return Response(f"{len(lines)} lines", headers={"X-Own": "yes"}, media_type=MediaType.TEXT)


@get("/raise")
async def _raise_http_error(wix: VisitorClient) -> None:
    await wix.current_cart.get()
    raise NotFoundException("no such page")


@get("/stream")
async def _stream(wix: VisitorClient) -> Stream:
    lines = cart_lines(await wix.current_cart.get())
    return Stream(_body(_chunks(lines)), media_type=MediaType.TEXT)


def litestar_app(visitors: wv.Visitors, mode: str, settings: wv.CookieSettings) -> Litestar:
    """The test routes as a Litestar app with the plugin."""
    plugin = VisitorSessionsPlugin(visitors, mode=mode, settings=settings)  # type: ignore[arg-type]
    handlers = [_ping, _whoami, _get_cart, _add, _own_response, _raise_http_error, _stream]
    # logging_config=None: Litestar's default reconfigures the root logger, and the
    # tests read wixvisitor's records from pytest's handler on it.
    return Litestar(handlers, plugins=[plugin], logging_config=None)
