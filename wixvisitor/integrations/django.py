"""Visitor sessions for Django served over ASGI: async views get the visitor's client.

Install with ``pip install 'wixvisitor[django]'``. In the project's ``asgi.py``::

    import os
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shop.settings")
    import wixvisitor as wv
    from wixvisitor.integrations.django import asgi_application

    visitors = wv.Visitors(CLIENT_ID, store=wv.stores.MemoryTokenStore(max_size=100_000))
    application = asgi_application(visitors, mode="cookie")

and in an async view::

    from django.http import JsonResponse
    from wixvisitor.integrations.django import visitor

    async def cart(request):
        wix = await visitor(request)
        return JsonResponse({"cart": await wix.current_cart.get()})

:func:`asgi_application` wraps Django's ASGI handler in
:class:`~wixvisitor.integrations.asgi.VisitorSessionMiddleware` (so the cookie rides
on every response Django sends: returned, raised ``Http404``, streamed) and answers
the server's lifespan events itself, closing ``visitors`` at shutdown (Django's
handler has no lifespan). ``mode="cookie"`` keeps the tokens in the ``wixSession``
cookie in the JS SDK's format; ``mode="server"`` keeps an opaque session id there and
the tokens in the Visitors' store. Views must be ``async def``: the client lives on
the server's event loop (a sync view under WSGI has none).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from .._cookie import CookieSettings
from ..client import Visitors, WixClient
from ..errors import MissingDependencyError
from ..tokens import Tokens
from ._request_session import RequestSession
from .asgi import Mode, VisitorSessionMiddleware, session_of

try:
    from django.core.asgi import get_asgi_application
    from django.http import HttpRequest
except ImportError as exc:  # pragma: no cover - exercised without the extra installed
    raise MissingDependencyError("django", "django") from exc

__all__ = ["Mode", "asgi_application", "log_in", "log_out", "visitor", "visitor_client"]

_Scope = dict[str, Any]
#: An ASGI application: what ``asgi_application`` returns, for the server to serve.
_ASGIApp = Callable[[Any, Any, Any], Awaitable[None]]
_NO_MIDDLEWARE = "serve the project with wixvisitor.integrations.django.asgi_application"


def asgi_application(
    visitors: Visitors,
    *,
    mode: Mode = "cookie",
    settings: CookieSettings | None = None,
    application: Any = None,
) -> _ASGIApp:
    """The project's ASGI application with a visitor session on every request.

    ``application`` is Django's (``get_asgi_application()``, made here when not given;
    configure the settings module first). ``settings=CookieSettings(secure=False)`` for
    local development over http. ``visitors`` is closed when the server shuts down.
    """
    django_app: Any = application if application is not None else get_asgi_application()
    sessions = VisitorSessionMiddleware(django_app, visitors=visitors, mode=mode, settings=settings)
    return _ClosingLifespan(sessions, visitors)


class _ClosingLifespan:
    """Answers the ASGI lifespan events (Django does not) and closes the Visitors."""

    def __init__(self, app: VisitorSessionMiddleware, visitors: Visitors) -> None:
        self.app = app
        self.visitors = visitors

    async def __call__(self, scope: _Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "lifespan":
            await self.app(scope, receive, send)
            return
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self.visitors.aclose()
                await send({"type": "lifespan.shutdown.complete"})
                return


def visitor_client(request: HttpRequest) -> WixClient:
    """The :class:`~wixvisitor.WixClient` of the visitor making ``request``.

    Lazy: in server mode the session is read from the store when the client first
    needs a token. To ask ``auth.logged_in()`` before any Wix call, use :func:`visitor`.
    """
    return _session(request).client


def visitor(request: HttpRequest) -> Coroutine[Any, Any, WixClient]:
    """The visitor's client with the session already read (server mode: one store load).

    ``wix = await visitor(request)``: ``wix.auth.logged_in()`` is then right at once.
    """
    return _session(request).load()


async def log_in(request: HttpRequest, tokens: Tokens) -> WixClient:
    """Make the requesting visitor the member of ``tokens``; returns the client to use now.

    The response carries the member session: its tokens in cookie mode, a new session
    id in server mode (the old id stops working).
    """
    return await _session(request).log_in(tokens)


async def log_out(request: HttpRequest, original_url: str) -> str:
    """Log the requesting member out: the Wix logout URL to redirect the browser to."""
    return await _session(request).log_out(original_url)


def _session(request: HttpRequest) -> RequestSession:
    scope = getattr(request, "scope", None)  # an ASGIRequest's; a WSGI request has none
    return session_of(scope if scope is not None else {}, _NO_MIDDLEWARE)
