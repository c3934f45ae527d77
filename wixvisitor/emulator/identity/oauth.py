"""``POST /oauth2/token``: the anonymous, refresh_token and authorization_code grants, and faults.

The ``authorization_code`` grant (member login, PKCE) is checked in ``identity/authorize.py``.
"""

from __future__ import annotations

import asyncio
import contextlib
import http
import json
import urllib.parse
from typing import Any

from aiohttp import web

from .._state import EmulatorState, GrantError
from ..common.http import STATE_KEY, json_response, oauth_error, system_error
from .authorize import exchange_code
from .faults import Fault

#: Body keys in either spelling, by their camelCase name.
_KEYS = {
    "clientId": ("clientId", "client_id"),
    "grantType": ("grantType", "grant_type"),
    "refreshToken": ("refreshToken", "refresh_token"),
    "code": ("code",),
    "codeVerifier": ("codeVerifier", "code_verifier"),
    "redirectUri": ("redirectUri", "redirect_uri"),
}

_GRANT_COUNTERS = {
    "anonymous": "anonymous",
    "refresh_token": "refresh",
    "authorization_code": "authorization_code",
}

_NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}


class _InvalidRequest(ValueError):
    pass


def _parse_body(raw: bytes, content_type: str) -> dict[str, str]:
    """The token request's fields by camelCase name, from JSON or a form."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _InvalidRequest("The request body is not UTF-8") from None
    is_json = content_type == "application/json" or content_type.endswith("+json")
    if content_type != "application/x-www-form-urlencoded" and (
        is_json or text.lstrip().startswith("{")
    ):
        try:
            data: Any = json.loads(text) if text.strip() else {}
        except ValueError:
            raise _InvalidRequest("The request body is not valid JSON") from None
        if not isinstance(data, dict):
            raise _InvalidRequest("The request body must be a JSON object")
    else:
        data = {k: v[0] for k, v in urllib.parse.parse_qs(text, keep_blank_values=True).items()}
    fields: dict[str, str] = {}
    for name, spellings in _KEYS.items():
        for key in spellings:
            value = data.get(key)
            if value is None or value == "":
                continue
            if not isinstance(value, str):
                raise _InvalidRequest(f"{name} must be a string")
            fields[name] = value
            break
    return fields


async def _serve_fault(request: web.Request, state: EmulatorState, fault: Fault) -> web.Response:
    if fault.kind == "disconnect":
        if request.transport is not None:
            request.transport.close()
        return web.Response(status=503)  # never written: the connection is gone
    if fault.kind == "garbage":
        body = "<html><head><title>Wix</title></head><body>Oops</body></html>"
        return web.Response(status=200, text=body, content_type="text/html")
    if fault.kind == "timeout":
        with contextlib.suppress(TimeoutError):  # a shutdown ends the hang early
            await asyncio.wait_for(state.closing.wait(), fault.hang)
        return system_error(504, "Gateway Timeout")
    headers: dict[str, str] = {}
    if fault.retry_after is not None:
        # Whole seconds per RFC 9110; fractions only when a test asks for them.
        headers["Retry-After"] = f"{fault.retry_after:g}"
    try:
        phrase = http.HTTPStatus(fault.status).phrase
    except ValueError:
        phrase = "Error"
    return json_response({"message": phrase, "details": {}}, fault.status, headers)


async def token_endpoint(request: web.Request) -> web.Response:
    """Answer ``POST /oauth2/token`` as Wix does (JSON or form, camelCase or snake_case)."""
    state = request.app[STATE_KEY]
    raw = await request.read()
    try:
        fields: dict[str, str] | None = _parse_body(raw, request.content_type)
        problem = None
    except _InvalidRequest as exc:
        fields, problem = None, str(exc)
    grant = (fields or {}).get("grantType")
    if grant in _GRANT_COUNTERS:
        counter = _GRANT_COUNTERS[grant]
        setattr(state.stats, counter, getattr(state.stats, counter) + 1)
    fault = state.faults.next_fault()
    if fault is not None:
        state.stats.faults += 1
        return await _serve_fault(request, state, fault)
    if fields is None:
        return oauth_error("invalid_request", problem or "Malformed request")
    return _grant(state, fields)


def _grant(state: EmulatorState, fields: dict[str, str]) -> web.Response:
    grant, client_id = fields.get("grantType"), fields.get("clientId")
    if grant is None:
        return oauth_error("invalid_request", "grantType is required")
    if grant not in _GRANT_COUNTERS:
        return oauth_error("unsupported_grant_type", f"Unsupported grant type: {grant}")
    if client_id is not None and state.client_id is not None and client_id != state.client_id:
        return oauth_error("invalid_client", "Unknown client id")
    try:
        if grant == "anonymous":
            if client_id is None:
                return oauth_error("invalid_client", "clientId is required")
            access = state.mint_anonymous(client_id)
        elif grant == "authorization_code":
            if fields.get("code") is None or fields.get("codeVerifier") is None:
                return oauth_error("invalid_request", "code and codeVerifier are required")
            access = exchange_code(state, fields)
        else:
            refresh_token = fields.get("refreshToken")
            if refresh_token is None:
                return oauth_error("invalid_request", "refreshToken is required")
            access = state.renew(refresh_token, client_id)
    except GrantError as exc:
        return oauth_error(exc.error, exc.description)
    body = {
        "access_token": access.value,
        "token_type": "Bearer",
        "expires_in": state.access_ttl,
        "refresh_token": access.refresh_value,
    }
    return json_response(body, headers=_NO_STORE)
