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
middleware and :func:`lifespan` are :mod:`wixvisitor.integrations.asgi`'s (pure
ASGI), so the cookie is written on every kind of response (returned, raised
``HTTPException``, streamed: as long as the tokens changed before the response
started), and only when the tokens changed.
"""

from __future__ import annotations

from typing import Annotated

from ..client import WixClient
from ..errors import MissingDependencyError
from ..tokens import Tokens
from ._request_session import RequestSession
from .asgi import Mode, VisitorSessionMiddleware, lifespan, session_of

try:
    from fastapi import Depends
    from starlette.requests import HTTPConnection
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

_NO_MIDDLEWARE = "add VisitorSessionMiddleware to the app"


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
    return session_of(connection.scope, _NO_MIDDLEWARE)


async def _visitor_client_dependency(connection: HTTPConnection) -> WixClient:
    # An ``async def`` dependency runs on the event loop; a plain ``def`` one would be
    # sent to FastAPI's thread pool on every request, halving throughput. It reads the
    # session (server mode: one store load) so logged_in() is right before any call.
    return await _session(connection).load()


#: The requesting visitor's client, as a dependency: ``async def view(wix: VisitorClient)``.
VisitorClient = Annotated[WixClient, Depends(_visitor_client_dependency)]
