"""Visitor sessions for FastAPI (and any Starlette app): a middleware and a dependency.

Install with ``pip install 'wixvisitor[fastapi]'``::

    from fastapi import FastAPI
    import wixvisitor as wv
    from wixvisitor.integrations.fastapi import VisitorClient, VisitorSessionMiddleware, lifespan

    visitors = wv.Visitors(CLIENT_ID, store=wv.stores.MemoryTokenStore(max_size=100_000))
    app = FastAPI(lifespan=lifespan(visitors))
    app.add_middleware(VisitorSessionMiddleware, visitors=visitors, mode="cookie")

    @app.get("/cart")
    async def cart(wix: VisitorClient) -> dict[str, object] | None:
        return await wix.current_cart.get()

``mode="cookie"`` (the default) keeps the tokens in the visitor's ``wixSession``
cookie, in the JS SDK's format; the Visitors' store then only lets concurrent
requests of one visitor share a renewal, so a bounded memory store is enough.
``mode="server"`` keeps an opaque session id in the cookie and the tokens in the
:class:`~wixvisitor.Visitors`' store (a ``RedisTokenStore`` for a fleet). The
middleware is pure ASGI, so the cookie is written on every kind of response
(returned, raised ``HTTPException``, streamed: as long as the tokens changed before
the response started), and only when the tokens changed.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Annotated, Any

from .._cookie import CookieSettings
from ..client import Visitors, WixClient
from ..errors import MissingDependencyError
from ..tokens import Tokens
from ._sessions import Mode, RequestSession, VisitorSessions

try:
    from fastapi import Depends
    from starlette.requests import HTTPConnection
    from starlette.types import ASGIApp, Message, Receive, Scope, Send
except ImportError as exc:  # pragma: no cover - exercised without the extra installed
    raise MissingDependencyError("fastapi", "fastapi") from exc

__all__ = [
    "Mode",
    "VisitorClient",
    "VisitorSessionMiddleware",
    "lifespan",
    "log_in",
    "log_out",
    "visitor_client",
]

_SCOPE_KEY = "wixvisitor.session"

_Lifespan = Callable[[Any], AbstractAsyncContextManager[Mapping[str, Any] | None]]


class VisitorSessionMiddleware:
    """Pure ASGI middleware giving every HTTP request a visitor session.

    ``visitors`` is the app-wide :class:`~wixvisitor.Visitors` (close it with
    :func:`lifespan`); ``mode`` is ``"cookie"`` or ``"server"``; ``settings`` says
    how the cookie is written (``CookieSettings(secure=False)`` for local http).
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        visitors: Visitors,
        mode: Mode = "cookie",
        settings: CookieSettings | None = None,
    ) -> None:
        self.app = app
        self._sessions = VisitorSessions(visitors, mode, settings or CookieSettings())

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
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
        scope[_SCOPE_KEY] = session  # in place, as Starlette's own SessionMiddleware does

        async def send_with_cookie(message: Message) -> None:
            # http.response.start carries the headers, whatever kind of response it is.
            if message["type"] == "http.response.start":
                header = session.set_cookie_header()
                if header is not None:
                    cookie_header = (b"set-cookie", header.encode("latin-1"))
                    message = {**message, "headers": [*message.get("headers", ()), cookie_header]}
            await send(message)

        await self.app(scope, receive, send_with_cookie)


def visitor_client(connection: HTTPConnection) -> WixClient:
    """The :class:`~wixvisitor.WixClient` of the visitor making this request.

    Callable anywhere the request is at hand; in a route, prefer the :data:`VisitorClient`
    alias (an ``async`` dependency, so it does not go through FastAPI's thread pool).
    """
    return _session(connection).client


async def log_in(connection: HTTPConnection, tokens: Tokens) -> WixClient:
    """Make the requesting visitor the member of ``tokens``; returns the client to use now.

    The response carries the member session: its tokens in cookie mode, a new session
    id in server mode (the old id stops working).
    """
    return await _session(connection).log_in(tokens)


async def log_out(connection: HTTPConnection, original_url: str) -> str:
    """Log the requesting member out: the Wix logout URL to redirect the browser to."""
    return await _session(connection).log_out(original_url)


def _session(connection: HTTPConnection) -> RequestSession:
    session = connection.scope.get(_SCOPE_KEY)
    if not isinstance(session, RequestSession):
        raise RuntimeError(
            "no visitor session on this request: add VisitorSessionMiddleware to the app"
        )
    return session


async def _visitor_client_dependency(connection: HTTPConnection) -> WixClient:
    # An ``async def`` dependency runs on the event loop; a plain ``def`` one would be
    # sent to FastAPI's thread pool on every request, halving throughput. It reads the
    # session (server mode: one store load) so logged_in() is right before any call.
    return await _session(connection).load()


#: The requesting visitor's client, as a dependency: ``async def view(wix: VisitorClient)``.
VisitorClient = Annotated[WixClient, Depends(_visitor_client_dependency)]


def lifespan(visitors: Visitors, wrapped: _Lifespan | None = None) -> _Lifespan:
    """A FastAPI lifespan that closes ``visitors`` when the app shuts down.

    ``wrapped``, an app's own lifespan, runs inside it and its state is passed on:
    ``FastAPI(lifespan=lifespan(visitors, my_lifespan))``.
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
