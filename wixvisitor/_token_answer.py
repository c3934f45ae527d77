"""Reading the token endpoint's answer: a bounded body, tokens from a 200, errors from the rest.

The token endpoint (``_endpoint.py``) sends the request; this module turns what came
back into :class:`~wixvisitor.Tokens` or into the error to raise (a :class:`Retryable`
one for transient statuses and malformed answers, see ``_retry.py``). Token values never
reach a message: a description echoing the refresh token shows ``[secure]``.
"""

from __future__ import annotations

import json
from typing import Any

import aiohttp

from ._retry import RETRY_STATUSES, Retryable, retry_after
from .errors import InvalidRefreshTokenError, TokenRequestError
from .tokens import TOKEN_TEXT, AccessToken, RefreshToken, TokenRole, Tokens

__all__ = ["read_bounded", "refusal", "tokens_from"]

_MAX_BODY = 64 * 1024
_MAX_EXPIRES_IN = 366 * 24 * 3600


async def read_bounded(response: aiohttp.ClientResponse) -> bytes | None:
    """Read at most ``_MAX_BODY`` bytes; ``None`` means the body was larger."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.content.iter_chunked(16384):
        size += len(chunk)
        if size > _MAX_BODY:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def tokens_from(
    raw: bytes | None, previous: RefreshToken | None, request_id: str | None, now: float
) -> tuple[Tokens, int]:
    """The tokens of a 200 answer read at ``now``, and their lifetime in seconds.

    A malformed answer raises :class:`Retryable`. Without a new refresh token the
    ``previous`` one is kept; a new one keeps its role.
    """
    answer = _json(raw)
    access = answer.get("access_token") if isinstance(answer, dict) else None
    expires_in = answer.get("expires_in") if isinstance(answer, dict) else None
    refresh = answer.get("refresh_token") if isinstance(answer, dict) else None
    valid = (
        isinstance(access, str)
        and _token_text(access)
        and isinstance(expires_in, int)
        and not isinstance(expires_in, bool)
        and 0 < expires_in <= _MAX_EXPIRES_IN
        and (refresh is None or (isinstance(refresh, str) and _token_text(refresh)))
        and (refresh is not None or previous is not None)
    )
    if not valid:
        error = TokenRequestError(
            "token endpoint answered 200 with a malformed body",
            status=200,
            request_id=request_id,
        )
        raise Retryable(error, error_type="malformed_answer")
    assert isinstance(access, str)
    assert isinstance(expires_in, int)
    if isinstance(refresh, str):
        refresh_token = RefreshToken(
            refresh, previous.role if previous is not None else TokenRole.VISITOR
        )
    else:
        assert previous is not None
        refresh_token = previous
    return Tokens(AccessToken(access, int(now) + expires_in), refresh_token), expires_in


def refusal(
    status: int,
    raw: bytes | None,
    previous: RefreshToken | None,
    request_id: str | None,
    retry_after_header: str | None,
) -> Exception:
    """The error a non-200 answer stands for: retryable, a dead refresh token, or final."""
    code, description = _error_fields(raw)
    if previous is not None and description:
        description = description.replace(previous.value, "[secure]")
    message = f"token endpoint answered {status}" + (f": {description}" if description else "")
    if status in RETRY_STATUSES:
        error = TokenRequestError(message, status=status, code=code, request_id=request_id)
        return Retryable(error, retry_after(retry_after_header))
    if previous is not None and code == "invalid_grant":
        return InvalidRefreshTokenError(message, status=status, code=code, request_id=request_id)
    return TokenRequestError(message, status=status, code=code, request_id=request_id)


def _token_text(value: str) -> bool:
    # Anything but visible ASCII would break the Authorization header later, untyped.
    return 0 < len(value) <= 8192 and TOKEN_TEXT.fullmatch(value) is not None


def _json(raw: bytes | None) -> Any:
    if raw is None:
        return None
    try:
        return json.loads(raw)
    except (ValueError, RecursionError):
        return None


def _error_fields(raw: bytes | None) -> tuple[str | None, str | None]:
    """The OAuth or Wix error code and description of an error answer, if readable."""
    answer = _json(raw)
    if not isinstance(answer, dict):
        return None, None
    code = answer.get("error")
    description = answer.get("error_description") or answer.get("message")
    details = answer.get("details")
    if not isinstance(code, str) and isinstance(details, dict):
        app_error = details.get("applicationError")
        if isinstance(app_error, dict):
            code = app_error.get("code")
            description = description or app_error.get("description")
    return (
        code[:100] if isinstance(code, str) else None,
        description[:300] if isinstance(description, str) else None,
    )
