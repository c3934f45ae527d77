"""Response helpers shared by the handlers: Wix's error shapes, JSON bodies."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from aiohttp import web

from .._state import AccessGrant, AuthError, EmulatorState

#: Where the application keeps its :class:`EmulatorState`.
STATE_KEY = web.AppKey("wixvisitor_emulator_state", EmulatorState)

#: Largest request body accepted; bigger ones are answered 413.
MAX_BODY_BYTES = 64 * 1024


class BadBody(ValueError):
    """A request body that is not what the endpoint takes."""


def json_response(
    body: Mapping[str, Any], status: int = 200, headers: Mapping[str, str] | None = None
) -> web.Response:
    """A JSON answer."""
    return web.json_response(dict(body), status=status, headers=headers)


def wix_error(status: int, message: str, code: str, description: str) -> web.Response:
    """An answer in Wix's application-error shape."""
    details = {"applicationError": {"code": code, "description": description, "data": {}}}
    return json_response({"message": message, "details": details}, status)


def validation_error(field: str, description: str, rule: str = "VALIDATION_ERROR") -> web.Response:
    """A 400 in Wix's validation-error shape, naming the offending field."""
    violation = {
        "field": field,
        "description": description,
        "violatedRule": "OTHER",
        "ruleName": rule,
        "data": {},
    }
    details = {"validationError": {"fieldViolations": [violation]}}
    return json_response({"message": f"{field}: {description}", "details": details}, 400)


def system_error(status: int, message: str) -> web.Response:
    """A Wix system error: a message and empty details, by design."""
    return json_response({"message": message, "details": {}}, status)


def oauth_error(error: str, description: str, status: int = 400) -> web.Response:
    """An answer of ``/oauth2/token`` refusing the request."""
    body = {"error": error, "error_description": description, "message": description}
    return json_response(body, status, {"Cache-Control": "no-store", "Pragma": "no-cache"})


async def read_json_object(request: web.Request) -> dict[str, Any]:
    """The request body as a JSON object (an empty body reads as ``{}``)."""
    raw = await request.read()
    if not raw.strip():
        return {}
    try:
        data = json.loads(raw)
    except (UnicodeDecodeError, ValueError, RecursionError):  # a deep nest is bad input too
        raise BadBody("the body is not valid JSON") from None
    if not isinstance(data, dict):
        raise BadBody("the body must be a JSON object")
    return data


def authenticate(request: web.Request) -> AccessGrant | web.Response:
    """The caller's access grant, or the 401 to answer instead."""
    try:
        return request.app[STATE_KEY].authenticate(request.headers.get("Authorization"))
    except AuthError as exc:
        return wix_error(401, exc.description, exc.code, exc.description)


class Refusal(Exception):
    """An answer that ends a handler early: raise it, the app's edge middleware returns it."""

    def __init__(self, response: web.Response) -> None:
        super().__init__(response.status)
        self.response = response


async def caller_and_body(request: web.Request) -> tuple[AccessGrant, dict[str, Any]]:
    """The caller's grant and the JSON body, or a :class:`Refusal` (401, or 400 for the body)."""
    caller = authenticate(request)
    if isinstance(caller, web.Response):
        raise Refusal(caller)
    try:
        return caller, await read_json_object(request)
    except BadBody as exc:
        raise Refusal(validation_error("body", str(exc))) from None
