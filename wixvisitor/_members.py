"""The member flows of :class:`~wixvisitor.OAuthStrategy`, JS SDK names in snake_case.

A visitor becomes a member in two steps, as with the JS SDK: a login (``login``,
``register``, ``process_verification``: Wix's identity API, see ``_identity.py``) gives
a short-lived session token, and the OAuth authorization-code flow with PKCE
(``generate_oauth_data``, ``get_auth_url``, ``parse_from_url``, ``get_member_tokens``:
see ``_pkce.py``) turns it, or a login on Wix's own page, into member tokens. The token
JSON keeps its shape; only ``refreshToken.role`` becomes ``"member"``, and renewals
keep it. ``logout`` ends the member session and forgets the tokens.

The strategy keeps the session's order (``set_tokens``, single flight): this mixin
only talks to Wix through its HTTP session and hands results to it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import urljoin

from ._api_call import call_api
from ._options import AppState
from .errors import InvalidAuthorizationError, WixApiError
from .tokens import Tokens

if TYPE_CHECKING:  # imported where used: most programs never log a member in
    from . import _identity
    from ._identity import LoginResult
    from ._pkce import AuthorizationResponse, OAuthData, Prompt, ResponseMode

__all__ = ["MemberFlows"]

_REDIRECT_SESSION = "/_api/redirects-api/v1/redirect-session"
#: Redirects followed on Wix's side before the redirect URI, in a server-side login.
_MAX_HOPS = 5


class _Session(Protocol):
    """What the member flows need of the strategy they are mixed into."""

    _shared: AppState

    @property
    def key(self) -> str: ...

    async def get_auth_headers(self) -> dict[str, str]: ...

    async def recover_from_unauthorized(self, rejected_access_token: str) -> Tokens: ...

    async def set_tokens(self, tokens: Tokens) -> None: ...

    async def _forget(self) -> None: ...

    async def get_member_tokens(self, code: str, state: str, oauth_data: OAuthData) -> Tokens: ...

    async def get_auth_url(
        self,
        oauth_data: OAuthData,
        *,
        prompt: Prompt = ...,
        response_mode: ResponseMode = ...,
        session_token: str | None = ...,
    ) -> str: ...

    async def login(
        self, email: str, password: str, *, captcha_tokens: Mapping[str, str] | None = ...
    ) -> LoginResult: ...

    async def get_member_tokens_for_direct_login(
        self, session_token: str, *, redirect_uri: str
    ) -> Tokens: ...

    async def get_member_tokens_from_url(
        self, url: str, oauth_data: OAuthData, response_mode: ResponseMode = ...
    ) -> Tokens: ...


async def _call(session: _Session, method: str, path: str, body: Any) -> Any:
    from . import _identity

    shared = session._shared
    return await call_api(
        session,
        shared.http,
        shared.base_url,
        method,
        path,
        timeout=shared.timeout,
        json=body,
        final_codes=_identity.ERROR_CODES,  # a wrong password is no reason to renew the token
    )


def _caller(session: _Session) -> _identity.Call:
    return lambda method, path, body: _call(session, method, path, body)


async def _redirect_url(session: _Session, body: dict[str, Any]) -> str:
    answer = await _call(session, "POST", _REDIRECT_SESSION, body)
    redirect = answer.get("redirectSession") if isinstance(answer, dict) else None
    url = redirect.get("fullUrl") if isinstance(redirect, dict) else None
    if not isinstance(url, str) or not url:
        raise WixApiError("create redirect session answered without a fullUrl", status=200)
    return url


class MemberFlows:
    """Login, registration, Wix-managed login (PKCE) and logout for a visitor's session."""

    __slots__ = ()

    async def login(
        self: _Session,
        email: str,
        password: str,
        *,
        captcha_tokens: Mapping[str, str] | None = None,
    ) -> LoginResult:
        """Log in with email and password (the JS SDK's ``login``); the session stays as is.

        On ``SUCCESS`` the result's session token becomes member tokens with
        :meth:`get_member_tokens_for_direct_login` (or use :meth:`login_member`).
        """
        from . import _identity

        return await _identity.login(_caller(self), email, password, captcha_tokens)

    async def register(
        self: _Session,
        email: str,
        password: str,
        profile: Mapping[str, Any] | None = None,
        *,
        captcha_tokens: Mapping[str, str] | None = None,
    ) -> LoginResult:
        """Register a new member (the JS SDK's ``register``): logged in, or a step pending."""
        from . import _identity

        return await _identity.register(_caller(self), email, password, profile, captcha_tokens)

    async def process_verification(self: _Session, code: str, state: LoginResult) -> LoginResult:
        """Continue an ``EMAIL_VERIFICATION_REQUIRED`` result with the emailed ``code``."""
        from . import _identity
        from ._identity import LoginResult, LoginState

        if state.state is not LoginState.EMAIL_VERIFICATION_REQUIRED or not state.state_token:
            return LoginResult(LoginState.FAILURE, error="no email verification is pending")
        return await _identity.verify(_caller(self), code, state.state_token)

    async def send_password_reset_email(self: _Session, email: str, redirect_uri: str) -> None:
        """Ask Wix to mail ``email`` a password-reset link leading back to ``redirect_uri``."""
        from . import _identity

        client_id = self._shared.endpoint.client_id
        await _identity.send_recovery_email(_caller(self), email, redirect_uri, client_id)

    def generate_oauth_data(
        self: _Session, redirect_uri: str, original_uri: str | None = None
    ) -> OAuthData:
        """New PKCE data for one login attempt; keep it until the visitor comes back."""
        from ._pkce import OAuthData

        return OAuthData.generate(redirect_uri, original_uri)

    async def get_auth_url(
        self: _Session,
        oauth_data: OAuthData,
        *,
        prompt: Prompt = "login",
        response_mode: ResponseMode = "query",
        session_token: str | None = None,
    ) -> str:
        """The URL of Wix's login (``prompt="login"``) or silent authorization (``"none"``).

        After it, Wix sends the browser to ``oauth_data.redirect_uri`` with ``code`` and
        ``state`` (in the query with ``response_mode="query"``, for servers).
        """
        from ._pkce import auth_request

        client_id = self._shared.endpoint.client_id
        body = auth_request(
            oauth_data,
            client_id,
            prompt=prompt,
            response_mode=response_mode,
            session_token=session_token,
        )
        return await _redirect_url(self, body)

    def parse_from_url(
        self: _Session, url: str, response_mode: ResponseMode = "query"
    ) -> AuthorizationResponse:
        """The ``code`` and ``state`` (or ``error``) in the URL Wix sent the visitor back to."""
        from ._pkce import parse_from_url

        return parse_from_url(url, response_mode)

    async def get_member_tokens(
        self: _Session, code: str, state: str, oauth_data: OAuthData
    ) -> Tokens:
        """Exchange the code for member tokens; returns them (call :meth:`set_tokens` to keep).

        The state is checked before any network call
        (:class:`~wixvisitor.errors.InvalidAuthorizationError`); concurrent exchanges of
        one code share one token request.
        """
        from ._pkce import AuthorizationResponse, check_state

        checked = check_state(AuthorizationResponse(code, state), oauth_data)
        endpoint = self._shared.endpoint

        async def exchange() -> Tokens:
            return await endpoint.authorization_code(
                checked, oauth_data.code_verifier, oauth_data.redirect_uri
            )

        return await self._shared.flights.run(("code", checked), exchange, "get_member_tokens")

    async def get_member_tokens_from_url(
        self: _Session, url: str, oauth_data: OAuthData, response_mode: ResponseMode = "query"
    ) -> Tokens:
        """:meth:`parse_from_url` then :meth:`get_member_tokens`, for a server's callback.

        An ``error`` Wix sent back (``login_required``, ``access_denied``, ...) raises
        :class:`~wixvisitor.errors.InvalidAuthorizationError` naming it, with no call.
        """
        from ._pkce import check_state, parse_from_url

        answer = parse_from_url(url, response_mode)
        code = check_state(answer, oauth_data)
        return await self.get_member_tokens(code, oauth_data.state, oauth_data)

    async def get_member_tokens_for_direct_login(
        self: _Session, session_token: str, *, redirect_uri: str
    ) -> Tokens:
        """Member tokens for a login's session token, server-side (no browser involved).

        Asks Wix for a silent authorization (``prompt="none"``) carrying the session
        token and follows its redirects until the ``redirect_uri`` (which must be one
        of the OAuth app's allowed redirect URIs), then exchanges the code. Assumes, as
        the JS SDK's iframe flow does, that Wix redirects at once for a valid session
        token; a login page instead raises InvalidAuthorizationError.
        """
        from ._pkce import OAuthData

        data = OAuthData.generate(redirect_uri)
        url = await self.get_auth_url(data, prompt="none", session_token=session_token)
        http = self._shared.http
        session = http.lease()
        try:
            for _ in range(_MAX_HOPS):
                async with session.get(url, allow_redirects=False) as response:
                    location = response.headers.get("Location")
                    if response.status not in (301, 302, 303, 307, 308) or not location:
                        raise InvalidAuthorizationError(
                            f"Wix answered the silent authorization with {response.status}, "
                            "not a redirect: the session token was not accepted"
                        )
                url = urljoin(url, location)
                if url.startswith(redirect_uri):
                    return await self.get_member_tokens_from_url(url, data)
        finally:
            await http.release()
        raise InvalidAuthorizationError("Wix redirected too many times before the redirect URI")

    async def login_member(
        self: _Session,
        email: str,
        password: str,
        *,
        redirect_uri: str,
        captcha_tokens: Mapping[str, str] | None = None,
    ) -> LoginResult:
        """Custom login end to end: on ``SUCCESS`` the session becomes the member's.

        :meth:`login`, then :meth:`get_member_tokens_for_direct_login`, then
        :meth:`set_tokens` (saved to the store). Any other result is returned as is and
        the visitor's session is untouched.
        """
        result = await self.login(email, password, captcha_tokens=captcha_tokens)
        if result.succeeded and result.session_token:
            tokens = await self.get_member_tokens_for_direct_login(
                result.session_token, redirect_uri=redirect_uri
            )
            await self.set_tokens(tokens)
        return result

    async def logout(self: _Session, original_url: str) -> str:
        """End the member session: the logout URL to send the browser to.

        Creates a ``logout`` redirect session returning to ``original_url``, then
        forgets the tokens in memory and in the store; the next call starts a new
        anonymous visitor.
        """
        client_id = self._shared.endpoint.client_id
        body = {"logout": {"clientId": client_id}, "callbacks": {"postFlowUrl": original_url}}
        url = await self._shared.url_flights.run(
            ("logout", self.key), lambda: _redirect_url(self, body)
        )
        await self._forget()
        return url
