"""Redirect sessions (``POST /_api/redirects-api/v1/redirect-session``): where Wix sends a browser.

The body names one intent (``ecomCheckout``, ``auth``, ``logout``, ...) plus
``callbacks`` (``postFlowUrl``, ``thankYouPageUrl``, ...). Each intent is answered
by a handler registered in :data:`INTENTS`; a handler returns the page, on this
emulator, that the session's ``fullUrl`` leads to. Registering another intent is
one line::

    INTENTS["logout"] = my_logout_handler

Emulator choices where Wix does not document them: callback URLs must be absolute
``http``/``https`` URLs (else a 400 validation error naming the field); exactly one
intent per session (else a 400); an intent no handler serves is a 400
``UNSUPPORTED_INTENT``. ``fullUrl`` lives on the host the request came to, so a
browser reaches it wherever the emulator runs; ``shortUrl`` redirects to it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlencode, urlsplit

from aiohttp import web

from .._state import AccessGrant, EmulatorState
from ..common.http import STATE_KEY, caller_and_body, json_response, validation_error, wix_error
from .session import RedirectSession

__all__ = [
    "INTENTS",
    "IntentError",
    "RedirectSession",
    "create_redirect_session",
    "short_url",
]

#: Where hosted pages live on the emulator (checkout, logout, ...).
HOSTED = "/_hosted"


class IntentError(Exception):
    """An intent a handler refuses: answered as a Wix error with ``status`` and ``code``."""

    def __init__(self, status: int, code: str, description: str) -> None:
        super().__init__(description)
        self.status, self.code, self.description = status, code, description


#: ``handler(state, caller, session) -> (path, search_params)`` of the page ``fullUrl`` opens.
IntentHandler = Callable[[EmulatorState, AccessGrant, RedirectSession], tuple[str, dict[str, str]]]

#: The intents this emulator serves, by their name in the request body.
INTENTS: dict[str, IntentHandler] = {}

_KNOWN_INTENTS = (
    "bookingsCheckout", "ecomCheckout", "eventsCheckout", "paidPlansCheckout", "login",
    "logout", "auth", "storesProduct", "bookingsBook", "ecomOrderPaymentRequest",
)  # fmt: skip


def _callbacks(body: Mapping[str, Any]) -> dict[str, str]:
    callbacks = body.get("callbacks") or {}
    if not isinstance(callbacks, Mapping):
        raise _Invalid("callbacks", "must be an object")
    checked = {}
    for name, url in callbacks.items():
        if url is None:
            continue
        parts = urlsplit(url) if isinstance(url, str) else None
        if parts is None or parts.scheme not in ("http", "https") or not parts.netloc:
            raise _Invalid(f"callbacks.{name}", "must be an absolute http or https URL")
        checked[str(name)] = url
    return checked


class _Invalid(Exception):
    def __init__(self, field: str, description: str) -> None:
        super().__init__(description)
        self.field, self.description = field, description


async def create_redirect_session(request: web.Request) -> web.Response:
    """``POST .../v1/redirect-session``: a session whose ``fullUrl`` the browser opens."""
    caller, body = await caller_and_body(request)
    state = request.app[STATE_KEY]
    try:
        named = [name for name in _KNOWN_INTENTS if body.get(name) is not None]
        if len(named) != 1:
            raise _Invalid("intent", "exactly one redirect intent is required")
        intent, params = named[0], body[named[0]]
        if not isinstance(params, Mapping):
            raise _Invalid(intent, "must be an object")
        callbacks = _callbacks(body)
    except _Invalid as exc:
        return validation_error(exc.field, exc.description)
    handler = INTENTS.get(intent)
    if handler is None:
        description = f"The emulator does not serve the {intent} redirect intent"
        return wix_error(400, description, "UNSUPPORTED_INTENT", description)
    session = RedirectSession(
        state.new_id(),
        intent,
        dict(params),
        callbacks,
        caller.visitor_id,
        state.now(),
        caller_refresh=caller.refresh_value,
    )
    try:
        path, search = handler(state, caller, session)
    except IntentError as exc:
        return wix_error(exc.status, exc.description, exc.code, exc.description)
    state.redirect_sessions[session.id] = session
    origin = str(request.url.origin())
    endpoint = origin + path
    full = endpoint + ("?" + urlencode(search) if search else "")
    session.full_url = full
    answer = {
        "id": session.id,
        "fullUrl": full,
        "shortUrl": f"{origin}{HOSTED}/r/{session.id}",
        "sessionToken": session.token,
        "urlDetails": {"endpoint": endpoint, "searchParams": search},
    }
    return json_response({"redirectSession": answer})


async def short_url(request: web.Request) -> web.Response:
    """``GET /_hosted/r/{id}``: a redirect session's short URL, redirecting to its full URL."""
    session = request.app[STATE_KEY].redirect_sessions.get(request.match_info["session_id"])
    if session is None:
        raise web.HTTPNotFound(text="No such redirect session")
    raise web.HTTPFound(session.full_url)


def add_routes(app: web.Application) -> None:
    """Mount the Redirects API (at each path the SDKs call) and the short URLs on ``app``."""
    for prefix in ("/_api/redirects-api", "/redirects-api", "/headless"):
        app.router.add_post(f"{prefix}/v1/redirect-session", create_redirect_session)
    app.router.add_get(HOSTED + "/r/{session_id}", short_url)
