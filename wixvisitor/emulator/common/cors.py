"""Cross-origin access, so the JS SDK running in a browser page can call the emulator.

A page on ``http://localhost:3000`` calling the emulator on another port is cross-origin:
the browser first sends an ``OPTIONS`` preflight (the SDK's ``Authorization``,
``x-wix-bi-gateway`` and ``Content-Type: application/json`` headers are not "simple"), and
then reads the answer, and its ``x-wix-request-id``, only if the emulator allows it. Wix's
API hosts serve browsers the same way.

Emulator choice: every origin is allowed (the emulator serves local development), it is
echoed back rather than ``*``, and no credentials are involved (the SDK sends tokens in
``Authorization``, never in cookies). Admin endpoints and hosted pages are left out: a
web page the developer happens to visit cannot reset the emulator.
"""

from __future__ import annotations

from aiohttp import web

__all__ = ["allow", "is_preflight", "preflight"]

_METHODS = "GET, POST, PUT, PATCH, DELETE"
# What the SDK reads from answers besides the body.
_EXPOSED = "x-wix-request-id, X-Wix-Consistent"
_MAX_AGE = "600"


def is_preflight(request: web.Request) -> bool:
    """Whether ``request`` is a browser's CORS preflight."""
    return (
        request.method == "OPTIONS"
        and "Origin" in request.headers
        and "Access-Control-Request-Method" in request.headers
    )


def preflight(request: web.Request) -> web.Response:
    """``204``: any origin may send any method and the headers it asked for."""
    response = web.Response(status=204)
    allow(request, response)
    response.headers["Access-Control-Allow-Methods"] = _METHODS
    asked = request.headers.get("Access-Control-Request-Headers")
    if asked:
        response.headers["Access-Control-Allow-Headers"] = asked
    response.headers["Access-Control-Max-Age"] = _MAX_AGE
    response.headers.add("Vary", "Access-Control-Request-Headers")
    return response


def allow(request: web.Request, response: web.StreamResponse) -> None:
    """Let the requesting page read ``response`` (nothing to do without an ``Origin``)."""
    origin = request.headers.get("Origin")
    if origin is None:
        return
    response.headers["Access-Control-Allow-Origin"] = origin
    response.headers["Access-Control-Expose-Headers"] = _EXPOSED
    response.headers.add("Vary", "Origin")
