"""Member tokens by the OAuth authorization-code flow with PKCE, JS SDK names in snake_case.

A login's session token, or a login on Wix's own page, becomes member tokens here
(``generate_oauth_data``, ``get_auth_url``, ``parse_from_url``, ``get_member_tokens``;
the PKCE data and URL parsing are ``_pkce.py``). Part of
:class:`~wixvisitor._members.MemberFlows`; results go back to the strategy, which keeps
the session's order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urljoin

from ._member_session import MemberSession, redirect_url
from .errors import InvalidAuthorizationError
from .tokens import Tokens

if TYPE_CHECKING:  # imported where used: most programs never log a member in
    from ._pkce import AuthorizationResponse, OAuthData, Prompt, ResponseMode

__all__ = ["MemberTokenFlows"]

#: Redirects followed on Wix's side before the redirect URI, in a server-side login.
_MAX_HOPS = 5


class MemberTokenFlows:
    """The PKCE authorization-code flow: Wix-managed login and a login's session token."""

    __slots__ = ()

    def generate_oauth_data(
        self: MemberSession, redirect_uri: str, original_uri: str | None = None
    ) -> OAuthData:
        """New PKCE data for one login attempt; keep it until the visitor comes back."""
        from ._pkce import OAuthData

        return OAuthData.generate(redirect_uri, original_uri)

    async def get_auth_url(
        self: MemberSession,
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
        return await redirect_url(self, body)

    def parse_from_url(
        self: MemberSession, url: str, response_mode: ResponseMode = "query"
    ) -> AuthorizationResponse:
        """The ``code`` and ``state`` (or ``error``) in the URL Wix sent the visitor back to."""
        from ._pkce import parse_from_url

        return parse_from_url(url, response_mode)

    async def get_member_tokens(
        self: MemberSession, code: str, state: str, oauth_data: OAuthData
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
        self: MemberSession, url: str, oauth_data: OAuthData, response_mode: ResponseMode = "query"
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
        self: MemberSession, session_token: str, *, redirect_uri: str
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
