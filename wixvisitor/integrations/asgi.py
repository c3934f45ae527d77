"""Visitor sessions for any ASGI app (Starlette, FastAPI, Litestar, Django): one middleware.

No web framework is imported: this is the core the FastAPI, Litestar and Django
integrations are built on, and all a plain Starlette app needs::

    from starlette.applications import Starlette
    from starlette.middleware import Middleware
    from starlette.responses import JSONResponse
    from starlette.routing import Route
    import wixvisitor as wv
    from wixvisitor.integrations.asgi import VisitorSessionMiddleware, lifespan, visitor

    async def cart(request):
        wix = await visitor(request)  # a Starlette Request is a mapping over its scope
        return JSONResponse(await wix.current_cart.get())

    visitors = wv.Visitors(CLIENT_ID, store=wv.stores.MemoryTokenStore(max_size=100_000))
    app = Starlette(
        routes=[Route("/cart", cart)],
        middleware=[Middleware(VisitorSessionMiddleware, visitors=visitors)],
        lifespan=lifespan(visitors),
    )

``mode="cookie"`` (the default) keeps the tokens in the visitor's ``wixSession``
cookie, in the JS SDK's format; ``mode="server"`` keeps an opaque session id in the
cookie and the tokens in the Visitors' store. The middleware adds ``Set-Cookie`` to
the ``http.response.start`` message, so every kind of response carries it (returned,
raised, streamed: as long as the tokens changed before the response started), and
only when the tokens changed.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Mapping, MutableMapping
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any

from .._cookie import CookieSettings
from ..client import Visitors, WixClient
from ..tokens import Tokens
from ._request_session import RequestSession
from ._sessions import Mode, VisitorSessions

__all__ = [
    "SCOPE_KEY",
    "Mode",
    "VisitorSessionMiddleware",
    "lifespan",
    "log_in",
    "log_out",
    "visitor",
    "visitor_client",
]

#: Where the middleware keeps the request's session in the ASGI scope.
SCOPE_KEY = "wixvisitor.session"

# Each framework types the ASGI scope and messages its own way (TypedDicts, mappings):
# the middleware accepts any of them.
_ASGIApp = Callable[..., Awaitable[None]]
_Message = MutableMapping[str, Any]
_Lifespan = Callable[[Any], AbstractAsyncContextManager[Mapping[str, Any] | None]]
_NO_MIDDLEWARE = "add wixvisitor's VisitorSessionMiddleware to the app"


class VisitorSessionMiddleware:
    """Pure ASGI middleware giving every HTTP request a visitor session.

    ``visitors`` is the app-wide :class:`~wixvisitor.Visitors` (close it with
    :func:`lifespan` or your framework's shutdown hook); ``mode`` is ``"cookie"`` or
    ``"server"``; ``settings`` says how the cookie is written
    (``CookieSettings(secure=False)`` for local http).
    """

    def __init__(
        self,
        app: _ASGIApp,
        *,
        visitors: Visitors,
        mode: Mode = "cookie",
        settings: CookieSettings | None = None,
    ) -> None:
        self.app = app
        self._sessions = VisitorSessions(visitors, mode, settings or CookieSettings())

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        """Serve one ASGI connection, opening its visitor session if it is HTTP."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        values = [v for k, v in scope["headers"] if k == b"cookie"]
        header = (
            values[0].decode("latin-1")
            if len(values) == 1
            else b"; ".join(values).decode("latin-1")
        )
        session = self._sessions.open_header(header)
        scope[SCOPE_KEY] = session  # in place, as Starlette's own SessionMiddleware does

        async def send_with_cookie(message: _Message) -> None:
            # http.response.start carries the headers, whatever kind of response it is.
            if message["type"] == "http.response.start":
                header = session.set_cookie_header()
                if header is not None:
                    cookie_header = (b"set-cookie", header.encode("latin-1"))
                    message = {**message, "headers": [*message.get("headers", ()), cookie_header]}
            await send(message)

        await self.app(scope, receive, send_with_cookie)


def visitor_client(scope: Mapping[str, Any]) -> WixClient:
    """The :class:`~wixvisitor.WixClient` of the visitor making the request of ``scope``.

    ``scope`` is the ASGI scope, or anything that maps it (a Starlette ``Request``).
    Lazy: in server mode the session is read from the store when the client first
    needs a token. To ask ``auth.logged_in()`` before any Wix call, use :func:`visitor`.
    """
    return session_of(scope, _NO_MIDDLEWARE).client


def visitor(scope: Mapping[str, Any]) -> Coroutine[Any, Any, WixClient]:
    """The visitor's client with the session already read (server mode: one store load).

    ``wix = await visitor(request)``.
    """
    return session_of(scope, _NO_MIDDLEWARE).load()


async def log_in(scope: Mapping[str, Any], tokens: Tokens) -> WixClient:
    """Make the requesting visitor the member of ``tokens``; returns the client to use now.

    The response carries the member session: its tokens in cookie mode, a new session
    id in server mode (the old id stops working).
    """
    return await session_of(scope, _NO_MIDDLEWARE).log_in(tokens)


async def log_out(scope: Mapping[str, Any], original_url: str) -> str:
    """Log the requesting member out: the Wix logout URL to redirect the browser to."""
    return await session_of(scope, _NO_MIDDLEWARE).log_out(original_url)


def session_of(scope: Mapping[str, Any], fix: str) -> RequestSession:
    """The request's session the middleware opened; ``fix`` says what to do if none."""
    session = scope.get(SCOPE_KEY)
    if not isinstance(session, RequestSession):
        raise RuntimeError(f"no visitor session on this request: {fix}")
    return session


def lifespan(visitors: Visitors, wrapped: _Lifespan | None = None) -> _Lifespan:
    """A lifespan (Starlette, FastAPI, Litestar) that closes ``visitors`` at shutdown.

    ``wrapped``, an app's own lifespan, runs inside it and its state is passed on:
    ``Starlette(lifespan=lifespan(visitors, my_lifespan))``.
    """

    @asynccontextmanager
    async def visitors_lifespan(app: Any) -> AsyncIterator[Mapping[str, Any] | None]:
        try:
            if wrapped is None:
                yield None
            else:
                async with wrapped(app) as state:
                    yield state
        finally:
            await visitors.aclose()

    return visitors_lifespan
