"""The ``POST /oauth2/token`` conversation: encodings, retries and error mapping."""

from __future__ import annotations

import asyncio
import email.utils
import json
import random
import time
from collections.abc import Awaitable, Callable
from typing import Any, Literal

import aiohttp
import attrs
from yarl import URL

from ._http import SessionHolder
from ._telemetry.instruments import TOKEN_LOGGER, event
from ._telemetry.observed_http import HttpCall
from ._telemetry.telemetry import OFF, Telemetry
from .errors import InvalidRefreshTokenError, TokenRequestError
from .tokens import TOKEN_TEXT, AccessToken, RefreshToken, TokenRole, Tokens

__all__ = ["RetryPolicy", "TokenEndpoint"]

logger = TOKEN_LOGGER  # "wixvisitor.token"

#: Wix's access token lifetime, assumed until an answer says otherwise.
DEFAULT_ACCESS_LIFETIME = 14400
_MAX_BODY = 64 * 1024
_MAX_EXPIRES_IN = 366 * 24 * 3600
_RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})


@attrs.frozen
class RetryPolicy:
    """How the token endpoint is retried on transient failures.

    429, 408, 5xx, timeouts, connection errors and malformed 200 answers are retried
    up to ``attempts`` requests in all, sleeping a jittered exponential backoff
    (``initial_backoff`` doubling up to ``max_backoff``) or the server's
    ``Retry-After`` (up to ``max_retry_after``), and never beyond ``deadline``
    seconds in total. Each request may take ``attempt_timeout`` seconds.
    """

    attempts: int = 4
    initial_backoff: float = 0.2
    max_backoff: float = 5.0
    max_retry_after: float = 30.0
    attempt_timeout: float = 10.0
    deadline: float = 30.0

    def backoff(self, attempt: int, rand: Callable[[], float]) -> float:
        """Seconds to sleep after failed attempt number ``attempt`` (1-based)."""
        ceiling: float = min(self.max_backoff, self.initial_backoff * 2 ** (attempt - 1))
        return ceiling / 2 + rand() * ceiling / 2


class _Retryable(Exception):
    def __init__(
        self,
        error: TokenRequestError,
        retry_after: float | None = None,
        outcome: str = "transient",
        error_type: str | None = None,
    ) -> None:
        self.error = error
        self.retry_after = retry_after
        # For telemetry: "transient" or "timeout", and the span's error.type.
        self.outcome = outcome
        self.error_type = error_type or (str(error.status) if error.status else None)


class TokenEndpoint:
    """Mints and renews tokens for one client id; shared by every strategy of an app."""

    def __init__(
        self,
        client_id: str,
        *,
        base_url: str,
        http: SessionHolder,
        encoding: Literal["json", "form"] = "json",
        retry: RetryPolicy | None = None,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        rand: Callable[[], float] = random.random,
        telemetry: Telemetry = OFF,
    ) -> None:
        if not client_id:
            raise ValueError("client_id must not be empty")
        if encoding not in ("json", "form"):
            raise ValueError('encoding must be "json" or "form"')
        self.client_id = client_id
        self.url = base_url.rstrip("/") + "/oauth2/token"
        # For messages: the URL without any user or password it may carry.
        self._shown_url = str(URL(self.url).with_user(None))
        self.encoding = encoding
        self.retry = retry or RetryPolicy()
        self.clock = clock
        self._http = http
        self._sleep = sleep
        self._rand = rand
        self._telemetry = telemetry
        #: The access token lifetime Wix last answered, used to cap the leeway.
        self.access_lifetime: int = DEFAULT_ACCESS_LIFETIME

    async def anonymous(self) -> Tokens:
        """Start a new anonymous visitor session."""
        body = {"clientId": self.client_id, "grantType": "anonymous"}
        return await self._request("anonymous", body, None)

    async def refresh(self, refresh_token: RefreshToken) -> Tokens:
        """Renew the access token; raises :class:`InvalidRefreshTokenError` if it is dead."""
        body = {
            "clientId": self.client_id,
            "refreshToken": refresh_token.value,
            "grantType": "refresh_token",
        }
        return await self._request("refresh_token", body, refresh_token)

    async def authorization_code(
        self, code: str, code_verifier: str, redirect_uri: str | None = None
    ) -> Tokens:
        """Exchange an authorization code (PKCE) for a member's tokens (role ``member``)."""
        body = {
            "clientId": self.client_id,
            "grantType": "authorization_code",
            "code": code,
            "codeVerifier": code_verifier,
        }
        if redirect_uri:
            body["redirectUri"] = redirect_uri
        tokens = await self._request("authorization_code", body, None)
        member = RefreshToken(tokens.refresh_token.value, TokenRole.MEMBER)
        return Tokens(tokens.access_token, member)

    async def _request(
        self, grant: str, body: dict[str, str], previous: RefreshToken | None
    ) -> Tokens:
        policy = self.retry
        started = time.monotonic()
        attempt = 0
        while True:
            attempt += 1
            remaining = policy.deadline - (time.monotonic() - started)
            try:
                with self._telemetry.token_request(grant, self._shown_url, attempt) as call:
                    timeout = min(policy.attempt_timeout, remaining)
                    return await self._post(grant, body, previous, timeout, call)
            except _Retryable as failure:
                error = failure.error
                error.attempts = attempt
                if attempt >= policy.attempts:
                    raise error from None
                if failure.retry_after is not None:
                    if failure.retry_after > policy.max_retry_after:
                        raise error from None
                    delay = failure.retry_after
                else:
                    delay = policy.backoff(attempt, self._rand)
                if time.monotonic() - started + delay >= policy.deadline:
                    raise error from None
                logger.info(
                    "wixvisitor: token request (%s) failed, retrying in %.2fs: %s",
                    grant,
                    delay,
                    error,
                    extra=event("wixvisitor.token.retry"),
                )
                await self._sleep(delay)

    async def _post(
        self,
        grant: str,
        body: dict[str, str],
        previous: RefreshToken | None,
        timeout: float,
        call: HttpCall,
    ) -> Tokens:
        kwargs: dict[str, Any] = (
            {"json": body} if self.encoding == "json" else {"data": _form(body)}
        )
        session = self._http.lease()
        try:
            async with session.post(
                self.url,
                headers={"Accept": "application/json"},
                allow_redirects=False,  # a redirect would re-send the refresh token elsewhere
                timeout=aiohttp.ClientTimeout(total=max(timeout, 0.001)),
                **kwargs,
            ) as response:
                status = response.status
                request_id = response.headers.get("x-wix-request-id")
                raw = await _read_bounded(response)
        except TimeoutError:
            message = f"the token endpoint {self._shown_url} did not answer in time"
            error = TokenRequestError(message)
            raise _Retryable(error, outcome="timeout", error_type="TimeoutError") from None
        except (aiohttp.ClientError, OSError) as exc:
            message = f"cannot reach the token endpoint {self._shown_url} ({type(exc).__name__})"
            raise _Retryable(TokenRequestError(message), error_type=type(exc).__name__) from None
        finally:
            await self._http.release()
        call.answered(status, request_id)  # logged (DEBUG) and recorded when the call ends
        if status == 200:
            return self._tokens(raw, previous, request_id)
        code, description = _error_fields(raw)
        if previous is not None and description:
            description = description.replace(previous.value, "[secure]")
        message = f"token endpoint answered {status}" + (f": {description}" if description else "")
        if status in _RETRY_STATUSES:
            error = TokenRequestError(message, status=status, code=code, request_id=request_id)
            raise _Retryable(error, _retry_after(response.headers.get("Retry-After")))
        if previous is not None and code == "invalid_grant":
            raise InvalidRefreshTokenError(message, status=status, code=code, request_id=request_id)
        raise TokenRequestError(message, status=status, code=code, request_id=request_id)

    def _tokens(
        self, raw: bytes | None, previous: RefreshToken | None, request_id: str | None
    ) -> Tokens:
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
            raise _Retryable(error, error_type="malformed_answer")
        assert isinstance(access, str)
        assert isinstance(expires_in, int)
        self.access_lifetime = expires_in
        if isinstance(refresh, str):
            refresh_token = RefreshToken(
                refresh, previous.role if previous is not None else TokenRole.VISITOR
            )
        else:
            assert previous is not None
            refresh_token = previous
        return Tokens(AccessToken(access, int(self.clock()) + expires_in), refresh_token)


def _token_text(value: str) -> bool:
    # Anything but visible ASCII would break the Authorization header later, untyped.
    return 0 < len(value) <= 8192 and TOKEN_TEXT.fullmatch(value) is not None


def _form(body: dict[str, str]) -> dict[str, str]:
    names = {
        "clientId": "client_id",
        "grantType": "grant_type",
        "refreshToken": "refresh_token",
        "code": "code",
        "codeVerifier": "code_verifier",
        "redirectUri": "redirect_uri",
    }
    return {names[key]: value for key, value in body.items()}


async def _read_bounded(response: aiohttp.ClientResponse) -> bytes | None:
    """Read at most ``_MAX_BODY`` bytes; ``None`` means the body was larger."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.content.iter_chunked(16384):
        size += len(chunk)
        if size > _MAX_BODY:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


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


def _retry_after(header: str | None) -> float | None:
    """Seconds from a ``Retry-After`` header: delta seconds or an HTTP date."""
    if not header:
        return None
    header = header.strip()
    if header.isdigit():
        return float(header)
    try:
        when = email.utils.parsedate_to_datetime(header)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
