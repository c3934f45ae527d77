"""The emulator's ``aiohttp.web`` application: routes, counting, request ids."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from aiohttp import web
from aiohttp.typedefs import Handler

from . import _admin
from ._admin import ADMIN_PREFIX
from ._state import EmulatorState
from .bookings import routes as bookings_routes
from .categories import routes as categories_routes
from .common import cors, not_emulated
from .common.http import MAX_BODY_BYTES, STATE_KEY, Refusal, system_error
from .ecom import routes as ecom_routes
from .events import routes as events_routes
from .identity import routes as identity_routes
from .members import routes as members_routes
from .redirects import routes as redirects_routes
from .stores import routes as stores_routes

_log = logging.getLogger("wixvisitor.emulator")


def _from_http_exception(exc: web.HTTPException) -> web.Response:
    """Answer aiohttp's own errors (404, 405, 413, ...) in Wix's system-error shape.

    Redirects (hosted pages raise them) pass through with their ``Location``.
    """
    if 300 <= exc.status < 400:
        return web.Response(status=exc.status, headers=exc.headers)
    response = system_error(exc.status, exc.reason)
    if "Allow" in exc.headers:
        response.headers["Allow"] = exc.headers["Allow"]
    return response


@web.middleware
async def _wix_edge(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Count the call, shape errors like Wix, and stamp ``x-wix-request-id`` on every answer.

    Wix API calls from browser pages get CORS answers (see ``common/cors.py``); preflights are
    answered here and not counted.
    """
    state = request.app[STATE_KEY]
    # Admin endpoints and hosted pages (what a browser opens) are not Wix API calls.
    admin = request.path.startswith(
        (ADMIN_PREFIX, redirects_routes.HOSTED + "/", identity_routes.AUTHORIZE_PATH)
    )
    if not admin and cors.is_preflight(request):
        preflight = cors.preflight(request)
        preflight.headers["x-wix-request-id"] = state.request_id()
        return preflight
    if not admin:
        if request.method == "POST" and request.path == identity_routes.TOKEN_PATH:
            state.stats.token_calls += 1
        else:
            state.stats.api_calls += 1
    try:
        unmatched = None if admin else request.match_info.http_exception
        if unmatched is not None and not_emulated.applies(request, unmatched):
            # No route serves this Wix API: 501 NOT_EMULATED naming it, never a bare 404.
            response: web.StreamResponse = not_emulated.not_emulated(request)
        else:
            response = await handler(request)
    except Refusal as refusal:
        response = refusal.response
    except web.HTTPException as exc:
        response = _from_http_exception(exc)
    except Exception:
        # The request line only: bodies and headers may hold token values.
        _log.exception("emulator failed to answer %s %s", request.method, request.path)
        response = system_error(500, "Internal Server Error")
    if not admin and response.status == 401:
        state.stats.unauthorized += 1
    response.headers["x-wix-request-id"] = state.request_id()
    if not admin:
        cors.allow(request, response)
    return response


async def _release_hanging_faults(app: web.Application) -> None:
    app[STATE_KEY].closing.set()


def build_app(state: EmulatorState) -> web.Application:
    """An application serving ``state`` (what :class:`Emulator` runs)."""
    app = web.Application(middlewares=[_wix_edge], client_max_size=MAX_BODY_BYTES)
    app[STATE_KEY] = state
    # Shutdown must not wait out a "timeout" fault's hang, whoever runs the app.
    app.on_shutdown.append(_release_hanging_faults)
    # One area after another; within an area, the order its routes must be matched in.
    for area in (
        identity_routes,
        ecom_routes,
        stores_routes,
        redirects_routes,
        members_routes,
        bookings_routes,
        categories_routes,
        events_routes,
        _admin,
    ):
        area.add_routes(app)
    return app


def create_app(
    *,
    client_id: str | None = None,
    access_ttl: int = 14_400,
    seed: int | None = None,
    clock: Callable[[], float] = time.time,
    catalog: str = "V3",
    payments: bool = True,
) -> web.Application:
    """A fresh emulator as an ``aiohttp.web.Application``, to mount or run yourself.

    Drive it over HTTP with the ``/_emulator/`` admin endpoints. To drive it
    from Python instead, use :class:`Emulator`, which runs the same app.

    >>> from aiohttp import web
    >>> app = create_app(client_id="my-client-id")
    >>> isinstance(app, web.Application)
    True
    """
    state = EmulatorState(
        client_id=client_id,
        access_ttl=access_ttl,
        seed=seed,
        clock=clock,
        catalog=catalog,
        payments=payments,
    )
    return build_app(state)
