"""The member flows of :class:`~wixvisitor.OAuthStrategy`, JS SDK names in snake_case.

A visitor becomes a member in two steps, as with the JS SDK: a login (``login``,
``register``, ``process_verification``: Wix's identity API, see ``_identity.py``) gives
a short-lived session token, and the OAuth authorization-code flow with PKCE
(``generate_oauth_data``, ``get_auth_url``, ``parse_from_url``, ``get_member_tokens``:
see ``_pkce.py``) turns it, or a login on Wix's own page, into member tokens. The token
JSON keeps its shape; only ``refreshToken.role`` becomes ``"member"``, and renewals
keep it. ``logout`` ends the member session and forgets the tokens.

This module holds the login flows and logout; the authorization-code flow is
``_member_tokens.py`` and what both call through is ``_member_session.py``. The
strategy keeps the session's order (``set_tokens``, single flight): these mixins only
talk to Wix through its HTTP session and hand results to it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ._member_session import MemberSession, caller, redirect_url
from ._member_tokens import MemberTokenFlows

if TYPE_CHECKING:  # imported where used: most programs never log a member in
    from ._identity import LoginResult

__all__ = ["MemberFlows"]


class MemberFlows(MemberTokenFlows):
    """Login, registration, Wix-managed login (PKCE) and logout for a visitor's session."""

    __slots__ = ()

    async def login(
        self: MemberSession,
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

        return await _identity.login(caller(self), email, password, captcha_tokens)

    async def register(
        self: MemberSession,
        email: str,
        password: str,
        profile: Mapping[str, Any] | None = None,
        *,
        captcha_tokens: Mapping[str, str] | None = None,
    ) -> LoginResult:
        """Register a new member (the JS SDK's ``register``): logged in, or a step pending."""
        from . import _identity

        return await _identity.register(caller(self), email, password, profile, captcha_tokens)

    async def process_verification(
        self: MemberSession, code: str, state: LoginResult
    ) -> LoginResult:
        """Continue an ``EMAIL_VERIFICATION_REQUIRED`` result with the emailed ``code``."""
        from . import _identity
        from ._identity import LoginResult, LoginState

        if state.state is not LoginState.EMAIL_VERIFICATION_REQUIRED or not state.state_token:
            return LoginResult(LoginState.FAILURE, error="no email verification is pending")
        return await _identity.verify(caller(self), code, state.state_token)

    async def send_password_reset_email(self: MemberSession, email: str, redirect_uri: str) -> None:
        """Ask Wix to mail ``email`` a password-reset link leading back to ``redirect_uri``."""
        from . import _identity

        client_id = self._shared.endpoint.client_id
        await _identity.send_recovery_email(caller(self), email, redirect_uri, client_id)

    async def login_member(
        self: MemberSession,
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

    async def logout(self: MemberSession, original_url: str) -> str:
        """End the member session: the logout URL to send the browser to.

        Creates a ``logout`` redirect session returning to ``original_url``, then
        forgets the tokens in memory and in the store; the next call starts a new
        anonymous visitor.
        """
        client_id = self._shared.endpoint.client_id
        body = {"logout": {"clientId": client_id}, "callbacks": {"postFlowUrl": original_url}}
        url = await self._shared.url_flights.run(
            ("logout", self.key), lambda: redirect_url(self, body)
        )
        await self._forget()
        return url
