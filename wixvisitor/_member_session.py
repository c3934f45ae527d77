"""What the member flows stand on: the strategy's shape, and calls through its session.

Shared by the login flows (``_members.py``) and the authorization-code flow
(``_member_tokens.py``): each call goes through the client's one request path
(``_api_call.py``), so a 401 renews the visitor's token once and retries.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol

from ._api_call import call_api
from ._options import AppState
from .errors import WixApiError
from .tokens import Tokens

if TYPE_CHECKING:  # imported where used: most programs never log a member in
    from . import _identity
    from ._identity import LoginResult
    from ._pkce import OAuthData, Prompt, ResponseMode

__all__ = ["MemberSession", "call", "caller", "redirect_url"]

_REDIRECT_SESSION = "/_api/redirects-api/v1/redirect-session"


class MemberSession(Protocol):
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


async def call(session: MemberSession, method: str, path: str, body: Any) -> Any:
    """One identity API call as the session's visitor; Wix's login error codes are final."""
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


def caller(session: MemberSession) -> _identity.Call:
    """:func:`call` bound to ``session``, in the shape ``_identity.py`` takes."""
    return lambda method, path, body: call(session, method, path, body)


async def redirect_url(session: MemberSession, body: dict[str, Any]) -> str:
    """Create the redirect session ``body`` describes: its ``fullUrl``."""
    answer = await call(session, "POST", _REDIRECT_SESSION, body)
    redirect = answer.get("redirectSession") if isinstance(answer, dict) else None
    url = redirect.get("fullUrl") if isinstance(redirect, dict) else None
    if not isinstance(url, str) or not url:
        raise WixApiError("create redirect session answered without a fullUrl", status=200)
    return url
