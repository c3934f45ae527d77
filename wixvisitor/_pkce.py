"""The OAuth authorization-code flow with PKCE (S256) that turns a login into member tokens.

What the JS SDK's ``generateOAuthData``, ``getAuthUrl`` (its redirect-session body) and
``parseFromUrl`` do, as pure functions: no network here. The strategy sends the body
through the Redirects API and exchanges the code at ``/oauth2/token``.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from typing import Any, Literal
from urllib.parse import parse_qs, urlsplit

import attrs

from .errors import InvalidAuthorizationError

__all__ = ["AuthorizationResponse", "OAuthData", "auth_request", "check_state", "parse_from_url"]

#: ``"query"`` for servers (``?code=&state=``), ``"fragment"`` for browsers, as Wix offers.
ResponseMode = Literal["query", "fragment", "web_message"]
Prompt = Literal["login", "none", "consent", "select_account"]
_VERIFIER_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~"


def _challenge(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")


def _random_text(size: int = 43) -> str:
    return "".join(secrets.choice(_VERIFIER_ALPHABET) for _ in range(size))


@attrs.frozen
class OAuthData:
    """One login attempt's PKCE data: keep it (server-side) until the visitor comes back.

    ``code_verifier`` is secret and never shown in a repr; ``state`` ties the answer
    to this attempt; ``original_uri`` is where the app sends the member afterwards.
    ``to_dict``/``from_dict`` use the JS SDK's camelCase names, for a session store.
    """

    redirect_uri: str
    state: str
    code_verifier: str = attrs.field(repr=False)
    code_challenge: str
    original_uri: str = ""

    @classmethod
    def generate(cls, redirect_uri: str, original_uri: str | None = None) -> OAuthData:
        """Fresh data: a 43-character verifier, its S256 challenge and a random state."""
        verifier = _random_text()
        state = _challenge(_random_text())  # as the JS SDK makes it: a challenge of its own
        return cls(redirect_uri, state, verifier, _challenge(verifier), original_uri or "")

    def to_dict(self) -> dict[str, str]:
        """The JS SDK's ``OauthData`` shape (contains the verifier: store it privately)."""
        return {
            "redirectUri": self.redirect_uri,
            "state": self.state,
            "codeVerifier": self.code_verifier,
            "codeChallenge": self.code_challenge,
            "originalUri": self.original_uri,
        }

    @classmethod
    def from_dict(cls, data: Any) -> OAuthData:
        """Read :meth:`to_dict`'s shape; anything else is an InvalidAuthorizationError."""
        names = ("redirectUri", "state", "codeVerifier", "codeChallenge")
        if not isinstance(data, dict) or not all(isinstance(data.get(n), str) for n in names):
            raise InvalidAuthorizationError("the OAuth data is not the shape to_dict() writes")
        if _challenge(data["codeVerifier"]) != data["codeChallenge"]:
            raise InvalidAuthorizationError(
                "the OAuth data's verifier does not match its challenge"
            )
        original = data.get("originalUri")
        return cls(
            data["redirectUri"],
            data["state"],
            data["codeVerifier"],
            data["codeChallenge"],
            original if isinstance(original, str) else "",
        )


@attrs.frozen
class AuthorizationResponse:
    """What Wix sent back to the redirect URI: a code and state, or an error."""

    code: str | None = attrs.field(repr=False)
    state: str | None
    error: str | None = None
    error_description: str | None = None


def auth_request(
    data: OAuthData,
    client_id: str,
    *,
    prompt: Prompt,
    response_mode: ResponseMode,
    session_token: str | None,
) -> dict[str, Any]:
    """The redirect-session body of ``getAuthUrl``: ``{"auth": {"authRequest", "prompt"}}``."""
    request: dict[str, Any] = {
        "redirectUri": data.redirect_uri,
        "clientId": client_id,
        "codeChallenge": data.code_challenge,
        "codeChallengeMethod": "S256",
        "responseMode": response_mode,
        "responseType": "code",
        "scope": "offline_access",
        "state": data.state,
    }
    if session_token:
        request["sessionToken"] = session_token
    return {"auth": {"authRequest": request, "prompt": prompt}}


def parse_from_url(url: str, response_mode: ResponseMode = "query") -> AuthorizationResponse:
    """The code and state (or error) in the URL Wix redirected to.

    ``response_mode="query"`` reads the query string, ``"fragment"`` the part after ``#``.
    """
    parts = urlsplit(url)
    params = parse_qs(parts.query if response_mode == "query" else parts.fragment)

    def first(name: str) -> str | None:
        values = params.get(name)
        return values[0] if values else None

    return AuthorizationResponse(
        first("code"), first("state"), first("error"), first("error_description")
    )


def check_state(answer: AuthorizationResponse, data: OAuthData) -> str:
    """The code, once the answer is known good for ``data``; else InvalidAuthorizationError.

    Checked before any network call: an error answer, a missing code or a state that is
    not this attempt's (a forged or replayed redirect) never reaches Wix.
    """
    if answer.error is not None:
        detail = f": {answer.error_description}" if answer.error_description else ""
        raise InvalidAuthorizationError(f"Wix answered the login with {answer.error}{detail}")
    if not answer.code or not answer.state:
        raise InvalidAuthorizationError("the redirect carries no code or no state")
    if not secrets.compare_digest(answer.state, data.state):
        raise InvalidAuthorizationError("the state does not match this login attempt")
    return answer.code
