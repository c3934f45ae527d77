"""The emulator's ``aiohttp.web`` application: routes, counting, request ids."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from aiohttp import web
from aiohttp.typedefs import Handler

from . import (
    _admin,
    _api,
    _authorize,
    _bookings_api,
    _carts_by_id,
    _catalog_v1_routes,
    _checkout_api,
    _cors,
    _identity_api,
    _not_emulated,
    _products_api,
    _redirects,
)
from ._http import MAX_BODY_BYTES, STATE_KEY, Refusal, system_error
from ._oauth import token_endpoint
from ._state import EmulatorState

_log = logging.getLogger("wixvisitor.emulator")

_ADMIN_PREFIX = "/_emulator/"
_TOKEN_PATH = "/oauth2/token"  # noqa: S105 -- a path, not a secret


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

    Wix API calls from browser pages get CORS answers (see ``_cors.py``); preflights are
    answered here and not counted.
    """
    state = request.app[STATE_KEY]
    # Admin endpoints and hosted pages (what a browser opens) are not Wix API calls.
    admin = request.path.startswith((_ADMIN_PREFIX, _redirects.HOSTED + "/", "/oauth2/authorize"))
    if not admin and _cors.is_preflight(request):
        preflight = _cors.preflight(request)
        preflight.headers["x-wix-request-id"] = state.request_id()
        return preflight
    if not admin:
        if request.method == "POST" and request.path == _TOKEN_PATH:
            state.stats.token_calls += 1
        else:
            state.stats.api_calls += 1
    try:
        unmatched = None if admin else request.match_info.http_exception
        if unmatched is not None and _not_emulated.applies(request, unmatched):
            # No route serves this Wix API: 501 NOT_EMULATED naming it, never a bare 404.
            response: web.StreamResponse = _not_emulated.not_emulated(request)
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
        _cors.allow(request, response)
    return response


async def _release_hanging_faults(app: web.Application) -> None:
    app[STATE_KEY].closing.set()


def build_app(state: EmulatorState) -> web.Application:
    """An application serving ``state`` (what :class:`Emulator` runs)."""
    app = web.Application(middlewares=[_wix_edge], client_max_size=MAX_BODY_BYTES)
    app[STATE_KEY] = state
    # Shutdown must not wait out a "timeout" fault's hang, whoever runs the app.
    app.on_shutdown.append(_release_hanging_faults)
    app.router.add_post(_TOKEN_PATH, token_endpoint)
    app.router.add_get("/ecom/v1/carts/current", _api.get_current_cart)
    app.router.add_post("/ecom/v1/carts/current/add-to-cart", _api.add_to_current_cart)
    app.router.add_post(
        "/ecom/v1/carts/current/update-line-items-quantity", _api.update_line_items_quantity
    )
    app.router.add_post("/ecom/v1/carts/current/remove-line-items", _api.remove_line_items)
    app.router.add_post("/ecom/v1/carts/current/estimate-totals", _api.estimate_totals)
    app.router.add_delete("/ecom/v1/carts/current", _api.delete_current_cart)
    for read in ("search", "query", "count"):
        handler = getattr(_products_api, read)
        app.router.add_get(f"/stores/v3/products/{read}", handler)
        app.router.add_post(f"/stores/v3/products/{read}", handler)
    app.router.add_get("/stores/v3/products/slug/{slug}", _products_api.get_product_by_slug)
    app.router.add_get("/stores/v3/products/{productId}", _products_api.get_product)
    app.router.add_post("/ecom/v1/carts/current/create-checkout", _checkout_api.create_checkout)
    for prefix in ("/_api/redirects-api", "/redirects-api", "/headless"):
        app.router.add_post(f"{prefix}/v1/redirect-session", _redirects.create_redirect_session)
    app.router.add_get(_redirects.HOSTED + "/r/{session_id}", _redirects.short_url)
    app.router.add_get(_redirects.HOSTED + "/checkout/{session_id}", _checkout_api.checkout_page)
    app.router.add_post(
        _redirects.HOSTED + "/checkout/{session_id}/place-order", _checkout_api.place_order
    )
    app.router.add_get(_ADMIN_PREFIX + "stats", _admin.stats)
    app.router.add_post(_ADMIN_PREFIX + "advance", _admin.advance)
    app.router.add_post(_ADMIN_PREFIX + "faults", _admin.faults)
    app.router.add_post(_ADMIN_PREFIX + "revoke", _admin.revoke)
    app.router.add_post(_ADMIN_PREFIX + "visitor", _admin.visitor)
    app.router.add_post(_ADMIN_PREFIX + "reset", _admin.reset)
    app.router.add_get(_ADMIN_PREFIX + "orders", _admin.orders)
    app.router.add_post(_ADMIN_PREFIX + "members", _admin.add_member)
    app.router.add_post(_ADMIN_PREFIX + "member-settings", _admin.member_settings)
    app.router.add_post(_ADMIN_PREFIX + "approve", _admin.approve_member)
    app.router.add_get(_ADMIN_PREFIX + "verification-code", _admin.verification_code)
    for iam in ("/_api/iam", "/iam"):
        app.router.add_post(f"{iam}/authentication/v2/login", _identity_api.login)
        app.router.add_post(f"{iam}/authentication/v2/register", _identity_api.register)
        app.router.add_post(f"{iam}/verification/v1/auth/verify", _identity_api.verify)
        app.router.add_post(f"{iam}/recovery/v1/send-email", _identity_api.send_recovery_email)
    app.router.add_get("/members/v1/members/my", _identity_api.current_member)
    app.router.add_get("/oauth2/authorize", _authorize.authorize)
    app.router.add_post("/oauth2/authorize", _authorize.authorize)
    app.router.add_get(_redirects.HOSTED + "/logout/{session_id}", _authorize.logout_page)
    _carts_by_id.add_routes(app)  # after /ecom/v1/carts/current/..., which must win
    _bookings_api.add_routes(app)
    _catalog_v1_routes.add_routes(app)
    return app


def create_app(
    *,
    client_id: str | None = None,
    access_ttl: int = 14_400,
    seed: int | None = None,
    clock: Callable[[], float] = time.time,
    catalog: str = "V3",
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
        client_id=client_id, access_ttl=access_ttl, seed=seed, clock=clock, catalog=catalog
    )
    return build_app(state)
