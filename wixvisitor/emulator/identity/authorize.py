"""Wix-managed login: the ``auth`` and ``logout`` redirect intents and ``/oauth2/authorize``.

A redirect session with the ``auth`` intent leads to ``/oauth2/authorize`` with the
standard OAuth parameters (``client_id``, ``redirect_uri``, ``response_type=code``,
``response_mode``, ``scope``, ``state``, ``code_challenge``, ``code_challenge_method``,
``prompt``) and the redirect session's id; a ``sessionToken`` given to the intent stays
on the emulator and never enters the URL.

- ``prompt=login`` shows a login form; a right email and password send the browser to
  ``redirect_uri`` with ``code`` and ``state`` (query, or fragment for
  ``response_mode=fragment``).
- ``prompt=none`` redirects at once: with a code if the session token is valid, else
  with ``error=login_required``.
- Errors go back to the redirect URI as ``error`` / ``error_description`` (with the
  state); a missing or non-http(s) redirect URI, or another client's id, is shown as a
  page instead, since it cannot be trusted with a redirect.

A code is single use and lives ``MemberSettings.code_ttl`` seconds; exchanging it
(``/oauth2/token``, grant ``authorization_code``) checks the client id, the redirect URI
and the PKCE verifier (S256) and answers member tokens; the visitor's cart then follows
``MemberSettings.cart_at_login``. The ``logout`` intent leads to a page that ends the
member's Wix sessions, revokes the refresh token that asked for it, and redirects to
``postFlowUrl``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import html
from collections.abc import Mapping
from typing import NoReturn
from urllib.parse import urlencode, urlsplit, urlunsplit

from aiohttp import web

from .._state import AccessGrant, EmulatorState, GrantError
from ..common.http import STATE_KEY
from ..members.directory import AuthCode, Member
from ..redirects.routes import HOSTED, INTENTS, IntentError
from ..redirects.session import RedirectSession

__all__ = ["authorize", "exchange_code", "logout_page"]

_PARAMS = ("client_id", "redirect_uri", "response_type", "response_mode", "scope", "state",
           "code_challenge", "code_challenge_method", "prompt", "redirect_session")  # fmt: skip


def _auth_intent(
    state: EmulatorState, caller: AccessGrant, session: RedirectSession
) -> tuple[str, dict[str, str]]:
    auth = session.params
    request = auth.get("authRequest")
    if not isinstance(request, Mapping):
        raise IntentError(400, "INVALID_AUTH_REQUEST", "auth.authRequest is required")
    names = {
        "clientId": "client_id", "redirectUri": "redirect_uri", "responseType": "response_type",
        "responseMode": "response_mode", "scope": "scope", "state": "state",
        "codeChallenge": "code_challenge", "codeChallengeMethod": "code_challenge_method",
    }  # fmt: skip
    search = {ours: str(request[theirs]) for theirs, ours in names.items() if theirs in request}
    search["prompt"] = str(auth.get("prompt") or "login").lower()
    search["redirect_session"] = session.id
    return "/oauth2/authorize", search


def _logout_intent(
    state: EmulatorState, caller: AccessGrant, session: RedirectSession
) -> tuple[str, dict[str, str]]:
    return f"{HOSTED}/logout/{session.id}", {}


INTENTS["auth"] = _auth_intent
INTENTS["logout"] = _logout_intent


def _page(title: str, body: str, status: int = 200) -> web.Response:
    text = f"""<!doctype html><html><head><meta charset="utf-8"><title>{title}</title></head>
<body><h1>{title}</h1>{body}</body></html>"""
    return web.Response(text=text, status=status, content_type="text/html")


def _back(params: Mapping[str, str], **answer: str) -> NoReturn:
    """Send the browser to the redirect URI with ``answer`` (and the state)."""
    if params.get("state"):
        answer["state"] = params["state"]
    parts = urlsplit(params["redirect_uri"])
    encoded = urlencode(answer)
    if params.get("response_mode") == "fragment":
        location = urlunsplit(parts._replace(fragment=encoded))
    else:
        location = urlunsplit(parts._replace(query="&".join(filter(None, [parts.query, encoded]))))
    raise web.HTTPSeeOther(location)


def _untrusted(state: EmulatorState, params: Mapping[str, str]) -> str | None:
    redirect = urlsplit(params.get("redirect_uri", ""))
    if redirect.scheme not in ("http", "https") or not redirect.netloc:
        return "redirect_uri must be an absolute http or https URL"
    if not params.get("client_id"):
        return "client_id is required"
    if state.client_id is not None and params["client_id"] != state.client_id:
        return "unknown client_id"
    return None


def _login_form(params: Mapping[str, str], error: str = "") -> web.Response:
    hidden = "".join(
        f'<input type="hidden" name="{name}" value="{html.escape(params.get(name, ""))}">'
        for name in _PARAMS
    )
    message = f'<p id="error">{html.escape(error)}</p>' if error else ""
    form = f"""<p>Wix emulator: log in to the site</p>{message}
<form method="post" action="/oauth2/authorize">{hidden}
<label>Email <input name="email" type="email" autocomplete="username"></label>
<label>Password <input name="password" type="password" autocomplete="current-password"></label>
<button id="log-in">Log in</button></form>"""
    return _page("Log in", form, 401 if error else 200)


def _grant_code(
    state: EmulatorState, params: Mapping[str, str], member: Member, visitor: str
) -> NoReturn:
    code = AuthCode(
        member.id,
        visitor,
        params["client_id"],
        params["redirect_uri"],
        params.get("code_challenge", ""),
        state.now() + state.members.settings.code_ttl,
    )
    _back(params, code=state.members.issue_code(code))


async def authorize(request: web.Request) -> web.Response:
    """``GET|POST /oauth2/authorize``: a login form, a silent authorization, or an error."""
    state = request.app[STATE_KEY]
    form: Mapping[str, object] = await request.post() if request.method == "POST" else {}
    params = {name: str(form.get(name) or request.query.get(name, "")) for name in _PARAMS}
    problem = _untrusted(state, params)
    if problem is not None:
        return _page("Login error", f"<p>{html.escape(problem)}</p>", 400)
    if params["response_type"] != "code":
        _back(
            params,
            error="unsupported_response_type",
            error_description="response_type must be code",
        )
    if params["code_challenge_method"] != "S256" or not params["code_challenge"]:
        _back(params, error="invalid_request", error_description="PKCE with S256 is required")
    session = state.redirect_sessions.get(params["redirect_session"])
    visitor = session.visitor_id if session is not None else ""
    if params["prompt"] == "none":
        token = session.params.get("authRequest", {}).get("sessionToken") if session else None
        grant = state.members.session(token, state.now())
        member = state.members.by_id(grant.member_id) if grant is not None else None
        if grant is None or member is None:
            _back(params, error="login_required", error_description="no valid session token")
        _grant_code(state, params, member, grant.visitor_id)
    if request.method == "GET":
        return _login_form(params)
    member = state.members.by_email.get(str(form.get("email", "")).lower())
    if member is None or not member.check(str(form.get("password", ""))):
        return _login_form(params, "Wrong email or password")
    if not member.approved or (not member.verified and state.members.settings.email_verification):
        return _login_form(params, "This member cannot log in yet")
    _grant_code(state, params, member, visitor)


def _pkce_matches(verifier: str, challenge: str) -> bool:
    digest = hashlib.sha256(verifier.encode("ascii", "replace")).digest()
    computed = base64.urlsafe_b64encode(digest).decode().rstrip("=")
    return hmac.compare_digest(computed, challenge)


def exchange_code(state: EmulatorState, fields: Mapping[str, str]) -> AccessGrant:
    """The ``authorization_code`` grant: member tokens, or a GrantError saying why not."""
    code = state.members.codes.get(fields.get("code", ""))
    if code is None or code.used or state.now() >= code.expires_at:
        raise GrantError("invalid_grant", "The authorization code is invalid, used or expired")
    code.used = True  # single use, whatever happens next
    if fields.get("clientId") != code.client_id:
        raise GrantError("invalid_grant", "The code was issued to another client")
    if fields.get("redirectUri", code.redirect_uri) != code.redirect_uri:
        raise GrantError("invalid_grant", "The redirect URI does not match the authorization")
    if not _pkce_matches(fields.get("codeVerifier", ""), code.code_challenge):
        raise GrantError("invalid_grant", "The PKCE code verifier does not match the challenge")
    member = state.members.by_id(code.member_id)
    if member is None:
        raise GrantError("invalid_grant", "The member no longer exists")
    _carry_cart(state, code.visitor_id, member.owner_id)
    state.events.follow_login(code.visitor_id, member.owner_id)
    return state.mint_for(member.owner_id, code.client_id)


def _carry_cart(state: EmulatorState, visitor_id: str, owner_id: str) -> None:
    """Apply ``cart_at_login`` to the visitor's cart (Wix does not document this)."""
    visitor_cart = state.carts.get(visitor_id)
    if visitor_cart is None or not visitor_cart.line_items:
        return
    policy = state.members.settings.cart_at_login
    member_cart = state.carts.get(owner_id)
    if policy == "member" and member_cart is not None:
        return  # the member's cart wins; the visitor's is left behind
    if policy == "visitor" or member_cart is None:
        state.carts.pop(visitor_id)
        visitor_cart.visitor_id = owner_id
        state.carts[owner_id] = visitor_cart
        return
    now = state.now()
    for line in state.carts.pop(visitor_id).line_items:
        member_cart.add(line, now)


async def logout_page(request: web.Request) -> web.Response:
    """``GET /_hosted/logout/{id}``: end the member's Wix sessions, back to ``postFlowUrl``."""
    state = request.app[STATE_KEY]
    session = state.redirect_sessions.get(request.match_info["session_id"])
    if session is None or session.intent != "logout":
        raise web.HTTPNotFound(text="No such logout session")
    if session.visitor_id.startswith("member:"):
        state.members.end_sessions(session.visitor_id.removeprefix("member:"))
    state.revoke(session.caller_refresh)  # the member's tokens that asked to log out
    back = session.callbacks.get("postFlowUrl")
    if back is None:
        return _page("Logged out", "<p>You are logged out.</p>")
    raise web.HTTPFound(back)
