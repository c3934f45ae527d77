"""Visitor sessions for Litestar: one plugin, and the visitor's client as a dependency.

Install with ``pip install 'wixvisitor[litestar]'``::

    from litestar import Litestar, get
    import wixvisitor as wv
    from wixvisitor.integrations.litestar import VisitorClient, VisitorSessionsPlugin

    @get("/cart")
    async def cart(wix: VisitorClient) -> dict[str, object] | None:
        return await wix.current_cart.get()

    visitors = wv.Visitors(CLIENT_ID, store=wv.stores.MemoryTokenStore(max_size=100_000))
    app = Litestar([cart], plugins=[VisitorSessionsPlugin(visitors, mode="cookie")])

The plugin adds :class:`~wixvisitor.integrations.asgi.VisitorSessionMiddleware` (so
the cookie rides on every response: returned, raised ``HTTPException``, streamed),
provides the ``wix`` dependency (:data:`VisitorClient`: the visitor's client with its
session read), and
closes ``visitors`` when the app shuts down. ``mode="cookie"`` keeps the tokens in
the ``wixSession`` cookie in the JS SDK's format; ``mode="server"`` keeps an opaque
session id there and the tokens in the Visitors' store.
"""

from __future__ import annotations

from typing import Any

from .._cookie import CookieSettings
from ..client import Visitors, WixClient
from ..errors import MissingDependencyError
from ..tokens import Tokens
from .asgi import Mode, VisitorSessionMiddleware, session_of

try:
    from litestar.config.app import AppConfig
    from litestar.connection import ASGIConnection
    from litestar.di import NamedDependency, Provide
    from litestar.middleware import DefineMiddleware
    from litestar.plugins import InitPlugin
except ImportError as exc:  # pragma: no cover - exercised without the extra installed
    raise MissingDependencyError("litestar", "litestar") from exc

__all__ = [
    "Mode",
    "VisitorClient",
    "VisitorSessionsPlugin",
    "log_in",
    "log_out",
    "visitor_client",
]

_NO_PLUGIN = "add VisitorSessionsPlugin(visitors) to the app's plugins"
_AnyConnection = ASGIConnection[Any, Any, Any, Any]

#: The requesting visitor's client, as a dependency: ``async def view(wix: VisitorClient)``
#: (the parameter's name is the plugin's ``dependency``, ``wix`` unless told otherwise).
VisitorClient = NamedDependency[WixClient]


class VisitorSessionsPlugin(InitPlugin):
    """Give every request of a Litestar app a visitor session.

    ``dependency`` names the handler parameter that receives the visitor's client
    (``wix`` by default). ``settings=CookieSettings(secure=False)`` for local http.
    With ``owns_visitors`` (the default) ``visitors`` is closed at shutdown.
    """

    __slots__ = ("dependency", "mode", "owns_visitors", "settings", "visitors")

    def __init__(
        self,
        visitors: Visitors,
        *,
        mode: Mode = "cookie",
        settings: CookieSettings | None = None,
        dependency: str = "wix",
        owns_visitors: bool = True,
    ) -> None:
        self.visitors = visitors
        self.mode: Mode = mode
        self.settings = settings
        self.dependency = dependency
        self.owns_visitors = owns_visitors

    def on_app_init(self, app_config: AppConfig) -> AppConfig:
        """Add the middleware, the dependency and the shutdown hook to the app."""
        app_config.middleware.append(
            DefineMiddleware(
                VisitorSessionMiddleware,
                visitors=self.visitors,
                mode=self.mode,
                settings=self.settings,
            )
        )
        app_config.dependencies[self.dependency] = Provide(_visitor_dependency)
        if self.owns_visitors:
            app_config.on_shutdown.append(self.visitors.aclose)
        return app_config


async def _visitor_dependency(request: _AnyConnection) -> WixClient:
    # Reads the session (server mode: one store load) so logged_in() is right at once.
    return await session_of(request.scope, _NO_PLUGIN).load()


def visitor_client(connection: _AnyConnection) -> WixClient:
    """The :class:`~wixvisitor.WixClient` of the visitor making this request (lazy).

    For code that has the request but is no handler; handlers take the ``wix`` dependency.
    """
    return session_of(connection.scope, _NO_PLUGIN).client


async def log_in(connection: _AnyConnection, tokens: Tokens) -> WixClient:
    """Make the requesting visitor the member of ``tokens``; returns the client to use now.

    The response carries the member session: its tokens in cookie mode, a new session
    id in server mode (the old id stops working).
    """
    return await session_of(connection.scope, _NO_PLUGIN).log_in(tokens)


async def log_out(connection: _AnyConnection, original_url: str) -> str:
    """Log the requesting member out: the Wix logout URL to redirect the browser to."""
    return await session_of(connection.scope, _NO_PLUGIN).log_out(original_url)
