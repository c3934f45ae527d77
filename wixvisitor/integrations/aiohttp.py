"""Visitor sessions for ``aiohttp.web``: every handler gets the requesting visitor's client.

::

    from aiohttp import hdrs, web
    import wixvisitor as wv
    from wixvisitor.integrations.aiohttp import setup, visitor_client

    async def cart(request: web.Request) -> web.Response:
        return web.json_response(await visitor_client(request).current_cart.get())

    app = web.Application()
    app.router.add_get("/cart", cart)
    setup(app, wv.Visitors(CLIENT_ID, store=wv.stores.MemoryTokenStore(max_size=100_000)))

``mode="cookie"`` (the default) keeps the tokens in the visitor's ``wixSession``
cookie, in the JS SDK's format; the Visitors' store then only lets concurrent
requests of one visitor share a renewal, so a bounded memory store is enough.
``mode="server"`` keeps an opaque session id in the cookie and the tokens in the
Visitors' store (a ``RedisTokenStore`` for a fleet). The cookie is written only when
the tokens changed, including on responses the handler returns itself, raised HTTP
errors and streamed responses (as long as the tokens changed before the stream began).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from aiohttp import hdrs, web

from .._cookie import CookieSettings
from ..client import Visitors, WixClient
from ..tokens import Tokens
from ._sessions import Mode, RequestSession, VisitorSessions

__all__ = ["VISITORS_KEY", "Mode", "log_in", "log_out", "setup", "visitor", "visitor_client"]

#: The app's :class:`~wixvisitor.Visitors`: ``request.config_dict[VISITORS_KEY]``.
VISITORS_KEY = web.AppKey("wixvisitor.visitors", Visitors)
_SESSIONS_KEY = web.AppKey("wixvisitor.sessions", VisitorSessions)
_REQUEST_SESSION_KEY = web.RequestKey("wixvisitor.session", RequestSession)


def setup(
    app: web.Application,
    visitors: Visitors,
    *,
    mode: Mode = "cookie",
    settings: CookieSettings | None = None,
    owns_visitors: bool = True,
) -> None:
    """Give every request of ``app`` a visitor session.

    No middleware: a request's session is made the first time a handler (or any
    middleware) calls :func:`visitor_client`, so a page that never uses the visitor pays
    only the response hook that writes the cookie back. With ``owns_visitors`` (the
    default) ``visitors`` is closed on the app's cleanup. Pass
    ``settings=CookieSettings(secure=False)`` for local development over http.
    """
    if _SESSIONS_KEY in app:
        raise RuntimeError("wixvisitor sessions are already set up on this app")
    sessions = VisitorSessions(visitors, mode, settings or CookieSettings())
    app[VISITORS_KEY] = visitors
    app[_SESSIONS_KEY] = sessions
    hook = _write_cookie if mode == "cookie" else _server_cookie_writer(sessions)
    app.on_response_prepare.append(hook)
    if owns_visitors:
        app.on_cleanup.append(_close_visitors)


def visitor_client(request: web.Request) -> WixClient:
    """The :class:`~wixvisitor.WixClient` of the visitor making ``request``.

    Lazy: in server mode the session is read from the store when the client first
    needs a token. To ask ``auth.logged_in()`` before any Wix call, use :func:`visitor`.
    """
    return _session(request).client


def visitor(request: web.Request) -> Coroutine[Any, Any, WixClient]:
    """The visitor's client with the session already read (server mode: one store load).

    ``client = await visitor(request)``. (A plain function returning the coroutine that
    reads the session: one coroutine fewer on every request than an ``async def``.)
    """
    return _session(request).load()


async def log_in(request: web.Request, tokens: Tokens) -> WixClient:
    """Make the requesting visitor the member of ``tokens``; returns the client to use now.

    The response carries the member session: its tokens in cookie mode, a new session
    id in server mode (the old id stops working).

    >>> auth = visitor_client(request).auth
    >>> await log_in(request, await auth.get_member_tokens(code, state, data))  # doctest: +SKIP
    """
    return await _session(request).log_in(tokens)


async def log_out(request: web.Request, original_url: str) -> str:
    """Log the requesting member out: the Wix logout URL to redirect the browser to."""
    return await _session(request).log_out(original_url)


def _session(request: web.Request) -> RequestSession:
    if len(request):  # (an empty request storage is the usual first use: no KeyError)
        try:
            return request[_REQUEST_SESSION_KEY]
        except KeyError:  # the first use in this request: open it from the cookie
            pass
    try:
        sessions = request.app[_SESSIONS_KEY]  # set up on the app serving the request
    except KeyError:
        try:  # or on an app this one is a sub-app of
            sessions = request.config_dict[_SESSIONS_KEY]
        except KeyError:
            raise RuntimeError(
                "no visitor session on this request: call "
                "wixvisitor.integrations.aiohttp.setup(app, visitors) first"
            ) from None
    session = request[_REQUEST_SESSION_KEY] = sessions.open_header(request.headers.get(hdrs.COOKIE))
    return session


async def _write_cookie(request: web.Request, response: web.StreamResponse) -> None:
    # on_response_prepare runs just before the headers go out, whatever made the
    # response: a return, a raised HTTPException or a handler's own prepare().
    try:
        session = request[_REQUEST_SESSION_KEY]
    except KeyError:  # the handler never used the session
        return
    header = session.set_cookie_header()
    if header is not None:
        response.headers.add("Set-Cookie", header)


def _server_cookie_writer(
    sessions: VisitorSessions,
) -> Callable[[web.Request, web.StreamResponse], Awaitable[None]]:
    async def write_server_cookie(request: web.Request, response: web.StreamResponse) -> None:
        try:
            session = request[_REQUEST_SESSION_KEY]
        except KeyError:  # unused; a cookie that is no session id at all is cleared at once
            header = request.headers.get(hdrs.COOKIE)
            if header is not None and sessions.rejects(header):
                response.headers.add("Set-Cookie", sessions.clearing_cookie())
            return
        header = session.set_cookie_header()
        if header is not None:
            response.headers.add("Set-Cookie", header)

    return write_server_cookie


async def _close_visitors(app: web.Application) -> None:
    await app[VISITORS_KEY].aclose()
