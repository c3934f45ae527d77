"""The ``POST /oauth2/token`` conversation: the grants, their encodings, the retry loop.

What is retried and how long to wait is ``_retry.py`` (:class:`RetryPolicy`); how an
answer becomes tokens or an error is ``_token_answer.py``.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable
from typing import Any, Literal

import aiohttp
from yarl import URL

from ._http import SessionHolder
from ._retry import Retryable, RetryPolicy
from ._telemetry.instruments import TOKEN_LOGGER, event
from ._telemetry.observed_http import HttpCall
from ._telemetry.telemetry import OFF, Telemetry
from ._token_answer import read_bounded, refusal, tokens_from
from .errors import TokenRequestError
from .tokens import RefreshToken, TokenRole, Tokens

__all__ = ["TokenEndpoint"]

logger = TOKEN_LOGGER  # "wixvisitor.token"

#: Wix's access token lifetime, assumed until an answer says otherwise.
DEFAULT_ACCESS_LIFETIME = 14400


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
            except Retryable as failure:
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
                raw = await read_bounded(response)
        except TimeoutError:
            message = f"the token endpoint {self._shown_url} did not answer in time"
            error = TokenRequestError(message)
            raise Retryable(error, outcome="timeout", error_type="TimeoutError") from None
        except (aiohttp.ClientError, OSError) as exc:
            message = f"cannot reach the token endpoint {self._shown_url} ({type(exc).__name__})"
            raise Retryable(TokenRequestError(message), error_type=type(exc).__name__) from None
        finally:
            await self._http.release()
        call.answered(status, request_id)  # logged (DEBUG) and recorded when the call ends
        if status == 200:
            tokens, self.access_lifetime = tokens_from(raw, previous, request_id, self.clock())
            return tokens
        raise refusal(status, raw, previous, request_id, response.headers.get("Retry-After"))


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
