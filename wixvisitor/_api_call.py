"""One Wix API call on behalf of a visitor: the header, the 401 recovery, the error mapping.

:class:`~wixvisitor.WixClient` makes its calls through :func:`call_api`, and so do the
strategy's member flows (login, redirect sessions), which must not depend on the client.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from typing import Any, Protocol

import aiohttp

from ._http import SessionHolder
from ._paths import check_path
from ._telemetry.telemetry import telemetry_of
from .errors import WixApiError
from .tokens import Tokens

__all__ = ["MAX_ANSWER_SIZE", "Authorizer", "call_api"]

#: Largest API answer read; a larger one raises WixApiError instead of filling memory.
MAX_ANSWER_SIZE = 16 * 1024 * 1024


class Authorizer(Protocol):
    """What a call needs of a session: the header, and a renewal after a 401."""

    async def get_auth_headers(self) -> dict[str, str]:
        """``{"Authorization": <access token>}``."""
        ...

    async def recover_from_unauthorized(self, rejected_access_token: str) -> Tokens:
        """Renew once after Wix refused ``rejected_access_token``."""
        ...


async def call_api(
    auth: Authorizer,
    http: SessionHolder,
    base_url: str,
    method: str,
    path: str,
    *,
    timeout: aiohttp.ClientTimeout,
    json: Any = None,
    params: Mapping[str, str] | None = None,
    headers: Mapping[str, str] | None = None,
    final_codes: Collection[str] = (),
) -> Any:
    """Call ``method base_url+path`` with ``auth``'s token; a 401 renews once, retries once.

    A 401 whose Wix error code is in ``final_codes`` is an answer about the request,
    not the token (the identity API's wrong password): it is raised, never retried.

    Returns the parsed JSON answer; error answers and transport failures raise
    :class:`~wixvisitor.errors.WixApiError`. A ``path`` that does not start with ``/`` or
    has a ``.`` or ``..`` segment is a ValueError, before any request.
    """
    check_path(path)  # before any request: a dot segment would move it elsewhere
    session = http.lease()
    try:
        return await _call(auth, session, base_url + path, method, path, timeout, json, params,
                           headers, final_codes)  # fmt: skip
    finally:
        await http.release()


async def _call(
    auth: Authorizer,
    session: aiohttp.ClientSession,
    url: str,
    method: str,
    path: str,
    timeout: aiohttp.ClientTimeout,
    json: Any,
    params: Mapping[str, str] | None,
    headers: Mapping[str, str] | None,
    final_codes: Collection[str],
) -> Any:
    telemetry = telemetry_of(auth)
    for attempt in (1, 2):
        auth_headers = await auth.get_auth_headers()
        sent = auth_headers["Authorization"]
        if headers:
            auth_headers = {**headers, **auth_headers}
        try:
            async with (
                telemetry.api_call(method, url, attempt) as call,  # a span, metrics: OTel on
                session.request(
                    method,
                    url,
                    json=json,
                    params=params,
                    headers=auth_headers,
                    timeout=timeout,
                ) as response,
            ):
                call.answered(response.status, response.headers.get("x-wix-request-id"))
                if response.status != 401 or attempt == 2:
                    return await _answer(response, sent)
                body = await response.read()
                if final_codes and _code(body) in final_codes:
                    return await _answer(response, sent, body)
        except (aiohttp.ClientError, TimeoutError) as exc:
            # Not retried: a POST such as add-to-cart may have been applied already.
            message = f"{method} {path} got no answer from Wix: {type(exc).__name__}"
            raise WixApiError(message, status=None) from exc
        await auth.recover_from_unauthorized(sent)
    raise AssertionError("unreachable")  # pragma: no cover


def _code(body: bytes) -> str | None:
    """The ``applicationError.code`` of an error answer, if it has one."""
    try:
        data = json.loads(body)
        code = data["details"]["applicationError"]["code"]
    except (ValueError, KeyError, TypeError, RecursionError):
        return None
    return code if isinstance(code, str) else None


async def _answer(response: aiohttp.ClientResponse, sent: str, body: bytes | None = None) -> Any:
    length = response.content_length
    if length is not None and length > MAX_ANSWER_SIZE:
        raise _error(response, None, f"answer larger than {MAX_ANSWER_SIZE} bytes")
    if body is not None:
        pass  # already read (a 401 the caller looked at)
    elif length is not None:
        body = await response.read()
    else:  # chunked: read at most MAX_ANSWER_SIZE
        chunks, size = [], 0
        async for chunk in response.content.iter_chunked(65536):
            size += len(chunk)
            if size > MAX_ANSWER_SIZE:
                raise _error(response, None, f"answer larger than {MAX_ANSWER_SIZE} bytes")
            chunks.append(chunk)
        body = b"".join(chunks)
    try:
        data = json.loads(body) if body else None
    except (ValueError, RecursionError):
        data = _NOT_JSON
    if response.status >= 400:
        fallback = f"Wix answered {response.status} {response.reason or ''}"
        raise _error(response, data, fallback, sent)
    if data is _NOT_JSON:
        raise _error(response, None, "Wix answered with a body that is not JSON")
    return data


_NOT_JSON = object()


def _error(
    response: aiohttp.ClientResponse, data: Any, fallback: str, sent: str = ""
) -> WixApiError:
    message, code = fallback.strip(), None
    if isinstance(data, dict):
        if isinstance(data.get("message"), str) and data["message"]:
            message = data["message"]
            if sent:  # an answer may echo the access token: never repeat it
                message = message.replace(sent, "[secure]")
            message = message[:500]
        details = data.get("details")
        app_error = details.get("applicationError") if isinstance(details, dict) else None
        if isinstance(app_error, dict) and isinstance(app_error.get("code"), str):
            code = app_error["code"][:100]
    return WixApiError(
        message,
        status=response.status,
        code=code,
        request_id=response.headers.get("x-wix-request-id"),
    )
